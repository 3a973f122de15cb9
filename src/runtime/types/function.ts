// Code objects, functions and cells (Objects/codeobject.c, funcobject.c, cellobject.c).
//
// A code object holds the JS function the compiler generated for it. That
// function takes the function object and then one parameter per argument
// slot (positional, keyword-only, *args, **kwargs); a call whose arguments
// fit the positional parameters exactly (`code.fast`) jumps straight to it,
// anything else goes through bindArgs, which implements CPython's argument
// binding and its error messages.

import { PyObject, decref, xdecref, releaseAll } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyDict, newDict, dictSet, lookup } from './dict.js';
import { PyStr, internStr } from './str.js';
import { hashOf } from '../abstract.js';
import { typeError } from '../errors.js';

export const CodeType = builtinType('code', ObjectType, { basicsize: 176, baseType: false });
export const FunctionType = builtinType('function', ObjectType, { basicsize: 160, gc: true, baseType: false, hasDict: true });
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
  /** Set by the compiler once the JS source is compiled. */
  fn: CodeFn = null as unknown as CodeFn;
  /** The positional arity that takes the direct path, or -1. */
  fast = -1;
  /** Source positions: 4 ints per position index (lineno, end_lineno, col, end_col; -1 unknown). */
  positions: Int32Array = new Int32Array(0);
  /** Constants the generated code refers to (owned). */
  consts: PyObject[] = [];
  /** Nested code objects. */
  children: PyCode[] = [];
  jsSource = '';
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
  }
  /** The number of JS parameters after F. */
  get nparams(): number {
    return this.argcount + this.kwonlyargcount + (this.flags & CO_VARARGS ? 1 : 0) + (this.flags & CO_VARKEYWORDS ? 1 : 0);
  }
}

export class PyCell extends PyObject {
  constructor(public ref: PyObject | null) {
    super(CellType);
  }
}
CellType.dealloc = (o) => xdecref((o as PyCell).ref);

export class PyFunction extends PyObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  doc: PyObject | null = null;
  annotations: PyObject | null = null;
  module: PyObject | null = null;
  dict: PyDict | null = null;
  name: PyStr;
  qualname: PyStr;
  constructor(public code: PyCode, public globals: PyDict, public builtins: PyDict) {
    super(FunctionType);
    this.name = internStr(code.name);
    this.qualname = internStr(code.qualname);
  }
}

FunctionType.dealloc = (o) => {
  const f = o as PyFunction;
  decref(f.code);
  decref(f.globals);
  decref(f.builtins);
  decref(f.name);
  decref(f.qualname);
  xdecref(f.defaults);
  xdecref(f.kwdefaults);
  if (f.closure) releaseAll(f.closure);
  xdecref(f.doc);
  xdecref(f.annotations);
  xdecref(f.module);
  xdecref(f.dict);
};

/** Call a Python function with owned arguments (the CALL opcode's convention: the callee steals them). */
export function callFunctionOwned(f: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const code = f.code;
  if (kwnames === null && args.length === code.fast) {
    switch (args.length) {
      case 0: return code.fn(f);
      case 1: return code.fn(f, args[0]);
      case 2: return code.fn(f, args[0], args[1]);
      case 3: return code.fn(f, args[0], args[1], args[2]);
      default: return code.fn(f, ...args);
    }
  }
  return code.fn(f, ...bindArgs(f, args, kwnames));
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
          if (j >= 0 && j < code.posonlyargcount) {
            throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${kw}'`);
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
      if (ix >= 0) d = f.kwdefaults.vals[ix];
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
