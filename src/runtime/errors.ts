// Making the exceptions the runtime raises. Each returns the exception so
// that call sites read `throw typeError(...)` and TypeScript sees the throw.

import { excTypes, newException, type PyBaseException, TypeErrorType, ValueErrorType, AttributeErrorType,
  IndexErrorType, KeyErrorType, NameErrorType, ZeroDivisionErrorType, OverflowErrorType, RuntimeErrorType,
  StopIterationType, UnboundLocalErrorType, SystemErrorType, newExceptionArgs } from './types/exceptions.js';
import type { PyType } from './type.js';
import type { PyObject } from './object.js';
import { setErrorFactory } from '../common/pyerror.js';

export const typeError = (msg: string): PyBaseException => newException(TypeErrorType, msg);
export const valueError = (msg: string): PyBaseException => newException(ValueErrorType, msg);
export const attributeError = (msg: string): PyBaseException => newException(AttributeErrorType, msg);
export const indexError = (msg: string): PyBaseException => newException(IndexErrorType, msg);
export const nameError = (msg: string): PyBaseException => newException(NameErrorType, msg);
export const unboundLocalError = (msg: string): PyBaseException => newException(UnboundLocalErrorType, msg);
export const zeroDivisionError = (msg: string): PyBaseException => newException(ZeroDivisionErrorType, msg);
export const overflowError = (msg: string): PyBaseException => newException(OverflowErrorType, msg);
export const runtimeError = (msg: string): PyBaseException => newException(RuntimeErrorType, msg);
export const systemError = (msg: string): PyBaseException => newException(SystemErrorType, msg);

/** KeyError(key): the key object itself is the argument (a new reference is taken). */
export function keyError(key: PyObject): PyBaseException {
  key.rc++;
  return newExceptionArgs(KeyErrorType, [key]);
}

export function stopIteration(value: PyObject | null): PyBaseException {
  if (value === null) return newException(StopIterationType, null);
  value.rc++;
  return newExceptionArgs(StopIterationType, [value]);
}

export function raiseNew(type: PyType, msg: string): PyBaseException {
  return newException(type, msg);
}

/** Let pure helpers (src/common) raise real Python exceptions. */
export function installErrorFactory(): void {
  setErrorFactory((type, message) => newException(excTypes.get(type) ?? SystemErrorType, message));
}
