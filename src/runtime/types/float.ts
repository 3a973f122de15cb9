// float: a C double (Objects/floatobject.c).

import { PyObject } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';

export const FloatType = builtinType('float', ObjectType, { basicsize: 24 });

export class PyFloat extends PyObject {
  constructor(public v: number, type: PyType = FloatType) {
    super(type);
  }
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
