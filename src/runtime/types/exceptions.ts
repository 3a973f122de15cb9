// The built-in exception hierarchy (Objects/exceptions.c).
//
// An exception instance is thrown as the JS exception itself: a Python
// `raise` is a JS `throw` of the PyBaseException, with no JS stack captured.

import { PyObject, xdecref, decref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { PyTuple, newTuple, EMPTY_TUPLE } from './tuple.js';
import { newStr } from './str.js';
import type { PyDict } from './dict.js';

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** __traceback__: a traceback object or null (None). */
  traceback: PyObject | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  dict: PyDict | null = null;
  constructor(type: PyType, args: PyTuple = (EMPTY_TUPLE.rc++, EMPTY_TUPLE)) {
    super(type);
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
export const OSErrorType = exc('OSError', ExceptionType, { basicsize: 104 });
for (const n of ['BlockingIOError', 'ChildProcessError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError']) {
  exc(n, OSErrorType, { basicsize: 104 });
}
export const ConnectionErrorType = exc('ConnectionError', OSErrorType, { basicsize: 104 });
for (const n of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError']) {
  exc(n, ConnectionErrorType, { basicsize: 104 });
}
export const ReferenceErrorType = exc('ReferenceError', ExceptionType);
export const RuntimeErrorType = exc('RuntimeError', ExceptionType);
export const NotImplementedErrorType = exc('NotImplementedError', RuntimeErrorType);
export const RecursionErrorType = exc('RecursionError', RuntimeErrorType);
export const StopAsyncIterationType = exc('StopAsyncIteration', ExceptionType);
export const StopIterationType = exc('StopIteration', ExceptionType, { basicsize: 80 });
export const SyntaxErrorType = exc('SyntaxError', ExceptionType, { basicsize: 128 });
export const IndentationErrorType = exc('IndentationError', SyntaxErrorType, { basicsize: 128 });
export const TabErrorType = exc('TabError', IndentationErrorType, { basicsize: 128 });
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
export const ExceptionGroupType = exc('ExceptionGroup', BaseExceptionGroupType, { basicsize: 88 });
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
  decref(e.args);
  xdecref(e.traceback);
  xdecref(e.cause);
  xdecref(e.context);
  xdecref(e.dict);
};
