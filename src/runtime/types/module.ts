// Module objects (Objects/moduleobject.c): a namespace dict with a name.

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyDict, newDict, dictGetStr, dictSet } from './dict.js';
import { PyStr, internStr } from './str.js';

export const ModuleType = builtinType('module', ObjectType, { basicsize: 72, gc: true, hasDict: true });

export class PyModule extends PyObject {
  dict: PyDict;
  constructor(public name: string) {
    super(ModuleType);
    this.dict = newDict();
    const k = internStr('__name__');
    const v = internStr(name);
    dictSet(this.dict, k, v);
    decref(k);
    decref(v);
  }
  /** A global of the module, borrowed, or null. */
  get(name: string): PyObject | null {
    const k = internStr(name);
    const v = dictGetStr(this.dict, k);
    decref(k);
    return v;
  }
  /** Set a global; takes a new reference to v. */
  set(name: string, v: PyObject): void {
    const k = internStr(name);
    dictSet(this.dict, k, v);
    decref(k);
  }
}

export function moduleName(m: PyModule): string {
  const n = m.get('__name__');
  return n instanceof PyStr ? n.v : '?';
}

ModuleType.dealloc = (o) => decref((o as PyModule).dict);
