// OSError from an errno, as CPython's PyErr_SetFromErrno makes it: the call
// OSError(errno, strerror[, filename[, None, filename2]]) picks the subclass
// for the errno (FileNotFoundError, BrokenPipeError, ...).

import { releaseAll, type PyObject } from './object.js';
import { newInt } from './types/int.js';
import { newStr } from './types/str.js';
import { newNone } from './types/none.js';
import { OSErrorType } from './types/exceptions.js';
import { call } from './abstract.js';

/** What a Host's write (interp.ts) throws when the OS refuses it: the errno, which osError turns into the OSError subclass. */
export class HostIOError {
  constructor(readonly errno: number) {}
}

/** strerror(3) of glibc for the errnos pyheap's hosts report. */
const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error', 9: 'Bad file descriptor',
  11: 'Resource temporarily unavailable', 13: 'Permission denied', 16: 'Device or resource busy', 17: 'File exists',
  18: 'Invalid cross-device link', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument',
  28: 'No space left on device', 30: 'Read-only file system', 32: 'Broken pipe', 36: 'File name too long',
  38: 'Function not implemented', 39: 'Directory not empty', 40: 'Too many levels of symbolic links',
  95: 'Operation not supported',
};

/** The exception for errno; file names are str objects (borrowed) or JS strings. */
export function osError(errno: number, ...files: (PyObject | string)[]): PyObject {
  const name = (f: PyObject | string): PyObject => {
    if (typeof f === 'string') return newStr(f);
    f.rc++;
    return f;
  };
  const args: PyObject[] = [newInt(errno), newStr(STRERROR[errno] ?? `Unknown error ${errno}`)];
  if (files.length > 0) args.push(name(files[0]));
  // The fourth argument is winerror, None on POSIX.
  if (files.length > 1) args.push(newNone(), name(files[1]));
  try {
    return call(OSErrorType, args);
  } finally {
    releaseAll(args);
  }
}
