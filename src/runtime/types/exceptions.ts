// The built-in exception hierarchy (Objects/exceptions.c).
//
// An exception instance is thrown as the JS exception itself: a Python
// `raise` is a JS `throw` of the PyBaseException, with no JS stack captured.

import { PyObject, objectAllocated, xdecref, decref } from '../object.js';
import { builtinType, ObjectType, PyType } from '../type.js';
import { PyTuple, newTuple, EMPTY_TUPLE } from './tuple.js';
import { newStr } from './str.js';
import type { PyDict } from './dict.js';

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** __traceback__: a traceback object or null (None). */
  traceback: PyObject | null;
  cause: PyObject | null;
  context: PyObject | null;
  suppressContext: boolean;
  dict: PyDict | null;
  /** The fields of subclasses that CPython keeps in C members (name, obj, errno, ...), owned; absent is NULL. */
  fields: Map<string, PyObject> | null;
  constructor(type: PyType, args: PyTuple = (EMPTY_TUPLE.rc++, EMPTY_TUPLE)) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, type);
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
    this.dict = null;
    this.fields = null;
    this.args = args;
  }
}

const EXC_SIZE = { basicsize: 72, gc: true, hasDict: true };

export const BaseExceptionType = builtinType('BaseException', ObjectType, EXC_SIZE);
BaseExceptionType.jsClass = PyBaseException;

/** Exception types by name, for raise('TypeError', ...) from pure code. */
export const excTypes = new Map<string, PyType>();
excTypes.set('BaseException', BaseExceptionType);

function exc(name: string, base: PyType, extra?: Partial<PyType>): PyType {
  const t = builtinType(name, base, { ...EXC_SIZE, ...extra });
  t.jsClass = PyBaseException;
  excTypes.set(name, t);
  return t;
}

export const BaseExceptionGroupType = exc('BaseExceptionGroup', BaseExceptionType, { basicsize: 88 });
export const ExceptionType = exc('Exception', BaseExceptionType);
export const GeneratorExitType = exc('GeneratorExit', BaseExceptionType);
export const KeyboardInterruptType = exc('KeyboardInterrupt', BaseExceptionType);
export const SystemExitType = exc('SystemExit', BaseExceptionType, { basicsize: 80 });
export const ArithmeticErrorType = exc('ArithmeticError', ExceptionType);
export const FloatingPointErrorType = exc('FloatingPointError', ArithmeticErrorType);
export const OverflowErrorType = exc('OverflowError', ArithmeticErrorType);
export const ZeroDivisionErrorType = exc('ZeroDivisionError', ArithmeticErrorType);
export const AssertionErrorType = exc('AssertionError', ExceptionType);
export const AttributeErrorType = exc('AttributeError', ExceptionType, { basicsize: 88 });
export const BufferErrorType = exc('BufferError', ExceptionType);
export const EOFErrorType = exc('EOFError', ExceptionType);
export const ImportErrorType = exc('ImportError', ExceptionType, { basicsize: 96 });
export const ModuleNotFoundErrorType = exc('ModuleNotFoundError', ImportErrorType, { basicsize: 96 });
export const LookupErrorType = exc('LookupError', ExceptionType);
export const IndexErrorType = exc('IndexError', LookupErrorType);
export const KeyErrorType = exc('KeyError', LookupErrorType);
export const MemoryErrorType = exc('MemoryError', ExceptionType);
export const NameErrorType = exc('NameError', ExceptionType, { basicsize: 80 });
export const UnboundLocalErrorType = exc('UnboundLocalError', NameErrorType, { basicsize: 80 });
export const OSErrorType = exc('OSError', ExceptionType, { basicsize: 112 });
for (const n of ['BlockingIOError', 'ChildProcessError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError']) {
  exc(n, OSErrorType, { basicsize: 112 });
}
export const ConnectionErrorType = exc('ConnectionError', OSErrorType, { basicsize: 112 });
for (const n of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError']) {
  exc(n, ConnectionErrorType, { basicsize: 112 });
}
export const ReferenceErrorType = exc('ReferenceError', ExceptionType);
export const RuntimeErrorType = exc('RuntimeError', ExceptionType);
export const NotImplementedErrorType = exc('NotImplementedError', RuntimeErrorType);
export const RecursionErrorType = exc('RecursionError', RuntimeErrorType);
export const StopAsyncIterationType = exc('StopAsyncIteration', ExceptionType);
export const StopIterationType = exc('StopIteration', ExceptionType, { basicsize: 80 });
export const SyntaxErrorType = exc('SyntaxError', ExceptionType, { basicsize: 136 });
export const IndentationErrorType = exc('IndentationError', SyntaxErrorType, { basicsize: 136 });
export const TabErrorType = exc('TabError', IndentationErrorType, { basicsize: 136 });
export const SystemErrorType = exc('SystemError', ExceptionType);
export const TypeErrorType = exc('TypeError', ExceptionType);
export const ValueErrorType = exc('ValueError', ExceptionType);
export const UnicodeErrorType = exc('UnicodeError', ValueErrorType);
for (const n of ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']) {
  exc(n, UnicodeErrorType, { basicsize: 112 });
}
export const WarningType = exc('Warning', ExceptionType);
for (const n of ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning']) {
  exc(n, WarningType);
}
// ExceptionGroup(BaseExceptionGroup, Exception): the one multiple-inheritance built-in.
export const ExceptionGroupType = exc('ExceptionGroup', BaseExceptionGroupType, { basicsize: 96, hasWeakref: true });
ExceptionGroupType.bases = [BaseExceptionGroupType, ExceptionType];
ExceptionGroupType.mro = [ExceptionGroupType, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType];

/** A new exception instance type(msg) (msg null: no arguments). */
export function newException(type: PyType, msg: string | null): PyBaseException {
  const args = msg === null ? (EMPTY_TUPLE.rc++, EMPTY_TUPLE) : newTuple([newStr(msg)]);
  return new PyBaseException(type, args);
}

/** A new exception instance type(*args) taking ownership of args. */
export function newExceptionArgs(type: PyType, args: PyObject[]): PyBaseException {
  return new PyBaseException(type, newTuple(args));
}

BaseExceptionType.dealloc = (o) => {
  const e = o as PyBaseException;
  xdecref(e.args);
  xdecref(e.traceback);
  xdecref(e.cause);
  xdecref(e.context);
  xdecref(e.dict);
  if (e.fields !== null) {
    const f = e.fields;
    e.fields = null;
    for (const v of f.values()) decref(v);
  }
};
BaseExceptionType.traverse = (o, visit) => {
  const e = o as PyBaseException;
  if (e.dict) visit(e.dict);
  if (e.args) visit(e.args);
  if (e.traceback) visit(e.traceback);
  if (e.cause) visit(e.cause);
  if (e.context) visit(e.context);
};
/** BaseException_clear: the dict, args, traceback, cause and context. */
BaseExceptionType.clear = (o) => {
  const e = o as PyBaseException;
  const refs = [e.dict, e.args, e.traceback, e.cause, e.context];
  e.dict = null;
  e.args = null as unknown as PyTuple;
  e.traceback = null;
  e.cause = null;
  e.context = null;
  for (const r of refs) xdecref(r);
};

/** Set (v owned) or clear (v null) one of an exception's C-member fields. */
export function setField(e: PyBaseException, name: string, v: PyObject | null): void {
  const old = e.fields?.get(name);
  if (v === null) e.fields?.delete(name);
  else (e.fields ??= new Map()).set(name, v);
  if (old !== undefined) decref(old);
}

/** A field, borrowed, or null when unset. */
export function getField(e: PyBaseException, name: string): PyObject | null {
  return e.fields?.get(name) ?? null;
}

/**
 * An AttributeError escaping an attribute lookup of obj learns the name and
 * the object (set_attribute_error_context), for the "Did you mean" hint.
 */
export function setAttributeErrorContext(e: unknown, obj: PyObject, name: PyObject): void {
  if (!(e instanceof PyBaseException) || !e.type.isSubtype(AttributeErrorType)) return;
  name.rc++;
  setField(e, 'name', name);
  obj.rc++;
  setField(e, 'obj', obj);
}

/** NameError(msg) with its name attribute. */
export function newNameError(type: PyType, msg: string, name: PyObject): PyBaseException {
  const e = newException(type, msg);
  name.rc++;
  setField(e, 'name', name);
  return e;
}

import { PyStr } from './str.js';
import { newNone, None } from './none.js';
import { newBool } from './bool.js';
import { reprJS, strJS } from '../abstract.js';
import { defGetSet, defMethod, exposeSlots, exposeSlot, allocInstance as allocInstanceOf } from './typeobject.js';
import { typeError } from '../errors.js';
import { newList, PyList } from './list.js';
import { PyTraceback } from './traceback.js';

function excStr(e: PyBaseException): string {
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return strJS(items[0]);
  return reprJS(e.args);
}

/** An exception attribute stored as an optional reference (cause, context, traceback). */
function refAttr(t: PyType, name: string, field: 'cause' | 'context' | 'traceback', check: (v: PyObject) => void): void {
  defGetSet(t, name, (o) => {
    const v = (o as PyBaseException)[field];
    if (v === null) return newNone();
    v.rc++;
    return v;
  }, (o, v) => {
    if (v === null) throw typeError(`${name} may not be deleted`);
    const e = o as PyBaseException;
    let nv: PyObject | null = v === None ? null : v;
    if (nv !== null) check(nv);
    if (nv !== null) nv.rc++;
    const old = e[field];
    e[field] = nv;
    if (field === 'cause') e.suppressContext = true;
    xdecref(old);
    nv = null;
  });
}

export function initExceptions(): void {
  const B = BaseExceptionType;
  B.new_ = (type, args, kw) => {
    const t = type as PyType;
    const e = allocInstanceOf(t) as PyBaseException;
    const n = args.length - (kw === null ? 0 : kw.length);
    const pos = args.slice(0, n);
    for (const a of pos) a.rc++;
    decref(e.args);
    e.args = newTuple(pos);
    return e;
  };
  B.init = (self, args, kw) => {
    if (kw !== null && kw.length > 0 && self.type.init === B.init) {
      throw typeError(`${self.type.name}() takes no keyword arguments`);
    }
    const e = self as PyBaseException;
    const n = args.length - (kw === null ? 0 : kw.length);
    const pos = args.slice(0, n);
    for (const a of pos) a.rc++;
    const old = e.args;
    e.args = newTuple(pos);
    decref(old);
  };
  B.repr = (o) => {
    const e = o as PyBaseException;
    const items = e.args.items;
    const name = e.type.name;
    if (items.length === 1) return newStr(`${name}(${reprJS(items[0])})`);
    return newStr(`${name}${items.length === 0 ? '()' : reprJS(e.args)}`);
  };
  B.str = (o) => newStr(excStr(o as PyBaseException));
  defGetSet(B, 'args', (o) => {
    const a = (o as PyBaseException).args;
    a.rc++;
    return a;
  }, (o, v) => {
    if (v === null) throw typeError('args may not be deleted');
    const e = o as PyBaseException;
    const items: PyObject[] = [];
    const it = iterItems(v);
    for (const x of it) items.push(x);
    const old = e.args;
    e.args = newTuple(items);
    decref(old);
  });
  const isExc = (v: PyObject) => {
    if (!(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
  };
  refAttr(B, '__cause__', 'cause', isExc);
  refAttr(B, '__context__', 'context', (v) => {
    if (!(v instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
  });
  refAttr(B, '__traceback__', 'traceback', (v) => {
    if (!(v instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
  });
  defGetSet(B, '__suppress_context__', (o) => newBool((o as PyBaseException).suppressContext), (o, v) => {
    (o as PyBaseException).suppressContext = v !== null && v.type.name === 'bool' ? (v as unknown as { v: number }).v === 1 : true;
  });
  defGetSet(B, '__dict__', (o) => {
    const e = o as PyBaseException;
    if (e.dict === null) e.dict = newDictLazy();
    e.dict.rc++;
    return e.dict;
  });
  defMethod(B, 'with_traceback', (s, a) => {
    const e = s as PyBaseException;
    const tb = a[0];
    if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
    const old = e.traceback;
    e.traceback = tb === None ? null : (tb.rc++, tb);
    xdecref(old);
    s.rc++;
    return s;
  });
  defMethod(B, 'add_note', (s, a) => {
    const note = a[0];
    if (!(note instanceof PyStr)) throw typeError(`note must be a str, not '${note.type.name}'`);
    const e = s as PyBaseException;
    if (e.dict === null) e.dict = newDictLazy();
    const key = newStr('__notes__');
    let notes = dictGetLazy(e.dict, key);
    if (notes === null) {
      const l = newList([]);
      dictSetLazy(e.dict, key, l);
      decref(l);
      notes = l;
    }
    if (!(notes instanceof PyList)) {
      decref(key);
      throw typeError('Cannot add note: __notes__ is not a list');
    }
    note.rc++;
    notes.items.push(note);
    notes.allocated = Math.max(notes.allocated, notes.items.length);
    decref(key);
    return newNone();
  });
  KeyErrorType.str = (o) => {
    const e = o as PyBaseException;
    if (e.args.items.length === 1) return newStr(reprJS(e.args.items[0]));
    return newStr(excStr(e));
  };
  // ImportError(msg, name=None, path=None), AttributeError(name=None, obj=None), NameError(name=None): keyword-only fields.
  kwFields(ImportErrorType, ['name', 'path']);
  kwFields(AttributeErrorType, ['name', 'obj']);
  kwFields(NameErrorType, ['name']);
  ImportErrorType.str = (o) => {
    const e = o as PyBaseException;
    const items = e.args.items;
    if (items.length === 1) return newStrLazy(strJS(items[0]));
    return newStrLazy(excStr(e));
  };
  defGetSet(ImportErrorType, 'msg', (o) => {
    const items = (o as PyBaseException).args.items;
    const v = items.length === 1 ? items[0] : None;
    v.rc++;
    return v;
  });
  exposeSlots(ImportErrorType);
  const firstArg = (o: PyObject) => {
    const items = (o as PyBaseException).args.items;
    const v = items.length > 0 ? items[0] : None;
    v.rc++;
    return v;
  };
  defGetSet(StopIterationType, 'value', firstArg);
  initOSError();
  initSyntaxError();
  defGetSet(SystemExitType, 'code', (o) => {
    const items = (o as PyBaseException).args.items;
    if (items.length === 0) return newNone();
    if (items.length === 1) return (items[0].rc++, items[0]);
    const a = (o as PyBaseException).args;
    a.rc++;
    return a;
  });
  exposeSlots(B);
  exposeNew(B);
  exposeSlots(KeyErrorType);
  exposeSlots(AttributeErrorType);
  exposeSlots(NameErrorType);
  initExceptionGroups();
}

/** T.__new__(subtype, *args): the type's own allocation, which keeps the arguments as args. */
function exposeNew(t: PyType): void {
  exposeSlot(t, '__new__', 'new_', (_s, a, k) => {
    if (a.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`);
    const sub = a[0];
    if (!(sub instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${sub.type.name})`);
    if (!sub.isSubtype(t)) throw typeError(`${t.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${t.name}`);
    return t.new_!(sub, a.slice(1), k);
  });
}

/** A field read and written as an attribute: None when unset. */
function fieldAttr(t: PyType, name: string, field = name): void {
  defGetSet(t, name, (o) => {
    const v = getField(o as PyBaseException, field) ?? None;
    v.rc++;
    return v;
  }, (o, v) => {
    if (v !== null) v.rc++;
    setField(o as PyBaseException, field, v);
  });
}

/** __init__ taking the given keyword-only fields besides the positional args. */
function kwFields(t: PyType, names: string[]): void {
  for (const n of names) fieldAttr(t, n);
  t.init = (self, args, kw) => {
    const n = args.length - (kw === null ? 0 : kw.length);
    const e = self as PyBaseException;
    for (let i = 0; kw !== null && i < kw.length; i++) {
      if (!names.includes(kw[i])) throw typeError(`'${kw[i]}' is an invalid keyword argument for ${self.type.name}()`);
    }
    for (let i = 0; kw !== null && i < kw.length; i++) {
      const v = args[n + i];
      v.rc++;
      setField(e, kw[i], v);
    }
    BaseExceptionType.init!(self, args.slice(0, n), null);
  };
}

/** The OSError subclass for an errno (Linux numbering), as OSError(errno, ...) picks it. */
const ERRNO_SUBCLASS: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError',
  110: 'TimeoutError', 111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};

/**
 * OSError(errno, strerror[, filename[, winerror[, filename2]]]): the fields,
 * args cut to (errno, strerror) when there is a filename, and OSError itself
 * turning into the subclass that names the errno.
 */
function initOSError(): void {
  const O = OSErrorType;
  const parse = (e: PyBaseException, pos: PyObject[]): void => {
    if (pos.length < 2 || pos.length > 5) return;
    const [errno, strerror, filename, , filename2] = pos;
    for (const [k, v] of [['errno', errno], ['strerror', strerror]] as const) (v.rc++, setField(e, k, v));
    if (filename !== undefined && filename !== None) {
      filename.rc++;
      setField(e, 'filename', filename);
      if (filename2 !== undefined && filename2 !== None) (filename2.rc++, setField(e, 'filename2', filename2));
      const old = e.args;
      pos[0].rc++;
      pos[1].rc++;
      e.args = newTuple([pos[0], pos[1]]);
      decref(old);
    }
  };
  O.new_ = (type, args, kw) => {
    let t = type as PyType;
    const n = args.length - (kw === null ? 0 : kw.length);
    if (t === O && n >= 2 && args[0] instanceof PyIntLazy) {
      const v = args[0].v;
      const sub = typeof v === 'number' ? ERRNO_SUBCLASS[v] : undefined;
      if (sub !== undefined) t = excTypes.get(sub)!;
    }
    const e = BaseExceptionType.new_!(t, args, kw) as PyBaseException;
    // OSError's own __init__ does the parsing in __new__ when a subclass does not override either.
    if (t.init === O.init) parse(e, args.slice(0, n));
    return e;
  };
  O.init = (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError(`${self.type.name}() takes no keyword arguments`);
    if (self.type.init === O.init) return;
    BaseExceptionType.init!(self, args, null);
    parse(self as PyBaseException, args);
  };
  O.str = (o) => {
    const e = o as PyBaseException;
    const f = (k: string) => getField(e, k);
    const errno = f('errno'), strerror = f('strerror'), filename = f('filename'), filename2 = f('filename2');
    if (filename !== null) {
      const head = `[Errno ${strJS(errno ?? None)}] ${strJS(strerror ?? None)}: ${reprJS(filename)}`;
      return newStrLazy(filename2 !== null ? `${head} -> ${reprJS(filename2)}` : head);
    }
    if (errno !== null && strerror !== null) return newStrLazy(`[Errno ${strJS(errno)}] ${strJS(strerror)}`);
    return newStrLazy(excStr(e));
  };
  for (const k of ['errno', 'strerror', 'filename', 'filename2']) fieldAttr(O, k);
  exposeSlots(O);
  exposeNew(O);
}

const SYNTAX_LOCATION = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

/**
 * SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
 * the fields, and str() naming the file's last component and the line.
 */
function initSyntaxError(): void {
  const S = SyntaxErrorType;
  S.init = (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError(`${self.type.name}() takes no keyword arguments`);
    BaseExceptionType.init!(self, args, null);
    const e = self as PyBaseException;
    if (args.length >= 1) (args[0].rc++, setField(e, 'msg', args[0]));
    if (args.length !== 2) return;
    const info = [...iterItems(args[1])];
    try {
      if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
      SYNTAX_LOCATION.forEach((k, i) => setField(e, k, i < info.length ? (info[i].rc++, info[i]) : null));
      if (info.length === 5) throw typeError('end_offset must be provided when end_lineno is provided');
    } finally {
      for (const x of info) decref(x);
    }
  };
  S.str = (o) => {
    const e = o as PyBaseException;
    const fn = getField(e, 'filename');
    const lineno = getField(e, 'lineno');
    const file = fn instanceof PyStr ? fn.v.slice(fn.v.lastIndexOf('/') + 1) : null;
    const line = lineno !== null && lineno.type === IntTypeLazy ? strJS(lineno) : null;
    const msg = strJS(getField(e, 'msg') ?? None);
    if (file === null && line === null) return newStrLazy(msg);
    if (file !== null && line !== null) return newStrLazy(`${msg} (${file}, line ${line})`);
    return newStrLazy(file !== null ? `${msg} (${file})` : `${msg} (line ${line})`);
  };
  for (const k of ['msg', ...SYNTAX_LOCATION, 'print_file_and_line']) fieldAttr(S, k);
  exposeSlots(S);
}

/** The fields of a SyntaxError the parser or compiler reports (args as CPython's parser gives them). */
export function newSyntaxErrorFrom(type: PyType, msg: string, loc: {
  filename: string; lineno: number; offset: number; text: string | null; endLineno: number; endOffset: number;
} | null): PyBaseException {
  const m = newStrLazy(msg);
  if (loc === null) return new PyBaseException(type, newTuple([m]));
  const info = [newStrLazy(loc.filename), newIntLazy(loc.lineno), newIntLazy(loc.offset),
    loc.text === null ? newNone() : newStrLazy(loc.text), newIntLazy(loc.endLineno), newIntLazy(loc.endOffset)];
  const e = new PyBaseException(type, newTuple([m, newTuple(info)]));
  m.rc++;
  setField(e, 'msg', m);
  SYNTAX_LOCATION.forEach((k, i) => (info[i].rc++, setField(e, k, info[i])));
  return e;
}

import { PyInt as PyIntLazy, IntType as IntTypeLazy, newInt as newIntLazy } from './int.js';

function* iterItems(v: PyObject): Generator<PyObject> {
  const it = getIterLazy(v);
  try {
    for (let x = iterNextLazy(it); x !== null; x = iterNextLazy(it)) yield x;
  } finally {
    decref(it);
  }
}

import { newDict as newDictLazy, dictGetStr as dictGetLazy, dictSet as dictSetLazy } from './dict.js';
import { getIter as getIterLazy, iterNext as iterNextLazy } from '../abstract.js';

// ---------------------------------------------------------------- exception groups (PEP 654)

/** A BaseExceptionGroup carries its members as a tuple. */
export type PyExceptionGroup = PyBaseException & { exceptions: PyTuple; message: PyObject };

function isGroup(e: PyObject): e is PyExceptionGroup {
  return e instanceof PyBaseException && e.type.isSubtype(BaseExceptionGroupType);
}

/** BaseExceptionGroup.__new__(cls, message, exceptions): checks, and the switch to ExceptionGroup. */
function groupNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  let t = type as PyType;
  const tn = t.name;
  if (kw !== null && kw.length > 0) throw typeError(`${tn}() takes no keyword arguments`);
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  if (!(message instanceof PyStr)) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${message.type.name}`);
  if (excs.type.getitem === null || excs.type.len === null || excs.type.name === 'set' || excs.type.name === 'dict') {
    throw typeError('second argument (exceptions) must be a sequence');
  }
  const items = [...iterItems(excs)];
  try {
    if (items.length === 0) throw valueErrorOf('second argument (exceptions) must be a non-empty sequence');
    items.forEach((x, i) => {
      if (!(x instanceof PyBaseException)) throw valueErrorOf(`Item ${i} of second argument (exceptions) is not an exception`);
    });
    const allExceptions = items.every((x) => x.type.isSubtype(ExceptionType));
    if (t === BaseExceptionGroupType) {
      if (allExceptions) t = ExceptionGroupType;
    } else if (t === ExceptionGroupType) {
      if (!allExceptions) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (!allExceptions && t.isSubtype(ExceptionType)) {
      throw typeError(`Cannot nest BaseExceptions in '${t.name}'`);
    }
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  }
  const g = allocInstanceOf(t) as PyExceptionGroup;
  decref(g.args);
  message.rc++;
  excs.rc++;
  g.args = newTuple([message, excs]);
  message.rc++;
  g.message = message;
  g.exceptions = newTuple(items);
  return g;
}

function valueErrorOf(msg: string): PyBaseException {
  return newException(ValueErrorType, msg);
}

/** derive(excs): a group like g with other members, keeping message, traceback, cause, context and notes. */
function derive(g: PyExceptionGroup, members: PyObject[]): PyExceptionGroup {
  const d = deriveHook(g, members);
  const src = g as PyBaseException;
  for (const f of ['traceback', 'cause', 'context'] as const) {
    const v = src[f];
    if (v !== null) v.rc++;
    xdecref(d[f]);
    d[f] = v;
  }
  d.suppressContext = src.suppressContext;
  if (src.dict !== null) {
    const key = newStrLazy('__notes__');
    const notes = dictGetLazy(src.dict, key);
    if (notes !== null) {
      if (d.dict === null) d.dict = newDictLazy();
      dictSetLazy(d.dict, key, notes);
    }
    decref(key);
  }
  return d;
}

/** g.derive(list) through the Python method, so that subclasses can override it. */
function deriveHook(g: PyExceptionGroup, members: PyObject[]): PyExceptionGroup {
  const list = newList(members.map((m) => (m.rc++, m)));
  try {
    const r = callMethodLazy(g, 'derive', [list]);
    if (!isGroup(r)) {
      decref(r);
      throw typeError('derive must return an instance of BaseExceptionGroup');
    }
    return r;
  } finally {
    decref(list);
  }
}

type Matcher = (e: PyBaseException) => boolean;

function matcherOf(cond: PyObject): Matcher {
  if (cond instanceof PyType && cond.isSubtype(BaseExceptionType)) return (e) => e.type.isSubtype(cond);
  if (cond instanceof PyTuple && cond.items.every((c) => c instanceof PyType && c.isSubtype(BaseExceptionType))) {
    return (e) => cond.items.some((c) => e.type.isSubtype(c as PyType));
  }
  if (cond.type.call !== null && !(cond instanceof PyType)) {
    return (e) => {
      const r = callLazy(cond, [e]);
      const t = isTrueLazy(r);
      decref(r);
      return t;
    };
  }
  throw typeError('expected a function, exception type or tuple of exception types');
}

/** split(): (match, rest), either null; the tree shape and metadata kept as CPython's exceptiongroup_split_recursive. */
export function splitGroup(e: PyBaseException, match: Matcher, wantRest: boolean): [PyBaseException | null, PyBaseException | null] {
  if (match(e)) return [(e.rc++, e), null];
  if (!isGroup(e)) return [null, wantRest ? (e.rc++, e) : null];
  const matched: PyObject[] = [];
  const rest: PyObject[] = [];
  for (const x of e.exceptions.items) {
    const [m, r] = splitGroup(x as PyBaseException, match, wantRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  const mk = (parts: PyObject[]) => {
    if (parts.length === 0) return null;
    const d = derive(e, parts);
    for (const p of parts) decref(p);
    return d;
  };
  return [mk(matched), wantRest ? mk(rest) : null];
}

function groupMethods(): void {
  const G = BaseExceptionGroupType;
  G.new_ = groupNew;
  G.init = () => {};
  G.str = (o) => {
    const g = o as PyExceptionGroup;
    const n = g.exceptions.items.length;
    return newStrLazy(`${strJS(g.message)} (${n} sub-exception${n > 1 ? 's' : ''})`);
  };
  defGetSet(G, 'message', (o) => {
    const m = (o as PyExceptionGroup).message;
    m.rc++;
    return m;
  });
  defGetSet(G, 'exceptions', (o) => {
    const x = (o as PyExceptionGroup).exceptions;
    x.rc++;
    return x;
  });
  defMethod(G, 'derive', (s, a) => {
    const g = s as PyExceptionGroup;
    const t = callLazy(BaseExceptionGroupType, [g.message, a[0]]);
    return t;
  });
  defMethod(G, 'split', (s, a) => {
    const [m, r] = splitGroup(s as PyBaseException, matcherOf(a[0]), true);
    return newTuple([m ?? newNone(), r ?? newNone()]);
  });
  defMethod(G, 'subgroup', (s, a) => {
    const [m] = splitGroup(s as PyBaseException, matcherOf(a[0]), false);
    return m ?? newNone();
  });
  const dealloc = G.dealloc;
  G.dealloc = (o) => {
    const g = o as PyExceptionGroup;
    if (g.exceptions) decref(g.exceptions);
    if (g.message) decref(g.message);
    dealloc(o);
  };
  exposeSlots(G);
  exposeNew(G);
}

import { newStr as newStrLazy } from './str.js';
import { call as callLazy, isTrue as isTrueLazy } from '../abstract.js';
import { callDunder } from './typeobject.js';

function callMethodLazy(o: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callDunder(o, name, args);
  if (r === null) throw typeError(`'${o.type.name}' object has no attribute '${name}'`);
  return r;
}

export function initExceptionGroups(): void {
  groupMethods();
  ExceptionGroupType.dealloc = BaseExceptionGroupType.dealloc;
}
