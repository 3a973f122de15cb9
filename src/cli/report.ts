// The report CPython 3.11 prints on stderr for an uncaught SyntaxError (and its
// subclasses IndentationError and TabError) raised while compiling a script.
// It mirrors pythonrun.c: print_exception -> parse_syntax_error ->
// print_error_text. That code works on the UTF-8 bytes of `text` while
// `offset`/`end_offset` are whatever numbers the exception carries, so with
// non-ASCII text before the error the caret lands where CPython puts it, not
// necessarily under the offending character. We reproduce that on purpose.

import type { PySyntaxError } from '../parse/errors.js';

const SPACE = 0x20;
const TAB = 0x09;
const FORM_FEED = 0x0c;
const NEWLINE = 0x0a;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

/** The full stderr text (ending in a newline) for `err`. */
export function formatSyntaxError(err: PySyntaxError): string {
  const lastLine = err.msg === '' ? `${err.kind}\n` : `${err.kind}: ${err.msg}\n`;
  // CPython's `lineno=None` (encoding errors found before a script is read):
  // parse_syntax_error fails and only `Kind: msg` is printed.
  if (err.noLocation) {
    return lastLine;
  }
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) {
    out += formatErrorText(err);
  }
  return out + lastLine;
}

// The source line and caret line: print_exception_file_and_line's clipping of
// end_offset followed by print_error_text.
function formatErrorText(err: PySyntaxError): string {
  let bytes = utf8Encoder.encode(err.text ?? '');
  // CPython hands the text to C string functions, which stop at a NUL.
  const nul = bytes.indexOf(0);
  if (nul >= 0) bytes = bytes.subarray(0, nul);

  // parse_syntax_error reads end_lineno/end_offset only for SyntaxError
  // itself; for subclasses they are (lineno, -1), hence a single caret.
  const isPlainSyntaxError = err.kind === 'SyntaxError';
  const endLineno = isPlainSyntaxError ? err.endLineno : err.lineno;
  let endOffset = isPlainSyntaxError ? err.endOffset : -1;
  let offset = err.offset;

  const lineSize = bytes.length;
  // A range ending on a later line is shown up to the end of this one.
  if (endLineno > err.lineno) endOffset = lineSize;
  // Never more carets than the line has room for.
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

  // From here on: print_error_text, with offset made 0-based.
  offset -= 1;
  let start = 0;
  while (start < bytes.length && (bytes[start] === SPACE || bytes[start] === TAB || bytes[start] === FORM_FEED)) {
    start++;
    offset--;
  }
  let len = bytes.length - start;
  if (len > 0 && bytes[start + len - 1] === NEWLINE) len--;
  if (offset > len) offset = len;

  // Text that holds several lines: skip to the line that contains the offset.
  for (;;) {
    const nl = bytes.indexOf(NEWLINE, start);
    if (nl < 0) break;
    let inl = nl - start;
    if (inl >= offset) break;
    inl += 1;
    start += inl;
    len -= inl;
    offset -= inl;
  }

  let out = '    ' + utf8Decoder.decode(bytes.subarray(start));
  if (bytes[start + len] !== NEWLINE) out += '\n';
  // No caret when it would point left of the (stripped) text.
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
}
