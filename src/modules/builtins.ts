// The builtins module (Python/bltinmodule.c): the functions every program
// sees, and the built-in types under their names.

import { PyObject, decref } from '../runtime/object.js';
import { builtinTypes } from '../runtime/type.js';
import { newBuiltin, checkArgs, PyBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr, clinicArgs, internStr, intern } from '../runtime/types/str.js';
import { newInt, newIntAny, PyInt, IntType, BoolType, intAdd, newIntValue, unpackArgs } from '../runtime/types/int.js';
import { PyTuple, newTuple, TupleType } from '../runtime/types/tuple.js';
import { gcVirtualAlloc } from '../runtime/gc.js';
import { None, NotImplemented, Ellipsis, newNone } from '../runtime/types/none.js';
import { True, False, newBool } from '../runtime/types/bool.js';
import { PyModule } from '../runtime/types/module.js';
import { excTypes, newException, EOFErrorType, SyntaxErrorType, SystemErrorType, OSErrorType } from '../runtime/types/exceptions.js';
import { PyQuitter } from '../runtime/types/quitter.js';
import { typeError, valueError, runtimeError, overflowError } from '../runtime/errors.js';
import { addressOf } from '../runtime/heap.js';
import { hashValue, HASH } from '../runtime/hashing.js';
import { newBytes, PyBytes, bufferOf } from '../runtime/types/bytes.js';
import { formatBuiltin, asciiOf, numberToBase } from '../runtime/format.js';
import { BytesConst } from '../parse/constants.js';
import { makeOpen } from './io.js';
import { PyFloat, FloatType, newFloat } from '../runtime/types/float.js';
import { PyDict, newDict, dictGetStr, dictSet, dictKeyList } from '../runtime/types/dict.js';
import { newList, sequenceList } from '../runtime/types/list.js';
import { PyByteArray } from '../runtime/types/bytearray.js';
import { PyCode, PyCell, CO_OPTIMIZED } from '../runtime/types/function.js';
import { callResult } from '../runtime/excresult.js';
import { ts, frameLocals } from '../runtime/types/frame.js';
import { callBound } from '../runtime/types/typeobject.js';
import { PyTextStream, readLine } from './sys.js';
import { decodeSource, PySyntaxError } from '../parse/index.js';
import { hooks } from '../runtime/rt.js';
import * as ab from '../runtime/abstract.js';
import { isInstance, isSubclass } from '../runtime/subclasscheck.js';
import type { Interpreter } from '../runtime/interp.js';

/** Split args into positional values and a name -> value map of keywords. */
export function kwargs(args: PyObject[], kwnames: string[] | null): { pos: PyObject[]; kw: Map<string, PyObject> } {
  const n = kwnames === null ? 0 : kwnames.length;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < n; i++) kw.set(kwnames![i], args[args.length - n + i]);
  return { pos: args.slice(0, args.length - n), kw };
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
  // The old names of OSError.
  m.set('EnvironmentError', OSErrorType);
  m.set('IOError', OSErrorType);
  // site.py's exit and quit.
  const closeStdin = () => {
    const stdin = interp.sysAttr('stdin');
    if (stdin === null) return;
    const name = newStr('close');
    try {
      const close = ab.getattr(stdin, name);
      decref(ab.call0(close));
      decref(close);
    } finally {
      decref(name);
    }
  };
  for (const name of ['exit', 'quit']) {
    const q = new PyQuitter(name, 'Ctrl-D (i.e. EOF)', closeStdin);
    m.set(name, q);
    decref(q);
  }
  m.set('None', None);
  m.set('Ellipsis', Ellipsis);
  m.set('NotImplemented', NotImplemented);
  m.set('True', True);
  m.set('False', False);
  const bdebug = newBool(interp.optimize === 0);
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
    return newBool(isInstance(a[0], a[1]));
  });
  def('issubclass', (_s, a, k) => {
    checkArgs('issubclass', a, k, 2, 2);
    return newBool(isSubclass(a[0], a[1]));
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
    if (it.type.next === null || it.type.next === ab.nextNotImplemented) throw typeError(`'${it.type.name}' object is not an iterator`);
    if (a.length === 1) return ab.iterNextOrStop(it);
    const r = ab.iterNext(it);
    if (r !== null) return r;
    ab.setStopIteration(null);
    a[1].rc++;
    return a[1];
  });
  def('getattr', (_s, a, k) => {
    checkArgs('getattr', a, k, 2, 3);
    const name = a[1];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    if (a.length === 2) return ab.getattr(a[0], name);
    const r = ab.getattrOrNull(a[0], name);
    if (r !== null) return r;
    a[2].rc++;
    return a[2];
  });
  def('hasattr', (_s, a, k) => {
    checkArgs('hasattr', a, k, 2, 2);
    const name = a[1];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    const r = ab.getattrOrNull(a[0], name);
    if (r === null) return newBool(false);
    decref(r);
    return newBool(true);
  });
  def('setattr', (_s, a, k) => {
    checkArgs('setattr', a, k, 3, 3);
    const name = a[1];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    // PyObject_SetAttr interns the name, so the key an instance dict gets is the interned str.
    const key = intern(name);
    try {
      ab.setattr(a[0], key, a[2]);
    } finally {
      decref(key);
    }
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
      if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) throw overflowError('Python int too large to convert to C int');
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

  // ---- str, bytes and formatting: format(), ascii(), bin(), oct(), hex(), and bytes literals
  def('format', (_s, a, k) => {
    clinicArgs('format', 'format', a, k, 1, 2);
    return formatBuiltin(a[0], a.length > 1 ? a[1] : null);
  });
  def('ascii', (_s, a, k) => {
    checkArgs('ascii', a, k, 1, 1);
    return asciiOf(a[0]);
  });
  for (const [name, base] of [['bin', 2], ['oct', 8], ['hex', 16]] as const) {
    def(name, (_s, a, k) => {
      checkArgs(name, a, k, 1, 1);
      return numberToBase(a[0], base);
    });
  }
  const otherLiterals = interp.literalFactory;
  interp.literalFactory = (v) => (v instanceof BytesConst ? newBytes(v.bytes.slice()) : otherLiterals(v));
  // ---- end of str, bytes and formatting

  // ---- functions and execution: sorted, min, max, sum, any, all, divmod, pow, round, vars, dir, locals,
  //      input, exec, eval, compile, __import__, breakpoint (helpers: the section at the end of this file)
  def('sorted', (_s, a, k) => sortedOf(a, k));
  def('min', (_s, a, k) => minMax(a, k, ab.Op.LT));
  def('max', (_s, a, k) => minMax(a, k, ab.Op.GT));
  def('sum', (_s, a, k) => sumOf(a, k));
  def('any', (_s, a, k) => (checkArgs('any', a, k, 1, 1), newBool(anyAll(a[0], true))));
  def('all', (_s, a, k) => (checkArgs('all', a, k, 1, 1), newBool(!anyAll(a[0], false))));
  def('divmod', (_s, a, k) => (checkArgs('divmod', a, k, 2, 2), ab.binaryOp(a[0], a[1], ab.Bin.DIVMOD)));
  def('pow', (_s, a, k) => {
    const [base, exp, mod] = unpackArgs('pow', a, k, ['base', 'exp', 'mod'], 0, 3, 2) as [PyObject, PyObject, PyObject | null];
    if (mod === null || mod === None) return ab.binaryOp(base, exp, ab.Bin.POW);
    return ternaryPower(base, exp, mod);
  });
  def('round', (_s, a, k) => {
    const [num, ndigits] = unpackArgs('round', a, k, ['number', 'ndigits'], 0, 2, 1) as [PyObject, PyObject | null];
    const m = num.type.lookup('__round__');
    if (m === null) throw typeError(`type ${num.type.name} doesn't define __round__ method`);
    return callBound(m, num, ndigits === null || ndigits === None ? [] : [ndigits]);
  });
  def('locals', (_s, a, k) => (checkArgs('locals', a, k, 0, 0), currentLocals(interp)));
  def('vars', (_s, a, k) => {
    checkArgs('vars', a, k, 0, 1);
    if (a.length === 0) return currentLocals(interp);
    const d = ab.getattrOrNull(a[0], internStr('__dict__'));
    if (d === null) throw typeError('vars() argument must have __dict__ attribute');
    return d;
  });
  def('dir', (_s, a, k) => (checkArgs('dir', a, k, 0, 1), a.length === 0 ? dirLocals(interp) : dirOf(a[0])));
  def('input', (_s, a, k) => (checkArgs('input', a, k, 0, 1), input(interp, a.length > 0 ? a[0] : null)));
  const open = makeOpen(interp);
  m.set('open', open);
  decref(open);
  def('compile', (_s, a, k) => compileBuiltin(interp, a, k));
  // Code compiled in 'single' mode echoes expression values, under exec() as at the prompt.
  hooks.displayHook ??= (v) => interp.displayHook(v);
  def('exec', (_s, a, k) => execEval(interp, 'exec', a, k));
  def('eval', (_s, a, k) => execEval(interp, 'eval', a, k));
  def('__import__', (_s, a, k) => importBuiltin(interp, a, k));
  def('breakpoint', (_s, a, k) => {
    const hook = interp.sysAttr('breakpointhook');
    if (hook === null) throw runtimeError('lost sys.breakpointhook');
    return ab.call(hook, a, k);
  });
  // ---- end of functions and execution

  // CPython 3.11's specialized calls of these two skip the recursion check.
  for (const name of ['len', 'isinstance']) (m.get(name) as PyBuiltin).countsRecursion = false;
}

/** Filled by the iterators module: iter(callable, sentinel). */
export const callIter: { f: (c: PyObject, sentinel: PyObject) => PyObject } = { f: () => { throw typeError('iter(callable, sentinel) is not supported yet'); } };

// ---------------------------------------------------------------- functions and execution (helpers)

/** sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by list.sort. */
function sortedOf(args: PyObject[], kwnames: string[] | null): PyObject {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 1) throw typeError(`sorted expected 1 argument, got ${npos}`);
  const l = sequenceList(args[0]);
  try {
    const sort = ab.getattr(l, internStr('sort'));
    try {
      decref(ab.call(sort, args.slice(1), kwnames));
    } finally {
      decref(sort);
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** min()/max() (min_max): of one iterable or of several arguments, with key= and default=. */
function minMax(args: PyObject[], kwnames: string[] | null, op: ab.Op): PyObject {
  const name = op === ab.Op.LT ? 'min' : 'max';
  const { pos, kw } = kwargs(args, kwnames);
  if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  for (const k of kw.keys()) if (k !== 'key' && k !== 'default') throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  let key = kw.get('key') ?? null;
  if (key === None) key = null;
  const dflt = kw.get('default') ?? null;
  if (pos.length > 1 && dflt !== null) {
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const it = iterOfArgs(pos);
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  try {
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
      let k: PyObject;
      try {
        k = key === null ? (x.rc++, x) : ab.call(key, [x]);
      } catch (e) {
        decref(x);
        throw e;
      }
      if (bestKey !== null && !compareOrRelease(k, bestKey, op, x)) {
        decref(x);
        decref(k);
        continue;
      }
      if (best !== null) decref(best);
      if (bestKey !== null) decref(bestKey);
      best = x;
      bestKey = k;
    }
  } catch (e) {
    if (best !== null) decref(best);
    if (bestKey !== null) decref(bestKey);
    throw e;
  } finally {
    decref(it);
  }
  if (bestKey !== null) decref(bestKey);
  if (best !== null) return best;
  if (dflt !== null) return (dflt.rc++, dflt);
  throw valueError(`${name}() arg is an empty sequence`);
}

/** Whether k beats the best key so far; on an error the candidate and its key are released. */
function compareOrRelease(k: PyObject, bestKey: PyObject, op: ab.Op, x: PyObject): boolean {
  try {
    return ab.compareBool(k, bestKey, op);
  } catch (e) {
    decref(k);
    decref(x);
    throw e;
  }
}

/** The one iterable argument, or the arguments themselves as a tuple. */
function iterOfArgs(pos: PyObject[]): PyObject {
  if (pos.length === 1) return ab.getIter(pos[0]);
  for (const x of pos) x.rc++;
  const t = newTuple(pos);
  try {
    return ab.getIter(t);
  } finally {
    decref(t);
  }
}

/**
 * sum(iterable, /, start=0), as 3.11's builtin_sum_impl: exact ints add as
 * integers, exact floats as a plain double (no compensation: that came in
 * 3.12); anything else goes through +.
 */
function sumOf(args: PyObject[], kwnames: string[] | null): PyObject {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos === 0) throw typeError('sum() takes at least 1 positional argument (0 given)');
  let iterable: PyObject;
  let start: PyObject | null;
  if (kwnames === null && npos <= 2) {
    // sum(it) or sum(it, start), the common calls: nothing to bind by name.
    iterable = args[0];
    start = npos === 2 ? args[1] : null;
  } else {
    [iterable, start] = unpackArgs('sum', args, kwnames, ['iterable', 'start'], 1, 2, 1) as [PyObject, PyObject | null];
  }
  // The iterator first: a non-iterable is reported before a str or bytes start.
  const it = ab.getIter(iterable);
  const refused = start instanceof PyStr ? "strings [use ''.join(seq) instead]"
    : start instanceof PyBytes ? "bytes [use b''.join(seq) instead]"
    : start instanceof PyByteArray ? "bytearray [use b''.join(seq) instead]" : null;
  if (refused !== null) {
    decref(it);
    throw typeError(`sum() can't sum ${refused}`);
  }
  let result: PyObject = start === null ? newInt(0) : (start.rc++, start);
  try {
    let item: PyObject | null = null;
    if (result.type === IntType) {
      let acc = (result as PyInt).v;
      for (item = ab.iterNext(it); item !== null && (item.type === IntType || item.type === BoolType); item = ab.iterNext(it)) {
        acc = intAdd(acc, (item as PyInt).v);
        decref(item);
      }
      decref(result);
      result = newIntValue(acc);
      if (item === null) return result;
      result = addReleasing(result, item);
    }
    if (result.type === FloatType) {
      let f = (result as PyFloat).v;
      for (item = ab.iterNext(it); item !== null; item = ab.iterNext(it)) {
        if (item.type === FloatType) f += (item as PyFloat).v;
        else if (item instanceof PyInt && fitsCLong(item.v)) f += Number(item.v);
        else break;
        decref(item);
      }
      decref(result);
      result = newFloat(f);
      if (item === null) return result;
      result = addReleasing(result, item);
    }
    for (item = ab.iterNext(it); item !== null; item = ab.iterNext(it)) result = addReleasing(result, item);
    return result;
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(it);
  }
}

/** result + item, both owned; the sum is returned, both operands released. */
function addReleasing(result: PyObject, item: PyObject): PyObject {
  try {
    const r = ab.binaryOp(result, item, ab.Bin.ADD);
    decref(result);
    return r;
  } finally {
    decref(item);
  }
}

function fitsCLong(v: number | bigint): boolean {
  return typeof v === 'number' || (v >= -0x8000000000000000n && v <= 0x7fffffffffffffffn);
}

/** any() (stop at the first true item) or all() (at the first false one): whether it stopped. */
function anyAll(iterable: PyObject, stopOn: boolean): boolean {
  const it = ab.getIter(iterable);
  try {
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
      let t: boolean;
      try {
        t = ab.isTrue(x);
      } finally {
        decref(x);
      }
      if (t === stopOn) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

/** pow(base, exp, mod) (ternary_op): the operands' 3-argument slots in CPython's order. */
function ternaryPower(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const slotv = v.type.ternaryPow;
  let slotw = w.type !== v.type ? w.type.ternaryPow : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && w.type.isSubtype(v.type)) {
      const r = slotw(v, w, z);
      if (r !== NotImplemented) return r;
      decref(r);
      slotw = null;
    }
    const r = slotv(v, w, z);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (slotw !== null) {
    const r = slotw(v, w, z);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  const slotz = z.type.ternaryPow;
  if (slotz !== null && slotz !== slotv && slotz !== slotw) {
    const r = slotz(v, w, z);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${v.type.name}', '${w.type.name}', '${z.type.name}'`);
}

/** locals(): the calling frame's (a module's or class body's namespace, a function's locals dict). */
function currentLocals(interp: Interpreter): PyObject {
  const fr = ts.frame;
  if (fr === null) {
    interp.builtinsDict.rc++;
    return interp.builtinsDict;
  }
  return frameLocals(fr);
}

/** A new list sorted in place by list.sort() (PyList_Sort). */
function sortList(l: PyObject): PyObject {
  try {
    const sort = ab.getattr(l, internStr('sort'));
    try {
      decref(ab.call(sort, []));
    } finally {
      decref(sort);
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** dir(): the sorted names of the calling scope. */
function dirLocals(interp: Interpreter): PyObject {
  const locals = currentLocals(interp);
  try {
    if (locals instanceof PyDict) {
      const keys: PyObject[] = [];
      for (const k of dictKeyList(locals)) keys.push((k.rc++, k));
      return sortList(newList(keys));
    }
    const keysFn = ab.getattr(locals, internStr('keys'));
    const keys = ab.call(keysFn, []);
    decref(keysFn);
    try {
      return sortList(sequenceList(keys));
    } finally {
      decref(keys);
    }
  } finally {
    decref(locals);
  }
}

/** dir(obj): type(obj).__dir__(obj) as a sorted list. */
function dirOf(o: PyObject): PyObject {
  const m = o.type.lookup('__dir__');
  if (m === null) throw typeError('object does not provide __dir__');
  const r = callBound(m, o, []);
  try {
    return sortList(sequenceList(r));
  } finally {
    decref(r);
  }
}

/** input(prompt): the prompt to sys.stdout, one line from sys.stdin without its newline. */
function input(interp: Interpreter, prompt: PyObject | null): PyObject {
  const fin = interp.sysAttr('stdin');
  const fout = interp.sysAttr('stdout');
  const ferr = interp.sysAttr('stderr');
  if (fin === null || fin === None) throw runtimeError('input(): lost sys.stdin');
  if (fout === null || fout === None) throw runtimeError('input(): lost sys.stdout');
  if (ferr === null || ferr === None) throw runtimeError('input(): lost sys.stderr');
  flushQuietly(interp, ferr);
  if (prompt !== null) interp.writeTo(fout, ab.strJS(prompt));
  flushQuietly(interp, fout);
  let line: string;
  if (fin instanceof PyTextStream) {
    line = readLine(fin);
  } else {
    const readline = ab.getattr(fin, internStr('readline'));
    const r = ab.call(readline, []);
    decref(readline);
    if (!(r instanceof PyStr)) {
      decref(r);
      throw typeError('object.readline() returned non-string');
    }
    line = r.v;
    decref(r);
  }
  if (line === '') throw newException(EOFErrorType, 'EOF when reading a line');
  return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
}

/** input() flushes the streams and ignores their errors. */
function flushQuietly(interp: Interpreter, f: PyObject): void {
  try {
    interp.flushFile(f);
  } catch (e) {
    if (e instanceof PyObject) decref(e);
    else throw e;
  }
}

type Mode = 'exec' | 'eval' | 'single';

/** Source text from a str or a bytes-like object (decoded as CPython decodes source bytes); null if neither. */
function sourceText(interp: Interpreter, src: PyObject, filename: string): string | null {
  let text: string;
  if (src instanceof PyStr) text = src.v;
  else {
    const b = bufferOf(src);
    if (b === null) return null;
    try {
      text = decodeSource(b, filename, 'string');
    } catch (e) {
      if (e instanceof PySyntaxError) throw interp.syntaxErrorObject(e);
      throw e;
    }
  }
  if (text.includes('\0')) throw newException(SyntaxErrorType, 'source code string cannot contain null bytes');
  return text;
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1). */
function compileBuiltin(interp: Interpreter, args: PyObject[], kwnames: string[] | null): PyObject {
  const [source, filename, mode, flags, , optimize] = unpackArgs('compile', args, kwnames,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 0, 6, 3);
  const fname = fsPath(filename!);
  if (!(mode instanceof PyStr)) throw typeError(`compile() argument 'mode' must be str, not ${mode!.type.name}`);
  if (mode.v !== 'exec' && mode.v !== 'eval' && mode.v !== 'single') {
    throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  const flagBits = flags === null ? 0 : Number(ab.indexValue(flags));
  if (flagBits & ~COMPILE_FLAGS) throw valueError('compile(): unrecognised flags');
  const opt = optimize === null ? -1 : Number(ab.indexValue(optimize));
  if (opt < -1 || opt > 2) throw valueError('compile(): invalid optimize value');
  if (flagBits & PyCF_ONLY_AST) throw newException(SystemErrorType, 'pyheap does not support compiling to an AST yet');
  const text = sourceText(interp, source!, fname);
  if (text === null) throw typeError('compile() arg 1 must be a string, bytes or AST object');
  return interp.compile(text, fname, mode.v as Mode, opt);
}

/** The compile() flags CPython accepts (PyCF_MASK, PyCF_MASK_OBSOLETE, PyCF_COMPILE_MASK). */
const PyCF_ONLY_AST = 0x400;
const COMPILE_FLAGS = 0x3e000 | 0x0010 | 0x0200 | 0x0400 | 0x0800 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x1000000 | 0x2000000;

/** A file name argument (PyUnicode_FSDecoder): str or bytes. */
function fsPath(o: PyObject): string {
  if (o instanceof PyStr) return o.v;
  if (o instanceof PyBytes) return new TextDecoder().decode(o.bytes);
  throw typeError(`expected str, bytes or os.PathLike object, not ${o.type.name}`);
}

/** exec(source, globals=None, locals=None, /, *, closure=None) and eval(source, globals=None, locals=None, /). */
function execEval(interp: Interpreter, which: 'exec' | 'eval', args: PyObject[], kwnames: string[] | null): PyObject {
  const names = which === 'exec' ? ['source', 'globals', 'locals', 'closure'] : ['source', 'globals', 'locals'];
  const [source, g, l, closureArg] = unpackArgs(which, args, kwnames, names, 3, 3, 1);
  let globals = g === None ? null : g;
  let locals = l === None ? null : l;
  if (which === 'eval') {
    if (locals !== null && !isMapping(locals)) throw typeError('locals must be a mapping');
    if (globals !== null && !(globals instanceof PyDict)) {
      throw typeError(isMapping(globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
  }
  let ownLocals: PyObject | null = null;
  if (globals === null) {
    const fr = ts.frame;
    if (fr === null) throw typeError(`${which} must be given globals and locals when called without a frame`);
    globals = fr.func.globals;
    if (locals === null) locals = ownLocals = frameLocals(fr);
  } else if (locals === null) {
    locals = globals;
  }
  try {
    if (which === 'exec') {
      if (!(globals instanceof PyDict)) throw typeError(`exec() globals must be a dict, not ${globals.type.name}`);
      if (!isMapping(locals)) throw typeError(`locals must be a mapping or None, not ${locals.type.name}`);
    }
    const G = globals as PyDict;
    const bkey = internStr('__builtins__');
    if (dictGetStr(G, bkey) === null) dictSet(G, bkey, ts.frame !== null ? ts.frame.func.builtins : interp.builtinsDict);
    decref(bkey);
    const closure = closureArg === undefined || closureArg === null || closureArg === None ? null : closureArg;
    let code: PyCode;
    if (source instanceof PyCode) {
      code = source;
      code.rc++;
      if (which === 'eval' && code.freevars.length > 0) {
        throw typeError('code object passed to eval() may not contain free variables');
      }
    } else {
      if (closure !== null) throw typeError('closure can only be used when source is a code object');
      let text = sourceText(interp, source!, '<string>');
      if (text === null) throw typeError(`${which}() arg 1 must be a string, bytes or code object`);
      // eval() ignores leading spaces and tabs.
      if (which === 'eval') text = text.replace(/^[ \t]+/, '');
      code = interp.compile(text, '<string>', which);
    }
    try {
      const r = runCode(interp, code, G, locals, which === 'exec' ? closureCells(code, closure) : null);
      if (which === 'eval') return r;
      decref(r);
      return newNone();
    } finally {
      decref(code);
    }
  } finally {
    if (ownLocals !== null) decref(ownLocals);
  }
}

/** PyMapping_Check: the object supports subscription (and is not a plain sequence-only type). */
function isMapping(o: PyObject): boolean {
  return o instanceof PyDict || o.type.getitem !== null;
}

/** exec()'s closure=: exactly the cells the code's free variables need. */
function closureCells(code: PyCode, closure: PyObject | null): PyCell[] | null {
  const nfree = code.freevars.length;
  if (closure === null) {
    if (nfree > 0) throw typeError(`code object requires a closure of exactly length ${nfree}`);
    return null;
  }
  if (nfree === 0) throw typeError('cannot use a closure with this code object');
  if (!(closure instanceof PyTuple) || closure.items.length !== nfree || closure.items.some((c) => !(c instanceof PyCell))) {
    throw typeError(`code object requires a closure of exactly length ${nfree}`);
  }
  return closure.items as PyCell[];
}

/**
 * PyEval_EvalCode: run a code object in globals/locals. A module or class
 * body takes the locals mapping; a function's code runs with its arguments unbound.
 */
function runCode(interp: Interpreter, code: PyCode, globals: PyDict, locals: PyObject, closure: PyCell[] | null): PyObject {
  const F = interp.moduleFunction(code, globals);
  try {
    if (closure !== null) {
      for (const c of closure) c.rc++;
      gcVirtualAlloc(TupleType, closure.length);
      F.closure = closure.slice();
    }
    if (code.flags & CO_OPTIMIZED) return callResult(code.fn(F, ...new Array<null>(code.nparams).fill(null)));
    return callResult(code.fn(F, locals));
  } finally {
    decref(F);
  }
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0). */
function importBuiltin(interp: Interpreter, args: PyObject[], kwnames: string[] | null): PyObject {
  const [name, globals, , fromlist, level] = unpackArgs('__import__', args, kwnames,
    ['name', 'globals', 'locals', 'fromlist', 'level'], 0, 5, 1);
  if (!(name instanceof PyStr)) throw typeError('module name must be a string');
  const lv = level === null ? 0 : Number(ab.indexValue(level));
  if (lv < 0) throw valueError('level must be >= 0');
  const from: string[] = [];
  if (fromlist !== null && ab.isTrue(fromlist)) {
    // Only its truth matters here: a true fromlist returns the named module itself.
    from.push('*');
  }
  const g = globals instanceof PyDict ? globals : null;
  const scratch = g === null ? newDict() : null;
  try {
    return interp.importName(g ?? scratch!, name.v, from.length > 0 ? from : null, lv);
  } finally {
    if (scratch !== null) decref(scratch);
  }
}
