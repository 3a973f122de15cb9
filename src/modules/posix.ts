// The posix module: the operating-system calls under `os`, over the host
// (the real machine under Node, the virtual file system in a browser).
// lib/os.py builds the os module's Python-level API on it.

import { decref, type PyObject } from '../runtime/object.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { newInt, indexSsize } from '../runtime/types/int.js';
import { newBytes } from '../runtime/types/bytes.js';
import { systemEntropy } from '../common/random.js';
import { newList } from '../runtime/types/list.js';
import { newTuple } from '../runtime/types/tuple.js';
import { newFloat } from '../runtime/types/float.js';
import { newNone } from '../runtime/types/none.js';
import { reprStr } from '../common/repr.js';
import { newDict, dictSet } from '../runtime/types/dict.js';
import { newBool } from '../runtime/types/bool.js';
import { PyModule } from '../runtime/types/module.js';
import { newException, excTypes } from '../runtime/types/exceptions.js';
import { typeError, valueError } from '../runtime/errors.js';
import type { Interpreter } from '../runtime/interp.js';

const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 13: 'Permission denied', 17: 'File exists',
  18: 'Invalid cross-device link', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument',
  30: 'Read-only file system', 39: 'Directory not empty',
};
const ERRNO_TYPES: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError',
  21: 'IsADirectoryError',
};

/** OSError for errno on the given paths: "[Errno 2] No such file or directory: 'a' -> 'b'". */
function osError(errno: number, paths: string[]): PyObject {
  const type = excTypes.get(ERRNO_TYPES[errno] ?? 'OSError')!;
  const where = paths.map((p) => reprStr(p)).join(' -> ');
  return newException(type, `[Errno ${errno}] ${STRERROR[errno] ?? `Error ${errno}`}: ${where}`);
}

function pathArg(name: string, o: unknown): string {
  if (o instanceof PyStr) return o.v;
  throw typeError(`${name}: path should be string, bytes or os.PathLike, not ${(o as { type: { name: string } }).type.name}`);
}

export function initPosix(m: PyModule, interp: Interpreter): void {
  const host = interp.host;
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, 'posix');
    m.set(name, f);
    decref(f);
  };
  def('getcwd', (_s, a, k) => {
    checkArgs('getcwd', a, k, 0, 0);
    return newStr(host.cwd ? host.cwd() : '/');
  });
  def('getpid', (_s, a, k) => {
    checkArgs('getpid', a, k, 0, 0);
    return newInt(host.pid ? host.pid() : 1);
  });
  def('listdir', (_s, a, k) => {
    checkArgs('listdir', a, k, 0, 1);
    const p = a.length ? pathArg('listdir', a[0]) : '.';
    const names = host.listDir ? host.listDir(host.resolve(p)) : null;
    if (names === null) throw newException(excTypes.get('FileNotFoundError')!, `[Errno 2] No such file or directory: '${p}'`);
    return newList(names.sort().map((n) => newStr(n)));
  });
  /** _kind(path): 'file', 'dir' or None — what os.path.exists/isfile/isdir ask. */
  def('_kind', (_s, a, k) => {
    checkArgs('_kind', a, k, 1, 1);
    const p = pathArg('stat', a[0]);
    const kind = host.fileKind ? host.fileKind(host.resolve(p)) : host.readFile(host.resolve(p)) !== null ? 'file' : host.isDir(host.resolve(p)) ? 'dir' : null;
    return kind === null ? newBool(false) : newStr(kind);
  });
  // The file-system changes: each fails with OSError's subclass for the errno.
  const change = (name: string, arity: number, run: (paths: string[]) => number | undefined) => {
    def(name, (_s, a, k) => {
      checkArgs(name, a, k, arity, arity);
      const paths = a.map((x) => pathArg(name, x));
      const errno = run(paths.map((p) => host.resolve(p)));
      if (errno === undefined) throw osError(30, paths);
      if (errno !== 0) throw osError(errno, paths);
      return newNone();
    });
  };
  change('mkdir', 1, ([p]) => host.mkdir?.(p));
  change('rmdir', 1, ([p]) => host.rmdir?.(p));
  change('unlink', 1, ([p]) => host.unlink?.(p));
  change('rename', 2, ([src, dst]) => host.rename?.(src, dst));
  /** _stat(path): (size, mtime, is_dir), or None when nothing is there. */
  def('_stat', (_s, a, k) => {
    checkArgs('_stat', a, k, 1, 1);
    const st = host.stat ? host.stat(host.resolve(pathArg('stat', a[0]))) : null;
    if (st === null) return newNone();
    return newTuple([newInt(st.size), newFloat(st.mtime), newBool(st.isDir)]);
  });
  /** urandom(size): size bytes from the system's entropy source. */
  def('urandom', (_s, a, k) => {
    checkArgs('urandom', a, k, 1, 1);
    const size = indexSsize(a[0]);
    if (size < 0) throw valueError('negative argument not allowed');
    const words = new Uint32Array(Math.ceil(size / 4));
    // The entropy source gives at most 64 KiB a call.
    for (let i = 0; i < words.length; i += 16384) systemEntropy(words.subarray(i, i + 16384));
    return newBytes(new Uint8Array(words.buffer, 0, size).slice());
  });
  const env = newDict();
  for (const [key, value] of Object.entries(host.env ? host.env() : {})) {
    const kk = newStr(key);
    const vv = newStr(value);
    dictSet(env, kk, vv);
    decref(kk);
    decref(vv);
  }
  m.set('environ', env);
  decref(env);
}
