// The builtins module (Python/bltinmodule.c): the functions every program
// sees, and the built-in types under their names.

import { PyObject, decref } from '../runtime/object.js';
import { PyType, builtinTypes, ObjectType, TypeType } from '../runtime/type.js';
import * as ab from '../runtime/abstract.js';
import { newBuiltin, checkArgs, noKw, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { newInt, newIntAny } from '../runtime/types/int.js';
import { PyTuple } from '../runtime/types/tuple.js';
import { None, NotImplemented, Ellipsis, newNone } from '../runtime/types/none.js';
import { True, False, newBool } from '../runtime/types/bool.js';
import { PyModule } from '../runtime/types/module.js';
import { excTypes } from '../runtime/types/exceptions.js';
import { typeError, valueError } from '../runtime/errors.js';
import { addressOf } from '../runtime/heap.js';
import { hashValue, HASH } from '../runtime/hashing.js';
import { lastAttributeError } from '../runtime/types/typeobject.js';
import type { Interpreter } from '../runtime/interp.js';

/** Split args into positional values and a name -> value map of keywords. */
export function kwargs(args: PyObject[], kwnames: string[] | null): { pos: PyObject[]; kw: Map<string, PyObject> } {
  const n = kwnames === null ? 0 : kwnames.length;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < n; i++) kw.set(kwnames![i], args[args.length - n + i]);
  return { pos: args.slice(0, args.length - n), kw };
}

function isinstanceOf(o: PyObject, cls: PyObject, depth = 0): boolean {
  if (cls instanceof PyType) {
    if (o.type.isSubtype(cls)) return true;
    const hook = cls.type !== TypeType ? cls.type.lookup('__instancecheck__') : null;
    if (hook !== null) return callHookBool(hook, cls, o);
    // An object's __class__ may differ from its type (proxies).
    return false;
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isinstanceOf(o, c, depth + 1)) return true;
    return false;
  }
  const hook = cls.type.lookup('__instancecheck__');
  if (hook !== null) return callHookBool(hook, cls, o);
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function issubclassOf(c: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (issubclassOf(c, x)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    const hook = cls.type !== TypeType ? cls.type.lookup('__subclasscheck__') : null;
    if (hook !== null) return callHookBool(hook, cls, c);
    if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return c.isSubtype(cls);
  }
  const hook = cls.type.lookup('__subclasscheck__');
  if (hook !== null) return callHookBool(hook, cls, c);
  throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

function callHookBool(hook: PyObject, self: PyObject, arg: PyObject): boolean {
  const get = hook.type.descrGet;
  const bound = get !== null ? get(hook, self, self.type) : (hook.rc++, hook);
  try {
    const r = ab.call(bound, [arg]);
    const t = ab.isTrue(r);
    decref(r);
    return t;
  } finally {
    decref(bound);
  }
}

export function initBuiltins(m: PyModule, interp: Interpreter): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn);
    m.set(name, f);
    decref(f);
  };
  for (const t of builtinTypes) {
    if (excTypes.has(t.name) || ['object', 'type', 'int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set',
      'frozenset', 'bytes', 'bytearray', 'complex', 'range', 'slice', 'memoryview', 'property', 'classmethod',
      'staticmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed'].includes(t.name)) {
      m.set(t.name, t);
    }
  }
  m.set('None', None);
  m.set('Ellipsis', Ellipsis);
  m.set('NotImplemented', NotImplemented);
  m.set('True', True);
  m.set('False', False);
  const bdebug = newBool(true);
  m.set('__debug__', bdebug);
  decref(bdebug);

  def('print', (_s, args, kwnames) => {
    const { pos, kw } = kwargs(args, kwnames);
    for (const k of kw.keys()) {
      if (!['sep', 'end', 'file', 'flush'].includes(k)) throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
    const strOrNone = (name: string, dflt: string): string => {
      const v = kw.get(name);
      if (v === undefined || v === None) return dflt;
      if (!(v instanceof PyStr)) throw typeError(`${name} must be None or a string, not ${v.type.name}`);
      return v.v;
    };
    const sep = strOrNone('sep', ' ');
    const end = strOrNone('end', '\n');
    const file = kw.get('file');
    let text = '';
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) text += sep;
      text += ab.strJS(pos[i]);
    }
    text += end;
    interp.writeTo(file === undefined || file === None ? null : file, text);
    const flush = kw.get('flush');
    if (flush !== undefined && ab.isTrue(flush)) interp.flushFile(file === undefined || file === None ? null : file);
    return newNone();
  });
  def('len', (_s, a, k) => {
    checkArgs('len', a, k, 1, 1);
    return newInt(ab.len(a[0]));
  });
  def('repr', (_s, a, k) => {
    checkArgs('repr', a, k, 1, 1);
    return ab.repr(a[0]);
  });
  def('isinstance', (_s, a, k) => {
    checkArgs('isinstance', a, k, 2, 2);
    return newBool(isinstanceOf(a[0], a[1]));
  });
  def('issubclass', (_s, a, k) => {
    checkArgs('issubclass', a, k, 2, 2);
    return newBool(issubclassOf(a[0], a[1]));
  });
  def('id', (_s, a, k) => {
    checkArgs('id', a, k, 1, 1);
    return newIntAny(addressOf(a[0]));
  });
  def('hash', (_s, a, k) => {
    checkArgs('hash', a, k, 1, 1);
    const lo = ab.hashOf(a[0]);
    return newIntAny(hashValue(lo, HASH.hi));
  });
  def('iter', (_s, a, k) => {
    checkArgs('iter', a, k, 1, 2);
    if (a.length === 2) return callIter.f(a[0], a[1]);
    return ab.getIter(a[0]);
  });
  def('next', (_s, a, k) => {
    checkArgs('next', a, k, 1, 2);
    const it = a[0];
    if (it.type.next === null) throw typeError(`'${it.type.name}' object is not an iterator`);
    const r = ab.iterNext(it);
    if (r !== null) return r;
    if (a.length === 2) {
      a[1].rc++;
      return a[1];
    }
    throw stopIterationOf.f();
  });
  def('getattr', (_s, a, k) => {
    checkArgs('getattr', a, k, 2, 3);
    const name = a[1];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    lastAttributeError.e = null;
    const r = ab.getattrOrNull(a[0], name);
    if (r !== null) return r;
    if (a.length === 3) {
      if (lastAttributeError.e !== null) decref(lastAttributeError.e);
      lastAttributeError.e = null;
      a[2].rc++;
      return a[2];
    }
    if (lastAttributeError.e !== null) {
      const e = lastAttributeError.e;
      lastAttributeError.e = null;
      throw e;
    }
    throw ab.noAttribute(a[0], name);
  });
  def('hasattr', (_s, a, k) => {
    checkArgs('hasattr', a, k, 2, 2);
    const name = a[1];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    const r = ab.getattrOrNull(a[0], name);
    if (lastAttributeError.e !== null) {
      decref(lastAttributeError.e);
      lastAttributeError.e = null;
    }
    if (r === null) return newBool(false);
    decref(r);
    return newBool(true);
  });
  def('setattr', (_s, a, k) => {
    checkArgs('setattr', a, k, 3, 3);
    const name = a[1];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    ab.setattr(a[0], name, a[2]);
    return newNone();
  });
  def('delattr', (_s, a, k) => {
    checkArgs('delattr', a, k, 2, 2);
    const name = a[1];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    ab.delattr(a[0], name);
    return newNone();
  });
  def('callable', (_s, a, k) => {
    checkArgs('callable', a, k, 1, 1);
    return newBool(a[0].type.call !== null);
  });
  def('abs', (_s, a, k) => {
    checkArgs('abs', a, k, 1, 1);
    return ab.unaryOp(a[0], 'abs', '');
  });
  def('globals', (_s, a, k) => {
    checkArgs('globals', a, k, 0, 0);
    const g = interp.currentGlobals();
    g.rc++;
    return g;
  });
  def('chr', (_s, a, k) => {
    checkArgs('chr', a, k, 1, 1);
    const v = ab.indexValue(a[0]);
    if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) {
      if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) throw ab.overflowErrorRef.f('Python int too large to convert to C int');
      throw valueError('chr() arg not in range(0x110000)');
    }
    return newStr(String.fromCodePoint(v));
  });
  def('ord', (_s, a, k) => {
    checkArgs('ord', a, k, 1, 1);
    const s = a[0];
    if (s instanceof PyStr) {
      const n = s.cplen;
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
      return newInt(s.v.codePointAt(0)!);
    }
    const bytes = (s as { bytes?: Uint8Array }).bytes;
    if (bytes instanceof Uint8Array) {
      if (bytes.length !== 1) throw typeError(`ord() expected a character, but string of length ${bytes.length} found`);
      return newInt(bytes[0]);
    }
    throw typeError(`ord() expected string of length 1, but ${s.type.name} found`);
  });
  void noKw;
  void False;
  void ObjectType;
}

/** Filled by the iterators module: iter(callable, sentinel) and StopIteration(). */
export const callIter: { f: (c: PyObject, sentinel: PyObject) => PyObject } = { f: () => { throw typeError('iter(callable, sentinel) is not supported yet'); } };
export const stopIterationOf: { f: () => PyObject } = { f: () => typeError('StopIteration') };
