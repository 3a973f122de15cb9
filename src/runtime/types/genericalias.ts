// types.GenericAlias (`list[int]`, Objects/genericaliasobject.c) and
// types.UnionType (`int | str`, Objects/unionobject.c), and the
// __class_getitem__ of the built-in containers that makes the former.

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType, PyType, TypeType } from '../type.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyStr, newStr, nameStr } from './str.js';
import { None, NoneType, Ellipsis, NotImplemented } from './none.js';
import { newBool } from './bool.js';
import { defGetSet, defMethod, exposeSlots, genericGetAttr } from './typeobject.js';
import { PyMethodDescr, ClassMethodDescrType } from './builtinfunc.js';
import * as ab from '../abstract.js';
import { typeError } from '../errors.js';
import { HASH } from '../hashing.js';

export const GenericAliasType = builtinType('GenericAlias', ObjectType, { basicsize: 64, gc: true });
GenericAliasType.module = 'types';
export const UnionType = builtinType('UnionType', ObjectType, { basicsize: 32, gc: true, baseType: false });
UnionType.module = 'types';

export class PyGenericAlias extends PyObject {
  constructor(public origin: PyObject, public args: PyTuple) {
    super(GenericAliasType);
  }
}

export class PyUnion extends PyObject {
  constructor(public args: PyTuple) {
    super(UnionType);
  }
}

/** The text of a type argument in a repr: classes by qualified name, ... for Ellipsis. */
function argRepr(o: PyObject): string {
  if (o === Ellipsis) return '...';
  if (o instanceof PyType && !(o instanceof PyGenericAlias)) {
    return o.module === 'builtins' ? o.qualname : `${o.module}.${o.qualname}`;
  }
  return ab.reprJS(o);
}

export function newGenericAlias(origin: PyObject, args: PyObject): PyGenericAlias {
  origin.rc++;
  if (args instanceof PyTuple) {
    args.rc++;
    return new PyGenericAlias(origin, args);
  }
  args.rc++;
  return new PyGenericAlias(origin, newTuple([args]));
}

function unionOf(a: PyObject, b: PyObject): PyObject {
  const items: PyObject[] = [];
  const add = (x: PyObject) => {
    if (x instanceof PyUnion) {
      for (const y of x.args.items) add(y);
      return;
    }
    const v = x === None ? NoneType : x;
    if (!items.includes(v)) items.push(v);
  };
  add(a);
  add(b);
  if (items.length === 1) return (items[0].rc++, items[0]);
  for (const x of items) x.rc++;
  return new PyUnion(newTuple(items));
}

function unionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
}

/** type.__or__ / GenericAlias.__or__ / UnionType.__or__. */
function orSlot(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return unionOf(a, b);
}

export function initGenericAlias(): void {
  const G = GenericAliasType;
  G.repr = (o) => {
    const g = o as PyGenericAlias;
    const items = g.args.items;
    const inner = items.length === 0 ? '()' : items.map(argRepr).join(', ');
    return newStr(`${argRepr(g.origin)}[${inner}]`);
  };
  G.call = (o, args, kw) => {
    const g = o as PyGenericAlias;
    return ab.call(g.origin, args, kw);
  };
  G.getattro = (o, name) => {
    const n = (name as PyStr).v;
    const r = genericGetAttr(o, name);
    if (r !== null || n.startsWith('__') && n.endsWith('__')) return r;
    // Other attributes come from the origin class (list[int].append is list.append).
    return ab.getattrOrNull((o as PyGenericAlias).origin, name as PyStr);
  };
  G.richcompare = (a, b, op) => {
    if (!(b instanceof PyGenericAlias) || (op !== ab.Op.EQ && op !== ab.Op.NE)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const x = a as PyGenericAlias;
    const eq = x.origin === b.origin && ab.compareBool(x.args, b.args, ab.Op.EQ);
    return newBool(op === ab.Op.EQ ? eq : !eq);
  };
  G.hash = (o) => {
    const g = o as PyGenericAlias;
    const h1 = ab.hashOf(g.origin);
    const h2 = ab.hashOf(g.args);
    HASH.hi = 0;
    return h1 ^ h2;
  };
  G.nb[ab.Bin.OR] = orSlot;
  G.new_ = (_t, args) => {
    if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
    return newGenericAlias(args[0], args[1]);
  };
  defGetSet(G, '__origin__', (o) => ((o as PyGenericAlias).origin.rc++, (o as PyGenericAlias).origin));
  defGetSet(G, '__args__', (o) => ((o as PyGenericAlias).args.rc++, (o as PyGenericAlias).args));
  defGetSet(G, '__parameters__', (o) => newTuple((o as PyGenericAlias).args.items
    .filter((x) => x.type.name === 'TypeVar' || x.type.name === 'ParamSpec' || x.type.name === 'TypeVarTuple')
    .map((x) => (x.rc++, x))));
  defMethod(G, '__mro_entries__', (o) => newTuple([((o as PyGenericAlias).origin.rc++, (o as PyGenericAlias).origin)]));
  defMethod(G, '__instancecheck__', () => { throw typeError('isinstance() argument 2 cannot be a parameterized generic'); });
  defMethod(G, '__subclasscheck__', () => { throw typeError('issubclass() argument 2 cannot be a parameterized generic'); });
  exposeSlots(G);

  const U = UnionType;
  U.repr = (o) => newStr((o as PyUnion).args.items.map((x) => x === NoneType ? 'None' : argRepr(x)).join(' | '));
  U.nb[ab.Bin.OR] = orSlot;
  U.richcompare = (a, b, op) => {
    if (!(b instanceof PyUnion) || (op !== ab.Op.EQ && op !== ab.Op.NE)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const x = (a as PyUnion).args.items;
    const y = b.args.items;
    const eq = x.length === y.length && x.every((v) => y.includes(v));
    return newBool(op === ab.Op.EQ ? eq : !eq);
  };
  U.hash = (o) => {
    let h = 0;
    for (const x of (o as PyUnion).args.items) h ^= ab.hashOf(x);
    HASH.hi = 0;
    return h;
  };
  defGetSet(U, '__args__', (o) => ((o as PyUnion).args.rc++, (o as PyUnion).args));
  defGetSet(U, '__parameters__', () => newTuple([]));
  defMethod(U, '__instancecheck__', (s, a) => {
    const x = a[0];
    return newBool((s as PyUnion).args.items.some((t) => t instanceof PyType && x.type.isSubtype(t)));
  });
  defMethod(U, '__subclasscheck__', (s, a) => {
    const x = a[0];
    if (!(x instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return newBool((s as PyUnion).args.items.some((t) => t instanceof PyType && x.isSubtype(t)));
  });
  exposeSlots(U);

  TypeType.nb[ab.Bin.OR] = orSlot;
  TypeType.attrs.delete('__or__');
  exposeOr(TypeType);

  // type[...] on a class: its __class_getitem__ (PEP 560).
  ab.setClassGetitem((t, k) => {
    // type itself has no __class_getitem__: PyObject_GetItem makes type[...] an alias.
    if (t === TypeType) return newGenericAlias(t, k);
    const f = ab.getattrOrNull(t, nameStr('__class_getitem__'));
    if (f === null) throw typeError(`type '${t.name}' is not subscriptable`);
    try {
      return ab.call(f, [k]);
    } finally {
      decref(f);
    }
  });
}

function exposeOr(t: PyType): void {
  defMethod(t, '__or__', (s, a) => orSlot(s, a[0]));
  defMethod(t, '__ror__', (s, a) => orSlot(a[0], s));
}

/** Give built-in classes `cls[args]` -> GenericAlias (their classmethod __class_getitem__). */
export function addClassGetitem(types: PyType[]): void {
  for (const t of types) {
    const d = new PyMethodDescr('__class_getitem__', t, (cls, args) => newGenericAlias(cls, args[0]), ClassMethodDescrType);
    t.attrs.set('__class_getitem__', d);
  }
}
