// The _line_profiler module: line_profiler's compiled core (its
// _line_profiler.pyx), the base class of line_profiler.LineProfiler.
//
// It is a trace function (trace.ts) that times, for the code objects
// registered with add_function, the interval from each line event to the
// frame's next line or return event and charges it to the line, with one hit:
// the hits are the line events the interpreter delivers, and the times are
// integer ticks of a microsecond clock (timer_unit 1e-06).

import { PyObject, decref, xdecref } from '../runtime/object.js';
import { PyType, builtinType, ObjectType } from '../runtime/type.js';
import * as ab from '../runtime/abstract.js';
import { checkArgs } from '../runtime/types/builtinfunc.js';
import { newStr, internStr } from '../runtime/types/str.js';
import { newInt } from '../runtime/types/int.js';
import { PyFloat } from '../runtime/types/float.js';
import { newNone } from '../runtime/types/none.js';
import { newTuple } from '../runtime/types/tuple.js';
import { PyList, newList, listAppend } from '../runtime/types/list.js';
import { PyDict, newDict, dictSet } from '../runtime/types/dict.js';
import { PyCode } from '../runtime/types/function.js';
import { defMethod, exposeSlots, allocInstance } from '../runtime/types/typeobject.js';
import { defMember } from '../runtime/types/method.js';
import { typeError } from '../runtime/errors.js';
import { setTrace, tr, TRACE_LINE, TRACE_RETURN, type TraceFunc } from '../runtime/trace.js';
import type { PyFrame } from '../runtime/types/frame.js';
import type { PyModule } from '../runtime/types/module.js';

export const LineProfilerType = builtinType('LineProfiler', ObjectType, { basicsize: 80, gc: true, hasDict: true, hasWeakref: true });
LineProfilerType.module = 'line_profiler._line_profiler';

interface LineTime {
  nhits: number;
  time: number;
}

class PyLineProfiler extends PyObject {
  /** Per registered code object: its lines' hits and times. */
  codeMap = new Map<PyCode, Map<number, LineTime>>();
  /** Per code object with a frame running: the line it is on and since when. */
  lastTime = new Map<PyCode, { line: number; t: number }>();
  /** The functions added (owned), in order: the `functions` attribute. */
  functions: PyList = newList([]);
  enableCount = 0;
  dict: PyDict | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

/** The timer: microseconds, as an integer tick count. `performance` is read at each call: touching it loads Node's perf_hooks, which start-up should not pay for. */
function ticks(): number {
  return Math.floor(globalThis.performance.now() * 1000);
}

const traceCallback: TraceFunc = (obj, fr: PyFrame, what) => {
  if (what !== TRACE_LINE && what !== TRACE_RETURN) return;
  const p = obj as PyLineProfiler;
  const code = fr.code;
  const lines = p.codeMap.get(code);
  if (lines === undefined) return;
  const now = ticks();
  const last = p.lastTime.get(code);
  if (last !== undefined) {
    let e = lines.get(last.line);
    if (e === undefined) lines.set(last.line, (e = { nhits: 0, time: 0 }));
    e.nhits++;
    e.time += now - last.t;
  }
  if (what === TRACE_LINE) p.lastTime.set(code, { line: fr.lineno, t: ticks() });
  else p.lastTime.delete(code);
};

function enable(p: PyLineProfiler): void {
  setTrace(traceCallback, p);
}

function disable(p: PyLineProfiler): void {
  p.lastTime.clear();
  if (tr.traceObj === p) setTrace(null, null);
}

/** Register f's code object (f borrowed). */
function addFunction(p: PyLineProfiler, f: PyObject): void {
  const name = internStr('__code__');
  let code: PyObject;
  try {
    code = ab.getattr(f, name);
  } catch (e) {
    decref(e as PyObject);
    throw typeError(`Could not extract a code object for the object ${ab.reprJS(f)}`);
  } finally {
    decref(name);
  }
  try {
    if (!(code instanceof PyCode)) throw typeError(`Could not extract a code object for the object ${ab.reprJS(f)}`);
    if (!p.codeMap.has(code)) {
      // The code object stays alive through the function the list holds.
      p.codeMap.set(code, new Map());
      listAppend(p.functions, f);
    }
  } finally {
    decref(code);
  }
}

function initType(): void {
  const T = LineProfilerType;
  T.jsClass = PyLineProfiler as unknown as new (type: PyType) => PyObject;
  T.new_ = (type) => allocInstance(type as PyType);
  T.init = (s, a, k) => {
    if (k !== null && k.length > 0) throw typeError('LineProfiler() takes no keyword arguments');
    // LineProfiler(*functions): each is added.
    for (const f of a) addFunction(s as PyLineProfiler, f);
  };
  T.dealloc = (o) => {
    const p = o as PyLineProfiler;
    disable(p);
    const refs = [p.functions, p.dict];
    p.dict = null;
    for (const x of refs) xdecref(x);
  };
  T.traverse = (o, visit) => {
    const p = o as PyLineProfiler;
    visit(p.functions);
    if (p.dict !== null) visit(p.dict);
  };
  const self = (o: PyObject) => o as PyLineProfiler;
  defMethod(T, 'add_function', (s, a, k) => {
    checkArgs('add_function', a, k, 1, 1);
    addFunction(self(s), a[0]);
    return newNone();
  });
  defMethod(T, 'enable_by_count', (s, a, k) => {
    checkArgs('enable_by_count', a, k, 0, 0);
    const p = self(s);
    if (p.enableCount === 0) enable(p);
    p.enableCount++;
    return newNone();
  });
  defMethod(T, 'disable_by_count', (s, a, k) => {
    checkArgs('disable_by_count', a, k, 0, 0);
    const p = self(s);
    if (p.enableCount > 0) {
      p.enableCount--;
      if (p.enableCount === 0) disable(p);
    }
    return newNone();
  });
  defMethod(T, 'enable', (s, a, k) => {
    checkArgs('enable', a, k, 0, 0);
    enable(self(s));
    return newNone();
  });
  defMethod(T, 'disable', (s, a, k) => {
    checkArgs('disable', a, k, 0, 0);
    disable(self(s));
    return newNone();
  });
  defMethod(T, '_raw_timings', (s, a, k) => {
    // {(filename, first line, name): [(line, hits, time), ...] sorted}: the timings of get_stats().
    checkArgs('_raw_timings', a, k, 0, 0);
    const d = newDict();
    for (const [code, lines] of self(s).codeMap) {
      const key = newTuple([newStr(code.filename), newInt(code.firstlineno), internStr(code.name)]);
      const rows = [...lines.entries()].sort((x, y) => x[0] - y[0])
        .map(([line, e]) => newTuple([newInt(line), newInt(e.nhits), newInt(e.time)]));
      const v = newList(rows);
      dictSet(d, key, v);
      decref(key);
      decref(v);
    }
    return d;
  });
  defMember(T, 'functions', (o) => (self(o).functions.rc++, self(o).functions));
  defMember(T, 'enable_count', (o) => newInt(self(o).enableCount));
  defMember(T, 'timer_unit', () => new PyFloat(1e-6));
  defMember(T, 'code_map', (o) => {
    const d = newDict();
    for (const [code, lines] of self(o).codeMap) {
      const inner = newDict();
      for (const [line, e] of lines) {
        const k = newInt(line);
        const v = newTuple([newInt(e.nhits), newInt(e.time)]);
        dictSet(inner, k, v);
        decref(k);
        decref(v);
      }
      dictSet(d, code, inner);
      decref(inner);
    }
    return d;
  });
  exposeSlots(T);
}

export function initLineProfiler(m: PyModule): void {
  initType();
  m.set('LineProfiler', LineProfilerType);
}
