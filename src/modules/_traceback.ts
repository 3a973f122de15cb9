// _traceback: what lib/traceback.py needs from the parser and the Unicode tables. CPython's
// traceback module parses the marked part of a source line with `ast` to
// place the `~`/`^` anchors of a binary operation or a subscript; pyheap has
// no Python-level `ast` yet, so this module parses the segment and returns
// just the AST columns that placement uses; without `unicodedata`, it also
// gives the display width of text.

import { decref } from '../runtime/object.js';
import { PyStr } from '../runtime/types/str.js';
import { newInt } from '../runtime/types/int.js';
import { newTuple } from '../runtime/types/tuple.js';
import { newNone } from '../runtime/types/none.js';
import { newBuiltin } from '../runtime/types/builtinfunc.js';
import { checkArgs } from '../runtime/types/builtinfunc.js';
import { PyModule } from '../runtime/types/module.js';
import { typeError } from '../runtime/errors.js';
import { parse, PySyntaxError } from '../parse/index.js';
import { newStr } from '../runtime/types/str.js';
import { isWideChar } from '../runtime/tracebackFormat.js';
import type { Interpreter } from '../runtime/interp.js';

export function initTracebackHelpers(m: PyModule, _interp: Interpreter): void {
  // segment_anchors(segment): for a segment that parses as one expression
  // statement, ('BinOp', left.end_col_offset, right.col_offset) or
  // ('Subscript', value.end_col_offset, slice.end_col_offset) (UTF-8 byte
  // offsets); None for anything else or text that does not parse.
  const f = newBuiltin('segment_anchors', (_s, a, k) => {
    checkArgs('segment_anchors', a, k, 1, 1);
    const seg = a[0];
    if (!(seg instanceof PyStr)) throw typeError(`segment_anchors() argument must be str, not ${seg.type.name}`);
    let tree;
    try {
      tree = parse(seg.v, { filename: '<unknown>', mode: 'exec', byteOffsets: true });
    } catch (e) {
      if (e instanceof PySyntaxError) return newNone();
      throw e;
    }
    if (tree._type !== 'Module' || tree.body.length !== 1) return newNone();
    const stmt = tree.body[0];
    if (stmt._type !== 'Expr') return newNone();
    const x = stmt.value;
    if (x._type === 'BinOp') return newTuple([newStr('BinOp'), newInt(x.left.end_col_offset!), newInt(x.right.col_offset)]);
    if (x._type === 'Subscript') return newTuple([newStr('Subscript'), newInt(x.value.end_col_offset!), newInt(x.slice.end_col_offset!)]);
    return newNone();
  }, '_traceback');
  m.set('segment_anchors', f);
  decref(f);
  // display_width(text): terminal columns, East Asian wide and fullwidth characters taking two.
  const w = newBuiltin('display_width', (_s, a, k) => {
    checkArgs('display_width', a, k, 1, 1);
    const text = a[0];
    if (!(text instanceof PyStr)) throw typeError(`display_width() argument must be str, not ${text.type.name}`);
    let n = 0;
    for (const ch of text.v) n += isWideChar(ch.codePointAt(0)!) ? 2 : 1;
    return newInt(n);
  }, '_traceback');
  m.set('display_width', w);
  decref(w);
}
