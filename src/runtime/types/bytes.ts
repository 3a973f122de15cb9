// bytes: an immutable sequence of bytes (Objects/bytesobject.c, the shared
// methods of Objects/bytes_methods.c), and the codecs that str.encode and
// bytes.decode use (the UTF-8/16/32, ASCII, latin-1 and cp1252 codecs of
// Objects/unicodeobject.c with the error handlers of Python/codecs.c).
//
// The value is a Uint8Array. The searching and splitting methods run on the
// bytes read as a latin-1 JS string (one char per byte), which lets them use
// V8's string search and src/common/strops.ts; bytes caches that string. The
// methods are written once for bytes and bytearray: `ByteKind` says which
// type a result has.

import { registerBlockSize } from '../heap.js';
import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';

export const BytesType = builtinType('bytes', ObjectType, { basicsize: 33, itemsize: 1 });

export class PyBytes extends PyObject {
  /** Cached hash (low/high 32 bits). */
  hashLo = 0;
  hashHi = 0;
  hashed = false;
  /** The bytes as a latin-1 string, made on first use by a method. */
  text: string | null = null;
  constructor(public bytes: Uint8Array, type: PyType = BytesType) {
    super(type);
  }
}

registerBlockSize(BytesType, (o) => 33 + (o as PyBytes).bytes.length);

/** Instances of bytes subclasses: the value is set after allocation. */
class PyBytesInstance extends PyBytes {
  constructor(type: PyType) {
    super(EMPTY_BYTES_DATA, type);
  }
}

const EMPTY_BYTES_DATA = new Uint8Array(0);

/** CPython keeps one empty bytes object and one object per single byte. */
const EMPTY_BYTES = new PyBytes(EMPTY_BYTES_DATA);
EMPTY_BYTES.rc = 1 << 30;
const singleBytes: PyBytes[] = [];

/** A new bytes object owning `b` (a new reference). */
export function newBytes(b: Uint8Array): PyBytes {
  if (b.length <= 1) {
    if (b.length === 0) {
      EMPTY_BYTES.rc++;
      return EMPTY_BYTES;
    }
    let o = singleBytes[b[0]];
    if (o === undefined) {
      o = singleBytes[b[0]] = new PyBytes(new Uint8Array([b[0]]));
      o.rc = 1 << 30;
    }
    o.rc++;
    return o;
  }
  return new PyBytes(b);
}

/** The bytes as a latin-1 string (each char code is a byte). */
export function latin1Of(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 0x2000) {
    out += String.fromCharCode.apply(null, b.subarray(i, Math.min(i + 0x2000, b.length)) as unknown as number[]);
  }
  return out;
}

/** The bytes of a latin-1 string (every char code below 256). */
export function bytesOfLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

import { reprBytes } from '../../common/repr.js';
import { hashBytes, hashHi } from '../../common/hash.js';
import * as strops from '../../common/strops.js';
import { HASH } from '../hashing.js';
import { newBool } from './bool.js';
import { NotImplemented, None } from './none.js';
import { PyStr, newStr, subscriptIndex, clinicArgs, tupleArgs, sliceIndexArg, cIntArg, sequenceItems,
  releaseItems, codecArg, exposeSequenceSlots, memoryError, beyondSsize, replacedInPlace } from './str.js';
import { PyInt, newInt, indexSsize, unpackArgs, exposeNew, defClassMethod, intHooks } from './int.js';
import { PyTuple, TupleType, newTuple } from './tuple.js';
import { ListType, listPreallocated, splitPrealloc } from './list.js';
import { PySlice, SLICE, sliceIndices } from './slice.js';
import { PyBuiltin, checkArgs, wrapperArgs, type NativeFn } from './builtinfunc.js';
import { exposeSlots, exposeSlot, defMethod, defGetSet, genericGetAttr, allocInstance, callDunder } from './typeobject.js';
import { PyBaseException, BaseExceptionType, TypeErrorType, LookupErrorType, excTypes, newExceptionArgs,
  newException } from './exceptions.js';
import { typeError, valueError, indexError, overflowError } from '../errors.js';
import { Op, Bin, getIter, iterNext, indexValue, call } from '../abstract.js';
import { PyByteArray } from './bytearray.js';
import { frameBuiltin } from './iterators.js';
import { bytesPercentFormat, escapeCodePoint } from '../format.js';
import { unicodeName } from '../../common/unicode.js';

// ---------------------------------------------------------------- the buffer protocol

/** The contents of a bytes-like object (bytes, bytearray), or null (PyObject_GetBuffer). */
export function bufferOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.bytes;
  if (o instanceof PyByteArray) return o.bytes;
  return bufferHook(o);
}

/** Other exporters' bytes (a memoryview's items in C order). */
let bufferHook: (o: PyObject) => Uint8Array | null = () => null;
export function setBufferHook(f: (o: PyObject) => Uint8Array | null): void {
  bufferHook = f;
}

/** A buffer argument, or "a bytes-like object is required, not 'str'". */
function bufferArg(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

/** The latin-1 text of a bytes-like object; bytes cache it. */
export function textOf(o: PyObject, b: Uint8Array): string {
  if (o instanceof PyBytes) {
    if (o.text === null) o.text = latin1Of(b);
    return o.text;
  }
  return latin1Of(b);
}

// ---------------------------------------------------------------- hash and comparison

function bytesHash(o: PyObject): number {
  const b = o as PyBytes;
  if (!b.hashed) {
    b.hashLo = hashBytes(b.bytes);
    b.hashHi = hashHi;
    b.hashed = true;
  }
  HASH.hi = b.hashHi;
  return b.hashLo;
}

/** memcmp order of two byte strings, then length. */
function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function equalBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The result of a comparison op of two byte strings. */
export function compareResult(x: Uint8Array, y: Uint8Array, op: Op): PyObject {
  if (op === Op.EQ) return newBool(equalBytes(x, y));
  if (op === Op.NE) return newBool(!equalBytes(x, y));
  const c = compareBytes(x, y);
  return newBool(op === Op.LT ? c < 0 : op === Op.LE ? c <= 0 : op === Op.GT ? c > 0 : c >= 0);
}

/** -b: warnings.warn(message, BytesWarning), installed by warnings.ts while sys.flags.bytes_warning is set. */
export const bytesHooks = { warning: null as ((message: string) => void) | null };

/** bytes compare only with bytes (bytearray's comparison takes over the mixed case). */
function bytesCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) {
    if (bytesHooks.warning !== null && (op === Op.EQ || op === Op.NE)) {
      if (a instanceof PyStr || b instanceof PyStr) bytesHooks.warning('Comparison between bytes and string');
      else if (a instanceof PyInt || b instanceof PyInt) bytesHooks.warning('Comparison between bytes and int');
    }
    NotImplemented.rc++;
    return NotImplemented;
  }
  return compareResult(a.bytes, b.bytes, op);
}

// ---------------------------------------------------------------- sequence slots

/** A single byte value argument: an int in range(256) ("byte must be in range(0, 256)"). */
export function byteValue(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === 'bigint' || v < 0 || v > 255) throw valueError('byte must be in range(0, 256)');
  return v;
}

function bytesSubscript(o: PyObject, k: PyObject): PyObject {
  const self = o as PyBytes;
  const b = self.bytes;
  if (k.type.index !== null) {
    let i = subscriptIndex(k);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw indexError('index out of range');
    return newInt(b[i]);
  }
  if (k instanceof PySlice) {
    if (sliceIndices(k, b.length) === b.length && SLICE.step === 1 && self.type === BytesType) {
      self.rc++;
      return self;
    }
    return newBytes(sliceBytes(b, k));
  }
  throw typeError(`byte indices must be integers or slices, not ${k.type.name}`);
}

/** The bytes a slice selects (a copy). */
export function sliceBytes(b: Uint8Array, k: PySlice): Uint8Array {
  const len = sliceIndices(k, b.length);
  const start = SLICE.start;
  const step = SLICE.step;
  if (len <= 0) return new Uint8Array(0);
  if (step === 1) return b.slice(start, start + len);
  const out = new Uint8Array(len);
  for (let i = 0, j = start; i < len; i++, j += step) out[i] = b[j];
  return out;
}

/** `x in b`: an int is a byte value, anything else must be bytes-like (a substring). */
export function bytesContains(o: PyObject, k: PyObject): boolean {
  const b = bufferOf(o)!;
  if (k.type.index !== null) return b.includes(byteValue(k));
  const sub = bufferArg(k);
  return textOf(o, b).includes(latin1Of(sub));
}

function bytesConcat(a: PyObject, b: PyObject): PyObject {
  const x = bufferOf(a);
  const y = bufferOf(b);
  if (x === null || y === null) throw typeError(`can't concat ${b.type.name} to ${a.type.name}`);
  // An empty operand gives the other one back when it is an exact bytes.
  if (y.length === 0 && a.type === BytesType) return (a.rc++, a);
  if (x.length === 0 && b.type === BytesType) return (b.rc++, b);
  return newBytes(concatArrays(x, y));
}

export function concatArrays(x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out;
}

/** The bytes repeated n times; "repeated bytes are too long" past Py_ssize_t. */
export function repeatArray(b: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  if (b.length * n > 0x7fffffff) {
    if (beyondSsize(b.length, n)) throw overflowError('repeated bytes are too long');
    throw memoryError();
  }
  const out = new Uint8Array(b.length * n);
  if (b.length === 1) out.fill(b[0]);
  else for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}

function bytesRepeat(o: PyObject, n: number): PyObject {
  if (n === 1 && o.type === BytesType) return (o.rc++, o);
  return newBytes(repeatArray((o as PyBytes).bytes, n));
}

/** bytes % args (nb_remainder): NotImplemented unless the left operand is bytes. */
function bytesMod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyBytes)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return newBytes(bytesPercentFormat(a.bytes, b));
}

// ---------------------------------------------------------------- iterator

export const BytesIterType = builtinType('bytes_iterator', ObjectType, { basicsize: 32, gc: true, baseType: false });

/** The iterator of bytes and bytearray: it reads the buffer at each step, so it sees a bytearray change. */
export class PyBytesIter extends PyObject {
  index = 0;
  constructor(public seq: PyObject | null, type: PyType) {
    super(type);
  }
}

function bytesIterNext(o: PyObject): PyObject | null {
  const it = o as PyBytesIter;
  const s = it.seq;
  if (s === null) return null;
  const b = bufferOf(s)!;
  if (it.index < b.length) return newInt(b[it.index++]);
  it.seq = null;
  decref(s);
  return null;
}

/** Install the slots and methods of an iterator type over bytes-like objects. */
export function initBytesIterType(I: PyType): void {
  I.iter = (o) => (o.rc++, o);
  I.next = bytesIterNext;
  I.getattro = genericGetAttr;
  I.dealloc = (o) => {
    const it = o as PyBytesIter;
    if (it.seq !== null) decref(it.seq);
  };
  I.traverse = (o, visit) => {
    const seq = (o as PyBytesIter).seq;
    if (seq != null) visit(seq);
  };
  defMethod(I, '__length_hint__', (s, a, k) => {
    checkArgs(`${I.name}.__length_hint__`, a, k, 0, 0);
    const it = s as PyBytesIter;
    return newInt(it.seq === null ? 0 : Math.max(bufferOf(it.seq)!.length - it.index, 0));
  });
  // Pickled as iter(seq) and the position; exhausted, as iter(()).
  defMethod(I, '__reduce__', (s, a, k) => {
    checkArgs(`${I.name}.__reduce__`, a, k, 0, 0);
    const it = s as PyBytesIter;
    const iter = frameBuiltin('iter');
    if (it.seq === null) return newTuple([iter, newTuple([newTuple([])])]);
    it.seq.rc++;
    return newTuple([iter, newTuple([it.seq]), newInt(it.index)]);
  });
  defMethod(I, '__setstate__', (s, a, k) => {
    checkArgs('__setstate__', a, k, 1, 1);
    const it = s as PyBytesIter;
    let index = indexSsize(a[0]);
    if (it.seq !== null) {
      const n = bufferOf(it.seq)!.length;
      if (index < 0) index = 0;
      else if (index > n) index = n;
      it.index = index;
    }
    None.rc++;
    return None;
  });
  exposeSlots(I);
}

// ---------------------------------------------------------------- the methods shared with bytearray

/** Which type the methods make their results of. */
export interface ByteKind {
  /** 'bytes' or 'bytearray', for qualified names in errors. */
  name: string;
  /** A new object of the kind owning `data`. */
  make(data: Uint8Array): PyObject;
  /** What a method that changed nothing returns: an exact bytes is itself, anything else a copy. */
  same(self: PyObject, data: Uint8Array): PyObject;
}

const BYTES_KIND: ByteKind = {
  name: 'bytes',
  make: newBytes,
  same: (self, data) => (self.type === BytesType ? (self.rc++, self) : newBytes(data.slice())),
};

type ByteMethod = (self: PyObject, b: Uint8Array, args: PyObject[], kwnames: string[] | null, kind: ByteKind) => PyObject;

/** A result given as latin-1 text: an exact bytes that it leaves unchanged is returned itself. */
function resultOf(self: PyObject, b: Uint8Array, text: string, kind: ByteKind): PyObject {
  if (self.type === BytesType && text.length === b.length && text === textOf(self, b)) return (self.rc++, self);
  return kind.make(bytesOfLatin1(text));
}

/** A list of results; a part equal to the whole string is `same` (CPython reuses an exact bytes). */
function listOf(self: PyObject, b: Uint8Array, parts: string[], kind: ByteKind, prealloc: number): PyObject {
  // Pushed, not sized: the list takes this array, whose elements should stay packed.
  const items: PyObject[] = [];
  for (let i = 0; i < parts.length; i++) items.push(resultOf(self, b, parts[i], kind));
  return listPreallocated(items, prealloc);
}

/** Py_ISSPACE: the bytes whitespace (str's adds \x1c-\x1f, \x85 and \xa0). */
function isByteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isLowerByte(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isUpperByte(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isDigitByte(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlphaByte(c: number): boolean {
  return isLowerByte(c) || isUpperByte(c);
}

/** A method with no arguments over the data. */
function noArgs(name: string, f: (b: Uint8Array, self: PyObject, kind: ByteKind) => PyObject): ByteMethod {
  return (s, b, a, k, kind) => {
    checkArgs(`${kind.name}.${name}`, a, k, 0, 0);
    return f(b, s, kind);
  };
}

/** isalpha() and friends: true when non-empty and every byte passes. */
function allBytes(name: string, test: (c: number) => boolean): ByteMethod {
  return noArgs(name, (b) => newBool(b.length > 0 && b.every(test)));
}

/** lower(), upper() and swapcase(): a byte-by-byte ASCII mapping (always a new object). */
function mapBytes(name: string, f: (c: number) => number): ByteMethod {
  return noArgs(name, (b, _s, kind) => kind.make(b.map(f)));
}

const toLowerByte = (c: number): number => (isUpperByte(c) ? c + 32 : c);
const toUpperByte = (c: number): number => (isLowerByte(c) ? c - 32 : c);

function caseCheck(name: string, want: (c: number) => boolean, refuse: (c: number) => boolean): ByteMethod {
  return noArgs(name, (b) => {
    let cased = false;
    for (const c of b) {
      if (refuse(c)) return newBool(false);
      if (want(c)) cased = true;
    }
    return newBool(cased);
  });
}

function byteTitle(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let previousIsCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isLowerByte(c)) {
      out[i] = previousIsCased ? c : c - 32;
      previousIsCased = true;
    } else if (isUpperByte(c)) {
      out[i] = previousIsCased ? c + 32 : c;
      previousIsCased = true;
    } else {
      out[i] = c;
      previousIsCased = false;
    }
  }
  return out;
}

function byteIsTitle(b: Uint8Array): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const c of b) {
    if (isUpperByte(c)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (isLowerByte(c)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}

/** The sub argument of find() and friends: a byte value or a bytes-like object, as latin-1 text. */
function subArg(o: PyObject): string {
  if (o.type.index !== null) return String.fromCharCode(byteValue(o));
  const b = bufferOf(o);
  if (b === null) throw typeError(`argument should be integer or bytes-like object, not '${o.type.name}'`);
  return latin1Of(b);
}

function findMethod(name: string, f: (s: string, sub: string, start: number | null, end: number | null) => number,
  raiseMissing: boolean): ByteMethod {
  return (s, b, a, k, kind) => {
    tupleArgs(`${kind.name}.${name}`, name, a, k, 1, 3);
    // The slice indices are converted before sub is checked (parse_args_finds_byte).
    const start = sliceIndexArg(a[1]);
    const end = sliceIndexArg(a[2]);
    const r = f(textOf(s, b), subArg(a[0]), start, end);
    if (raiseMissing && r < 0) throw valueError('subsection not found');
    return newInt(r);
  };
}

function affixMethod(name: string, f: (s: string, affix: string, start: number | null, end: number | null) => boolean): ByteMethod {
  return (s, b, a, k, kind) => {
    tupleArgs(`${kind.name}.${name}`, name, a, k, 1, 3);
    const start = sliceIndexArg(a[1]);
    const end = sliceIndexArg(a[2]);
    const text = textOf(s, b);
    const x = a[0];
    if (x instanceof PyTuple) {
      for (const item of x.items) if (f(text, latin1Of(bufferArg(item)), start, end)) return newBool(true);
      return newBool(false);
    }
    const affix = bufferOf(x);
    if (affix === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${x.type.name}`);
    return newBool(f(text, latin1Of(affix), start, end));
  };
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (max-- > 0) {
    while (i < n && isByteSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    while (i < n && !isByteSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isByteSpace(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (max-- > 0) {
    while (i >= 0 && isByteSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isByteSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isByteSpace(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function splitMethod(name: 'split' | 'rsplit'): ByteMethod {
  return (s, b, a, k, kind) => {
    const [sep, max] = unpackArgs(name, a, k, ['sep', 'maxsplit'], 0, 2, 0);
    const maxsplit = max === null ? -1 : indexSsize(max);
    const text = textOf(s, b);
    let parts: string[];
    if (sep === null || sep === None) {
      const limit = maxsplit < 0 ? Infinity : maxsplit;
      parts = name === 'split' ? splitWhitespace(text, limit) : rsplitWhitespace(text, limit);
    } else {
      const sepText = latin1Of(bufferArg(sep));
      parts = name === 'split' ? strops.split(text, sepText, maxsplit) : strops.rsplit(text, sepText, maxsplit);
    }
    return listOf(s, b, parts, kind, splitPrealloc(maxsplit));
  };
}

/** splitlines(keepends=False): bytes break lines at \n, \r and \r\n only. */
function bytesSplitlines(s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null, kind: ByteKind): PyObject {
  const [keep] = unpackArgs('splitlines', a, k, ['keepends'], 0, 1, 0);
  const keepends = keep !== null && cIntArg(keep) !== 0;
  const text = textOf(s, b);
  const parts: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      i += text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    parts.push(text.slice(j, eol));
  }
  return listOf(s, b, parts, kind, 0);
}

function stripMethod(name: string, left: boolean, right: boolean): ByteMethod {
  return (s, b, a, k, kind) => {
    clinicArgs(`${kind.name}.${name}`, name, a, k, 0, 1);
    const chars = a.length === 0 || a[0] === None ? null : bufferArg(a[0]);
    let i = 0;
    let j = b.length;
    const strip = chars === null ? isByteSpace : (c: number) => chars.includes(c);
    if (left) while (i < j && strip(b[i])) i++;
    if (right) while (j > i && strip(b[j - 1])) j--;
    if (i === 0 && j === b.length) return kind.same(s, b);
    return kind.make(b.slice(i, j));
  };
}

function padMethod(name: string, f: (s: string, width: number, fill: string) => string): ByteMethod {
  return (s, b, a, k, kind) => {
    clinicArgs(`${kind.name}.${name}`, name, a, k, 1, 2);
    const width = indexSsize(a[0]);
    let fill = ' ';
    if (a.length > 1) {
      const c = a[1];
      const fb = bufferOf(c);
      if (fb === null || fb.length !== 1) {
        throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${c.type.name}`);
      }
      fill = String.fromCharCode(fb[0]);
    }
    return resultOf(s, b, f(textOf(s, b), width, fill), kind);
  };
}

function bytesZfill(s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null, kind: ByteKind): PyObject {
  checkArgs(`${kind.name}.zfill`, a, k, 1, 1);
  return resultOf(s, b, strops.zfill(textOf(s, b), indexSsize(a[0])), kind);
}

/** expandtabs(tabsize=8): always a new object for bytes (unlike str). */
function bytesExpandtabs(s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null, kind: ByteKind): PyObject {
  const [size] = unpackArgs('expandtabs', a, k, ['tabsize'], 0, 1, 0);
  return kind.make(bytesOfLatin1(strops.expandtabs(textOf(s, b), size === null ? 8 : cIntArg(size))));
}

function bytesReplace(s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null, kind: ByteKind): PyObject {
  clinicArgs(`${kind.name}.replace`, 'replace', a, k, 2, 3);
  const old = latin1Of(bufferArg(a[0]));
  const repl = latin1Of(bufferArg(a[1]));
  const count = a.length > 2 ? indexSsize(a[2]) : -1;
  const text = textOf(s, b);
  const r = strops.replace(text, old, repl, count);
  return r === text && replacedInPlace(text, old, repl, count) ? kind.make(bytesOfLatin1(r)) : resultOf(s, b, r, kind);
}

function partitionMethod(name: string, f: (s: string, sep: string) => [string, string, string]): ByteMethod {
  return (s, b, a, k, kind) => {
    checkArgs(`${kind.name}.${name}`, a, k, 1, 1);
    const sepObj = a[0];
    const [x, y, z] = f(textOf(s, b), latin1Of(bufferArg(sepObj)));
    // bytes put the separator argument itself in the middle; bytearray a copy of it.
    const middle = y.length > 0 && kind === BYTES_KIND ? (sepObj.rc++, sepObj) : kind.make(bytesOfLatin1(y));
    return newTuple([resultOf(s, b, x, kind), middle, resultOf(s, b, z, kind)]);
  };
}

function affixRemover(name: string, f: (s: string, affix: string) => string): ByteMethod {
  return (s, b, a, k, kind) => {
    checkArgs(`${kind.name}.${name}`, a, k, 1, 1);
    return resultOf(s, b, f(textOf(s, b), latin1Of(bufferArg(a[0]))), kind);
  };
}

/** join(iterable_of_bytes): the items of a list or tuple are read in place, as str.join does. */
function bytesJoin(_s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null, kind: ByteKind): PyObject {
  checkArgs(`${kind.name}.join`, a, k, 1, 1);
  const seq = a[0];
  if (seq.type === ListType || seq.type === TupleType) return joinBytes(b, (seq as PyTuple).items, kind);
  const items = sequenceItems(seq, 'can only join an iterable');
  try {
    return joinBytes(b, items, kind);
  } finally {
    releaseItems(items);
  }
}

/** The bytes-like items joined by sep; bytes give a single exact bytes item back itself. */
function joinBytes(sep: Uint8Array, items: PyObject[], kind: ByteKind): PyObject {
  if (items.length === 1 && items[0].type === BytesType && kind === BYTES_KIND) {
    items[0].rc++;
    return items[0];
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const x = bufferOf(items[i]);
    if (x === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${items[i].type.name} found`);
    parts.push(x);
    size += x.length + (i > 0 ? sep.length : 0);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, at);
      at += sep.length;
    }
    out.set(parts[i], at);
    at += parts[i].length;
  }
  return kind.make(out);
}

/** translate(table, /, delete=b''): table is None or 256 bytes. */
function bytesTranslate(s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null, kind: ByteKind): PyObject {
  const nkw = k === null ? 0 : k.length;
  if (a.length - nkw < 1) throw typeError(`translate() takes at least 1 positional argument (${a.length - nkw} given)`);
  const [tableArg, deleteArg] = unpackArgs('translate', a, k, ['', 'delete'], 1, 2, 1);
  let table: Uint8Array | null = null;
  if (tableArg !== None) {
    table = bufferArg(tableArg!);
    if (table.length !== 256) throw valueError('translation table must be 256 characters long');
  }
  const del = deleteArg === null ? null : bufferArg(deleteArg);
  const out: number[] = [];
  let changed = false;
  for (const c of b) {
    if (del !== null && del.includes(c)) {
      changed = true;
      continue;
    }
    const m = table === null ? c : table[c];
    if (m !== c) changed = true;
    out.push(m);
  }
  if (!changed) return kind.same(s, b);
  return kind.make(Uint8Array.from(out));
}

/** bytes.maketrans(frm, to), a static method: the 256-byte table mapping frm to to. */
function bytesMaketrans(_self: PyObject, a: PyObject[], k: string[] | null, qual: string): PyObject {
  clinicArgs(qual, 'maketrans', a, k, 2, 2);
  const from = bufferArg(a[0]);
  const to = bufferArg(a[1]);
  if (from.length !== to.length) throw valueError('maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from[i]] = to[i];
  return newBytes(table);
}

/** fromhex(string): hex digit pairs, with ASCII whitespace allowed between pairs. */
function parseHex(o: PyObject): Uint8Array {
  if (!(o instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${o.type.name}`);
  const s = o.v;
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isByteSpace(c)) {
      i++;
      continue;
    }
    const hi = hexDigit(c);
    if (hi < 0) throw hexError(s, i);
    const lo = i + 1 < n ? hexDigit(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw hexError(s, i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** The error at a UTF-16 offset, reported in code points. */
function hexError(s: string, at: number): PyObject {
  return valueError(`non-hexadecimal number found in fromhex() arg at position ${strops.cpLength(s.slice(0, at))}`);
}

/** The classmethod fromhex: a subclass gets cls(bytes). */
export function fromHexFor(make: (b: Uint8Array) => PyObject, base: PyType): NativeFn {
  return (cls, a, k) => {
    checkArgs(`${base.name}.fromhex`, a, k, 1, 1);
    const r = make(parseHex(a[0]));
    if (cls === base) return r;
    try {
      return call(cls, [r]);
    } finally {
      decref(r);
    }
  };
}

/** hex(sep=<none>, bytes_per_sep=1): sep every bytes_per_sep bytes, counted from the right (negative: from the left). */
export function bytesHex(_s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null): PyObject {
  const [sepArg, perArg] = unpackArgs('hex', a, k, ['sep', 'bytes_per_sep'], 0, 2, 0);
  let sep = '';
  if (sepArg !== null) {
    let sepText: string;
    if (sepArg instanceof PyStr) sepText = sepArg.v;
    else {
      const sb = bufferOf(sepArg);
      if (sb === null) throw typeError(`object of type '${sepArg.type.name}' has no len()`);
      sepText = latin1Of(sb);
    }
    if (strops.cpLength(sepText) !== 1) throw valueError('sep must be length 1.');
    if (sepText.charCodeAt(0) > 0x7f) throw valueError('sep must be ASCII.');
    sep = sepText;
  }
  const per = perArg === null ? 1 : cIntArg(perArg);
  let out = '';
  const hex = (c: number) => (c < 16 ? '0' : '') + c.toString(16);
  if (sep === '' || per === 0 || b.length === 0) {
    for (const c of b) out += hex(c);
    return newStr(out);
  }
  const group = Math.abs(per);
  for (let i = 0; i < b.length; i++) {
    // Groups counted from the right for a positive count, from the left for a negative one.
    const boundary = per > 0 ? (b.length - i) % group === 0 : i % group === 0;
    if (i > 0 && boundary) out += sep;
    out += hex(b[i]);
  }
  return newStr(out);
}

function bytesDecode(_s: PyObject, b: Uint8Array, a: PyObject[], k: string[] | null): PyObject {
  const [enc, errs] = unpackArgs('decode', a, k, ['encoding', 'errors'], 0, 2, 0);
  const encoding = codecArg('decode', 'encoding', enc, 'utf-8');
  const errors = codecArg('decode', 'errors', errs, 'strict');
  return newStr(decodeBytes(b, encoding, errors));
}

function capitalizeBytes(b: Uint8Array): Uint8Array {
  return b.map((c, i) => (i === 0 ? toUpperByte(c) : toLowerByte(c)));
}

/** The methods of bytes and bytearray, by name (bytes_methods.c and the stringlib templates). */
const BYTE_METHODS: [string, ByteMethod][] = [
  ['capitalize', noArgs('capitalize', (b, _s, kind) => kind.make(capitalizeBytes(b)))],
  ['center', padMethod('center', strops.center)],
  ['count', findMethod('count', strops.count, false)],
  ['decode', bytesDecode],
  ['endswith', affixMethod('endswith', strops.endswith)],
  ['expandtabs', bytesExpandtabs],
  ['find', findMethod('find', strops.find, false)],
  ['hex', bytesHex],
  ['index', findMethod('index', strops.find, true)],
  ['isalnum', allBytes('isalnum', (c) => isAlphaByte(c) || isDigitByte(c))],
  ['isalpha', allBytes('isalpha', isAlphaByte)],
  ['isascii', noArgs('isascii', (b) => newBool(b.every((c) => c < 0x80)))],
  ['isdigit', allBytes('isdigit', isDigitByte)],
  ['islower', caseCheck('islower', isLowerByte, isUpperByte)],
  ['isspace', allBytes('isspace', isByteSpace)],
  ['istitle', noArgs('istitle', (b) => newBool(byteIsTitle(b)))],
  ['isupper', caseCheck('isupper', isUpperByte, isLowerByte)],
  ['join', bytesJoin],
  ['ljust', padMethod('ljust', strops.ljust)],
  ['lower', mapBytes('lower', toLowerByte)],
  ['lstrip', stripMethod('lstrip', true, false)],
  ['partition', partitionMethod('partition', strops.partition)],
  ['replace', bytesReplace],
  ['removeprefix', affixRemover('removeprefix', strops.removeprefix)],
  ['removesuffix', affixRemover('removesuffix', strops.removesuffix)],
  ['rfind', findMethod('rfind', strops.rfind, false)],
  ['rindex', findMethod('rindex', strops.rfind, true)],
  ['rjust', padMethod('rjust', strops.rjust)],
  ['rpartition', partitionMethod('rpartition', strops.rpartition)],
  ['rsplit', splitMethod('rsplit')],
  ['rstrip', stripMethod('rstrip', false, true)],
  ['split', splitMethod('split')],
  ['splitlines', bytesSplitlines],
  ['startswith', affixMethod('startswith', strops.startswith)],
  ['strip', stripMethod('strip', true, true)],
  ['swapcase', mapBytes('swapcase', (c) => (isLowerByte(c) ? c - 32 : isUpperByte(c) ? c + 32 : c))],
  ['title', noArgs('title', (b, _s, kind) => kind.make(byteTitle(b)))],
  ['translate', bytesTranslate],
  ['upper', mapBytes('upper', toUpperByte)],
  ['zfill', bytesZfill],
];

/** Install the shared methods on T, whose instances are bytes-like with results of `kind`. */
export function defineByteMethods(T: PyType, kind: ByteKind): void {
  for (const [name, m] of BYTE_METHODS) defMethod(T, name, (s, a, k) => m(s, bufferOf(s)!, a, k, kind));
  T.attrs.set('maketrans', new PyBuiltin('maketrans', (s, a, k) => bytesMaketrans(s, a, k, `${kind.name}.maketrans`),
    T, `${kind.name}.maketrans`, null));
}

// ---------------------------------------------------------------- constructor

/**
 * The bytes of bytes(x) / bytearray(x) for an x that is neither a str nor an
 * int (PyBytes_FromObject): a buffer's contents, or the ints of an iterable,
 * converted as they come (a bad item stops the iteration there).
 */
export function bytesFromIterable(x: PyObject, rangeMsg: string, target: 'bytes' | 'bytearray'): Uint8Array {
  const b = bufferOf(x);
  if (b !== null) return b.slice();
  if (x.type === ListType || x.type === TupleType) {
    const items = (x as PyTuple).items;
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteInRange(items[i], rangeMsg);
    return out;
  }
  let it: PyObject;
  try {
    it = getIter(x);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
      decref(e);
      throw typeError(`cannot convert '${x.type.name}' object to ${target}`);
    }
    throw e;
  }
  const out: number[] = [];
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) {
      try {
        out.push(byteInRange(v, rangeMsg));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

function byteInRange(o: PyObject, rangeMsg: string): number {
  const v = indexValue(o);
  if (typeof v === 'bigint' || v < 0 || v > 255) throw valueError(rangeMsg);
  return v;
}

/** __bytes__ of x, checked to be bytes; null when x has none. */
function dunderBytes(x: PyObject): PyBytes | null {
  const r = callDunder(x, '__bytes__', []);
  if (r === null) return null;
  if (!(r instanceof PyBytes)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__bytes__ returned non-bytes (type ${n})`);
  }
  return r;
}

/** bytes(source=b'', encoding=None, errors=None) for the exact type (bytes_new_impl). */
function bytesFromArgs(x: PyObject | null, enc: PyObject | null, errs: PyObject | null): PyBytes {
  const encoding = enc === null ? null : codecArg('bytes', 'encoding', enc, '');
  const errors = errs === null ? null : codecArg('bytes', 'errors', errs, '');
  if (x === null) {
    if (encoding !== null) throw typeError('encoding without a string argument');
    if (errors !== null) throw typeError('errors without a string argument');
    return newBytes(EMPTY_BYTES_DATA);
  }
  if (encoding !== null) {
    if (!(x instanceof PyStr)) throw typeError('encoding without a string argument');
    return newBytes(encodeStr(x.v, encoding, errors ?? 'strict'));
  }
  if (errors !== null) throw typeError(x instanceof PyStr ? 'string argument without an encoding' : 'errors without a string argument');
  if (x.type === BytesType) return (x.rc++, x as PyBytes);
  const viaDunder = dunderBytes(x);
  if (viaDunder !== null) return viaDunder;
  if (x instanceof PyStr) throw typeError('string argument without an encoding');
  const size = sizeArg(x);
  if (size !== null) return newBytes(new Uint8Array(size));
  return newBytes(bytesFromIterable(x, 'bytes must be in range(0, 256)', 'bytes'));
}

/** bytes(n) / bytearray(n): the count of an index-able argument, or null when it is not one. */
export function sizeArg(x: PyObject): number | null {
  if (x.type.index === null) return null;
  let v: number | bigint;
  try {
    v = indexValue(x);
  } catch (e) {
    // A TypeError from __index__ means "not a count": the object is tried as an iterable.
    if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
      decref(e);
      return null;
    }
    throw e;
  }
  if (typeof v === 'bigint') {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw overflowError("cannot fit 'int' into an index-sized integer");
    throw v < 0n ? valueError('negative count') : memoryError();
  }
  if (v < 0) throw valueError('negative count');
  if (v > 0x7fffffff) throw memoryError();
  return v;
}

function bytesNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const [x, enc, errs] = unpackArgs('bytes', args, kwnames, ['source', 'encoding', 'errors'], 0, 3, 0);
  const v = bytesFromArgs(x, enc, errs);
  if (t === BytesType) return v;
  const o = allocInstance(t) as PyBytes;
  o.bytes = v.bytes;
  decref(v);
  return o;
}

// ---------------------------------------------------------------- init

export function initBytes(): void {
  const T = BytesType;
  T.jsClass = PyBytesInstance as unknown as new (type: PyType) => PyObject;
  T.repr = (o) => newStr(reprBytes((o as PyBytes).bytes));
  T.str = (o) => {
    if (bytesHooks.warning !== null) bytesHooks.warning('str() on a bytes instance');
    return T.repr!(o);
  };
  T.hash = bytesHash;
  T.richcompare = bytesCompare;
  T.getattro = genericGetAttr;
  T.len = (o) => (o as PyBytes).bytes.length;
  T.getitem = bytesSubscript;
  T.contains = bytesContains;
  T.concat = bytesConcat;
  T.repeat = bytesRepeat;
  T.iter = (o) => (o.rc++, new PyBytesIter(o, BytesIterType));
  T.new_ = bytesNew;
  T.nb[Bin.MOD] = bytesMod;
  defineByteMethods(T, BYTES_KIND);
  // The bytes follow the header (and a subclass's fields) in the object's own block.
  defMethod(T, '__sizeof__', (s, a, k) => {
    checkArgs('bytes.__sizeof__', a, k, 0, 0);
    return newInt(s.type.basicsize + (s as PyBytes).bytes.length);
  });
  defClassMethod(T, 'fromhex', fromHexFor(newBytes, T));
  defMethod(T, '__getnewargs__', (s, a, k) => {
    checkArgs('bytes.__getnewargs__', a, k, 0, 0);
    return newTuple([newBytes((s as PyBytes).bytes.slice())]);
  });
  defMethod(T, '__bytes__', (s, a, k) => {
    checkArgs('bytes.__bytes__', a, k, 0, 0);
    return s.type === BytesType ? (s.rc++, s) : newBytes((s as PyBytes).bytes.slice());
  });
  exposeSlots(T);
  exposeSequenceSlots(T);
  exposeNew(T);
  T.doc = BYTES_DOC;
  initBytesIterType(BytesIterType);

  intHooks.bufferOf = bufferOf;
  intHooks.isBytesOrBytearray = (o) => o instanceof PyBytes || o instanceof PyByteArray;
  intHooks.newBytes = newBytes;
  intHooks.bytesFromObject = (o) => {
    const viaDunder = dunderBytes(o);
    if (viaDunder === null) return bytesFromIterable(o, 'bytes must be in range(0, 256)', 'bytes');
    const b = viaDunder.bytes;
    decref(viaDunder);
    return b;
  };
  initUnicodeErrors();
}

const BYTES_DOC = `bytes(iterable_of_ints) -> bytes
bytes(string, encoding[, errors]) -> bytes
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
bytes(int) -> bytes object of size given by the parameter initialized with null bytes
bytes() -> empty bytes object

Construct an immutable array of bytes from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - any object implementing the buffer API.
  - an integer`;

// ================================================================ codecs
//
// A codec turns a JS string into bytes and back. An error is reported as a
// range (of code points when encoding, of bytes when decoding) to the error
// handler named by `errors`, which either raises the UnicodeError or gives the
// replacement to write and the position to resume at.

export interface Codec {
  /** The name the codec's errors show ('utf-8', 'charmap', ...). */
  readonly name: string;
  decode(b: Uint8Array, errors: string): string;
  encode(s: string, errors: string): Uint8Array;
}

/**
 * The codecs found through the registry's search functions (codecs.register),
 * for the names no built-in codec has; the _codecs module installs the search.
 */
export const codecRegistry: { find: (encoding: string, what: 'encoding' | 'decoding') => Codec | null } = { find: () => null };

/** encodings.normalize_encoding: lower case, and each run of other characters than letters, digits and '.' one '_'. */
export function normalizeEncoding(encoding: string): string {
  let norm = '';
  let punct = false;
  for (const c of encoding.toLowerCase()) {
    if (/[\p{L}\p{N}.]/u.test(c)) {
      if (punct && norm !== '') norm += '_';
      // Non-ASCII letters and digits end a punctuation run but are dropped.
      if (c < '\x80') norm += c;
      punct = false;
    } else {
      punct = true;
    }
  }
  return norm;
}

/**
 * The codecs PyUnicode_Decode and PyUnicode_AsEncodedString call directly;
 * the others go through the codec registry, which rewords a plain exception
 * raised inside the codec (an unknown error handler's LookupError).
 */
const FAST_PATH = new Set(['utf8', 'utf_8', 'utf16', 'utf_16', 'utf32', 'utf_32', 'ascii', 'us_ascii', 'latin1', 'latin_1',
  'iso_8859_1', 'iso8859_1']);

/** The codecs of the standard library that are not between str and bytes (codecs.encode() runs them). */
const NOT_TEXT = new Set(['base64_codec', 'base64', 'base_64', 'bz2_codec', 'bz2', 'hex_codec', 'hex', 'quopri_codec',
  'quopri', 'quotedprintable', 'quoted_printable', 'rot_13', 'rot13', 'uu_codec', 'uu', 'zlib_codec', 'zip', 'zlib']);

/** The module name (encodings.<name>) of the built-in codec of an encoding, or null (the registry's search functions come after these). */
export function builtinCodecModule(encoding: string): string | null {
  const norm = normalizeEncoding(encoding);
  const key = ALIASES.get(norm) ?? ALIASES.get(norm.replace(/\./g, '_')) ?? norm;
  return CODECS.has(key) ? key : null;
}

function lookupCodec(encoding: string, what: 'encoding' | 'decoding'): Codec {
  const norm = normalizeEncoding(encoding);
  const codec = CODECS.get(ALIASES.get(norm) ?? ALIASES.get(norm.replace(/\./g, '_')) ?? norm);
  if (codec !== undefined) return codec;
  if (NOT_TEXT.has(norm)) {
    const fn = what === 'encoding' ? 'codecs.encode()' : 'codecs.decode()';
    throw newException(LookupErrorType, `'${encoding}' is not a text encoding; use ${fn} to handle arbitrary codecs`);
  }
  const registered = codecRegistry.find(encoding, what);
  if (registered !== null) return registered;
  throw newException(LookupErrorType, `unknown encoding: ${encoding}`);
}

/** Run a codec; through the registry, a LookupError becomes "decoding with 'x' codec failed (...)", caused by it. */
function runCodec<T>(encoding: string, what: 'encoding' | 'decoding', f: (codec: Codec) => T): T {
  const codec = lookupCodec(encoding, what);
  if (FAST_PATH.has(normalizeEncoding(encoding))) return f(codec);
  try {
    return f(codec);
  } catch (e) {
    if (!(e instanceof PyBaseException) || e.type !== LookupErrorType || e.args.items.length !== 1) throw e;
    const wrapped = newException(LookupErrorType,
      `${what} with '${encoding}' codec failed (LookupError: ${(e.args.items[0] as PyStr).v})`);
    wrapped.cause = e;
    wrapped.suppressContext = true;
    throw wrapped;
  }
}

/** bytes.decode / str(b, encoding, errors). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  return runCodec(encoding, 'decoding', (codec) => codec.decode(b, errors));
}

/** str.encode / bytes(s, encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  return runCodec(encoding, 'encoding', (codec) => codec.encode(s, errors));
}

// ---------------------------------------------------------------- error handlers

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
  'xmlcharrefreplace', 'namereplace']);

function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw newException(LookupErrorType, `unknown error handler name '${errors}'`);
}

function decodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string): PyObject {
  return newExceptionArgs(excTypes.get('UnicodeDecodeError')!,
    [newStr(codec), newBytes(b.slice()), newInt(start), newInt(end), newStr(reason)]);
}

function encodeError(codec: string, s: string, start: number, end: number, reason: string): PyObject {
  return newExceptionArgs(excTypes.get('UnicodeEncodeError')!,
    [newStr(codec), newStr(s), newInt(start), newInt(end), newStr(reason)]);
}

/** Where decoding resumes after decodeReplacement (the end of the range, or less for surrogateescape). */
let resumeAt = 0;

/**
 * The replacement of the undecodable bytes b[start:end] (Python/codecs.c's
 * handlers); surrogatepass is the codec's own business and raises here.
 */
function decodeReplacement(codec: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  checkHandler(errors);
  resumeAt = end;
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace': {
      let out = '';
      for (let i = start; i < end; i++) out += '\\x' + (b[i] < 16 ? '0' : '') + b[i].toString(16);
      return out;
    }
    case 'surrogateescape': {
      // Up to 4 leading bytes >= 128 become lone surrogates (PEP 383); an ASCII byte cannot, and stops it.
      let out = '';
      let i = start;
      while (i < end && i < start + 4 && b[i] >= 0x80) out += String.fromCharCode(0xdc00 + b[i++]);
      if (i === start) throw decodeError(codec, b, start, end, reason);
      resumeAt = i;
      return out;
    }
    default:
      throw decodeError(codec, b, start, end, reason);
  }
}

/** The code points of s, for the slow paths that report positions. */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** How a codec writes one code point (false: it cannot). */
type PutCodePoint = (cp: number, out: number[]) => boolean;

/** What a codec's encoder does with the code points it cannot write. */
interface EncodeErrors {
  /** The reason its UnicodeEncodeError gives. */
  reason: string;
  /** The UTF-8 and 8-bit encoders report runs of bad code points; UTF-16 and UTF-32 one at a time. */
  runs: boolean;
  /** How surrogatepass writes a lone surrogate (the UTF codecs), or null. */
  surrogate: PutCodePoint | null;
}

/**
 * Encode code point by code point; the code points `put` refuses go to the
 * error handler, whose text is written by the codec itself.
 */
function encodeWith(codec: string, s: string, errors: string, put: PutCodePoint, how: EncodeErrors,
  prefix: number[] = []): Uint8Array {
  const cps = codePoints(s);
  const out: number[] = prefix.slice();
  for (let i = 0; i < cps.length;) {
    if (put(cps[i], out)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (how.runs) while (j < cps.length && !put(cps[j], [])) j++;
    checkHandler(errors);
    encodeRun(codec, s, cps, i, j, errors, out, put, how);
    i = j;
  }
  return Uint8Array.from(out);
}

/** The error handler's output for the unencodable cps[start:end]. */
function encodeRun(codec: string, s: string, cps: number[], start: number, end: number, errors: string,
  out: number[], put: PutCodePoint, how: EncodeErrors): void {
  const fail = () => encodeError(codec, s, start, end, how.reason);
  const text = (t: string) => {
    for (let k = 0; k < t.length; k++) put(t.charCodeAt(k), out);
  };
  for (let i = start; i < end; i++) {
    const cp = cps[i];
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        put(0x3f, out);
        break;
      case 'backslashreplace':
        text(escapeCodePoint(cp));
        break;
      case 'xmlcharrefreplace':
        text(`&#${cp};`);
        break;
      case 'namereplace': {
        const name = unicodeName(cp);
        text(name === undefined ? escapeCodePoint(cp) : `\\N{${name}}`);
        break;
      }
      case 'surrogateescape':
        // One raw byte per character: the UTF-16 and UTF-32 encoders refuse a part of a code unit.
        if (cp < 0xdc80 || cp > 0xdcff || !how.runs) throw fail();
        out.push(cp - 0xdc00);
        break;
      case 'surrogatepass':
        if (how.surrogate === null || cp < 0xd800 || cp > 0xdfff) throw fail();
        how.surrogate(cp, out);
        break;
      default:
        throw fail();
    }
  }
}

// ---------------------------------------------------------------- UTF-8

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function putUtf8(cp: number, out: number[]): boolean {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) {
    if (cp >= 0xd800 && cp < 0xe000) return false;
    out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return true;
}

const UTF8_ERRORS: EncodeErrors = {
  reason: 'surrogates not allowed',
  runs: true,
  surrogate: (cp, out) => (out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)), true),
};

function encodeUtf8(s: string, errors: string): Uint8Array {
  if (!LONE_SURROGATE.test(s)) return utf8Encoder.encode(s);
  return encodeWith('utf-8', s, errors, putUtf8, UTF8_ERRORS);
}

/** The second byte's range after a lead byte (Unicode's well-formed sequences, table 3-7). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function decodeUtf8(b: Uint8Array, errors: string): string {
  try {
    return utf8Fatal.decode(b);
  } catch {
    return decodeUtf8Slow(b, errors);
  }
}

/** UTF-8 with errors: each invalid sequence is its maximal valid prefix, as CPython reports it. */
function decodeUtf8Slow(b: Uint8Array, errors: string): string {
  let out = '';
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let reason = 'invalid start byte';
    let end = i + 1;
    if (need > 0) {
      const [lo, hi] = secondByteRange(c);
      let k = 1;
      for (; k <= need && i + k < n; k++) {
        const d = b[i + k];
        if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) break;
      }
      if (k > need) {
        let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        for (let m = 1; m <= need; m++) cp = (cp << 6) | (b[i + m] & 0x3f);
        out += String.fromCodePoint(cp);
        i += need + 1;
        continue;
      }
      end = i + k;
      reason = i + k >= n ? 'unexpected end of data' : 'invalid continuation byte';
    }
    if (errors === 'surrogatepass' && c === 0xed && i + 2 < n && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf &&
      b[i + 2] >= 0x80 && b[i + 2] <= 0xbf) {
      out += String.fromCharCode(0xd000 | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
      i += 3;
      continue;
    }
    out += decodeReplacement('utf-8', b, i, end, reason, errors);
    i = resumeAt;
  }
  return out;
}

const utf8Sig: Codec = {
  name: 'utf-8-sig',
  decode: (b, errors) => {
    const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
    return decodeUtf8(bom ? b.subarray(3) : b, errors);
  },
  encode: (s, errors) => concatArrays(Uint8Array.of(0xef, 0xbb, 0xbf), encodeUtf8(s, errors)),
};

// ---------------------------------------------------------------- ASCII, latin-1, cp1252

/** An 8-bit codec: `table` maps a byte to its code point (-1: undefined); null is ASCII or latin-1 by `limit`. */
function charmapCodec(name: string, limit: number, table: Int32Array | null): Codec {
  const reverse = new Map<number, number>();
  if (table !== null) for (let i = 0; i < 256; i++) if (table[i] >= 0) reverse.set(table[i], i);
  const reason = table !== null ? 'character maps to <undefined>' : `ordinal not in range(${limit})`;
  const how: EncodeErrors = { reason, runs: true, surrogate: null };
  const put: PutCodePoint = (cp, out) => {
    const byte = table === null ? (cp < limit ? cp : undefined) : reverse.get(cp);
    if (byte === undefined) return false;
    out.push(byte);
    return true;
  };
  return {
    name,
    decode: (b, errors) => {
      if (table === null && (limit === 256 || b.every((c) => c < 0x80))) return latin1Of(b);
      let out = '';
      for (let i = 0; i < b.length;) {
        const cp = table === null ? (b[i] < limit ? b[i] : -1) : table[b[i]];
        if (cp >= 0) {
          out += String.fromCharCode(cp);
          i++;
        } else {
          out += decodeReplacement(name, b, i, i + 1, reason, errors);
          i = resumeAt;
        }
      }
      return out;
    },
    encode: (s, errors) => {
      const simple = table === null && !(limit === 128 ? /[^\0-\x7f]/ : /[^\0-\xff]/).test(s);
      return simple ? bytesOfLatin1(s) : encodeWith(name, s, errors, put, how);
    },
  };
}

/** cp1252: latin-1 except 0x80..0x9f, where five bytes are undefined. */
function cp1252Table(): Int32Array {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  const high = [0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1,
    0x17d, -1, -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1,
    0x17e, 0x178];
  t.set(high, 0x80);
  return t;
}

// ---------------------------------------------------------------- UTF-16 and UTF-32

/**
 * A UTF-16 or UTF-32 codec. `little` null is the BOM-reading and -writing
 * form ('utf-16'): it decodes little-endian without a BOM, and its decoding
 * errors name the byte order it used, as CPython's do.
 */
function utfCodec(width: 2 | 4, little: boolean | null): Codec {
  const base = width === 2 ? 'utf-16' : 'utf-32';
  const name = little === null ? base : `${base}-${little ? 'le' : 'be'}`;
  const le = little ?? true;
  const unit: PutCodePoint = (v, out) => {
    const bytes = width === 2 ? [v & 0xff, v >> 8] : [v & 0xff, (v >> 8) & 0xff, v >>> 16, 0];
    out.push(...(le ? bytes : bytes.reverse()));
    return true;
  };
  const put: PutCodePoint = (cp, out) => {
    if (cp >= 0xd800 && cp < 0xe000) return false;
    if (width === 4 || cp < 0x10000) return unit(cp, out);
    unit(0xd7c0 + (cp >> 10), out);
    return unit(0xdc00 | (cp & 0x3ff), out);
  };
  const how: EncodeErrors = { reason: 'surrogates not allowed', runs: false, surrogate: unit };
  return {
    name,
    decode: (b, errors) => {
      let order = le;
      let start = 0;
      if (little === null && b.length >= width) {
        const bom = width === 2 ? read16(b, 0, true) : read32(b, 0, true);
        if (bom === 0xfeff) start = width;
        else if (bom === (width === 2 ? 0xfffe : 0xfffe0000)) [start, order] = [width, false];
      }
      const codec = `${base}-${order ? 'le' : 'be'}`;
      return width === 2 ? decodeUtf16(b, start, order, errors, codec) : decodeUtf32(b, start, order, errors, codec);
    },
    encode: (s, errors) => {
      const bom: number[] = [];
      if (little === null) unit(0xfeff, bom);
      return encodeWith(name, s, errors, put, how, bom);
    },
  };
}

function read16(b: Uint8Array, i: number, le: boolean): number {
  return le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
}

function read32(b: Uint8Array, i: number, le: boolean): number {
  return (le ? b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)
    : (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
}

function decodeUtf16(b: Uint8Array, start: number, le: boolean, errors: string, codec: string): string {
  let out = '';
  let i = start;
  const n = b.length;
  while (i + 1 < n) {
    const u = read16(b, i, le);
    if (u < 0xd800 || u >= 0xe000) {
      out += String.fromCharCode(u);
      i += 2;
      continue;
    }
    let end = i + 2;
    let reason: string;
    if (u >= 0xdc00) {
      reason = 'illegal encoding';
    } else if (i + 3 >= n) {
      reason = 'unexpected end of data';
      end = n;
    } else {
      const u2 = read16(b, i + 2, le);
      if (u2 >= 0xdc00 && u2 < 0xe000) {
        out += String.fromCharCode(u, u2);
        i += 4;
        continue;
      }
      reason = 'illegal UTF-16 surrogate';
    }
    if (errors === 'surrogatepass') {
      out += String.fromCharCode(u);
      i += 2;
      continue;
    }
    out += decodeReplacement(codec, b, i, end, reason, errors);
    i = resumeAt;
  }
  while (i < n) {
    out += decodeReplacement(codec, b, i, n, 'truncated data', errors);
    i = resumeAt;
  }
  return out;
}

function decodeUtf32(b: Uint8Array, start: number, le: boolean, errors: string, codec: string): string {
  let out = '';
  let i = start;
  const n = b.length;
  while (i + 3 < n) {
    const v = read32(b, i, le);
    if (v < 0xd800 || (v >= 0xe000 && v <= 0x10ffff)) {
      out += String.fromCodePoint(v);
      i += 4;
    } else if (v < 0xe000 && errors === 'surrogatepass') {
      out += String.fromCharCode(v);
      i += 4;
    } else {
      const reason = v > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
      out += decodeReplacement(codec, b, i, i + 4, reason, errors);
      i = resumeAt;
    }
  }
  while (i < n) {
    out += decodeReplacement(codec, b, i, n, 'truncated data', errors);
    i = resumeAt;
  }
  return out;
}

// ---------------------------------------------------------------- the codec table

const CODECS = new Map<string, Codec>();
const utf8: Codec = { name: 'utf-8', decode: decodeUtf8, encode: encodeUtf8 };
for (const [key, codec] of [
  ['utf_8', utf8], ['utf_8_sig', utf8Sig], ['ascii', charmapCodec('ascii', 128, null)],
  ['latin_1', charmapCodec('latin-1', 256, null)], ['cp1252', charmapCodec('charmap', 256, cp1252Table())],
  ['utf_16', utfCodec(2, null)], ['utf_16_le', utfCodec(2, true)], ['utf_16_be', utfCodec(2, false)],
  ['utf_32', utfCodec(4, null)], ['utf_32_le', utfCodec(4, true)], ['utf_32_be', utfCodec(4, false)],
] as [string, Codec][]) {
  CODECS.set(key, codec);
}

/** encodings.aliases for the codecs above (normalized alias -> codec module name). */
const ALIASES = new Map<string, string>();
for (const [module, aliases] of [
  ['ascii', '646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii'],
  ['cp1252', '1252 windows_1252'],
  ['latin_1', '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1'],
  ['utf_16', 'u16 utf16'], ['utf_16_be', 'unicodebigunmarked utf_16be'], ['utf_16_le', 'unicodelittleunmarked utf_16le'],
  ['utf_32', 'u32 utf32'], ['utf_32_be', 'utf_32be'], ['utf_32_le', 'utf_32le'],
  ['utf_8', 'cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4'],
]) {
  for (const alias of aliases.split(' ')) ALIASES.set(alias, module);
}

// ---------------------------------------------------------------- UnicodeDecodeError / UnicodeEncodeError

/**
 * The codecs raise UnicodeDecodeError(encoding, object, start, end, reason)
 * and UnicodeEncodeError(...) with CPython's arguments; their str() and
 * attributes are read from those arguments, as CPython's exception_str does.
 */
function initUnicodeErrors(): void {
  for (const [name, decoding] of [['UnicodeDecodeError', true], ['UnicodeEncodeError', false]] as const) {
    const T = excTypes.get(name)!;
    T.str = (o) => {
      const text = unicodeErrorText(o as PyBaseException, decoding);
      return text === null ? BaseExceptionType.str!(o) : newStr(text);
    };
    exposeSlot(T, '__str__', 'str', (s, a, k) => (wrapperArgs('__str__', a, k, 0), T.str!(s)));
    ['encoding', 'object', 'start', 'end', 'reason'].forEach((attr, i) => {
      defGetSet(T, attr, (o) => {
        const items = (o as PyBaseException).args.items;
        const v = items.length === 5 ? items[i] : None;
        v.rc++;
        return v;
      });
    });
  }
}

/** The message of a UnicodeError made with the five arguments, or null. */
function unicodeErrorText(e: PyBaseException, decoding: boolean): string | null {
  const a = e.args.items;
  if (a.length !== 5 || !(a[0] instanceof PyStr) || !(a[2] instanceof PyInt) || !(a[3] instanceof PyInt) ||
    !(a[4] instanceof PyStr)) return null;
  const start = Number(a[2].v);
  const end = Number(a[3].v);
  const head = `'${a[0].v}' codec can't ${decoding ? 'decode' : 'encode'}`;
  if (decoding) {
    const b = bufferOf(a[1]);
    if (b === null) return null;
    if (start < b.length && end === start + 1) {
      return `${head} byte 0x${(b[start] < 16 ? '0' : '') + b[start].toString(16)} in position ${start}: ${a[4].v}`;
    }
  } else {
    if (!(a[1] instanceof PyStr)) return null;
    const cps = codePoints(a[1].v);
    if (start < cps.length && end === start + 1) {
      return `${head} character '${escapeCodePoint(cps[start])}' in position ${start}: ${a[4].v}`;
    }
  }
  return `${head} ${decoding ? 'bytes' : 'characters'} in position ${start}-${end - 1}: ${a[4].v}`;
}
