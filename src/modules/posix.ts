// The posix module: the operating-system calls under `os`, over the host
// (the real machine under Node, the virtual file system in a browser).
// lib/os.py builds the os module's Python-level API on it.

import { decref, type PyObject } from '../runtime/object.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { newInt, indexSsize } from '../runtime/types/int.js';
import { systemEntropy } from '../common/random.js';
import { newList } from '../runtime/types/list.js';
import { newFloat } from '../runtime/types/float.js';
import { newNone } from '../runtime/types/none.js';
import { newDict, dictSet } from '../runtime/types/dict.js';
import { newBool } from '../runtime/types/bool.js';
import { PyModule } from '../runtime/types/module.js';
import { NotImplementedErrorType } from '../runtime/types/exceptions.js';
import { PyBytes, newBytes, bufferOf } from '../runtime/types/bytes.js';
import { None } from '../runtime/types/none.js';
import { PyInt, newIntAny, numberIndex } from '../runtime/types/int.js';
import { structSeqType, newStructSeq } from '../runtime/types/structseq.js';
import { callDunder } from '../runtime/types/typeobject.js';
import { isTrue } from '../runtime/abstract.js';
import { typeError, valueError, raiseNew } from '../runtime/errors.js';
import { osError } from '../runtime/oserror.js';
import { bindPyArgs, type PySignature } from './pyargs.js';
import type { Interpreter, HostStat } from '../runtime/interp.js';

/** A path argument: str, bytes or os.PathLike, as its text and whether it was given as bytes. */
interface PathArg {
  text: string;
  bytes: boolean;
  /** The argument as given (the filename of an error). */
  obj: PyObject;
}

/** allowed: what else CPython's function takes there (None, or a file descriptor, which the caller handles). */
function pathArg(fname: string, argname: string, o: PyObject, allowed: '' | 'None' | 'fd' = ''): PathArg {
  let p = o;
  let owned = false;
  if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
    const r = o.type.lookup('__fspath__') === null ? null : callDunder(o, '__fspath__', []);
    if (r === null) {
      const what = allowed === 'None' ? 'string, bytes, os.PathLike or None'
        : allowed === 'fd' ? 'string, bytes, os.PathLike or integer' : 'string, bytes or os.PathLike';
      throw typeError(`${fname}: ${argname} should be ${what}, not ${o.type.name}`);
    }
    if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
      decref(r);
      throw typeError(`expected ${o.type.name}.__fspath__() to return str or bytes, not ${r.type.name}`);
    }
    p = r;
    owned = true;
  }
  try {
    // Non-UTF-8 bytes names are not modelled: bytes are read as UTF-8.
    const text = p instanceof PyStr ? p.v : new TextDecoder().decode((p as PyBytes).bytes);
    if (text.includes('\0')) throw valueError('embedded null byte');
    return { text, bytes: p instanceof PyBytes, obj: o };
  } finally {
    if (owned) decref(p);
  }
}

/** A file name as the caller's kind of path: bytes for bytes arguments, str otherwise. */
function pathResult(text: string, bytes: boolean): PyObject {
  return bytes ? newBytes(new TextEncoder().encode(text)) : newStr(text);
}

/** os.stat_result: 10 items (the last three the times as ints), and 9 attribute-only fields. */
export const StatResultType = structSeqType('stat_result', 'os', ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
  'st_size', null, null, null, 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
  'st_blksize', 'st_blocks', 'st_rdev'], { visible: 10, constructable: true });

function statResult(st: HostStat): PyObject {
  const secs = (ns: bigint) => newIntAny(ns >= 0n ? ns / 1000000000n : -((-ns + 999999999n) / 1000000000n));
  // The float times as CPython computes them: seconds plus nanoseconds * 1e-9.
  const float = (ns: bigint) => {
    const s = ns >= 0n ? ns / 1000000000n : -((-ns + 999999999n) / 1000000000n);
    return newFloat(Number(s) + Number(ns - s * 1000000000n) * 1e-9);
  };
  const big = (v: bigint) => newIntAny(v <= 9007199254740991n ? Number(v) : v);
  return newStructSeq(StatResultType, [newInt(st.mode), big(st.ino), big(st.dev), newInt(st.nlink), newInt(st.uid),
    newInt(st.gid), big(st.size), secs(st.atimeNs), secs(st.mtimeNs), secs(st.ctimeNs), float(st.atimeNs),
    float(st.mtimeNs), float(st.ctimeNs), big(st.atimeNs), big(st.mtimeNs), big(st.ctimeNs), newInt(st.blksize),
    big(st.blocks), big(st.rdev)]);
}

/**
 * stat on a host without stat(2) (the embedding API's virtual file system,
 * which has files and folders only): their kind and size, the host's mtime
 * when it has one, and one inode number per path (no links there, so a path
 * is a file's identity).
 */
const virtualInodes = new Map<string, bigint>();
function virtualStat(host: Interpreter['host'], p: string): HostStat | number {
  const kind = host.fileKind ? host.fileKind(p) : host.readFile(p) !== null ? 'file' : host.isDir(p) ? 'dir' : null;
  if (kind === null) return 2;
  const st = host.stat ? host.stat(p) : null;
  const size = st !== null ? st.size : kind === 'file' ? host.readFile(p)!.length : 0;
  const mtimeNs = st !== null ? BigInt(Math.round(st.mtime * 1e9)) : 0n;
  let ino = virtualInodes.get(p);
  if (ino === undefined) {
    ino = BigInt(virtualInodes.size + 1);
    virtualInodes.set(p, ino);
  }
  return {
    mode: kind === 'dir' ? 0o40755 : 0o100644, ino, dev: 0n, nlink: 1, uid: 0, gid: 0, size: BigInt(size),
    atimeNs: mtimeNs, mtimeNs, ctimeNs: mtimeNs, blksize: 4096, blocks: BigInt(Math.ceil(size / 512)), rdev: 0n,
  };
}

const STAT_SIG: PySignature = { name: 'stat', params: ['path'], kwonly: ['dir_fd', 'follow_symlinks'], required: 1, self: 0 };
const LSTAT_SIG: PySignature = { name: 'lstat', params: ['path'], kwonly: ['dir_fd'], required: 1, self: 0 };
const READLINK_SIG: PySignature = { name: 'readlink', params: ['path'], kwonly: ['dir_fd'], required: 1, self: 0 };
const SYMLINK_SIG: PySignature = {
  name: 'symlink', params: ['src', 'dst', 'target_is_directory'], kwonly: ['dir_fd'], required: 2, self: 0,
};
const LINK_SIG: PySignature = {
  name: 'link', params: ['src', 'dst'], kwonly: ['src_dir_fd', 'dst_dir_fd', 'follow_symlinks'], required: 2, self: 0,
};
const OPEN_SIG: PySignature = { name: 'open', params: ['path', 'flags', 'mode'], kwonly: ['dir_fd'], required: 2, self: 0 };
const ACCESS_SIG: PySignature = {
  name: 'access', params: ['path', 'mode'], kwonly: ['dir_fd', 'effective_ids', 'follow_symlinks'], required: 2, self: 0,
};

/** dir_fd (paths relative to an open folder) is not supported: only None is accepted. */
function noDirFd(fname: string, v: PyObject | null): void {
  if (v !== null && v !== None) throw raiseNew(NotImplementedErrorType, `${fname}: dir_fd unavailable on this platform`);
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
  def('getcwdb', (_s, a, k) => {
    checkArgs('getcwdb', a, k, 0, 0);
    return pathResult(host.cwd ? host.cwd() : '/', true);
  });
  def('listdir', (_s, a, k) => {
    checkArgs('listdir', a, k, 0, 1);
    const p = a.length && a[0] !== None ? pathArg('listdir', 'path', a[0], 'None') : { text: '.', bytes: false, obj: null };
    const names = host.listDir ? host.listDir(host.resolve(p.text)) : null;
    if (names === null) {
      const errno = host.statFull ? host.statFull(host.resolve(p.text), true) : 2;
      throw osError(typeof errno === 'number' ? errno : 20, p.obj ?? '.');
    }
    return newList(names.sort().map((n) => pathResult(n, p.bytes)));
  });
  // The file-system changes: each fails with OSError's subclass for the errno.
  const change = (name: string, arity: number, run: (paths: string[]) => number | undefined) => {
    def(name, (_s, a, k) => {
      checkArgs(name, a, k, arity, arity);
      const paths = a.map((x, i) => pathArg(name, arity === 1 ? 'path' : i === 0 ? 'src' : 'dst', x));
      const errno = run(paths.map((p) => host.resolve(p.text)));
      if (errno === undefined) throw osError(30, ...paths.map((p) => p.obj));
      if (errno !== 0) throw osError(errno, ...paths.map((p) => p.obj));
      return newNone();
    });
  };
  change('mkdir', 1, ([p]) => host.mkdir?.(p));
  change('rmdir', 1, ([p]) => host.rmdir?.(p));
  change('unlink', 1, ([p]) => host.unlink?.(p));
  change('rename', 2, ([src, dst]) => host.rename?.(src, dst));
  change('chdir', 1, ([p]) => host.chdir ? host.chdir(p) : 38);
  const doStat = (fname: string, o: PyObject, follow: boolean) => {
    if (fname === 'stat' && o instanceof PyInt) {
      const st = host.fdStat ? host.fdStat(Number(o.v)) : 38;
      if (typeof st === 'number') throw osError(st);
      return statResult(st);
    }
    const p = pathArg(fname, 'path', o, fname === 'stat' ? 'fd' : '');
    const st = host.statFull ? host.statFull(host.resolve(p.text), follow) : virtualStat(host, host.resolve(p.text));
    if (typeof st === 'number') throw osError(st, p.obj);
    return statResult(st);
  };
  def('stat', (_s, a, k) => {
    const [path, dirFd, follow] = bindPyArgs(STAT_SIG, a, k);
    noDirFd('stat', dirFd);
    return doStat('stat', path!, follow === null || isTrue(follow));
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
  def('lstat', (_s, a, k) => {
    const [path, dirFd] = bindPyArgs(LSTAT_SIG, a, k);
    noDirFd('lstat', dirFd);
    return doStat('lstat', path!, false);
  });
  def('readlink', (_s, a, k) => {
    const [path, dirFd] = bindPyArgs(READLINK_SIG, a, k);
    noDirFd('readlink', dirFd);
    const p = pathArg('readlink', 'path', path!);
    const r = host.readlink ? host.readlink(host.resolve(p.text)) : 38;
    if (typeof r === 'number') throw osError(r, p.obj);
    return pathResult(r, p.bytes);
  });
  def('symlink', (_s, a, k) => {
    const [src, dst, , dirFd] = bindPyArgs(SYMLINK_SIG, a, k);
    noDirFd('symlink', dirFd);
    const s = pathArg('symlink', 'src', src!);
    const d = pathArg('symlink', 'dst', dst!);
    // The target is stored as given (a relative one is relative to the link's folder).
    const errno = host.symlink ? host.symlink(s.text, host.resolve(d.text)) : 38;
    if (errno !== 0) throw osError(errno, s.obj, d.obj);
    return newNone();
  });
  def('link', (_s, a, k) => {
    const [src, dst, srcFd, dstFd] = bindPyArgs(LINK_SIG, a, k);
    noDirFd('link', srcFd);
    noDirFd('link', dstFd);
    const s = pathArg('link', 'src', src!);
    const d = pathArg('link', 'dst', dst!);
    const errno = host.link ? host.link(host.resolve(s.text), host.resolve(d.text)) : 38;
    if (errno !== 0) throw osError(errno, s.obj, d.obj);
    return newNone();
  });
  def('access', (_s, a, k) => {
    const [path, mode, dirFd] = bindPyArgs(ACCESS_SIG, a, k);
    noDirFd('access', dirFd);
    const p = pathArg('access', 'path', path!);
    const m = numberIndex(mode!);
    const mv = Number(m.v);
    decref(m);
    if (host.access) return newBool(host.access(host.resolve(p.text), mv));
    // The virtual file system: whatever is there may be read (and written when the host writes files).
    const exists = typeof virtualStat(host, host.resolve(p.text)) !== 'number';
    return newBool(exists && ((mv & 2) === 0 || host.writeFile !== undefined));
  });
  const ids = () => host.ids ? host.ids() : { uid: 0, gid: 0, euid: 0, egid: 0 };
  for (const [name, key] of [['getuid', 'uid'], ['getgid', 'gid'], ['geteuid', 'euid'], ['getegid', 'egid']] as const) {
    def(name, (_s, a, k) => {
      checkArgs(name, a, k, 0, 0);
      return newInt(ids()[key]);
    });
  }
  for (const [name, v] of [['F_OK', 0], ['X_OK', 1], ['W_OK', 2], ['R_OK', 4]] as const) {
    const x = newInt(v);
    m.set(name, x);
    decref(x);
  }
  m.set('stat_result', StatResultType);
  // File descriptors: the host's own (Node's are the process's), so fds 0-2 are the process's standard streams.
  const fdArg = (o: PyObject): number => {
    const r = numberIndex(o);
    const v = Number(r.v);
    decref(r);
    return v;
  };
  def('open', (_s, a, k) => {
    const [path, flags, mode, dirFd] = bindPyArgs(OPEN_SIG, a, k);
    noDirFd('open', dirFd);
    const p = pathArg('open', 'path', path!);
    const fd = host.fdOpen ? host.fdOpen(host.resolve(p.text), fdArg(flags!), mode === null ? 0o777 : fdArg(mode)) : -38;
    if (fd < 0) throw osError(-fd, p.obj);
    return newInt(fd);
  });
  def('close', (_s, a, k) => {
    checkArgs('close', a, k, 1, 1);
    const r = host.fdClose ? host.fdClose(fdArg(a[0])) : -38;
    if (r < 0) throw osError(-r);
    return newNone();
  });
  def('read', (_s, a, k) => {
    checkArgs('read', a, k, 2, 2);
    const fd = fdArg(a[0]);
    const n = fdArg(a[1]);
    if (n < 0) throw osError(22);
    const r = host.fdRead ? host.fdRead(fd, n) : -38;
    if (typeof r === 'number') throw osError(-r);
    return newBytes(r);
  });
  def('write', (_s, a, k) => {
    checkArgs('write', a, k, 2, 2);
    const fd = fdArg(a[0]);
    const data = bufferOf(a[1]);
    if (data === null) throw typeError(`a bytes-like object is required, not '${a[1].type.name}'`);
    const r = host.fdWrite ? host.fdWrite(fd, data) : -38;
    if (r < 0) throw osError(-r);
    return newInt(r);
  });
  def('fstat', (_s, a, k) => {
    checkArgs('fstat', a, k, 1, 1);
    const st = host.fdStat ? host.fdStat(fdArg(a[0])) : 38;
    if (typeof st === 'number') throw osError(st);
    return statResult(st);
  });
  for (const [name, v] of [['O_RDONLY', 0], ['O_WRONLY', 1], ['O_RDWR', 2], ['O_CREAT', 64], ['O_EXCL', 128],
    ['O_NOCTTY', 256], ['O_TRUNC', 512], ['O_APPEND', 1024], ['O_NONBLOCK', 2048], ['O_DSYNC', 4096],
    ['O_SYNC', 1052672], ['O_DIRECTORY', 65536], ['O_NOFOLLOW', 131072], ['O_CLOEXEC', 524288], ['O_ACCMODE', 3]] as const) {
    const x = newInt(v);
    m.set(name, x);
    decref(x);
  }
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
