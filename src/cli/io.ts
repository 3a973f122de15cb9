// The command line's view of the outside world, so that tools and tests can run
// the CLI in-process and capture what it prints.

export interface CliIO {
  /** Write to stdout / stderr; a write the OS refuses throws HostIOError (runtime/interp.ts). */
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Raw bytes of a file; throws a Node-style error (with `code`) if it cannot be read. */
  readFile(path: string): Uint8Array;
  /** Everything on standard input. */
  readStdin(): Uint8Array;
  /** One line of standard input with its newline, '' at the end (blocking). */
  readStdinLine?(): string;
  /** Whether stdin / stdout are terminals. */
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
}
