// Struct sequences (Objects/structseq.c): tuples whose items also have field
// names, as sys.version_info, sys.float_info and sys.flags are.
//
// The types made here cannot be instantiated from Python (as CPython's sys
// ones); their repr is `module.name(field=value, ...)`.

import { PyObject, releaseAll } from '../object.js';
import { builtinType, type PyType } from '../type.js';
import { PyTuple, TupleType } from './tuple.js';
import { newInt } from './int.js';
import { newStr } from './str.js';
import { defGetSet, exposeSlots } from './typeobject.js';
import { reprJS } from '../abstract.js';
import { attributeError } from '../errors.js';

const made: [PyType, string[]][] = [];

/** A struct sequence type `module.name` with the given fields (made before the builtin types are finished). */
export function structSeqType(name: string, module: string, fields: string[]): PyType {
  const t = builtinType(name, TupleType, { basicsize: 24, itemsize: 8, gc: true, baseType: false });
  t.module = module;
  made.push([t, fields]);
  return t;
}

/** A new instance that owns `items` (one per field). */
export function newStructSeq(t: PyType, items: PyObject[]): PyTuple {
  return new PyTuple(items, t);
}

export function initStructSeqTypes(): void {
  for (const [t, fields] of made) {
    t.dealloc = (o) => releaseAll((o as PyTuple).items);
    t.repr = (o) => {
      const items = (o as PyTuple).items;
      const qual = t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
      return newStr(`${qual}(${fields.map((f, i) => `${f}=${reprJS(items[i])}`).join(', ')})`);
    };
    fields.forEach((f, i) => defGetSet(t, f, (o) => {
      const x = (o as PyTuple).items[i];
      x.rc++;
      return x;
    }, () => {
      throw attributeError('readonly attribute');
    }));
    for (const [attr, v] of [['n_sequence_fields', fields.length], ['n_fields', fields.length], ['n_unnamed_fields', 0]] as const) {
      t.attrs.set(attr, newInt(v));
    }
    exposeSlots(t);
  }
}
