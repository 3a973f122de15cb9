// Fast paths of BINARY_SUBSCR and STORE_SUBSCR (3.11 specializes the same
// cases: BINARY_SUBSCR_LIST_INT, _TUPLE_INT, STORE_SUBSCR_LIST_INT): an exact
// list or tuple indexed by an exact int that is in range. Anything else, and
// every error, goes through the type's slot.

import { PyObject, decref } from './object.js';
import * as ab from './abstract.js';
import { PyInt, IntType } from './types/int.js';
import { PyList, ListType } from './types/list.js';
import { PyTuple, TupleType } from './types/tuple.js';

/** o[k]: a new reference; both borrowed. */
export function getItem(o: PyObject, k: PyObject): PyObject {
  if (k.type === IntType) {
    const t = o.type;
    if (t === ListType || t === TupleType) {
      const i = (k as PyInt).v;
      const items = (o as PyList | PyTuple).items;
      if (typeof i === 'number') {
        const j = i < 0 ? i + items.length : i;
        if (j >= 0 && j < items.length) {
          const v = items[j];
          v.rc++;
          return v;
        }
      }
    }
  }
  return ab.getitem(o, k);
}

/** o[k] = v: all three owned. */
export function storeSubscr(o: PyObject, k: PyObject, v: PyObject): void {
  if (o.type === ListType && k.type === IntType) {
    const i = (k as PyInt).v;
    const items = (o as PyList).items;
    if (typeof i === 'number') {
      const j = i < 0 ? i + items.length : i;
      if (j >= 0 && j < items.length) {
        // The list takes v's reference; the old item goes after the store, as list_ass_item does.
        const old = items[j];
        items[j] = v;
        decref(old);
        decref(k);
        decref(o);
        return;
      }
    }
  }
  try {
    ab.setitem(o, k, v);
  } finally {
    decref(v);
    decref(k);
    decref(o);
  }
}
