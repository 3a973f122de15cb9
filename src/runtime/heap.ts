// The heap: where every block is accounted, and where id() comes from.
//
// An object's address is handed out the first time something observes it
// (id(), a default repr, an identity hash). Reusing the addresses of freed
// blocks as CPython's allocator does (`id([]) == id([])`) comes with the
// memory-model work; until then every observed object gets a fresh address.

import type { PyObject } from './object.js';
import { HASH } from './hashing.js';
import { hashPointer as hashPointerOf, hashHi } from '../common/hash.js';

const addresses = new WeakMap<PyObject, number>();
let nextAddress = 0x7f0000010000;

/** The address of o (its id()), assigned on first use. */
export function addressOf(o: PyObject): number {
  let a = addresses.get(o);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 16 * Math.ceil(Math.max(o.type.basicsize, 16) / 16);
    addresses.set(o, a);
  }
  return a;
}

export function addressHex(o: PyObject): string {
  return '0x' + addressOf(o).toString(16);
}

/** The identity hash (_Py_HashPointer of the address): low 32 bits, high in HASH.hi. */
export function hashPointer(o: PyObject): number {
  const lo = hashPointerOf(addressOf(o));
  HASH.hi = hashHi;
  return lo;
}
