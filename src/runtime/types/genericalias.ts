// types.GenericAlias (`list[int]`, Objects/genericaliasobject.c) and
// types.UnionType (`int | str`, Objects/unionobject.c), and the
// __class_getitem__ of the built-in containers that makes the former.

import { PyObject, decref, xdecref, releaseAll } from '../object.js';
import { PyList, sequenceList, listSort, listAppend } from './list.js';
import { AttributeErrorType, TypeErrorType } from './exceptions.js';
import { builtinType, ObjectType, PyType, TypeType } from '../type.js';
import { PyTuple, newTuple, TupleType } from './tuple.js';
import { PyStr, newStr, nameStr } from './str.js';
import { None, NoneType, Ellipsis, NotImplemented } from './none.js';
import { newBool } from './bool.js';
import { allocInstance, defGetSet, defMethod, exposeSlots, genericGetAttr } from './typeobject.js';
import { PyMethodDescr, ClassMethodDescrType } from './builtinfunc.js';
import * as ab from '../abstract.js';
import { typeError } from '../errors.js';
import { HASH } from '../hashing.js';
import { exposeNew } from './int.js';
import { makeNewSet, SetType, FrozenSetType } from './set.js';

export const GenericAliasType = builtinType('GenericAlias', ObjectType, { basicsize: 64, gc: true });
GenericAliasType.module = 'types';
export const UnionType = builtinType('UnionType', ObjectType, { basicsize: 32, gc: true, baseType: false });
UnionType.module = 'types';

export class PyGenericAlias extends PyObject {
  // Both set by makeAlias, right after allocation.
  origin!: PyObject;
  args!: PyTuple;
  /** The type variables among args, found on first use (ga->parameters). */
  parameters: PyTuple | null = null;
  /** The unpacked form `*tuple[int]` that iterating an alias gives (PEP 646). */
  starred = false;
}

export const GenericAliasIterType = builtinType('generic_alias_iterator', ObjectType, { basicsize: 24, gc: true, baseType: false });

/** The iterator of a generic alias: it yields the alias's starred copy once. */
class PyGenericAliasIter extends PyObject {
  constructor(public alias: PyGenericAlias | null) {
    super(GenericAliasIterType);
  }
}

export class PyUnion extends PyObject {
  parameters: PyTuple | null = null;
  constructor(public args: PyTuple) {
    super(UnionType);
  }
}

const str = (s: string): PyStr => nameStr(s);

/** getattr that treats AttributeError as absence: a new reference or null. */
function optionalAttr(o: PyObject, name: string): PyObject | null {
  return ab.getattrOrNull(o, str(name));
}

/**
 * How a type argument is written inside a repr (ga_repr_item): '...' for
 * Ellipsis, the repr of anything with __origin__ and __args__ (an alias),
 * module.qualname of anything with both (builtins omitted), else the repr.
 */
function argRepr(o: PyObject): string {
  if (o === Ellipsis) return '...';
  const origin = optionalAttr(o, '__origin__');
  if (origin !== null) {
    decref(origin);
    const args = optionalAttr(o, '__args__');
    if (args !== null) {
      decref(args);
      return ab.reprJS(o);
    }
  }
  const qualname = optionalAttr(o, '__qualname__');
  if (qualname === null) return ab.reprJS(o);
  try {
    const module = optionalAttr(o, '__module__');
    if (module === null) return ab.reprJS(o);
    try {
      if (module === None) return ab.reprJS(o);
      const q = ab.strJS(qualname);
      if (module instanceof PyStr && module.v === 'builtins') return q;
      return `${ab.strJS(module)}.${q}`;
    } finally {
      decref(module);
    }
  } finally {
    decref(qualname);
  }
}

/** A new alias origin[args] of the given (sub)type; args not a tuple stands for (args,). */
function makeAlias(t: PyType, origin: PyObject, args: PyObject): PyGenericAlias {
  // The argument tuple is made first: an allocation after the alias's own
  // may run the collector, which must find the alias's fields set.
  args.rc++;
  const tuple = args instanceof PyTuple ? args : newTuple([args]);
  const g = (t.heapType ? allocInstance(t) : new PyGenericAlias(t)) as PyGenericAlias;
  origin.rc++;
  g.origin = origin;
  g.args = tuple;
  return g;
}

export function newGenericAlias(origin: PyObject, args: PyObject): PyGenericAlias {
  return makeAlias(GenericAliasType, origin, args);
}

/**
 * The type variables of args in order of first appearance
 * (_Py_make_parameters): each argument that substitutes itself
 * (__typing_subst__), and the __parameters__ of the others; classes have none.
 */
function makeParameters(args: PyTuple): PyTuple {
  const params: PyObject[] = [];
  const add = (p: PyObject) => {
    if (!params.includes(p)) {
      p.rc++;
      params.push(p);
    }
  };
  for (const t of args.items) {
    if (t instanceof PyType) continue;
    const subst = optionalAttr(t, '__typing_subst__');
    if (subst !== null) {
      decref(subst);
      add(t);
      continue;
    }
    const sub = optionalAttr(t, '__parameters__');
    if (sub === null) continue;
    if (sub instanceof PyTuple) for (const p of sub.items) add(p);
    decref(sub);
  }
  return newTuple(params);
}

function aliasParameters(g: PyGenericAlias | PyUnion): PyTuple {
  if (g.parameters === null) g.parameters = makeParameters(g.args);
  return g.parameters;
}

/**
 * The items of a subscript with starred tuples (*tuple[int, str]) spread
 * out (_unpack_args); a new list of new references.
 */
function unpackItems(item: PyObject): PyObject[] {
  const items = item instanceof PyTuple ? item.items : [item];
  const out: PyObject[] = [];
  for (const x of items) {
    if (!(x instanceof PyType)) {
      const sub = optionalAttr(x, '__typing_unpacked_tuple_args__');
      if (sub !== null) {
        const spread = sub instanceof PyTuple
          && !(sub.items.length > 0 && sub.items[sub.items.length - 1] === Ellipsis);
        if (spread) {
          for (const y of (sub as PyTuple).items) out.push((y.rc++, y));
          decref(sub);
          continue;
        }
        decref(sub);
      }
    }
    out.push((x.rc++, x));
  }
  return out;
}

/**
 * args with each type variable of params replaced by the matching item
 * (_Py_subs_parameters): the new argument list (new references).
 */
function substitute(self: PyObject, args: PyTuple, params: PyTuple, item: PyObject): PyObject[] {
  const nparams = params.items.length;
  if (nparams === 0) throw typeError(`${ab.reprJS(self)} is not a generic class`);
  let items = newTuple(unpackItems(item));
  try {
    // ParamSpec and TypeVarTuple first reshape the items to one per parameter.
    for (const p of params.items) {
      const prepare = optionalAttr(p, '__typing_prepare_subst__');
      if (prepare === null) continue;
      try {
        const reshaped = ab.call(prepare, [self, items]);
        decref(items);
        if (!(reshaped instanceof PyTuple)) {
          decref(reshaped);
          throw typeError('__typing_prepare_subst__ must return a tuple');
        }
        items = reshaped;
      } finally {
        decref(prepare);
      }
    }
    const nitems = items.items.length;
    if (nitems !== nparams) {
      throw typeError(`Too ${nitems > nparams ? 'many' : 'few'} arguments for ${ab.reprJS(self)}; ` +
        `actual ${nitems}, expected ${nparams}`);
    }
    const out: PyObject[] = [];
    try {
      for (const arg of args.items) {
        if (arg instanceof PyType) {
          out.push((arg.rc++, arg));
          continue;
        }
        const subst = optionalAttr(arg, '__typing_subst__');
        if (subst !== null) {
          try {
            out.push(ab.call(subst, [items.items[params.items.indexOf(arg)]]));
          } finally {
            decref(subst);
          }
          continue;
        }
        out.push(substituteInside(arg, params, items));
      }
    } catch (e) {
      releaseAll(out);
      throw e;
    }
    return out;
  } finally {
    decref(items);
  }
}

/** An argument with type variables of its own (list[T] inside dict[str, list[T]]) subscripted with their values. */
function substituteInside(arg: PyObject, params: PyTuple, items: PyTuple): PyObject {
  const sub = optionalAttr(arg, '__parameters__');
  if (sub === null || !(sub instanceof PyTuple) || sub.items.length === 0) {
    if (sub !== null) decref(sub);
    arg.rc++;
    return arg;
  }
  try {
    const values = sub.items.map((p) => {
      const i = params.items.indexOf(p);
      const v = i < 0 ? p : items.items[i];
      v.rc++;
      return v;
    });
    const key = newTuple(values);
    try {
      return ab.getitem(arg, key);
    } finally {
      decref(key);
    }
  } finally {
    decref(sub);
  }
}

function unionOf(a: PyObject, b: PyObject): PyObject {
  const items: PyObject[] = [];
  const add = (x: PyObject) => {
    if (x instanceof PyUnion) {
      for (const y of x.args.items) add(y);
      return;
    }
    const v = x === None ? NoneType : x;
    // Aliases are told apart by value (list[int] twice is one member), the rest by identity.
    const dup = items.some((y) => y === v
      || (v.type.isSubtype(GenericAliasType) && y.type.isSubtype(GenericAliasType) && ab.compareBool(y, v, ab.Op.EQ)));
    if (!dup) items.push(v);
  };
  add(a);
  add(b);
  if (items.length === 1) return (items[0].rc++, items[0]);
  for (const x of items) x.rc++;
  return new PyUnion(newTuple(items));
}

function unionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o.type.isSubtype(GenericAliasType) || o.type === UnionType;
}

/** type.__or__ / GenericAlias.__or__ / UnionType.__or__. */
function orSlot(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return unionOf(a, b);
}

// The attributes an alias answers itself; any other is its origin's
// (list[int].__name__ is 'list').
const OWN_ATTRS = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);

export function initGenericAlias(): void {
  const G = GenericAliasType;
  G.jsClass = PyGenericAlias;
  G.repr = (o) => {
    const g = o as PyGenericAlias;
    const items = g.args.items;
    const inner = items.length === 0 ? '()' : items.map(argRepr).join(', ');
    return newStr(`${g.starred ? '*' : ''}${argRepr(g.origin)}[${inner}]`);
  };
  G.call = (o, args, kw) => {
    const g = o as PyGenericAlias;
    const obj = ab.call(g.origin, args, kw);
    // Instances remember the alias that made them, where they can.
    try {
      ab.setattr(obj, str('__orig_class__'), o);
    } catch (e) {
      if (!(e instanceof PyObject && (e.type.isSubtype(AttributeErrorType) || e.type.isSubtype(TypeErrorType)))) {
        decref(obj);
        throw e;
      }
      decref(e);
    }
    return obj;
  };
  G.getattro = (o, name) => {
    const n = (name as PyStr).v;
    if (OWN_ATTRS.has(n)) return genericGetAttr(o, name);
    return ab.getattrOrNull((o as PyGenericAlias).origin, name as PyStr);
  };
  G.richcompare = (a, b, op) => {
    if (!b.type.isSubtype(GenericAliasType) || (op !== ab.Op.EQ && op !== ab.Op.NE)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const x = a as PyGenericAlias;
    const y = b as PyGenericAlias;
    const eq = x.starred === y.starred && ab.compareBool(x.origin, y.origin, ab.Op.EQ) && ab.compareBool(x.args, y.args, ab.Op.EQ);
    return newBool(op === ab.Op.EQ ? eq : !eq);
  };
  G.hash = (o) => {
    const g = o as PyGenericAlias;
    const h1 = ab.hashOf(g.origin);
    const h2 = ab.hashOf(g.args);
    HASH.hi = 0;
    return h1 ^ h2;
  };
  G.getitem = (o, item) => {
    const g = o as PyGenericAlias;
    const args = substitute(o, g.args, aliasParameters(g), item);
    const t = newTuple(args);
    try {
      return newGenericAlias(g.origin, t);
    } finally {
      decref(t);
    }
  };
  G.dealloc = (o) => {
    const g = o as PyGenericAlias;
    decref(g.origin);
    decref(g.args);
    xdecref(g.parameters);
  };
  G.traverse = (o, visit) => {
    const g = o as PyGenericAlias;
    visit(g.origin);
    visit(g.args);
    if (g.parameters) visit(g.parameters);
  };
  G.nb[ab.Bin.OR] = orSlot;
  G.new_ = (t, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
    return makeAlias(t as PyType, args[0], args[1]);
  };
  exposeNew(G);
  defGetSet(G, '__origin__', (o) => ((o as PyGenericAlias).origin.rc++, (o as PyGenericAlias).origin));
  defGetSet(G, '__args__', (o) => ((o as PyGenericAlias).args.rc++, (o as PyGenericAlias).args));
  defGetSet(G, '__parameters__', (o) => {
    const p = aliasParameters(o as PyGenericAlias);
    p.rc++;
    return p;
  });
  defGetSet(G, '__unpacked__', (o) => newBool((o as PyGenericAlias).starred));
  defGetSet(G, '__typing_unpacked_tuple_args__', (o) => {
    const g = o as PyGenericAlias;
    const r = g.starred && g.origin === TupleType ? g.args : None;
    r.rc++;
    return r;
  });
  G.iter = (o) => {
    o.rc++;
    return new PyGenericAliasIter(o as PyGenericAlias);
  };
  const I = GenericAliasIterType;
  I.iter = (o) => (o.rc++, o);
  I.next = (o) => {
    const it = o as PyGenericAliasIter;
    const g = it.alias;
    if (g === null) return null;
    it.alias = null;
    try {
      const starred = makeAlias(GenericAliasType, g.origin, g.args);
      starred.starred = true;
      return starred;
    } finally {
      decref(g);
    }
  };
  I.dealloc = (o) => xdecref((o as PyGenericAliasIter).alias);
  I.traverse = (o, visit) => {
    const g = (o as PyGenericAliasIter).alias;
    if (g !== null) visit(g);
  };
  exposeSlots(I);
  defMethod(G, '__mro_entries__', (o) => newTuple([((o as PyGenericAlias).origin.rc++, (o as PyGenericAlias).origin)]));
  defMethod(G, '__instancecheck__', () => { throw typeError('isinstance() argument 2 cannot be a parameterized generic'); });
  defMethod(G, '__subclasscheck__', () => { throw typeError('issubclass() argument 2 cannot be a parameterized generic'); });
  defMethod(G, '__reduce__', (o) => {
    const g = o as PyGenericAlias;
    g.type.rc++;
    g.origin.rc++;
    g.args.rc++;
    return newTuple([g.type, newTuple([g.origin, g.args])]);
  });
  defMethod(G, '__dir__', (o) => {
    // dir() of the origin, and the alias's own names it lacks.
    const origin = (o as PyGenericAlias).origin;
    const m = origin.type.lookup('__dir__');
    if (m === null) throw typeError('object does not provide __dir__');
    const r = ab.call(m, [origin]);
    let names: PyList;
    try {
      names = sequenceList(r);
    } finally {
      decref(r);
    }
    listSort(names, null, false);
    for (const n of OWN_ATTRS) {
      if (names.items.some((x) => x instanceof PyStr && x.v === n)) continue;
      const v = newStr(n);
      listAppend(names, v);
      decref(v);
    }
    return names;
  });
  exposeSlots(G);

  const U = UnionType;
  U.repr = (o) => newStr((o as PyUnion).args.items.map((x) => x === NoneType ? 'None' : argRepr(x)).join(' | '));
  U.nb[ab.Bin.OR] = orSlot;
  // Unions compare and hash as the sets of their members (union_richcompare,
  // union_hash), so int | str == str | int, and both hash as typing.Union does.
  U.richcompare = (a, b, op) => {
    if (!(b instanceof PyUnion) || (op !== ab.Op.EQ && op !== ab.Op.NE)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const x = makeNewSet(SetType, (a as PyUnion).args);
    try {
      const y = makeNewSet(SetType, b.args);
      try {
        return ab.richCompare(x, y, op);
      } finally {
        decref(y);
      }
    } finally {
      decref(x);
    }
  };
  U.hash = (o) => {
    const members = makeNewSet(FrozenSetType, (o as PyUnion).args);
    try {
      return ab.hashOf(members);
    } finally {
      decref(members);
    }
  };
  defGetSet(U, '__args__', (o) => ((o as PyUnion).args.rc++, (o as PyUnion).args));
  defGetSet(U, '__parameters__', (o) => {
    const p = aliasParameters(o as PyUnion);
    p.rc++;
    return p;
  });
  // (int | T)[str]: the members substituted, or-ed together again (union_getitem).
  U.getitem = (o, item) => {
    const u = o as PyUnion;
    const args = substitute(o, u.args, aliasParameters(u), item);
    try {
      if (args.length === 0) return new PyUnion(newTuple([]));
      let r = args[0];
      r.rc++;
      for (const x of args.slice(1)) {
        const next = ab.binaryOp(r, x, ab.Bin.OR);
        decref(r);
        r = next;
      }
      return r;
    } finally {
      releaseAll(args);
    }
  };
  U.dealloc = (o) => {
    const u = o as PyUnion;
    decref(u.args);
    xdecref(u.parameters);
  };
  U.traverse = (o, visit) => {
    const u = o as PyUnion;
    visit(u.args);
    if (u.parameters) visit(u.parameters);
  };
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
