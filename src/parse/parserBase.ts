// The parser's foundation: lazy token access, backtracking marks, node
// positions and SyntaxError construction. The grammar lives in the classes
// built on top of this one (expressions.ts, patterns.ts, statements.ts).
//
// The parser mirrors CPython's PEG parser (Parser/pegen.c): rules return a
// node or null on failure and the caller resets `pos` to backtrack. A first
// pass runs without CPython's `invalid_*` rules; if it fails, a second pass
// runs with them (`invalidPass`) to find a specific error message, and if
// that finds none the generic "invalid syntax" points at the furthest token
// the first pass read.

import { Tok, type Token } from './tokens.js';
import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { Tokenizer, byteColToCharOffset } from './tokenizer.js';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type' | 'fstring';

export interface ParseOptions {
  filename: string;
  mode: 'exec' | 'eval' | 'single' | 'func_type';
  typeComments?: boolean;
  /**
   * Report error offsets in UTF-8 bytes: CPython does so for sources given as
   * bytes that declare no encoding (no BOM, no coding cookie).
   */
  byteOffsets?: boolean;
  /** Receives the SyntaxWarnings found while parsing, in order. */
  warnings?: ParseWarning[];
  /**
   * The source was read from the file `filename`: CPython then takes an
   * error's source line from the file, whole, newline included.
   */
  fromFile?: boolean;
}

/** A warning CPython issues at compile time (e.g. "invalid decimal literal"). */
export interface ParseWarning {
  category: string;
  message: string;
  lineno: number;
}

/** Anything with CPython's four location attributes. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Where a sub-parser's text sits in the real file (f-string expressions). */
export interface SourceShift {
  /** Added to every line number (the sub-source's line 1 is line `lineDelta + 1`). */
  lineDelta: number;
  /** Added to the byte columns of tokens on the sub-source's first line only. */
  firstLineCol: number;
}

/** Thrown internally to unwind a failed parse without a specific message. */
class ParseFailure {}
const FAIL = new ParseFailure();

// Parentheses nesting the recursive descent allows before it reports the
// error that CPython's parser gives when its C stack limit is reached.
const MAX_DEPTH = 200 * 3;

export class ParserBase {
  readonly tokens: Token[] = [];
  pos = 0;
  readonly tokenizer: Tokenizer;
  readonly filename: string;
  readonly mode: ParseMode;
  readonly typeComments: boolean;
  readonly source: string;
  readonly shift: SourceShift | null;
  /** True during the second pass, when CPython's invalid_* rules are active. */
  invalidPass = false;
  /** Set when the tokenizer raised: its error stands over any parser error. */
  tokenizerFailed = false;
  /** Recursion depth guard (expressions nest through many rules). */
  depth = 0;
  /** Warnings found while parsing (invalid escape sequences), for the compiler to report. */
  readonly warnings: ParseWarning[] = [];
  readonly byteOffsets: boolean;
  /** Error lines come from the file (see ParseOptions.fromFile). */
  fromFile = false;
  /** Single mode: the first ENDMARKER after some input is read as a NEWLINE. */
  private parsingStarted = false;
  private pendingToken: Token | null = null;

  constructor(source: string, filename: string, mode: ParseMode, typeComments: boolean,
    shift: SourceShift | null = null, byteOffsets = false) {
    this.source = source;
    this.filename = filename;
    this.mode = mode;
    this.typeComments = typeComments;
    this.shift = shift;
    this.byteOffsets = byteOffsets;
    this.tokenizer = new Tokenizer(source, { filename, typeComments, rawByteOffsets: byteOffsets });
  }

  // ---- token access -------------------------------------------------------

  /** The token at `pos`, reading it from the tokenizer if needed. */
  peek(): Token {
    const toks = this.tokens;
    return this.pos < toks.length ? toks[this.pos] : this.fill();
  }

  peekKind(): Tok {
    const toks = this.tokens;
    return this.pos < toks.length ? toks[this.pos].kind : this.fill().kind;
  }

  /** The token after the current one. */
  peek2(): Token {
    while (this.tokens.length <= this.pos + 1) this.fill();
    return this.tokens[this.pos + 1];
  }

  private fill(): Token {
    const toks = this.tokens;
    const last = toks.length > 0 ? toks[toks.length - 1] : null;
    if (last !== null && (last.kind === Tok.ENDMARKER || last.kind === Tok.ERRORTOKEN_EOF)) {
      return last;
    }
    let t: Token;
    try {
      if (this.pendingToken !== null) {
        t = this.pendingToken;
        this.pendingToken = null;
      } else {
        t = this.tokenizer.next();
      }
    } catch (e) {
      this.tokenizerFailed = true;
      throw e;
    }
    if (t.kind === Tok.NAME) {
      // Identifiers are NFKC-normalized (PEP 3131); keywords were matched first.
      const v = t.value;
      for (let i = 0; i < v.length; i++) {
        if (v.charCodeAt(i) >= 0x80) {
          t = { ...t, value: v.normalize('NFKC') };
          break;
        }
      }
    } else if (this.mode === 'single') {
      // _PyPegen_fill_token: in single mode, input that ends is closed by a NEWLINE.
      if (t.kind === Tok.ENDMARKER && this.parsingStarted) {
        this.parsingStarted = false;
        this.pendingToken = t;
        t = { ...t, kind: Tok.NEWLINE, value: '' };
      }
    }
    if (this.mode === 'single' && t.kind !== Tok.ENDMARKER) this.parsingStarted = true;
    if (this.shift !== null) t = this.shiftToken(t);
    toks.push(t);
    return t;
  }

  private shiftToken(t: Token): Token {
    const s = this.shift!;
    return {
      kind: t.kind, value: t.value, start: t.start, end: t.end,
      lineno: t.lineno + s.lineDelta,
      col: t.lineno === 1 ? t.col + s.firstLineCol : t.col,
      endLineno: t.endLineno + s.lineDelta,
      endCol: t.endLineno === 1 ? t.endCol + s.firstLineCol : t.endCol,
    };
  }

  /** Consume and return the current token if it has `kind`. */
  eat(kind: Tok): Token | null {
    const t = this.peek();
    if (t.kind === kind) {
      this.pos++;
      return t;
    }
    return null;
  }

  at(kind: Tok): boolean {
    return this.peekKind() === kind;
  }

  /** Consume the current token, whatever it is. */
  next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  /** A NAME token with this exact text (soft keywords: match, case, _). */
  atSoftKeyword(word: string): boolean {
    const t = this.peek();
    return t.kind === Tok.NAME && t.value === word;
  }

  /** Fail the current alternative (caught by `attempt`). */
  fail(): never {
    throw FAIL;
  }

  /** Run `rule`; on failure restore the position and return null. */
  attempt<T>(rule: () => T | null): T | null {
    const mark = this.pos;
    try {
      const r = rule();
      if (r === null) this.pos = mark;
      return r;
    } catch (e) {
      if (e === FAIL) {
        this.pos = mark;
        return null;
      }
      throw e;
    }
  }

  isFailure(e: unknown): boolean {
    return e === FAIL;
  }

  // ---- positions ----------------------------------------------------------

  /**
   * The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER: CPython
   * ends every node there, so a block's end is its last statement's end.
   */
  lastToken(): Token {
    let i = this.pos - 1;
    const toks = this.tokens;
    while (i > 0) {
      const k = toks[i].kind;
      if (k !== Tok.NEWLINE && k !== Tok.INDENT && k !== Tok.DEDENT && k !== Tok.ENDMARKER) break;
      i--;
    }
    return toks[i < 0 ? 0 : i];
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.raiseAtToken(this.peek(), 'too many nested parentheses');
    }
  }

  // ---- errors -------------------------------------------------------------

  lineText(lineno: number): string {
    return this.tokenizer.lineText(lineno - (this.shift ? this.shift.lineDelta : 0));
  }

  /**
   * Raise a SyntaxError at byte columns (0-based) as CPython's
   * _PyPegen_raise_error_known_location does: columns become 1-based character
   * offsets into the error line; an end column of -1 stays -1 (0 when printed).
   */
  raiseAt(msg: string, lineno: number, col: number, endLineno: number, endCol: number,
    kind: SyntaxErrorKind = 'SyntaxError'): never {
    let text: string | null;
    let offset: number;
    let endOffset: number;
    if (this.mode === 'fstring' && this.shift !== null) {
      // CPython reports f-string expression errors against the "(expr)"
      // string it parsed, with columns relative to it.
      msg = 'f-string: ' + msg;
      text = this.source;
      const relLine = lineno - this.shift.lineDelta;
      text = this.tokenizer.lineText(relLine);
      const base = relLine === 1 ? this.shift.firstLineCol : 0;
      offset = byteColToCharOffset(text, col + 1 - base);
      endOffset = endCol < 0 ? -1 : byteColToCharOffset(text, endCol + 1 - (endLineno - this.shift.lineDelta === 1 ? this.shift.firstLineCol : 0));
    } else {
      text = this.fromFile ? this.tokenizer.lineText(lineno) : this.tokenizer.errorLineText(lineno);
      if (this.byteOffsets) {
        offset = col + 1;
        endOffset = endCol < 0 ? -1 : endCol + 1;
      } else {
        offset = byteColToCharOffset(text, col + 1);
        endOffset = endCol < 0 ? -1 : byteColToCharOffset(text, endCol + 1);
      }
    }
    throw new PySyntaxError(kind, msg, this.filename, lineno, offset, text, endLineno, endOffset);
  }

  raiseAtToken(t: Token, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    return this.raiseAt(msg, t.lineno, t.col, t.endLineno, t.endCol, kind);
  }

  /**
   * RAISE_SYNTAX_ERROR: located at the last token read from the tokenizer; a
   * token without a column (INDENT, DEDENT, ENDMARKER) takes the tokenizer's
   * current column, as _PyPegen_raise_error does.
   */
  raiseLast(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const t = this.tokens.length > 0 ? this.tokens[this.tokens.length - 1] : this.peek();
    if (t.col < 0) {
      // The tokenizer's column is used as a 1-based offset as it is; at the
      // end of input CPython's buffer is gone and the column is 0.
      const col = t.kind === Tok.ENDMARKER ? -1 : this.tokenizer.curByteCol() - 1;
      return this.raiseAt(msg, t.lineno, col, t.endLineno, t.endCol < 0 ? -1 : t.endCol, kind);
    }
    return this.raiseAtToken(t, msg, kind);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
  raiseAtNode(a: Located, msg: string): never {
    return this.raiseAt(msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  raiseRange(a: Located, b: Located, msg: string): never {
    return this.raiseAt(msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): the end is where the tokenizer is. */
  raiseFrom(a: Located, msg: string): never {
    return this.raiseAt(msg, a.lineno, a.col_offset, this.tokenizer.currentLineno, this.tokenizer.curByteCol() - 1);
  }
}

/** A token as a Located (for ranges that start or end at a token). */
export function tokLoc(t: Token): Located {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}
