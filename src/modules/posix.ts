// The posix module: the operating-system calls under `os`, over the host
// (the real machine under Node, the virtual file system in a browser).
// lib/os.py builds the os module's Python-level API on it.

import { decref } from '../runtime/object.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { newInt } from '../runtime/types/int.js';
import { newList } from '../runtime/types/list.js';
import { newDict, dictSet } from '../runtime/types/dict.js';
import { newBool } from '../runtime/types/bool.js';
import { PyModule } from '../runtime/types/module.js';
import { newException, excTypes } from '../runtime/types/exceptions.js';
import { typeError } from '../runtime/errors.js';
import type { Interpreter } from '../runtime/interp.js';

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
