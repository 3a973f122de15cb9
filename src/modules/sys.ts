// The sys module (Python/sysmodule.c) and the standard streams.
//
// sys.stdout is block-buffered (8 KiB) when it is not a terminal and
// line-buffered when it is, as CPython's; sys.stderr is line-buffered; so
// merged output interleaves as it does under python3.

import { tr, setTrace, setProfile, pyTraceTrampoline, pyProfileTrampoline, hookObject } from '../runtime/trace.js';
import { PyObject, decref } from '../runtime/object.js';
import { builtinType, ObjectType, type PyType } from '../runtime/type.js';
import { defMethod, defGetSet, exposeSlots } from '../runtime/types/typeobject.js';
import { checkArgs } from '../runtime/types/builtinfunc.js';
import { PyStr, StrType, newStr, intern } from '../runtime/types/str.js';
import { newInt, newIntAny, PyInt } from '../runtime/types/int.js';
import { newTuple, type PyTuple } from '../runtime/types/tuple.js';
import { newList } from '../runtime/types/list.js';
import { newDict, dictSet } from '../runtime/types/dict.js';
import { None, newNone } from '../runtime/types/none.js';
import { newBool } from '../runtime/types/bool.js';
import { PyModule } from '../runtime/types/module.js';
import { newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { newExceptionArgs, newException, SystemExitType, RecursionErrorType, TypeErrorType, PyBaseException } from '../runtime/types/exceptions.js';
import { ts, exposeFrame } from '../runtime/types/frame.js';
import { PyFloat, asDouble } from '../runtime/types/float.js';
import { unpackArgs } from '../runtime/types/int.js';
import { structSeqType, newStructSeq } from '../runtime/types/structseq.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../common/numfmt.js';
import { typeError, valueError } from '../runtime/errors.js';
import { osError, HostIOError } from '../runtime/oserror.js';
import * as ab from '../runtime/abstract.js';
import { getSizeOf } from '../runtime/sizes.js';
import type { Interpreter } from '../runtime/interp.js';
import { initSysInstall, makeSysInstallTypes } from './sys_install.js';

/** The argument of sys.unraisablehook. */
export let UnraisableHookArgsType: PyType;
let VersionInfoType: PyType, FloatInfoType: PyType, IntInfoType: PyType, HashInfoType: PyType, FlagsType: PyType;
const FLAGS: [string, number | boolean][] = [['debug', 0], ['inspect', 0], ['interactive', 0], ['optimize', 0],
  ['dont_write_bytecode', 0], ['no_user_site', 0], ['no_site', 0], ['ignore_environment', 0], ['verbose', 0],
  ['bytes_warning', 0], ['quiet', 0], ['hash_randomization', 0], ['isolated', 0], ['dev_mode', false], ['utf8_mode', 0],
  ['warn_default_encoding', 0], ['safe_path', false], ['int_max_str_digits', -1]];

/** sys's struct sequence types (made before the built-in types are finished). */
export function makeSysTypes(): void {
  VersionInfoType = structSeqType('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  FloatInfoType = structSeqType('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
    'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
  IntInfoType = structSeqType('int_info', 'sys', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold']);
  HashInfoType = structSeqType('hash_info', 'sys', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff']);
  FlagsType = structSeqType('flags', 'sys', FLAGS.map(([f]) => f));
  // CPython names this type without a module.
  UnraisableHookArgsType = structSeqType('UnraisableHookArgs', 'builtins',
    ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']);
  makeSysInstallTypes();
}

export const TextIOType = builtinType('TextIOWrapper', ObjectType, { basicsize: 208, gc: true });
TextIOType.module = '_io';

/** Where a readable stream's text comes from: a line at a time ('' at the end), or all the rest. */
export interface LineSource {
  readLine(): string;
  readAll(): string;
}

/** A LineSource over text that is available all at once. */
export function textSource(get: () => string): LineSource {
  let text: string | null = null;
  let pos = 0;
  const all = () => (text ??= get());
  return {
    readLine() {
      const t = all();
      if (pos >= t.length) return '';
      const i = t.indexOf('\n', pos);
      const end = i < 0 ? t.length : i + 1;
      const line = t.slice(pos, end);
      pos = end;
      return line;
    },
    readAll() {
      const t = all();
      const rest = t.slice(pos);
      pos = t.length;
      return rest;
    },
  };
}

/** io.DEFAULT_BUFFER_SIZE: the BufferedWriter under sys.stdout and sys.stderr. */
const BUFFER_SIZE = 8192;
const utf8 = new TextEncoder();

export class PyTextStream extends PyObject {
  buf = '';
  /** Text a failed write to the OS left behind (flush). */
  unwritten = '';
  closed = false;
  /** Each write is flushed whole (-u), newline or not. */
  writeThrough = false;
  /** The sink writes to the OS (a Host's write: HostIOError when refused). */
  constructor(public name: string, public mode: string, public sink: ((s: string) => void) | null,
    public lineBuffered: boolean, public source: LineSource | null = null, type: PyType = TextIOType) {
    super(type);
  }
  write(s: string): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
    this.buf += s;
    if (this.writeThrough || (this.lineBuffered ? s.includes('\n') : this.buf.length >= 8192)) this.flush();
  }
  flush(): void {
    if ((this.buf.length > 0 || this.unwritten.length > 0) && this.sink !== null) {
      const held = this.unwritten;
      const text = this.buf;
      this.buf = '';
      this.unwritten = '';
      try {
        this.sink(held + text);
      } catch (e) {
        if (!(e instanceof HostIOError)) throw e;
        // What CPython's BufferedWriter (8 KiB) keeps when its raw write
        // fails: the text it held, and the new text if that fitted beside it;
        // a chunk too big for it went to the OS directly and is lost. Kept
        // text is tried again by each flush (the one at exit reports a pipe
        // that stays closed). Unbuffered (-u) there is no BufferedWriter.
        if (!this.writeThrough) {
          const fits = utf8.encode(held + text).length <= BUFFER_SIZE;
          this.unwritten = fits ? held + text : held;
        }
        throw osError(e.errno);
      }
    }
  }
}

export function initTextIO(): void {
  defMethod(TextIOType, 'write', (s, a, k) => {
    checkArgs('write', a, k, 1, 1);
    const t = a[0];
    if (!(t instanceof PyStr)) throw typeError(`write() argument must be str, not ${t.type.name}`);
    (s as PyTextStream).write(t.v);
    return newInt(t.cplen);
  });
  defMethod(TextIOType, 'flush', (s, a, k) => {
    checkArgs('flush', a, k, 0, 0);
    (s as PyTextStream).flush();
    return newNone();
  });
  defMethod(TextIOType, 'readline', (s, a, k) => {
    checkArgs('readline', a, k, 0, 1);
    return newStr(readLine(s as PyTextStream));
  });
  defMethod(TextIOType, 'read', (s, a, k) => {
    checkArgs('read', a, k, 0, 1);
    const st = s as PyTextStream;
    return newStr(st.source === null ? '' : st.source.readAll());
  });
  defMethod(TextIOType, 'isatty', () => newBool(false));
  defMethod(TextIOType, 'fileno', (s) => newInt(s === null ? 0 : ['<stdin>', '<stdout>', '<stderr>'].indexOf((s as PyTextStream).name)));
  defGetSet(TextIOType, 'name', (s) => newStr((s as PyTextStream).name));
  defGetSet(TextIOType, 'mode', (s) => newStr((s as PyTextStream).mode));
  defGetSet(TextIOType, 'encoding', () => newStr('utf-8'));
  defGetSet(TextIOType, 'closed', (s) => newBool((s as PyTextStream).closed));
  TextIOType.repr = (o) => {
    const s = o as PyTextStream;
    return newStr(`<_io.TextIOWrapper name='${s.name}' mode='${s.mode}' encoding='utf-8'>`);
  };
  exposeSlots(TextIOType);
}

/** One line of a readable stream, with its newline ('' at end of input). */
export function readLine(s: PyTextStream): string {
  return s.source === null ? '' : s.source.readLine();
}

export function initSys(m: PyModule, interp: Interpreter): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, 'sys');
    m.set(name, f);
    decref(f);
  };
  const set = (name: string, v: PyObject) => {
    m.set(name, v);
    decref(v);
  };
  set('argv', newList(interp.argv.map((a) => newStr(a))));
  set('path', newList(interp.path.map((p) => newStr(p))));
  set('warnoptions', newList(interp.warnoptions.map((w) => newStr(w))));
  m.set('modules', interp.modules);
  set('version', newStr('3.11.7 (main, pyheap) [TypeScript]'));
  const versionInfo = () => newStructSeq(VersionInfoType, [newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]);
  set('version_info', versionInfo());
  set('float_info', newStructSeq(FloatInfoType, [new PyFloat(Number.MAX_VALUE), newInt(1024), newInt(308),
    new PyFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307), newInt(15), newInt(53), new PyFloat(Number.EPSILON),
    newInt(2), newInt(1)]));
  set('int_info', newStructSeq(IntInfoType, [newInt(30), newInt(4), newInt(4300), newInt(640)]));
  // pyheap always hashes as CPython does under PYTHONHASHSEED=0 (the fidelity contract's reference).
  set('hash_info', newStructSeq(HashInfoType, [newInt(64), newIntAny(2305843009213693951n), newInt(314159), newInt(0),
    newInt(1000003), newStr('siphash13'), newInt(64), newInt(128), newInt(0)]));
  // -X int_max_str_digits (-1: the default limit), for this interpreter from its start.
  const digits = Number(interp.flags.int_max_str_digits ?? -1);
  setIntMaxStrDigits(digits < 0 ? 4300 : digits);
  set('flags', newStructSeq(FlagsType, FLAGS.map(([name, d]) => {
    const v = interp.flags[name] ?? d;
    return typeof v === 'boolean' ? newBool(v) : newInt(v);
  })));
  set('float_repr_style', newStr('short'));
  set('api_version', newInt(1013));
  set('orig_argv', newList(interp.origArgv.map((a) => newStr(a))));
  set('hexversion', newInt(0x030b07f0));
  set('maxsize', newIntAny(9223372036854775807n));
  set('maxunicode', newInt(0x10ffff));
  set('byteorder', newStr('little'));
  set('platform', newStr('linux'));
  set('executable', newStr(interp.executable));
  set('dont_write_bytecode', newBool(interp.flag('dont_write_bytecode') > 0));
  initSysInstall(m, interp.path[interp.path.length - 1] ?? '/', [...interp.nativeModules.keys()]);
  // -X NAME gives NAME: True, -X NAME=VALUE gives NAME: 'VALUE', the later option winning.
  const xoptions = newDict();
  for (const x of interp.xoptions) {
    const eq = x.indexOf('=');
    const k = newStr(eq < 0 ? x : x.slice(0, eq));
    const v = eq < 0 ? newBool(true) : newStr(x.slice(eq + 1));
    dictSet(xoptions, k, v);
    decref(k);
    decref(v);
  }
  set('_xoptions', xoptions);
  m.set('stdout', interp.stdout);
  m.set('stderr', interp.stderr);
  m.set('stdin', interp.stdin);
  m.set('__stdout__', interp.stdout);
  m.set('__stderr__', interp.stderr);
  m.set('__stdin__', interp.stdin);
  def('exit', (_s, a, k) => {
    checkArgs('exit', a, k, 0, 1);
    const args = a.length === 0 ? [] : [a[0]];
    for (const x of args) x.rc++;
    throw newExceptionArgs(SystemExitType, args);
  });
  // sys.unraisablehook and sys.__unraisablehook__: the default report, to sys.stderr.
  const unraisable = newBuiltin('unraisablehook', (_s, a, k) => {
    checkArgs('unraisablehook', a, k, 1, 1);
    const u = a[0];
    if (u.type !== UnraisableHookArgsType) throw typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
    const [, value, , msg, obj] = (u as PyTuple).items;
    interp.writeUnraisable(value, obj, msg === None ? null : ab.strJS(msg));
    return newNone();
  }, 'sys');
  m.set('unraisablehook', unraisable);
  set('__unraisablehook__', unraisable);
  def('getdefaultencoding', (_s, a, k) => (checkArgs('getdefaultencoding', a, k, 0, 0), newStr('utf-8')));
  def('getfilesystemencoding', (_s, a, k) => (checkArgs('getfilesystemencoding', a, k, 0, 0), newStr('utf-8')));
  def('getfilesystemencodeerrors', (_s, a, k) => (checkArgs('getfilesystemencodeerrors', a, k, 0, 0), newStr('surrogateescape')));
  let switchInterval = 0.005;
  def('getswitchinterval', (_s, a, k) => (checkArgs('getswitchinterval', a, k, 0, 0), new PyFloat(switchInterval)));
  def('setswitchinterval', (_s, a, k) => {
    checkArgs('setswitchinterval', a, k, 1, 1);
    const v = asDouble(a[0]);
    if (v <= 0) throw valueError('switch interval must be strictly positive');
    switchInterval = v;
    return newNone();
  });
  def('get_int_max_str_digits', (_s, a, k) => (checkArgs('get_int_max_str_digits', a, k, 0, 0), newInt(getIntMaxStrDigits())));
  def('set_int_max_str_digits', (_s, a, k) => {
    const [n] = unpackArgs('set_int_max_str_digits', a, k, ['maxdigits'], 0, 1, 1);
    setIntMaxStrDigits(Number(ab.indexValue(n!)));
    return newNone();
  });
  def('getrecursionlimit', (_s, a, k) => {
    checkArgs('getrecursionlimit', a, k, 0, 0);
    return newInt(ts.recursionLimit);
  });
  def('setrecursionlimit', (_s, a, k) => {
    checkArgs('setrecursionlimit', a, k, 1, 1);
    const v = a[0];
    if (!(v instanceof PyInt)) throw typeError("'" + v.type.name + "' object cannot be interpreted as an integer");
    const n = Number(v.v);
    if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
    if (n <= ts.depth) {
      throw newException(RecursionErrorType, `cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    }
    ts.recursionLimit = n;
    return newNone();
  });
  def('getrefcount', (_s, a, k) => {
    checkArgs('getrefcount', a, k, 1, 1);
    return newIntAny(a[0].rc);
  });
  def('getsizeof', (_s, a, k) => {
    const [o, dflt] = unpackArgs('getsizeof', a, k, ['object', 'default'], 0, 2, 1);
    try {
      return newIntAny(getSizeOf(o!));
    } catch (e) {
      // Only a TypeError gives way to the default.
      if (dflt === null || !(e instanceof PyBaseException) || !e.type.isSubtype(TypeErrorType)) throw e;
      decref(e);
      dflt.rc++;
      return dflt;
    }
  });
  def('intern', (_s, a, k) => {
    checkArgs('sys.intern', a, k, 1, 1);
    const s = a[0];
    if (!(s instanceof PyStr)) throw typeError(`intern() argument must be str, not ${s === None ? 'None' : s.type.name}`);
    if (s.type !== StrType) throw typeError(`can't intern ${s.type.name}`);
    return intern(s);
  });
  def('exc_info', (_s, a, k) => {
    checkArgs('exc_info', a, k, 0, 0);
    const st = ts.excStack;
    if (st.length === 0) return newTuple([newNone(), newNone(), newNone()]);
    const e = st[st.length - 1] as PyBaseException;
    e.type.rc++;
    e.rc++;
    const tb = e.traceback ?? None;
    tb.rc++;
    return newTuple([e.type, e, tb]);
  });
  def('exception', (_s, a, k) => {
    checkArgs('exception', a, k, 0, 0);
    const st = ts.excStack;
    if (st.length === 0) return newNone();
    const e = st[st.length - 1];
    e.rc++;
    return e;
  });
  def('settrace', (_s, a, k) => {
    checkArgs('sys.settrace', a, k, 1, 1);
    if (a[0] === None) setTrace(null, null);
    else setTrace(pyTraceTrampoline, a[0]);
    return newNone();
  });
  def('gettrace', (_s, a, k) => (checkArgs('sys.gettrace', a, k, 0, 0), hookObject(tr.traceObj)));
  def('setprofile', (_s, a, k) => {
    checkArgs('sys.setprofile', a, k, 1, 1);
    if (a[0] === None) setProfile(null, null);
    else setProfile(pyProfileTrampoline, a[0]);
    return newNone();
  });
  def('getprofile', (_s, a, k) => (checkArgs('sys.getprofile', a, k, 0, 0), hookObject(tr.profileObj)));
  def('_getframe', (_s, a, k) => {
    checkArgs('_getframe', a, k, 0, 1);
    let depth = a.length ? Number(ab.indexValue(a[0])) : 0;
    let f = ts.frame;
    while (depth-- > 0 && f !== null) f = f.back;
    if (f === null) throw valueError('call stack is not deep enough');
    return exposeFrame(f);
  });
}
