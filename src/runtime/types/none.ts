// The singletons None, NotImplemented and Ellipsis (Objects/object.c, sliceobject.c).

import { PyObject } from '../object.js';
import { builtinType, ObjectType } from '../type.js';

export const NoneType = builtinType('NoneType', ObjectType, { baseType: false });
export const NotImplementedType = builtinType('NotImplementedType', ObjectType, { baseType: false });
export const EllipsisType = builtinType('ellipsis', ObjectType, { baseType: false });

export const None = new PyObject(NoneType);
export const NotImplemented = new PyObject(NotImplementedType);
export const Ellipsis = new PyObject(EllipsisType);
None.rc = NotImplemented.rc = Ellipsis.rc = 1 << 30;

export function newNone(): PyObject {
  None.rc++;
  return None;
}

export function initNone(): void {
  NoneType.repr = () => newStrLazy('None');
  NoneType.bool = () => false;
  NotImplementedType.repr = () => newStrLazy('NotImplemented');
  EllipsisType.repr = () => newStrLazy('Ellipsis');
}

import { newStr as newStrLazy } from './str.js';
