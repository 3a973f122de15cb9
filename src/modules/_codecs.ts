// The codec registry of the _codecs module (Python/codecs.c of CPython 3.11):
// search functions registered by codecs.register, asked in order for the
// encodings no built-in codec has, and their answers cached by normalized
// name. str.encode, bytes.decode and str(b, encoding) reach registered codecs
// through codecRegistry (runtime/types/bytes.ts).

import { PyObject, decref } from '../runtime/object.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyTuple } from '../runtime/types/tuple.js';
import { PyBytes, newBytes, codecRegistry, builtinCodecModule, normalizeEncoding, type Codec } from '../runtime/types/bytes.js';
import { PyStr, newStr, nameStr } from '../runtime/types/str.js';
import { None, newNone } from '../runtime/types/none.js';
import { PyModule } from '../runtime/types/module.js';
import { newMemoryView } from '../runtime/types/memoryview.js';
import { newException, LookupErrorType } from '../runtime/types/exceptions.js';
import { typeError } from '../runtime/errors.js';
import * as ab from '../runtime/abstract.js';
import type { Interpreter } from '../runtime/interp.js';

/** The registered search functions, in registration order (owned references). */
const searchFunctions: PyObject[] = [];
/** Codec infos already found, by normalized name (owned references). */
const cache = new Map<string, PyObject>();

function clearCache(): void {
  for (const v of cache.values()) decref(v);
  cache.clear();
}

/** The codec info (a 4-tuple or CodecInfo) the search functions give for a normalized name, or null. */
function search(norm: string): PyObject | null {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const name = newStr(norm);
  try {
    // A function may register or unregister others: the list as it was is asked.
    for (const fn of [...searchFunctions]) {
      const info = ab.call(fn, [name]);
      if (info === None) {
        decref(info);
        continue;
      }
      if (!(info instanceof PyTuple) || info.items.length !== 4) {
        decref(info);
        throw typeError('codec search functions must return 4-tuples');
      }
      cache.set(norm, info);
      return info;
    }
    return null;
  } finally {
    decref(name);
  }
}

function lookupInfo(encoding: string): PyObject {
  const info = search(normalizeEncoding(encoding));
  if (info === null) throw newException(LookupErrorType, `unknown encoding: ${encoding}`);
  return info;
}

/** The (object, length) tuple a codec function returns, checked as _PyCodec_EncodeInternal does. */
function codecResult(result: PyObject, what: 'encoder' | 'decoder'): PyObject {
  if (!(result instanceof PyTuple) || result.items.length !== 2) {
    decref(result);
    throw typeError(what === 'encoder' ? 'encoder must return a tuple (object, integer)'
      : 'decoder must return a tuple (object,integer)');
  }
  const v = result.items[0];
  v.rc++;
  decref(result);
  return v;
}

/** A text codec over a registered codec info: str.encode and bytes.decode call its functions. */
function registeredCodec(encoding: string, info: PyObject, what: 'encoding' | 'decoding'): Codec {
  // A codec that says it is not between str and bytes is refused at lookup.
  const isText = ab.getattrOrNull(info, nameStr('_is_text_encoding'));
  const text = isText === null || ab.isTrue(isText);
  if (isText !== null) decref(isText);
  if (!text) {
    const fn = what === 'encoding' ? 'codecs.encode()' : 'codecs.decode()';
    throw newException(LookupErrorType, `'${encoding}' is not a text encoding; use ${fn} to handle arbitrary codecs`);
  }
  const items = (info as PyTuple).items;
  return {
    name: encoding,
    encode(s: string, errors: string): Uint8Array {
      const arg = newStr(s);
      const err = newStr(errors);
      let v: PyObject;
      try {
        v = codecResult(ab.call(items[0], [arg, err]), 'encoder');
      } finally {
        decref(arg);
        decref(err);
      }
      if (!(v instanceof PyBytes)) {
        const t = v.type.name;
        decref(v);
        throw typeError(`'${encoding}' encoder returned '${t}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
      }
      const out = v.bytes;
      decref(v);
      return out;
    },
    decode(b: Uint8Array, errors: string): string {
      // The decoder gets a memoryview of the bytes, as PyUnicode_Decode gives it.
      const data = newBytes(b.slice());
      const view = newMemoryView(data);
      decref(data);
      const err = newStr(errors);
      let v: PyObject;
      try {
        v = codecResult(ab.call(items[1], [view, err]), 'decoder');
      } finally {
        decref(view);
        decref(err);
      }
      if (!(v instanceof PyStr)) {
        const t = v.type.name;
        decref(v);
        throw typeError(`'${encoding}' decoder returned '${t}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
      }
      const out = v.v;
      decref(v);
      return out;
    },
  };
}

const register: NativeFn = (_s, a, k) => {
  checkArgs('register', a, k, 1, 1);
  if (a[0].type.call === null) throw typeError('argument must be callable');
  a[0].rc++;
  searchFunctions.push(a[0]);
  return newNone();
};

const unregister: NativeFn = (_s, a, k) => {
  checkArgs('unregister', a, k, 1, 1);
  const i = searchFunctions.indexOf(a[0]);
  if (i >= 0) {
    searchFunctions.splice(i, 1);
    clearCache();
    decref(a[0]);
  }
  return newNone();
};

function strArg(fname: string, o: PyObject): string {
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument must be str, not ${o.type.name}`);
  return o.v;
}

/** lookup(encoding): the codec info of a registered codec (codecs.lookup handles the built-in ones). */
const lookup: NativeFn = (_s, a, k) => {
  checkArgs('lookup', a, k, 1, 1);
  const info = lookupInfo(strArg('lookup', a[0]));
  info.rc++;
  return info;
};

/** _forget_codec(encoding): drop a name's cached codec info. */
const forgetCodec: NativeFn = (_s, a, k) => {
  checkArgs('_forget_codec', a, k, 1, 1);
  const norm = normalizeEncoding(strArg('_forget_codec', a[0]));
  const v = cache.get(norm);
  if (v !== undefined) {
    cache.delete(norm);
    decref(v);
  }
  return newNone();
};

/** _builtin_codec(encoding): the module name of the built-in codec of an encoding ('utf_8', 'latin_1', ...), or None. */
const builtinCodec: NativeFn = (_s, a, k) => {
  checkArgs('_builtin_codec', a, k, 1, 1);
  const name = builtinCodecModule(strArg('_builtin_codec', a[0]));
  return name === null ? newNone() : newStr(name);
};

/** _normalize(encoding): the name as the registry caches it. */
const normalize: NativeFn = (_s, a, k) => {
  checkArgs('_normalize', a, k, 1, 1);
  return newStr(normalizeEncoding(strArg('_normalize', a[0])));
};

export function initCodecs(m: PyModule, _interp: Interpreter): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_codecs');
    m.set(name, f);
    decref(f);
  };
  def('register', register);
  def('unregister', unregister);
  def('lookup', lookup);
  def('_forget_codec', forgetCodec);
  def('_builtin_codec', builtinCodec);
  def('_normalize', normalize);
  codecRegistry.find = (encoding, what) => {
    const info = search(normalizeEncoding(encoding));
    return info === null ? null : registeredCodec(encoding, info, what);
  };
}
