// The itertools module (Modules/itertoolsmodule.c of CPython 3.11).
//
// Every iterator is a type of its own with CPython's argument parsing, reprs
// and item order. Where CPython reuses its result tuple while nobody else
// holds it (product, combinations, permutations, zip_longest), so does this
// file: it decides which tuple objects a loop sees and when items are
// released. tee buffers items in links of 57, as CPython's teedataobject
// does, so that a buffered item is released at the same moment.

import { PyObject, decref, xdecref, releaseAll } from '../runtime/object.js';
import { gcTrack } from '../runtime/gc.js';
import { builtinType, ObjectType, type PyType } from '../runtime/type.js';
import { checkArgs, noKw, newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyInt, newInt, newIntValue, numberIndex, intAdd, unpackArgs, defClassMethod, exposeNew, indexSsize,
  type Int } from '../runtime/types/int.js';
import { reprInt } from '../common/repr.js';
import { BoolType } from '../runtime/types/bool.js';
import { None } from '../runtime/types/none.js';
import { newStr } from '../runtime/types/str.js';
import { PyTuple, TupleType, newTuple, sequenceTuple } from '../runtime/types/tuple.js';
import { PyList, newList, listAppend } from '../runtime/types/list.js';
import { PyModule } from '../runtime/types/module.js';
import { PyBaseException, StopIterationType } from '../runtime/types/exceptions.js';
import { exposeSlots, defMethod, allocInstance } from '../runtime/types/typeobject.js';
import { typeError, valueError, runtimeError } from '../runtime/errors.js';
import { reprJS, getIter, iterNext, call, isTrue, compareBool, binaryOp, getattrOrNull, Op, Bin } from '../runtime/abstract.js';
import { internStr } from '../runtime/types/str.js';
import type { Interpreter } from '../runtime/interp.js';

type Ctor<T extends PyObject> = new (type: PyType) => T;

/** An itertools type: named itertools.<name>, subclassable unless it is internal. */
function itertoolsType(name: string, basicsize: number, baseType = true): PyType {
  const t = builtinType(name, ObjectType, { basicsize, gc: true, baseType });
  t.module = 'itertools';
  return t;
}

export const CountType = itertoolsType('count', 40);
export const CycleType = itertoolsType('cycle', 48);
export const RepeatType = itertoolsType('repeat', 32);
export const AccumulateType = itertoolsType('accumulate', 48);
export const ChainType = itertoolsType('chain', 32);
export const CompressType = itertoolsType('compress', 32);
export const DropwhileType = itertoolsType('dropwhile', 40);
export const TakewhileType = itertoolsType('takewhile', 40);
export const FilterfalseType = itertoolsType('filterfalse', 32);
export const GroupbyType = itertoolsType('groupby', 64);
export const GrouperType = itertoolsType('_grouper', 32, false);
export const IsliceType = itertoolsType('islice', 56);
export const PairwiseType = itertoolsType('pairwise', 32);
export const StarmapType = itertoolsType('starmap', 32);
export const TeeType = itertoolsType('_tee', 40, false);
export const TeeDataType = itertoolsType('_tee_dataobject', 496, false);
export const ZipLongestType = itertoolsType('zip_longest', 56);
export const ProductType = itertoolsType('product', 48);
export const PermutationsType = itertoolsType('permutations', 64);
export const CombinationsType = itertoolsType('combinations', 56);
export const CwrType = itertoolsType('combinations_with_replacement', 56);

/** Allocate an instance of a built-in type or of a Python subclass of it. */
function alloc<T extends PyObject>(type: PyType, C: Ctor<T>): T {
  return (type.heapType ? allocInstance(type) : new C(type)) as T;
}

function newRef<T extends PyObject>(o: T): T {
  o.rc++;
  return o;
}

/** The number of positional arguments (keyword values follow them in args). */
function positional(args: PyObject[], kw: string[] | null): number {
  return args.length - (kw === null ? 0 : kw.length);
}

/** Keywords are refused by the type itself, not by subclasses with their own __init__ (_PyArg_NoKeywords). */
function refuseKeywords(type: PyType, base: PyType, name: string, kw: string[] | null): void {
  if ((type === base || type.init === base.init) && kw !== null && kw.length > 0) {
    throw typeError(`${name}() takes no keyword arguments`);
  }
}

/** _PyArg_CheckPositional for exactly one argument: "cycle expected 1 argument, got 0". */
function expectOne(name: string, n: number): void {
  if (n !== 1) throw typeError(`${name} expected 1 argument, got ${n}`);
}

/** A tuple made of borrowed items. */
function tupleOf(items: PyObject[]): PyTuple {
  for (const x of items) x.rc++;
  return newTuple(items);
}

// ---------------------------------------------------------------- count

class PyCount extends PyObject {
  /** The next value in fast mode (an int stepped by 1). */
  cnt: Int = 0;
  /** Slow mode: the next value object and the step, added with +. */
  longCnt: PyObject | null = null;
  longStep: PyObject | null = null;
}

/** PyNumber_Check: what count() accepts as a start or step. */
function isNumber(o: PyObject): boolean {
  const t = o.type;
  return t.index !== null || t.int !== null || t.float !== null || t.name === 'complex';
}

/** An int whose value is 1 (the step that keeps count in fast mode). */
function isIntOne(o: PyObject): boolean {
  return o instanceof PyInt && o.v === 1;
}

function countNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [start, step] = unpackArgs('count', args, kw, ['start', 'step'], 0, 2, 0);
  if ((start !== null && !isNumber(start)) || (step !== null && !isNumber(step))) {
    throw typeError('a number is required');
  }
  const c = alloc(type as PyType, PyCount);
  // Fast mode: an int start (bools count as ints) and a step of 1 that is an int.
  const fast = (start === null || start instanceof PyInt) && (step === null || isIntOne(step));
  if (fast) {
    c.cnt = start === null ? 0 : (start as PyInt).v;
  } else {
    c.longCnt = start === null ? newInt(0) : newRef(start);
    c.longStep = step === null ? newInt(1) : newRef(step);
  }
  return c;
}

function countNext(o: PyObject): PyObject | null {
  const c = o as PyCount;
  if (c.longCnt === null) {
    const v = c.cnt;
    c.cnt = intAdd(v, 1);
    return newIntValue(v);
  }
  const stepped = binaryOp(c.longCnt, c.longStep!, Bin.ADD);
  const r = c.longCnt;
  c.longCnt = stepped;
  return r;
}

function countRepr(o: PyObject): PyObject {
  const c = o as PyCount;
  const name = o.type.name;
  if (c.longCnt === null) return newStr(`${name}(${reprInt(c.cnt)})`);
  if (isIntOne(c.longStep!)) return newStr(`${name}(${reprJS(c.longCnt)})`);
  return newStr(`${name}(${reprJS(c.longCnt)}, ${reprJS(c.longStep!)})`);
}

// ---------------------------------------------------------------- cycle

class PyCycle extends PyObject {
  it: PyObject | null = null;
  saved: PyList | null = null;
  index = 0;
}

function cycleNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  refuseKeywords(t, CycleType, 'cycle', kw);
  expectOne('cycle', positional(args, kw));
  const it = getIter(args[0]);
  const c = alloc(t, PyCycle);
  c.it = it;
  c.saved = newList([]);
  return c;
}

function cycleNext(o: PyObject): PyObject | null {
  const c = o as PyCycle;
  if (c.it !== null) {
    const item = iterNext(c.it);
    if (item !== null) {
      listAppend(c.saved!, item);
      return item;
    }
    const it = c.it;
    c.it = null;
    decref(it);
  }
  const saved = c.saved!.items;
  if (saved.length === 0) return null;
  const item = saved[c.index++];
  if (c.index >= saved.length) c.index = 0;
  return newRef(item);
}

// ---------------------------------------------------------------- repeat

class PyRepeat extends PyObject {
  element: PyObject | null = null;
  /** Items left, or -1 for forever. */
  cnt = -1;
}

function repeatNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [element, times] = unpackArgs('repeat', args, kw, ['object', 'times'], 0, 2, 1);
  const n = times === null ? -1 : Math.max(indexSsize(times), 0);
  const r = alloc(type as PyType, PyRepeat);
  r.element = newRef(element!);
  r.cnt = n;
  return r;
}

function repeatNext(o: PyObject): PyObject | null {
  const r = o as PyRepeat;
  if (r.cnt === 0) return null;
  if (r.cnt > 0) r.cnt--;
  return newRef(r.element!);
}

function repeatRepr(o: PyObject): PyObject {
  const r = o as PyRepeat;
  const name = o.type.name;
  if (r.cnt === -1) return newStr(`${name}(${reprJS(r.element!)})`);
  return newStr(`${name}(${reprJS(r.element!)}, ${r.cnt})`);
}

// ---------------------------------------------------------------- accumulate

class PyAccumulate extends PyObject {
  it: PyObject | null = null;
  total: PyObject | null = null;
  binop: PyObject | null = null;
  initial: PyObject | null = null;
}

function accumulateNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, func, initial] = unpackArgs('accumulate', args, kw, ['iterable', 'func', 'initial'], 0, 2, 1);
  const it = getIter(iterable!);
  const a = alloc(type as PyType, PyAccumulate);
  a.it = it;
  a.binop = func === null || func === None ? null : newRef(func);
  a.initial = initial === null || initial === None ? null : newRef(initial);
  return a;
}

function accumulateNext(o: PyObject): PyObject | null {
  const a = o as PyAccumulate;
  if (a.initial !== null) {
    a.total = a.initial;
    a.initial = null;
    return newRef(a.total);
  }
  const val = iterNext(a.it!);
  if (val === null) return null;
  if (a.total === null) {
    a.total = val;
    return newRef(val);
  }
  let total: PyObject;
  try {
    total = a.binop === null ? binaryOp(a.total, val, Bin.ADD) : call(a.binop, [a.total, val]);
  } finally {
    decref(val);
  }
  const old = a.total;
  a.total = newRef(total);
  decref(old);
  return total;
}

// ---------------------------------------------------------------- chain

class PyChain extends PyObject {
  source: PyObject | null = null;
  active: PyObject | null = null;
}

function makeChain(type: PyType, source: PyObject): PyChain {
  const c = alloc(type, PyChain);
  c.source = source;
  return c;
}

function chainNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  refuseKeywords(t, ChainType, 'chain', kw);
  const source = tupleOf(args.slice(0, positional(args, kw)));
  try {
    return makeChain(t, getIter(source));
  } finally {
    decref(source);
  }
}

/** chain.from_iterable(iterable), a classmethod. */
function chainFromIterable(cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  checkArgs('chain.from_iterable', args, kw, 1, 1);
  return makeChain(cls as PyType, getIter(args[0]));
}

function chainNext(o: PyObject): PyObject | null {
  const c = o as PyChain;
  while (c.source !== null) {
    if (c.active === null) {
      let active: PyObject;
      try {
        const iterable = iterNext(c.source);
        if (iterable === null) {
          clearChainSource(c);
          return null;
        }
        try {
          active = getIter(iterable);
        } finally {
          decref(iterable);
        }
      } catch (e) {
        clearChainSource(c);
        throw e;
      }
      c.active = active;
    }
    const item = nextSwallowingStop(c.active);
    if (item !== null) return item;
    const active = c.active;
    c.active = null;
    decref(active);
  }
  return null;
}

function clearChainSource(c: PyChain): void {
  const s = c.source;
  c.source = null;
  xdecref(s);
}

/** The next item, with a StopIteration raised by the iterator taken as exhaustion. */
function nextSwallowingStop(it: PyObject): PyObject | null {
  try {
    return iterNext(it);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(StopIterationType))) throw e;
    decref(e);
    return null;
  }
}

// ---------------------------------------------------------------- compress, dropwhile, takewhile, filterfalse, starmap

class PyCompress extends PyObject {
  data: PyObject | null = null;
  selectors: PyObject | null = null;
}

function compressNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [data, selectors] = unpackArgs('compress', args, kw, ['data', 'selectors'], 0, 2, 2);
  const d = getIter(data!);
  let s: PyObject;
  try {
    s = getIter(selectors!);
  } catch (e) {
    decref(d);
    throw e;
  }
  const c = alloc(type as PyType, PyCompress);
  c.data = d;
  c.selectors = s;
  return c;
}

function compressNext(o: PyObject): PyObject | null {
  const c = o as PyCompress;
  for (;;) {
    const datum = iterNext(c.data!);
    if (datum === null) return null;
    let ok: boolean;
    try {
      const selector = iterNext(c.selectors!);
      if (selector === null) {
        decref(datum);
        return null;
      }
      try {
        ok = isTrue(selector);
      } finally {
        decref(selector);
      }
    } catch (e) {
      decref(datum);
      throw e;
    }
    if (ok) return datum;
    decref(datum);
  }
}

/** dropwhile, takewhile, filterfalse and starmap: a function and an iterator. */
class PyFuncIter extends PyObject {
  func: PyObject | null = null;
  it: PyObject | null = null;
  /** dropwhile: dropping has ended; takewhile: taking has ended. */
  done = false;
}

function funcIterNew(base: PyType, name: string): (type: PyObject, args: PyObject[], kw: string[] | null) => PyObject {
  return (type, args, kw) => {
    const t = type as PyType;
    refuseKeywords(t, base, name, kw);
    const pos = args.slice(0, positional(args, kw));
    checkArgs(name, pos, null, 2, 2);
    const it = getIter(pos[1]);
    const f = alloc(t, PyFuncIter);
    f.func = newRef(pos[0]);
    f.it = it;
    return f;
  };
}

/** The truth of func(item), with the item released on error. */
function predicate(func: PyObject, item: PyObject): boolean {
  try {
    const good = call(func, [item]);
    try {
      return isTrue(good);
    } finally {
      decref(good);
    }
  } catch (e) {
    decref(item);
    throw e;
  }
}

function dropwhileNext(o: PyObject): PyObject | null {
  const d = o as PyFuncIter;
  for (;;) {
    const item = iterNext(d.it!);
    if (item === null) return null;
    if (d.done) return item;
    if (!predicate(d.func!, item)) {
      d.done = true;
      return item;
    }
    decref(item);
  }
}

function takewhileNext(o: PyObject): PyObject | null {
  const t = o as PyFuncIter;
  if (t.done) return null;
  const item = iterNext(t.it!);
  if (item === null) return null;
  if (predicate(t.func!, item)) return item;
  decref(item);
  t.done = true;
  return null;
}

function filterfalseNext(o: PyObject): PyObject | null {
  const f = o as PyFuncIter;
  const func = f.func!;
  const truth = func === None || func === BoolType;
  for (;;) {
    const item = iterNext(f.it!);
    if (item === null) return null;
    let ok: boolean;
    if (truth) {
      try {
        ok = isTrue(item);
      } catch (e) {
        decref(item);
        throw e;
      }
    } else {
      ok = predicate(func, item);
    }
    if (!ok) return item;
    decref(item);
  }
}

function starmapNext(o: PyObject): PyObject | null {
  const s = o as PyFuncIter;
  const args = iterNext(s.it!);
  if (args === null) return null;
  let tuple: PyTuple;
  try {
    tuple = args.type === TupleType ? newRef(args as PyTuple) : sequenceTuple(args);
  } finally {
    decref(args);
  }
  try {
    return call(s.func!, tuple.items);
  } finally {
    decref(tuple);
  }
}

// ---------------------------------------------------------------- groupby

class PyGroupby extends PyObject {
  it: PyObject | null = null;
  keyfunc: PyObject | null = null;
  tgtkey: PyObject | null = null;
  currkey: PyObject | null = null;
  currvalue: PyObject | null = null;
  /** The grouper of the current group (borrowed): older groupers are exhausted. */
  currgrouper: PyGrouper | null = null;
}

class PyGrouper extends PyObject {
  constructor(public parent: PyGroupby, public tgtkey: PyObject) {
    super(GrouperType);
  }
}

function groupbyNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, key] = unpackArgs('groupby', args, kw, ['iterable', 'key'], 0, 2, 1);
  const g = alloc(type as PyType, PyGroupby);
  g.keyfunc = newRef(key ?? None);
  try {
    g.it = getIter(iterable!);
  } catch (e) {
    decref(g);
    throw e;
  }
  return g;
}

/** Advance to the next value and its key; false at the end. */
function groupbyStep(g: PyGroupby): boolean {
  const value = iterNext(g.it!);
  if (value === null) return false;
  let key: PyObject;
  if (g.keyfunc === None) {
    key = newRef(value);
  } else {
    try {
      key = call(g.keyfunc!, [value]);
    } catch (e) {
      decref(value);
      throw e;
    }
  }
  const oldValue = g.currvalue;
  g.currvalue = value;
  const oldKey = g.currkey;
  g.currkey = key;
  xdecref(oldKey);
  xdecref(oldValue);
  return true;
}

function groupbyNext(o: PyObject): PyObject | null {
  const g = o as PyGroupby;
  g.currgrouper = null;
  // Skip the rest of the current group.
  for (;;) {
    if (g.currkey !== null) {
      if (g.tgtkey === null) break;
      if (!compareBool(g.tgtkey, g.currkey, Op.EQ)) break;
    }
    if (!groupbyStep(g)) return null;
  }
  const key = newRef(g.currkey!);
  const old = g.tgtkey;
  g.tgtkey = key;
  xdecref(old);
  g.rc++;
  key.rc++;
  const grouper = new PyGrouper(g, key);
  g.currgrouper = grouper;
  g.currkey!.rc++;
  return newTuple([g.currkey!, grouper]);
}

function grouperNext(o: PyObject): PyObject | null {
  const gr = o as PyGrouper;
  const g = gr.parent;
  if (g.currgrouper !== gr) return null;
  if (g.currvalue === null && !groupbyStep(g)) return null;
  if (!compareBool(gr.tgtkey, g.currkey!, Op.EQ)) return null;
  const r = g.currvalue!;
  g.currvalue = null;
  const key = g.currkey;
  g.currkey = null;
  xdecref(key);
  return r;
}

// ---------------------------------------------------------------- islice

class PyIslice extends PyObject {
  it: PyObject | null = null;
  /** Index of the next item to return, the stop (-1: none), the step and the count read. */
  next = 0;
  stop = -1;
  step = 1;
  cnt = 0;
}

const SSIZE_MAX = 9223372036854775807n;

/** PyNumber_AsSsize_t with every failure mapped to -1 (islice clears the error and reports its own). */
function ssizeOrMinusOne(o: PyObject): number {
  if (o.type.index === null) return -1;
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  if (typeof v === 'bigint') return v > SSIZE_MAX || v < -SSIZE_MAX - 1n ? -1 : Number(v);
  return v;
}

const STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

function isliceNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  if (t === IsliceType) noKw('islice', kw);
  const pos = args.slice(0, positional(args, kw));
  const n = pos.length;
  if (n < 2) throw typeError(`islice expected at least 2 arguments, got ${n}`);
  if (n > 4) throw typeError(`islice expected at most 4 arguments, got ${n}`);
  let start = 0, stop = -1, step = 1;
  if (n === 2) {
    if (pos[1] !== None) {
      stop = ssizeOrMinusOne(pos[1]);
      if (stop === -1) throw valueError(STOP_MESSAGE);
    }
  } else {
    if (pos[1] !== None) start = ssizeOrMinusOne(pos[1]);
    if (pos[2] !== None) {
      stop = ssizeOrMinusOne(pos[2]);
      if (stop === -1) throw valueError(STOP_MESSAGE);
    }
  }
  if (start < 0 || stop < -1) {
    throw valueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  }
  if (n === 4 && pos[3] !== None) step = ssizeOrMinusOne(pos[3]);
  if (step < 1) throw valueError('Step for islice() must be a positive integer or None.');
  const it = getIter(pos[0]);
  const s = alloc(t, PyIslice);
  s.it = it;
  s.next = start;
  s.stop = stop;
  s.step = step;
  return s;
}

function isliceNext(o: PyObject): PyObject | null {
  const s = o as PyIslice;
  const it = s.it;
  if (it === null) return null;
  try {
    while (s.cnt < s.next) {
      const skipped = iterNext(it);
      if (skipped === null) return isliceEmpty(s);
      decref(skipped);
      s.cnt++;
    }
    if (s.stop !== -1 && s.cnt >= s.stop) return isliceEmpty(s);
    const item = iterNext(it);
    if (item === null) return isliceEmpty(s);
    s.cnt++;
    const old = s.next;
    s.next += s.step;
    if (s.next < old || (s.stop !== -1 && s.next > s.stop)) s.next = s.stop;
    return item;
  } catch (e) {
    isliceEmpty(s);
    throw e;
  }
}

/** An exhausted islice drops its iterator at once. */
function isliceEmpty(s: PyIslice): null {
  const it = s.it;
  s.it = null;
  xdecref(it);
  return null;
}

// ---------------------------------------------------------------- pairwise

class PyPairwise extends PyObject {
  it: PyObject | null = null;
  old: PyObject | null = null;
}

function pairwiseNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  refuseKeywords(t, PairwiseType, 'pairwise', kw);
  expectOne('pairwise', positional(args, kw));
  const it = getIter(args[0]);
  const p = alloc(t, PyPairwise);
  p.it = it;
  return p;
}

function pairwiseNext(o: PyObject): PyObject | null {
  const p = o as PyPairwise;
  const it = p.it;
  if (it === null) return null;
  try {
    if (p.old === null) {
      p.old = iterNext(it);
      if (p.old === null) return pairwiseEnd(p);
    }
    const next = iterNext(it);
    if (next === null) return pairwiseEnd(p);
    const result = tupleOf([p.old, next]);
    decref(p.old);
    p.old = next;
    return result;
  } catch (e) {
    pairwiseEnd(p);
    throw e;
  }
}

function pairwiseEnd(p: PyPairwise): null {
  const it = p.it, old = p.old;
  p.it = null;
  p.old = null;
  xdecref(it);
  xdecref(old);
  return null;
}

// ---------------------------------------------------------------- tee

const LINKCELLS = 57;

/** A link of tee's shared buffer: up to 57 items read from the iterator, then the next link. */
class PyTeeData extends PyObject {
  values: PyObject[] = [];
  nextlink: PyTeeData | null = null;
  running = false;
  constructor(public it: PyObject) {
    super(TeeDataType);
    it.rc++;
  }
}

class PyTee extends PyObject {
  constructor(public dataobj: PyTeeData, public index: number) {
    super(TeeType);
  }
}

/** The item at index i of a link, reading it from the iterator if this tee leads. */
function teeDataItem(d: PyTeeData, i: number): PyObject | null {
  if (i < d.values.length) return newRef(d.values[i]);
  if (d.running) throw runtimeError('cannot re-enter the tee iterator');
  d.running = true;
  let value: PyObject | null;
  try {
    value = iterNext(d.it);
  } finally {
    d.running = false;
  }
  if (value === null) return null;
  d.values.push(value);
  return newRef(value);
}

function teeNext(o: PyObject): PyObject | null {
  const t = o as PyTee;
  if (t.index >= LINKCELLS) {
    const d = t.dataobj;
    if (d.nextlink === null) d.nextlink = new PyTeeData(d.it);
    t.dataobj = newRef(d.nextlink);
    t.index = 0;
    decref(d);
  }
  const value = teeDataItem(t.dataobj, t.index);
  if (value !== null) t.index++;
  return value;
}

/** A tee over any iterator (tee_fromiterable). */
function teeFromIterable(iterable: PyObject): PyTee {
  const it = getIter(iterable);
  try {
    if (it instanceof PyTee) return new PyTee(newRef(it.dataobj), it.index);
    return new PyTee(new PyTeeData(it), 0);
  } finally {
    decref(it);
  }
}

function teeCopy(s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('_tee.__copy__', a, k, 0, 0);
  const t = s as PyTee;
  return new PyTee(newRef(t.dataobj), t.index);
}

/** itertools.tee(iterable, n=2): copies through the iterator's own __copy__ when it has one. */
function teeFunction(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('tee', kw);
  checkArgs('tee', args, null, 1, 2);
  const n = args.length > 1 ? indexSsize(args[1]) : 2;
  if (n < 0) throw valueError('n must be >= 0');
  if (n === 0) return newTuple([]);
  const it = getIter(args[0]);
  let first: PyObject;
  let copy: PyObject | null;
  try {
    copy = getattrOrNull(it, internStr('__copy__'));
    first = copy !== null ? newRef(it) : teeFromIterable(it);
  } finally {
    decref(it);
  }
  const items: PyObject[] = [first];
  try {
    if (copy === null) copy = getattrOrNull(first, internStr('__copy__'))!;
    for (let i = 1; i < n; i++) items.push(call(copy, []));
  } catch (e) {
    releaseAll(items);
    throw e;
  } finally {
    xdecref(copy);
  }
  return newTuple(items);
}

// ---------------------------------------------------------------- zip_longest

class PyZipLongest extends PyObject {
  /** The iterators; an exhausted one is null. */
  iters: (PyObject | null)[] = [];
  numactive = 0;
  result: PyTuple | null = null;
  fillvalue: PyObject | null = null;
}

function zipLongestNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const npos = positional(args, kw);
  let fillvalue: PyObject = None;
  if (kw !== null && kw.length > 0) {
    if (kw.length > 1 || kw[0] !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
    fillvalue = args[npos];
  }
  const iters: PyObject[] = [];
  try {
    for (let i = 0; i < npos; i++) iters.push(getIter(args[i]));
  } catch (e) {
    releaseAll(iters);
    throw e;
  }
  const z = alloc(type as PyType, PyZipLongest);
  z.iters = iters;
  z.numactive = npos;
  z.fillvalue = newRef(fillvalue);
  None.rc += npos;
  z.result = newTuple(new Array<PyObject>(npos).fill(None));
  return z;
}

function zipLongestNext(o: PyObject): PyObject | null {
  const z = o as PyZipLongest;
  const n = z.iters.length;
  if (n === 0 || z.numactive === 0) return null;
  // The result tuple is refilled in place while nobody else holds it.
  let result = z.result!;
  const reuse = result.rc === 1;
  if (reuse) {
    result.rc++;
    // A collection may have untracked the tuple while it held only atomic items (bpo-42536).
    gcTrack(result);
  } else {
    result = newTuple(new Array<PyObject>(n));
  }
  for (let i = 0; i < n; i++) {
    const it = z.iters[i];
    let item: PyObject | null;
    if (it === null) {
      item = newRef(z.fillvalue!);
    } else {
      try {
        item = iterNext(it);
      } catch (e) {
        z.numactive = 0;
        dropResult(result, reuse, i);
        throw e;
      }
      if (item === null) {
        z.numactive--;
        if (z.numactive === 0) {
          dropResult(result, reuse, i);
          return null;
        }
        item = newRef(z.fillvalue!);
        z.iters[i] = null;
        decref(it);
      }
    }
    const old = result.items[i];
    result.items[i] = item;
    if (reuse) decref(old);
  }
  return result;
}

/** Give up the result being filled at position i: a fresh tuple holds only its first i items. */
function dropResult(result: PyTuple, reuse: boolean, i: number): void {
  if (!reuse) result.items.length = i;
  decref(result);
}

// ---------------------------------------------------------------- product, combinations, permutations

/** The combinatoric iterators: a pool (or pools), indices and a reusable result. */
class PyCombinatoric extends PyObject {
  pools: PyTuple[] = [];
  indices: number[] = [];
  cycles: number[] = [];
  r = 0;
  result: PyTuple | null = null;
  stopped = false;
}

function poolOf(iterable: PyObject): PyTuple {
  return sequenceTuple(iterable);
}

function productNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const npos = positional(args, kw);
  let repeat = 1;
  if (kw !== null) {
    for (let i = 0; i < kw.length; i++) {
      if (kw[i] !== 'repeat') throw typeError(`'${kw[i]}' is an invalid keyword argument for product()`);
      repeat = indexSsize(args[npos + i]);
    }
    if (repeat < 0) throw valueError('repeat argument cannot be negative');
  }
  const base: PyTuple[] = [];
  try {
    for (let i = 0; i < npos; i++) base.push(poolOf(args[i]));
  } catch (e) {
    releaseAll(base);
    throw e;
  }
  const pools: PyTuple[] = [];
  for (let r = 0; r < repeat; r++) for (const p of base) pools.push(newRef(p));
  releaseAll(base);
  const p = alloc(type as PyType, PyCombinatoric);
  p.pools = pools;
  p.indices = new Array(pools.length).fill(0);
  return p;
}

function stop(c: PyCombinatoric): null {
  c.stopped = true;
  return null;
}

/** The result tuple to update in place: a copy when someone else still holds the last one. */
function ownResult(c: PyCombinatoric): PyTuple {
  const result = c.result!;
  if (result.rc === 1) {
    // A collection may have untracked the tuple while it held only atomic items (bpo-42536).
    gcTrack(result);
    return result;
  }
  const copy = tupleOf(result.items.slice());
  c.result = copy;
  decref(result);
  return copy;
}

/** result[i] = elem (borrowed from a pool), releasing the old item. */
function setItem(result: PyTuple, i: number, elem: PyObject): void {
  elem.rc++;
  const old = result.items[i];
  result.items[i] = elem;
  decref(old);
}

function productNext(o: PyObject): PyObject | null {
  const p = o as PyCombinatoric;
  if (p.stopped) return null;
  const pools = p.pools;
  if (p.result === null) {
    if (pools.some((pool) => pool.items.length === 0)) return stop(p);
    p.result = tupleOf(pools.map((pool) => pool.items[0]));
    return newRef(p.result);
  }
  const result = ownResult(p);
  // Update the indices right to left, rolling over to the pool's first item.
  let i = pools.length - 1;
  for (; i >= 0; i--) {
    const pool = pools[i].items;
    p.indices[i]++;
    if (p.indices[i] === pool.length) {
      p.indices[i] = 0;
      setItem(result, i, pool[0]);
    } else {
      setItem(result, i, pool[p.indices[i]]);
      break;
    }
  }
  if (i < 0) return stop(p);
  return newRef(result);
}

function combinationsArgs(name: string, args: PyObject[], kw: string[] | null): [PyTuple, number] {
  const [iterable, r] = unpackArgs(name, args, kw, ['iterable', 'r'], 0, 2, 2);
  const pool = poolOf(iterable!);
  try {
    const n = indexSsize(r!);
    if (n < 0) throw valueError('r must be non-negative');
    return [pool, n];
  } catch (e) {
    decref(pool);
    throw e;
  }
}

function combinationsNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [pool, r] = combinationsArgs('combinations', args, kw);
  const c = alloc(type as PyType, PyCombinatoric);
  c.pools = [pool];
  c.r = r;
  c.indices = Array.from({ length: r }, (_, i) => i);
  c.stopped = r > pool.items.length;
  return c;
}

function combinationsNext(o: PyObject): PyObject | null {
  const c = o as PyCombinatoric;
  if (c.stopped) return null;
  const pool = c.pools[0].items;
  const n = pool.length, r = c.r;
  if (c.result === null) {
    c.result = tupleOf(c.indices.map((i) => pool[i]));
    return newRef(c.result);
  }
  const result = ownResult(c);
  const idx = c.indices;
  // The rightmost index that is not at its maximum.
  let i = r - 1;
  while (i >= 0 && idx[i] === i + n - r) i--;
  if (i < 0) return stop(c);
  idx[i]++;
  for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
  for (let j = i; j < r; j++) setItem(result, j, pool[idx[j]]);
  return newRef(result);
}

function cwrNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [pool, r] = combinationsArgs('combinations_with_replacement', args, kw);
  const c = alloc(type as PyType, PyCombinatoric);
  c.pools = [pool];
  c.r = r;
  c.indices = new Array(r).fill(0);
  c.stopped = pool.items.length === 0 && r > 0;
  return c;
}

function cwrNext(o: PyObject): PyObject | null {
  const c = o as PyCombinatoric;
  if (c.stopped) return null;
  const pool = c.pools[0].items;
  const n = pool.length, r = c.r;
  if (c.result === null) {
    c.result = tupleOf(c.indices.map(() => pool[0]));
    return newRef(c.result);
  }
  const result = ownResult(c);
  const idx = c.indices;
  let i = r - 1;
  while (i >= 0 && idx[i] === n - 1) i--;
  if (i < 0) return stop(c);
  const index = idx[i] + 1;
  for (let j = i; j < r; j++) {
    idx[j] = index;
    setItem(result, j, pool[index]);
  }
  return newRef(result);
}

function permutationsNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, rObj] = unpackArgs('permutations', args, kw, ['iterable', 'r'], 0, 2, 1);
  const pool = poolOf(iterable!);
  const n = pool.items.length;
  let r = n;
  try {
    if (rObj !== null && rObj !== None) {
      if (!(rObj instanceof PyInt)) throw typeError('Expected int as r');
      r = indexSsize(rObj);
      if (r < 0) throw valueError('r must be non-negative');
    }
  } catch (e) {
    decref(pool);
    throw e;
  }
  const c = alloc(type as PyType, PyCombinatoric);
  c.pools = [pool];
  c.r = r;
  c.indices = Array.from({ length: n }, (_, i) => i);
  c.cycles = Array.from({ length: Math.min(r, n) }, (_, i) => n - i);
  c.stopped = r > n;
  return c;
}

function permutationsNext(o: PyObject): PyObject | null {
  const c = o as PyCombinatoric;
  if (c.stopped) return null;
  const pool = c.pools[0].items;
  const n = pool.length, r = c.r;
  const idx = c.indices, cycles = c.cycles;
  if (c.result === null) {
    c.result = tupleOf(idx.slice(0, r).map((i) => pool[i]));
    return newRef(c.result);
  }
  if (n === 0) return stop(c);
  const result = ownResult(c);
  // Decrement the rightmost cycle, moving left on rollover.
  for (let i = r - 1; i >= 0; i--) {
    cycles[i]--;
    if (cycles[i] === 0) {
      // Rotate indices[i:] left by one.
      const index = idx[i];
      for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
      idx[n - 1] = index;
      cycles[i] = n - i;
    } else {
      const j = cycles[i];
      const index = idx[i];
      idx[i] = idx[n - j];
      idx[n - j] = index;
      for (let k = i; k < r; k++) setItem(result, k, pool[idx[k]]);
      return newRef(result);
    }
  }
  return stop(c);
}

// ---------------------------------------------------------------- types and module

/** __length_hint__ of repeat: its count, or TypeError when it repeats forever. */
function repeatLengthHint(s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('repeat.__length_hint__', a, k, 0, 0);
  const r = s as PyRepeat;
  if (r.cnt === -1) throw typeError('len() of unsized object');
  return newInt(r.cnt);
}

function fieldsDealloc(fields: string[]): (o: PyObject) => void {
  return (o) => {
    const rec = o as unknown as Record<string, PyObject | null>;
    for (const f of fields) {
      const v = rec[f];
      rec[f] = null;
      xdecref(v);
    }
  };
}

/** A tp_traverse visiting the named fields (objects or null) in order. */
function fieldsTraverse(fields: string[]): (o: PyObject, visit: (o: PyObject) => void) => void {
  return (o, visit) => {
    const rec = o as unknown as Record<string, PyObject | null>;
    for (const f of fields) {
      const v = rec[f];
      if (v !== null && v !== undefined) visit(v);
    }
  };
}

function setupIterator(T: PyType, C: Ctor<PyObject> | null, newFn: ((type: PyObject, args: PyObject[], kw: string[] | null) => PyObject) | null,
  next: (o: PyObject) => PyObject | null, dealloc: (o: PyObject) => void): void {
  if (C !== null) T.jsClass = C;
  if (newFn !== null) T.new_ = newFn;
  T.iter = (o) => newRef(o);
  T.next = next;
  T.dealloc = dealloc;
}

export function initItertoolsTypes(): void {
  setupIterator(CountType, PyCount, countNew, countNext, fieldsDealloc(['longCnt', 'longStep']));
  CountType.repr = countRepr;
  setupIterator(CycleType, PyCycle, cycleNew, cycleNext, fieldsDealloc(['it', 'saved']));
  setupIterator(RepeatType, PyRepeat, repeatNew, repeatNext, fieldsDealloc(['element']));
  RepeatType.repr = repeatRepr;
  defMethod(RepeatType, '__length_hint__', repeatLengthHint);
  setupIterator(AccumulateType, PyAccumulate, accumulateNew, accumulateNext, fieldsDealloc(['it', 'binop', 'total', 'initial']));
  setupIterator(ChainType, PyChain, chainNew, chainNext, fieldsDealloc(['source', 'active']));
  defClassMethod(ChainType, 'from_iterable', chainFromIterable);
  setupIterator(CompressType, PyCompress, compressNew, compressNext, fieldsDealloc(['data', 'selectors']));
  const funcFields = fieldsDealloc(['func', 'it']);
  setupIterator(DropwhileType, PyFuncIter, funcIterNew(DropwhileType, 'dropwhile'), dropwhileNext, funcFields);
  setupIterator(TakewhileType, PyFuncIter, funcIterNew(TakewhileType, 'takewhile'), takewhileNext, funcFields);
  setupIterator(FilterfalseType, PyFuncIter, funcIterNew(FilterfalseType, 'filterfalse'), filterfalseNext, funcFields);
  setupIterator(StarmapType, PyFuncIter, funcIterNew(StarmapType, 'starmap'), starmapNext, funcFields);
  setupIterator(GroupbyType, PyGroupby, groupbyNew, groupbyNext,
    fieldsDealloc(['it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue']));
  setupIterator(GrouperType, null, null, grouperNext, (o) => {
    const g = o as PyGrouper;
    decref(g.parent);
    decref(g.tgtkey);
  });
  setupIterator(IsliceType, PyIslice, isliceNew, isliceNext, fieldsDealloc(['it']));
  setupIterator(PairwiseType, PyPairwise, pairwiseNew, pairwiseNext, fieldsDealloc(['it', 'old']));
  setupIterator(TeeType, null, null, teeNext, (o) => decref((o as PyTee).dataobj));
  defMethod(TeeType, '__copy__', teeCopy);
  TeeDataType.dealloc = (o) => {
    const d = o as PyTeeData;
    releaseAll(d.values);
    d.values = [];
    xdecref(d.nextlink);
    decref(d.it);
  };
  setupIterator(ZipLongestType, PyZipLongest, zipLongestNew, zipLongestNext, (o) => {
    const z = o as PyZipLongest;
    for (let i = z.iters.length - 1; i >= 0; i--) xdecref(z.iters[i]);
    z.iters = [];
    xdecref(z.result);
    xdecref(z.fillvalue);
  });
  const combinatoricDealloc = (o: PyObject) => {
    const c = o as PyCombinatoric;
    releaseAll(c.pools);
    c.pools = [];
    xdecref(c.result);
  };
  setupIterator(ProductType, PyCombinatoric, productNew, productNext, combinatoricDealloc);
  setupIterator(CombinationsType, PyCombinatoric, combinationsNew, combinationsNext, combinatoricDealloc);
  setupIterator(CwrType, PyCombinatoric, cwrNew, cwrNext, combinatoricDealloc);
  setupIterator(PermutationsType, PyCombinatoric, permutationsNew, permutationsNext, combinatoricDealloc);
  // Their index arrays are blocks of their own, which __sizeof__ counts: one Py_ssize_t per pool (product),
  // per pool item and per output position (permutations), per output position (the combinations).
  const sizeof = (T: PyType, words: (c: PyCombinatoric) => number) => defMethod(T, '__sizeof__', (s, a, k) => {
    checkArgs(`${T.name}.__sizeof__`, a, k, 0, 0);
    return newInt(T.basicsize + 8 * words(s as PyCombinatoric));
  });
  sizeof(ProductType, (c) => c.pools.length);
  sizeof(PermutationsType, (c) => c.pools[0].items.length + c.r);
  sizeof(CombinationsType, (c) => c.r);
  sizeof(CwrType, (c) => c.r);
  initTraverse();
  for (const T of ALL_TYPES) {
    exposeSlots(T);
    if (T.new_ !== null) exposeNew(T);
  }
}

/** What each object holds, for the collector: a cycle through an itertools object is found. */
function initTraverse(): void {
  const fields: [PyType, string[]][] = [
    [CountType, ['longCnt', 'longStep']], [CycleType, ['it', 'saved']], [RepeatType, ['element']],
    [AccumulateType, ['binop', 'it', 'total', 'initial']], [ChainType, ['source', 'active']],
    [CompressType, ['data', 'selectors']], [DropwhileType, ['func', 'it']], [TakewhileType, ['func', 'it']],
    [FilterfalseType, ['func', 'it']], [StarmapType, ['func', 'it']],
    [GroupbyType, ['it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue']], [GrouperType, ['parent', 'tgtkey']],
    [IsliceType, ['it']], [PairwiseType, ['it', 'old']], [TeeType, ['dataobj']],
  ];
  for (const [T, names] of fields) T.traverse = fieldsTraverse(names);
  TeeDataType.traverse = (o, visit) => {
    const d = o as PyTeeData;
    visit(d.it);
    for (const v of d.values) visit(v);
    if (d.nextlink !== null) visit(d.nextlink);
  };
  ZipLongestType.traverse = (o, visit) => {
    const z = o as PyZipLongest;
    for (const it of z.iters) if (it !== null) visit(it);
    if (z.result !== null) visit(z.result);
    if (z.fillvalue !== null) visit(z.fillvalue);
  };
  for (const T of [ProductType, CombinationsType, CwrType, PermutationsType]) {
    T.traverse = (o, visit) => {
      const c = o as PyCombinatoric;
      for (const p of c.pools) visit(p);
      if (c.result !== null) visit(c.result);
    };
  }
}

const ALL_TYPES = [GrouperType, TeeType, TeeDataType, AccumulateType, ChainType, CombinationsType, CwrType,
  CompressType, CountType, CycleType, DropwhileType, FilterfalseType, GroupbyType, IsliceType, PairwiseType,
  PermutationsType, ProductType, RepeatType, StarmapType, TakewhileType, ZipLongestType];

export function initItertools(m: PyModule, _interp: Interpreter): void {
  for (const T of ALL_TYPES) m.set(T.name, T);
  const tee: NativeFn = teeFunction;
  const f = newBuiltin('tee', tee, 'itertools');
  m.set('tee', f);
  decref(f);
}
