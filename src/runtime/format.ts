// Formatting: format() and __format__ dispatch (PyObject_Format), ascii()
// (PyObject_ASCII), str.format / str.format_map (Objects/stringlib/
// unicode_format.h), and printf-style `%` for str (PyUnicode_Format) and for
// bytes and bytearray (_PyBytes_FormatEx).
//
// The parsing of format strings and specs is pure and lives in src/common
// (strops.ts MarkupIterator, numfmt.ts parsePercentSpec and the percent*
// formatters); this file fetches the arguments, converts them as CPython
// does, in CPython's order, so that the same error comes first.

import { PyObject, decref } from './object.js';
import { PyStr, StrType, EMPTY, newStr } from './types/str.js';
import { PyInt, IntType, newIntAny, numberIndex, numberToInt } from './types/int.js';
import { PyFloat, FloatType, asDouble } from './types/float.js';
import { ComplexType, PyComplex } from './types/complex.js';
import { PyTuple } from './types/tuple.js';
import { PyBytes, BytesType, bufferOf, newBytes, latin1Of, bytesOfLatin1 } from './types/bytes.js';
import { ByteArrayType } from './types/bytearray.js';
import { PyBaseException, TypeErrorType } from './types/exceptions.js';
import { callDunder } from './types/typeobject.js';
import { typeError, valueError, indexError, overflowError, keyError } from './errors.js';
import { repr, str, getattr, getitem, indexValue } from './abstract.js';
import { hooks } from './rt.js';
import { raise } from '../common/pyerror.js';
import { MarkupIterator, AutoNumber, splitFieldName, checkConversion, type FormatPiece } from '../common/strops.js';
import { formatStr } from '../common/formatSpec.js';
import { formatInt, formatFloat, formatComplex, intToBase, parsePercentSpec, percentUnsupported, percentFormatInt, F_SIGN, F_BLANK,
  percentFormatFloat, percentFormatStr, percentFormatCharStr, type PercentArgSource, type PercentSpec } from '../common/numfmt.js';

// ---------------------------------------------------------------- format(), __format__

/**
 * PyObject_Format(v, spec): `type(v).__format__(spec)`, with the formatters of
 * the exact built-in number and str types called directly (their __format__
 * would call the same code). Returns a new str reference.
 */
export function formatObject(v: PyObject, spec: PyStr): PyStr {
  const t = v.type;
  const s = spec.v;
  if (t === StrType) {
    // A spec that changes nothing (no padding, no truncation) gives the string itself, as CPython's writer does.
    const text = s.length === 0 ? (v as PyStr).v : formatStr((v as PyStr).v, s);
    return text === (v as PyStr).v ? (v.rc++, v as PyStr) : newStr(text);
  }
  if (t === IntType) return newStr(formatInt((v as PyInt).v, s));
  if (t === FloatType) return newStr(formatFloat((v as PyFloat).v, s));
  if (t === ComplexType) return newStr(formatComplex((v as PyComplex).re, (v as PyComplex).im, s));
  const r = callDunder(v, '__format__', [spec]);
  if (r === null) throw typeError(`Type ${t.name} doesn't define __format__`);
  if (!(r instanceof PyStr)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__format__ must return a str, not ${n}`);
  }
  return r;
}

/** format(value, format_spec=''): the builtin. */
export function formatBuiltin(v: PyObject, spec: PyObject | null): PyStr {
  if (spec === null) return formatObject(v, EMPTY);
  if (!(spec instanceof PyStr)) throw typeError(`format() argument 2 must be str, not ${spec.type.name}`);
  return formatObject(v, spec);
}

// ---------------------------------------------------------------- ascii()

/** The repr of o with every non-ASCII code point escaped (PyObject_ASCII); a new str reference. */
export function asciiOf(o: PyObject): PyStr {
  const r = repr(o);
  const v = r.v;
  if (!/[^\0-\x7f]/.test(v)) return r;
  decref(r);
  return newStr(escapeNonAscii(v));
}

/** \xNN, \uNNNN or \UNNNNNNNN for each non-ASCII code point (the backslashreplace form). */
function escapeNonAscii(v: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < v.length;) {
    const cp = v.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (cp >= 0x80) {
      out += v.slice(from, i) + escapeCodePoint(cp);
      from = i + w;
    }
    i += w;
  }
  return out + v.slice(from);
}

export function escapeCodePoint(cp: number): string {
  const h = cp.toString(16);
  if (cp < 0x100) return '\\x' + h.padStart(2, '0');
  if (cp < 0x10000) return '\\u' + h.padStart(4, '0');
  return '\\U' + h.padStart(8, '0');
}

// ---------------------------------------------------------------- bin(), oct(), hex()

/** PyNumber_ToBase: the text of an index value in base 2, 8 or 16 with its prefix. */
export function numberToBase(o: PyObject, base: 2 | 8 | 16): PyStr {
  const i = numberIndex(o);
  const v = i.v;
  decref(i);
  return newStr(intToBase(v, base));
}

// ---------------------------------------------------------------- the result

/**
 * The text being built. It keeps the one shortcut of CPython's
 * _PyUnicodeWriter that shows in `is`: when the whole result is a single str
 * object written last into an empty writer, the result is that object.
 */
class StrWriter {
  private text = '';
  /** The object the result may be (a reference the writer owns). */
  private only: PyStr | null = null;

  write(s: string): void {
    if (s.length === 0) return;
    this.text += s;
    this.dropOnly();
  }

  /** Write a str object; `last` says that nothing will follow it. */
  writeObject(o: PyStr, last: boolean): void {
    if (o.v.length === 0) return;
    if (this.text.length === 0 && last) {
      o.rc++;
      this.only = o;
    } else {
      this.dropOnly();
    }
    this.text += o.v;
  }

  /** The result (a new reference). */
  finish(): PyStr {
    const o = this.only;
    this.only = null;
    return o ?? newStr(this.text);
  }

  /** Let go of the object the result would have been (the formatting failed after all). */
  dropOnly(): void {
    if (this.only !== null) {
      decref(this.only);
      this.only = null;
    }
  }
}

// ---------------------------------------------------------------- str.format

/**
 * str.format(*args, **kwargs) with args and kwargs (a mapping or null), or
 * str.format_map(mapping) with args null. PEP 3101 allows one level of
 * nested fields in a spec: depth 2.
 */
export function strFormat(fmt: PyStr, args: PyObject[] | null, kwargs: PyObject | null): PyStr {
  return buildString(fmt, args, kwargs, 2, new AutoNumber());
}

function buildString(fmt: PyStr, args: PyObject[] | null, kwargs: PyObject | null, depth: number, auto: AutoNumber): PyStr {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  const text = fmt.v;
  const it = new MarkupIterator(text);
  const out = new StrWriter();
  // The position in the format string after each piece, to know which write is the last.
  let pos = 0;
  try {
    for (let p = it.next(); p !== null; p = it.next()) {
      pos += p.literal.length;
      if (p.fieldName === null) {
        // A literal ending in a brace ends with an escape, '{{' or '}}' (a single one at the end is an error).
        const last = p.literal.charCodeAt(p.literal.length - 1);
        if (last === 0x7b || last === 0x7d) pos++;
        if (p.literal.length === text.length) out.writeObject(fmt, true);
        else out.write(p.literal);
        continue;
      }
      out.write(p.literal);
      pos = fieldEnd(text, pos, p);
      const field = renderField(p, args, kwargs, depth, auto);
      out.writeObject(field, pos === text.length);
      decref(field);
    }
  } catch (e) {
    out.dropOnly();
    throw e;
  }
  return out.finish();
}

/** The position after the replacement field that starts with the '{' at `at`. */
function fieldEnd(text: string, at: number, p: FormatPiece): number {
  let i = at + 1 + p.fieldName!.length;
  if (text.charCodeAt(i) === 0x21) i += 1 + (text.codePointAt(i + 1)! > 0xffff ? 2 : 1);
  if (text.charCodeAt(i) === 0x3a) i += 1 + p.formatSpec.length;
  return i + 1;
}

/** output_markup: the field's object, converted (!r !s !a), formatted with its (expanded) spec: a new str. */
function renderField(p: FormatPiece, args: PyObject[] | null, kwargs: PyObject | null, depth: number, auto: AutoNumber): PyStr {
  let obj = fieldObject(p.fieldName!, args, kwargs, auto);
  try {
    if (p.conversion !== null) {
      const c = checkConversion(p.conversion);
      const converted = c === 'r' ? repr(obj) : c === 's' ? str(obj) : asciiOf(obj);
      decref(obj);
      obj = converted;
    }
    let spec = newStr(p.formatSpec);
    if (p.formatSpecNeedsExpanding) {
      const nested = spec;
      try {
        spec = buildString(nested, args, kwargs, depth - 1, auto);
      } finally {
        decref(nested);
      }
    }
    try {
      return formatObject(obj, spec);
    } finally {
      decref(spec);
    }
  } finally {
    decref(obj);
  }
}

/** get_field_object: args[i] or kwargs[name], then each '.attr' and '[key]' (a new reference). */
function fieldObject(name: string, args: PyObject[] | null, kwargs: PyObject | null, auto: AutoNumber): PyObject {
  const { first, rest } = splitFieldName(name, auto);
  let obj: PyObject;
  if (typeof first === 'string') {
    const key = newStr(first);
    try {
      if (kwargs === null) throw keyError(key);
      obj = getitem(kwargs, key);
    } finally {
      decref(key);
    }
  } else {
    if (args === null) throw valueError('Format string contains positional fields');
    if (typeof first === 'bigint' || first >= args.length) {
      throw indexError(`Replacement index ${first} out of range for positional args tuple`);
    }
    obj = args[first];
    obj.rc++;
  }
  try {
    for (let part = rest.next(); part !== null; part = rest.next()) {
      const key = typeof part.key === 'string' ? newStr(part.key) : newIntAny(part.key);
      try {
        const next = part.isAttribute ? getattr(obj, key as PyStr) : getitem(obj, key);
        decref(obj);
        obj = next;
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

// ---------------------------------------------------------------- % formatting: the arguments

/**
 * The argument list of one %-format operation (the args / arglen / argidx /
 * dict of CPython's formatter): a tuple's items, or one object (arglen -1),
 * or the value that '%(key)' selected from the mapping.
 */
class PercentArgs implements PercentArgSource {
  private items: PyObject[] | null;
  private single: PyObject;
  /** The value selected by the last '%(key)' (owned), or null. */
  private selected: PyObject | null = null;
  arglen: number;
  argidx: number;

  constructor(args: PyObject, readonly dict: PyObject | null, private readonly bytesKeys: boolean) {
    this.single = args;
    if (args instanceof PyTuple) {
      this.items = args.items;
      this.arglen = args.items.length;
      this.argidx = 0;
    } else {
      this.items = null;
      this.arglen = -1;
      this.argidx = -2;
    }
  }

  /** getnextarg: the next value (borrowed), or "not enough arguments for format string". */
  next(): PyObject {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      return this.arglen < 0 ? this.single : this.items![i];
    }
    throw typeError('not enough arguments for format string');
  }

  checkMapping(): void {
    if (this.dict === null) throw typeError('format requires a mapping');
  }

  selectKey(key: string): void {
    const k = this.bytesKeys ? newBytes(bytesOfLatin1(key)) : newStr(key);
    let v: PyObject;
    try {
      v = getitem(this.dict!, k);
    } finally {
      decref(k);
    }
    this.release();
    this.selected = v;
    this.single = v;
    this.items = null;
    this.arglen = -1;
    this.argidx = -2;
  }

  star(what: 'width' | 'prec'): number {
    const v = this.next();
    if (!(v instanceof PyInt)) throw typeError('* wants int');
    const n = v.v;
    if (what === 'width') {
      if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
      return n;
    }
    if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) throw overflowError('Python int too large to convert to C int');
    return n;
  }

  /** Whether arguments are left over (the check after each field when a mapping is in use, and at the end). */
  leftOver(): boolean {
    return this.argidx < this.arglen;
  }

  release(): void {
    if (this.selected !== null) {
      const v = this.selected;
      this.selected = null;
      decref(v);
    }
  }
}

/** PyNumber_Check: what %d and %x accept before converting. */
export function isNumber(v: PyObject): boolean {
  const t = v.type;
  return t.index !== null || t.int !== null || t.float !== null || v instanceof PyComplex;
}

/** The int of %d %i %u %o %x %X (mainformatlong / formatlong), or CPython's TypeError for the type. */
function percentIntValue(v: PyObject, type: string): number | bigint {
  if (v instanceof PyInt) return v.v;
  const integral = type === 'o' || type === 'x' || type === 'X';
  if (isNumber(v)) {
    try {
      const r = integral ? numberIndex(v) : numberToInt(v);
      const value = r.v;
      decref(r);
      return value;
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(TypeErrorType))) throw e;
      decref(e);
    }
  }
  throw typeError(`%${type} format: ${integral ? 'an integer' : 'a real number'} is required, not ${v.type.name}`);
}

// ---------------------------------------------------------------- % formatting of str

/** PyUnicode_Format: fmt % args (a new str). */
export function strPercentFormat(fmt: PyStr, args: PyObject): PyStr {
  const text = fmt.v;
  const dict = args.type.getitem !== null && !(args instanceof PyTuple) && !(args instanceof PyStr) ? args : null;
  const ctx = new PercentArgs(args, dict, false);
  const out = new StrWriter();
  try {
    let i = 0;
    const n = text.length;
    while (i < n) {
      const pct = text.indexOf('%', i);
      if (pct < 0) {
        if (i === 0) out.writeObject(fmt, true);
        else out.write(text.slice(i));
        break;
      }
      out.write(text.slice(i, pct));
      const spec = parsePercentSpec(text, pct + 1, ctx);
      if (spec === null) {
        out.write('%');
        i = pct + 2;
        continue;
      }
      strPercentField(out, text, spec, ctx.next());
      if (dict !== null && ctx.leftOver()) throw typeError('not all arguments converted during string formatting');
      i = spec.end;
    }
    if (dict === null && ctx.leftOver()) throw typeError('not all arguments converted during string formatting');
    return out.finish();
  } catch (e) {
    out.dropOnly();
    throw e;
  } finally {
    ctx.release();
  }
}

/** unicode_format_arg_format and _output: one converted field written out. */
function strPercentField(out: StrWriter, fmt: string, spec: PercentSpec, v: PyObject): void {
  const { flags, width, prec, type } = spec;
  switch (type) {
    case 's': case 'r': case 'a': {
      let s: PyStr;
      if (type === 's') s = v.type === StrType ? (v.rc++, v as PyStr) : str(v);
      else s = type === 'r' ? repr(v) : asciiOf(v);
      const text = percentFormatStr(s.v, flags, width, prec);
      // A string that needs no padding or cutting is written as the object itself.
      if (text === s.v && (flags & (F_SIGN | F_BLANK)) === 0) out.writeObject(s, spec.end === fmt.length);
      else out.write(text);
      decref(s);
      return;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      out.write(percentFormatInt(percentIntValue(v, type), flags, width, prec, type));
      return;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      out.write(percentFormatFloat(asDouble(v), flags, width, prec, type));
      return;
    case 'c':
      if (v instanceof PyStr) out.write(percentFormatCharStr(v.v, flags, width));
      else out.write(percentFormatInt(charCode(v, '%c requires int or char'), flags, width, prec, 'c'));
      return;
    default:
      percentUnsupported(fmt, spec);
  }
}

/** The int of %c through __index__ (PyLong_AsLongAndOverflow); a type it cannot convert gets `msg`. */
function charCode(v: PyObject, msg: string): number | bigint {
  if (v.type.index === null) throw typeError(msg);
  return indexValue(v);
}

// ---------------------------------------------------------------- % formatting of bytes and bytearray

/** _PyBytes_FormatEx: fmt % args for bytes (and bytearray, which formats the same way). */
export function bytesPercentFormat(fmt: Uint8Array, args: PyObject): Uint8Array {
  const t = args.type;
  const dict = t.getitem !== null && !(args instanceof PyTuple) && !(args instanceof PyStr) &&
    t !== BytesType && !t.isSubtype(BytesType) && !t.isSubtype(ByteArrayType) ? args : null;
  const text = latin1Of(fmt);
  const ctx = new PercentArgs(args, dict, true);
  try {
    let out = '';
    let i = 0;
    const n = text.length;
    while (i < n) {
      const pct = text.indexOf('%', i);
      if (pct < 0) {
        out += text.slice(i);
        break;
      }
      out += text.slice(i, pct);
      const spec = parseBytesSpec(text, pct + 1, ctx);
      if (spec === null) {
        out += '%';
        i = pct + 2;
        continue;
      }
      out += bytesPercentField(spec, ctx.next());
      if (dict !== null && ctx.leftOver()) throw typeError('not all arguments converted during bytes formatting');
      i = spec.end;
    }
    if (dict === null && ctx.leftOver()) throw typeError('not all arguments converted during bytes formatting');
    return bytesOfLatin1(out);
  } finally {
    ctx.release();
  }
}

/** The str spec parser on the bytes read as latin-1; bytes name one error differently ("prec too big"). */
function parseBytesSpec(text: string, pos: number, ctx: PercentArgs): PercentSpec | null {
  try {
    return parsePercentSpec(text, pos, ctx);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.name === 'ValueError' && excMessage(e) === 'precision too big') {
      decref(e);
      throw valueError('prec too big');
    }
    throw e;
  }
}

function excMessage(e: PyBaseException): string | null {
  const a = e.args.items;
  return a.length === 1 && a[0] instanceof PyStr ? a[0].v : null;
}

/** One field of a bytes %-format, as latin-1 text. */
function bytesPercentField(spec: PercentSpec, v: PyObject): string {
  const { flags, width, prec, type } = spec;
  switch (type) {
    case 'r': case 'a': {
      const s = asciiOf(v);
      const text = s.v;
      decref(s);
      return percentFormatStr(text, flags, width, prec);
    }
    case 's': case 'b':
      return percentFormatStr(latin1Of(bytesOfFormatArg(v)), flags, width, prec);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return percentFormatInt(percentIntValue(v, type), flags, width, prec, type);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return percentFormatFloat(bytesFloatArg(v), flags, width, prec, type);
    case 'c':
      return percentFormatCharStr(String.fromCharCode(byteOfCharArg(v)), flags, width);
    default: {
      const c = type.charCodeAt(0);
      // CPython formats the character as a C char: a byte above 0x7f is negative there.
      if (c >= 0x80) throw overflowError('character argument not in range(0x110000)');
      throw valueError(`unsupported format character '${type}' (0x${c.toString(16)}) at index ${spec.typeAt}`);
    }
  }
}

/** format_obj: the bytes of %s / %b: a bytes-like object or __bytes__. */
function bytesOfFormatArg(v: PyObject): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  const b = bufferOf(v);
  if (b !== null) return b;
  const r = callDunder(v, '__bytes__', []);
  if (r !== null) {
    if (!(r instanceof PyBytes)) {
      const n = r.type.name;
      decref(r);
      throw typeError(`__bytes__ returned non-bytes (type ${n})`);
    }
    const data = r.bytes;
    decref(r);
    return data;
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
}

/** PyFloat_AsDouble for bytes: any failure becomes "float argument required". */
function bytesFloatArg(v: PyObject): number {
  try {
    return asDouble(v);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    decref(e);
    throw typeError(`float argument required, not ${v.type.name}`);
  }
}

/** byte_converter: a bytes-like object of one byte, or an int in range(256). */
function byteOfCharArg(v: PyObject): number {
  const b = v instanceof PyBytes || v.type.isSubtype(ByteArrayType) ? bufferOf(v) : null;
  if (b !== null && b.length === 1) return b[0];
  const msg = '%c requires an integer in range(256) or a single byte';
  if (b !== null) throw typeError(msg);
  const c = charCode(v, msg);
  if (typeof c === 'bigint' || c < 0 || c > 255) throw overflowError('%c arg not in range(256)');
  return c;
}

// ---------------------------------------------------------------- hooks

/** Install format() and ascii() for f-strings and the runtime. */
export function initFormat(): void {
  hooks.format = (v, spec) => {
    if (spec === null) return formatObject(v, EMPTY);
    if (!(spec instanceof PyStr)) throw typeError(`Format specifier must be a string, not ${spec.type.name}`);
    return formatObject(v, spec);
  };
  hooks.ascii = asciiOf;
}
