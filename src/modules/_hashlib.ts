// The _hashlib module: hash objects (_hashlib.HASH) over the digests of
// src/common/digest.ts, and the constructors hashlib.py re-exports
// (openssl_md5 ... openssl_sha512, new) with the argument handling and
// messages of CPython 3.11's OpenSSL-backed module.

import { PyObject, decref } from '../runtime/object.js';
import { builtinType, ObjectType, type PyType } from '../runtime/type.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { newInt, unpackArgs } from '../runtime/types/int.js';
import { newNone } from '../runtime/types/none.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { newBytes, bufferOf } from '../runtime/types/bytes.js';
import { PyModule } from '../runtime/types/module.js';
import { defMethod, defGetSet, exposeSlots } from '../runtime/types/typeobject.js';
import { typeError } from '../runtime/errors.js';
import { addressHex } from '../runtime/heap.js';
import { newDigest, type Digest } from '../common/digest.js';
import type { Interpreter } from '../runtime/interp.js';

export const HashType = builtinType('HASH', ObjectType, { basicsize: 32, baseType: false });
HashType.module = '_hashlib';

class PyHash extends PyObject {
  constructor(readonly d: Digest) {
    super(HashType);
  }
}

/** The bytes of data, with hashlib's messages for text and non-buffers. */
function dataArg(o: PyObject): Uint8Array {
  if (o instanceof PyStr) throw typeError('Strings must be encoded before hashing');
  const b = bufferOf(o);
  if (b === null) throw typeError('object supporting the buffer API required');
  return b;
}

function make(name: string, data: PyObject | null): PyHash {
  const d = newDigest(name);
  if (data !== null) d.update(dataArg(data));
  return new PyHash(d);
}

const digestOf = (o: PyObject): Digest => (o as PyHash).d;

/** openssl_<name>(string=b'', *, usedforsecurity=True). */
function constructor(name: string): NativeFn {
  const fname = `openssl_${name}`;
  return (_s, a, k) => {
    const [data] = unpackArgs(fname, a, k, ['string', 'usedforsecurity'], 0, 1, 0);
    return make(name, data);
  };
}

/** new(name, string=b'', *, usedforsecurity=True). */
const hashNew: NativeFn = (_s, a, k) => {
  const [name, data] = unpackArgs('new', a, k, ['name', 'string', 'usedforsecurity'], 0, 2, 1);
  if (!(name instanceof PyStr)) throw typeError('name must be a string');
  return make(name.v, data);
};

let typeReady = false;

function initHashType(): void {
  const T: PyType = HashType;
  T.repr = (o) => newStr(`<${digestOf(o).name} _hashlib.HASH object @ ${addressHex(o)}>`);
  defMethod(T, 'update', (s, a, k) => {
    checkArgs('HASH.update', a, k, 1, 1);
    digestOf(s).update(dataArg(a[0]));
    return newNone();
  });
  defMethod(T, 'digest', (s, a, k) => (checkArgs('HASH.digest', a, k, 0, 0), newBytes(digestOf(s).digest())));
  defMethod(T, 'hexdigest', (s, a, k) => (checkArgs('HASH.hexdigest', a, k, 0, 0), newStr(digestOf(s).hexdigest())));
  defMethod(T, 'copy', (s, a, k) => (checkArgs('HASH.copy', a, k, 0, 0), new PyHash(digestOf(s).copy())));
  defGetSet(T, 'name', (o) => newStr(digestOf(o).name));
  defGetSet(T, 'digest_size', (o) => newInt(digestOf(o).digest_size));
  defGetSet(T, 'block_size', (o) => newInt(digestOf(o).block_size));
  exposeSlots(T);
}

export const DIGEST_NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

export function initHashlib(m: PyModule, _interp: Interpreter): void {
  if (!typeReady) {
    initHashType();
    typeReady = true;
  }
  m.set('HASH', HashType);
  const set = (name: string, v: PyObject) => {
    m.set(name, v);
    decref(v);
  };
  for (const name of DIGEST_NAMES) set(`openssl_${name}`, newBuiltin(`openssl_${name}`, constructor(name), '_hashlib'));
  set('new', newBuiltin('new', hashNew, '_hashlib'));
}
