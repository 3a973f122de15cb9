// Token kinds of the tokenizer, as the parser sees them.
// Operators and hard keywords each get their own kind so that the parser
// compares small integers instead of strings on its hot path. Soft keywords
// (match, case, _) stay NAME, as in CPython's grammar.

export const enum Tok {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  TYPE_COMMENT,

  // Operators and delimiters
  LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE,
  COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER, LESS, GREATER,
  EQUAL, DOT, PERCENT, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL, TILDE,
  CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL,
  STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH,
  DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL,
  // '!' is only a token inside f-string replacement fields; '<>' only
  // matters for the Barry-as-FLUFL easter egg error message.
  EXCLAMATION, NOTEQUAL_ALT,

  // Hard keywords
  KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC, KW_AWAIT,
  KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE,
  KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT,
  KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS, KW_RAISE,
  KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,

  /**
   * End of input inside open brackets: CPython's tokenizer returns an
   * ERRORTOKEN without an exception there, and the parser decides between
   * "'(' was never closed" and a more specific error.
   */
  ERRORTOKEN_EOF,
}

export const KEYWORDS: ReadonlyMap<string, Tok> = new Map<string, Tok>([
  ['False', Tok.KW_FALSE], ['None', Tok.KW_NONE], ['True', Tok.KW_TRUE],
  ['and', Tok.KW_AND], ['as', Tok.KW_AS], ['assert', Tok.KW_ASSERT],
  ['async', Tok.KW_ASYNC], ['await', Tok.KW_AWAIT], ['break', Tok.KW_BREAK],
  ['class', Tok.KW_CLASS], ['continue', Tok.KW_CONTINUE], ['def', Tok.KW_DEF],
  ['del', Tok.KW_DEL], ['elif', Tok.KW_ELIF], ['else', Tok.KW_ELSE],
  ['except', Tok.KW_EXCEPT], ['finally', Tok.KW_FINALLY], ['for', Tok.KW_FOR],
  ['from', Tok.KW_FROM], ['global', Tok.KW_GLOBAL], ['if', Tok.KW_IF],
  ['import', Tok.KW_IMPORT], ['in', Tok.KW_IN], ['is', Tok.KW_IS],
  ['lambda', Tok.KW_LAMBDA], ['nonlocal', Tok.KW_NONLOCAL], ['not', Tok.KW_NOT],
  ['or', Tok.KW_OR], ['pass', Tok.KW_PASS], ['raise', Tok.KW_RAISE],
  ['return', Tok.KW_RETURN], ['try', Tok.KW_TRY], ['while', Tok.KW_WHILE],
  ['with', Tok.KW_WITH], ['yield', Tok.KW_YIELD],
]);

export const OPERATORS: ReadonlyMap<string, Tok> = new Map<string, Tok>([
  ['(', Tok.LPAR], [')', Tok.RPAR], ['[', Tok.LSQB], [']', Tok.RSQB],
  ['{', Tok.LBRACE], ['}', Tok.RBRACE], [':', Tok.COLON], [',', Tok.COMMA],
  [';', Tok.SEMI], ['+', Tok.PLUS], ['-', Tok.MINUS], ['*', Tok.STAR],
  ['/', Tok.SLASH], ['|', Tok.VBAR], ['&', Tok.AMPER], ['<', Tok.LESS],
  ['>', Tok.GREATER], ['=', Tok.EQUAL], ['.', Tok.DOT], ['%', Tok.PERCENT],
  ['==', Tok.EQEQUAL], ['!=', Tok.NOTEQUAL], ['<=', Tok.LESSEQUAL],
  ['>=', Tok.GREATEREQUAL], ['~', Tok.TILDE], ['^', Tok.CIRCUMFLEX],
  ['<<', Tok.LEFTSHIFT], ['>>', Tok.RIGHTSHIFT], ['**', Tok.DOUBLESTAR],
  ['+=', Tok.PLUSEQUAL], ['-=', Tok.MINEQUAL], ['*=', Tok.STAREQUAL],
  ['/=', Tok.SLASHEQUAL], ['%=', Tok.PERCENTEQUAL], ['&=', Tok.AMPEREQUAL],
  ['|=', Tok.VBAREQUAL], ['^=', Tok.CIRCUMFLEXEQUAL], ['<<=', Tok.LEFTSHIFTEQUAL],
  ['>>=', Tok.RIGHTSHIFTEQUAL], ['**=', Tok.DOUBLESTAREQUAL], ['//', Tok.DOUBLESLASH],
  ['//=', Tok.DOUBLESLASHEQUAL], ['@', Tok.AT], ['@=', Tok.ATEQUAL], ['->', Tok.RARROW],
  ['...', Tok.ELLIPSIS], [':=', Tok.COLONEQUAL], ['!', Tok.EXCLAMATION], ['<>', Tok.NOTEQUAL_ALT],
]);

/**
 * One token. Lines are 1-based; columns are 0-based and count UTF-8 bytes,
 * as CPython's AST positions do. `start`/`end` index the JS source string.
 */
export interface Token {
  kind: Tok;
  /** The token's source text (for NEWLINE/INDENT/DEDENT/ENDMARKER: '' or the newline text). */
  value: string;
  start: number;
  end: number;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}
