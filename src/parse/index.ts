// The parser's public face: source text to CPython 3.11's AST.

import type * as A from './ast.js';
import { Parser } from './statements.js';
import { PySyntaxError } from './errors.js';
import type { ParseOptions } from './parserBase.js';

export { dump } from './dump.js';
export { decodeSource, decodeSourceInfo } from './source.js';
export { PySyntaxError };
export type { ParseOptions, ParseWarning } from './parserBase.js';

/** Parse `source` as ast.parse(source, filename, mode, type_comments) does; throws PySyntaxError. */
export function parse(source: string, options: ParseOptions): A.mod {
  const p = new Parser(source, options.filename, options.mode, options.typeComments ?? false, null, options.byteOffsets ?? false);
  p.fromFile = options.fromFile === true && options.mode === 'exec';
  try {
    return p.run() as A.mod;
  } catch (e) {
    // The JS stack is the one limit CPython's C parser does not share: the
    // error pass re-enters many rules per bracket level. Rather than crash,
    // report what CPython reports for nesting it cannot handle.
    if (e instanceof RangeError) {
      const t = p.tokens[p.tokens.length - 1];
      throw new PySyntaxError('SyntaxError', 'too many nested parentheses', options.filename,
        t.lineno, t.col + 1, p.tokenizer.lineText(t.lineno), t.endLineno, t.endCol + 1);
    }
    throw e;
  } finally {
    if (options.warnings !== undefined) {
      // The tokenizer's and the parser's (string literals') warnings, in the order of their lines.
      const found = [...p.tokenizer.warnings, ...p.warnings].sort((a, b) => a.lineno - b.lineno);
      for (const w of found) options.warnings.push({ category: w.category, message: w.message, lineno: w.lineno });
    }
  }
}
