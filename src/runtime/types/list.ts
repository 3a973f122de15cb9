// list: a resizable array of references (Objects/listobject.c).
//
// `allocated` follows list_resize's over-allocation so that sys.getsizeof and
// tracemalloc see CPython's capacities; the JS array itself only holds `items`.

import { PyObject, releaseAll } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';

export const ListType = builtinType('list', ObjectType, { basicsize: 40, gc: true });

export class PyList extends PyObject {
  allocated: number;
  /** Owned references. */
  constructor(public items: PyObject[], type: PyType = ListType) {
    super(type);
    this.allocated = items.length;
  }
}

/** A new list that takes ownership of the references in `items`. */
export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}

/** list_resize: the capacity CPython chooses when the list must hold newsize items. */
export function listResize(l: PyList, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - allocated > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  l.allocated = newAllocated;
}

ListType.dealloc = (o) => {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  releaseAll(items);
};

import { reprJS } from '../abstract.js';
import { newStr } from './str.js';

export function initList(): void {
  ListType.repr = (o) => newStr(`[${(o as PyList).items.map(reprJS).join(', ')}]`);
  ListType.len = (o) => (o as PyList).items.length;
}
