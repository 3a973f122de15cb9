// bytearray: a mutable sequence of bytes (Objects/bytearrayobject.c).
//
// `data` is the JS storage (its length is the capacity, grown by doubling);
// `size` bytes of it are the value. `alloc` and `start` are CPython's ob_alloc
// and the logical offset ob_start - ob_bytes, kept by PyByteArray_Resize's
// rules so that __alloc__ (and sys.getsizeof, basicsize + alloc) read
// CPython's figures. The methods shared with bytes are bytes.ts's, made to
// return bytearrays.

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { heapTrace, traceBlock } from '../heap.js';

export const ByteArrayType = builtinType('bytearray', ObjectType, { basicsize: 56 });

export class PyByteArray extends PyObject {
  data: Uint8Array = EMPTY;
  size = 0;
  /** ob_alloc: the bytes CPython's buffer has (the value, a trailing NUL, spare room). */
  alloc = 0;
  /** How far CPython's logical start has moved into its buffer (deleting from the front moves it). */
  start = 0;
  /** Buffers lent out (memoryviews): while any is, the size may not change. */
  exports = 0;
  constructor(type: PyType = ByteArrayType) {
    super(type);
  }
  /** The value (a view of the storage: read it before the bytearray changes). */
  get bytes(): Uint8Array {
    return this.data.subarray(0, this.size);
  }
}

const EMPTY = new Uint8Array(0);

/** The buffer (ob_alloc bytes) is the bytearray's secondary block BYTEARRAY_BUFFER for the allocation tracer. */
export const BYTEARRAY_BUFFER = 0;

/** PyByteArray_Resize: the new size, with CPython's choice of ob_alloc. */
export function byteArrayResize(ba: PyByteArray, n: number): void {
  if (n === ba.size) return;
  if (ba.exports > 0) throw newException(BufferErrorType, 'Existing exports of data: object cannot be re-sized');
  if (n + ba.start + 1 <= ba.alloc) {
    // A minor shrink (or a growth within the buffer) keeps it; a major shrink reallocates it exactly.
    if (n < Math.floor(ba.alloc / 2)) reallocated(ba, n + 1);
  } else if (n <= ba.alloc * 1.125) {
    // A moderate growth over-allocates, as list_resize does.
    reallocated(ba, n + (n >> 3) + (n < 9 ? 3 : 6));
  } else {
    reallocated(ba, n + 1);
  }
  if (n > ba.data.length) {
    const grown = new Uint8Array(Math.max(n, ba.data.length * 2));
    grown.set(ba.data.subarray(0, ba.size));
    ba.data = grown;
  }
  ba.size = n;
}

/** CPython allocated a new buffer of `alloc` bytes, whose logical start is its first byte. */
function reallocated(ba: PyByteArray, alloc: number): void {
  ba.alloc = alloc;
  if (heapTrace.on) traceBlock(ba, BYTEARRAY_BUFFER, alloc);
  ba.start = 0;
}

/** A new bytearray holding a copy of `b` (PyByteArray_FromStringAndSize: ob_alloc is size + 1). */
export function newByteArray(b: Uint8Array, type: PyType = ByteArrayType): PyByteArray {
  const ba = new PyByteArray(type);
  setContents(ba, b);
  return ba;
}

/** Replace an empty bytearray's contents with a copy of b. */
function setContents(ba: PyByteArray, b: Uint8Array): void {
  byteArrayResize(ba, b.length);
  ba.data.set(b);
}

import { NotImplemented, None, newNone } from './none.js';
import { TupleType, newTuple } from './tuple.js';
import { PyStr, newStr, subscriptIndex, sequenceItems, releaseItems, codecArg, exposeSequenceSlots, memoryError,
  repeatCountArg, beyondSsize, clinicArgs, cIntArg } from './str.js';
import { newInt, indexSsize, unpackArgs, defClassMethod, exposeNew } from './int.js';
import { PySlice, SLICE, sliceIndices } from './slice.js';
import { ListType } from './list.js';
import { checkArgs, wrapperArgs, wrapperUnpack } from './builtinfunc.js';
import { exposeSlots, exposeSlot, defMethod, genericGetAttr, allocInstance, instanceDict } from './typeobject.js';
import { PyBaseException, TypeErrorType, BufferErrorType, newException } from './exceptions.js';
import { typeError, valueError, indexError } from '../errors.js';
import { Op, Bin, getIter, iterNext } from '../abstract.js';
import { bytesHooks, bufferOf, byteValue, bytesContains, compareResult, concatArrays, repeatArray, sliceBytes, bytesFromIterable,
  sizeArg, encodeStr, defineByteMethods, fromHexFor, initBytesIterType, PyBytesIter, newBytes, latin1Of,
  type ByteKind } from './bytes.js';
import { bytesPercentFormat, isNumber } from '../format.js';

const BYTEARRAY_KIND: ByteKind = {
  name: 'bytearray',
  make: (b) => newByteArray(b),
  same: (_self, b) => newByteArray(b),
};

// ---------------------------------------------------------------- slots

/**
 * bytearray(b'...'): unlike bytes' repr, a single quote is escaped even
 * inside double quotes (bytearray_repr's own loop).
 */
function byteArrayRepr(o: PyObject): PyObject {
  const b = (o as PyByteArray).bytes;
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  let out = `${o.type.name}(b${quote}`;
  for (const c of b) {
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return newStr(out + quote + ')');
}

/** bytearray compares with any bytes-like object; anything else is NotImplemented. */
function byteArrayCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  const x = bufferOf(a);
  const y = bufferOf(b);
  if (x === null || y === null) {
    if (bytesHooks.warning !== null && (op === Op.EQ || op === Op.NE) && (a instanceof PyStr || b instanceof PyStr)) {
      bytesHooks.warning('Comparison between bytearray and string');
    }
    NotImplemented.rc++;
    return NotImplemented;
  }
  return compareResult(x, y, op);
}

function byteArraySubscript(o: PyObject, k: PyObject): PyObject {
  const ba = o as PyByteArray;
  if (k.type.index !== null) {
    let i = subscriptIndex(k);
    if (i < 0) i += ba.size;
    if (i < 0 || i >= ba.size) throw indexError('bytearray index out of range');
    return newInt(ba.data[i]);
  }
  if (k instanceof PySlice) return newByteArray(sliceBytes(ba.bytes, k));
  throw typeError(`bytearray indices must be integers or slices, not ${k.type.name}`);
}

/** bytearray_setslice_linear: replace ba[lo:hi] by `bytes` (null deletes). */
function setSliceLinear(ba: PyByteArray, lo: number, hi: number, bytes: Uint8Array | null): void {
  const needed = bytes === null ? 0 : bytes.length;
  const growth = needed - (hi - lo);
  const oldSize = ba.size;
  if (growth < 0) {
    ba.data.copyWithin(lo + needed, hi, oldSize);
    // Deleting from the front moves CPython's logical start instead of the bytes.
    if (lo === 0) ba.start -= growth;
    byteArrayResize(ba, oldSize + growth);
  } else if (growth > 0) {
    byteArrayResize(ba, oldSize + growth);
    ba.data.copyWithin(lo + needed, hi, oldSize);
  }
  if (bytes !== null) ba.data.set(bytes, lo);
}

/** ba[k] = v, and del ba[k] when v is null (bytearray_ass_subscript). */
function byteArraySetItem(o: PyObject, k: PyObject, v: PyObject | null): void {
  const ba = o as PyByteArray;
  let start: number;
  let stop: number;
  let step: number;
  let slicelen: number;
  if (k.type.index !== null) {
    let i = subscriptIndex(k);
    // The value is converted before the index is checked (its __index__ could resize the bytearray).
    const byte = v === null ? -1 : byteValue(v);
    if (i < 0) i += ba.size;
    if (i < 0 || i >= ba.size) throw indexError('bytearray index out of range');
    if (v !== null) {
      ba.data[i] = byte;
      return;
    }
    [start, stop, step, slicelen] = [i, i + 1, 1, 1];
  } else if (k instanceof PySlice) {
    slicelen = sliceIndices(k, ba.size);
    [start, stop, step] = [SLICE.start, SLICE.stop, SLICE.step];
  } else {
    throw typeError(`bytearray indices must be integers or slices, not ${k.type.name}`);
  }
  let bytes: Uint8Array | null = null;
  if (v !== null) {
    if (v instanceof PyByteArray && v !== ba) {
      bytes = v.bytes;
    } else {
      if (isNumber(v) || v instanceof PyStr) {
        throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      // Anything else (bytes, the bytearray itself, an iterable) is copied into a bytearray first.
      bytes = bytearrayBytesOf(v);
    }
  }
  // b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setSliceLinear(ba, start, stop, bytes);
    return;
  }
  // Assigning nothing to an extended slice deletes it, as CPython does.
  if (bytes === null || bytes.length === 0) {
    deleteExtended(ba, start, step, slicelen);
    return;
  }
  if (bytes.length !== slicelen) throw extendedSizeError(bytes.length, slicelen);
  for (let i = 0, j = start; i < slicelen; i++, j += step) ba.data[j] = bytes[i];
}

function extendedSizeError(size: number, slicelen: number): PyObject {
  return valueError(`attempt to assign bytes of size ${size} to extended slice of size ${slicelen}`);
}

/** del ba[start::step] for slicelen items. */
function deleteExtended(ba: PyByteArray, start: number, step: number, slicelen: number): void {
  if (slicelen <= 0) return;
  const drop = new Uint8Array(ba.size);
  for (let i = 0, j = start; i < slicelen; i++, j += step) drop[j] = 1;
  let w = 0;
  for (let r = 0; r < ba.size; r++) if (!drop[r]) ba.data[w++] = ba.data[r];
  byteArrayResize(ba, ba.size - slicelen);
}

/** PyByteArray_FromObject's contents: what bytearray(v) would hold. */
function bytearrayBytesOf(v: PyObject): Uint8Array {
  const b = bufferOf(v);
  if (b !== null) return b.slice();
  return bytesFromIterable(v, 'byte must be in range(0, 256)', 'bytearray');
}

function byteArrayConcat(a: PyObject, b: PyObject): PyObject {
  const x = bufferOf(a);
  const y = bufferOf(b);
  if (x === null || y === null) throw typeError(`can't concat ${b.type.name} to ${a.type.name}`);
  return newByteArray(concatArrays(x, y));
}

/** ba += x: extends ba in place. */
function byteArrayInplaceConcat(a: PyObject, b: PyObject): PyObject {
  const ba = a as PyByteArray;
  const y = bufferOf(b);
  if (y === null) throw typeError(`can't concat ${b.type.name} to ${a.type.name}`);
  const add = y.slice();
  const at = ba.size;
  byteArrayResize(ba, at + add.length);
  ba.data.set(add, at);
  ba.rc++;
  return ba;
}

/** bytearray's repeats overflow into MemoryError, where bytes' raise OverflowError. */
function checkedRepeat(b: Uint8Array, n: number): Uint8Array {
  if (n > 0 && beyondSsize(b.length, n)) throw memoryError();
  return repeatArray(b, n);
}

function byteArrayRepeat(o: PyObject, n: number): PyObject {
  return newByteArray(checkedRepeat((o as PyByteArray).bytes, n));
}

/** ba *= n: repeats ba in place. */
function byteArrayInplaceRepeat(o: PyObject, n: number): PyObject {
  const ba = o as PyByteArray;
  const r = checkedRepeat(ba.bytes, n);
  byteArrayResize(ba, r.length);
  ba.data.set(r);
  ba.rc++;
  return ba;
}

function byteArrayMod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyByteArray)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return newByteArray(bytesPercentFormat(a.bytes, b));
}

// ---------------------------------------------------------------- constructor

function byteArrayNew(type: PyObject): PyObject {
  const t = type as PyType;
  return t === ByteArrayType ? new PyByteArray() : allocInstance(t);
}

/** bytearray.__init__(source=b'', encoding=None, errors=None): the contents are replaced. */
function byteArrayInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const ba = self as PyByteArray;
  const [x, enc, errs] = unpackArgs('bytearray', args, kwnames, ['source', 'encoding', 'errors'], 0, 3, 0);
  const encoding = enc === null ? null : codecArg('bytearray', 'encoding', enc, '');
  const errors = errs === null ? null : codecArg('bytearray', 'errors', errs, '');
  byteArrayResize(ba, 0);
  if (x === null) {
    if (encoding !== null) throw typeError('encoding without a string argument');
    if (errors !== null) throw typeError('errors without a string argument');
    return;
  }
  if (x instanceof PyStr) {
    if (encoding === null) throw typeError('string argument without an encoding');
    setContents(ba, encodeStr(x.v, encoding, errors ?? 'strict'));
    return;
  }
  if (encoding !== null) throw typeError('encoding without a string argument');
  if (errors !== null) throw typeError('errors without a string argument');
  const count = sizeArg(x);
  if (count !== null) {
    if (count > 0) setContents(ba, new Uint8Array(count));
    return;
  }
  const b = bufferOf(x);
  if (b !== null) {
    setContents(ba, b.slice());
    return;
  }
  if (x.type === ListType || x.type === TupleType) {
    setContents(ba, bytesFromIterable(x, 'byte must be in range(0, 256)', 'bytearray'));
    return;
  }
  appendAll(ba, x);
}

/** Append the ints of an iterator one by one, growing as CPython's init loop does. */
function appendAll(ba: PyByteArray, x: PyObject): void {
  let it: PyObject;
  try {
    it = getIter(x);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
      decref(e);
      throw typeError(`cannot convert '${x.type.name}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) {
      let byte: number;
      try {
        byte = byteValue(v);
      } finally {
        decref(v);
      }
      byteArrayResize(ba, ba.size + 1);
      ba.data[ba.size - 1] = byte;
    }
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- methods

type BAMethod = (ba: PyByteArray, args: PyObject[], kwnames: string[] | null) => PyObject;

function append(ba: PyByteArray, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('bytearray.append', a, k, 1, 1);
  const v = byteValue(a[0]);
  byteArrayResize(ba, ba.size + 1);
  ba.data[ba.size - 1] = v;
  return newNone();
}

/** extend(iterable_of_ints): a buffer is spliced in; other iterables are read whole, then appended at once. */
function extend(ba: PyByteArray, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('bytearray.extend', a, k, 1, 1);
  const x = a[0];
  let add = bufferOf(x);
  if (add !== null) {
    add = add.slice();
  } else {
    const items = sequenceItems(x, `can't extend bytearray with ${x.type.name}`);
    try {
      add = new Uint8Array(items.length);
      for (let i = 0; i < items.length; i++) add[i] = byteValue(items[i]);
    } finally {
      releaseItems(items);
    }
  }
  const at = ba.size;
  byteArrayResize(ba, at + add.length);
  ba.data.set(add, at);
  return newNone();
}

function insert(ba: PyByteArray, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('insert', a, k, 2, 2);
  let where = indexSsize(a[0]);
  const v = byteValue(a[1]);
  const n = ba.size;
  if (where < 0) where = Math.max(where + n, 0);
  if (where > n) where = n;
  byteArrayResize(ba, n + 1);
  ba.data.copyWithin(where + 1, where, n);
  ba.data[where] = v;
  return newNone();
}

function pop(ba: PyByteArray, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('pop', a, k, 0, 1);
  let i = a.length > 0 ? indexSsize(a[0]) : -1;
  const n = ba.size;
  if (n === 0) throw indexError('pop from empty bytearray');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('pop index out of range');
  const v = ba.data[i];
  ba.data.copyWithin(i, i + 1, n);
  byteArrayResize(ba, n - 1);
  return newInt(v);
}

function remove(ba: PyByteArray, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('bytearray.remove', a, k, 1, 1);
  const v = byteValue(a[0]);
  const i = ba.bytes.indexOf(v);
  if (i < 0) throw valueError('value not found in bytearray');
  ba.data.copyWithin(i, i + 1, ba.size);
  byteArrayResize(ba, ba.size - 1);
  return newNone();
}

/**
 * _common_reduce: (type, args, __dict__ or None). Before protocol 3 the
 * bytes travel as a latin-1 str, as Python 2 could read them.
 */
function reduce(ba: PyByteArray, proto: number): PyObject {
  const d = instanceDict(ba);
  const state = d === null ? (None.rc++, None) : (d.rc++, d);
  let args: PyObject;
  if (ba.size === 0) args = newTuple([]);
  else if (proto < 3) args = newTuple([newStr(latin1Of(ba.bytes)), newStr('latin-1')]);
  else args = newTuple([newBytes(ba.bytes.slice())]);
  ba.type.rc++;
  return newTuple([ba.type, args, state]);
}

function noArgs(name: string, f: (ba: PyByteArray) => PyObject): BAMethod {
  return (ba, a, k) => {
    checkArgs(`bytearray.${name}`, a, k, 0, 0);
    return f(ba);
  };
}

const BYTEARRAY_METHODS: [string, BAMethod][] = [
  ['append', append],
  ['extend', extend],
  ['insert', insert],
  ['pop', pop],
  ['remove', remove],
  ['reverse', noArgs('reverse', (ba) => (ba.bytes.reverse(), newNone()))],
  ['clear', noArgs('clear', (ba) => (byteArrayResize(ba, 0), newNone()))],
  ['copy', noArgs('copy', (ba) => newByteArray(ba.bytes))],
  ['__alloc__', noArgs('__alloc__', (ba) => newInt(ba.alloc))],
  ['__sizeof__', noArgs('__sizeof__', (ba) => newInt(ba.type.basicsize + ba.alloc))],
  ['__reduce__', noArgs('__reduce__', (ba) => reduce(ba, 2))],
  ['__reduce_ex__', (ba, a, k) => {
    clinicArgs('bytearray.__reduce_ex__', '__reduce_ex__', a, k, 0, 1);
    return reduce(ba, a.length > 0 ? cIntArg(a[0]) : 0);
  }],
];

// ---------------------------------------------------------------- init

export const ByteArrayIterType = builtinType('bytearray_iterator', ObjectType, { basicsize: 32, gc: true, baseType: false });

export function initByteArray(): void {
  const T = ByteArrayType;
  T.dealloc = (o) => {
    if (heapTrace.on && (o as PyByteArray).alloc > 0) traceBlock(o, BYTEARRAY_BUFFER, 0);
  };
  T.jsClass = PyByteArray as unknown as new (type: PyType) => PyObject;
  T.repr = byteArrayRepr;
  T.str = (o) => {
    if (bytesHooks.warning !== null) bytesHooks.warning('str() on a bytearray instance');
    return byteArrayRepr(o);
  };
  // A mutable type is unhashable: the slot raises and __hash__ is None.
  T.hash = (o) => {
    throw typeError(`unhashable type: '${o.type.name}'`);
  };
  T.richcompare = byteArrayCompare;
  T.getattro = genericGetAttr;
  T.len = (o) => (o as PyByteArray).size;
  T.getitem = byteArraySubscript;
  T.setitem = byteArraySetItem;
  T.contains = bytesContains;
  T.concat = byteArrayConcat;
  T.repeat = byteArrayRepeat;
  T.inplaceConcat = byteArrayInplaceConcat;
  T.inplaceRepeat = byteArrayInplaceRepeat;
  T.iter = (o) => (o.rc++, new PyBytesIter(o, ByteArrayIterType));
  T.new_ = byteArrayNew;
  T.init = byteArrayInit;
  T.nb[Bin.MOD] = byteArrayMod;
  defineByteMethods(T, BYTEARRAY_KIND);
  for (const [name, m] of BYTEARRAY_METHODS) defMethod(T, name, (s, a, k) => m(s as PyByteArray, a, k));
  defClassMethod(T, 'fromhex', fromHexFor((b) => newByteArray(b), T));
  exposeSlots(T);
  exposeSequenceSlots(T);
  exposeNew(T);
  exposeSlot(T, '__iadd__', `ib${Bin.ADD}`, (s, a, k) => (wrapperArgs('__iadd__', a, k, 1), byteArrayInplaceConcat(s, a[0])));
  exposeSlot(T, '__imul__', `ib${Bin.MUL}`, (s, a, k) => {
    wrapperUnpack('__imul__', a, k, 1, 1);
    return byteArrayInplaceRepeat(s, repeatCountArg(a[0]));
  });
  None.rc++;
  T.attrs.set('__hash__', None);
  T.doc = BYTEARRAY_DOC;
  initBytesIterType(ByteArrayIterType);
}

const BYTEARRAY_DOC = `bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array

Construct a mutable bytearray object from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - a bytes or a buffer object
  - any object implementing the buffer API.
  - an integer`;
