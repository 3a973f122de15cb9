// ast.dump(node, annotate_fields=True, include_attributes, indent) of CPython
// 3.11 (Lib/ast.py): optional fields that are None are left out, a node whose
// fields are all simple and at most three goes on one line.

import { FIELDS, OPTIONAL_FIELDS, ATTRIBUTES } from './ast.js';
import { BytesConst, ComplexConst, ELLIPSIS, FloatConst } from './constants.js';
import { reprBytes, reprComplex, reprFloat, reprStr } from '../common/repr.js';

export interface DumpOptions {
  includeAttributes?: boolean;
  /** Spaces per level; null for the single-line form. */
  indent?: number | null;
}

type AnyValue = unknown;

export function dump(node: object, options: DumpOptions = {}): string {
  const indent = options.indent === undefined || options.indent === null ? null : ' '.repeat(Math.max(0, options.indent));
  const includeAttributes = options.includeAttributes ?? false;

  function format(value: AnyValue, level: number): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return ['[' + prefix + value.map((x) => format(x, level)[0]).join(sep) + ']', false];
    }
    if (value !== null && typeof value === 'object' && '_type' in value) {
      const n = value as Record<string, AnyValue> & { _type: string };
      const cls = n._type;
      const args: string[] = [];
      let allSimple = true;
      const optional = OPTIONAL_FIELDS[cls];
      for (const name of FIELDS[cls]) {
        const v = n[name];
        if (v === null && optional !== undefined && optional.includes(name)) continue;
        const [s, simple] = format(v, level);
        allSimple = allSimple && simple;
        args.push(name + '=' + s);
      }
      if (includeAttributes) {
        const attrs = ATTRIBUTES[cls];
        if (attrs !== undefined) {
          for (const name of attrs) {
            const [s, simple] = format(n[name], level);
            allSimple = allSimple && simple;
            args.push(name + '=' + s);
          }
        }
      }
      if (allSimple && args.length <= 3) return [cls + '(' + args.join(', ') + ')', args.length === 0];
      return [cls + '(' + prefix + args.join(sep) + ')', false];
    }
    return [reprConst(value), true];
  }

  return format(node, 0)[0];
}

/** repr() of a value stored in the tree. */
export function reprConst(v: AnyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === ELLIPSIS) return 'Ellipsis';
  if (typeof v === 'string') return reprStr(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return String(v);
  if (v instanceof FloatConst) return reprFloat(v.value);
  if (v instanceof ComplexConst) return reprComplex(v.real, v.imag);
  if (v instanceof BytesConst) return reprBytes(v.bytes);
  return String(v);
}
