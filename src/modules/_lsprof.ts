// The _lsprof module (CPython 3.11's Modules/_lsprof.c): the deterministic
// profiler behind cProfile. A Profiler listens to the runtime's call events
// (runtime/profhook.ts) and keeps, per function, how often it was called
// (and how often recursively), its total time and its time less the time of
// its callees; with subcalls it keeps the same per caller.
//
// A function is keyed by its code object; a built-in by its implementation
// (CPython keys it by its PyMethodDef, which every bound copy shares) and
// labelled with the descriptive string CPython makes for it, e.g.
// "<built-in method builtins.sum>" or "<method 'append' of 'list' objects>".
// The hook runs at every call and return of the profiled program, so it is
// kept cheap: one clock read per event (Node's process.hrtime, its cheapest
// monotonic clock), a code object's entry cached on the code object, the
// caller's subentry cached on the callee's entry and kept on the call stack
// for the return, and nothing allocated per event.
//
// getstats() lists the functions in the order they were first called
// (CPython's order follows the addresses of its keys: no program can rely
// on it, and pstats prints "Random listing order was used" for it).

import { PyObject, decref, xdecref } from '../runtime/object.js';
import { builtinType, ObjectType, type PyType } from '../runtime/type.js';
import { PyBuiltin, PyMethodDescr, MethodDescrType, checkArgs } from '../runtime/types/builtinfunc.js';
import { PyCode } from '../runtime/types/function.js';
import { PyInt, newIntValue, exposeNew } from '../runtime/types/int.js';
import { newFloat, asDouble } from '../runtime/types/float.js';
import { newNone } from '../runtime/types/none.js';
import { newStr } from '../runtime/types/str.js';
import { newList } from '../runtime/types/list.js';
import { PyModule } from '../runtime/types/module.js';
import { structSeqType, newStructSeq } from '../runtime/types/structseq.js';
import { defMethod, allocInstance, reportUnraisable, exposeSlots } from '../runtime/types/typeobject.js';
import { ts } from '../runtime/types/frame.js';
import { typeError } from '../runtime/errors.js';
import * as ab from '../runtime/abstract.js';
import { bindPyArgs, type PySignature } from './pyargs.js';
import type { ProfileHook } from '../runtime/profhook.js';

export const ProfilerType = builtinType('Profiler', ObjectType, { basicsize: 80, gc: true });
ProfilerType.module = '_lsprof';
const EntryType = structSeqType('profiler_entry', '_lsprof',
  ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls']);
const SubEntryType = structSeqType('profiler_subentry', '_lsprof',
  ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime']);

type HrTime = (prev?: [number, number]) => [number, number];

/**
 * The default timer in integer nanoseconds. Node's process.hrtime is read
 * from its second of first use, so that the sum stays an exact integer; a
 * browser has performance.now() alone.
 */
function pickClock(): () => number {
  const hr = (globalThis as { process?: { hrtime?: HrTime } }).process?.hrtime;
  if (typeof hr === 'function') {
    const base = hr()[0];
    return () => {
      const t = hr();
      return (t[0] - base) * 1e9 + t[1];
    };
  }
  const perf = globalThis.performance;
  return () => Math.floor(perf.now() * 1e6);
}

/** Picked once, at start-up, so that the profiler's calls of it can be inlined. */
const clockNs = pickClock();

/** Counts and times of the calls of one function from one caller. */
class SubEntry {
  tt = 0;
  it = 0;
  callcount = 0;
  reccallcount = 0;
  level = 0;
  constructor(public callee: Entry) {}
}

/** One profiled function: its times are in the timer's integer units. */
class Entry {
  tt = 0;
  it = 0;
  callcount = 0;
  reccallcount = 0;
  level = 0;
  calls: Map<Entry, SubEntry> | null = null;
  /** The caller this function was last called from, and the subentry of that: most calls come from the same caller as the one before. */
  lastCaller: Entry | null = null;
  lastSub: SubEntry | null = null;
  constructor(
    /** The code object, or the built-in's descriptive string (owned). */
    public user: PyObject,
    /** The profiler whose entry this is; null once it cleared its entries (a code object's cached entry is then stale). */
    public owner: PyProfiler | null,
  ) {}
}

const SUBCALLS = 1;
const BUILTINS = 2;

class PyProfiler extends PyObject implements ProfileHook {
  entries = new Map<unknown, Entry>();
  // The calls in progress, innermost last (CPython's ProfilerContext chain),
  // as parallel arrays so that a call allocates nothing: the entry, its
  // subentry under its caller (null when subcalls are off or there is no
  // caller), the time it started and the time its callees took so far.
  stackEntry: Entry[] = [];
  stackSub: (SubEntry | null)[] = [];
  stackT0: number[] = [];
  stackSubt: number[] = [];
  depth = 0;
  flags = SUBCALLS | BUILTINS;
  timer: PyObject | null = null;
  timeunit = 0;

  now(): number {
    return this.timer === null ? clockNs() : this.callTimer(this.timer);
  }

  /** The user's timer, which runs unprofiled, as CPython's profile callbacks do. */
  callTimer(timer: PyObject): number {
    const saved = ts.profiler;
    ts.profiler = null;
    try {
      const v = ab.call(timer, []);
      try {
        if (this.timeunit > 0) {
          if (!(v instanceof PyInt)) throw typeError(`'${v.type.name}' object cannot be interpreted as an integer`);
          return Number(v.v);
        }
        return Math.floor(asDouble(v) * 1e9);
      } finally {
        decref(v);
      }
    } catch (e) {
      reportUnraisable.f(e, timer);
      return 0;
    } finally {
      ts.profiler = saved;
    }
  }

  enter(entry: Entry): void {
    const d = this.depth;
    entry.level++;
    let sub: SubEntry | null = null;
    if ((this.flags & SUBCALLS) !== 0 && d > 0) {
      const caller = this.stackEntry[d - 1];
      if (entry.lastCaller === caller) {
        sub = entry.lastSub!;
      } else {
        caller.calls ??= new Map();
        sub = caller.calls.get(entry) ?? null;
        if (sub === null) {
          sub = new SubEntry(entry);
          caller.calls.set(entry, sub);
        }
        entry.lastCaller = caller;
        entry.lastSub = sub;
      }
      sub.level++;
    }
    this.stackEntry[d] = entry;
    this.stackSub[d] = sub;
    this.stackSubt[d] = 0;
    this.depth = d + 1;
    this.stackT0[d] = this.now();
  }

  /**
   * Close the innermost call, counted for entry (the entry of the function
   * returning, which CPython trusts to be the call's): its times go to the
   * entry and to its caller's subentry.
   */
  stop(entry: Entry): void {
    const d = this.depth - 1;
    const tt = this.now() - this.stackT0[d];
    const it = tt - this.stackSubt[d];
    this.depth = d;
    if (d > 0) this.stackSubt[d - 1] += tt;
    if (--entry.level === 0) entry.tt += tt;
    else entry.reccallcount++;
    entry.it += it;
    entry.callcount++;
    if ((this.flags & SUBCALLS) !== 0 && d > 0) {
      const sub = entry === this.stackEntry[d] ? this.stackSub[d] : this.stackEntry[d - 1].calls?.get(entry);
      if (sub != null) {
        if (--sub.level === 0) sub.tt += tt;
        else sub.reccallcount++;
        sub.it += it;
        sub.callcount++;
      }
    }
  }

  /** Close every call still open, as if each returned now (disable, dealloc). */
  flushUnmatched(): void {
    while (this.depth > 0) this.stop(this.stackEntry[this.depth - 1]);
  }

  /** The entry of a code object, if this profiler has seen it. */
  codeEntry(code: PyCode): Entry | undefined {
    const cached = code.profEntry as Entry | null;
    if (cached !== null && cached.owner === this) return cached;
    const entry = this.entries.get(code);
    if (entry !== undefined) code.profEntry = entry;
    return entry;
  }

  call(code: PyCode): void {
    let entry = this.codeEntry(code);
    if (entry === undefined) {
      code.rc++;
      entry = new Entry(code, this);
      this.entries.set(code, entry);
      code.profEntry = entry;
    }
    this.enter(entry);
  }

  ret(code: PyCode): void {
    if (this.depth === 0) return;
    const entry = this.codeEntry(code);
    if (entry === undefined) this.depth--;
    else this.stop(entry);
  }

  /** The entry of a built-in (keyed by its implementation, which bound copies share), if this profiler has seen it. */
  builtinEntry(f: PyBuiltin | PyMethodDescr): Entry | undefined {
    const cached = f.profEntry as Entry | null;
    if (cached !== null && cached.owner === this) return cached;
    const entry = this.entries.get(f.fn);
    if (entry !== undefined) f.profEntry = entry;
    return entry;
  }

  cCall(f: PyObject, self: PyObject | null): void {
    if ((this.flags & BUILTINS) === 0) return;
    const b = f as PyBuiltin | PyMethodDescr;
    let entry = this.builtinEntry(b);
    if (entry === undefined) {
      entry = new Entry(newStr(builtinLabel(f, self)), this);
      this.entries.set(b.fn, entry);
      b.profEntry = entry;
    }
    this.enter(entry);
  }

  cRet(f: PyObject): void {
    if ((this.flags & BUILTINS) === 0 || this.depth === 0) return;
    const entry = this.builtinEntry(f as PyBuiltin | PyMethodDescr);
    if (entry === undefined) this.depth--;
    else this.stop(entry);
  }

  clearEntries(): void {
    const users = [...this.entries.values()].map((e) => {
      e.owner = null;
      return e.user;
    });
    this.entries = new Map();
    this.stackEntry = [];
    this.stackSub = [];
    this.depth = 0;
    for (const u of users) decref(u);
  }
}

/**
 * normalizeUserObj: a bound built-in is shown as the repr of what its self's
 * type has under its name (a method descriptor's "<method 'x' of 'T'
 * objects>"), anything else as "<built-in method module.name>".
 */
function builtinLabel(f: PyObject, self: PyObject | null): string {
  let name: string;
  let module: string | null;
  if (f.type === MethodDescrType) {
    name = (f as PyMethodDescr).name;
    module = null;
  } else {
    const b = f as PyBuiltin;
    name = b.name;
    module = b.module;
    // A module's function is bound to its module in CPython: the type lookup below fails for it.
    self = b.self;
  }
  if (self !== null && self.type.name !== 'module') {
    const found = self.type.lookup(name);
    if (found !== null) {
      try {
        return ab.reprJS(found);
      } catch (e) {
        if (e instanceof PyObject) decref(e);
      }
    }
  }
  return module !== null ? `<built-in method ${module}.${name}>` : `<built-in method ${name}>`;
}

const INIT_SIGNATURE: PySignature = { name: 'Profiler', params: ['timer', 'timeunit', 'subcalls', 'builtins'], kwonly: [], required: 0, self: 0 };
const ENABLE_SIGNATURE: PySignature = { name: 'enable', params: ['subcalls', 'builtins'], kwonly: [], required: 0, self: 0 };

/** The `p` argument format: any object's truth, with -1 for "not given". */
function flagArg(o: PyObject | null): number {
  return o === null ? -1 : ab.isTrue(o) ? 1 : 0;
}

function setFlags(p: PyProfiler, subcalls: number, builtins: number): void {
  if (subcalls === 0) p.flags &= ~SUBCALLS;
  else if (subcalls > 0) p.flags |= SUBCALLS;
  if (builtins === 0) p.flags &= ~BUILTINS;
  else if (builtins > 0) p.flags |= BUILTINS;
}

function asProfiler(o: PyObject, what: string): PyProfiler {
  if (!(o instanceof PyProfiler)) throw typeError(`descriptor '${what}' for '_lsprof.Profiler' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

/**
 * Stop p. As in CPython 3.11, this clears the thread's profile function
 * whichever profiler it is (the one enabled last), and releases its reference.
 */
function disable(p: PyProfiler): void {
  const current = ts.profiler;
  ts.profiler = null;
  p.flushUnmatched();
  if (current instanceof PyProfiler) decref(current);
}

function getstats(p: PyProfiler): PyObject {
  const factor = p.timer === null || p.timeunit === 0 ? 1e-9 : p.timeunit;
  const out = newList([]);
  for (const e of p.entries.values()) {
    if (e.callcount === 0) continue;
    let calls: PyObject;
    if (e.calls === null) {
      calls = newNone();
    } else {
      const subs: PyObject[] = [];
      for (const s of e.calls.values()) {
        s.callee.user.rc++;
        subs.push(newStructSeq(SubEntryType, [s.callee.user, newIntValue(s.callcount), newIntValue(s.reccallcount),
          newFloat(factor * s.tt), newFloat(factor * s.it)]));
      }
      calls = newList(subs);
    }
    e.user.rc++;
    out.items.push(newStructSeq(EntryType, [e.user, newIntValue(e.callcount), newIntValue(e.reccallcount),
      newFloat(factor * e.tt), newFloat(factor * e.it), calls]));
  }
  return out;
}

let typesReady = false;

function initProfilerType(): void {
  const T = ProfilerType;
  T.doc = 'Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n' +
    'A deterministic profiler; timer, when given, is called for the time (seconds as a float,\n' +
    'or integer units of timeunit seconds).';
  T.jsClass = PyProfiler as unknown as new (type: PyType) => PyObject;
  T.new_ = (type) => {
    const t = type as PyType;
    return t.heapType ? allocInstance(t) : new PyProfiler(t);
  };
  T.init = (o, args, kwnames) => {
    const p = asProfiler(o, '__init__');
    const [timer, timeunit, subcalls, builtins] = bindPyArgs(INIT_SIGNATURE, args, kwnames);
    setFlags(p, subcalls === null ? 1 : flagArg(subcalls), builtins === null ? 1 : flagArg(builtins));
    p.timeunit = timeunit === null ? 0 : asDouble(timeunit);
    const old = p.timer;
    if (timer !== null) timer.rc++;
    p.timer = timer;
    xdecref(old);
  };
  T.dealloc = (o) => {
    const p = o as PyProfiler;
    p.flushUnmatched();
    p.clearEntries();
    const t = p.timer;
    p.timer = null;
    xdecref(t);
  };
  T.traverse = (o, visit) => {
    const t = (o as PyProfiler).timer;
    if (t !== null) visit(t);
  };
  defMethod(T, 'enable', (s, a, k) => {
    const p = asProfiler(s, 'enable');
    const [subcalls, builtins] = bindPyArgs(ENABLE_SIGNATURE, a, k);
    setFlags(p, flagArg(subcalls), flagArg(builtins));
    // One profile function per thread, holding a reference to its profiler:
    // enabling this one replaces any other.
    const old = ts.profiler;
    if (old !== p) {
      p.rc++;
      ts.profiler = p;
      if (old instanceof PyProfiler) decref(old);
    }
    return newNone();
  });
  defMethod(T, 'disable', (s, a, k) => {
    checkArgs('disable', a, k, 0, 0);
    disable(asProfiler(s, 'disable'));
    return newNone();
  });
  defMethod(T, 'clear', (s, a, k) => {
    checkArgs('clear', a, k, 0, 0);
    asProfiler(s, 'clear').clearEntries();
    return newNone();
  });
  defMethod(T, 'getstats', (s, a, k) => {
    checkArgs('getstats', a, k, 0, 0);
    return getstats(asProfiler(s, 'getstats'));
  });
  // __new__ and __init__ in the type's dict: what a subclass (cProfile.Profile) finds and inherits.
  exposeSlots(T);
  exposeNew(T);
}

export function initLsprof(m: PyModule): void {
  if (!typesReady) {
    initProfilerType();
    typesReady = true;
  }
  const doc = newStr('Fast profiler');
  m.set('__doc__', doc);
  decref(doc);
  m.set('Profiler', ProfilerType);
  m.set('profiler_entry', EntryType);
  m.set('profiler_subentry', SubEntryType);
}
