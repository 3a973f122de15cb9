// The singletons None, NotImplemented and Ellipsis (Objects/object.c, sliceobject.c).

import { PyObject } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { defMethod, exposeSlots } from './typeobject.js';
import { checkArgs } from './builtinfunc.js';
import { typeError } from '../errors.js';

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
  // Calling the type gives the singleton back; ellipsis's message names it EllipsisType.
  const singletons: [PyType, PyObject, string][] = [[NoneType, None, 'NoneType'],
    [NotImplementedType, NotImplemented, 'NotImplementedType'], [EllipsisType, Ellipsis, 'EllipsisType']];
  for (const [t, o, name] of singletons) {
    t.new_ = (_t, args) => {
      if (args.length > 0) throw typeError(`${name} takes no arguments`);
      o.rc++;
      return o;
    };
  }
  // Pickled by name (their __reduce__ is the name of the constant).
  for (const [t, , name] of singletons.slice(1)) {
    const n = name === 'EllipsisType' ? 'Ellipsis' : 'NotImplemented';
    defMethod(t, '__reduce__', (_s, a, k) => {
      checkArgs('__reduce__', a, k, 0, 0);
      return newStrLazy(n);
    });
  }
  for (const [t] of singletons) exposeSlots(t);
}

import { newStr as newStrLazy } from './str.js';
