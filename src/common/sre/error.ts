// re.error: the exception for invalid patterns and replacement templates.
// It cannot go through raise() because the re module's exception carries
// attributes (msg, pattern, pos, lineno, colno) besides its message; the re
// module turns an SreError into its Python `re.error` with the same fields.

export class SreError extends Error {
  readonly lineno: number | null;
  readonly colno: number | null;

  /** `pos` counts code points (str) or bytes (bytes) into `pattern`. */
  constructor(
    readonly msg: string,
    readonly pattern: string | Uint8Array | null = null,
    readonly pos: number | null = null,
  ) {
    let text = msg;
    let lineno: number | null = null;
    let colno: number | null = null;
    if (pattern !== null && pos !== null) {
      text = `${msg} at position ${pos}`;
      const units = typeof pattern === 'string' ? Array.from(pattern, (ch) => ch.codePointAt(0)!) : pattern;
      let lastNewline = -1;
      let newlines = 0;
      for (let i = 0; i < pos && i < units.length; i++) {
        if (units[i] === 0x0a) {
          newlines++;
          lastNewline = i;
        }
      }
      lineno = newlines + 1;
      colno = pos - lastNewline;
      if (units.indexOf(0x0a) >= 0) text += ` (line ${lineno}, column ${colno})`;
    }
    super(text);
    this.name = 'error';
    this.lineno = lineno;
    this.colno = colno;
  }
}
