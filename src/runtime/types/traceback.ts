// Traceback objects (Python/traceback.c): one entry per frame an exception
// passed through, newest frame last in the tb_next chain.

import { PyObject, objectAllocated, decref, xdecref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyFrame } from './frame.js';
import { newInt, unpackArgs } from './int.js';
import { None, newNone } from './none.js';
import { defGetSet, exposeSlots } from './typeobject.js';
import { defMember } from './method.js';
import { indexValue } from '../abstract.js';
import { typeError, valueError, overflowError } from '../errors.js';

export const TracebackType = builtinType('traceback', ObjectType, { basicsize: 40, gc: true, baseType: false });

export class PyTraceback extends PyObject {
  /** tb_lasti and tb_lineno given to TracebackType(...); null: computed from the position. */
  given: { lasti: number; lineno: number } | null;
  next: PyTraceback | null;
  frame: PyFrame;
  /** position index */
  p: number;
  constructor(next: PyTraceback | null, frame: PyFrame, p: number) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = TracebackType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, TracebackType);
    this.next = next;
    this.frame = frame;
    this.p = p;
    this.given = null;
  }
  get lineno(): number {
    if (this.given !== null) return this.given.lineno;
    if (this.p < 0) return this.frame.code.firstlineno;
    return this.frame.code.positions[this.p * 4];
  }
  /** pyheap counts operations, not bytecode: each is one 2-byte code unit. */
  get lasti(): number {
    if (this.given !== null) return this.given.lasti;
    return this.p < 0 ? -1 : this.p * 2;
  }
}

TracebackType.dealloc = (o) => {
  const t = o as PyTraceback;
  xdecref(t.next);
  decref(t.frame);
};
// Frames are not tracked (see gc.ts): a traceback's only collectable referent is the next entry.
TracebackType.traverse = (o, visit) => {
  const t = o as PyTraceback;
  if (t.next) visit(t.next);
};

/** A C int argument. */
function intArg(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) throw overflowError('signed integer is greater than maximum');
  return v;
}

/** TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno). */
function tracebackNew(_t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [next, frame, lasti, lineno] = unpackArgs('TracebackType', args, kwnames,
    ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], 0, 4, 4) as PyObject[];
  if (next !== None && !(next instanceof PyTraceback)) {
    throw typeError(`expected traceback object or None, got '${next.type.name}'`);
  }
  if (!(frame instanceof PyFrame)) throw typeError(`TracebackType() argument 'tb_frame' must be frame, not ${frame.type.name}`);
  const given = { lasti: intArg(lasti), lineno: intArg(lineno) };
  if (next !== None) next.rc++;
  frame.rc++;
  const tb = new PyTraceback(next === None ? null : (next as PyTraceback), frame, -1);
  tb.given = given;
  return tb;
}

export function initTraceback(): void {
  const T = TracebackType;
  T.new_ = tracebackNew;
  defMember(T, 'tb_frame', (o) => {
    const f = (o as PyTraceback).frame;
    f.rc++;
    return f;
  });
  defMember(T, 'tb_lasti', (o) => newInt((o as PyTraceback).lasti));
  defGetSet(T, 'tb_next', (o) => {
    const n = (o as PyTraceback).next;
    if (n === null) return newNone();
    n.rc++;
    return n;
  }, (o, v) => {
    if (v === null) throw typeError("can't delete tb_next attribute");
    if (v !== None && !(v instanceof PyTraceback)) throw typeError(`expected traceback object, got '${v.type.name}'`);
    const tb = o as PyTraceback;
    const next = v === None ? null : (v as PyTraceback);
    for (let c = next; c !== null; c = c.next) if (c === tb) throw valueError('traceback loop detected');
    if (next !== null) next.rc++;
    const old = tb.next;
    tb.next = next;
    xdecref(old);
  });
  defGetSet(T, 'tb_lineno', (o) => newInt((o as PyTraceback).lineno));
  exposeSlots(T);
}
