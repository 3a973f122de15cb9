// bool: the two int instances True and False (Objects/boolobject.c).
//
// The type and the two objects are made in int.ts (see the note there); this
// file gives bool what it does not inherit from int: its repr, its
// constructor, and & | ^ that stay bool when both operands are bools.

import type { PyObject } from '../object.js';
import { BoolType, True, False, newBool, IntType, exposeNew } from './int.js';
import { checkArgs } from './builtinfunc.js';
import { exposeSlots } from './typeobject.js';
import { newStr } from './str.js';
import { isTrue, Bin } from '../abstract.js';

export { BoolType, True, False, newBool };

function boolNew(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs('bool', args, kwnames, 0, 1);
  return newBool(args.length > 0 && isTrue(args[0]));
}

/** bool & bool is a bool; anything else is int's operator. */
function logical(op: Bin, f: (a: boolean, b: boolean) => boolean): (a: PyObject, b: PyObject) => PyObject {
  const intOp = IntType.nb[op]!;
  return (a, b) => {
    if ((a === True || a === False) && (b === True || b === False)) return newBool(f(a === True, b === True));
    return intOp(a, b);
  };
}

/** Call after initInt: bool's operators fall back to int's. */
export function initBool(): void {
  const T = BoolType;
  T.repr = (o) => newStr(o === True ? 'True' : 'False');
  T.new_ = boolNew;
  T.nb[Bin.AND] = logical(Bin.AND, (a, b) => a && b);
  T.nb[Bin.OR] = logical(Bin.OR, (a, b) => a || b);
  T.nb[Bin.XOR] = logical(Bin.XOR, (a, b) => a !== b);
  exposeSlots(T);
  exposeNew(T);
  T.doc = 'bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n' +
    'The builtins True and False are the only two instances of the class bool.\n' +
    'The class bool is a subclass of the class int, and cannot be subclassed.';
}
