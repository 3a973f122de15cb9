// The text CPython 3.11 writes for an uncaught exception: PyErr_Display
// (Python/pythonrun.c: print_exception_recursive and its helpers) and the
// traceback entries it prints through Python/traceback.c (tb_printinternal,
// tb_displayline). Only the formatting lives here: the runtime turns its
// exception and traceback objects into the plain records below (calling str(),
// repr() and reading attributes the way CPython does), and supplies the source
// lines. This is the C printer, not Lib/traceback.py, which differs in details
// (trailing whitespace, margins of repeated-line notices).

import { parse } from '../parse/index.js';
import type * as A from '../parse/ast.js';
import { PySyntaxError, type SyntaxErrorKind } from '../parse/errors.js';
import { formatSyntaxError } from '../cli/report.js';
import { reprStr } from '../common/repr.js';

// ---------------------------------------------------------------------------
// Input records

/** The source span of the instruction that raised: one `code.co_positions()`
 *  entry. Columns are UTF-8 byte offsets into the line; null where CPython has
 *  None (e.g. `-X no_debug_ranges`). */
export interface Positions {
  readonly lineno: number | null;
  readonly endLineno: number | null;
  readonly colOffset: number | null;
  readonly endColOffset: number | null;
}

/** One traceback entry (a `tb` object), oldest first in a traceback. */
export interface FrameEntry {
  /** `tb_frame.f_code.co_filename` */
  readonly filename: string;
  /** `tb_lineno` */
  readonly lineno: number;
  /** `tb_frame.f_code.co_name` (3.11 prints co_name, not the qualified name) */
  readonly name: string;
  /** The positions of the instruction at `tb_lasti`, or null when unknown. */
  readonly positions: Positions | null;
}

/**
 * Reads line `lineno` (1-based) of `filename` as CPython's traceback printer
 * does: the file decoded with its PEP 263 encoding, universal newlines, and when
 * `filename` cannot be opened, its last path component tried in each `sys.path`
 * directory. Returns the line with or without its trailing '\n', or null (or
 * '') when there is no such line or file. The C printer's reader gives no lines for names like
 * `<string>`; traceback.py's (through linecache) may.
 */
export type SourceLineReader = (filename: string, lineno: number) => string | null;

/** The attributes of a SyntaxError as pythonrun.c's parse_syntax_error reads
 *  them; present only when the exception has `print_file_and_line` and reading
 *  them succeeded (else the exception prints as any other). */
export interface SyntaxErrorLocation {
  /** str(filename), or '<string>' when filename is None */
  readonly filename: string;
  readonly lineno: number;
  /** 1-based; -1 when offset is None */
  readonly offset: number;
  readonly text: string | null;
  /** end_lineno, or lineno when missing/None (only used for SyntaxError itself) */
  readonly endLineno: number;
  /** end_offset, or -1 when missing/None (only used for SyntaxError itself) */
  readonly endOffset: number;
}

/** `__notes__`: for a sequence, str() of each item (null where str() raised);
 *  otherwise its repr() (null when repr() raised). */
export type NotesRecord = readonly (string | null)[] | { readonly repr: string | null };

/** One exception object. The runtime must build exactly one record per
 *  exception object (e.g. through a Map): chains are cut at records already
 *  printed, by identity, as CPython's `seen` set does with objects. */
export interface ExceptionRecord {
  /** type(exc).__qualname__ */
  readonly qualname: string;
  /** type(exc).__module__, or null when it is not a str */
  readonly module: string | null;
  /**
   * str(exc): null when str() raised; undefined to print the type name alone
   * (a SyntaxError with a location whose msg is None). With `syntaxError`
   * set, this is str(exc.msg) instead.
   */
  readonly message?: string | null;
  /** The name offered by 3.11's "Did you mean" (NameError, AttributeError). */
  readonly suggestion?: string | null;
  readonly notes?: NotesRecord | null;
  /** The entries of `__traceback__`, oldest first; empty when it is None. */
  readonly traceback: readonly FrameEntry[];
  readonly cause?: ExceptionRecord | null;
  readonly context?: ExceptionRecord | null;
  readonly suppressContext?: boolean;
  /** `exceptions` of a BaseExceptionGroup; absent for other exceptions. */
  readonly exceptions?: readonly ExceptionRecord[] | null;
  readonly syntaxError?: SyntaxErrorLocation | null;
}

// ---------------------------------------------------------------------------
// Public entry points

/**
 * The whole text PyErr_Display writes for `exc`. `tracebackLimit` is
 * sys.tracebacklimit when that is an int (undefined when unset or not an int).
 */
export function formatException(exc: ExceptionRecord, getLine: SourceLineReader,
  tracebackLimit?: number | bigint): string {
  const printer = new ExceptionPrinter(getLine, resolveLimit(tracebackLimit));
  printer.printRecursive(exc);
  return printer.out;
}

/** PyTraceBack_Print: the `Traceback (most recent call last):` header and the
 *  entries, as for unraisable exceptions. Empty when there are no entries. */
export function formatTraceback(entries: readonly FrameEntry[], getLine: SourceLineReader,
  tracebackLimit?: number | bigint): string {
  const printer = new ExceptionPrinter(getLine, resolveLimit(tracebackLimit));
  printer.printTraceback(entries, TB_HEADER, '');
  return printer.out;
}

// ---------------------------------------------------------------------------
// Exception printing (pythonrun.c)

const TB_HEADER = 'Traceback (most recent call last):\n';
const GROUP_TB_HEADER = 'Exception Group Traceback (most recent call last):\n';
const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';
/** PyTraceBack_LIMIT: entries printed when sys.tracebacklimit is unset. */
const DEFAULT_TB_LIMIT = 1000;
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
/** TB_RECURSIVE_CUTOFF: identical entries shown before they are counted. */
const RECURSIVE_CUTOFF = 3;

/** The number of entries to print; 0 prints no traceback at all (not even
 *  the header), as for sys.tracebacklimit <= 0. */
function resolveLimit(limit: number | bigint | undefined): number {
  if (limit === undefined) return DEFAULT_TB_LIMIT;
  // A limit beyond a C long means "everything"; one below it means nothing.
  if (typeof limit === 'bigint') return limit > 0n ? Infinity : 0;
  return limit > 0 ? limit : 0;
}

class ExceptionPrinter {
  out = '';
  /** ctx->exception_group_depth */
  private depth = 0;
  /** EXC_INDENT and EXC_MARGIN for the current depth, kept up to date by setDepth. */
  private indent = '';
  private margin = '';
  private needClose = false;
  private readonly seen = new Set<ExceptionRecord>();

  constructor(private readonly getLine: SourceLineReader, private readonly limit: number) {}

  private setDepth(depth: number): void {
    this.depth = depth;
    this.indent = ' '.repeat(2 * depth);
    this.margin = depth === 0 ? '' : this.indent + '| ';
  }

  printRecursive(exc: ExceptionRecord): void {
    this.printCauseAndContext(exc);
    if (exc.exceptions) this.printGroup(exc, exc.exceptions);
    else this.printException(exc);
  }

  private printCauseAndContext(exc: ExceptionRecord): void {
    this.seen.add(exc);
    const cause = exc.cause;
    if (cause) {
      // A cause hides the context even when the cause itself was already shown.
      if (!this.seen.has(cause)) this.printChained(cause, CAUSE_MESSAGE);
      return;
    }
    if (exc.suppressContext) return;
    const context = exc.context;
    if (context && !this.seen.has(context)) this.printChained(context, CONTEXT_MESSAGE);
  }

  private printChained(exc: ExceptionRecord, message: string): void {
    // The chained exception may open and close boxes of its own.
    const needClose = this.needClose;
    this.printRecursive(exc);
    this.needClose = needClose;
    const m = this.margin;
    this.out += m + '\n' + m + message + m + '\n';
  }

  private printException(exc: ExceptionRecord): void {
    const isGroup = exc.exceptions != null;
    // Only the outermost group's header carries the '+' that opens its box.
    this.printTraceback(exc.traceback, isGroup ? GROUP_TB_HEADER : TB_HEADER,
      isGroup && this.depth === 1 ? this.indent + '+ ' : this.margin);
    if (exc.syntaxError) this.out += this.margin + syntaxErrorLocation(exc, exc.syntaxError);
    this.printMessage(exc);
    if (exc.suggestion != null) this.out += `. Did you mean: ${reprStr(exc.suggestion)}?`;
    this.out += '\n';
    if (exc.notes != null) this.printNotes(exc.notes);
  }

  /** The final line: `module.Qualname: str`, module omitted for builtins and __main__. */
  private printMessage(exc: ExceptionRecord): void {
    let line = this.margin;
    if (exc.module === null) line += '<unknown>.';
    else if (exc.module !== 'builtins' && exc.module !== '__main__') line += exc.module + '.';
    line += exc.qualname;
    const message = exc.message;
    if (message === null) line += ': <exception str() failed>';
    else if (message) line += ': ' + message;
    this.out += line;
  }

  private printNotes(notes: NotesRecord): void {
    if (!isNoteList(notes)) {
      // CPython writes no newline after a __notes__ that is not a sequence.
      this.out += this.margin + (notes.repr ?? '<__notes__ repr() failed>');
      return;
    }
    for (const note of notes) {
      if (note === null) {
        this.out += '<note str() failed>';
      } else {
        // Every line of a note gets the margin; an empty note is a bare newline.
        forEachLine(note, (line) => { this.out += this.margin + line; });
      }
      this.out += '\n';
    }
  }

  private printGroup(exc: ExceptionRecord, members: readonly ExceptionRecord[]): void {
    if (this.depth > MAX_GROUP_DEPTH) {
      this.out += this.margin + `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
      return;
    }
    if (this.depth === 0) this.setDepth(1);
    this.printException(exc);

    const count = members.length;
    const shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    this.needClose = false;
    for (let i = 0; i < shown; i++) {
      const last = i === shown - 1;
      // The closing rule may be written by a nested group's last member instead.
      if (last) this.needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      const title = truncated ? '...' : String(i + 1);
      this.out += this.indent + (i === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`;
      this.setDepth(this.depth + 1);
      if (!truncated) {
        this.printRecursive(members[i]!);
      } else {
        const remaining = count - MAX_GROUP_WIDTH;
        this.out += this.margin + `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`;
      }
      if (last && this.needClose) {
        this.out += this.indent + '+------------------------------------\n';
        this.needClose = false;
      }
      this.setDepth(this.depth - 1);
    }
    if (this.depth === 1) this.setDepth(0);
  }

  /** _PyTraceBack_Print_Indented and tb_printinternal. */
  printTraceback(entries: readonly FrameEntry[], header: string, headerMargin: string): void {
    if (entries.length === 0 || this.limit <= 0) return;
    this.out += headerMargin + header;
    let lastFile: string | null = null;
    let lastLine = -1;
    let lastName: string | null = null;
    let count = 0;
    for (let i = Math.max(0, entries.length - this.limit); i < entries.length; i++) {
      const entry = entries[i]!;
      // A line number of -1 never repeats (CPython tests last_line == -1 first).
      if (lastFile === null || entry.filename !== lastFile || lastLine === -1 ||
          entry.lineno !== lastLine || lastName === null || entry.name !== lastName) {
        if (count > RECURSIVE_CUTOFF) this.printRepeated(count);
        lastFile = entry.filename;
        lastLine = entry.lineno;
        lastName = entry.name;
        count = 0;
      }
      count++;
      if (count <= RECURSIVE_CUTOFF) this.printEntry(entry);
    }
    if (count > RECURSIVE_CUTOFF) this.printRepeated(count);
  }

  private printRepeated(count: number): void {
    // Written without the group margin, as tb_print_line_repeated does.
    const more = count - RECURSIVE_CUTOFF;
    this.out += `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
  }

  /** tb_displayline: the File line, the source line and the marker line. */
  private printEntry(entry: FrameEntry): void {
    const margin = this.margin;
    this.out += margin + `  File "${entry.filename}", line ${entry.lineno}, in ${entry.name}\n`;
    const line = this.sourceLine(entry.filename, entry.lineno);
    if (line === null) return;
    const indentation = leadingWhitespace(line);
    this.out += margin + SOURCE_INDENT + line.slice(indentation) + '\n';
    if (entry.positions === null) return;
    const markers = markerLine(entry.filename, line, indentation, entry.positions);
    if (markers !== null) this.out += margin + markers;
  }

  /** The line as display_source_line reads it, its '\n' removed; null when none. */
  private sourceLine(filename: string, lineno: number): string | null {
    // The reader decides which names have lines: the interpreter's never opens
    // <string> or <stdin>, a linecache reader knows doctest's <doctest ...> examples.
    if (lineno < 1) return null;
    const raw = this.getLine(filename, lineno);
    // An empty read is end of file (PyFile_GetLine's EOFError).
    if (raw === null || raw === '') return null;
    return raw.charCodeAt(raw.length - 1) === 0x0a ? raw.slice(0, -1) : raw;
  }
}

function isNoteList(notes: NotesRecord): notes is readonly (string | null)[] {
  return Array.isArray(notes);
}

// str.splitlines(keepends=True): the boundaries Python's str recognises.
const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/g;

/** Calls `emit` with each line of `text` as str.splitlines(True) splits it. */
function forEachLine(text: string, emit: (line: string) => void): void {
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    emit(text.slice(start, LINE_BREAK.lastIndex));
    start = LINE_BREAK.lastIndex;
  }
  if (start < text.length) emit(text.slice(start));
}

/**
 * The `File "...", line N` line and source text of a SyntaxError, from the
 * existing SyntaxError report. Its own last line is cut off: the message is
 * printed by printMessage, which qualifies the type name and adds the margin.
 */
function syntaxErrorLocation(exc: ExceptionRecord, loc: SyntaxErrorLocation): string {
  // The report uses end_lineno/end_offset only for SyntaxError itself, not for
  // subclasses; any subclass kind selects that behaviour.
  const kind: SyntaxErrorKind = exc.qualname === 'SyntaxError' && exc.module === 'builtins'
    ? 'SyntaxError' : 'IndentationError';
  const err = new PySyntaxError(kind, '', loc.filename, loc.lineno, loc.offset, loc.text,
    loc.endLineno, loc.endOffset);
  const report = formatSyntaxError(err);
  return report.slice(0, report.length - kind.length - 1);
}

// ---------------------------------------------------------------------------
// The marker line under a source line (traceback.c tb_displayline)

/** _TRACEBACK_SOURCE_LINE_INDENT */
const SOURCE_INDENT = '    ';
const SPACE = 0x20;
const TAB = 0x09;
const FORM_FEED = 0x0c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_PAREN = 0x29;

const NON_ASCII = /[^\x00-\x7f]/;
const SURROGATE = /[\uD800-\uDFFF]/;
const utf8Encoder = new TextEncoder();

/** Traceback.c's IS_WHITESPACE: the only characters stripped or skipped. */
function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === FORM_FEED;
}

function leadingWhitespace(line: string): number {
  let i = 0;
  while (i < line.length && isWhitespace(line.charCodeAt(i))) i++;
  return i;
}

/** Anchors split the marked span into `~` operands and a `^` operator or
 *  subscript. Offsets are code points into the source line. */
interface Anchors {
  leftEnd: number;
  rightStart: number;
  primary: string;
  secondary: string;
}

/**
 * The carets under `line` (without the margin), or null when CPython prints
 * none: positions unknown, text CPython cannot encode, or a plain span that
 * covers the whole stripped line.
 */
function markerLine(filename: string, line: string, indentation: number, pos: Positions): string | null {
  const { lineno, endLineno, colOffset, endColOffset } = pos;
  if (lineno === null || endLineno === null || colOffset === null || endColOffset === null ||
      lineno < 0 || endLineno < 0 || colOffset < 0 || endColOffset < 0) {
    return null;
  }
  const ascii = !NON_ASCII.test(line);
  // PyUnicode_AsUTF8 fails on lone surrogates, and CPython then gives up.
  if (!ascii && hasLoneSurrogate(line)) return null;

  const start = byteToCharOffset(line, ascii, colOffset);
  let end = byteToCharOffset(line, ascii, endColOffset);
  let anchors: Anchors | null = null;
  if (lineno === endLineno) {
    anchors = findAnchors(filename, line, ascii, start, end);
  } else {
    // A span that goes on to later lines is marked to the end of this one.
    end = multiLineEnd(line, ascii);
  }
  const strippedLength = (ascii ? line.length : codePointLength(line)) - indentation;
  if (end - start === strippedLength && anchors === null) return null;

  // Markers are placed by display width: East Asian wide characters take two columns.
  const dpStart = displayWidth(line, ascii, start);
  const dpEnd = displayWidth(line, ascii, end);
  const truncation = indentation - SOURCE_INDENT.length;
  if (anchors === null) return caretRow(truncation, dpStart, dpEnd, -1, -1, '^', '^', false);
  return caretRow(truncation, dpStart, dpEnd, displayWidth(line, ascii, anchors.leftEnd),
    displayWidth(line, ascii, anchors.rightStart), anchors.primary, anchors.secondary, true);
}

/**
 * print_error_location_carets: one character for each column k (1-based, from
 * the start of the unstripped line) in (truncation, end]: a space up to
 * `start`, then `secondary` for leftEnd < k <= rightStart and `primary` elsewhere.
 */
function caretRow(truncation: number, start: number, end: number, leftEnd: number, rightStart: number,
  primary: string, secondary: string, special: boolean): string {
  const first = truncation + 1;
  let row = repeatRange(' ', first, Math.min(start, end));
  const from = Math.max(first, start + 1);
  if (!special) return row + repeatRange(primary, from, end) + '\n';
  row += repeatRange(primary, from, Math.min(leftEnd, end));
  row += repeatRange(secondary, Math.max(from, leftEnd + 1), Math.min(rightStart, end));
  row += repeatRange(primary, Math.max(from, leftEnd + 1, rightStart + 1), end);
  return row + '\n';
}

/** `ch` once for each column of the inclusive range [from, to]. */
function repeatRange(ch: string, from: number, to: number): string {
  return to >= from ? ch.repeat(to - from + 1) : '';
}

/**
 * The multi-line case: CPython looks for the last non-whitespace character
 * by indexing the UTF-8 bytes with a count of code points, so lines with
 * non-ASCII text get an end that is neither; reproduced as is.
 */
function multiLineEnd(line: string, ascii: boolean): number {
  const bytes = ascii ? null : utf8Encoder.encode(line);
  let i = ascii ? line.length : codePointLength(line);
  while (--i >= 0) {
    if (!isWhitespace(bytes === null ? line.charCodeAt(i) : bytes[i]!)) break;
  }
  return i + 1;
}

/**
 * extract_anchors_from_line: parse the marked text on its own and, for a
 * binary operation or a subscript, find the operator or the bracketed part.
 * The arithmetic is in UTF-8 bytes of the segment, as the AST's columns are.
 */
function findAnchors(filename: string, line: string, ascii: boolean, start: number, end: number): Anchors | null {
  const segment = ascii ? line.slice(start, end) : codePointSlice(line, start, end);
  let tree: A.mod;
  try {
    tree = parse(segment, { filename, mode: 'exec' });
  } catch {
    // Any failure to parse means plain carets, as CPython ignores the error.
    return null;
  }
  if (tree._type !== 'Module' || tree.body.length !== 1) return null;
  const stmt = tree.body[0]!;
  if (stmt._type !== 'Expr') return null;
  const expr = stmt.value;
  const segAscii = ascii || !NON_ASCII.test(segment);
  const bytes: Uint8Array | null = segAscii ? null : utf8Encoder.encode(segment);
  const byteAt = (i: number): number => (bytes === null ? segment.charCodeAt(i) : bytes[i]!);
  const size = bytes === null ? segment.length : bytes.length;

  let left: number;
  let right: number;
  let primary = '^';
  let secondary = '^';
  if (expr._type === 'BinOp') {
    left = -1;
    right = -1;
    const rightStart = expr.right.col_offset;
    // The operator is the first non-blank text after the left operand, past
    // any closing parentheses of a parenthesized left operand.
    for (let i = expr.left.end_col_offset; i < rightStart; i++) {
      const c = byteAt(i);
      if (isWhitespace(c)) continue;
      left = i;
      right = i + 1;
      // A second non-blank character makes a two-character operator (e.g. //).
      if (i + 1 < rightStart && !isWhitespace(byteAt(i + 1))) right++;
      if (i + 1 < rightStart && c === CLOSE_PAREN) continue;
      primary = '~';
      secondary = '^';
      break;
    }
  } else if (expr._type === 'Subscript') {
    // From the '[' after the value through the ']' after the slice.
    left = expr.value.end_col_offset;
    right = expr.slice.end_col_offset + 1;
    while (left < size && byteAt(left) !== OPEN_BRACKET) left++;
    while (right < size && byteAt(right) !== CLOSE_BRACKET) right++;
    if (right < size) right++;
    primary = '~';
    secondary = '^';
  } else {
    return null;
  }
  return {
    leftEnd: byteToCharOffset(segment, segAscii, left) + start,
    rightStart: byteToCharOffset(segment, segAscii, right) + start,
    primary,
    secondary,
  };
}

// ---------------------------------------------------------------------------
// Offsets: UTF-8 bytes, code points and display columns

/**
 * _PyPegen_byte_offset_to_character_offset: the number of characters that
 * `offset` bytes of the UTF-8 text decode to with errors="replace" (a cut
 * multi-byte sequence counts as one). The text ends at its first NUL, and an
 * offset past the end is clipped to one beyond it, which counts the
 * terminating NUL as a character.
 */
function byteToCharOffset(text: string, ascii: boolean, offset: number): number {
  if (ascii) {
    const nul = text.indexOf('\0');
    return Math.min(offset, (nul < 0 ? text.length : nul) + 1);
  }
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp === 0) break;
    if (cp > 0xffff) i++;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > offset) return bytes < offset ? chars + 1 : chars;
    bytes += n;
    chars++;
  }
  return offset > bytes ? chars + 1 : chars;
}

/**
 * _PyPegen_calculate_display_width: the columns that the first `offset`
 * characters take on a terminal. An all-ASCII prefix answers `offset` itself,
 * even past the end of the line; otherwise the prefix is clipped to the line.
 */
function displayWidth(line: string, ascii: boolean, offset: number): number {
  if (ascii) return offset;
  let width = 0;
  let count = 0;
  let seenNonAscii = false;
  for (let i = 0; i < line.length && count < offset; i++, count++) {
    const cp = line.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp >= 0x80) seenNonAscii = true;
    width += isWideChar(cp) ? 2 : 1;
  }
  return seenNonAscii ? width : offset;
}

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** s[start:end] in code points, clipped to the string as PyUnicode_Substring does. */
function codePointSlice(s: string, start: number, end: number): string {
  let unit = 0;
  let cp = 0;
  let from = -1;
  while (unit < s.length && cp < end) {
    if (cp === start) from = unit;
    unit += s.codePointAt(unit)! > 0xffff ? 2 : 1;
    cp++;
  }
  return from < 0 ? '' : s.slice(from, unit);
}

function hasLoneSurrogate(s: string): boolean {
  if (!SURROGATE.test(s)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff || i + 1 >= s.length) return true;
    const d = s.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return true;
    i++;
  }
  return false;
}

/** Whether unicodedata.east_asian_width(chr(cp)) is 'W' or 'F' in CPython 3.11.7
 *  (which also reports many unassigned code points as 'F'). */
export function isWideChar(cp: number): boolean {
  // Most text lies below the first run; no search for it.
  if (cp < WIDE_RUNS[0]!) return false;
  // Count the run bounds <= cp: odd means inside a [start, end) run.
  let lo = 0;
  let hi = WIDE_RUNS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (WIDE_RUNS[mid]! <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

// BEGIN GENERATED by tools/gen_traceback_cases.py: do not edit.
// Python 3.11.7, Unicode 14.0.0: the code points whose
// unicodedata.east_asian_width is W or F, as flattened [start, end) runs.
const WIDE_RUNS: readonly number[] = [
  0x378, 0x37a, 0x380, 0x384, 0x38b, 0x38c, 0x38d, 0x38e, 0x3a2, 0x3a3, 0x530, 0x531,
  0x557, 0x559, 0x58b, 0x58d, 0x590, 0x591, 0x5c8, 0x5d0, 0x5eb, 0x5ef, 0x5f5, 0x600,
  0x70e, 0x70f, 0x74b, 0x74d, 0x7b2, 0x7c0, 0x7fb, 0x7fd, 0x82e, 0x830, 0x83f, 0x840,
  0x85c, 0x85e, 0x85f, 0x860, 0x86b, 0x870, 0x88f, 0x890, 0x892, 0x898, 0x984, 0x985,
  0x98d, 0x98f, 0x991, 0x993, 0x9a9, 0x9aa, 0x9b1, 0x9b2, 0x9b3, 0x9b6, 0x9ba, 0x9bc,
  0x9c5, 0x9c7, 0x9c9, 0x9cb, 0x9cf, 0x9d7, 0x9d8, 0x9dc, 0x9de, 0x9df, 0x9e4, 0x9e6,
  0x9ff, 0xa01, 0xa04, 0xa05, 0xa0b, 0xa0f, 0xa11, 0xa13, 0xa29, 0xa2a, 0xa31, 0xa32,
  0xa34, 0xa35, 0xa37, 0xa38, 0xa3a, 0xa3c, 0xa3d, 0xa3e, 0xa43, 0xa47, 0xa49, 0xa4b,
  0xa4e, 0xa51, 0xa52, 0xa59, 0xa5d, 0xa5e, 0xa5f, 0xa66, 0xa77, 0xa81, 0xa84, 0xa85,
  0xa8e, 0xa8f, 0xa92, 0xa93, 0xaa9, 0xaaa, 0xab1, 0xab2, 0xab4, 0xab5, 0xaba, 0xabc,
  0xac6, 0xac7, 0xaca, 0xacb, 0xace, 0xad0, 0xad1, 0xae0, 0xae4, 0xae6, 0xaf2, 0xaf9,
  0xb00, 0xb01, 0xb04, 0xb05, 0xb0d, 0xb0f, 0xb11, 0xb13, 0xb29, 0xb2a, 0xb31, 0xb32,
  0xb34, 0xb35, 0xb3a, 0xb3c, 0xb45, 0xb47, 0xb49, 0xb4b, 0xb4e, 0xb55, 0xb58, 0xb5c,
  0xb5e, 0xb5f, 0xb64, 0xb66, 0xb78, 0xb82, 0xb84, 0xb85, 0xb8b, 0xb8e, 0xb91, 0xb92,
  0xb96, 0xb99, 0xb9b, 0xb9c, 0xb9d, 0xb9e, 0xba0, 0xba3, 0xba5, 0xba8, 0xbab, 0xbae,
  0xbba, 0xbbe, 0xbc3, 0xbc6, 0xbc9, 0xbca, 0xbce, 0xbd0, 0xbd1, 0xbd7, 0xbd8, 0xbe6,
  0xbfb, 0xc00, 0xc0d, 0xc0e, 0xc11, 0xc12, 0xc29, 0xc2a, 0xc3a, 0xc3c, 0xc45, 0xc46,
  0xc49, 0xc4a, 0xc4e, 0xc55, 0xc57, 0xc58, 0xc5b, 0xc5d, 0xc5e, 0xc60, 0xc64, 0xc66,
  0xc70, 0xc77, 0xc8d, 0xc8e, 0xc91, 0xc92, 0xca9, 0xcaa, 0xcb4, 0xcb5, 0xcba, 0xcbc,
  0xcc5, 0xcc6, 0xcc9, 0xcca, 0xcce, 0xcd5, 0xcd7, 0xcdd, 0xcdf, 0xce0, 0xce4, 0xce6,
  0xcf0, 0xcf1, 0xcf3, 0xd00, 0xd0d, 0xd0e, 0xd11, 0xd12, 0xd45, 0xd46, 0xd49, 0xd4a,
  0xd50, 0xd54, 0xd64, 0xd66, 0xd80, 0xd81, 0xd84, 0xd85, 0xd97, 0xd9a, 0xdb2, 0xdb3,
  0xdbc, 0xdbd, 0xdbe, 0xdc0, 0xdc7, 0xdca, 0xdcb, 0xdcf, 0xdd5, 0xdd6, 0xdd7, 0xdd8,
  0xde0, 0xde6, 0xdf0, 0xdf2, 0xdf5, 0xe01, 0xe3b, 0xe3f, 0xe5c, 0xe81, 0xe83, 0xe84,
  0xe85, 0xe86, 0xe8b, 0xe8c, 0xea4, 0xea5, 0xea6, 0xea7, 0xebe, 0xec0, 0xec5, 0xec6,
  0xec7, 0xec8, 0xece, 0xed0, 0xeda, 0xedc, 0xee0, 0xf00, 0xf48, 0xf49, 0xf6d, 0xf71,
  0xf98, 0xf99, 0xfbd, 0xfbe, 0xfcd, 0xfce, 0xfdb, 0x1000, 0x10c6, 0x10c7, 0x10c8, 0x10cd,
  0x10ce, 0x10d0, 0x1100, 0x1160, 0x1249, 0x124a, 0x124e, 0x1250, 0x1257, 0x1258, 0x1259, 0x125a,
  0x125e, 0x1260, 0x1289, 0x128a, 0x128e, 0x1290, 0x12b1, 0x12b2, 0x12b6, 0x12b8, 0x12bf, 0x12c0,
  0x12c1, 0x12c2, 0x12c6, 0x12c8, 0x12d7, 0x12d8, 0x1311, 0x1312, 0x1316, 0x1318, 0x135b, 0x135d,
  0x137d, 0x1380, 0x139a, 0x13a0, 0x13f6, 0x13f8, 0x13fe, 0x1400, 0x169d, 0x16a0, 0x16f9, 0x1700,
  0x1716, 0x171f, 0x1737, 0x1740, 0x1754, 0x1760, 0x176d, 0x176e, 0x1771, 0x1772, 0x1774, 0x1780,
  0x17de, 0x17e0, 0x17ea, 0x17f0, 0x17fa, 0x1800, 0x181a, 0x1820, 0x1879, 0x1880, 0x18ab, 0x18b0,
  0x18f6, 0x1900, 0x191f, 0x1920, 0x192c, 0x1930, 0x193c, 0x1940, 0x1941, 0x1944, 0x196e, 0x1970,
  0x1975, 0x1980, 0x19ac, 0x19b0, 0x19ca, 0x19d0, 0x19db, 0x19de, 0x1a1c, 0x1a1e, 0x1a5f, 0x1a60,
  0x1a7d, 0x1a7f, 0x1a8a, 0x1a90, 0x1a9a, 0x1aa0, 0x1aae, 0x1ab0, 0x1acf, 0x1b00, 0x1b4d, 0x1b50,
  0x1b7f, 0x1b80, 0x1bf4, 0x1bfc, 0x1c38, 0x1c3b, 0x1c4a, 0x1c4d, 0x1c89, 0x1c90, 0x1cbb, 0x1cbd,
  0x1cc8, 0x1cd0, 0x1cfb, 0x1d00, 0x1f16, 0x1f18, 0x1f1e, 0x1f20, 0x1f46, 0x1f48, 0x1f4e, 0x1f50,
  0x1f58, 0x1f59, 0x1f5a, 0x1f5b, 0x1f5c, 0x1f5d, 0x1f5e, 0x1f5f, 0x1f7e, 0x1f80, 0x1fb5, 0x1fb6,
  0x1fc5, 0x1fc6, 0x1fd4, 0x1fd6, 0x1fdc, 0x1fdd, 0x1ff0, 0x1ff2, 0x1ff5, 0x1ff6, 0x1fff, 0x2000,
  0x2065, 0x2066, 0x2072, 0x2074, 0x208f, 0x2090, 0x209d, 0x20a0, 0x20c1, 0x20d0, 0x20f1, 0x2100,
  0x218c, 0x2190, 0x231a, 0x231c, 0x2329, 0x232b, 0x23e9, 0x23ed, 0x23f0, 0x23f1, 0x23f3, 0x23f4,
  0x2427, 0x2440, 0x244b, 0x2460, 0x25fd, 0x25ff, 0x2614, 0x2616, 0x2648, 0x2654, 0x267f, 0x2680,
  0x2693, 0x2694, 0x26a1, 0x26a2, 0x26aa, 0x26ac, 0x26bd, 0x26bf, 0x26c4, 0x26c6, 0x26ce, 0x26cf,
  0x26d4, 0x26d5, 0x26ea, 0x26eb, 0x26f2, 0x26f4, 0x26f5, 0x26f6, 0x26fa, 0x26fb, 0x26fd, 0x26fe,
  0x2705, 0x2706, 0x270a, 0x270c, 0x2728, 0x2729, 0x274c, 0x274d, 0x274e, 0x274f, 0x2753, 0x2756,
  0x2757, 0x2758, 0x2795, 0x2798, 0x27b0, 0x27b1, 0x27bf, 0x27c0, 0x2b1b, 0x2b1d, 0x2b50, 0x2b51,
  0x2b55, 0x2b56, 0x2b74, 0x2b76, 0x2b96, 0x2b97, 0x2cf4, 0x2cf9, 0x2d26, 0x2d27, 0x2d28, 0x2d2d,
  0x2d2e, 0x2d30, 0x2d68, 0x2d6f, 0x2d71, 0x2d7f, 0x2d97, 0x2da0, 0x2da7, 0x2da8, 0x2daf, 0x2db0,
  0x2db7, 0x2db8, 0x2dbf, 0x2dc0, 0x2dc7, 0x2dc8, 0x2dcf, 0x2dd0, 0x2dd7, 0x2dd8, 0x2ddf, 0x2de0,
  0x2e5e, 0x303f, 0x3040, 0x3248, 0x3250, 0x4dc0, 0x4e00, 0xa4d0, 0xa62c, 0xa640, 0xa6f8, 0xa700,
  0xa7cb, 0xa7d0, 0xa7d2, 0xa7d3, 0xa7d4, 0xa7d5, 0xa7da, 0xa7f2, 0xa82d, 0xa830, 0xa83a, 0xa840,
  0xa878, 0xa880, 0xa8c6, 0xa8ce, 0xa8da, 0xa8e0, 0xa954, 0xa95f, 0xa960, 0xa980, 0xa9ce, 0xa9cf,
  0xa9da, 0xa9de, 0xa9ff, 0xaa00, 0xaa37, 0xaa40, 0xaa4e, 0xaa50, 0xaa5a, 0xaa5c, 0xaac3, 0xaadb,
  0xaaf7, 0xab01, 0xab07, 0xab09, 0xab0f, 0xab11, 0xab17, 0xab20, 0xab27, 0xab28, 0xab2f, 0xab30,
  0xab6c, 0xab70, 0xabee, 0xabf0, 0xabfa, 0xd7b0, 0xd7c7, 0xd7cb, 0xd7fc, 0xd800, 0xf900, 0xfb00,
  0xfb07, 0xfb13, 0xfb18, 0xfb1d, 0xfb37, 0xfb38, 0xfb3d, 0xfb3e, 0xfb3f, 0xfb40, 0xfb42, 0xfb43,
  0xfb45, 0xfb46, 0xfbc3, 0xfbd3, 0xfd90, 0xfd92, 0xfdc8, 0xfdcf, 0xfdd0, 0xfdf0, 0xfe10, 0xfe20,
  0xfe30, 0xfe70, 0xfe75, 0xfe76, 0xfefd, 0xfeff, 0xff00, 0xff61, 0xffbf, 0xffc2, 0xffc8, 0xffca,
  0xffd0, 0xffd2, 0xffd8, 0xffda, 0xffdd, 0xffe8, 0xffef, 0xfff9, 0xfffe, 0x10000, 0x1000c, 0x1000d,
  0x10027, 0x10028, 0x1003b, 0x1003c, 0x1003e, 0x1003f, 0x1004e, 0x10050, 0x1005e, 0x10080, 0x100fb, 0x10100,
  0x10103, 0x10107, 0x10134, 0x10137, 0x1018f, 0x10190, 0x1019d, 0x101a0, 0x101a1, 0x101d0, 0x101fe, 0x10280,
  0x1029d, 0x102a0, 0x102d1, 0x102e0, 0x102fc, 0x10300, 0x10324, 0x1032d, 0x1034b, 0x10350, 0x1037b, 0x10380,
  0x1039e, 0x1039f, 0x103c4, 0x103c8, 0x103d6, 0x10400, 0x1049e, 0x104a0, 0x104aa, 0x104b0, 0x104d4, 0x104d8,
  0x104fc, 0x10500, 0x10528, 0x10530, 0x10564, 0x1056f, 0x1057b, 0x1057c, 0x1058b, 0x1058c, 0x10593, 0x10594,
  0x10596, 0x10597, 0x105a2, 0x105a3, 0x105b2, 0x105b3, 0x105ba, 0x105bb, 0x105bd, 0x10600, 0x10737, 0x10740,
  0x10756, 0x10760, 0x10768, 0x10780, 0x10786, 0x10787, 0x107b1, 0x107b2, 0x107bb, 0x10800, 0x10806, 0x10808,
  0x10809, 0x1080a, 0x10836, 0x10837, 0x10839, 0x1083c, 0x1083d, 0x1083f, 0x10856, 0x10857, 0x1089f, 0x108a7,
  0x108b0, 0x108e0, 0x108f3, 0x108f4, 0x108f6, 0x108fb, 0x1091c, 0x1091f, 0x1093a, 0x1093f, 0x10940, 0x10980,
  0x109b8, 0x109bc, 0x109d0, 0x109d2, 0x10a04, 0x10a05, 0x10a07, 0x10a0c, 0x10a14, 0x10a15, 0x10a18, 0x10a19,
  0x10a36, 0x10a38, 0x10a3b, 0x10a3f, 0x10a49, 0x10a50, 0x10a59, 0x10a60, 0x10aa0, 0x10ac0, 0x10ae7, 0x10aeb,
  0x10af7, 0x10b00, 0x10b36, 0x10b39, 0x10b56, 0x10b58, 0x10b73, 0x10b78, 0x10b92, 0x10b99, 0x10b9d, 0x10ba9,
  0x10bb0, 0x10c00, 0x10c49, 0x10c80, 0x10cb3, 0x10cc0, 0x10cf3, 0x10cfa, 0x10d28, 0x10d30, 0x10d3a, 0x10e60,
  0x10e7f, 0x10e80, 0x10eaa, 0x10eab, 0x10eae, 0x10eb0, 0x10eb2, 0x10f00, 0x10f28, 0x10f30, 0x10f5a, 0x10f70,
  0x10f8a, 0x10fb0, 0x10fcc, 0x10fe0, 0x10ff7, 0x11000, 0x1104e, 0x11052, 0x11076, 0x1107f, 0x110c3, 0x110cd,
  0x110ce, 0x110d0, 0x110e9, 0x110f0, 0x110fa, 0x11100, 0x11135, 0x11136, 0x11148, 0x11150, 0x11177, 0x11180,
  0x111e0, 0x111e1, 0x111f5, 0x11200, 0x11212, 0x11213, 0x1123f, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128a,
  0x1128e, 0x1128f, 0x1129e, 0x1129f, 0x112aa, 0x112b0, 0x112eb, 0x112f0, 0x112fa, 0x11300, 0x11304, 0x11305,
  0x1130d, 0x1130f, 0x11311, 0x11313, 0x11329, 0x1132a, 0x11331, 0x11332, 0x11334, 0x11335, 0x1133a, 0x1133b,
  0x11345, 0x11347, 0x11349, 0x1134b, 0x1134e, 0x11350, 0x11351, 0x11357, 0x11358, 0x1135d, 0x11364, 0x11366,
  0x1136d, 0x11370, 0x11375, 0x11400, 0x1145c, 0x1145d, 0x11462, 0x11480, 0x114c8, 0x114d0, 0x114da, 0x11580,
  0x115b6, 0x115b8, 0x115de, 0x11600, 0x11645, 0x11650, 0x1165a, 0x11660, 0x1166d, 0x11680, 0x116ba, 0x116c0,
  0x116ca, 0x11700, 0x1171b, 0x1171d, 0x1172c, 0x11730, 0x11747, 0x11800, 0x1183c, 0x118a0, 0x118f3, 0x118ff,
  0x11907, 0x11909, 0x1190a, 0x1190c, 0x11914, 0x11915, 0x11917, 0x11918, 0x11936, 0x11937, 0x11939, 0x1193b,
  0x11947, 0x11950, 0x1195a, 0x119a0, 0x119a8, 0x119aa, 0x119d8, 0x119da, 0x119e5, 0x11a00, 0x11a48, 0x11a50,
  0x11aa3, 0x11ab0, 0x11af9, 0x11c00, 0x11c09, 0x11c0a, 0x11c37, 0x11c38, 0x11c46, 0x11c50, 0x11c6d, 0x11c70,
  0x11c90, 0x11c92, 0x11ca8, 0x11ca9, 0x11cb7, 0x11d00, 0x11d07, 0x11d08, 0x11d0a, 0x11d0b, 0x11d37, 0x11d3a,
  0x11d3b, 0x11d3c, 0x11d3e, 0x11d3f, 0x11d48, 0x11d50, 0x11d5a, 0x11d60, 0x11d66, 0x11d67, 0x11d69, 0x11d6a,
  0x11d8f, 0x11d90, 0x11d92, 0x11d93, 0x11d99, 0x11da0, 0x11daa, 0x11ee0, 0x11ef9, 0x11fb0, 0x11fb1, 0x11fc0,
  0x11ff2, 0x11fff, 0x1239a, 0x12400, 0x1246f, 0x12470, 0x12475, 0x12480, 0x12544, 0x12f90, 0x12ff3, 0x13000,
  0x1342f, 0x13430, 0x13439, 0x14400, 0x14647, 0x16800, 0x16a39, 0x16a40, 0x16a5f, 0x16a60, 0x16a6a, 0x16a6e,
  0x16abf, 0x16ac0, 0x16aca, 0x16ad0, 0x16aee, 0x16af0, 0x16af6, 0x16b00, 0x16b46, 0x16b50, 0x16b5a, 0x16b5b,
  0x16b62, 0x16b63, 0x16b78, 0x16b7d, 0x16b90, 0x16e40, 0x16e9b, 0x16f00, 0x16f4b, 0x16f4f, 0x16f88, 0x16f8f,
  0x16fa0, 0x1bc00, 0x1bc6b, 0x1bc70, 0x1bc7d, 0x1bc80, 0x1bc89, 0x1bc90, 0x1bc9a, 0x1bc9c, 0x1bca4, 0x1cf00,
  0x1cf2e, 0x1cf30, 0x1cf47, 0x1cf50, 0x1cfc4, 0x1d000, 0x1d0f6, 0x1d100, 0x1d127, 0x1d129, 0x1d1eb, 0x1d200,
  0x1d246, 0x1d2e0, 0x1d2f4, 0x1d300, 0x1d357, 0x1d360, 0x1d379, 0x1d400, 0x1d455, 0x1d456, 0x1d49d, 0x1d49e,
  0x1d4a0, 0x1d4a2, 0x1d4a3, 0x1d4a5, 0x1d4a7, 0x1d4a9, 0x1d4ad, 0x1d4ae, 0x1d4ba, 0x1d4bb, 0x1d4bc, 0x1d4bd,
  0x1d4c4, 0x1d4c5, 0x1d506, 0x1d507, 0x1d50b, 0x1d50d, 0x1d515, 0x1d516, 0x1d51d, 0x1d51e, 0x1d53a, 0x1d53b,
  0x1d53f, 0x1d540, 0x1d545, 0x1d546, 0x1d547, 0x1d54a, 0x1d551, 0x1d552, 0x1d6a6, 0x1d6a8, 0x1d7cc, 0x1d7ce,
  0x1da8c, 0x1da9b, 0x1daa0, 0x1daa1, 0x1dab0, 0x1df00, 0x1df1f, 0x1e000, 0x1e007, 0x1e008, 0x1e019, 0x1e01b,
  0x1e022, 0x1e023, 0x1e025, 0x1e026, 0x1e02b, 0x1e100, 0x1e12d, 0x1e130, 0x1e13e, 0x1e140, 0x1e14a, 0x1e14e,
  0x1e150, 0x1e290, 0x1e2af, 0x1e2c0, 0x1e2fa, 0x1e2ff, 0x1e300, 0x1e7e0, 0x1e7e7, 0x1e7e8, 0x1e7ec, 0x1e7ed,
  0x1e7ef, 0x1e7f0, 0x1e7ff, 0x1e800, 0x1e8c5, 0x1e8c7, 0x1e8d7, 0x1e900, 0x1e94c, 0x1e950, 0x1e95a, 0x1e95e,
  0x1e960, 0x1ec71, 0x1ecb5, 0x1ed01, 0x1ed3e, 0x1ee00, 0x1ee04, 0x1ee05, 0x1ee20, 0x1ee21, 0x1ee23, 0x1ee24,
  0x1ee25, 0x1ee27, 0x1ee28, 0x1ee29, 0x1ee33, 0x1ee34, 0x1ee38, 0x1ee39, 0x1ee3a, 0x1ee3b, 0x1ee3c, 0x1ee42,
  0x1ee43, 0x1ee47, 0x1ee48, 0x1ee49, 0x1ee4a, 0x1ee4b, 0x1ee4c, 0x1ee4d, 0x1ee50, 0x1ee51, 0x1ee53, 0x1ee54,
  0x1ee55, 0x1ee57, 0x1ee58, 0x1ee59, 0x1ee5a, 0x1ee5b, 0x1ee5c, 0x1ee5d, 0x1ee5e, 0x1ee5f, 0x1ee60, 0x1ee61,
  0x1ee63, 0x1ee64, 0x1ee65, 0x1ee67, 0x1ee6b, 0x1ee6c, 0x1ee73, 0x1ee74, 0x1ee78, 0x1ee79, 0x1ee7d, 0x1ee7e,
  0x1ee7f, 0x1ee80, 0x1ee8a, 0x1ee8b, 0x1ee9c, 0x1eea1, 0x1eea4, 0x1eea5, 0x1eeaa, 0x1eeab, 0x1eebc, 0x1eef0,
  0x1eef2, 0x1f000, 0x1f004, 0x1f005, 0x1f02c, 0x1f030, 0x1f094, 0x1f0a0, 0x1f0af, 0x1f0b1, 0x1f0c0, 0x1f0c1,
  0x1f0cf, 0x1f0d1, 0x1f0f6, 0x1f100, 0x1f18e, 0x1f18f, 0x1f191, 0x1f19b, 0x1f1ae, 0x1f1e6, 0x1f200, 0x1f321,
  0x1f32d, 0x1f336, 0x1f337, 0x1f37d, 0x1f37e, 0x1f394, 0x1f3a0, 0x1f3cb, 0x1f3cf, 0x1f3d4, 0x1f3e0, 0x1f3f1,
  0x1f3f4, 0x1f3f5, 0x1f3f8, 0x1f43f, 0x1f440, 0x1f441, 0x1f442, 0x1f4fd, 0x1f4ff, 0x1f53e, 0x1f54b, 0x1f54f,
  0x1f550, 0x1f568, 0x1f57a, 0x1f57b, 0x1f595, 0x1f597, 0x1f5a4, 0x1f5a5, 0x1f5fb, 0x1f650, 0x1f680, 0x1f6c6,
  0x1f6cc, 0x1f6cd, 0x1f6d0, 0x1f6d3, 0x1f6d5, 0x1f6e0, 0x1f6eb, 0x1f6f0, 0x1f6f4, 0x1f700, 0x1f774, 0x1f780,
  0x1f7d9, 0x1f800, 0x1f80c, 0x1f810, 0x1f848, 0x1f850, 0x1f85a, 0x1f860, 0x1f888, 0x1f890, 0x1f8ae, 0x1f8b0,
  0x1f8b2, 0x1f900, 0x1f90c, 0x1f93b, 0x1f93c, 0x1f946, 0x1f947, 0x1fa00, 0x1fa54, 0x1fa60, 0x1fa6e, 0x1fb00,
  0x1fb93, 0x1fb94, 0x1fbcb, 0x1fbf0, 0x1fbfa, 0xe0001, 0xe0002, 0xe0020, 0xe0080, 0xe0100, 0xe01f0, 0xf0000,
  0xffffe, 0x100000, 0x10fffe, 0x110000,
];
// END GENERATED
