// mappingproxy (Objects/descrobject.c): a read-only view of a mapping, and
// what `cls.__dict__` returns.
//
// A proxy wraps either a mapping object (types.MappingProxyType(d)) or a
// class's own attributes, which pyheap keeps in a JS Map rather than a dict:
// lookups go to the Map directly, and what needs a whole dict (iteration,
// keys(), repr, comparisons) sees a dict made from the Map at that moment.

import { PyObject, decref } from '../object.js';
import { PyType, builtinType, ObjectType } from '../type.js';
import * as ab from '../abstract.js';
import { Op, Bin } from '../abstract.js';
import { PyStr, newStr, internStr } from './str.js';
import { None, NotImplemented } from './none.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { newDict, dictSet } from './dict.js';
import { checkArgs, noKw, type NativeFn } from './builtinfunc.js';
import { defMethod, exposeSlots, mappingProxy } from './typeobject.js';
import { unpackArgs, exposeNew } from './int.js';
import { typeError, keyError } from '../errors.js';

export const MappingProxyType = builtinType('mappingproxy', ObjectType, { basicsize: 24, gc: true, baseType: false });

class PyMappingProxy extends PyObject {
  /** Owned: the mapping, or the class whose attributes are shown. */
  constructor(public mapping: PyObject, public ofType: boolean) {
    super(MappingProxyType);
  }
}

/** The mapping a proxy stands for, as a new reference (a fresh dict for a class's attributes). */
function target(p: PyMappingProxy): PyObject {
  if (!p.ofType) {
    p.mapping.rc++;
    return p.mapping;
  }
  const d = newDict();
  for (const [k, v] of (p.mapping as PyType).attrs) {
    const key = internStr(k);
    dictSet(d, key, v);
    decref(key);
  }
  return d;
}

/** f(target) for an operation that needs the whole mapping. */
function withTarget<T>(p: PyMappingProxy, f: (m: PyObject) => T): T {
  const m = target(p);
  try {
    return f(m);
  } finally {
    decref(m);
  }
}

/** A class attribute by str key (borrowed), or undefined. */
function typeAttr(p: PyMappingProxy, key: PyObject): PyObject | undefined {
  return key instanceof PyStr ? (p.mapping as PyType).attrs.get(key.v) : undefined;
}

/** mapping.name(*args), for the methods a proxy passes on. */
function callMethod(m: PyObject, name: string, args: PyObject[]): PyObject {
  const n = internStr(name);
  let f: PyObject;
  try {
    f = ab.getattr(m, n);
  } finally {
    decref(n);
  }
  try {
    return ab.call(f, args);
  } finally {
    decref(f);
  }
}

function forward(name: string): NativeFn {
  return (s, a, k) => {
    checkArgs(name, a, k, 0, 0);
    return withTarget(s as PyMappingProxy, (m) => callMethod(m, name, []));
  };
}

/** The operand of `|` a proxy contributes: its mapping. */
function unwrap(o: PyObject): PyObject {
  if (!(o instanceof PyMappingProxy)) {
    o.rc++;
    return o;
  }
  return target(o);
}

/** A read-only proxy of a mapping (a new reference; the mapping is borrowed). */
export function newMappingProxy(m: PyObject): PyObject {
  m.rc++;
  return new PyMappingProxy(m, false);
}

/** mappingproxy(mapping): anything with __getitem__ but a list or a tuple. */
function proxyNew(_type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [mapping] = unpackArgs('mappingproxy', args, kw, ['mapping'], 0, 1, 1);
  const m = mapping!;
  if (m.type.getitem === null || m instanceof PyList || m instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${m.type.name}`);
  }
  return newMappingProxy(m);
}

export function initMappingProxy(): void {
  const T = MappingProxyType;
  T.new_ = proxyNew;
  T.dealloc = (o) => decref((o as PyMappingProxy).mapping);
  T.getitem = (o, k) => {
    const p = o as PyMappingProxy;
    if (!p.ofType) return ab.getitem(p.mapping, k);
    const v = typeAttr(p, k);
    if (v === undefined) throw keyError(k);
    v.rc++;
    return v;
  };
  T.contains = (o, k) => {
    const p = o as PyMappingProxy;
    return p.ofType ? typeAttr(p, k) !== undefined : ab.contains(p.mapping, k);
  };
  T.len = (o) => {
    const p = o as PyMappingProxy;
    return p.ofType ? (p.mapping as PyType).attrs.size : ab.len(p.mapping);
  };
  T.iter = (o) => withTarget(o as PyMappingProxy, ab.getIter);
  T.repr = (o) => newStr(`mappingproxy(${withTarget(o as PyMappingProxy, ab.reprJS)})`);
  T.str = (o) => withTarget(o as PyMappingProxy, ab.str);
  T.richcompare = (a, b, op: Op) => withTarget(a as PyMappingProxy, (m) => ab.richCompare(m, b, op));
  T.hash = (o) => {
    throw typeError(`unhashable type: '${o.type.name}'`);
  };
  T.nb[Bin.OR] = (a, b) => {
    if (!(a instanceof PyMappingProxy) && !(b instanceof PyMappingProxy)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const x = unwrap(a);
    const y = unwrap(b);
    try {
      return ab.binaryOp(x, y, Bin.OR);
    } finally {
      decref(x);
      decref(y);
    }
  };
  T.ib[Bin.OR] = (a) => {
    throw typeError(`'|=' is not supported by ${a.type.name}; use '|' instead`);
  };
  defMethod(T, 'get', (s, a, k) => {
    noKw('get', k);
    checkArgs('get', a, null, 1, 2);
    const p = s as PyMappingProxy;
    const dflt = a.length > 1 ? a[1] : None;
    if (!p.ofType) return callMethod(p.mapping, 'get', [a[0], dflt]);
    const v = typeAttr(p, a[0]) ?? (ab.hashOf(a[0]), dflt);
    v.rc++;
    return v;
  });
  for (const name of ['keys', 'values', 'items', 'copy']) defMethod(T, name, forward(name));
  defMethod(T, '__reversed__', (s, a, k) => {
    checkArgs('__reversed__', a, k, 0, 0);
    return withTarget(s as PyMappingProxy, (m) => callMethod(m, '__reversed__', []));
  });
  exposeSlots(T);
  exposeNew(T);
  T.attrs.set('__hash__', None);
  None.rc++;
  mappingProxy.f = (t) => {
    t.rc++;
    return new PyMappingProxy(t, true);
  };
}
