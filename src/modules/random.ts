// The random module (Lib/random.py over Modules/_randommodule.c, CPython 3.11).
//
// random.Random is a native type over src/common/random.ts's MersenneTwister,
// which reproduces CPython's draws number for number; this file binds the
// Python-level arguments. Methods that Lib/random.py writes in Python keep its
// argument messages and its use of the sequence protocol: choice, shuffle,
// sample and choices index the caller's sequence with len() and [] exactly as
// random.py does. The module-level functions are bound methods of a hidden
// instance (random._inst) seeded from entropy.
//
// As random.py's methods call self.random(), self.getrandbits() and a few
// others, a subclass, a patch of the class (random.Random accepts attributes,
// as CPython's Python class does) or an instance attribute that replaces one
// of them is what the native methods draw from (see rng).

import { PyObject, decref, releaseAll } from '../runtime/object.js';
import { builtinType, ObjectType, type PyType } from '../runtime/type.js';
import { checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyInt, IntType, newInt, newIntValue, numberIndex, numberToInt, exposeNew, defClassMethod, type Int } from '../runtime/types/int.js';
import { PyFloat, newFloat, asDouble } from '../runtime/types/float.js';
import { None, newNone } from '../runtime/types/none.js';
import { PyStr, internStr, newStr } from '../runtime/types/str.js';
import { PyTuple, newTuple } from '../runtime/types/tuple.js';
import { PyList, newList, sequenceList, listAppend } from '../runtime/types/list.js';
import { PyBytes, newBytes } from '../runtime/types/bytes.js';
import { PyByteArray } from '../runtime/types/bytearray.js';
import { PyModule } from '../runtime/types/module.js';
import { newException, excTypes, NotImplementedErrorType, ModuleNotFoundErrorType, PyBaseException,
  TypeErrorType, ValueErrorType } from '../runtime/types/exceptions.js';
import { dictGetStr, type PyDict } from '../runtime/types/dict.js';
import { exposeSlots, defMethod, defGetSet, allocInstance } from '../runtime/types/typeobject.js';
import { typeError, valueError, indexError } from '../runtime/errors.js';
import { hashValue } from '../runtime/hashing.js';
import * as ab from '../runtime/abstract.js';
import { Bin, Op } from '../runtime/abstract.js';
import { MersenneTwister, randrangeNonIndexArg, systemEntropy, type PyInt as RInt } from '../common/random.js';
import { crExp, crLog } from '../common/libm.js';
import { bindPyArgs, type PySignature } from './pyargs.js';
import type { Interpreter } from '../runtime/interp.js';

/** _random.Random: the generator itself (random, getrandbits, seed, getstate, setstate in C). */
export const BaseRandomType = builtinType('Random', ObjectType, { basicsize: 2520 });
BaseRandomType.module = '_random';
/** random.Random: Lib/random.py's class over it. */
export const RandomType = builtinType('Random', BaseRandomType, { basicsize: 2528, gc: true, hasDict: true, hasWeakref: true, managedDict: true });
RandomType.module = 'random';
export const SystemRandomType = builtinType('SystemRandom', RandomType, { basicsize: 2528, gc: true, hasDict: true, hasWeakref: true, managedDict: true });
SystemRandomType.module = 'random';

/** A generator whose words come from the system's entropy source (os.urandom's role). */
class SystemTwister extends MersenneTwister {
  private readonly words = new Uint32Array(64);
  private next = 64;

  override genrandUint32(): number {
    if (this.next >= this.words.length) {
      systemEntropy(this.words);
      this.next = 0;
    }
    return this.words[this.next++];
  }
}

class PyRandom extends PyObject {
  mt: MersenneTwister;
  dict: PyDict | null = null;
  /** The version of the type at which it was found to replace none of OVERRIDABLE (0: not yet). */
  nativeVersion = 0;
  constructor(type: PyType) {
    super(type);
    this.mt = type.isSubtype(SystemRandomType) ? new SystemTwister() : new MersenneTwister();
  }
}

/** The generator's own state (seeding, state, and the native random and getrandbits). */
function own(self: PyObject): MersenneTwister {
  return (self as PyRandom).mt;
}

/** The native methods a Python override replaces (found on the type or in the instance's dict). */
const NATIVE = new Map<string, PyObject>();
/** The methods random.py's own methods call through self, which a subclass, a patch of the class or an
 *  instance attribute may replace. */
const OVERRIDABLE = ['random', 'getrandbits', '_randbelow', 'randrange', 'normalvariate', 'gammavariate'];

function instanceAttr(self: PyRandom, name: string): boolean {
  return self.dict !== null && self.dict.used !== 0 && dictGetStr(self.dict, internStr(name)) !== null;
}

/**
 * Whether self's type replaces none of OVERRIDABLE. The answer is kept for
 * the type's version (a change to the class or a base gives it a new one), so
 * that each draw does not look the methods up again.
 */
function typeNative(self: PyRandom): boolean {
  const t = self.type;
  if (t.version === self.nativeVersion) return true;
  for (const name of OVERRIDABLE) if (t.lookup(name) !== NATIVE.get(name)) return false;
  self.nativeVersion = t.version;
  return true;
}

/** Is the method `name` of self something else than the native one? */
function overridden(self: PyRandom, name: string): boolean {
  if (instanceAttr(self, name)) return true;
  return !typeNative(self) && self.type.lookup(name) !== NATIVE.get(name);
}

/**
 * What the methods draw from: the generator itself, or, when random(),
 * getrandbits() or another method that random.py calls through self is
 * replaced, a view of it that calls those through Python as random.py does.
 */
function rng(self: PyObject): MersenneTwister {
  const r = self as PyRandom;
  if (typeNative(r) && (r.dict === null || r.dict.used === 0)) return r.mt;
  for (const name of OVERRIDABLE) {
    if (overridden(r, name)) return pythonDraws(r, true);
  }
  return r.mt;
}

/** What the native _randbelow methods draw from: random() and getrandbits() as self has them. */
function rngBits(self: PyObject): MersenneTwister {
  const r = self as PyRandom;
  return overridden(r, 'random') || overridden(r, 'getrandbits') ? pythonDraws(r, false) : r.mt;
}

function callMethod(self: PyObject, name: string, args: PyObject[]): PyObject {
  const f = ab.getattr(self, internStr(name));
  try {
    return ab.call(f, args);
  } finally {
    decref(f);
  }
}

function floatCall(self: PyObject, name: string, args: number[]): number {
  const pyArgs = args.map((x) => newFloat(x));
  try {
    const r = callMethod(self, name, pyArgs);
    try {
      return asDouble(r);
    } finally {
      decref(r);
    }
  } finally {
    releaseAll(pyArgs);
  }
}

function intCall(self: PyObject, name: string, args: RInt[]): RInt {
  const pyArgs = args.map((x) => newIntValue(x as Int));
  try {
    const r = callMethod(self, name, pyArgs);
    try {
      return intOf(r);
    } finally {
      decref(r);
    }
  } finally {
    releaseAll(pyArgs);
  }
}

/**
 * self._randbelow(n): one of random.py's two algorithms (the one
 * Random.__init_subclass__ chose when the class was made, or that a program
 * assigned) runs here over the view's draws; anything else is called.
 */
function randbelowOf(self: PyRandom, draws: MersenneTwister, n: RInt): RInt {
  const f = instanceAttr(self, '_randbelow') ? null : self.type.lookup('_randbelow');
  if (f === NATIVE.get('_randbelow_with_getrandbits')) return randbelowWithBits(draws, n);
  if (f === NATIVE.get('_randbelow_without_getrandbits')) return draws.randbelowWithoutGetrandbits(n, warn);
  return intCall(self, '_randbelow', [n]);
}

/**
 * Random.__init_subclass__(cls, /, **kwargs): the first class on cls's MRO
 * that defines _randbelow, getrandbits or random decides the new class's
 * _randbelow, set on it once, as random.py does (a later change to random or
 * getrandbits does not change it). The keywords are ignored, as there.
 */
function randomInitSubclass(cls: PyObject): PyObject {
  const t = cls as PyType;
  for (const c of t.mro) {
    if (c.attrs.has('_randbelow')) break;
    const which = c.attrs.has('getrandbits') ? '_randbelow_with_getrandbits' : c.attrs.has('random') ? '_randbelow_without_getrandbits' : null;
    if (which === null) continue;
    const f = ab.getattr(cls, internStr(which));
    try {
      ab.setattr(cls, internStr('_randbelow'), f);
    } finally {
      decref(f);
    }
    break;
  }
  return newNone();
}

/** _randbelow_with_getrandbits through the view's getrandbits: bit_length(n) bits until below n. */
function randbelowWithBits(draws: MersenneTwister, n: RInt): RInt {
  const k = n.toString(2).length;
  let r = draws.getrandbits(k);
  while (r >= n) r = draws.getrandbits(k);
  return r;
}

function pythonDraws(self: PyRandom, dispatchRandbelow: boolean): MersenneTwister {
  const mt = self.mt;
  const draws = Object.create(mt) as MersenneTwister;
  // The gauss() cache stays the generator's own.
  Object.defineProperty(draws, 'gaussNext', { get: () => mt.gaussNext, set: (v: number | null) => { mt.gaussNext = v; } });
  // Whatever still draws words draws them from the generator's own state.
  draws.genrandUint32 = () => mt.genrandUint32();
  draws.random = () => floatCall(self, 'random', []);
  draws.getrandbits = (k) => intCall(self, 'getrandbits', [k]);
  draws.randbelow = dispatchRandbelow ? (n) => randbelowOf(self, draws, n) : (n) => randbelowWithBits(draws, n);
  // randbytes(n) is getrandbits(n * 8) as n little-endian bytes.
  draws.randbytes = (n) => {
    const count = Number(n);
    if (count < 0) return mt.randbytes(n);
    let v = BigInt(draws.getrandbits(typeof n === 'number' ? n * 8 : BigInt(n) * 8n));
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++, v >>= 8n) out[i] = Number(v & 0xffn);
    return out;
  };
  if (overridden(self, 'normalvariate')) draws.normalvariate = (mu = 0.0, sigma = 1.0) => floatCall(self, 'normalvariate', [mu, sigma]);
  if (overridden(self, 'gammavariate')) draws.gammavariate = (alpha, beta) => floatCall(self, 'gammavariate', [alpha, beta]);
  return draws;
}

function isSystem(self: PyObject): boolean {
  return self.type.isSubtype(SystemRandomType);
}

function noState(): PyObject {
  return newException(NotImplementedErrorType, 'System entropy source does not have state.');
}

// ---------------------------------------------------------------- Python <-> JS values

function intOf(o: PyObject): Int {
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  return v;
}

function floatArg(o: PyObject | null, dflt: number): number {
  return o === null ? dflt : asDouble(o);
}

/** warnings.warn(message, category), pointing at the caller of the random function;
 *  nothing when there is no warnings module. */
function warn(category: string, message: string): void {
  let warnings: PyObject;
  try {
    warnings = interpRef!.importName(interpRef!.builtinsDict, 'warnings', null, 0);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type === ModuleNotFoundErrorType)) throw e;
    decref(e);
    return;
  }
  const warnFn = ab.getattr(warnings, internStr('warn'));
  const msg = newStr(message);
  try {
    decref(ab.call(warnFn, [msg, excTypes.get(category)!]));
  } finally {
    decref(msg);
    decref(warnFn);
    decref(warnings);
  }
}

/** random.py's _index-or-int conversion of a randrange argument, with its warnings. */
function randrangeArg(o: PyObject, which: 'arg 1' | 'stop' | 'step'): RInt {
  if (o.type.index !== null) return intOf(o);
  const asInt = numberToInt(o);
  try {
    const exact = !ab.compareBool(asInt, o, Op.NE);
    return randrangeNonIndexArg(asInt.v, exact, which, warn);
  } finally {
    decref(asInt);
  }
}

// ---------------------------------------------------------------- signatures (Lib/random.py)

function sig(name: string, params: string[], required: number, kwonly: string[] = []): PySignature {
  return { name: `Random.${name}`, params, kwonly, required, self: 1 };
}

const SIG = {
  init: sig('__init__', ['x'], 0),
  seed: sig('seed', ['a', 'version'], 0),
  getstate: sig('getstate', [], 0),
  setstate: sig('setstate', ['state'], 1),
  dunderGetstate: sig('__getstate__', [], 0),
  dunderSetstate: sig('__setstate__', ['state'], 1),
  reduce: sig('__reduce__', [], 0),
  randbytes: sig('randbytes', ['n'], 1),
  randrange: sig('randrange', ['start', 'stop', 'step'], 1),
  randint: sig('randint', ['a', 'b'], 2),
  choice: sig('choice', ['seq'], 1),
  shuffle: sig('shuffle', ['x'], 1),
  sample: sig('sample', ['population', 'k'], 2, ['counts']),
  choices: sig('choices', ['population', 'weights'], 1, ['cum_weights', 'k']),
  uniform: sig('uniform', ['a', 'b'], 2),
  triangular: sig('triangular', ['low', 'high', 'mode'], 0),
  normalvariate: sig('normalvariate', ['mu', 'sigma'], 0),
  gauss: sig('gauss', ['mu', 'sigma'], 0),
  lognormvariate: sig('lognormvariate', ['mu', 'sigma'], 2),
  expovariate: sig('expovariate', ['lambd'], 1),
  vonmisesvariate: sig('vonmisesvariate', ['mu', 'kappa'], 2),
  gammavariate: sig('gammavariate', ['alpha', 'beta'], 2),
  betavariate: sig('betavariate', ['alpha', 'beta'], 2),
  paretovariate: sig('paretovariate', ['alpha'], 1),
  weibullvariate: sig('weibullvariate', ['alpha', 'beta'], 2),
  randbelowWith: sig('_randbelow_with_getrandbits', ['n'], 1),
  randbelowWithout: sig('_randbelow_without_getrandbits', ['n', 'int', 'maxsize'], 1),
};

// ---------------------------------------------------------------- seeding and state

/** Random.seed(a=None, version=2). */
function seed(self: PyObject, a: PyObject | null, versionObj: PyObject | null): void {
  if (isSystem(self)) return;
  const mt = own(self);
  const isVersion = (v: number) => (versionObj === null ? v === 2 : equalsInt(versionObj, v));
  if (a === null || a === None) {
    mt.seed(null);
  } else if (a instanceof PyInt && a.type === IntType) {
    mt.seed(a.v);
  } else if ((a instanceof PyStr || a instanceof PyBytes || a instanceof PyByteArray) && isVersion(2)) {
    mt.seed(a instanceof PyStr ? a.v : a.bytes.slice(), 2);
  } else if ((a instanceof PyStr || a instanceof PyBytes) && isVersion(1)) {
    mt.seed(a instanceof PyStr ? a.v : a.bytes.slice(), 1);
  } else if (a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr || a instanceof PyBytes ||
    a instanceof PyByteArray) {
    // Other versions and int/float subclasses seed with hash(a).
    const lo = ab.hashOf(a);
    mt.seedFromHash(hashValue(lo, ab.HASH.hi));
  } else {
    throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  mt.gaussNext = null;
}

/** o == v in Python terms. */
function equalsInt(o: PyObject, v: number): boolean {
  const i = newInt(v);
  try {
    return ab.compareBool(o, i, Op.EQ);
  } finally {
    decref(i);
  }
}

function getstate(self: PyObject): PyObject {
  if (isSystem(self)) throw noState();
  const [version, internal, gaussNext] = own(self).getstate();
  return newTuple([newInt(version), newTuple(internal.map((w) => newInt(w))),
    gaussNext === null ? newNone() : newFloat(gaussNext)]);
}

/** Random.setstate(state): (version, internal state, gauss_next), version 3 or 2. */
function setstate(self: PyObject, state: PyObject): void {
  if (isSystem(self)) throw noState();
  const version = itemAt(state, 0);
  let v: 2 | 3;
  try {
    if (equalsInt(version, 3)) v = 3;
    else if (equalsInt(version, 2)) v = 2;
    else throw valueError(`state with version ${ab.strJS(version)} passed to Random.setstate() of version 3`);
  } finally {
    decref(version);
  }
  const [internal, gauss] = unpackState(state);
  try {
    // `version, internalstate, self.gauss_next = state` assigns gauss_next first.
    own(self).gaussNext = gauss === None ? null : asDouble(gauss);
    if (v === 3) {
      baseSetstate(self, internal, 3);
    } else {
      const words = version2Words(internal);
      try {
        baseSetstate(self, words, 2);
      } finally {
        decref(words);
      }
    }
  } finally {
    decref(internal);
    decref(gauss);
  }
}

/** A version 2 state may be any iterable: tuple(x % 2**32 for x in it), where a ValueError
 *  becomes a TypeError raised from it. */
function version2Words(internal: PyObject): PyObject {
  const mod = newIntValue(2 ** 32);
  const out: PyObject[] = [];
  try {
    const it = ab.getIter(internal);
    try {
      for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
        try {
          out.push(ab.binaryOp(x, mod, Bin.MOD));
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    releaseAll(out);
    if (!(e instanceof PyBaseException && e.type.isSubtype(ValueErrorType))) throw e;
    const te = newException(TypeErrorType, null);
    // The caught exception becomes both the cause and the context.
    te.cause = e;
    e.rc++;
    te.context = e;
    te.suppressContext = true;
    throw te;
  } finally {
    decref(mod);
  }
  return newTuple(out);
}

/** `version, internalstate, gauss_next = state`: the last two (new references). */
function unpackState(state: PyObject): [PyObject, PyObject] {
  const items = iterItems(state);
  if (items.length !== 3) {
    const n = items.length;
    releaseAll(items);
    throw valueError(n > 3 ? 'too many values to unpack (expected 3)' : `not enough values to unpack (expected 3, got ${n})`);
  }
  decref(items[0]);
  return [items[1], items[2]];
}

function iterItems(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const it = ab.getIter(o);
  try {
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) out.push(x);
  } catch (e) {
    releaseAll(out);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

// ---------------------------------------------------------------- integers

function randrange(self: PyObject, startObj: PyObject, stopObj: PyObject | null, stepObj: PyObject | null): PyObject {
  const mt = rng(self);
  const start = randrangeArg(startObj, 'arg 1');
  if (stopObj === null || stopObj === None) {
    // step is compared by identity with the int 1 before any conversion.
    if (stepObj !== null && !(stepObj.type === IntType && (stepObj as PyInt).v === 1)) {
      throw typeError('Missing a non-None stop argument');
    }
    return newIntValue(mt.randrange(start) as Int);
  }
  const stop = randrangeArg(stopObj, 'stop');
  const step = stepObj === null ? undefined : randrangeArg(stepObj, 'step');
  return newIntValue(mt.randrange(start, stop, step) as Int);
}

function randint(self: PyObject, a: PyObject, b: PyObject): PyObject {
  const one = newInt(1);
  const stop = ab.binaryOp(b, one, Bin.ADD);
  decref(one);
  try {
    if (overridden(self as PyRandom, 'randrange')) return callMethod(self, 'randrange', [a, stop]);
    return randrange(self, a, stop, null);
  } finally {
    decref(stop);
  }
}

// ---------------------------------------------------------------- sequences

/** seq[i] for an int index. */
function itemAt(seq: PyObject, i: Int): PyObject {
  const index = newIntValue(i);
  try {
    return ab.getitem(seq, index);
  } finally {
    decref(index);
  }
}

function choice(self: PyObject, seq: PyObject): PyObject {
  const n = ab.len(seq);
  if (!n) throw indexError('Cannot choose from an empty sequence');
  return itemAt(seq, rng(self).randbelow(n) as Int);
}

/** x[i], x[j] = x[j], x[i] for i from len(x) - 1 down to 1. */
function shuffle(self: PyObject, x: PyObject): void {
  const mt = rng(self);
  for (let i = ab.len(x) - 1; i > 0; i--) {
    const j = mt.randbelow(i + 1) as number;
    const xj = itemAt(x, j);
    let xi: PyObject;
    try {
      xi = itemAt(x, i);
    } catch (e) {
      decref(xj);
      throw e;
    }
    try {
      setAt(x, i, xj);
      setAt(x, j, xi);
    } finally {
      decref(xj);
      decref(xi);
    }
  }
}

function setAt(seq: PyObject, i: number, v: PyObject): void {
  const index = newInt(i);
  try {
    ab.setitem(seq, index, v);
  } finally {
    decref(index);
  }
}

let interpRef: Interpreter | null = null;
let sequenceABC: PyObject | null = null;

/** isinstance(o, collections.abc.Sequence), as random.sample checks its population. */
function isSequence(o: PyObject): boolean {
  if (sequenceABC === null) {
    const mod = interpRef!.importName(interpRef!.builtinsDict, 'collections.abc', ['Sequence'], 0);
    try {
      sequenceABC = ab.getattr(mod, internStr('Sequence'));
    } finally {
      decref(mod);
    }
  }
  const isinstance = interpRef!.builtins.get('isinstance')!;
  const r = ab.call(isinstance, [o, sequenceABC]);
  const t = ab.isTrue(r);
  decref(r);
  return t;
}

/** list(itertools.accumulate(values)): running sums with +, as Python objects. */
function accumulate(values: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const it = ab.getIter(values);
  try {
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
      if (out.length === 0) {
        out.push(x);
        continue;
      }
      try {
        out.push(ab.binaryOp(out[out.length - 1], x, Bin.ADD));
      } finally {
        decref(x);
      }
    }
  } catch (e) {
    releaseAll(out);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** Running sums as JS values for bisection (ints exactly, other numbers as floats). */
function numericValues(sums: PyObject[]): RInt[] {
  return sums.map((s) => (s instanceof PyInt ? s.v : asDouble(s)));
}

function sample(self: PyObject, population: PyObject, kObj: PyObject, counts: PyObject | null): PyObject {
  if (!isSequence(population)) {
    throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = ab.len(population);
  const mt = rng(self);
  if (counts !== null && counts !== None) {
    const cum = accumulate(counts);
    try {
      if (cum.length !== n) throw valueError('The number of counts does not match the population');
      if (n === 0) throw indexError('pop from empty list');
      const total = cum[n - 1];
      if (!(total instanceof PyInt)) throw typeError('Counts must be integers');
      if (total.v <= 0) throw valueError('Total of counts must be greater than zero');
      // sample(range(total), k), each mapped to the item whose running count first exceeds it.
      const bounds = numericValues(cum.slice(0, n - 1));
      const picks = mt.sample(total.v, sampleSize(kObj));
      return newList(picks.map((p) => itemAt(population, bisectRight(bounds, p))));
    } finally {
      releaseAll(cum);
    }
  }
  const k = sampleSize(kObj);
  const picks = mt.sample(n, k);
  // A small population is copied to a list first (random.py's pool).
  const pool = n <= setSize(k) ? sequenceList(population) : null;
  try {
    return newList(picks.map((i) => (pool !== null ? newRefOf(pool.items[i as number]) : itemAt(population, i))));
  } finally {
    if (pool !== null) decref(pool);
  }
}

function listAppendOwned(l: PyList, v: PyObject): void {
  listAppend(l, v);
  decref(v);
}

function newRefOf(o: PyObject): PyObject {
  o.rc++;
  return o;
}

/** bisect.bisect_right(a, x): JS compares ints (number or bigint) and floats exactly. */
function bisectRight(a: RInt[], x: RInt): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The pool-or-set threshold of random.sample (see MersenneTwister.sample). */
function setSize(k: RInt): number {
  let size = 21;
  if (k > 5) size += 4 ** Math.ceil(crLog(Number(k) * 3) / crLog(4));
  return size;
}

/** sample's k: an int; anything else fails where random.py's `[None] * k` would. */
function sampleSize(k: PyObject): RInt {
  if (k instanceof PyInt) return k.v;
  if (k.type.index !== null) return intOf(k);
  throw typeError(`can't multiply sequence by non-int of type '${k.type.name}'`);
}

function choices(self: PyObject, population: PyObject, weights: PyObject | null, cumWeights: PyObject | null,
  kObj: PyObject | null): PyObject {
  const mt = rng(self);
  const n = ab.len(population);
  const weightsGiven = weights !== null && weights !== None;
  const cumGiven = cumWeights !== null && cumWeights !== None;
  let cum: PyObject[] | null = null;
  if (!cumGiven && weightsGiven) {
    try {
      cum = accumulate(weights!);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) || !(weights instanceof PyInt)) throw e;
      decref(e);
      throw typeError(`The number of choices must be a keyword argument: k=${ab.reprJS(weights)}`);
    }
  } else if (cumGiven) {
    if (weightsGiven) throw typeError('Cannot specify both weights and cumulative weights');
    cum = iterItems(cumWeights!);
  }
  try {
    const k = kObj === null ? 1 : Math.max(Number(intOf(kObj)), 0);
    const sums = cum === null ? null : numericValues(cum);
    // The weights are checked before the first draw; then each draw is indexed at once.
    if (sums !== null) mt.choices(n, 0, null, sums);
    const out = newList([]);
    try {
      for (let i = 0; i < k; i++) {
        const [index] = sums === null ? mt.choices(n, 1) : mt.choices(n, 1, null, sums);
        listAppendOwned(out, itemAt(population, index));
      }
    } catch (e) {
      decref(out);
      throw e;
    }
    return out;
  } finally {
    if (cum !== null) releaseAll(cum);
  }
}

// ---------------------------------------------------------------- methods

type Impl = (self: PyObject, p: (PyObject | null)[]) => PyObject;

/** A method with a Python signature. */
function pyMethod(s: PySignature, impl: Impl): NativeFn {
  return (self, a, k) => impl(self, bindPyArgs(s, a, k));
}

function variate(s: PySignature, f: (mt: MersenneTwister, x: number[]) => number, defaults: number[]): NativeFn {
  return pyMethod(s, (self, p) => newFloat(f(rng(self), p.map((o, i) => floatArg(o, defaults[i])))));
}

const METHODS: [string, NativeFn][] = [
  ['seed', pyMethod(SIG.seed, (self, [a, version]) => (seed(self, a, version), newNone()))],
  // Pickled (and copied) as the class called with no arguments and the state through setstate.
  ['__getstate__', pyMethod(SIG.dunderGetstate, (self) => callMethod(self, 'getstate', []))],
  ['__setstate__', pyMethod(SIG.dunderSetstate, (self, [state]) => callMethod(self, 'setstate', [state!]))],
  ['__reduce__', pyMethod(SIG.reduce, (self) => {
    const state = callMethod(self, 'getstate', []);
    const cls = ab.getattr(self, internStr('__class__'));
    return newTuple([cls, newTuple([]), state]);
  })],
  ['getstate', pyMethod(SIG.getstate, (self) => getstate(self))],
  ['setstate', pyMethod(SIG.setstate, (self, [state]) => (setstate(self, state!), newNone()))],
  ['randbytes', pyMethod(SIG.randbytes, (self, [n]) => newBytes(rng(self).randbytes(intOf(n!))))],
  ['_randbelow_with_getrandbits', pyMethod(SIG.randbelowWith, (self, [n]) => newIntValue(rngBits(self).randbelow(intOf(n!)) as Int))],
  ['_randbelow_without_getrandbits', pyMethod(SIG.randbelowWithout, (self, [n]) =>
    newIntValue(rngBits(self).randbelowWithoutGetrandbits(intOf(n!), warn) as Int))],
  ['randrange', pyMethod(SIG.randrange, (self, [start, stop, step]) => randrange(self, start!, stop, step))],
  ['randint', pyMethod(SIG.randint, (self, [a, b]) => randint(self, a!, b!))],
  ['choice', pyMethod(SIG.choice, (self, [seq]) => choice(self, seq!))],
  ['shuffle', pyMethod(SIG.shuffle, (self, [x]) => (shuffle(self, x!), newNone()))],
  ['sample', pyMethod(SIG.sample, (self, [population, k, counts]) => sample(self, population!, k!, counts))],
  ['choices', pyMethod(SIG.choices, (self, [population, weights, cum, k]) => choices(self, population!, weights, cum, k))],
  ['uniform', pyMethod(SIG.uniform, (self, [a, b]) => uniform(self, a!, b!))],
  ['triangular', pyMethod(SIG.triangular, (self, [low, high, mode]) => triangular(self, low, high, mode))],
  ['normalvariate', pyMethod(SIG.normalvariate, (self, [mu, sigma]) => scaled(rng(self).normalvariate(0, 1), mu, sigma))],
  ['gauss', pyMethod(SIG.gauss, (self, [mu, sigma]) => scaled(rng(self).gauss(0, 1), mu, sigma))],
  ['lognormvariate', variate(SIG.lognormvariate, (mt, [mu, sigma]) => mt.lognormvariate(mu, sigma), [])],
  ['expovariate', pyMethod(SIG.expovariate, (self, [lambd]) => pyDivide(-crLog(1.0 - rng(self).random()), lambd!))],
  ['vonmisesvariate', variate(SIG.vonmisesvariate, (mt, [mu, kappa]) => mt.vonmisesvariate(mu, kappa), [])],
  ['gammavariate', variate(SIG.gammavariate, (mt, [alpha, beta]) => mt.gammavariate(alpha, beta), [])],
  ['betavariate', variate(SIG.betavariate, (mt, [alpha, beta]) => mt.betavariate(alpha, beta), [])],
  ['paretovariate', variate(SIG.paretovariate, (mt, [alpha]) => mt.paretovariate(alpha), [])],
  ['weibullvariate', variate(SIG.weibullvariate, (mt, [alpha, beta]) => mt.weibullvariate(alpha, beta), [])],
];

/** mu + z * sigma in Python arithmetic, for a standard normal z (defaults 0.0 and 1.0). */
function scaled(z: number, mu: PyObject | null, sigma: PyObject | null): PyObject {
  const m = mu === null ? newFloat(0) : newRefOf(mu);
  const s = sigma === null ? newFloat(1) : newRefOf(sigma);
  const zf = newFloat(z);
  try {
    const zs = ab.binaryOp(zf, s, Bin.MUL);
    try {
      return ab.binaryOp(m, zs, Bin.ADD);
    } finally {
      decref(zs);
    }
  } finally {
    decref(zf);
    decref(s);
    decref(m);
  }
}

/** x / d with Python's division (ZeroDivisionError "float division by zero"). */
function pyDivide(x: number, d: PyObject): PyObject {
  const xf = newFloat(x);
  try {
    return ab.binaryOp(xf, d, Bin.TRUEDIV);
  } finally {
    decref(xf);
  }
}

/** a + (b - a) * random(), in Python arithmetic (ints, floats or any numbers). */
function uniform(self: PyObject, a: PyObject, b: PyObject): PyObject {
  const width = ab.binaryOp(b, a, Bin.SUB);
  const r = newFloat(rng(self).random());
  try {
    const scaled = ab.binaryOp(width, r, Bin.MUL);
    try {
      return ab.binaryOp(a, scaled, Bin.ADD);
    } finally {
      decref(scaled);
    }
  } finally {
    decref(r);
    decref(width);
  }
}

/** triangular(low, high, mode): when mode is given and high == low the division
 *  by zero makes random.py return `low` itself (after drawing). */
function triangular(self: PyObject, lowObj: PyObject | null, highObj: PyObject | null, mode: PyObject | null): PyObject {
  const low = floatArg(lowObj, 0), high = floatArg(highObj, 1);
  const m = mode === null || mode === None ? null : asDouble(mode);
  if (m !== null && high - low === 0) {
    rng(self).random();
    return lowObj === null ? newFloat(0) : newRefOf(lowObj);
  }
  return newFloat(rng(self).triangular(low, high, m));
}

/** _random.Random's methods, in C: the generator's own seed and state. */
const BASE_METHODS: [string, NativeFn][] = [
  ['random', (self, a, k) => (checkArgs('Random.random', a, k, 0, 0), newFloat(own(self).random()))],
  ['getrandbits', (self, a, k) => {
    checkArgs('Random.getrandbits', a, k, 1, 1);
    return newIntValue(own(self).getrandbits(intOf(a[0])) as Int);
  }],
  ['seed', (self, a, k) => {
    checkArgs('Random.seed', a, k, 0, 1);
    baseSeed(self, a.length === 0 ? None : a[0]);
    return newNone();
  }],
  ['getstate', (self, a, k) => {
    checkArgs('Random.getstate', a, k, 0, 0);
    const [, words] = own(self).getstate();
    return newTuple(words.map((w) => newInt(w)));
  }],
  ['setstate', (self, a, k) => {
    checkArgs('Random.setstate', a, k, 1, 1);
    baseSetstate(self, a[0], 3);
    return newNone();
  }],
];

/** _random.Random.seed(n): None takes entropy, an exact int its absolute value, anything else its hash. */
function baseSeed(self: PyObject, a: PyObject): void {
  const mt = own(self);
  if (a === None) {
    mt.seed(null);
  } else if (a.type === IntType) {
    mt.seed((a as PyInt).v);
  } else {
    const lo = ab.hashOf(a);
    mt.seedFromHash(hashValue(lo, ab.HASH.hi));
  }
}

/** _random.Random.setstate(state): the 625 words as a tuple; gauss_next is left alone. */
function baseSetstate(self: PyObject, internal: PyObject, version: 2 | 3): void {
  if (!(internal instanceof PyTuple)) throw typeError('state vector must be a tuple');
  const words: RInt[] = [];
  for (const x of internal.items) {
    if (!(x instanceof PyInt)) throw typeError('an integer is required');
    words.push(x.v);
  }
  const mt = own(self);
  mt.setstate([version, words, mt.gaussNext]);
}

function randomNew(type: PyObject, _a: PyObject[], _k: string[] | null): PyObject {
  const t = type as PyType;
  return t.heapType ? allocInstance(t) : new PyRandom(t);
}

/** _random.Random.__init__(x=None): seeded as its seed() does (random.Random's own __init__ replaces it). */
function baseInit(self: PyObject, a: PyObject[], k: string[] | null): void {
  if (k !== null && k.length > 0) throw typeError('Random() takes no keyword arguments');
  if (a.length > 1) throw typeError('Random() requires 0 or 1 argument');
  baseSeed(self, a.length === 0 ? None : a[0]);
}

function randomInit(self: PyObject, a: PyObject[], k: string[] | null): void {
  const [x] = bindPyArgs(SIG.init, a, k);
  seed(self, x, null);
}

export function initRandomTypes(): void {
  const B = BaseRandomType;
  B.jsClass = PyRandom as unknown as new (type: PyType) => PyObject;
  B.new_ = randomNew;
  B.init = baseInit;
  for (const [name, fn] of BASE_METHODS) defMethod(B, name, fn);

  const T = RandomType;
  T.init = randomInit;
  T.dealloc = (o) => {
    const d = (o as PyRandom).dict;
    (o as PyRandom).dict = null;
    if (d !== null) decref(d);
  };
  for (const [name, fn] of METHODS) defMethod(T, name, fn);
  // random.py's class body says `_randbelow = _randbelow_with_getrandbits`: one object under two names.
  const withBits = T.attrs.get('_randbelow_with_getrandbits')!;
  withBits.rc++;
  T.attrs.set('_randbelow', withBits);
  defClassMethod(T, '__init_subclass__', (cls) => randomInitSubclass(cls));
  for (const name of [...OVERRIDABLE, '_randbelow_with_getrandbits', '_randbelow_without_getrandbits']) NATIVE.set(name, T.lookup(name)!);
  // random.py's classes are Python classes in CPython: tests and programs patch their methods.
  T.mutableAttrs = true;
  SystemRandomType.mutableAttrs = true;
  defGetSet(T, 'gauss_next', (o) => {
    const g = own(o).gaussNext;
    return g === null ? newNone() : newFloat(g);
  }, (o, v) => {
    own(o).gaussNext = v === null || v === None ? null : asDouble(v);
  });
  T.attrs.set('VERSION', newInt(3));
  const S = SystemRandomType;
  // Made by Random.__init_subclass__ in CPython, as for any subclass: SystemRandom defines getrandbits.
  withBits.rc++;
  S.attrs.set('_randbelow', withBits);
  defMethod(S, 'seed', () => newNone());
  defMethod(S, 'getstate', () => {
    throw noState();
  });
  defMethod(S, 'setstate', () => {
    throw noState();
  });
  for (const X of [B, T, S]) exposeSlots(X);
  exposeNew(B);
}

/** The _random module: the generator type alone. */
export function initRandomBase(m: PyModule, _interp: Interpreter): void {
  m.set('Random', BaseRandomType);
}

const ALL = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss',
  'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random',
  'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate'];

export function initRandom(m: PyModule, interp: Interpreter): void {
  interpRef = interp;
  const set = (name: string, v: PyObject) => {
    m.set(name, v);
    decref(v);
  };
  set('NV_MAGICCONST', newFloat(4 * crExp(-0.5) / Math.sqrt(2.0)));
  set('TWOPI', newFloat(2 * Math.PI));
  set('LOG4', newFloat(crLog(4.0)));
  set('SG_MAGICCONST', newFloat(1.0 + crLog(4.5)));
  set('BPF', newInt(53));
  set('RECIP_BPF', newFloat(2 ** -53));
  m.set('Random', RandomType);
  m.set('SystemRandom', SystemRandomType);
  const inst = ab.call(RandomType, []);
  m.set('_inst', inst);
  for (const name of ALL) {
    if (name === 'Random' || name === 'SystemRandom') continue;
    set(name, ab.getattr(inst, internStr(name)));
  }
  decref(inst);
  set('__all__', newList(ALL.map((n) => newStr(n))));
  // The names random.py imports for itself, which tests patch or read.
  const fromModule = (module: string, names: [string, string][]) => {
    const mod = interp.importName(interp.builtinsDict, module, null, 0);
    try {
      for (const [name, as] of names) set(as, ab.getattr(mod, internStr(name)));
    } finally {
      decref(mod);
    }
  };
  fromModule('math', [['log', '_log'], ['exp', '_exp'], ['pi', '_pi'], ['e', '_e'], ['ceil', '_ceil'],
    ['sqrt', '_sqrt'], ['acos', '_acos'], ['cos', '_cos'], ['sin', '_sin'], ['floor', '_floor'],
    ['isfinite', '_isfinite']]);
  fromModule('posix', [['urandom', '_urandom']]);
}
