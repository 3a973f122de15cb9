// bool: the two int instances True and False (Objects/boolobject.c).

import { builtinType } from '../type.js';
import { IntType, PyInt } from './int.js';

export const BoolType = builtinType('bool', IntType, { baseType: false });

export const True = new PyInt(1, BoolType);
export const False = new PyInt(0, BoolType);
True.rc = False.rc = 1 << 30;

/** A new reference to True or False. */
export function newBool(b: boolean): PyInt {
  const o = b ? True : False;
  o.rc++;
  return o;
}
