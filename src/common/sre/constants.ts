// Numbers shared by the parser, the compiler and the matcher: flags (the
// values of re.I, re.M, ... are part of Python's API), the operations of the
// parse tree and of compiled programs, anchors and character categories.

/** re module flag values, as CPython 3.11 defines them. */
export const enum Flag {
  TEMPLATE = 1,
  IGNORECASE = 2,
  LOCALE = 4,
  MULTILINE = 8,
  DOTALL = 16,
  UNICODE = 32,
  VERBOSE = 64,
  DEBUG = 128,
  ASCII = 256,
}

export const TYPE_FLAGS = Flag.ASCII | Flag.LOCALE | Flag.UNICODE;
export const GLOBAL_FLAGS = Flag.DEBUG | Flag.TEMPLATE;

/** sre's repeat bound meaning "no upper limit" (and one past the largest count). */
export const MAXREPEAT = 0xffffffff;
/** The largest number of groups a pattern may have, plus one. */
export const MAXGROUPS = 0x3fffffff;
/** The largest code unit of a compiled program (4-byte codes). */
export const MAXCODE = 0xffffffff;

/**
 * Operation codes. Parse-tree nodes use the first group, compiled programs
 * use all but MIN_REPEAT / MAX_REPEAT / SUBPATTERN (which compile to others).
 */
export const enum Op {
  FAILURE, SUCCESS,
  ANY, ANY_ALL,
  ASSERT, ASSERT_NOT,
  AT,
  BRANCH,
  CATEGORY,
  GROUPREF, GROUPREF_EXISTS,
  IN,
  INFO,
  JUMP,
  LITERAL,
  MARK,
  MAX_UNTIL, MIN_UNTIL,
  NOT_LITERAL,
  NEGATE,
  RANGE,
  REPEAT, REPEAT_ONE,
  SUBPATTERN,
  MIN_REPEAT_ONE,
  ATOMIC_GROUP,
  POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE,
  GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
  GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE,
  GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
  RANGE_UNI_IGNORE,
  /** Set members: a 256-bit map of Latin-1, or block-compressed maps of the BMP. */
  CHARSET, BIGCHARSET,
  // Parse tree only:
  MIN_REPEAT, MAX_REPEAT,
}

/** Anchors (the operand of AT). */
export const enum At {
  BEGINNING, BEGINNING_LINE, BEGINNING_STRING,
  BOUNDARY, NON_BOUNDARY,
  END, END_LINE, END_STRING,
  LOC_BOUNDARY, LOC_NON_BOUNDARY,
  UNI_BOUNDARY, UNI_NON_BOUNDARY,
}

/** Character categories (the operand of CATEGORY). */
export const enum Cat {
  DIGIT, NOT_DIGIT, SPACE, NOT_SPACE, WORD, NOT_WORD,
  LOC_WORD, LOC_NOT_WORD,
  UNI_DIGIT, UNI_NOT_DIGIT, UNI_SPACE, UNI_NOT_SPACE, UNI_WORD, UNI_NOT_WORD,
}

/** INFO block flags. */
export const enum Info {
  PREFIX = 1,
  LITERAL = 2,
  CHARSET = 4,
}
