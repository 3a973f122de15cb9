// Constant folding as CPython's AST optimizer (Python/ast_opt.c) does it, for
// the places where the folded value changes what a program sees: a display of
// constants `{1, -2, 2 ** 40}` or the operand of `in` / the iterable of `for`
// becomes a frozenset constant whose table decides the iteration order.
//
// Folded: constants, tuples of them, unary + - ~ not on numbers, and binary
// arithmetic on ints, floats and strs within ast_opt.c's size limits. What
// this does not fold (complex arithmetic, tuple arithmetic) is evaluated at
// run time as before.

import type * as A from '../parse/ast.js';
import { FloatConst, type ConstValue } from '../parse/constants.js';

export type Folded = ConstValue | { tuple: Folded[] };

/** ast_opt.c's limits on what folding may build. */
const MAX_INT_SIZE = 128; // bits
const MAX_STR_SIZE = 4096;

export function foldConst(e: A.expr): Folded | null {
  switch (e._type) {
    case 'Constant':
      return e.value;
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
    default:
      return null;
  }
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

function foldUnary(op: string, v: Folded): Folded | null {
  if (op === 'Not') {
    if (typeof v === 'boolean') return !v;
    const i = intOf(v);
    if (i !== null) return i === 0n;
    if (v instanceof FloatConst) return v.value === 0;
    if (typeof v === 'string') return v.length === 0;
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
  if (typeof a === 'string' || typeof b === 'string') return foldStr(op, a, b);
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

function foldStr(op: string, a: Folded, b: Folded): Folded | null {
  if (op === 'Add' && typeof a === 'string' && typeof b === 'string') {
    return cpLen(a) + cpLen(b) > MAX_STR_SIZE ? null : a + b;
  }
  if (op === 'Mult') {
    const [s, n] = typeof a === 'string' ? [a, intOf(b)] : [b as string, intOf(a)];
    if (n === null || typeof s !== 'string') return null;
    const size = cpLen(s);
    if (n <= 0n) return '';
    if (size > 0 && n > BigInt(Math.floor(MAX_STR_SIZE / size))) return null;
    return s.repeat(Number(n));
  }
  return null;
}

function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
