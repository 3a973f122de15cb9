// SyntaxError as the parser and tokenizer raise it. The fields are those of
// CPython's SyntaxError: `offset`/`endOffset` are 1-based and count
// characters (code points) of `text`, as CPython reports them after
// converting its internal UTF-8 byte offsets.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line; 0 when CPython reports no line (encoding errors). */
    readonly lineno: number,
    /** 1-based character offset in `text`; -1 or 0 when CPython gives none. */
    readonly offset: number,
    /** The source line including its newline, or null. */
    readonly text: string | null,
    readonly endLineno: number,
    readonly endOffset: number,
    /**
     * CPython's error carries no location at all (filename and lineno None):
     * encoding problems found before a script is read. Only `Kind: msg` prints.
     */
    readonly noLocation = false,
  ) {
    super(msg);
  }
}
