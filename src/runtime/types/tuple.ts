// tuple: an immutable array of references (Objects/tupleobject.c).

import { PyObject, releaseAll } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';

export const TupleType = builtinType('tuple', ObjectType, { basicsize: 24, itemsize: 8, gc: true });

export class PyTuple extends PyObject {
  /** Owned references. */
  constructor(public items: PyObject[], type: PyType = TupleType) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
EMPTY_TUPLE.rc = 1 << 30;

/** A new tuple that takes ownership of the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) {
    EMPTY_TUPLE.rc++;
    return EMPTY_TUPLE;
  }
  return new PyTuple(items);
}

TupleType.dealloc = (o) => releaseAll((o as PyTuple).items);

import { reprJS } from '../abstract.js';
import { newStr } from './str.js';

export function initTuple(): void {
  TupleType.repr = (o) => {
    const items = (o as PyTuple).items;
    if (items.length === 1) return newStr(`(${reprJS(items[0])},)`);
    return newStr(`(${items.map(reprJS).join(', ')})`);
  };
  TupleType.len = (o) => (o as PyTuple).items.length;
}
