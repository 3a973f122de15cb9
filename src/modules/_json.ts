// The _json module (Modules/_json.c): the scanner and the encoder that
// lib/json uses for loads() and dumps().
//
// The scanner reads a str's JS string by UTF-16 code units: every character
// JSON gives a meaning to is ASCII, so surrogate pairs only ever sit inside
// string contents. Positions that reach Python (the end index, StopIteration's
// value, JSONDecodeError's pos) are converted to code points.
//
// The encoder is CPython's C encoder. It also runs in a second mode for the
// one-shot dumps() with an indent, which CPython 3.11 leaves to Python code
// (json.encoder._make_iterencode): same output, with that path's error
// messages, recursion accounting and list iteration.

import { PyObject, decref } from '../runtime/object.js';
import { PyType, builtinType, ObjectType } from '../runtime/type.js';
import * as ab from '../runtime/abstract.js';
import { PyBuiltin, checkArgs, newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr, internStr, tupleArgs, nameStr } from '../runtime/types/str.js';
import { PyInt, IntType, newInt, newIntAny, unpackArgs, exposeNew } from '../runtime/types/int.js';
import { PyFloat, FloatType, newFloat } from '../runtime/types/float.js';
import { True, False, newBool } from '../runtime/types/bool.js';
import { None } from '../runtime/types/none.js';
import { PyTuple, TupleType, newTuple } from '../runtime/types/tuple.js';
import { PyList, ListType, newList, listAppend, listSort, sequenceList } from '../runtime/types/list.js';
import { PyDict, DictType, newDict, dictSet, dictEntryCount, dictKeyAt, dictValueAt } from '../runtime/types/dict.js';
import { defMember } from '../runtime/types/method.js';
import { exposeSlots } from '../runtime/types/typeobject.js';
import { ts } from '../runtime/types/frame.js';
import { newException, newExceptionArgs, RecursionErrorType, StopIterationType } from '../runtime/types/exceptions.js';
import { typeError, valueError, overflowError } from '../runtime/errors.js';
import { reprFloat } from '../common/repr.js';
import { intToStr, parseInt as parseIntText } from '../common/numfmt.js';
import type { PyModule } from '../runtime/types/module.js';
import type { Interpreter } from '../runtime/interp.js';

export const ScannerType = builtinType('Scanner', ObjectType, { basicsize: 72, gc: true, baseType: false });
ScannerType.module = '_json';
ScannerType.doc = 'JSON scanner object';
export const EncoderType = builtinType('Encoder', ObjectType, { basicsize: 80, gc: true, baseType: false });
EncoderType.module = '_json';
EncoderType.doc = '_iterencode(obj, _current_indent_level) -> iterable';

let interpreter: Interpreter | null = null;

/** Interned attribute names, kept for the life of the process (borrowed). */
// ---------------------------------------------------------------- recursion

/** _Py_EnterRecursiveCall: one more level of the interpreter's recursion count. */
function enterRecursion(where: string): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(RecursionErrorType, 'maximum recursion depth exceeded' + where);
  }
}

function leaveRecursion(): void {
  ts.depth--;
}

/** Calling a scanner or encoder object (tp_call) counts as a level. */
const CALL_LEVEL = ' while calling a Python object';

// ---------------------------------------------------------------- arguments

const SSIZE_MAX = 2n ** 63n - 1n;

/** A Py_ssize_t argument ("n"): __index__, OverflowError past 64 bits. */
function ssizeArg(o: PyObject): number {
  const v = ab.indexValue(o);
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(v);
}

// ---------------------------------------------------------------- code points

/** The code point index of UTF-16 offset `unit` in s. */
function cpIndex(s: PyStr, unit: number): number {
  if (s.cplen === s.v.length) return unit;
  let n = unit;
  const v = s.v;
  for (let i = 1; i < unit; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xdc00 && c < 0xe000 && (v.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}

// ---------------------------------------------------------------- errors

/** json.decoder.JSONDecodeError(msg, doc, pos), raised from the scanner (raise_errmsg). */
function decodeError(msg: string, doc: PyStr, unit: number): PyObject {
  const interp = interpreter!;
  const mod = interp.importName(interp.builtinsDict, 'json.decoder', ['JSONDecodeError'], 0);
  let cls: PyObject;
  try {
    cls = ab.getattr(mod, nameStr('JSONDecodeError'));
  } finally {
    decref(mod);
  }
  const m = newStr(msg);
  const pos = newInt(cpIndex(doc, unit));
  try {
    return ab.call(cls, [m, doc, pos]);
  } finally {
    decref(cls);
    decref(m);
    decref(pos);
  }
}

/** StopIteration(idx): no JSON value starts at idx. */
function stopIteration(doc: PyStr, unit: number): PyObject {
  return newExceptionArgs(StopIterationType, [newInt(cpIndex(doc, unit))]);
}

// ---------------------------------------------------------------- scanstring

const WS_SPACE = 0x20;
const WS_TAB = 0x09;
const WS_LF = 0x0a;
const WS_CR = 0x0d;

function isWhitespace(c: number): boolean {
  return c === WS_SPACE || c === WS_TAB || c === WS_LF || c === WS_CR;
}

/** The value of a hex digit, or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Four hex digits at `at` as a number, or -1. */
function hex4(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 4; i++) {
    const d = hexValue(s.charCodeAt(i));
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t',
};

/** Where the last scanstring ended (the unit after the closing quote). */
let stringEnd = 0;

/**
 * scanstring_unicode: the text of the JSON string whose contents start at
 * `end` (just after the opening quote), unescaped; sets stringEnd.
 */
function scanString(doc: PyStr, end: number, strict: boolean): string {
  const s = doc.v;
  const len = s.length;
  const begin = end - 1;
  let out: string | null = null;
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) throw decodeError('Invalid control character at', doc, next);
    }
    if (next >= len) throw decodeError('Unterminated string starting at', doc, begin);
    if (c === 0x22) {
      stringEnd = next + 1;
      return out === null ? s.slice(end, next) : out + s.slice(end, next);
    }
    out = (out ?? '') + s.slice(end, next);
    next++;
    if (next === len) throw decodeError('Unterminated string starting at', doc, begin);
    c = s.charCodeAt(next);
    if (c !== 0x75) {
      const ch = SIMPLE_ESCAPES[c];
      if (ch === undefined) throw decodeError('Invalid \\escape', doc, next - 1);
      out += ch;
      end = next + 1;
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) throw decodeError('Invalid \\uXXXX escape', doc, next - 1);
    let cp = hex4(s, next);
    if (cp < 0) throw decodeError('Invalid \\uXXXX escape', doc, end - 5);
    // A high surrogate followed by an escaped low one is one character.
    if (cp >= 0xd800 && cp < 0xdc00 && end + 6 < len && s.charCodeAt(end) === 0x5c && s.charCodeAt(end + 1) === 0x75) {
      const low = hex4(s, end + 2);
      if (low < 0) throw decodeError('Invalid \\uXXXX escape', doc, end + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        end += 6;
      }
    }
    out += String.fromCodePoint(cp);
  }
}

const scanstringFn: NativeFn = (_s, a, k) => {
  tupleArgs('scanstring', 'scanstring', a, k, 2, 3);
  const doc = a[0];
  const endV = ssizeArg(a[1]);
  const strict = a.length < 3 || ab.isTrue(a[2]);
  if (!(doc instanceof PyStr)) throw typeError(`first argument must be a string, not ${doc.type.name}`);
  if (endV < 0 || endV > doc.cplen) throw valueError('end is out of bounds');
  const value = newStr(scanString(doc, doc.unitAt(endV), strict));
  return newTuple([value, newInt(cpIndex(doc, stringEnd))]);
};

// ---------------------------------------------------------------- the scanner

class PyScanner extends PyObject {
  strict = true;
  objectHook: PyObject = None;
  objectPairsHook: PyObject = None;
  parseFloat: PyObject = None;
  parseInt: PyObject = None;
  parseConstant: PyObject = None;
  constructor(type: PyType) {
    super(type);
    None.rc += 5;
  }
}

/** One scan_once call: the document, the scanner's options, and the keys seen (memo). */
class Scan {
  /** Where the last value read ended (a UTF-16 offset). */
  end = 0;
  /** Object keys by text (owned): equal keys of one document are one str object. */
  private readonly memo = new Map<string, PyStr>();
  private readonly s: string;

  constructor(private readonly sc: PyScanner, private readonly doc: PyStr) {
    this.s = doc.v;
  }

  /** scan_once_unicode: the value at `idx`. */
  value(idx: number): PyObject {
    const s = this.s;
    if (idx >= s.length) throw stopIteration(this.doc, idx);
    switch (s.charCodeAt(idx)) {
      case 0x22: {
        const v = newStr(scanString(this.doc, idx + 1, this.sc.strict));
        this.end = stringEnd;
        return v;
      }
      case 0x7b:
        enterRecursion(' while decoding a JSON object from a unicode string');
        try {
          return this.object(idx + 1);
        } finally {
          leaveRecursion();
        }
      case 0x5b:
        enterRecursion(' while decoding a JSON array from a unicode string');
        try {
          return this.array(idx + 1);
        } finally {
          leaveRecursion();
        }
      case 0x6e:
        if (s.startsWith('null', idx)) return this.literal(None, idx + 4);
        break;
      case 0x74:
        if (s.startsWith('true', idx)) return this.literal(True, idx + 4);
        break;
      case 0x66:
        if (s.startsWith('false', idx)) return this.literal(False, idx + 5);
        break;
      case 0x4e:
        if (s.startsWith('NaN', idx)) return this.constant('NaN', idx);
        break;
      case 0x49:
        if (s.startsWith('Infinity', idx)) return this.constant('Infinity', idx);
        break;
      case 0x2d:
        if (s.startsWith('-Infinity', idx)) return this.constant('-Infinity', idx);
        break;
    }
    return this.number(idx);
  }

  private literal(v: PyObject, end: number): PyObject {
    this.end = end;
    v.rc++;
    return v;
  }

  /** NaN, Infinity, -Infinity: parse_constant(name) (_parse_constant). */
  private constant(name: string, idx: number): PyObject {
    const text = internStr(name);
    try {
      const v = ab.call(this.sc.parseConstant, [text]);
      this.end = idx + name.length;
      return v;
    } finally {
      decref(text);
    }
  }

  private skipWhitespace(idx: number): number {
    const s = this.s;
    while (idx < s.length && isWhitespace(s.charCodeAt(idx))) idx++;
    return idx;
  }

  /** _parse_object_unicode: idx is just after the '{'. */
  private object(idx: number): PyObject {
    const s = this.s;
    const pairs = this.sc.objectPairsHook !== None;
    const rval: PyList | PyDict = pairs ? newList([]) : newDict();
    try {
      idx = this.skipWhitespace(idx);
      if (idx >= s.length || s.charCodeAt(idx) !== 0x7d) {
        for (;;) {
          if (idx >= s.length || s.charCodeAt(idx) !== 0x22) {
            throw decodeError('Expecting property name enclosed in double quotes', this.doc, idx);
          }
          const key = this.key(idx + 1);
          try {
            idx = this.skipWhitespace(stringEnd);
            if (idx >= s.length || s.charCodeAt(idx) !== 0x3a) throw decodeError("Expecting ':' delimiter", this.doc, idx);
            const val = this.value(this.skipWhitespace(idx + 1));
            if (pairs) {
              const pair = newTuple([(key.rc++, key), val]);
              listAppend(rval as PyList, pair);
              decref(pair);
            } else {
              try {
                dictSet(rval as PyDict, key, val);
              } finally {
                decref(val);
              }
            }
          } finally {
            decref(key);
          }
          idx = this.skipWhitespace(this.end);
          if (idx < s.length && s.charCodeAt(idx) === 0x7d) break;
          if (idx >= s.length || s.charCodeAt(idx) !== 0x2c) throw decodeError("Expecting ',' delimiter", this.doc, idx);
          idx = this.skipWhitespace(idx + 1);
        }
      }
    } catch (e) {
      decref(rval);
      throw e;
    }
    this.end = idx + 1;
    const hook = pairs ? this.sc.objectPairsHook : this.sc.objectHook;
    if (hook === None) return rval;
    try {
      return ab.call(hook, [rval]);
    } finally {
      decref(rval);
    }
  }

  /** An object key, the memo's object for equal keys (a new reference); sets stringEnd. */
  private key(start: number): PyStr {
    const text = scanString(this.doc, start, this.sc.strict);
    let key = this.memo.get(text);
    if (key === undefined) {
      key = newStr(text);
      this.memo.set(text, key);
    }
    key.rc++;
    return key;
  }

  /** Drop the memo's references (CPython's memo dict dies with the scan_once call). */
  release(): void {
    for (const key of this.memo.values()) decref(key);
  }

  /** _parse_array_unicode: idx is just after the '['. */
  private array(idx: number): PyObject {
    const s = this.s;
    const rval = newList([]);
    try {
      idx = this.skipWhitespace(idx);
      if (idx >= s.length || s.charCodeAt(idx) !== 0x5d) {
        for (;;) {
          const val = this.value(idx);
          listAppend(rval, val);
          decref(val);
          idx = this.skipWhitespace(this.end);
          if (idx < s.length && s.charCodeAt(idx) === 0x5d) break;
          if (idx >= s.length || s.charCodeAt(idx) !== 0x2c) throw decodeError("Expecting ',' delimiter", this.doc, idx);
          idx = this.skipWhitespace(idx + 1);
        }
      }
    } catch (e) {
      decref(rval);
      throw e;
    }
    this.end = idx + 1;
    return rval;
  }

  /** _match_number_unicode: an int or float (or what parse_int / parse_float make of its text). */
  private number(start: number): PyObject {
    const s = this.s;
    const last = s.length - 1;
    let idx = start;
    if (s.charCodeAt(idx) === 0x2d) {
      idx++;
      if (idx > last) throw stopIteration(this.doc, start);
    }
    const first = s.charCodeAt(idx);
    if (first >= 0x31 && first <= 0x39) {
      idx++;
      while (idx <= last && isDigit(s.charCodeAt(idx))) idx++;
    } else if (first === 0x30) {
      idx++;
    } else {
      throw stopIteration(this.doc, start);
    }
    let isFloat = false;
    if (idx < last && s.charCodeAt(idx) === 0x2e && isDigit(s.charCodeAt(idx + 1))) {
      isFloat = true;
      idx += 2;
      while (idx <= last && isDigit(s.charCodeAt(idx))) idx++;
    }
    if (idx < last && (s.charCodeAt(idx) | 0x20) === 0x65) {
      // An exponent needs a digit; without one the number ends before the 'e'.
      const eStart = idx;
      idx++;
      if (idx < last && (s.charCodeAt(idx) === 0x2d || s.charCodeAt(idx) === 0x2b)) idx++;
      while (idx <= last && isDigit(s.charCodeAt(idx))) idx++;
      if (isDigit(s.charCodeAt(idx - 1))) isFloat = true;
      else idx = eStart;
    }
    const text = s.slice(start, idx);
    const custom = isFloat ? (this.sc.parseFloat === FloatType ? null : this.sc.parseFloat)
      : (this.sc.parseInt === IntType ? null : this.sc.parseInt);
    let v: PyObject;
    if (custom !== null) {
      const t = newStr(text);
      try {
        v = ab.call(custom, [t]);
      } finally {
        decref(t);
      }
    } else if (isFloat) {
      v = newFloat(Number(text));
    } else {
      // Up to 15 digits are exact as a double; longer ones go through int()'s parser (and its digit limit).
      v = text.length <= 15 ? newInt(Number(text)) : newIntAny(parseIntText(text, 10));
    }
    this.end = idx;
    return v;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function scannerNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [ctx] = unpackArgs('make_scanner', args, kwnames, ['context'], 0, 1, 1);
  const sc = new PyScanner(type as PyType);
  try {
    const strict = ab.getattr(ctx!, nameStr('strict'));
    try {
      sc.strict = ab.isTrue(strict);
    } finally {
      decref(strict);
    }
    sc.objectHook = replaceRef(sc.objectHook, ab.getattr(ctx!, nameStr('object_hook')));
    sc.objectPairsHook = replaceRef(sc.objectPairsHook, ab.getattr(ctx!, nameStr('object_pairs_hook')));
    sc.parseFloat = replaceRef(sc.parseFloat, ab.getattr(ctx!, nameStr('parse_float')));
    sc.parseInt = replaceRef(sc.parseInt, ab.getattr(ctx!, nameStr('parse_int')));
    sc.parseConstant = replaceRef(sc.parseConstant, ab.getattr(ctx!, nameStr('parse_constant')));
  } catch (e) {
    decref(sc);
    throw e;
  }
  return sc;
}

/** Store a new reference in place of an old one (released). */
function replaceRef(old: PyObject, v: PyObject): PyObject {
  decref(old);
  return v;
}

/** scan_once(string, idx): (value, end), or StopIteration(idx) when no value starts there. */
function scannerCall(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [string, idxObj] = unpackArgs('scan_once', args, kwnames, ['string', 'idx'], 0, 2, 2);
  const idx = ssizeArg(idxObj!);
  if (!(string instanceof PyStr)) throw typeError(`first argument must be a string, not ${string!.type.name}`);
  if (idx < 0) throw valueError('idx cannot be negative');
  if (idx >= string.cplen) throw newExceptionArgs(StopIterationType, [newIntAny(idx)]);
  enterRecursion(CALL_LEVEL);
  const scan = new Scan(o as PyScanner, string);
  try {
    const v = scan.value(string.unitAt(idx));
    return newTuple([v, newInt(cpIndex(string, scan.end))]);
  } finally {
    scan.release();
    leaveRecursion();
  }
}

function initScanner(): void {
  const T = ScannerType;
  T.new_ = scannerNew;
  T.call = scannerCall;
  T.dealloc = (o) => {
    const sc = o as PyScanner;
    for (const v of [sc.objectHook, sc.objectPairsHook, sc.parseFloat, sc.parseInt, sc.parseConstant]) decref(v);
  };
  defMember(T, 'strict', (o) => newBool((o as PyScanner).strict));
  defMember(T, 'object_hook', (o) => ((o as PyScanner).objectHook.rc++, (o as PyScanner).objectHook));
  defMember(T, 'object_pairs_hook', (o) => ((o as PyScanner).objectPairsHook.rc++, (o as PyScanner).objectPairsHook));
  defMember(T, 'parse_float', (o) => ((o as PyScanner).parseFloat.rc++, (o as PyScanner).parseFloat));
  defMember(T, 'parse_int', (o) => ((o as PyScanner).parseInt.rc++, (o as PyScanner).parseInt));
  defMember(T, 'parse_constant', (o) => ((o as PyScanner).parseConstant.rc++, (o as PyScanner).parseConstant));
  exposeSlots(T);
  exposeNew(T);
}

// ---------------------------------------------------------------- string escapes

const HEX = '0123456789abcdef';

function u4(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t',
};

/** Characters ascii_escape_unicode leaves alone: printable ASCII but '"' and '\\'. */
const ASCII_CLEAN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * ascii_escape_unicode: the JSON string literal with everything but
 * printable ASCII escaped. An astral character is a surrogate pair in the
 * JS string, and escaping each unit writes the \uXXXX\uXXXX pair CPython writes.
 */
function escapeAscii(s: string): string {
  if (ASCII_CLEAN.test(s)) return '"' + s + '"';
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i) + (SHORT_ESCAPES[c] ?? u4(c));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** Characters escape_unicode must escape: '"', '\\' and the control characters. */
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;

/** escape_unicode: the JSON string literal, escaping only '"', '\\' and control characters. */
function escapeUnicode(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i) + (SHORT_ESCAPES[c] ?? u4(c));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

function stringArg(o: PyObject): PyStr {
  if (!(o instanceof PyStr)) throw typeError(`first argument must be a string, not ${o.type.name}`);
  return o;
}

const encodeBasestringAscii: NativeFn = (_s, a, k) => {
  checkArgs('_json.encode_basestring_ascii', a, k, 1, 1);
  return newStr(escapeAscii(stringArg(a[0]).v));
};

const encodeBasestring: NativeFn = (_s, a, k) => {
  checkArgs('_json.encode_basestring', a, k, 1, 1);
  return newStr(escapeUnicode(stringArg(a[0]).v));
};

// ---------------------------------------------------------------- the encoder

class PyEncoder extends PyObject {
  markers: PyObject = None;
  defaultFn: PyObject = None;
  encoder: PyObject = None;
  indent: PyObject = None;
  keySeparator: PyStr = newStr('');
  itemSeparator: PyStr = newStr('');
  sortKeys = false;
  skipKeys = false;
  allowNan = false;
  /** The JS escaping of the str encoder when it is one of this module's functions. */
  fastEncode: ((s: string) => string) | null = null;
  /** Encode as json.encoder._make_iterencode does (dumps with an indent) instead of the C encoder. */
  pythonPath = false;
  constructor(type: PyType) {
    super(type);
    None.rc += 4;
  }
}

/** One encoding: the output so far, and the containers being encoded (the markers). */
class Encode {
  out = '';
  private readonly markers: Set<PyObject> | null;
  private readonly indent: string | null;
  private readonly containerLevel: string;

  constructor(private readonly e: PyEncoder) {
    this.markers = e.markers === None ? null : new Set();
    this.indent = e.pythonPath && e.indent instanceof PyStr ? e.indent.v : null;
    this.containerLevel = e.pythonPath ? CALL_LEVEL : ' while encoding a JSON object';
  }

  /** encoder_listencode_obj. */
  obj(o: PyObject, level: number): void {
    if (o === None) this.out += 'null';
    else if (o === True) this.out += 'true';
    else if (o === False) this.out += 'false';
    else if (o instanceof PyStr) this.out += this.string(o);
    else if (o instanceof PyInt) this.out += intToStr(o.v);
    else if (o instanceof PyFloat) this.out += this.float(o);
    else if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict) this.container(o, level);
    else this.viaDefault(o, level);
  }

  /** A list, tuple or dict (or what default() made), one level deeper in the recursion count. */
  private container(o: PyObject, level: number): void {
    enterRecursion(this.containerLevel);
    try {
      if (o instanceof PyDict) this.dict(o, level);
      else if (o instanceof PyList || o instanceof PyTuple) this.list(o, level);
      else this.obj(o, level);
    } finally {
      leaveRecursion();
    }
  }

  /** encoder_encode_string: the module's escaping, or the encoder callable's str. */
  string(s: PyStr): string {
    const fast = this.e.fastEncode;
    if (fast !== null) return fast(s.v);
    const r = ab.call(this.e.encoder, [s]);
    try {
      if (!(r instanceof PyStr)) throw typeError(`encoder() must return a string, not ${r.type.name}`);
      return r.v;
    } finally {
      decref(r);
    }
  }

  /** encoder_encode_float (the Python path's floatstr names the value in its error). */
  float(f: PyFloat): string {
    const x = f.v;
    if (Number.isFinite(x)) return reprFloat(x);
    if (!this.e.allowNan) {
      throw valueError('Out of range float values are not JSON compliant' + (this.e.pythonPath ? ': ' + ab.reprJS(f) : ''));
    }
    return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
  }

  private mark(o: PyObject): void {
    if (this.markers === null) return;
    if (this.markers.has(o)) throw valueError('Circular reference detected');
    this.markers.add(o);
  }

  private unmark(o: PyObject): void {
    if (this.markers !== null) this.markers.delete(o);
  }

  /** '\n' and the indent of `level` (the Python path's newline_indent), or null without an indent. */
  private newline(level: number): string | null {
    return this.indent === null ? null : '\n' + this.indent.repeat(level);
  }

  /** encoder_listencode_list. */
  private list(seq: PyList | PyTuple, level: number): void {
    const items = this.listItems(seq);
    try {
      if (items.length === 0) {
        this.out += '[]';
        return;
      }
      this.mark(seq);
      const nl = this.newline(level + 1);
      const separator = nl === null ? this.e.itemSeparator.v : this.e.itemSeparator.v + nl;
      this.out += nl === null ? '[' : '[' + nl;
      for (let i = 0; i < items.length; i++) {
        if (i > 0) this.out += separator;
        this.obj(items[i], level + 1);
      }
      this.unmark(seq);
      const close = this.newline(level);
      this.out += close === null ? ']' : close + ']';
    } finally {
      if (items !== seq.items) for (const x of items) decref(x);
    }
  }

  /**
   * The items to encode (PySequence_Fast): those of an exact list or tuple,
   * what iterating gives for a subclass (its __iter__ counts, in both paths).
   */
  private listItems(seq: PyList | PyTuple): PyObject[] {
    const t = seq.type;
    if (t === ListType || t === TupleType || t.iter === ListType.iter || t.iter === TupleType.iter) return seq.items;
    const l = sequenceList(seq);
    const items = l.items.map((x) => (x.rc++, x));
    decref(l);
    return items;
  }

  /** encoder_listencode_dict. */
  private dict(d: PyDict, level: number): void {
    if (d.used === 0) {
      this.out += '{}';
      return;
    }
    this.mark(d);
    const nl = this.newline(level + 1);
    const separator = nl === null ? this.e.itemSeparator.v : this.e.itemSeparator.v + nl;
    this.out += nl === null ? '{' : '{' + nl;
    // What PyMapping_Items returns: a snapshot of the pairs, holding them.
    const pairs = this.dictPairs(d);
    try {
      let first = true;
      for (let i = 0; i < pairs.length; i += 2) {
        const kstr = this.key(pairs[i]);
        if (kstr === null) continue;
        if (!first) this.out += separator;
        first = false;
        this.out += kstr + this.e.keySeparator.v;
        this.obj(pairs[i + 1], level + 1);
      }
    } finally {
      for (const x of pairs) decref(x);
    }
    this.unmark(d);
    const close = this.newline(level);
    this.out += close === null ? '}' : close + '}';
  }

  /**
   * The dict's items, sorted with sort_keys, as new references to key and
   * value in turn. A dict subclass's items() is called, as PyMapping_Items does.
   */
  private dictPairs(d: PyDict): PyObject[] {
    if (d.type === DictType && !this.e.sortKeys) {
      const pairs: PyObject[] = [];
      for (let i = 0; i < dictEntryCount(d); i++) {
        const k = dictKeyAt(d, i);
        if (k === null) continue;
        const v = dictValueAt(d, i)!;
        k.rc++;
        v.rc++;
        pairs.push(k, v);
      }
      return pairs;
    }
    const items = this.itemList(d);
    try {
      if (this.e.sortKeys) listSort(items, null, false);
      const pairs: PyObject[] = [];
      for (const item of items.items) {
        if (!(item instanceof PyTuple) || item.items.length !== 2) {
          for (const x of pairs) decref(x);
          throw valueError('items must return 2-tuples');
        }
        const [k, v] = item.items;
        k.rc++;
        v.rc++;
        pairs.push(k, v);
      }
      return pairs;
    } finally {
      decref(items);
    }
  }

  /** The dict's items as a list of (key, value) tuples. */
  private itemList(d: PyDict): PyList {
    if (d.type === DictType) {
      const pairs: PyObject[] = [];
      for (let i = 0; i < dictEntryCount(d); i++) {
        const k = dictKeyAt(d, i);
        if (k === null) continue;
        const v = dictValueAt(d, i)!;
        k.rc++;
        v.rc++;
        pairs.push(newTuple([k, v]));
      }
      return newList(pairs);
    }
    const method = ab.getattr(d, nameStr('items'));
    let view: PyObject;
    try {
      view = ab.call(method, []);
    } finally {
      decref(method);
    }
    try {
      return sequenceList(view);
    } finally {
      decref(view);
    }
  }

  /** The encoded key, or null to skip it (skipkeys). */
  private key(key: PyObject): string | null {
    if (key instanceof PyStr) return this.string(key);
    let text: string;
    if (key instanceof PyFloat) text = this.float(key);
    else if (key === True) text = 'true';
    else if (key === False) text = 'false';
    else if (key === None) text = 'null';
    else if (key instanceof PyInt) text = intToStr(key.v);
    else if (this.e.skipKeys) return null;
    else throw typeError(`keys must be str, int, float, bool or None, not ${key.type.name}`);
    const fast = this.e.fastEncode;
    if (fast !== null) return fast(text);
    const s = newStr(text);
    try {
      return this.string(s);
    } finally {
      decref(s);
    }
  }

  /** Anything else: default(o) encoded in its place, with o marked meanwhile. */
  private viaDefault(o: PyObject, level: number): void {
    this.mark(o);
    const replacement = ab.call(this.e.defaultFn, [o]);
    try {
      this.container(replacement, level);
    } finally {
      decref(replacement);
    }
    this.unmark(o);
  }
}

const ENCODER_ARGS = ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys',
  'skipkeys', 'allow_nan'];

/** make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan). */
function newEncoder(type: PyType, args: PyObject[], kwnames: string[] | null, pythonPath: boolean): PyEncoder {
  const a = unpackArgs('make_encoder', args, kwnames, ENCODER_ARGS, 0, 9, 9) as PyObject[];
  const [markers, dflt, encoder, indent, keySep, itemSep] = a;
  for (const i of [4, 5]) {
    if (!(a[i] instanceof PyStr)) throw typeError(`make_encoder() argument ${i + 1} must be str, not ${a[i].type.name}`);
  }
  const sortKeys = ab.isTrue(a[6]);
  const skipKeys = ab.isTrue(a[7]);
  const allowNan = ab.isTrue(a[8]);
  if (markers !== None && !(markers instanceof PyDict)) {
    throw typeError(`make_encoder() argument 1 must be dict or None, not ${markers.type.name}`);
  }
  const e = new PyEncoder(type);
  e.markers = replaceRef(e.markers, (markers.rc++, markers));
  e.defaultFn = replaceRef(e.defaultFn, (dflt.rc++, dflt));
  e.encoder = replaceRef(e.encoder, (encoder.rc++, encoder));
  e.indent = replaceRef(e.indent, (indent.rc++, indent));
  e.keySeparator = replaceRef(e.keySeparator, (keySep.rc++, keySep)) as PyStr;
  e.itemSeparator = replaceRef(e.itemSeparator, (itemSep.rc++, itemSep)) as PyStr;
  e.sortKeys = sortKeys;
  e.skipKeys = skipKeys;
  e.allowNan = allowNan;
  e.pythonPath = pythonPath;
  if (encoder instanceof PyBuiltin && encoder.fn === encodeBasestringAscii) e.fastEncode = escapeAscii;
  else if (encoder instanceof PyBuiltin && encoder.fn === encodeBasestring) e.fastEncode = escapeUnicode;
  return e;
}

/** _iterencode(obj, _current_indent_level): a list holding the whole JSON text. */
function encoderCall(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [obj, levelObj] = unpackArgs('_iterencode', args, kwnames, ['obj', '_current_indent_level'], 0, 2, 2);
  const e = o as PyEncoder;
  const level = ssizeArg(levelObj!);
  const job = new Encode(e);
  // The Python path runs as generator frames of the caller, not as a call.
  if (!e.pythonPath) enterRecursion(CALL_LEVEL);
  try {
    job.obj(obj!, level);
  } finally {
    if (!e.pythonPath) leaveRecursion();
  }
  return newList([newStr(job.out)]);
}

/**
 * _make_pyencoder(...): an encoder with make_encoder's arguments that works
 * as the Python path of json.encoder (indent, a str or None, honoured).
 */
const makePyEncoder: NativeFn = (_s, a, k) => newEncoder(EncoderType, a, k, true);

function initEncoder(): void {
  const T = EncoderType;
  T.new_ = (type, a, k) => newEncoder(type as PyType, a, k, false);
  T.call = encoderCall;
  T.dealloc = (o) => {
    const e = o as PyEncoder;
    for (const v of [e.markers, e.defaultFn, e.encoder, e.indent, e.keySeparator, e.itemSeparator]) decref(v);
  };
  const member = (name: string, get: (e: PyEncoder) => PyObject): void =>
    defMember(T, name, (o) => {
      const v = get(o as PyEncoder);
      v.rc++;
      return v;
    });
  member('markers', (e) => e.markers);
  member('default', (e) => e.defaultFn);
  member('encoder', (e) => e.encoder);
  member('indent', (e) => e.indent);
  member('key_separator', (e) => e.keySeparator);
  member('item_separator', (e) => e.itemSeparator);
  defMember(T, 'sort_keys', (o) => newBool((o as PyEncoder).sortKeys));
  defMember(T, 'skipkeys', (o) => newBool((o as PyEncoder).skipKeys));
  exposeSlots(T);
  exposeNew(T);
}

// ---------------------------------------------------------------- the module

let typesReady = false;

export function initJson(m: PyModule, interp: Interpreter): void {
  interpreter = interp;
  if (!typesReady) {
    typesReady = true;
    initScanner();
    initEncoder();
  }
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_json');
    m.set(name, f);
    decref(f);
  };
  def('scanstring', scanstringFn);
  def('encode_basestring_ascii', encodeBasestringAscii);
  def('encode_basestring', encodeBasestring);
  def('_make_pyencoder', makePyEncoder);
  m.set('make_scanner', ScannerType);
  m.set('make_encoder', EncoderType);
}
