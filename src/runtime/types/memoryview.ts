// memoryview (Objects/memoryobject.c): a typed, shaped view of another
// object's bytes without copying them.
//
// The exporter's bytes are taken once into a managed buffer shared by every
// view made from it (slices, casts, memoryview(view)). While any view is
// alive the exporter counts an export, so a bytearray or a BytesIO refuses to
// be resized, as CPython's do. Items are packed and unpacked with the struct
// module's native single-character formats, little-endian as on x86-64.

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyBytes, newBytes, bytesHex, setBufferHook } from './bytes.js';
import { PyByteArray } from './bytearray.js';
import { PyInt, newIntAny, newInt, numberIndex } from './int.js';
import { PyFloat } from './float.js';
import { PyStr, newStr } from './str.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList, newList } from './list.js';
import { PySlice, SLICE, sliceIndices } from './slice.js';
import { newBool, True, False } from './bool.js';
import { None, Ellipsis, NotImplemented, newNone } from './none.js';
import { checkArgs } from './builtinfunc.js';
import { defMethod, defGetSet, exposeSlots } from './typeobject.js';
import { addressHex } from '../heap.js';
import { unpackArgs } from './int.js';
import { typeError, valueError, indexError, raiseNew } from '../errors.js';
import { NotImplementedErrorType } from './exceptions.js';
import { hashOf, eqBool, isTrue, Op, HASH } from '../abstract.js';
import { hashBytes, hashHi } from '../../common/hash.js';

export const MemoryViewType = builtinType('memoryview', ObjectType, { basicsize: 144, itemsize: 8, gc: true, baseType: false });

/** What an exporter lends: its bytes, whether they may be written, and how to end the loan. */
export interface BufferExport {
  bytes: Uint8Array;
  readonly: boolean;
  release(): void;
}

/** Exporters defined elsewhere (io.BytesIO) register here. */
const exporters: ((o: PyObject) => BufferExport | null)[] = [];
export function registerExporter(f: (o: PyObject) => BufferExport | null): void {
  exporters.push(f);
}

/** The bytes an exporter lends; a bytearray counts the export until it is released. */
function getBuffer(o: PyObject): BufferExport | null {
  if (o instanceof PyBytes) return { bytes: o.bytes, readonly: true, release() {} };
  if (o instanceof PyByteArray) {
    o.exports++;
    return { bytes: o.bytes, readonly: false, release: () => { o.exports--; } };
  }
  for (const f of exporters) {
    const b = f(o);
    if (b !== null) return b;
  }
  return null;
}

/** The snapshot of an exporter's buffer shared by all the views made from it. */
class ManagedBuffer {
  views = 0;
  constructor(public obj: PyObject, public exp: BufferExport) {}
  addView(): void {
    this.views++;
  }
  dropView(): void {
    if (--this.views > 0) return;
    this.exp.release();
    decref(this.obj);
  }
}

const ITEMSIZE: Record<string, number> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, f: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, d: 8, P: 8,
};

export class PyMemoryView extends PyObject {
  released = false;
  hashLo = 0;
  hashHi = 0;
  hashed = false;
  constructor(public mbuf: ManagedBuffer, public offset: number, public format: string, public itemsize: number,
    public shape: number[], public strides: number[], public readonly_: boolean) {
    super(MemoryViewType);
    mbuf.addView();
  }
  get bytes(): Uint8Array {
    return this.mbuf.exp.bytes;
  }
}

function checkReleased(m: PyMemoryView): void {
  if (m.released) throw valueError('operation forbidden on released memoryview object');
}

function nbytesOf(m: PyMemoryView): number {
  return m.shape.reduce((a, b) => a * b, 1) * m.itemsize;
}

function isCContiguous(m: PyMemoryView): boolean {
  let want = m.itemsize;
  for (let d = m.shape.length - 1; d >= 0; d--) {
    if (m.shape[d] === 0) return true;
    if (m.shape[d] !== 1 && m.strides[d] !== want) return false;
    want *= m.shape[d];
  }
  return true;
}

function isFContiguous(m: PyMemoryView): boolean {
  let want = m.itemsize;
  for (let d = 0; d < m.shape.length; d++) {
    if (m.shape[d] === 0) return true;
    if (m.shape[d] !== 1 && m.strides[d] !== want) return false;
    want *= m.shape[d];
  }
  return true;
}

/** A new memoryview of an exporter (or of another view's buffer). */
export function newMemoryView(o: PyObject): PyMemoryView {
  if (o instanceof PyMemoryView) {
    checkReleased(o);
    return new PyMemoryView(o.mbuf, o.offset, o.format, o.itemsize, [...o.shape], [...o.strides], o.readonly_);
  }
  const exp = getBuffer(o);
  if (exp === null) throw typeError(`memoryview: a bytes-like object is required, not '${o.type.name}'`);
  o.rc++;
  const mb = new ManagedBuffer(o, exp);
  return new PyMemoryView(mb, 0, 'B', 1, [exp.bytes.length], [1], exp.readonly);
}

// ---------------------------------------------------------------- items

function fmtChar(format: string): string {
  return format[0] === '@' ? format.slice(1) : format;
}

function unpack(m: PyMemoryView, pos: number): PyObject {
  const b = m.bytes;
  const dv = new DataView(b.buffer, b.byteOffset + pos, m.itemsize);
  switch (fmtChar(m.format)) {
    case 'B': return newInt(b[pos]);
    case 'b': return newInt(dv.getInt8(0));
    case 'c': return newBytes(b.slice(pos, pos + 1));
    case '?': return newBool(b[pos] !== 0);
    case 'h': return newInt(dv.getInt16(0, true));
    case 'H': return newInt(dv.getUint16(0, true));
    case 'i': return newInt(dv.getInt32(0, true));
    case 'I': return newInt(dv.getUint32(0, true));
    case 'l': case 'q': case 'n': return newIntAny(dv.getBigInt64(0, true));
    case 'L': case 'Q': case 'N': case 'P': return newIntAny(dv.getBigUint64(0, true));
    case 'f': return new PyFloat(dv.getFloat32(0, true));
    case 'd': return new PyFloat(dv.getFloat64(0, true));
  }
  throw raiseNew(NotImplementedErrorType, `memoryview: format ${m.format} not supported`);
}

const INT_RANGE: Record<string, [bigint, bigint]> = {
  B: [0n, 255n], b: [-128n, 127n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n], l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

function pack(m: PyMemoryView, pos: number, v: PyObject): void {
  const b = m.bytes;
  const dv = new DataView(b.buffer, b.byteOffset + pos, m.itemsize);
  const f = fmtChar(m.format);
  const invalidType = () => typeError(`memoryview: invalid type for format '${m.format}'`);
  if (f === 'c') {
    if (!(v instanceof PyBytes) || v.bytes.length !== 1) {
      if (v instanceof PyBytes) throw valueError(`memoryview: invalid value for format '${m.format}'`);
      throw invalidType();
    }
    b[pos] = v.bytes[0];
    return;
  }
  if (f === '?') {
    b[pos] = isTrue(v) ? 1 : 0;
    return;
  }
  if (f === 'f' || f === 'd') {
    if (!(v instanceof PyFloat) && !(v instanceof PyInt)) throw invalidType();
    const x = v instanceof PyFloat ? v.v : Number((v as PyInt).v);
    if (f === 'f') dv.setFloat32(0, x, true);
    else dv.setFloat64(0, x, true);
    return;
  }
  if (!(v instanceof PyInt) && v.type.index === null) throw invalidType();
  const iv = numberIndex(v);
  const x = BigInt(iv.v);
  decref(iv);
  const [lo, hi] = INT_RANGE[f];
  if (x < lo || x > hi) throw valueError(`memoryview: invalid value for format '${m.format}'`);
  switch (m.itemsize) {
    case 1: b[pos] = Number(BigInt.asUintN(8, x)); break;
    case 2: dv.setUint16(0, Number(BigInt.asUintN(16, x)), true); break;
    case 4: dv.setUint32(0, Number(BigInt.asUintN(32, x)), true); break;
    default: dv.setBigUint64(0, BigInt.asUintN(64, x), true);
  }
}

/** The items of a view in C order, unpacked, nested by dimension. */
function toList(m: PyMemoryView, dim: number, pos: number): PyObject {
  if (dim === m.shape.length) return unpack(m, pos);
  const out: PyObject[] = [];
  for (let i = 0; i < m.shape[dim]; i++) out.push(toList(m, dim + 1, pos + i * m.strides[dim]));
  return newList(out);
}

/** The bytes of a view in C order (tobytes()). */
export function viewBytes(m: PyMemoryView): Uint8Array {
  const out = new Uint8Array(nbytesOf(m));
  let o = 0;
  const walk = (dim: number, pos: number) => {
    if (dim === m.shape.length) {
      out.set(m.bytes.subarray(pos, pos + m.itemsize), o);
      o += m.itemsize;
      return;
    }
    for (let i = 0; i < m.shape[dim]; i++) walk(dim + 1, pos + i * m.strides[dim]);
  };
  walk(0, m.offset);
  return out;
}

/** An index of dimension 1, bounds-checked. */
function itemPos(m: PyMemoryView, k: PyObject): number {
  const iv = numberIndex(k);
  let i = Number(iv.v);
  decref(iv);
  const n = m.shape[0];
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('index out of bounds on dimension 1');
  return m.offset + i * m.strides[0];
}

function isIndex(k: PyObject): boolean {
  return k instanceof PyInt || k.type.index !== null;
}

function mvGetitem(o: PyObject, k: PyObject): PyObject {
  const m = o as PyMemoryView;
  checkReleased(m);
  const nd = m.shape.length;
  if (nd === 0) {
    if (k === Ellipsis) return (m.rc++, m);
    if (k instanceof PyTuple && k.items.length === 0) return unpack(m, m.offset);
    throw typeError('invalid indexing of 0-dim memory');
  }
  if (isIndex(k)) {
    if (nd > 1) throw raiseNew(NotImplementedErrorType, 'multi-dimensional sub-views are not implemented');
    return unpack(m, itemPos(m, k));
  }
  if (k instanceof PySlice) {
    // A slice selects along the first dimension; the others are kept.
    const n = sliceIndices(k, m.shape[0]);
    return new PyMemoryView(m.mbuf, m.offset + SLICE.start * m.strides[0], m.format, m.itemsize, [n, ...m.shape.slice(1)],
      [m.strides[0] * SLICE.step, ...m.strides.slice(1)], m.readonly_);
  }
  if (k instanceof PyTuple) {
    if (k.items.every(isIndex)) {
      if (k.items.length < nd) throw raiseNew(NotImplementedErrorType, 'sub-views are not implemented');
      if (k.items.length > nd) throw typeError(`cannot index ${nd}-dimension view with ${k.items.length}-element tuple`);
      let pos = m.offset;
      k.items.forEach((x, d) => {
        const iv = numberIndex(x);
        let i = Number(iv.v);
        decref(iv);
        if (i < 0) i += m.shape[d];
        if (i < 0 || i >= m.shape[d]) throw indexError(`index out of bounds on dimension ${d + 1}`);
        pos += i * m.strides[d];
      });
      return unpack(m, pos);
    }
    if (k.items.every((x) => x instanceof PySlice)) {
      throw raiseNew(NotImplementedErrorType, 'multi-dimensional slicing is not implemented');
    }
  }
  throw typeError('memoryview: invalid slice key');
}

function mvSetitem(o: PyObject, k: PyObject, v: PyObject | null): void {
  const m = o as PyMemoryView;
  checkReleased(m);
  if (m.readonly_) throw typeError('cannot modify read-only memory');
  if (v === null) throw typeError('cannot delete memory');
  const nd = m.shape.length;
  if (nd === 0) {
    if (k === Ellipsis || (k instanceof PyTuple && k.items.length === 0)) {
      pack(m, m.offset, v);
      return;
    }
    throw typeError('invalid indexing of 0-dim memory');
  }
  if (isIndex(k)) {
    if (nd > 1) throw raiseNew(NotImplementedErrorType, 'sub-views are not implemented');
    pack(m, itemPos(m, k), v);
    return;
  }
  if (k instanceof PySlice && nd === 1) {
    const n = sliceIndices(k, m.shape[0]);
    const start = SLICE.start;
    const step = SLICE.step;
    const src = newMemoryView(v);
    try {
      if (fmtChar(src.format) !== fmtChar(m.format) || src.itemsize !== m.itemsize || src.shape.length !== 1 || src.shape[0] !== n) {
        throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      }
      // Copied through a temporary: the two views may overlap.
      const data = viewBytes(src);
      for (let i = 0; i < n; i++) {
        m.bytes.set(data.subarray(i * m.itemsize, (i + 1) * m.itemsize), m.offset + (start + i * step) * m.strides[0]);
      }
    } finally {
      decref(src);
    }
    return;
  }
  if (k instanceof PyTuple && k.items.every(isIndex) && k.items.length === nd) {
    let pos = m.offset;
    k.items.forEach((x, d) => {
      const iv = numberIndex(x);
      let i = Number(iv.v);
      decref(iv);
      if (i < 0) i += m.shape[d];
      if (i < 0 || i >= m.shape[d]) throw indexError(`index out of bounds on dimension ${d + 1}`);
      pos += i * m.strides[d];
    });
    pack(m, pos, v);
    return;
  }
  throw typeError('memoryview: invalid slice key');
}

// ---------------------------------------------------------------- cast

const CAST_FORMAT_ERROR = "memoryview: destination format must be a native single character format prefixed with an optional '@'";

function cast(m: PyMemoryView, a: PyObject[], k: string[] | null): PyObject {
  const [fmtArg, shapeArg] = unpackArgs('cast', a, k, ['format', 'shape'], 0, 2, 1);
  checkReleased(m);
  if (!(fmtArg instanceof PyStr)) throw typeError(`cast() argument 'format' must be str, not ${fmtArg!.type.name}`);
  if (!isCContiguous(m)) throw typeError('memoryview: casts are restricted to C-contiguous views');
  let shape: number[] | null = null;
  if (shapeArg !== null) {
    if (!(shapeArg instanceof PyList) && !(shapeArg instanceof PyTuple)) throw typeError('shape must be a list or a tuple');
    shape = [];
    for (const x of (shapeArg as PyTuple).items) {
      if (!(x instanceof PyInt) || Number(x.v) <= 0) throw valueError('memoryview.cast(): elements of shape must be integers > 0');
      shape.push(Number(x.v));
    }
  }
  if ((shape !== null && shape.length !== 1 && m.shape.length !== 1) || (shape !== null && shape.length === 0 && m.shape.length !== 1)) {
    throw typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  const f = fmtArg.v;
  const ch = fmtChar(f);
  const size = ITEMSIZE[ch];
  if (ch.length !== 1 || size === undefined) throw valueError(CAST_FORMAT_ERROR);
  const isByte = (c: string) => c === 'B' || c === 'b' || c === 'c';
  if (!isByte(ch) && !isByte(fmtChar(m.format))) throw typeError('memoryview: cannot cast between two non-byte formats');
  const nbytes = nbytesOf(m);
  if (shape === null) {
    if (nbytes % size !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
    shape = [nbytes / size];
  } else if (shape.reduce((x, y) => x * y, 1) * size !== nbytes) {
    throw typeError('memoryview: product(shape) * itemsize != buffer size');
  }
  const strides: number[] = new Array(shape.length);
  let st = size;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = st;
    st *= shape[d];
  }
  return new PyMemoryView(m.mbuf, m.offset, f, size, shape, strides, m.readonly_);
}

// ---------------------------------------------------------------- comparison and hash

function mvCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== Op.EQ && op !== Op.NE) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  const m = a as PyMemoryView;
  let eq: boolean;
  if (a === b) eq = true;
  else if (m.released || (b instanceof PyMemoryView && b.released)) eq = false;
  else {
    let other: PyMemoryView;
    try {
      other = newMemoryView(b);
    } catch (e) {
      if (e instanceof PyObject) decref(e);
      NotImplemented.rc++;
      return NotImplemented;
    }
    try {
      eq = sameValues(m, other);
    } finally {
      decref(other);
    }
  }
  const r = (op === Op.EQ) === eq ? True : False;
  r.rc++;
  return r;
}

/** Equal shapes and equal items as Python values, item by item. */
function sameValues(x: PyMemoryView, y: PyMemoryView): boolean {
  if (x.shape.length !== y.shape.length || x.shape.some((n, i) => n !== y.shape[i])) return false;
  const lx = toList(x, 0, x.offset);
  const ly = toList(y, 0, y.offset);
  try {
    return eqBool(lx, ly);
  } finally {
    decref(lx);
    decref(ly);
  }
}

function mvHash(o: PyObject): number {
  const m = o as PyMemoryView;
  if (!m.hashed) {
    checkReleased(m);
    if (!m.readonly_) throw valueError('cannot hash writable memoryview object');
    const f = fmtChar(m.format);
    if (f !== 'B' && f !== 'b' && f !== 'c') throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    // The exporter must be hashable too (bytes is).
    hashOf(m.mbuf.obj);
    m.hashLo = hashBytes(viewBytes(m));
    m.hashHi = hashHi;
    m.hashed = true;
  }
  HASH.hi = m.hashHi;
  return m.hashLo;
}

function release(m: PyMemoryView): void {
  if (m.released) return;
  m.released = true;
  m.mbuf.dropView();
}

// ---------------------------------------------------------------- the type

function getter(name: string, f: (m: PyMemoryView) => PyObject): void {
  defGetSet(MemoryViewType, name, (o) => {
    checkReleased(o as PyMemoryView);
    return f(o as PyMemoryView);
  });
}

function method(name: string, min: number, max: number, f: (m: PyMemoryView, a: PyObject[]) => PyObject): void {
  defMethod(MemoryViewType, name, (s, a, k) => {
    checkArgs(name, a, k, min, max);
    return f(s as PyMemoryView, a);
  });
}

const ints = (xs: number[]) => newTuple(xs.map((x) => newInt(x)));

export function initMemoryView(): void {
  const T = MemoryViewType;
  T.new_ = (_t, args, kw) => {
    const [o] = unpackArgs('memoryview', args, kw, ['object'], 0, 1, 1);
    return newMemoryView(o!);
  };
  T.dealloc = (o) => {
    const m = o as PyMemoryView;
    if (!m.released) m.mbuf.dropView();
  };
  // The shape, strides and suboffsets arrays (one pointer each a dimension) end the object.
  defMethod(T, '__sizeof__', (s, a, k) => {
    checkArgs('memoryview.__sizeof__', a, k, 0, 0);
    return newInt(T.basicsize + T.itemsize * 3 * (s as PyMemoryView).shape.length);
  });
  T.repr = (o) => newStr(`<${(o as PyMemoryView).released ? 'released ' : ''}memory at ${addressHex(o)}>`);
  T.len = (o) => {
    const m = o as PyMemoryView;
    checkReleased(m);
    return m.shape.length === 0 ? 1 : m.shape[0];
  };
  T.getitem = mvGetitem;
  T.setitem = mvSetitem;
  T.richcompare = mvCompare;
  T.hash = mvHash;
  getter('obj', (m) => (m.mbuf.obj.rc++, m.mbuf.obj));
  getter('nbytes', (m) => newInt(nbytesOf(m)));
  getter('readonly', (m) => newBool(m.readonly_));
  getter('itemsize', (m) => newInt(m.itemsize));
  getter('format', (m) => newStr(m.format));
  getter('ndim', (m) => newInt(m.shape.length));
  getter('shape', (m) => ints(m.shape));
  getter('strides', (m) => ints(m.strides));
  getter('suboffsets', () => newTuple([]));
  getter('c_contiguous', (m) => newBool(isCContiguous(m)));
  getter('f_contiguous', (m) => newBool(isFContiguous(m)));
  getter('contiguous', (m) => newBool(isCContiguous(m) || isFContiguous(m)));
  method('tolist', 0, 0, (m) => (checkReleased(m), toList(m, 0, m.offset)));
  defMethod(T, 'tobytes', (s, a, k) => {
    const [order] = unpackArgs('tobytes', a, k, ['order'], 0, 1, 0);
    const m = s as PyMemoryView;
    checkReleased(m);
    if (order !== null && order !== None) {
      if (!(order instanceof PyStr) || !['C', 'F', 'A'].includes(order.v)) throw valueError("order must be 'C', 'F' or 'A'");
    }
    return newBytes(viewBytes(m));
  });
  defMethod(T, 'hex', (s, a, k) => {
    const m = s as PyMemoryView;
    checkReleased(m);
    return bytesHex(s, viewBytes(m), a, k);
  });
  method('toreadonly', 0, 0, (m) => {
    checkReleased(m);
    return new PyMemoryView(m.mbuf, m.offset, m.format, m.itemsize, [...m.shape], [...m.strides], true);
  });
  method('release', 0, 0, (m) => (release(m), newNone()));
  defMethod(T, 'cast', (s, a, k) => cast(s as PyMemoryView, a, k));
  method('__enter__', 0, 0, (m) => (checkReleased(m), m.rc++, m));
  defMethod(T, '__exit__', (s) => (release(s as PyMemoryView), newNone()));
  exposeSlots(T);
  // bytes(view), b''.join([view]), bytearray(view): a view lends its items in C order.
  setBufferHook((o) => (o instanceof PyMemoryView ? (checkReleased(o), viewBytes(o)) : null));
}
