// The tokenizer: source text -> tokens, pulled one at a time by the parser.
// It reproduces CPython 3.11's C tokenizer (Parser/tokenizer.c), which the
// parser uses, not the pure-Python `tokenize` module: no NL/COMMENT tokens,
// one STRING token per literal (f-strings included), lazy errors (an error far
// down a file is raised only when the parser asks for that token), and the
// same error messages and positions.

import { Tok, KEYWORDS, type Token } from './tokens.js';
import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { isIdStart, isIdContinue, isPrintable } from '../common/unicode.js';

export interface TokenizerOptions {
  filename: string;
  /** ast.parse(..., type_comments=True): emit TYPE_COMMENT, collect type ignores. */
  typeComments: boolean;
  /**
   * CPython leaves the offsets of parser-level tokenizer errors (bad dedent,
   * tabs, EOF after '\', char after '\') in UTF-8 bytes when it compiles a
   * bytes object that declares no encoding (ast.parse(b'...')); for str input
   * and for files they are characters. Default false (characters).
   */
  rawByteOffsets?: boolean;
}

/** A bracket that is still open: what CPython keeps in parenstack. */
export interface OpenBracket {
  char: string;
  lineno: number;
  /** 0-based UTF-8 byte column, as CPython's parencolstack. */
  col: number;
}

/** SyntaxWarning raised while tokenizing (e.g. `1if x else y`). */
export interface TokenizerWarning {
  category: 'SyntaxWarning';
  message: string;
  lineno: number;
  /** The SyntaxError CPython raises instead when the warning is an error. */
  asError: PySyntaxError;
}

// typeComment() result for a `# type: ignore` comment (recorded, no token).
const IGNORED: unique symbol = Symbol('ignored');

// CPython's limits: MAXINDENT (tokenizer.h) and MAXLEVEL (parentheses).
const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;
// The "alternate" tab size used to detect tabs/spaces inconsistencies.
const ALTTABSIZE = 1;

// ASCII character classes.
const C_ID_START = 1;
const C_ID_CONT = 2;
const C_DIGIT = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_') CLASS[c] = C_ID_START | C_ID_CONT;
  else if (ch >= '0' && ch <= '9') CLASS[c] = C_DIGIT | C_ID_CONT;
}

const CH_NL = 10, CH_SPACE = 32, CH_TAB = 9, CH_FF = 12, CH_HASH = 35, CH_BSLASH = 92;
const CH_SQUOTE = 39, CH_DQUOTE = 34, CH_0 = 48, CH_9 = 57, CH_DOT = 46, CH_UNDERSCORE = 95;

function isDigit(c: number): boolean { return c >= CH_0 && c <= CH_9; }
function isHexDigit(c: number): boolean {
  return (c >= CH_0 && c <= CH_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isAsciiAlnum(c: number): boolean {
  return c < 128 && c >= 0 && (CLASS[c] & C_ID_CONT) !== 0 && c !== CH_UNDERSCORE;
}

/** UTF-8 length of the UTF-16 code unit `c` (a surrogate counts 2, a pair 4). */
function utf8Units(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdfff) return 2;
  return 3;
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : '0000'.slice(h.length) + h;
}

export class Tokenizer {
  /** The source with CR and CRLF translated to LF, as CPython reads it. */
  readonly source: string;
  readonly filename: string;
  readonly typeComments: boolean;
  private readonly rawByteOffsets: boolean;
  private readonly len: number;
  private readonly asciiOnly: boolean;

  private pos = 0;
  /** Current line number (1-based); the line that `lineStart` begins. */
  private lineno = 0;
  private lineStart = 0;
  private atBol = true;
  private pendin = 0;
  private indstack: number[] = [0];
  private altindstack: number[] = [0];
  /** Set once the newline CPython appends to an unterminated last line was produced. */
  private virtualNl = false;
  private readonly needVirtualNl: boolean;
  // Cache for byteCol on non-ASCII lines: tokens come in order.
  private bcLine = -1;
  private bcPos = 0;
  private bcBytes = 0;
  private readonly lineStarts: number[] = [0];

  /** Open brackets, innermost last. */
  readonly parenStack: OpenBracket[] = [];
  /** `# type: ignore[...]` comments (only when typeComments). */
  readonly typeIgnores: { lineno: number; tag: string }[] = [];
  readonly warnings: TokenizerWarning[] = [];

  constructor(source: string, options: TokenizerOptions) {
    if (source.indexOf('\r') >= 0) source = source.replace(/\r\n?/g, '\n');
    this.source = source;
    this.len = source.length;
    this.filename = options.filename;
    this.typeComments = options.typeComments;
    this.rawByteOffsets = options.rawByteOffsets ?? false;
    // eslint-disable-next-line no-control-regex
    this.asciiOnly = !/[^\x00-\x7f]/.test(source);
    if (this.len > 0) this.lineno = 1;
    this.needVirtualNl = this.len > 0 && source.charCodeAt(this.len - 1) !== CH_NL;
  }

  // ---- Lines -------------------------------------------------------------

  /**
   * The line as CPython's parser puts it in SyntaxError.text: the tokenizer's
   * current line (or a later one) keeps its newline, an earlier line does not.
   */
  errorLineText(n: number): string {
    const t = this.lineText(n);
    return n >= this.lineno ? t : t.slice(0, -1);
  }

  /** Number of the line the tokenizer is on (CPython's tok->lineno). */
  get currentLineno(): number { return this.lineno; }

  /**
   * Text of line `n` (1-based) with its newline ('\n' is added to a last line
   * that has none, as CPython does), or '' when there is no such line.
   */
  lineText(n: number): string {
    const start = this.lineStartOf(n);
    if (start < 0) return '';
    const nl = this.source.indexOf('\n', start);
    return nl < 0 ? this.source.slice(start) + '\n' : this.source.slice(start, nl + 1);
  }

  /** 0-based UTF-8 byte column of the tokenizer's read position in its current line (tok->cur - tok->line_start). */
  curByteCol(): number { return this.byteCol(this.lineStart, this.pos); }

  private lineStartOf(n: number): number {
    const ls = this.lineStarts;
    if (n < 1) return -1;
    while (ls.length < n) {
      const nl = this.source.indexOf('\n', ls[ls.length - 1]);
      if (nl < 0 || nl + 1 >= this.len) return -1;
      ls.push(nl + 1);
    }
    return ls[n - 1];
  }

  // Called whenever the tokenizer moves past a '\n' at index `nl`. At the end
  // of the source the line number stays on the last line, as in CPython.
  private newLine(nl: number): void {
    if (nl + 1 >= this.len) return;
    this.lineno++;
    this.lineStart = nl + 1;
    if (this.lineStarts.length < this.lineno) this.lineStarts.push(nl + 1);
  }

  /** UTF-8 byte offset of `pos` from `lineStart` (CPython's columns). */
  byteCol(lineStart: number, pos: number): number {
    if (this.asciiOnly) return pos - lineStart;
    let n = 0;
    let i = lineStart;
    if (this.bcLine === lineStart && this.bcPos <= pos) { i = this.bcPos; n = this.bcBytes; }
    const s = this.source;
    const end = pos < this.len ? pos : this.len;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      // U+DC80..U+DCFF alone stands for one undecodable source byte (see source.ts).
      n += c >= 0xdc80 && c <= 0xdcff && !(i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) ? 1 : utf8Units(c);
    }
    this.bcLine = lineStart; this.bcPos = end; this.bcBytes = n;
    return n + (pos - end);
  }

  /** Number of code points between `lineStart` and `pos`. */
  private charCount(lineStart: number, pos: number): number {
    if (this.asciiOnly) return pos - lineStart;
    let n = 0;
    const s = this.source;
    for (let i = lineStart; i < pos; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === lineStart || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
    }
    return n;
  }

  // ---- Errors ------------------------------------------------------------

  // tokenizer.c's syntaxerror(): offsets are characters from the line start
  // to the read position, text is the line without its newline.
  private syntaxError(msg: string, lineStart: number, lineno: number, cur: number,
                      colStart = -1, colEnd = -1): PySyntaxError {
    const nl = this.source.indexOf('\n', lineStart);
    const text = nl < 0 ? this.source.slice(lineStart) : this.source.slice(lineStart, nl);
    const off = colStart >= 0 ? colStart : this.charCount(lineStart, cur);
    const endOff = colEnd >= 0 ? colEnd : off;
    return new PySyntaxError('SyntaxError', msg, this.filename, lineno, off, text, lineno, endOff);
  }

  private errorHere(msg: string, cur: number): PySyntaxError {
    return this.syntaxError(msg, this.lineStart, this.lineno, cur);
  }

  // Errors that CPython's tokenizer only flags and pegen reports
  // (tokenizer_error in pegen_errors.c); text keeps the newline.
  private parserLevelError(kind: SyntaxErrorKind, msg: string, byteCol: number, endOffset: number): PySyntaxError {
    const text = this.lineText(this.lineno);
    let off = byteCol;
    if (!this.rawByteOffsets) off = byteColToCharOffset(text, byteCol);
    return new PySyntaxError(kind, msg, this.filename, this.lineno, off, text, this.lineno, endOffset);
  }

  unclosedBracketError(): PySyntaxError {
    const b = this.parenStack[this.parenStack.length - 1];
    const text = this.errorLineText(b.lineno);
    const off = this.rawByteOffsets ? b.col + 1 : byteColToCharOffset(text, b.col + 1);
    return new PySyntaxError('SyntaxError', `'${b.char}' was never closed`, this.filename,
      b.lineno, off, text, b.lineno, 0);
  }

  private eofError(): PySyntaxError {
    if (this.parenStack.length > 0) return this.unclosedBracketError();
    // Reported at the end of the last line, as pegen does for a token without a column.
    return this.parserLevelError('SyntaxError', 'unexpected EOF while parsing', this.lineEndByteCol(), -1);
  }

  // UTF-8 length of the current line with its newline (tok->inp - line_start).
  private lineEndByteCol(): number {
    const nl = this.source.indexOf('\n', this.lineStart);
    return nl < 0 ? this.byteCol(this.lineStart, this.len) + 1 : this.byteCol(this.lineStart, nl + 1);
  }

  // ---- Tokens ------------------------------------------------------------

  private make(kind: Tok, start: number, end: number): Token {
    const ls = this.lineStart;
    return {
      kind, value: this.source.slice(start, end), start, end,
      lineno: this.lineno, col: this.byteCol(ls, start),
      endLineno: this.lineno, endCol: this.byteCol(ls, end),
    };
  }

  // INDENT, DEDENT and ENDMARKER carry no column in CPython (col_offset -1).
  private marker(kind: Tok): Token {
    return { kind, value: '', start: this.pos, end: this.pos, lineno: this.lineno, col: -1, endLineno: this.lineno, endCol: -1 };
  }

  /** The next token; throws PySyntaxError on a tokenizer error. */
  next(): Token {
    const s = this.source;
    const len = this.len;
    let blankline = false;
    let c: number;

    nextline: for (;;) {
      blankline = false;
      if (this.atBol) {
        this.atBol = false;
        let col = 0, altcol = 0, contLineCol = 0;
        for (;;) {
          c = this.pos < len ? s.charCodeAt(this.pos) : -1;
          if (c === CH_SPACE) { col++; altcol++; }
          else if (c === CH_TAB) {
            col = ((col / TABSIZE | 0) + 1) * TABSIZE;
            altcol = ((altcol / ALTTABSIZE | 0) + 1) * ALTTABSIZE;
          } else if (c === CH_FF) { col = altcol = 0; }
          else if (c === CH_BSLASH) {
            // Indentation cannot be split by a continuation: the first one decides.
            contLineCol = contLineCol ? contLineCol : col;
            this.pos++;
            this.continuation();
            continue;
          } else break;
          this.pos++;
        }
        if (c === CH_HASH || c === CH_NL) blankline = true;
        if (!blankline && this.parenStack.length === 0) {
          if (contLineCol) { col = contLineCol; altcol = contLineCol; }
          const top = this.indstack.length - 1;
          if (col === this.indstack[top]) {
            if (altcol !== this.altindstack[top]) throw this.tabError();
          } else if (col > this.indstack[top]) {
            if (top + 1 >= MAXINDENT) {
              throw this.parserLevelError('IndentationError', 'too many levels of indentation', 1, 0);
            }
            if (altcol <= this.altindstack[top]) throw this.tabError();
            this.pendin++;
            this.indstack.push(col);
            this.altindstack.push(altcol);
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
              this.pendin--;
              this.indstack.pop();
              this.altindstack.pop();
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              throw this.parserLevelError('IndentationError', 'unindent does not match any outer indentation level',
                this.lineEndByteCol(), -1);
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) throw this.tabError();
          }
        }
      }

      if (this.pendin !== 0) {
        if (this.pendin < 0) { this.pendin++; return this.marker(Tok.DEDENT); }
        this.pendin--;
        return this.marker(Tok.INDENT);
      }

      again: for (;;) {
        // Skip spaces.
        c = this.pos < len ? s.charCodeAt(this.pos) : -1;
        while (c === CH_SPACE || c === CH_TAB || c === CH_FF) {
          c = ++this.pos < len ? s.charCodeAt(this.pos) : -1;
        }
        let start = this.pos;

        if (c === CH_HASH) {
          let e = s.indexOf('\n', start);
          if (e < 0) e = len;
          this.pos = e;
          if (this.typeComments) {
            const t = this.typeComment(start, e, blankline);
            if (t === IGNORED) continue nextline;
            if (t !== null) return t;
          }
          start = e;
          c = e < len ? CH_NL : -1;
        }

        if (c === -1) {
          if (this.needVirtualNl && !this.virtualNl) {
            // CPython appends a newline to a last line that lacks one.
            this.virtualNl = true;
            c = CH_NL;
          } else {
            // The parser decides between "'(' was never closed" and a specific error.
            if (this.parenStack.length > 0) return this.marker(Tok.ERRORTOKEN_EOF);
            this.atBol = true;
            return this.marker(Tok.ENDMARKER);
          }
        }

        // Identifiers (and string prefixes).
        if (c < 128 ? (CLASS[c] & C_ID_START) !== 0 : true) {
          let p = start;
          if (c < 128) {
            // Legal prefixes: b, r, u, f and the pairs br/rb, fr/rf in any case.
            let sawB = false, sawR = false, sawU = false, sawF = false;
            for (;;) {
              const lc = c | 0x20;
              if (!(sawB || sawU || sawF) && lc === 98 /* b */) sawB = true;
              else if (!(sawB || sawU || sawR || sawF) && lc === 117 /* u */) sawU = true;
              else if (!(sawR || sawU) && lc === 114 /* r */) sawR = true;
              else if (!(sawF || sawB || sawU) && lc === 102 /* f */) sawF = true;
              else break;
              p++;
              c = p < len ? s.charCodeAt(p) : -1;
              if (c === CH_SQUOTE || c === CH_DQUOTE) return this.string(start, p);
            }
          }
          let nonascii = false;
          while (p < len) {
            c = s.charCodeAt(p);
            if (c < 128) {
              if ((CLASS[c] & C_ID_CONT) === 0) break;
            } else nonascii = true;
            p++;
          }
          if (nonascii) this.verifyIdentifier(start, p);
          this.pos = p;
          const tok = this.make(Tok.NAME, start, p);
          const kw = KEYWORDS.get(tok.value);
          if (kw !== undefined) tok.kind = kw;
          return tok;
        }

        if (c === CH_NL) {
          if (start < len) this.pos = start + 1;
          this.atBol = true;
          if (blankline || this.parenStack.length > 0) {
            this.newLine(start);
            continue nextline;
          }
          const tok = this.newlineToken(start);
          this.newLine(start);
          return tok;
        }

        if (c === CH_DOT) {
          const c2 = start + 1 < len ? s.charCodeAt(start + 1) : -1;
          if (isDigit(c2)) return this.number(start);
          if (c2 === CH_DOT && start + 2 < len && s.charCodeAt(start + 2) === CH_DOT) {
            this.pos = start + 3;
            return this.make(Tok.ELLIPSIS, start, start + 3);
          }
          this.pos = start + 1;
          return this.make(Tok.DOT, start, start + 1);
        }

        if (isDigit(c)) return this.number(start);

        if (c === CH_SQUOTE || c === CH_DQUOTE) return this.string(start, start);

        if (c === CH_BSLASH) {
          this.pos++;
          this.continuation();
          continue again;
        }

        return this.operator(start, c);
      }
    }
  }

  private newlineToken(at: number): Token {
    // CPython's NEWLINE token is empty, placed at the newline character.
    const col = this.byteCol(this.lineStart, at);
    return { kind: Tok.NEWLINE, value: '', start: at, end: at, lineno: this.lineno, col, endLineno: this.lineno, endCol: col };
  }

  private tabError(): PySyntaxError {
    return this.parserLevelError('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
  }

  // After a backslash (this.pos is past it): must be followed by a newline,
  // and the file must go on after it.
  private continuation(): void {
    const s = this.source;
    const bs = this.pos - 1;
    if (this.pos >= this.len || s.charCodeAt(this.pos) !== CH_NL) {
      if (this.pos >= this.len) {
        // A backslash at the very end: CPython's appended newline follows it.
        throw this.eofError();
      }
      // pegen reports the column of the character after the backslash + 1.
      this.pos++;
      throw this.parserLevelError('SyntaxError', 'unexpected character after line continuation character',
        this.byteCol(this.lineStart, bs + 1) + 1, 0);
    }
    this.newLine(this.pos);
    this.pos++;
    if (this.pos >= this.len) throw this.eofError();
  }

  // `# type: ...` comments (only with typeComments). The prefix "# type: "
  // matches with any run of spaces/tabs (possibly empty) where it has a space.
  private typeComment(start: number, end: number, blankline: boolean): Token | null | typeof IGNORED {
    const s = this.source;
    const prefix = '# type: ';
    let p = start;
    for (let i = 0; i < prefix.length; i++) {
      const pc = prefix.charCodeAt(i);
      if (pc === CH_SPACE) {
        while (p < end && (s.charCodeAt(p) === CH_SPACE || s.charCodeAt(p) === CH_TAB)) p++;
      } else if (p < end && s.charCodeAt(p) === pc) p++;
      else return null;
    }
    // "type: ignore" followed by the end or a non-alphanumeric ASCII character.
    const ignoreEnd = p + 6;
    if (ignoreEnd <= end && s.startsWith('ignore', p) &&
        !(ignoreEnd < end && (s.charCodeAt(ignoreEnd) >= 128 || isAsciiAlnum(s.charCodeAt(ignoreEnd))))) {
      this.typeIgnores.push({ lineno: this.lineno, tag: s.slice(ignoreEnd, end) });
      if (blankline) {
        // A type ignore alone on its line also eats the newline.
        if (end < this.len) {
          this.pos = end + 1;
          this.newLine(end);
        } else this.virtualNl = true;
        this.atBol = true;
      }
      return IGNORED;
    }
    const tok = this.make(Tok.TYPE_COMMENT, p, end);
    return tok;
  }

  // Non-ASCII identifiers: the first character that is not XID_Start (first
  // position) or XID_Continue is an "invalid character".
  private verifyIdentifier(start: number, end: number): void {
    const s = this.source;
    let i = start;
    while (i < end) {
      const cp = s.codePointAt(i)!;
      const ok = i === start ? (cp === CH_UNDERSCORE || isIdStart(cp)) : isIdContinue(cp);
      const w = cp > 0xffff ? 2 : 1;
      if (!ok) {
        const cur = i + w;
        const msg = isPrintable(cp)
          ? `invalid character '${String.fromCodePoint(cp)}' (U+${hex4(cp)})`
          : `invalid non-printable character U+${hex4(cp)}`;
        throw this.errorHere(msg, cur);
      }
      i += w;
    }
  }

  private string(start: number, quotePos: number): Token {
    const s = this.source;
    const len = this.len;
    const quote = s.charCodeAt(quotePos);
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    let p = quotePos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (p < len && s.charCodeAt(p) === quote) {
      if (p + 1 < len && s.charCodeAt(p + 1) === quote) { quoteSize = 3; p += 2; }
      else { endQuoteSize = 1; p++; }
    }
    while (endQuoteSize !== quoteSize) {
      const c = p < len ? s.charCodeAt(p) : -1;
      p++;
      if (c === -1 || (quoteSize === 1 && c === CH_NL)) {
        const detected = this.lineno;
        const msg = quoteSize === 3
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        throw this.syntaxError(msg, firstLineStart, firstLineno, start + 1);
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === CH_NL) this.newLine(p - 1);
        else if (c === CH_BSLASH) {
          if (p < len) {
            if (s.charCodeAt(p) === CH_NL) this.newLine(p);
            p++;
          }
        }
      }
    }
    this.pos = p;
    const endCol = this.byteCol(this.lineStart, p);
    return {
      kind: Tok.STRING, value: s.slice(start, p), start, end: p,
      lineno: firstLineno, col: this.byteCol(firstLineStart, start),
      endLineno: this.lineno, endCol,
    };
  }

  // Numbers, following tokenizer.c's state machine so that errors come out
  // with the same message at the same position.
  private number(start: number): Token {
    const s = this.source;
    const len = this.len;
    let p = start;
    const at = (i: number): number => (i < len ? s.charCodeAt(i) : -1);
    let c = at(p);

    // Digits with single underscores between them; p is at a digit. Returns
    // the position after the run, or throws "invalid decimal literal".
    const decimalTail = (q: number): number => {
      for (;;) {
        while (isDigit(at(q))) q++;
        if (at(q) !== CH_UNDERSCORE) return q;
        if (!isDigit(at(q + 1))) throw this.errorHere('invalid decimal literal', q + 1);
        q++;
      }
    };

    const finish = (q: number): Token => {
      this.pos = q;
      return this.make(Tok.NUMBER, start, q);
    };

    // Accepts p at the character after the exponent marker 'e'.
    const exponent = (e: number): Token => {
      let q = e + 1;
      let d = at(q);
      if (d === 43 || d === 45) {
        q++;
        if (!isDigit(at(q))) throw this.errorHere('invalid decimal literal', q);
      } else if (!isDigit(d)) {
        // '1e' followed by something else: the number ends before the 'e'.
        this.verifyEnd(e, 'decimal');
        return finish(e);
      }
      q = decimalTail(q);
      d = at(q);
      if (d === 106 || d === 74) return imaginary(q);
      this.verifyEnd(q, 'decimal');
      return finish(q);
    };

    const imaginary = (j: number): Token => {
      this.verifyEnd(j + 1, 'imaginary');
      return finish(j + 1);
    };

    const fraction = (q: number): Token => {
      // q is just past the '.'.
      if (isDigit(at(q))) q = decimalTail(q);
      const d = at(q);
      if (d === 101 || d === 69) return exponent(q);
      if (d === 106 || d === 74) return imaginary(q);
      this.verifyEnd(q, 'decimal');
      return finish(q);
    };

    if (c === CH_DOT) return fraction(p + 1);

    if (c === CH_0) {
      p++;
      c = at(p);
      const lc = c | 0x20;
      if (lc === 120 /* x */) {
        p++;
        c = at(p);
        do {
          if (c === CH_UNDERSCORE) c = at(++p);
          if (!isHexDigit(c)) throw this.errorHere('invalid hexadecimal literal', p);
          do { c = at(++p); } while (isHexDigit(c));
        } while (c === CH_UNDERSCORE);
        this.verifyEnd(p, 'hexadecimal');
        return finish(p);
      }
      if (lc === 111 /* o */ || lc === 98 /* b */) {
        const octal = lc === 111;
        const kind = octal ? 'octal' : 'binary';
        const top = octal ? 55 : 49;
        p++;
        c = at(p);
        do {
          if (c === CH_UNDERSCORE) c = at(++p);
          if (c < CH_0 || c > top) {
            if (isDigit(c)) throw this.errorHere(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
            throw this.errorHere(`invalid ${kind} literal`, p);
          }
          do { c = at(++p); } while (c >= CH_0 && c <= top);
        } while (c === CH_UNDERSCORE);
        if (isDigit(c)) throw this.errorHere(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
        this.verifyEnd(p, kind);
        return finish(p);
      }
      // Zeros, possibly an old-style octal (now an error) or a float.
      let nonzero = false;
      for (;;) {
        if (c === CH_UNDERSCORE) {
          p++;
          c = at(p);
          if (!isDigit(c)) throw this.errorHere('invalid decimal literal', p);
        }
        if (c !== CH_0) break;
        c = at(++p);
      }
      const zerosEnd = p;
      if (isDigit(c)) {
        nonzero = true;
        p = decimalTail(p);
        c = at(p);
      }
      if (c === CH_DOT) return fraction(p + 1);
      if (c === 101 || c === 69) return exponent(p);
      if (c === 106 || c === 74) return imaginary(p);
      if (nonzero) {
        // CPython passes this range in bytes, unconverted.
        const ls = this.lineStart;
        throw this.syntaxError(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          ls, this.lineno, p, this.byteCol(ls, start) + 1, this.byteCol(ls, zerosEnd) + 1);
      }
      this.verifyEnd(p, 'decimal');
      return finish(p);
    }

    p = decimalTail(p);
    c = at(p);
    if (c === CH_DOT) return fraction(p + 1);
    if (c === 101 || c === 69) return exponent(p);
    if (c === 106 || c === 74) return imaginary(p);
    this.verifyEnd(p, 'decimal');
    return finish(p);
  }

  // verify_end_of_number: a number directly followed by a letter is an error,
  // except before the keywords that can follow a number in valid code
  // (and, else, for, if, in, is, not, or), which only warn in 3.11.
  private verifyEnd(p: number, kind: string): void {
    const s = this.source;
    const c = p < this.len ? s.charCodeAt(p) : -1;
    let r = false;
    switch (c) {
      case 97: r = s.startsWith('nd', p + 1); break;
      case 101: r = s.startsWith('lse', p + 1); break;
      case 102: r = s.startsWith('or', p + 1); break;
      case 105: { const c2 = s.charCodeAt(p + 1); r = c2 === 102 || c2 === 110 || c2 === 115; break; }
      case 111: r = s.startsWith('r', p + 1); break;
      case 110: r = s.startsWith('ot', p + 1); break;
    }
    if (r) {
      const message = `invalid ${kind} literal`;
      this.warnings.push({ category: 'SyntaxWarning', message, lineno: this.lineno, asError: this.errorHere(message, p) });
      return;
    }
    // Non-ASCII characters end the number (they are checked as a NAME next).
    if (c >= 0 && c < 128 && (CLASS[c] & C_ID_CONT) !== 0) throw this.errorHere(`invalid ${kind} literal`, p);
  }

  private operator(start: number, c: number): Token {
    const s = this.source;
    const c2 = start + 1 < this.len ? s.charCodeAt(start + 1) : -1;
    const c3 = start + 2 < this.len ? s.charCodeAt(start + 2) : -1;
    let kind: Tok;
    let n = 1;
    switch (c) {
      case 40: case 91: case 123: { // ( [ {
        if (this.parenStack.length >= MAXLEVEL) throw this.errorHere('too many nested parentheses', start + 1);
        this.parenStack.push({ char: String.fromCharCode(c), lineno: this.lineno, col: this.byteCol(this.lineStart, start) });
        kind = c === 40 ? Tok.LPAR : c === 91 ? Tok.LSQB : Tok.LBRACE;
        break;
      }
      case 41: case 93: case 125: { // ) ] }
        const ch = String.fromCharCode(c);
        const open = this.parenStack.pop();
        if (open === undefined) throw this.errorHere(`unmatched '${ch}'`, start + 1);
        const o = open.char;
        if (!((o === '(' && c === 41) || (o === '[' && c === 93) || (o === '{' && c === 125))) {
          const msg = open.lineno !== this.lineno
            ? `closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${open.lineno}`
            : `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`;
          throw this.errorHere(msg, start + 1);
        }
        kind = c === 41 ? Tok.RPAR : c === 93 ? Tok.RSQB : Tok.RBRACE;
        break;
      }
      case 58: if (c2 === 61) { kind = Tok.COLONEQUAL; n = 2; } else kind = Tok.COLON; break;
      case 44: kind = Tok.COMMA; break;
      case 59: kind = Tok.SEMI; break;
      case 126: kind = Tok.TILDE; break;
      case 43: if (c2 === 61) { kind = Tok.PLUSEQUAL; n = 2; } else kind = Tok.PLUS; break;
      case 45:
        if (c2 === 61) { kind = Tok.MINEQUAL; n = 2; }
        else if (c2 === 62) { kind = Tok.RARROW; n = 2; }
        else kind = Tok.MINUS;
        break;
      case 42:
        if (c2 === 42) {
          if (c3 === 61) { kind = Tok.DOUBLESTAREQUAL; n = 3; } else { kind = Tok.DOUBLESTAR; n = 2; }
        } else if (c2 === 61) { kind = Tok.STAREQUAL; n = 2; } else kind = Tok.STAR;
        break;
      case 47:
        if (c2 === 47) {
          if (c3 === 61) { kind = Tok.DOUBLESLASHEQUAL; n = 3; } else { kind = Tok.DOUBLESLASH; n = 2; }
        } else if (c2 === 61) { kind = Tok.SLASHEQUAL; n = 2; } else kind = Tok.SLASH;
        break;
      case 124: if (c2 === 61) { kind = Tok.VBAREQUAL; n = 2; } else kind = Tok.VBAR; break;
      case 38: if (c2 === 61) { kind = Tok.AMPEREQUAL; n = 2; } else kind = Tok.AMPER; break;
      case 94: if (c2 === 61) { kind = Tok.CIRCUMFLEXEQUAL; n = 2; } else kind = Tok.CIRCUMFLEX; break;
      case 37: if (c2 === 61) { kind = Tok.PERCENTEQUAL; n = 2; } else kind = Tok.PERCENT; break;
      case 64: if (c2 === 61) { kind = Tok.ATEQUAL; n = 2; } else kind = Tok.AT; break;
      case 61: if (c2 === 61) { kind = Tok.EQEQUAL; n = 2; } else kind = Tok.EQUAL; break;
      case 33: if (c2 === 61) { kind = Tok.NOTEQUAL; n = 2; } else kind = Tok.EXCLAMATION; break;
      case 60:
        if (c2 === 60) {
          if (c3 === 61) { kind = Tok.LEFTSHIFTEQUAL; n = 3; } else { kind = Tok.LEFTSHIFT; n = 2; }
        } else if (c2 === 61) { kind = Tok.LESSEQUAL; n = 2; }
        else if (c2 === 62) { kind = Tok.NOTEQUAL_ALT; n = 2; }
        else kind = Tok.LESS;
        break;
      case 62:
        if (c2 === 62) {
          if (c3 === 61) { kind = Tok.RIGHTSHIFTEQUAL; n = 3; } else { kind = Tok.RIGHTSHIFT; n = 2; }
        } else if (c2 === 61) { kind = Tok.GREATEREQUAL; n = 2; } else kind = Tok.GREATER;
        break;
      default: {
        // Any other character is a one-character OP token in CPython 3.11,
        // which no grammar rule accepts; EXCLAMATION plays that role here.
        // Non-printable ones are a tokenizer error.
        if (!isPrintable(c)) throw this.errorHere(`invalid non-printable character U+${hex4(c)}`, start + 1);
        kind = Tok.EXCLAMATION;
      }
    }
    this.pos = start + n;
    return this.make(kind, start, start + n);
  }
}

/**
 * CPython's _PyPegen_byte_offset_to_character_offset: the number of characters
 * in the first `byteOffset` UTF-8 bytes of `line` (a cut character counts one,
 * the offset is clamped to the line's length + 1, whose extra byte is the C
 * string's terminator).
 */
export function byteColToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  let i = 0;
  const n = line.length;
  while (i < n && bytes < byteOffset) {
    const c = line.charCodeAt(i);
    let size = 1, units = 1;
    if (c >= 0x80) {
      if (c < 0x800) size = 2;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) { size = 4; units = 2; }
      else size = 3;
    }
    if (bytes + size > byteOffset) return chars + 1;
    bytes += size;
    chars++;
    i += units;
  }
  if (bytes < byteOffset) chars++;
  return chars;
}
