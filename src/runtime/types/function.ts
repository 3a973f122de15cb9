// Code objects, functions and cells (Objects/codeobject.c, funcobject.c, cellobject.c).
//
// A code object holds the JS function the compiler generated for it. That
// function takes the function object and then one parameter per argument
// slot (positional, keyword-only, *args, **kwargs); a call whose arguments
// fit the positional parameters exactly (`code.fast`) jumps straight to it,
// anything else goes through bindArgs, which implements CPython's argument
// binding and its error messages.

import { PyObject, objectAllocated, decref, xdecref, releaseAll } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyTuple, newTuple, TupleType } from './tuple.js';
import { gcVirtualAlloc, gcVirtualFree } from '../gc.js';
import { PyDict, newDict, dictSet, dictGetStr, lookup, dictValueAt } from './dict.js';
import { PyStr, internStr, newStr } from './str.js';
import { newInt, unpackArgs } from './int.js';
import { None, NotImplemented, newNone } from './none.js';
import { newBool } from './bool.js';
import { newList } from './list.js';
import { PyModule } from './module.js';
import { ts } from './frame.js';
import { checkArgs } from './builtinfunc.js';
import { defGetSet, defMethod, exposeSlots, hashNotImplemented } from './typeobject.js';
import { newMethod, defMember } from './method.js';
import { addressHex } from '../heap.js';
import { hashOf, richCompare, getIter, Op } from '../abstract.js';
import { typeError, valueError } from '../errors.js';
import { callResult } from '../excresult.js';

export const CodeType = builtinType('code', ObjectType, { basicsize: 184, itemsize: 2, baseType: false });
export const FunctionType = builtinType('function', ObjectType, { basicsize: 136, gc: true, baseType: false, hasDict: true });
export const CellType = builtinType('cell', ObjectType, { basicsize: 24, gc: true, baseType: false });

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;

export type CodeFn = (F: PyFunction, ...params: (PyObject | null)[]) => PyObject;

export class PyCode extends PyObject {
  /**
   * Set by the compiler once the JS source is compiled. A function's code
   * may return EXC instead of throwing (excresult.ts): every call goes through
   * callResult, or tests for EXC itself (rt's E call forms).
   */
  fn: CodeFn = null as unknown as CodeFn;
  /** The positional arity that takes the direct path, or -1. */
  fast = -1;
  /** Source positions: 4 ints per position index (lineno, end_lineno, col, end_col; -1 unknown). */
  positions: Int32Array = new Int32Array(0);
  /** Constants the generated code refers to (owned). */
  consts: PyObject[] = [];
  /** Nested code objects. */
  children: PyCode[] = [];
  /** co_name and co_qualname as interned str objects (owned): CPython's code object holds them from its creation, so the functions made from it allocate no names. */
  nameObj: PyStr;
  qualnameObj: PyStr;
  jsSource = '';
  /** co_stacksize: the value stack CPython's compiler sizes for this code (compile/stackdepth.ts). */
  stacksize = 0;
  private slots = -1;
  /** The entry of the cProfile profiler that saw this code last (_lsprof.ts), so that a call finds it without a lookup. */
  profEntry: object | null = null;
  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstlineno: number,
    public argcount: number,
    public posonlyargcount: number,
    public kwonlyargcount: number,
    public flags: number,
    /** Local variable names; the first ones are the parameters. */
    public varnames: string[],
    public cellvars: string[],
    public freevars: string[],
  ) {
    super(CodeType);
    this.nameObj = internStr(name);
    this.qualnameObj = internStr(qualname);
  }
  /**
   * co_nlocalsplus + co_stacksize: the pointers a frame of this code holds
   * after its header (locals, cells that are not arguments, free variables,
   * value stack), which its __sizeof__ and a generator's block count.
   */
  get frameSlots(): number {
    if (this.slots < 0) {
      const cells = this.cellvars.filter((c) => !this.varnames.includes(c)).length;
      this.slots = this.varnames.length + cells + this.freevars.length + this.stacksize;
    }
    return this.slots;
  }
  /** The number of JS parameters after F. */
  get nparams(): number {
    return this.argcount + this.kwonlyargcount + (this.flags & CO_VARARGS ? 1 : 0) + (this.flags & CO_VARKEYWORDS ? 1 : 0);
  }
}

export class PyCell extends PyObject {
  ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = CellType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, CellType);
    this.ref = ref;
  }
}
CellType.dealloc = (o) => xdecref((o as PyCell).ref);
CellType.traverse = (o, visit) => {
  const r = (o as PyCell).ref;
  if (r !== null) visit(r);
};
CellType.clear = (o) => {
  const c = o as PyCell;
  const r = c.ref;
  c.ref = null;
  xdecref(r);
};

export class PyFunction extends PyObject {
  defaults: PyTuple | null;
  kwdefaults: PyDict | null;
  closure: PyCell[] | null;
  doc: PyObject | null;
  annotations: PyObject | null;
  module: PyObject | null;
  dict: PyDict | null;
  name: PyStr;
  qualname: PyStr;
  code: PyCode;
  globals: PyDict;
  builtins: PyDict;
  constructor(code: PyCode, globals: PyDict, builtins: PyDict) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = FunctionType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, FunctionType);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = null;
    this.annotations = null;
    this.module = null;
    this.dict = null;
    const n = code.nameObj;
    const q = code.qualnameObj;
    n.rc++;
    q.rc++;
    this.name = n;
    this.qualname = q;
  }
}

FunctionType.dealloc = (o) => {
  const f = o as PyFunction;
  decref(f.code);
  xdecref(f.globals);
  xdecref(f.builtins);
  decref(f.name);
  decref(f.qualname);
  xdecref(f.defaults);
  xdecref(f.kwdefaults);
  if (f.closure) releaseClosure(f);
  xdecref(f.doc);
  xdecref(f.annotations);
  xdecref(f.module);
  xdecref(f.dict);
};

/** CPython keeps the cells in a tuple (func_closure), a GC object of its own. */
function releaseClosure(f: PyFunction): void {
  const c = f.closure!;
  f.closure = null;
  gcVirtualFree(TupleType, c.length);
  releaseAll(c);
}

/** func_traverse, in CPython's order (the closure tuple's cells in its place). */
FunctionType.traverse = (o, visit) => {
  const f = o as PyFunction;
  visit(f.code);
  if (f.globals) visit(f.globals);
  if (f.builtins) visit(f.builtins);
  if (f.module) visit(f.module);
  if (f.defaults) visit(f.defaults);
  if (f.kwdefaults) visit(f.kwdefaults);
  if (f.doc) visit(f.doc);
  visit(f.name);
  if (f.dict) visit(f.dict);
  if (f.closure) for (const c of f.closure) visit(c);
  if (f.annotations) visit(f.annotations);
  visit(f.qualname);
};

/** func_clear: everything but the code and the names. */
FunctionType.clear = (o) => {
  const f = o as PyFunction;
  const refs = [f.globals, f.builtins, f.module, f.defaults, f.kwdefaults, f.doc, f.dict];
  f.globals = null as unknown as PyDict;
  f.builtins = null as unknown as PyDict;
  f.module = null;
  f.defaults = null;
  f.kwdefaults = null;
  f.doc = null;
  f.dict = null;
  for (const r of refs) xdecref(r);
  if (f.closure) releaseClosure(f);
  const a = f.annotations;
  f.annotations = null;
  xdecref(a);
};

/** Call a Python function with owned arguments (the CALL opcode's convention: the callee steals them). */
export function callFunctionOwned(f: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const code = f.code;
  if (kwnames === null && args.length === code.fast) {
    switch (args.length) {
      case 0: return callResult(code.fn(f));
      case 1: return callResult(code.fn(f, args[0]));
      case 2: return callResult(code.fn(f, args[0], args[1]));
      case 3: return callResult(code.fn(f, args[0], args[1], args[2]));
      default: return callResult(code.fn(f, ...args));
    }
  }
  return callResult(code.fn(f, ...bindArgs(f, args, kwnames)));
}

/** Call with borrowed arguments (a C caller's convention): the callee's locals take new references. */
export function callFunctionBorrowed(f: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  for (let i = 0; i < args.length; i++) args[i].rc++;
  return callFunctionOwned(f, args, kwnames);
}

/** Distribute owned arguments over the parameters as CPython's initialize_locals does. */
export function bindArgs(f: PyFunction, args: PyObject[], kwnames: string[] | null): (PyObject | null)[] {
  const code = f.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const nparams = code.nparams;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  const out: (PyObject | null)[] = new Array(nparams).fill(null);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  const name = f.qualname.v;
  let kwdict: PyDict | null = null;
  // How many leading args were moved into `out` or the varargs tuple, and which keyword values were.
  let placedPos = 0;
  const placedKw: boolean[] = [];
  if (hasVarkw) {
    kwdict = newDict();
    out[argcount + kwonly + (hasVarargs ? 1 : 0)] = kwdict;
  }
  try {
    const n = Math.min(npos, argcount);
    for (let i = 0; i < n; i++) out[i] = args[i];
    placedPos = n;
    if (hasVarargs) {
      out[argcount + kwonly] = newTuple(args.slice(n, npos));
      placedPos = npos;
    } else if (npos > argcount) {
      throw tooManyPositional(f, npos, kwnames);
    }
    if (kwnames !== null) {
      for (let k = 0; k < kwnames.length; k++) {
        const kw = kwnames[k];
        const value = args[npos + k];
        const j = code.varnames.indexOf(kw);
        if (j >= code.posonlyargcount && j < argcount + kwonly) {
          if (out[j] !== null) throw typeError(`${name}() got multiple values for argument '${kw}'`);
          out[j] = value;
          placedKw[k] = true;
          continue;
        }
        if (kwdict === null) {
          // All the positional-only parameters given by keyword are named, in parameter order.
          const posonly = code.varnames.slice(0, code.posonlyargcount).filter((n) => kwnames.includes(n));
          if (posonly.length > 0) {
            throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
          }
          throw typeError(`${name}() got an unexpected keyword argument '${kw}'`);
        }
        const key = internStr(kw);
        if (lookup(kwdict, key, hashOf(key)) >= 0) {
          decref(key);
          throw typeError(`${name}() got multiple values for keyword argument '${kw}'`);
        }
        dictSet(kwdict, key, value);
        decref(key);
        decref(value);
        placedKw[k] = true;
      }
    }
    fillDefaults(f, out, npos);
  } catch (e) {
    // Placed arguments are released with `out`; the rest directly.
    for (let i = placedPos; i < npos; i++) decref(args[i]);
    for (let k = 0; kwnames !== null && k < kwnames.length; k++) if (!placedKw[k]) decref(args[npos + k]);
    for (const o of out) if (o !== null) decref(o);
    throw e;
  }
  return out;
}

function fillDefaults(f: PyFunction, out: (PyObject | null)[], npos: number): void {
  const code = f.code;
  const argcount = code.argcount;
  const defaults = f.defaults === null ? [] : f.defaults.items;
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let i = npos; i < argcount; i++) {
    if (out[i] !== null) continue;
    if (i >= firstDefault) {
      const d = defaults[i - firstDefault];
      d.rc++;
      out[i] = d;
    } else {
      missing.push(code.varnames[i]);
    }
  }
  if (missing.length > 0) throw missingArgs(f, missing, 'positional');
  for (let i = argcount; i < argcount + code.kwonlyargcount; i++) {
    if (out[i] !== null) continue;
    const name = code.varnames[i];
    let d: PyObject | null = null;
    if (f.kwdefaults !== null) {
      const key = internStr(name);
      const ix = lookup(f.kwdefaults, key, hashOf(key));
      decref(key);
      if (ix >= 0) d = dictValueAt(f.kwdefaults, ix);
    }
    if (d !== null) {
      d.rc++;
      out[i] = d;
    } else {
      missing.push(name);
    }
  }
  if (missing.length > 0) throw missingArgs(f, missing, 'keyword-only');
}

function missingArgs(f: PyFunction, names: string[], kind: string): PyObject {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const s = names.length === 1 ? '' : 's';
  return typeError(`${f.qualname.v}() missing ${names.length} required ${kind} argument${s}: ${list}`);
}

function tooManyPositional(f: PyFunction, given: number, kwnames: string[] | null): PyObject {
  const code = f.code;
  const argcount = code.argcount;
  const ndefaults = f.defaults === null ? 0 : f.defaults.items.length;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const k of kwnames) {
      const j = code.varnames.indexOf(k);
      if (j >= argcount && j < argcount + code.kwonlyargcount) kwonlyGiven++;
    }
  }
  const takes = ndefaults > 0
    ? `from ${argcount - ndefaults} to ${argcount} positional arguments`
    : `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
  let was = `${given} ${given === 1 ? 'was' : 'were'} given`;
  if (kwonlyGiven > 0) {
    was = `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`;
  }
  return typeError(`${f.qualname.v}() takes ${takes} but ${was}`);
}

// ---------------------------------------------------------------- Python-visible attributes and slots

const inc = <T extends PyObject>(o: T): T => {
  o.rc++;
  return o;
};

const xinc = (o: PyObject | null): PyObject | null => {
  if (o !== null) o.rc++;
  return o;
};

/** A field that is an optional reference (func_defaults, func_doc, ...): replace it, taking a reference to v. */
function replaceRef<K extends string>(o: Record<K, PyObject | null>, key: K, v: PyObject | null): void {
  const old = o[key];
  o[key] = v === null ? null : inc(v);
  xdecref(old);
}

function setNameField(f: PyFunction, key: 'name' | 'qualname', v: PyObject | null): void {
  if (!(v instanceof PyStr)) throw typeError(`__${key}__ must be set to a string object`);
  const old = f[key];
  f[key] = inc(v);
  decref(old);
}

function strTuple(names: string[]): PyTuple {
  return newTuple(names.map((n) => internStr(n)));
}

/** -1 in the position table means "unknown": None in co_positions(). */
function posInt(v: number): PyObject {
  return v < 0 ? newNone() : newInt(v);
}

/**
 * co_lines(): (start, end, line) ranges of code offsets. pyheap's positions are
 * per instrumented operation, not per bytecode; each counts as one 2-byte code
 * unit, and consecutive operations on one line merge into one range as CPython's do.
 */
function codeLines(c: PyCode): PyObject[] {
  const out: PyObject[] = [];
  const pos = c.positions;
  const n = pos.length >> 2;
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && pos[i * 4] === pos[start * 4]) continue;
    const line = pos[start * 4];
    out.push(newTuple([newInt(start * 2), newInt(i * 2), posInt(line)]));
    start = i;
  }
  return out;
}

function codePositions(c: PyCode): PyObject[] {
  const out: PyObject[] = [];
  const pos = c.positions;
  for (let i = 0; i < pos.length; i += 4) {
    out.push(newTuple([posInt(pos[i]), posInt(pos[i + 1]), posInt(pos[i + 2]), posInt(pos[i + 3])]));
  }
  return out;
}

/** An iterator over new references (the list it walks dies with it). */
function iterOver(items: PyObject[]): PyObject {
  const l = newList(items);
  try {
    return getIter(l);
  } finally {
    decref(l);
  }
}

/** The builtins a new function of these globals sees (_PyEval_BuiltinsFromGlobals). */
function builtinsOf(globals: PyDict): PyDict {
  const k = internStr('__builtins__');
  const b = dictGetStr(globals, k);
  decref(k);
  if (b instanceof PyModule) return inc(b.dict);
  if (b instanceof PyDict) return inc(b);
  const fr = ts.frame;
  if (fr === null) throw valueError('no builtins are available');
  return inc(fr.func.builtins);
}

/** function(code, globals, name=None, argdefs=None, closure=None). */
function functionNew(_t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [code, globals, name, argdefs, closure] = unpackArgs('function', args, kwnames,
    ['code', 'globals', 'name', 'argdefs', 'closure'], 0, 5, 2);
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${code!.type.name}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${globals!.type.name}`);
  if (name !== null && name !== None && !(name instanceof PyStr)) throw typeError('arg 3 (name) must be None or string');
  if (argdefs !== null && argdefs !== None && !(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  const nfree = code.freevars.length;
  let cells: PyCell[] | null = null;
  if (nfree === 0) {
    if (closure !== null && closure !== None && !(closure instanceof PyTuple)) throw typeError('arg 5 (closure) must be None or tuple');
  } else {
    if (!(closure instanceof PyTuple)) throw typeError('arg 5 (closure) must be tuple');
    if (closure.items.length !== nfree) {
      throw valueError(`${code.name} requires closure of length ${nfree}, not ${closure.items.length}`);
    }
    for (const c of closure.items) {
      if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${c.type.name}`);
    }
    cells = (closure.items as PyCell[]).map(inc);
  }
  if (cells !== null) gcVirtualAlloc(TupleType, cells.length);
  const f = new PyFunction(inc(code), inc(globals), builtinsOf(globals));
  f.closure = cells;
  if (name instanceof PyStr) setNameField(f, 'name', name);
  if (argdefs instanceof PyTuple) f.defaults = inc(argdefs);
  const k = internStr('__name__');
  const mod = dictGetStr(globals, k);
  decref(k);
  if (mod !== null) f.module = inc(mod);
  return f;
}

function cellRepr(o: PyObject): PyObject {
  const v = (o as PyCell).ref;
  if (v === null) return newStr(`<cell at ${addressHex(o)}: empty>`);
  return newStr(`<cell at ${addressHex(o)}: ${v.type.name} object at ${addressHex(v)}>`);
}

/** Cells compare by contents; an empty cell is less than a full one (cell_richcompare). */
function cellCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(a instanceof PyCell) || !(b instanceof PyCell)) return inc(NotImplemented);
  const x = a.ref;
  const y = b.ref;
  if (x !== null && y !== null) return richCompare(x, y, op);
  const l = y === null ? 1 : 0;
  const r = x === null ? 1 : 0;
  const res = [l < r, l <= r, l === r, l !== r, l > r, l >= r][op];
  return newBool(res);
}

export function initFunction(): void {
  const F = FunctionType;
  F.repr = (o) => newStr(`<function ${(o as PyFunction).qualname.v} at ${addressHex(o)}>`);
  F.call = (f, args, kw) => callFunctionBorrowed(f as PyFunction, args, kw);
  // A function in a class is a method of its instances; looked up on the class it is itself.
  F.descrGet = (f, obj) => (obj === null ? inc(f) : newMethod(f, obj));
  F.new_ = functionNew;
  defGetSet(F, '__code__', (o) => inc((o as PyFunction).code), (o, v) => {
    const f = o as PyFunction;
    if (!(v instanceof PyCode)) throw typeError('__code__ must be set to a code object');
    const nclosure = f.closure === null ? 0 : f.closure.length;
    if (v.freevars.length !== nclosure) {
      throw valueError(`${f.name.v}() requires a code object with ${nclosure} free vars, not ${v.freevars.length}`);
    }
    const old = f.code;
    f.code = inc(v);
    decref(old);
  });
  defGetSet(F, '__defaults__', (o) => inc((o as PyFunction).defaults ?? None), (o, v) => {
    if (v !== null && v !== None && !(v instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
    replaceRef(o as PyFunction, 'defaults', v === None ? null : v);
  });
  defGetSet(F, '__kwdefaults__', (o) => inc((o as PyFunction).kwdefaults ?? None), (o, v) => {
    if (v !== null && v !== None && !(v instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
    replaceRef(o as PyFunction, 'kwdefaults', v === None ? null : v);
  });
  defGetSet(F, '__annotations__', (o) => {
    const f = o as PyFunction;
    // Created on first access, as func_get_annotations does.
    if (f.annotations === null) f.annotations = newDict();
    return inc(f.annotations);
  }, (o, v) => {
    if (v === None) v = null;
    if (v !== null && !(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
    replaceRef(o as PyFunction, 'annotations', v);
  });
  defGetSet(F, '__dict__', (o) => {
    const f = o as PyFunction;
    if (f.dict === null) f.dict = newDict();
    return inc(f.dict);
  }, (o, v) => {
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    replaceRef(o as PyFunction, 'dict', v);
  });
  defGetSet(F, '__name__', (o) => inc((o as PyFunction).name), (o, v) => setNameField(o as PyFunction, 'name', v));
  defGetSet(F, '__qualname__', (o) => inc((o as PyFunction).qualname), (o, v) => setNameField(o as PyFunction, 'qualname', v));
  defMember(F, '__doc__', (o) => xinc((o as PyFunction).doc), (o, v) => replaceRef(o as PyFunction, 'doc', v));
  defMember(F, '__module__', (o) => xinc((o as PyFunction).module), (o, v) => replaceRef(o as PyFunction, 'module', v));
  defMember(F, '__globals__', (o) => inc((o as PyFunction).globals));
  defMember(F, '__builtins__', (o) => inc((o as PyFunction).builtins));
  defMember(F, '__closure__', (o) => {
    const c = (o as PyFunction).closure;
    return c === null ? null : newTuple(c.map(inc));
  });
  exposeSlots(F);

  const C = CodeType;
  C.repr = (o) => {
    const c = o as PyCode;
    return newStr(`<code object ${c.name} at ${addressHex(o)}, file "${c.filename}", line ${c.firstlineno}>`);
  };
  const codeAttr = (name: string, get: (c: PyCode) => PyObject) => defMember(C, name, (o) => get(o as PyCode));
  codeAttr('co_name', (c) => internStr(c.name));
  codeAttr('co_qualname', (c) => internStr(c.qualname));
  codeAttr('co_filename', (c) => newStr(c.filename));
  codeAttr('co_firstlineno', (c) => newInt(c.firstlineno));
  codeAttr('co_argcount', (c) => newInt(c.argcount));
  codeAttr('co_posonlyargcount', (c) => newInt(c.posonlyargcount));
  codeAttr('co_kwonlyargcount', (c) => newInt(c.kwonlyargcount));
  codeAttr('co_flags', (c) => newInt(c.flags));
  codeAttr('co_nlocals', (c) => newInt(c.varnames.length));
  codeAttr('co_stacksize', (c) => newInt(c.stacksize));
  codeAttr('co_varnames', (c) => strTuple(c.varnames));
  codeAttr('co_cellvars', (c) => strTuple(c.cellvars));
  codeAttr('co_freevars', (c) => strTuple(c.freevars));
  defMethod(C, 'co_lines', (s, a, k) => (checkArgs('code.co_lines', a, k, 0, 0), iterOver(codeLines(s as PyCode))));
  defMethod(C, 'co_positions', (s, a, k) => (checkArgs('code.co_positions', a, k, 0, 0), iterOver(codePositions(s as PyCode))));
  exposeSlots(C);

  const L = CellType;
  L.repr = cellRepr;
  L.richcompare = cellCompare;
  L.hash = hashNotImplemented;
  L.new_ = (_t, a, k) => {
    checkArgs('cell', a, k, 0, 1);
    return new PyCell(a.length > 0 ? inc(a[0]) : null);
  };
  defGetSet(L, 'cell_contents', (o) => {
    const v = (o as PyCell).ref;
    if (v === null) throw valueError('Cell is empty');
    return inc(v);
  }, (o, v) => replaceRef(o as PyCell, 'ref', v));
  exposeSlots(L);
  // Cells define comparisons but no hash: unhashable, as a class defining __eq__ alone.
  L.attrs.set('__hash__', newNone());
}

