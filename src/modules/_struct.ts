// The _struct module (CPython 3.11's Modules/_struct.c): packing Python
// values into C structs held in bytes and back. A format is compiled once
// into a list of codes with their offsets; pack and unpack walk that list.
//
// Byte order, size and alignment follow the first character: '@' (default)
// is native x86-64 (native sizes, each item aligned to its size), '=' native
// order with standard sizes, '<' little-endian, '>' and '!' big-endian. The
// range errors keep CPython's three wordings, which depend on the code and on
// whether the value fits in a C long (see intRangeError).

import { PyObject, decref } from '../runtime/object.js';
import { builtinType, ObjectType, TypeType, type PyType } from '../runtime/type.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyInt, newInt, newIntValue, numberIndex, unpackArgs, normInt, toBig, exposeNew, indexSsize } from '../runtime/types/int.js';
import { PyFloat, newFloat, asDouble } from '../runtime/types/float.js';
import { newBool } from '../runtime/types/bool.js';
import { newNone } from '../runtime/types/none.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { PyBytes, newBytes, bufferOf, latin1Of } from '../runtime/types/bytes.js';
import { PyByteArray } from '../runtime/types/bytearray.js';
import { newTuple } from '../runtime/types/tuple.js';
import { newList } from '../runtime/types/list.js';
import { newDict, dictSet } from '../runtime/types/dict.js';
import { PyModule } from '../runtime/types/module.js';
import { ExceptionType } from '../runtime/types/exceptions.js';
import { defMethod, defGetSet, exposeSlots, allocInstance } from '../runtime/types/typeobject.js';
import { typeError, overflowError } from '../runtime/errors.js';
import * as ab from '../runtime/abstract.js';
import type { Interpreter } from '../runtime/interp.js';

export const StructType = builtinType('Struct', ObjectType, { basicsize: 56, gc: true });
StructType.module = '_struct';

/** struct.error, made when the module is first imported. */
let errorType: PyObject | null = null;

function structError(msg: string): PyObject {
  const m = newStr(msg);
  try {
    return ab.call(errorType!, [m]);
  } finally {
    decref(m);
  }
}

// ---------------------------------------------------------------- formats

interface Code {
  c: string;
  offset: number;
  /** Bytes per item (for 's' and 'p' the whole field). */
  size: number;
}

interface Compiled {
  format: string;
  size: number;
  /** One entry per packed value (pad bytes take none). */
  codes: Code[];
  little: boolean;
  native: boolean;
  /** CPython's formatcode entries: one per item with a count, 's' and 'p' always, 'x' never. */
  ncodes: number;
}

const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8,
  n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8,
  e: 2, f: 4, d: 8, s: 1, p: 1,
};

const cache = new Map<string, Compiled>();

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function compile(format: string): Compiled {
  const hit = cache.get(format);
  if (hit !== undefined) return hit;
  let i = 0;
  let native = true;
  let little = true;
  const first = format[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    i = 1;
    native = first === '@';
    little = first === '@' || first === '=' || first === '<';
  }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  const codes: Code[] = [];
  let size = 0;
  let ncodes = 0;
  while (i < format.length) {
    let ch = format[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    let count = 1;
    if (isDigit(ch)) {
      let n = 0;
      while (i < format.length && isDigit(format[i])) {
        n = n * 10 + (format.charCodeAt(i) - 48);
        if (n > Number.MAX_SAFE_INTEGER / 10) throw structError('total struct size too long');
        i++;
      }
      if (i >= format.length) throw structError('repeat count given without format specifier');
      count = n;
      ch = format[i];
    }
    const itemSize = sizes[ch];
    if (itemSize === undefined) throw structError('bad char in struct format');
    i++;
    if (native && ch !== 's' && ch !== 'p' && ch !== 'x' && itemSize > 1) {
      size = Math.ceil(size / itemSize) * itemSize;
    }
    if (ch === 's' || ch === 'p') {
      ncodes++;
      codes.push({ c: ch, offset: size, size: count });
      size += count;
    } else if (ch === 'x') {
      size += count;
    } else {
      if (count > 0) ncodes++;
      for (let k = 0; k < count; k++) {
        codes.push({ c: ch, offset: size, size: itemSize });
        size += itemSize;
      }
    }
  }
  const compiled: Compiled = { format, size, codes, little, native, ncodes };
  if (cache.size >= 100) cache.clear();
  cache.set(format, compiled);
  return compiled;
}

/** The format argument: str or bytes, with Struct()'s message otherwise. */
function formatText(o: PyObject): string {
  if (o instanceof PyStr) return o.v;
  if (o instanceof PyBytes) return latin1Of(o.bytes);
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${o.type.name}`);
}

// ---------------------------------------------------------------- packing one value

/** Signed and unsigned limits of a C long, which decide between CPython's messages. */
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const ULONG_MAX = (1n << 64n) - 1n;

/** The integer value of a pack argument (via __index__). */
function intArg(o: PyObject): bigint {
  if (o instanceof PyInt) return toBig(o.v);
  if (o.type.index === null) throw structError('required argument is not an integer');
  const i = numberIndex(o);
  const v = toBig(i.v);
  decref(i);
  return v;
}

function floatArg(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  try {
    return asDouble(o);
  } catch (e) {
    if (e instanceof PyObject) decref(e);
    throw structError('required argument is not a float');
  }
}

const NAMED_RANGE: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

/** The error for an integer outside the range of code c of the given byte size.
 *  CPython's packers differ by table: bytes (and shorts, except big-endian)
 *  have their own messages; the others convert through a C long or unsigned
 *  long first, and the 8-byte big-endian ones through a 64-bit conversion. */
function intRangeError(c: string, size: number, v: bigint, big: boolean): PyObject {
  const unsigned = c === c.toUpperCase();
  const bits = BigInt(size * 8);
  const lo = unsigned ? 0n : -(1n << (bits - 1n));
  const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  const named = NAMED_RANGE[c];
  if (named !== undefined && !(big && size === 2)) {
    if (v < LONG_MIN || v > LONG_MAX) return structError('argument out of range');
    return structError(`${named} format requires ${lo} <= number <= ${hi}`);
  }
  if (size === 8) return structError(big ? 'int too large to convert' : 'argument out of range');
  if (unsigned ? v < 0n || v > ULONG_MAX : v < LONG_MIN || v > LONG_MAX) return structError('argument out of range');
  return structError(`'${c}' format requires ${lo} <= number <= ${hi}`);
}

function writeInt(out: DataView, at: number, size: number, v: bigint, little: boolean): void {
  let u = BigInt.asUintN(size * 8, v);
  for (let k = 0; k < size; k++) {
    out.setUint8(little ? at + k : at + size - 1 - k, Number(u & 0xffn));
    u >>= 8n;
  }
}

function readInt(buf: Uint8Array, at: number, size: number, signed: boolean, little: boolean): bigint {
  let u = 0n;
  for (let k = 0; k < size; k++) {
    const byte = buf[little ? at + size - 1 - k : at + k];
    u = (u << 8n) | BigInt(byte);
  }
  return signed ? BigInt.asIntN(size * 8, u) : u;
}

/** IEEE 754 half precision, rounding to nearest even; null when x overflows it. */
function toHalf(x: number): number | null {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return 0x7e00 | sign;
  const a = Math.abs(x);
  if (a === Infinity) return 0x7c00 | sign;
  if (a === 0) return sign;
  // Scale into units of the half's smallest step for this exponent, then round.
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  if (e < -14) {
    const m = roundHalfEven(a / 2 ** -24);
    return sign | m; // m == 1024 carries into the smallest normal exponent
  }
  let m = roundHalfEven(a / 2 ** (e - 10));
  if (m === 2048) {
    m = 1024;
    e++;
  }
  if (e > 15) return null;
  return sign | ((e + 15) << 10) | (m - 1024);
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1024 + m) * 2 ** (e - 25);
}

const F32 = new Float32Array(1);

function packOne(view: DataView, code: Code, v: PyObject, s: Compiled): void {
  const { c, offset: at, size } = code;
  const little = s.little;
  switch (c) {
    case 'c': {
      const b = v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : null;
      if (b === null || b.length !== 1) throw structError('char format requires a bytes object of length 1');
      view.setUint8(at, b[0]);
      return;
    }
    case 's':
    case 'p': {
      const b = v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : null;
      if (b === null) throw structError(`argument for '${c}' must be a bytes object`);
      if (c === 's') {
        const n = Math.min(b.length, size);
        for (let k = 0; k < n; k++) view.setUint8(at + k, b[k]);
      } else if (size > 0) {
        const n = Math.min(b.length, size - 1, 255);
        view.setUint8(at, n);
        for (let k = 0; k < n; k++) view.setUint8(at + 1 + k, b[k]);
      }
      return;
    }
    case '?':
      view.setUint8(at, ab.isTrue(v) ? 1 : 0);
      return;
    case 'e': {
      const h = toHalf(floatArg(v));
      if (h === null) throw overflowError('float too large to pack with e format');
      view.setUint16(at, h, little);
      return;
    }
    case 'f': {
      const x = floatArg(v);
      F32[0] = x;
      // Standard sizes refuse a finite double that rounds to infinity; a native cast does not.
      if (!s.native && Number.isFinite(x) && !Number.isFinite(F32[0])) {
        throw overflowError('float too large to pack with f format');
      }
      view.setFloat32(at, x, little);
      return;
    }
    case 'd':
      view.setFloat64(at, floatArg(v), little);
      return;
    case 'P': {
      const n = intArg(v);
      if (n < LONG_MIN || n > ULONG_MAX) throw structError('int too large to convert');
      writeInt(view, at, 8, n, little);
      return;
    }
    default: {
      const n = intArg(v);
      const bits = BigInt(size * 8);
      const unsigned = c === 'B' || c === 'H' || c === 'I' || c === 'L' || c === 'Q' || c === 'N';
      const lo = unsigned ? 0n : -(1n << (bits - 1n));
      const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
      if (n < lo || n > hi) throw intRangeError(c, size, n, !little);
      writeInt(view, at, size, n, little);
    }
  }
}

function unpackOne(buf: Uint8Array, base: number, code: Code, s: Compiled): PyObject {
  const { c, size } = code;
  const at = base + code.offset;
  const little = s.little;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  switch (c) {
    case 'c': return newBytes(buf.slice(at, at + 1));
    case 's': return newBytes(buf.slice(at, at + size));
    case 'p': {
      if (size === 0) return newBytes(new Uint8Array(0));
      const n = Math.min(buf[at], size - 1);
      return newBytes(buf.slice(at + 1, at + 1 + n));
    }
    case '?': return newBool(buf[at] !== 0);
    case 'e': return newFloat(fromHalf(view.getUint16(at, little)));
    case 'f': return newFloat(view.getFloat32(at, little));
    case 'd': return newFloat(view.getFloat64(at, little));
    default: {
      const signed = c === 'b' || c === 'h' || c === 'i' || c === 'l' || c === 'q' || c === 'n';
      const v = readInt(buf, at, size, signed, little);
      return newIntValue(normInt(v));
    }
  }
}

// ---------------------------------------------------------------- the operations

function pack(s: Compiled, values: PyObject[], what: string): Uint8Array {
  if (values.length !== s.codes.length) {
    throw structError(`${what} expected ${s.codes.length} items for packing (got ${values.length})`);
  }
  const out = new Uint8Array(s.size);
  const view = new DataView(out.buffer);
  for (let k = 0; k < s.codes.length; k++) packOne(view, s.codes[k], values[k], s);
  return out;
}

function readBuffer(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

function unpackAt(s: Compiled, buf: Uint8Array, base: number): PyObject {
  return newTuple(s.codes.map((code) => unpackOne(buf, base, code, s)));
}

function unpack(s: Compiled, buffer: PyObject): PyObject {
  const buf = readBuffer(buffer);
  if (buf.length !== s.size) throw structError(`unpack requires a buffer of ${s.size} bytes`);
  return unpackAt(s, buf, 0);
}

function unpackFrom(s: Compiled, buffer: PyObject, offsetArg: PyObject | null): PyObject {
  const buf = readBuffer(buffer);
  let offset = offsetArg === null ? 0 : indexSsize(offsetArg);
  const len = buf.length;
  if (offset < 0) {
    if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < s.size) {
    throw structError(`unpack_from requires a buffer of at least ${s.size + offset} bytes for unpacking ${s.size} bytes at offset ${offset} (actual buffer size is ${len})`);
  }
  return unpackAt(s, buf, offset);
}

function packInto(s: Compiled, args: PyObject[]): PyObject {
  if (args.length < 1) throw structError('pack_into expected buffer argument');
  if (args.length < 2) throw structError('pack_into expected offset argument');
  const values = args.slice(2);
  if (values.length !== s.codes.length) {
    throw structError(`pack_into expected ${s.codes.length} items for packing (got ${values.length})`);
  }
  const target = args[0];
  if (!(target instanceof PyByteArray)) {
    throw typeError(`argument must be read-write bytes-like object, not ${target.type.name}`);
  }
  let offset = indexSsize(args[1]);
  const len = target.size;
  if (offset < 0) {
    if (offset + s.size > 0) throw structError(`no space to pack ${s.size} bytes at offset ${offset}`);
    if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < s.size) {
    throw structError(`pack_into requires a buffer of at least ${s.size + offset} bytes for packing ${s.size} bytes at offset ${offset} (actual buffer size is ${len})`);
  }
  const packed = pack(s, values, 'pack_into');
  target.data.set(packed, offset);
  return newNone();
}

function iterUnpack(s: Compiled, buffer: PyObject): PyObject {
  const buf = readBuffer(buffer);
  if (s.size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
  if (buf.length % s.size !== 0) {
    throw structError(`iterative unpacking requires a buffer of a multiple of ${s.size} bytes`);
  }
  const items: PyObject[] = [];
  for (let at = 0; at < buf.length; at += s.size) items.push(unpackAt(s, buf, at));
  const list = newList(items);
  try {
    return ab.getIter(list);
  } finally {
    decref(list);
  }
}

// ---------------------------------------------------------------- Struct objects

/** The compiled format of each Struct (instances of subclasses included). */
const compiledOf = new WeakMap<PyObject, Compiled>();

function structOf(o: PyObject): Compiled {
  const s = compiledOf.get(o);
  if (s === undefined) return compile('');
  return s;
}

class PyStruct extends PyObject {}

let typeReady = false;

function initStructType(): void {
  const T: PyType = StructType;
  T.jsClass = PyStruct as unknown as new (type: PyType) => PyObject;
  T.new_ = (type, _a, _k) => {
    const t = type as PyType;
    return t.heapType ? allocInstance(t) : new PyStruct(t);
  };
  T.init = (self, a, k) => {
    const [format] = unpackArgs('Struct', a, k, ['format'], 0, 1, 1);
    compiledOf.set(self, compile(formatText(format!)));
  };
  defMethod(T, 'pack', (self, a, k) => {
    if (k !== null && k.length > 0) throw typeError('pack() takes no keyword arguments');
    return newBytes(pack(structOf(self), a, 'pack'));
  });
  defMethod(T, 'pack_into', (self, a, k) => {
    if (k !== null && k.length > 0) throw typeError('pack_into() takes no keyword arguments');
    return packInto(structOf(self), a);
  });
  defMethod(T, 'unpack', (self, a, k) => {
    checkArgs('unpack', a, k, 1, 1);
    return unpack(structOf(self), a[0]);
  });
  defMethod(T, 'unpack_from', (self, a, k) => {
    const [buffer, offset] = unpackArgs('unpack_from', a, k, ['buffer', 'offset'], 0, 2, 1);
    return unpackFrom(structOf(self), buffer!, offset);
  });
  defMethod(T, 'iter_unpack', (self, a, k) => {
    checkArgs('iter_unpack', a, k, 1, 1);
    return iterUnpack(structOf(self), a[0]);
  });
  defGetSet(T, 'format', (o) => newStr(structOf(o).format));
  defGetSet(T, 'size', (o) => newInt(structOf(o).size));
  // The format codes (32 bytes each, and a terminating one) follow the object.
  defMethod(T, '__sizeof__', (self, a, k) => {
    checkArgs('Struct.__sizeof__', a, k, 0, 0);
    return newInt(T.basicsize + 32 * (structOf(self).ncodes + 1));
  });
  exposeSlots(T);
  exposeNew(T);
}

function makeError(): PyObject {
  const name = newStr('error');
  const bases = newTuple([ExceptionType]);
  ExceptionType.rc++;
  const ns = newDict();
  const mod = newStr('struct');
  dictSet(ns, newStr('__module__'), mod);
  decref(mod);
  try {
    return ab.call(TypeType, [name, bases, ns]);
  } finally {
    decref(name);
    decref(bases);
    decref(ns);
  }
}

/** The module functions take the format first and compile it through the cache. */
function withFormat(name: string, min: number, body: (s: Compiled, rest: PyObject[]) => PyObject): NativeFn {
  return (_self, a, k) => {
    if (k !== null && k.length > 0) throw typeError(`${name}() takes no keyword arguments`);
    if (a.length < min) {
      throw typeError(min === 1 ? `${name}() missing required argument 'format' (pos 1)` : `${name} expected ${min} arguments, got ${a.length}`);
    }
    return body(compile(formatText(a[0])), a.slice(1));
  };
}

export function initStruct(m: PyModule, _interp: Interpreter): void {
  if (!typeReady) {
    initStructType();
    typeReady = true;
  }
  errorType = makeError();
  m.set('error', errorType);
  m.set('Struct', StructType);
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_struct');
    m.set(name, f);
    decref(f);
  };
  def('pack', withFormat('pack', 1, (s, rest) => newBytes(pack(s, rest, 'pack'))));
  def('pack_into', withFormat('pack_into', 1, (s, rest) => packInto(s, rest)));
  def('unpack', (_self, a, k) => {
    checkArgs('unpack', a, k, 2, 2);
    return unpack(compile(formatText(a[0])), a[1]);
  });
  def('unpack_from', (_self, a, k) => {
    const [format, buffer, offset] = unpackArgs('unpack_from', a, k, ['format', 'buffer', 'offset'], 1, 3, 2);
    return unpackFrom(compile(formatText(format!)), buffer!, offset);
  });
  def('iter_unpack', (_self, a, k) => {
    checkArgs('iter_unpack', a, k, 2, 2);
    return iterUnpack(compile(formatText(a[0])), a[1]);
  });
  def('calcsize', (_self, a, k) => {
    checkArgs('calcsize', a, k, 1, 1);
    return newInt(compile(formatText(a[0])).size);
  });
  def('_clearcache', (_self, a, k) => {
    checkArgs('_clearcache', a, k, 0, 0);
    cache.clear();
    return newNone();
  });
}
