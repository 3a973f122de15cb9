// Constant folding as CPython 3.11's AST optimizer (Python/ast_opt.c) does
// it. The folded value is a constant of the code object, shared with every
// equal constant of the compilation unit, so `x = 'a' + 'b'` is the very
// object `'ab'` is, and `(1, 2) is (1, 2)` holds; and a display of constants
// `{1, -2, 2 ** 40}` or the operand of `in` / the iterable of `for` becomes a
// frozenset constant whose table decides the iteration order.
//
// Folded: constants, tuples of them, unary + - ~ not, binary arithmetic on
// ints, floats and complex numbers, str, bytes and tuple concatenation and
// repetition, and subscripts of a constant by a constant, within ast_opt.c's
// size limits (ints up to 128 bits, strs and bytes up to 4096 items made by
// repetition, tuples up to 256 items). Not folded, and evaluated at run time
// as before: float `//`, `%` and `**` (their results are libm's), complex
// division and powers.

import type * as A from '../parse/ast.js';
import { Constant, FormattedValue, JoinedStr } from '../parse/ast.js';
import { FloatConst, ComplexConst, BytesConst, type ConstValue } from '../parse/constants.js';

/** None while folding (null means "not foldable"); foldedValue turns it back into null. */
export const NONE: unique symbol = Symbol('None');

export type Folded = ConstValue | typeof NONE | { tuple: Folded[] };

/** A folded scalar as a constant's value. */
export function foldedValue(f: Exclude<Folded, { tuple: Folded[] }>): ConstValue {
  return f === NONE ? null : f;
}

/** ast_opt.c's limits on what folding may build. */
const MAX_INT_SIZE = 128; // bits
const MAX_STR_SIZE = 4096;
const MAX_COLLECTION_SIZE = 256;
const MAX_TOTAL_ITEMS = 1024;

export function foldConst(e: A.expr): Folded | null {
  switch (e._type) {
    case 'Constant':
      return e.value === null ? NONE : e.value;
    case 'Tuple': {
      const items: Folded[] = [];
      for (const x of e.elts) {
        const f = foldConst(x);
        if (f === null) return null;
        items.push(f);
      }
      return { tuple: items };
    }
    case 'UnaryOp': {
      const v = foldConst(e.operand);
      if (v === null) return null;
      return foldUnary(e.op._type, v);
    }
    case 'BinOp': {
      const a = foldConst(e.left);
      if (a === null) return null;
      const b = foldConst(e.right);
      if (b === null) return null;
      return foldBinary(e.op._type, a, b);
    }
    case 'Subscript': {
      const a = foldConst(e.value);
      if (a === null) return null;
      const k = foldConst(e.slice);
      return k === null ? null : foldSubscript(a, k);
    }
    default:
      return null;
  }
}

function isTuple(v: Folded): v is { tuple: Folded[] } {
  return v !== null && typeof v === 'object' && 'tuple' in v;
}

/** A constant indexed by an int constant (a str, bytes or tuple); out of range is left to run time. */
function foldSubscript(a: Folded, k: Folded): Folded | null {
  const i = intOf(k);
  if (i === null) return null;
  let n: number;
  if (typeof a === 'string') n = cpLen(a);
  else if (a instanceof BytesConst) n = a.bytes.length;
  else if (isTuple(a)) n = a.tuple.length;
  else return null;
  const j = i < 0n ? i + BigInt(n) : i;
  if (j < 0n || j >= BigInt(n)) return null;
  if (typeof a === 'string') return [...a][Number(j)];
  if (a instanceof BytesConst) return BigInt(a.bytes[Number(j)]);
  return (a as { tuple: Folded[] }).tuple[Number(j)];
}

/** check_complexity: the items of a tuple, nested tuples included, against a budget. */
function complexity(v: Folded, limit: number): number {
  if (!isTuple(v)) return limit;
  limit -= v.tuple.length;
  for (let i = 0; limit >= 0 && i < v.tuple.length; i++) limit = complexity(v.tuple[i], limit);
  return limit;
}

/** Sequence concatenation and repetition (str, bytes, tuple), or null. */
function foldSeq(op: string, a: Folded, b: Folded): Folded | null {
  if (op === 'Add') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof BytesConst && b instanceof BytesConst) {
      const out = new Uint8Array(a.bytes.length + b.bytes.length);
      out.set(a.bytes);
      out.set(b.bytes, a.bytes.length);
      return new BytesConst(out);
    }
    if (isTuple(a) && isTuple(b)) return { tuple: [...a.tuple, ...b.tuple] };
    return null;
  }
  if (op !== 'Mult') return null;
  const seqFirst = typeof a === 'string' || a instanceof BytesConst || isTuple(a);
  const s: Folded = seqFirst ? a : b;
  const nv = intOf(seqFirst ? b : a);
  if (nv === null) return null;
  if (typeof s === 'string' || s instanceof BytesConst) {
    const size = typeof s === 'string' ? cpLen(s) : s.bytes.length;
    if (size > 0 && (nv < 0n || nv > BigInt(Math.floor(MAX_STR_SIZE / size)))) return null;
    const n = nv <= 0n ? 0 : Number(nv);
    if (typeof s === 'string') return s.repeat(n);
    const out = new Uint8Array(s.bytes.length * n);
    for (let i = 0; i < n; i++) out.set(s.bytes, i * s.bytes.length);
    return new BytesConst(out);
  }
  if (!isTuple(s)) return null;
  const size = s.tuple.length;
  if (size > 0) {
    if (nv < 0n || nv > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
    if (nv > 0n && complexity(s, Math.floor(MAX_TOTAL_ITEMS / Number(nv))) < 0) return null;
  }
  const n = nv <= 0n ? 0 : Number(nv);
  const items: Folded[] = [];
  for (let i = 0; i < n; i++) items.push(...s.tuple);
  return { tuple: items };
}

/** A complex operand (ints and floats convert), or null. */
function complexOf(v: Folded): [number, number] | null {
  if (v instanceof ComplexConst) return [v.real, v.imag];
  const f = floatOf(v);
  return f === null ? null : [f, 0];
}

/** An int operand (bools are ints), or null. */
function intOf(v: Folded): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

/** A float operand (an int converts, correctly rounded), or null. */
function floatOf(v: Folded): number | null {
  if (v instanceof FloatConst) return v.value;
  const i = intOf(v);
  return i === null ? null : Number(i);
}

function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

/** The truth value of a folded constant (PyObject_IsTrue). */
export function isTrue(v: Folded): boolean {
  if (typeof v === 'boolean') return v;
  const i = intOf(v);
  if (i !== null) return i !== 0n;
  if (v instanceof FloatConst) return v.value !== 0;
  if (v instanceof ComplexConst) return v.real !== 0 || v.imag !== 0;
  if (typeof v === 'string') return v.length !== 0;
  if (v instanceof BytesConst) return v.bytes.length !== 0;
  if (isTuple(v)) return v.tuple.length !== 0;
  return v !== NONE;
}

function foldUnary(op: string, v: Folded): Folded | null {
  if (op === 'Not') return !isTrue(v);
  if (v instanceof ComplexConst) {
    if (op === 'USub') return new ComplexConst(-v.real, -v.imag);
    if (op === 'UAdd') return v;
    return null;
  }
  const i = intOf(v);
  if (i !== null) {
    if (op === 'USub') return -i;
    if (op === 'UAdd') return i;
    if (op === 'Invert') return -i - 1n;
    return null;
  }
  if (v instanceof FloatConst) {
    if (op === 'USub') return new FloatConst(-v.value);
    if (op === 'UAdd') return v;
  }
  return null;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function foldBinary(op: string, a: Folded, b: Folded): Folded | null {
  if (typeof a === 'string' || typeof b === 'string' || a instanceof BytesConst || b instanceof BytesConst ||
    isTuple(a) || isTuple(b)) return foldSeq(op, a, b);
  if (a instanceof ComplexConst || b instanceof ComplexConst) {
    const p = complexOf(a);
    const q = complexOf(b);
    if (p === null || q === null) return null;
    switch (op) {
      case 'Add': return new ComplexConst(p[0] + q[0], p[1] + q[1]);
      case 'Sub': return new ComplexConst(p[0] - q[0], p[1] - q[1]);
      case 'Mult': return new ComplexConst(p[0] * q[0] - p[1] * q[1], p[0] * q[1] + p[1] * q[0]);
      default: return null;
    }
  }
  // bool's &, | and ^ give bools.
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === 'BitAnd') return a && b;
    if (op === 'BitOr') return a || b;
    if (op === 'BitXor') return a !== b;
  }
  const x = intOf(a);
  const y = intOf(b);
  if (x !== null && y !== null) return foldInt(op, x, y);
  const fx = floatOf(a);
  const fy = floatOf(b);
  if (fx === null || fy === null) return null;
  // Float arithmetic is IEEE double arithmetic, as C's; division by zero is left to run time.
  switch (op) {
    case 'Add': return new FloatConst(fx + fy);
    case 'Sub': return new FloatConst(fx - fy);
    case 'Mult': return new FloatConst(fx * fy);
    case 'Div': return fy === 0 ? null : new FloatConst(fx / fy);
    default: return null;
  }
}

function foldInt(op: string, x: bigint, y: bigint): Folded | null {
  switch (op) {
    case 'Add': return x + y;
    case 'Sub': return x - y;
    case 'Mult': return x !== 0n && y !== 0n && bits(x) + bits(y) > MAX_INT_SIZE ? null : x * y;
    case 'Pow':
      if (y < 0n) return null;
      if (x !== 0n && y > 0n && BigInt(bits(x)) * y > BigInt(MAX_INT_SIZE)) return null;
      return x ** y;
    case 'LShift':
      if (y < 0n || y > BigInt(MAX_INT_SIZE)) return null;
      if (x !== 0n && bits(x) + Number(y) > MAX_INT_SIZE) return null;
      return x << y;
    case 'RShift': return y < 0n ? null : x >> y;
    case 'BitAnd': return x & y;
    case 'BitOr': return x | y;
    case 'BitXor': return x ^ y;
    case 'FloorDiv': return y === 0n ? null : floorDiv(x, y);
    case 'Mod': return y === 0n ? null : x - floorDiv(x, y) * y;
    case 'Div': {
      // Exact only while both fit a double's mantissa; larger ones are left to run time.
      const lim = 1n << 53n;
      if (y === 0n || x >= lim || x <= -lim || y >= lim || y <= -lim) return null;
      return new FloatConst(Number(x) / Number(y));
    }
    default: return null;
  }
}

function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * optimize_format (ast_opt.c): `'...' % (a, b)` with a str constant, a tuple
 * display without starred items, and only %s, %r and %a units (flags, and a
 * width and precision of at most two digits each), one per item, is the
 * f-string of those parts: each item is converted and formatted as it is
 * evaluated, and no tuple is built. Null when the expression stays a `%`.
 */
export function percentFormatted(e: A.BinOp): A.JoinedStr | null {
  if (e.op._type !== 'Mod' || e.right._type !== 'Tuple' || e.right.elts.some((x) => x._type === 'Starred')) return null;
  if (foldConst(e.right) !== null) return null;
  const fmt = foldConst(e.left);
  if (typeof fmt !== 'string') return null;
  const chars = [...fmt];
  const args = e.right.elts;
  const values: A.expr[] = [];
  let pos = 0;
  let used = 0;
  for (;;) {
    // A literal run, `%%` as `%`; the parts the optimizer makes have no location.
    let text = '';
    while (pos < chars.length && (chars[pos] !== '%' || chars[pos + 1] === '%')) {
      text += chars[pos];
      pos += chars[pos] === '%' ? 2 : 1;
    }
    if (text !== '') values.push(Constant(text, null, -1, -1, -1, -1));
    if (pos >= chars.length) break;
    if (used >= args.length) return null;
    const unit = formatUnit(chars, pos + 1);
    if (unit === null) return null;
    pos = unit.end;
    const arg = args[used++];
    const spec = unit.spec === '' ? null : JoinedStr([Constant(unit.spec, null, -1, -1, -1, -1)], -1, -1, -1, -1);
    values.push(FormattedValue(arg, unit.conversion, spec, arg.lineno, arg.col_offset, arg.end_lineno ?? arg.lineno, arg.end_col_offset ?? -1));
  }
  if (used < args.length) return null;
  return JoinedStr(values, e.lineno, e.col_offset, e.end_lineno ?? e.lineno, e.end_col_offset ?? -1);
}

/**
 * simple_format_arg_parse and parse_format: the %s, %r or %a unit from pos
 * (after its %), its conversion (FORMAT_VALUE's code) and the format spec it
 * becomes: '>' and the width unless left-justified, then '.' and the precision.
 */
function formatUnit(chars: string[], pos: number): { end: number; conversion: number; spec: string } | null {
  let ch: string | undefined;
  const next = () => (ch = chars[pos++]) !== undefined;
  let left = false;
  do {
    if (!next()) return null;
    if (ch === '-') left = true;
  } while ('-+ #0'.includes(ch!));
  /** A number of at most two digits, or null when there are more. */
  const number = (): string | null => {
    let n = '';
    while (ch! >= '0' && ch! <= '9') {
      n += ch;
      if (!next() || n.length >= 3) return null;
    }
    return n;
  };
  const width = number();
  if (width === null) return null;
  let spec = width !== '' ? `${!left && Number(width) > 0 ? '>' : ''}${Number(width)}` : '';
  if (ch === '.') {
    if (!next()) return null;
    const prec = number();
    if (prec === null) return null;
    spec += `.${Number(prec)}`;
  }
  const conversion = { s: 115, r: 114, a: 97 }[ch as 's' | 'r' | 'a'];
  return conversion === undefined ? null : { end: pos, conversion, spec };
}
