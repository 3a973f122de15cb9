// str: an immutable sequence of code points (Objects/unicodeobject.c).
//
// The value is a JS string. A code point above U+FFFF is a surrogate pair in
// it, so `cplen` (the length in code points) is computed once; when it equals
// the JS length the string has no pairs and indexing is direct. Strings with
// pairs get a table of code unit offsets on first indexing, so that s[i] stays
// O(1) as CPython's fixed-width representation makes it.
//
// The pure algorithms of the methods live in src/common/strops.ts; this file
// checks the arguments as CPython's argument parsers do (with their messages)
// and returns CPython's objects: the same object when a method leaves an exact
// str unchanged (strip, replace, center, ...), a new one otherwise.

import { gcHeader } from '../gc.js';
import { PyObject, objectAllocated, decref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { registerBlockSize } from '../heap.js';

export const StrType = builtinType('str', ObjectType, { basicsize: 80 });

export class PyStr extends PyObject {
  /**
   * Cached hash (low/high 32 bits), both -1 until computed: no str hashes
   * to -1. (A str has few fields: programs keep many strs alive.)
   */
  hashLo: number;
  hashHi: number;
  /** Length in code points, -1 until needed. */
  private cp: number;
  /** CPython's kind plus one (KIND_BITS; 0 until needed), and INTERNED. */
  private bits: number;
  v: string;
  constructor(v: string, type: PyType = StrType) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    // An instance of a Python subclass has a GC header.
    if (type.gc) gcHeader(this);
    objectAllocated(this, type);
    this.v = v;
    this.hashLo = -1;
    this.hashHi = -1;
    this.cp = -1;
    this.bits = 0;
  }
  get hashed(): boolean {
    return this.hashLo !== -1 || this.hashHi !== -1;
  }
  get interned(): boolean {
    return (this.bits & INTERNED) !== 0;
  }
  set interned(on: boolean) {
    this.bits = on ? this.bits | INTERNED : this.bits & ~INTERNED;
  }
  get cplen(): number {
    if (this.cp < 0) this.cp = codePointLength(this.v);
    return this.cp;
  }
  /** CPython's kind (0 ASCII, 1 latin-1, 2 UCS-2, 4 UCS-4). */
  get kind(): number {
    let k = this.bits & KIND_BITS;
    if (k === 0) {
      k = textKind(this.v) + 1;
      this.bits |= k;
    }
    return k - 1;
  }
  /**
   * PyUnicode_Append's in-place case: append t's characters when they fit
   * this str's kind (an ASCII str takes only ASCII). The caller has checked
   * that nothing else refers to this str and that it was never hashed.
   */
  appendInPlace(t: PyStr): boolean {
    const k = this.kind;
    const tk = t.kind;
    if (tk > k || (k === 0 && tk !== 0)) return false;
    if (this.cp >= 0) {
      if (this.cp !== this.v.length) offsetTables.delete(this);
      this.cp += t.cplen;
    }
    this.v += t.v;
    return true;
  }
  /** Code unit offset of code point index i (0 <= i <= cplen). */
  unitAt(i: number): number {
    if (this.cplen === this.v.length) return i;
    let offsets = offsetTables.get(this);
    if (offsets === undefined) {
      offsets = codePointOffsets(this.v, this.cplen);
      offsetTables.set(this, offsets);
    }
    return offsets[i];
  }
}

const KIND_BITS = 7;
const INTERNED = 8;

/** For strs with surrogate pairs, once indexed: the code unit offset of each code point, and the end. */
const offsetTables = new WeakMap<PyStr, Uint32Array>();

/** CPython's kind of a text: 0 ASCII, 1 latin-1, 2 UCS-2, 4 UCS-4. */
function textKind(v: string): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 0x80) return 0;
  if (max < 0x100) return 1;
  return max < 0xd800 || codePointLength(v) === v.length ? 2 : 4;
}

/**
 * The size of a compact str's block: ASCII strings have a 48-byte header,
 * others 72 and 1, 2 or 4 bytes per code point; one more for the NUL. Past
 * pymalloc's 512 bytes only the size matters, so long strings are not scanned.
 */
export function strBlockSize(v: string): number {
  const n = v.length;
  if (n > 463) return 49 + n;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 0x80) return 49 + n;
  if (max < 0x100) return 73 + n;
  if (max < 0xd800) return 72 + 2 * (n + 1);
  const cp = codePointLength(v);
  return cp === n ? 72 + 2 * (n + 1) : 72 + 4 * (cp + 1);
}

registerBlockSize(StrType, (o) => strBlockSize((o as PyStr).v));

/** Instances of str subclasses: the value is set after allocation. */
class PyStrInstance extends PyStr {
  constructor(type: PyType) {
    super('', type);
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;
const NON_ASCII = /[^\0-\x7f]/;

export function codePointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function codePointOffsets(s: string, n: number): Uint32Array {
  const out = new Uint32Array(n + 1);
  let i = 0;
  for (let k = 0; k < n; k++) {
    out[k] = i;
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  out[n] = i;
  return out;
}

/** True when the JS string has no surrogate pairs (JS index = code point index). */
export function isSimple(s: PyStr): boolean {
  return s.cplen === s.v.length;
}

/** The interned strings (sys.intern, identifiers in code, attribute names). */
const interned = new Map<string, PyStr>();

/** CPython keeps one object per 1-character latin-1 string. */
const latin1: PyStr[] = [];

/**
 * The 1-character names CPython 3.11 has interned before a script runs (names
 * in the frozen modules its start-up imports): their interned object is not
 * the latin-1 singleton that s[i] and chr() give, so `'abc'[0] is 'a'` is
 * False while `'abc'[6:7] is 'g'`-style tests with other characters are True.
 * Measured with `s[i] is <literal>` for every latin-1 character.
 */
const PREINTERNED_CHARS = 'BCLST_abcdefhijklmnopqrstvwxy';

export const EMPTY = new PyStr('');
EMPTY.rc = 1 << 30;

/** A new str object (a new reference). */
export function newStr(v: string): PyStr {
  if (v.length <= 1) {
    if (v.length === 0) {
      EMPTY.rc++;
      return EMPTY;
    }
    const c = v.charCodeAt(0);
    if (c < 256) {
      let s = latin1[c];
      if (s === undefined) {
        s = latin1[c] = new PyStr(v);
        s.rc = 1 << 30;
        // The singleton is the interned object unless start-up interned another one.
        if (!PREINTERNED_CHARS.includes(v)) {
          s.interned = true;
          interned.set(v, s);
        }
      }
      s.rc++;
      return s;
    }
  }
  return new PyStr(v);
}

/** The interned object for v, or undefined; the start-up ones are made on first use. */
function internedOf(v: string): PyStr | undefined {
  let s = interned.get(v);
  if (s === undefined && v.length === 1 && PREINTERNED_CHARS.includes(v)) {
    s = new PyStr(v);
    s.rc = 1 << 30;
    s.interned = true;
    interned.set(v, s);
  }
  return s;
}

/** sys.intern / PyUnicode_InternInPlace: the interned object equal to s (new reference). */
export function intern(s: PyStr): PyStr {
  if (s.interned) {
    s.rc++;
    return s;
  }
  const prev = internedOf(s.v);
  if (prev !== undefined) {
    prev.rc++;
    return prev;
  }
  if (s.type !== StrType) {
    s.rc++;
    return s;
  }
  // CPython's interned dict does not own its entries (they are "mortal"): it
  // drops them when the string dies.
  interned.set(s.v, s);
  s.interned = true;
  s.rc++;
  return s;
}

/** The interned str for an identifier-like JS string (a new reference). */
export function internStr(v: string): PyStr {
  const prev = internedOf(v);
  if (prev !== undefined) {
    prev.rc++;
    return prev;
  }
  const s = newStr(v);
  if (s.interned) return s;
  interned.set(v, s);
  s.interned = true;
  return s;
}

/**
 * A borrowed, interned str for a name the runtime itself looks up (an
 * attribute or dict key named in JS code). The cache holds one reference.
 */
const names = new Map<string, PyStr>();
export function nameStr(s: string): PyStr {
  let n = names.get(s);
  if (n === undefined) {
    n = internStr(s);
    names.set(s, n);
  }
  return n;
}

export function forgetInterned(s: PyStr): void {
  if (s.interned && interned.get(s.v) === s) interned.delete(s.v);
}

StrType.dealloc = (o) => forgetInterned(o as PyStr);

import { reprStr } from '../../common/repr.js';
import { hashStr, hashHi } from '../../common/hash.js';
import * as strops from '../../common/strops.js';
import { HASH } from '../hashing.js';
import { newBool } from './bool.js';
import { NotImplemented, None } from './none.js';
import { PyInt, newInt, indexSsize, unpackArgs, exposeNew, formatSpecArg, strOf } from './int.js';
import { PyTuple, TupleType, newTuple } from './tuple.js';
import { PyList, ListType, listPreallocated, splitPrealloc } from './list.js';
import { PyDict, newDict, dictSet, dictEntryCount, dictKeyAt, dictValueAt } from './dict.js';
import { PySlice, SLICE, sliceIndices } from './slice.js';
import { PyBuiltin, checkArgs, noKw, wrapperArgs, wrapperUnpack, badArgument, type NativeFn } from './builtinfunc.js';
import { exposeSlots, exposeSlot, defMethod, genericGetAttr, allocInstance } from './typeobject.js';
import { PyBaseException, TypeErrorType, LookupErrorType, newException, MemoryErrorType } from './exceptions.js';
import { typeError, valueError, indexError, overflowError } from '../errors.js';
import { Op, Bin, getIter, iterNext, getitem, indexValue, str as strOfObject } from '../abstract.js';
import { frameBuiltin } from './iterators.js';
import { bufferOf, decodeBytes, encodeStr, newBytes } from './bytes.js';
import { strFormat, strPercentFormat } from '../format.js';
import { formatStr as formatStrSpec } from '../../common/formatSpec.js';

// ---------------------------------------------------------------- hash and comparison

/** The hash of a str, computed once (the low 32 bits; high in HASH.hi). */
export function strHash(o: PyObject): number {
  const s = o as PyStr;
  if (s.hashLo === -1 && s.hashHi === -1) {
    s.hashLo = hashStr(s.v);
    s.hashHi = hashHi;
  }
  HASH.hi = s.hashHi;
  return s.hashLo;
}

function strCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(a instanceof PyStr) || !(b instanceof PyStr)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  const x = a.v;
  const y = b.v;
  switch (op) {
    case Op.EQ: return newBool(x === y);
    case Op.NE: return newBool(x !== y);
    default: {
      const c = compareCodePoints(x, y);
      return newBool(op === Op.LT ? c < 0 : op === Op.LE ? c <= 0 : op === Op.GT ? c > 0 : c >= 0);
    }
  }
}

/** Order by code point (JS compares UTF-16 units, which misorders astral characters against U+E000..U+FFFF). */
export function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    let a = x.charCodeAt(i);
    let b = y.charCodeAt(i);
    if (a === b) continue;
    if (a >= 0xd800 && a < 0xe000) a += 0x10000;
    if (b >= 0xd800 && b < 0xe000) b += 0x10000;
    return a < b ? -1 : 1;
  }
  return x.length - y.length;
}

// ---------------------------------------------------------------- results

/** unicode_result_unchanged: an exact str whose method changed nothing returns itself. */
function sameOrNew(self: PyStr, r: string): PyStr {
  if (self.type === StrType && r === self.v) {
    self.rc++;
    return self;
  }
  return newStr(r);
}

/** A list of new str objects; `self` stands for a part equal to the whole string (CPython reuses it). */
function strList(self: PyStr, parts: string[], prealloc: number): PyList {
  // The parts' array becomes the list's: each text is replaced by its object
  // in place, sparing a second array (split's lists can be long).
  const items = parts as unknown as PyObject[];
  for (let i = 0; i < parts.length; i++) items[i] = sameOrNew(self, parts[i]);
  return listPreallocated(items, prealloc);
}

/** V8's longest string: a longer result is CPython's MemoryError (it could not allocate it either). */
const MAX_STRING_LENGTH = (1 << 29) - 24;

export function memoryError(): PyObject {
  return newException(MemoryErrorType, null);
}

// ---------------------------------------------------------------- sequence slots

/** An index for s[i]: beyond Py_ssize_t it is an IndexError, not an OverflowError (PyNumber_AsSsize_t(i, IndexError)). */
export function subscriptIndex(k: PyObject): number {
  const v = k instanceof PyInt ? k.v : indexValue(k);
  if (typeof v === 'number') return v;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw indexError("cannot fit 'int' into an index-sized integer");
  return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** The code point at index i (in range) as a str (new reference). */
function strItem(s: PyStr, i: number): PyStr {
  const v = s.v;
  if (s.cplen === v.length) return newStr(v[i]);
  const at = s.unitAt(i);
  return newStr(v.slice(at, s.unitAt(i + 1)));
}

function strSubscript(o: PyObject, k: PyObject): PyObject {
  const s = o as PyStr;
  if (k.type.index !== null) {
    let i = subscriptIndex(k);
    const n = s.cplen;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('string index out of range');
    return strItem(s, i);
  }
  if (k instanceof PySlice) return strSliceOf(s, k);
  throw typeError(`string indices must be integers, not '${k.type.name}'`);
}

function strSliceOf(s: PyStr, k: PySlice): PyStr {
  const n = s.cplen;
  const len = sliceIndices(k, n);
  const start = SLICE.start;
  const step = SLICE.step;
  if (len <= 0) return newStr('');
  if (step === 1) {
    if (len === n && s.type === StrType) {
      s.rc++;
      return s;
    }
    return newStr(s.v.slice(s.unitAt(start), s.unitAt(start + len)));
  }
  const v = s.v;
  let out = '';
  if (s.cplen === v.length) {
    for (let i = 0, j = start; i < len; i++, j += step) out += v[j];
  } else {
    for (let i = 0, j = start; i < len; i++, j += step) out += v.slice(s.unitAt(j), s.unitAt(j + 1));
  }
  return newStr(out);
}

function strContains(o: PyObject, k: PyObject): boolean {
  if (!(k instanceof PyStr)) throw typeError(`'in <string>' requires string as left operand, not ${k.type.name}`);
  return strops.contains((o as PyStr).v, k.v);
}

function strConcat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyStr)) throw typeError(`can only concatenate str (not "${b.type.name}") to str`);
  const x = a as PyStr;
  // An empty operand gives the other one back when it is an exact str.
  if (x.v.length === 0 && b.type === StrType) {
    b.rc++;
    return b;
  }
  if (b.v.length === 0 && x.type === StrType) {
    x.rc++;
    return x;
  }
  if (x.v.length + b.v.length > MAX_STRING_LENGTH) throw memoryError();
  return newStr(x.v + b.v);
}

/** unicode_repeat: n <= 0 is empty, 1 is the string itself; too long is OverflowError or MemoryError. */
function strRepeat(o: PyObject, n: number): PyObject {
  const s = o as PyStr;
  if (n <= 0 || s.v.length === 0) return newStr('');
  if (n === 1 && s.type === StrType) {
    s.rc++;
    return s;
  }
  if (s.v.length * n > MAX_STRING_LENGTH) {
    if (beyondSsize(s.cplen, n)) throw overflowError('repeated string is too long');
    throw memoryError();
  }
  return newStr(s.v.repeat(n));
}

/** Whether length * n passes PY_SSIZE_T_MAX (a repeat CPython refuses before trying to allocate). */
export function beyondSsize(length: number, n: number): boolean {
  return length * n >= 2 ** 62 && BigInt(length) * BigInt(n) > 0x7fffffffffffffffn;
}

// ---------------------------------------------------------------- iterators (str_ascii_iterator, str_iterator)

export const StrAsciiIterType = builtinType('str_ascii_iterator', ObjectType, { basicsize: 32, gc: true, baseType: false });
export const StrIterType = builtinType('str_iterator', ObjectType, { basicsize: 32, gc: true, baseType: false });

class PyStrIter extends PyObject {
  /** Code unit offset of the next character; `count` characters were returned. */
  at: number;
  count: number;
  seq: PyStr | null;
  constructor(seq: PyStr | null, type: PyType) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, type);
    this.seq = seq;
    this.at = 0;
    this.count = 0;
  }
}

/** iter(s): 3.11 gives ASCII strings their own, faster iterator type. */
function strIter(o: PyObject): PyObject {
  const s = o as PyStr;
  s.rc++;
  return new PyStrIter(s, NON_ASCII.test(s.v) ? StrIterType : StrAsciiIterType);
}

function strIterNext(o: PyObject): PyObject | null {
  const it = o as PyStrIter;
  const s = it.seq;
  if (s === null) return null;
  const v = s.v;
  const i = it.at;
  if (i < v.length) {
    const c = v.charCodeAt(i);
    const w = c >= 0xd800 && c < 0xdc00 && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    it.at = i + w;
    it.count++;
    return newStr(w === 1 ? v[i] : v.slice(i, i + 2));
  }
  // An exhausted iterator lets go of its string (CPython clears it_seq).
  it.seq = null;
  decref(s);
  return null;
}

function strIterLengthHint(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(`${self.type.name}.__length_hint__`, args, kwnames, 0, 0);
  const it = self as PyStrIter;
  return newInt(it.seq === null ? 0 : it.seq.cplen - it.count);
}

/** Pickled as iter(s) and the number of characters taken; exhausted, as iter(''). */
function strIterReduce(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(`${self.type.name}.__reduce__`, args, kwnames, 0, 0);
  const it = self as PyStrIter;
  const iter = frameBuiltin('iter');
  if (it.seq === null) return newTuple([iter, newTuple([newStr('')])]);
  it.seq.rc++;
  return newTuple([iter, newTuple([it.seq]), newInt(it.count)]);
}

/** Move to the character at the index given (clamped to the string). */
function strIterSetState(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs('__setstate__', args, kwnames, 1, 1);
  const it = self as PyStrIter;
  let index = indexSsize(args[0]);
  const s = it.seq;
  if (s !== null) {
    if (index < 0) index = 0;
    else if (index > s.cplen) index = s.cplen;
    let at = 0;
    if (self.type === StrAsciiIterType) {
      at = index;
    } else {
      const v = s.v;
      for (let n = 0; n < index; n++) {
        const c = v.charCodeAt(at);
        at += c >= 0xd800 && c < 0xdc00 && (v.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      }
    }
    it.at = at;
    it.count = index;
  }
  return None.rc++, None;
}

// ---------------------------------------------------------------- argument parsing (CPython's messages)

/** Argument Clinic's positional-only methods: "str.center() takes no keyword arguments", "center expected at least 1 argument, got 0". */
export function clinicArgs(qual: string, short: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKw(qual, kwnames);
  checkArgs(short, args, null, min, max);
}

/** PyArg_ParseTuple's "O|OO:find": "find() takes at least 1 argument (0 given)". */
export function tupleArgs(qual: string, short: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKw(qual, kwnames);
  const n = args.length;
  if (n < min) throw typeError(`${short}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) throw typeError(`${short}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** _PyEval_SliceIndex: None is absent; an __index__ value is clamped to the Py_ssize_t range. */
export function sliceIndexArg(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  if (o.type.index === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  const v = o instanceof PyInt ? o.v : indexValue(o);
  if (typeof v === 'number') return v;
  return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** A C int argument through __index__ ("Python int too large to convert to C int"). */
export function cIntArg(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return v;
}

function strArg(o: PyObject, msg: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${msg}, not ${o.type.name}`);
  return o.v;
}

/** A str argument of a function Argument Clinic parses (see badArgument). */
function clinicStr(o: PyObject, fname: string, which: string): string {
  if (!(o instanceof PyStr)) throw badArgument(fname, which, 'str', o);
  return o.v;
}

/** The (sub, start, end) arguments of find, index, count and friends: the slice indices are converted before sub is checked. */
function findArgs(name: string, args: PyObject[], kwnames: string[] | null): [string, number | null, number | null] {
  tupleArgs(`str.${name}`, name, args, kwnames, 1, 3);
  const start = sliceIndexArg(args[1]);
  const end = sliceIndexArg(args[2]);
  return [strArg(args[0], 'must be str'), start, end];
}

// ---------------------------------------------------------------- methods

type StrFn = (s: PyStr, args: PyObject[], kwnames: string[] | null) => PyObject;

function noArgs(name: string, f: (v: string, s: PyStr) => PyObject): StrFn {
  const q = `str.${name}`;
  return (s, a, k) => {
    checkArgs(q, a, k, 0, 0);
    return f(s.v, s);
  };
}

function predicate(name: string, f: (v: string) => boolean): StrFn {
  return noArgs(name, (v) => newBool(f(v)));
}

function caseMapping(name: string, f: (v: string) => string): StrFn {
  return noArgs(name, (v) => newStr(f(v)));
}

function findMethod(name: string, f: (s: string, sub: string, start: number | null, end: number | null) => number): StrFn {
  return (s, a, k) => {
    const [sub, start, end] = findArgs(name, a, k);
    return newInt(f(s.v, sub, start, end));
  };
}

function affixMethod(name: string, f: (s: string, affix: string, start: number | null, end: number | null) => boolean): StrFn {
  return (s, a, k) => {
    tupleArgs(`str.${name}`, name, a, k, 1, 3);
    const start = sliceIndexArg(a[1]);
    const end = sliceIndexArg(a[2]);
    const x = a[0];
    if (x instanceof PyTuple) {
      for (const item of x.items) {
        if (!(item instanceof PyStr)) throw typeError(`tuple for ${name} must only contain str, not ${item.type.name}`);
        if (f(s.v, item.v, start, end)) return newBool(true);
      }
      return newBool(false);
    }
    if (!(x instanceof PyStr)) throw typeError(`${name} first arg must be str or a tuple of str, not ${x.type.name}`);
    return newBool(f(s.v, x.v, start, end));
  };
}

function splitMethod(name: 'split' | 'rsplit'): StrFn {
  const f = name === 'split' ? strops.split : strops.rsplit;
  return (s, a, k) => {
    const [sep, max] = unpackArgs(name, a, k, ['sep', 'maxsplit'], 0, 2, 0);
    const sepv = sep === null || sep === None ? null : strArg(sep, 'must be str or None');
    const maxsplit = max === null ? -1 : indexSsize(max);
    const short = sep !== null && sep !== None && sepOutgrows(s, sep as PyStr);
    return strList(s, f(s.v, sepv, maxsplit), short ? 1 : splitPrealloc(maxsplit));
  };
}

/** A separator longer or wider than the string: split gives the string alone, in an exact one-item list. */
function sepOutgrows(s: PyStr, sep: PyStr): boolean {
  // Without scanning s: 2n code units hold at least n code points, and kinds
  // count as at least latin-1 here, so an ASCII or latin-1 separator is never wider.
  if (s.v.length >= 2 * sep.v.length && strKind(sep) <= 1) return false;
  return s.cplen < sep.cplen || Math.max(strKind(s), 1) < Math.max(strKind(sep), 1);
}

function stripMethod(name: string, f: (s: string, chars: string | null) => string): StrFn {
  return (s, a, k) => {
    clinicArgs(`str.${name}`, name, a, k, 0, 1);
    const c = a.length === 0 || a[0] === None ? null : a[0];
    if (c !== null && !(c instanceof PyStr)) throw typeError(`${name} arg must be None or str`);
    return sameOrNew(s, f(s.v, c === null ? null : c.v));
  };
}

function padMethod(name: string, f: (s: string, width: number, fill: string) => string): StrFn {
  return (s, a, k) => {
    clinicArgs(`str.${name}`, name, a, k, 1, 2);
    const width = indexSsize(a[0]);
    let fill = ' ';
    if (a.length > 1) {
      const c = a[1];
      if (!(c instanceof PyStr)) throw typeError(`The fill character must be a unicode character, not ${c.type.name}`);
      fill = c.v;
    }
    return sameOrNew(s, f(s.v, width, fill));
  };
}

function partitionMethod(name: string, f: (s: string, sep: string) => [string, string, string]): StrFn {
  return (s, a, k) => {
    checkArgs(`str.${name}`, a, k, 1, 1);
    const sep = a[0];
    if (!(sep instanceof PyStr)) throw typeError(`must be str, not ${sep.type.name}`);
    const [x, y, z] = f(s.v, sep.v);
    // A found separator is the argument object itself.
    return newTuple([sameOrNew(s, x), y.length > 0 ? (sep.rc++, sep) : newStr(''), sameOrNew(s, z)]);
  };
}

function affixRemover(name: string, f: (s: string, affix: string) => string): StrFn {
  return (s, a, k) => {
    checkArgs(`str.${name}`, a, k, 1, 1);
    return sameOrNew(s, f(s.v, clinicStr(a[0], name, 'argument')));
  };
}

function strReplace(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('str.replace', 'replace', a, k, 2, 3);
  const old = clinicStr(a[0], 'replace', 'argument 1');
  const repl = clinicStr(a[1], 'replace', 'argument 2');
  const count = a.length > 2 ? indexSsize(a[2]) : -1;
  // Replacing a string by the very same object changes nothing: CPython returns the string itself.
  if (a[0] === a[1]) return sameOrNew(s, s.v);
  const r = strops.replace(s.v, old, repl, count);
  return r === s.v && replacedInPlace(s.v, old, repl, count) ? newStr(r) : sameOrNew(s, r);
}

/** Whether a replace that left the text as it was still replaced something (equal old and new): CPython then copies. */
export function replacedInPlace(s: string, old: string, repl: string, count: number): boolean {
  return old === repl && old.length > 0 && count !== 0 && s.includes(old);
}

function strSplitlines(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  const [keep] = unpackArgs('splitlines', a, k, ['keepends'], 0, 1, 0);
  return strList(s, strops.splitlines(s.v, keep !== null && cIntArg(keep) !== 0), 0);
}

function strExpandtabs(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  const [size] = unpackArgs('expandtabs', a, k, ['tabsize'], 0, 1, 0);
  return sameOrNew(s, strops.expandtabs(s.v, size === null ? 8 : cIntArg(size)));
}

function strZfill(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('str.zfill', a, k, 1, 1);
  return sameOrNew(s, strops.zfill(s.v, indexSsize(a[0])));
}

/**
 * PySequence_Fast: the items of a list or tuple, or of any iterable, as new
 * references; `msg` replaces the TypeError of an object that is not iterable.
 */
export function sequenceItems(o: PyObject, msg: string): PyObject[] {
  if (o.type === ListType || o.type === TupleType) {
    const items = (o as PyList).items.slice();
    for (const x of items) x.rc++;
    return items;
  }
  let it: PyObject;
  try {
    it = getIter(o);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
      decref(e);
      throw typeError(msg);
    }
    throw e;
  }
  const items: PyObject[] = [];
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) items.push(x);
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return items;
}

export function releaseItems(items: PyObject[]): void {
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
}

/** str.join(iterable): the items of a list or tuple are read in place (no Python code can run meanwhile). */
function strJoin(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('str.join', a, k, 1, 1);
  const seq = a[0];
  if (seq.type === ListType || seq.type === TupleType) return joinItems(s.v, (seq as PyList).items);
  const items = sequenceItems(seq, 'can only join an iterable');
  try {
    return joinItems(s.v, items);
  } finally {
    releaseItems(items);
  }
}

/** The items joined by sep; a single exact str item is returned itself. */
function joinItems(sep: string, items: PyObject[]): PyObject {
  const n = items.length;
  if (n === 1 && items[0].type === StrType) {
    items[0].rc++;
    return items[0];
  }
  const texts: string[] = new Array(n);
  let size = n > 0 ? sep.length * (n - 1) : 0;
  for (let i = 0; i < n; i++) {
    const x = items[i];
    if (!(x instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${x.type.name} found`);
    texts[i] = x.v;
    size += x.v.length;
  }
  if (size > MAX_STRING_LENGTH) throw memoryError();
  return newStr(texts.join(sep));
}

/** The optional str arguments of encode/decode and str(): "encode() argument 'encoding' must be str, not int". */
export function codecArg(fname: string, name: string, o: PyObject | null, dflt: string): string {
  if (o === null) return dflt;
  if (!(o instanceof PyStr)) throw badArgument(fname, `argument '${name}'`, 'str', o);
  return o.v;
}

function strEncode(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  const [enc, errs] = unpackArgs('encode', a, k, ['encoding', 'errors'], 0, 2, 0);
  const encoding = codecArg('encode', 'encoding', enc, 'utf-8');
  const errors = codecArg('encode', 'errors', errs, 'strict');
  return newBytes(encodeStr(s.v, encoding, errors));
}

/** str.format(*args, **kwargs): keyword arguments become a dict, as CPython passes them. */
function strFormatMethod(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  const nkw = k === null ? 0 : k.length;
  if (nkw === 0) return strFormat(s, a, null);
  const pos = a.slice(0, a.length - nkw);
  const kwargs = newDict();
  try {
    for (let i = 0; i < nkw; i++) {
      const key = internStr(k![i]);
      dictSet(kwargs, key, a[pos.length + i]);
      decref(key);
    }
    return strFormat(s, pos, kwargs);
  } finally {
    decref(kwargs);
  }
}

function strFormatMap(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('str.format_map', a, k, 1, 1);
  return strFormat(s, null, a[0]);
}

function strDunderFormat(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  const spec = formatSpecArg(s, a, k);
  if (spec === null) return s.type === StrType ? (s.rc++, s) : strOf(s);
  return newStr(formatStrSpec(s.v, spec, s.type.name));
}

// ---------------------------------------------------------------- translate / maketrans

/** The code point a translate table maps a character to, as text; null deletes it, undefined keeps it. */
function translateLookup(table: PyObject, cp: number): string | null | undefined {
  const key = newInt(cp);
  let r: PyObject;
  try {
    r = getitem(table, key);
  } catch (e) {
    // A LookupError (KeyError, IndexError) leaves the character as it is.
    if (e instanceof PyBaseException && e.type.isSubtype(LookupErrorType)) {
      decref(e);
      return undefined;
    }
    throw e;
  } finally {
    decref(key);
  }
  try {
    if (r === None) return null;
    if (r instanceof PyInt) {
      const v = r.v;
      if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
      return String.fromCodePoint(v);
    }
    if (r instanceof PyStr) return r.v;
    throw typeError('character mapping must return integer, None or str');
  } finally {
    decref(r);
  }
}

/** str.translate(table): each character looked up once per call (the results are cached). */
function strTranslate(s: PyStr, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('str.translate', a, k, 1, 1);
  const table = a[0];
  const v = s.v;
  const cache = new Map<number, string | null | undefined>();
  let out = '';
  for (let i = 0; i < v.length;) {
    const cp = v.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    let m = cache.get(cp);
    if (m === undefined && !cache.has(cp)) {
      m = translateLookup(table, cp);
      cache.set(cp, m);
    }
    if (m === undefined) out += v.slice(i, i + w);
    else if (m !== null) out += m;
    i += w;
  }
  return newStr(out);
}

/** str.maketrans(x[, y[, z]]), a static method: the dict of code points to mappings. */
function strMaketrans(_self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('str.maketrans', 'maketrans', a, k, 1, 3);
  const d = newDict();
  try {
    fillTranslateTable(d, a);
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

/** The dict of str.maketrans: from a dict of characters or ints, or from two (three) strings. */
function fillTranslateTable(d: PyDict, a: PyObject[]): void {
  if (a.length === 1) {
    const x = a[0];
    if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (let i = 0; i < dictEntryCount(x); i++) {
      const key = dictKeyAt(x, i);
      if (key === null) continue;
      if (key instanceof PyStr) {
        if (key.cplen !== 1) throw valueError('string keys in translate table must be of length 1');
        const ord = newInt(key.v.codePointAt(0)!);
        dictSet(d, ord, dictValueAt(x, i)!);
        decref(ord);
      } else if (key instanceof PyInt) {
        dictSet(d, key, dictValueAt(x, i)!);
      } else {
        throw typeError('keys in translate table must be strings or integers');
      }
    }
    return;
  }
  // Clinic checks the types of y and z before the function looks at x.
  const y = clinicStr(a[1], 'maketrans', 'argument 2');
  const z = a.length > 2 ? clinicStr(a[2], 'maketrans', 'argument 3') : '';
  const x = a[0];
  if (!(x instanceof PyStr)) throw typeError('first maketrans argument must be a string if there is a second argument');
  const from = codePointsOf(x.v);
  const to = codePointsOf(y);
  if (from.length !== to.length) throw valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < from.length; i++) setIntItem(d, from[i], newInt(to[i]));
  for (const cp of codePointsOf(z)) setIntItem(d, cp, (None.rc++, None));
}

/** d[key] = value for an int key; value is owned. */
function setIntItem(d: PyDict, key: number, value: PyObject): void {
  const ko = newInt(key);
  dictSet(d, ko, value);
  decref(ko);
  decref(value);
}

function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

// ---------------------------------------------------------------- constructor

/** str(object='') / str(bytes_or_buffer, encoding='utf-8', errors='strict'). */
function strNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const [x, enc, errs] = unpackArgs('str', args, kwnames, ['object', 'encoding', 'errors'], 0, 3, 0);
  const v = strFromArgs(x, enc, errs);
  if (t === StrType) return v;
  const o = allocInstance(t) as PyStr;
  o.v = v.v;
  decref(v);
  return o;
}

/** unicode_new_impl for the exact type: PyObject_Str, or decoding a bytes-like object. */
function strFromArgs(x: PyObject | null, enc: PyObject | null, errs: PyObject | null): PyStr {
  if (x === null) return newStr('');
  if (enc === null && errs === null) return strOfObject(x);
  const encoding = codecArg('str', 'encoding', enc, 'utf-8');
  const errors = codecArg('str', 'errors', errs, 'strict');
  if (x instanceof PyStr) throw typeError('decoding str is not supported');
  const b = bufferOf(x);
  if (b === null) throw typeError(`decoding to str: need a bytes-like object, ${x.type.name} found`);
  return newStr(decodeBytes(b, encoding, errors));
}

/** str % args (nb_remainder): NotImplemented unless the left operand is a str. */
function strMod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyStr)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return strPercentFormat(a, b);
}

// ---------------------------------------------------------------- init

const STR_METHODS: [string, StrFn][] = [
  ['encode', strEncode],
  ['replace', strReplace],
  ['split', splitMethod('split')],
  ['rsplit', splitMethod('rsplit')],
  ['join', strJoin],
  ['capitalize', caseMapping('capitalize', strops.capitalize)],
  ['casefold', caseMapping('casefold', strops.casefold)],
  ['title', caseMapping('title', strops.title)],
  ['center', padMethod('center', strops.center)],
  ['count', findMethod('count', strops.count)],
  ['expandtabs', strExpandtabs],
  ['find', findMethod('find', strops.find)],
  ['partition', partitionMethod('partition', strops.partition)],
  ['index', findMethod('index', strops.index)],
  ['ljust', padMethod('ljust', strops.ljust)],
  ['lower', caseMapping('lower', strops.lower)],
  ['lstrip', stripMethod('lstrip', strops.lstrip)],
  ['rfind', findMethod('rfind', strops.rfind)],
  ['rindex', findMethod('rindex', strops.rindex)],
  ['rjust', padMethod('rjust', strops.rjust)],
  ['rstrip', stripMethod('rstrip', strops.rstrip)],
  ['rpartition', partitionMethod('rpartition', strops.rpartition)],
  ['splitlines', strSplitlines],
  ['strip', stripMethod('strip', strops.strip)],
  ['swapcase', caseMapping('swapcase', strops.swapcase)],
  ['translate', strTranslate],
  ['upper', caseMapping('upper', strops.upper)],
  ['startswith', affixMethod('startswith', strops.startswith)],
  ['endswith', affixMethod('endswith', strops.endswith)],
  ['removeprefix', affixRemover('removeprefix', strops.removeprefix)],
  ['removesuffix', affixRemover('removesuffix', strops.removesuffix)],
  ['isascii', predicate('isascii', strops.isascii)],
  ['islower', predicate('islower', strops.islower)],
  ['isupper', predicate('isupper', strops.isupper)],
  ['istitle', predicate('istitle', strops.istitle)],
  ['isspace', predicate('isspace', strops.isspace)],
  ['isdecimal', predicate('isdecimal', strops.isdecimal)],
  ['isdigit', predicate('isdigit', strops.isdigit)],
  ['isnumeric', predicate('isnumeric', strops.isnumeric)],
  ['isalpha', predicate('isalpha', strops.isalpha)],
  ['isalnum', predicate('isalnum', strops.isalnum)],
  ['isidentifier', predicate('isidentifier', strops.isidentifier)],
  ['isprintable', predicate('isprintable', strops.isprintable)],
  ['zfill', strZfill],
  ['format', strFormatMethod],
  ['format_map', strFormatMap],
  ['__format__', strDunderFormat],
  ['__getnewargs__', noArgs('__getnewargs__', (v) => newTuple([newStr(v)]))],
];

/**
 * str.__sizeof__: an exact str is compact, its characters follow the header
 * (PyASCIIObject, 48 bytes, for ASCII; PyCompactUnicodeObject, 72, with 1, 2
 * or 4 bytes a character otherwise) with a terminating NUL; a subclass's
 * instance is a PyUnicodeObject (80) with its characters in a second block.
 */
export function strSizeof(s: PyStr): number {
  const n = s.cplen;
  const kind = strKind(s);
  if (kind === 0) return s.type === StrType ? 48 + n + 1 : 80 + n + 1;
  return (s.type === StrType ? 72 : 80) + (n + 1) * kind;
}

/** The bytes a character of s takes in CPython (1, 2 or 4), 0 for ASCII (1 byte, the smaller header). */
export function strKind(s: PyStr): number {
  return s.kind;
}

export function initStr(): void {
  const T = StrType;
  T.jsClass = PyStrInstance as unknown as new (type: PyType) => PyObject;
  T.repr = (o) => newStr(reprStr((o as PyStr).v));
  T.str = (o) => {
    if (o.type === StrType) {
      o.rc++;
      return o;
    }
    return newStr((o as PyStr).v);
  };
  T.hash = strHash;
  T.richcompare = strCompare;
  T.getattro = genericGetAttr;
  T.len = (o) => (o as PyStr).cplen;
  T.getitem = strSubscript;
  T.contains = strContains;
  T.concat = strConcat;
  T.repeat = strRepeat;
  T.iter = strIter;
  T.new_ = strNew;
  defMethod(T, '__sizeof__', (s, a, k) => (checkArgs('str.__sizeof__', a, k, 0, 0), newInt(strSizeof(s as PyStr))));
  T.nb[Bin.MOD] = strMod;
  for (const [name, fn] of STR_METHODS) defMethod(T, name, fn as NativeFn);
  // maketrans is a static method: a builtin bound to the type, as CPython's METH_STATIC makes it.
  T.attrs.set('maketrans', new PyBuiltin('maketrans', strMaketrans, T, 'str.maketrans', null));
  exposeSlots(T);
  exposeSequenceSlots(T);
  exposeNew(T);
  T.doc = STR_DOC;

  for (const I of [StrAsciiIterType, StrIterType]) {
    I.iter = (o) => (o.rc++, o);
    I.next = strIterNext;
    I.getattro = genericGetAttr;
    I.dealloc = (o) => {
      const it = o as PyStrIter;
      if (it.seq !== null) decref(it.seq);
    };
    I.traverse = (o, visit) => {
      const seq = (o as PyStrIter).seq;
      if (seq != null) visit(seq);
    };
    defMethod(I, '__length_hint__', strIterLengthHint);
    defMethod(I, '__reduce__', strIterReduce);
    defMethod(I, '__setstate__', strIterSetState);
    exposeSlots(I);
  }
}

/**
 * sq_concat and sq_repeat appear as __add__, __mul__ and __rmul__ (CPython's
 * wrappers for the sequence slots); exposeSlots only knows the number slots.
 * They are keyed to the number slot of the same name: a subclass then takes
 * that (empty) number slot from its base instead of one calling the dunder,
 * as CPython's resolve_slotdups decides, so `S('ab') * 'x'` fails as str's does.
 */
export function exposeSequenceSlots(t: PyType): void {
  const concat = t.concat;
  const repeat = t.repeat;
  if (concat !== null) exposeSlot(t, '__add__', `nb${Bin.ADD}`, (s, a, k) => (wrapperArgs('__add__', a, k, 1), concat(s, a[0])));
  if (repeat !== null) {
    exposeSlot(t, '__mul__', `nb${Bin.MUL}`, (s, a, k) => (wrapperUnpack('__mul__', a, k, 1, 1), repeat(s, repeatCountArg(a[0]))));
    exposeSlot(t, '__rmul__', `nb${Bin.MUL}`, (s, a, k) => (wrapperUnpack('__rmul__', a, k, 1, 1), repeat(s, repeatCountArg(a[0]))));
  }
}

/** The count of a sequence repeat called as a method (wrap_indexargfunc): beyond Py_ssize_t is an OverflowError. */
export function repeatCountArg(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === 'bigint') {
    if (v < 0n) return 0;
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  return v;
}

const STR_DOC = `str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str

Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to sys.getdefaultencoding().
errors defaults to 'strict'.`;
