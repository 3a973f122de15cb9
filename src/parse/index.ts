// The parser's public face: source text to CPython 3.11's AST.

import type * as A from './ast.js';
import { Parser } from './statements.js';
import type { ParseOptions } from './parserBase.js';

export { dump } from './dump.js';
export { decodeSource, decodeSourceInfo } from './source.js';
export { PySyntaxError } from './errors.js';
export type { ParseOptions, ParseWarning } from './parserBase.js';

/** Parse `source` as ast.parse(source, filename, mode, type_comments) does; throws PySyntaxError. */
export function parse(source: string, options: ParseOptions): A.mod {
  const p = new Parser(source, options.filename, options.mode, options.typeComments ?? false, null, options.byteOffsets ?? false);
  p.fromFile = options.fromFile === true && options.mode === 'exec';
  try {
    return p.run() as A.mod;
  } finally {
    if (options.warnings !== undefined) {
      for (const w of p.tokenizer.warnings) options.warnings.push({ category: w.category, message: w.message, lineno: w.lineno });
    }
  }
}
