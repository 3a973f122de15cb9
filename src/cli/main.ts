// The `pyheap` command line, shaped like `python3`'s.
//
//   pyheap FILE            compile FILE (running it comes with the runtime)
//   pyheap -m ast [...]    CPython's `python3 -m ast` (Lib/ast.py main())

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from './io.js';
import { formatSyntaxError } from './report.js';
import { Interpreter, type Host, type HostStat } from '../runtime/interp.js';
import { HostIOError } from '../runtime/oserror.js';
import { ts } from '../runtime/types/frame.js';
import { PyBaseException } from '../runtime/types/exceptions.js';
import { exceptionRecord } from '../runtime/excprint.js';
import { textSource, type LineSource } from '../modules/sys.js';
import { startTracemalloc } from '../modules/_tracemalloc.js';
import { parse, dump, decodeSourceInfo, PySyntaxError, type ParseWarning } from '../parse/index.js';

/**
 * The process's own IO: stdout/stderr writes and the real file system. The
 * caller says whether stdin and stdout are terminals (bin/pyheap.js finds out
 * without Node's tty module, which would load its net and stream modules).
 */
export function nodeIO(stdinIsTTY: boolean, stdoutIsTTY: boolean): CliIO {
  return {
    writeOut: (s) => writeAll(1, s),
    writeErr: (s) => writeAll(2, s),
    readFile: (p) => fs.readFileSync(p),
    readStdin: () => fs.readFileSync(0),
    readStdinLine: stdinLineReader(),
    stdinIsTTY,
    stdoutIsTTY,
  };
}

/** Write all of `text` to fd; a failure throws HostIOError (EPIPE, 32, when the reader has gone). */
function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < data.length) {
    try {
      done += fs.writeSync(fd, data, done);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EAGAIN') {
        // A non-blocking descriptor whose reader is slow: wait for room.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      throw new HostIOError(typeof err.errno === 'number' ? Math.abs(err.errno) : 5);
    }
  }
}

/** Blocking line reads from fd 0, decoding UTF-8 across chunk boundaries. */
function stdinLineReader(): () => string {
  const decoder = new TextDecoder();
  const chunk = Buffer.alloc(65536);
  let buf = '';
  let eof = false;
  const fill = (): void => {
    for (;;) {
      try {
        const n = fs.readSync(0, chunk, 0, chunk.length, null);
        if (n === 0) {
          eof = true;
          buf += decoder.decode();
        } else {
          buf += decoder.decode(chunk.subarray(0, n), { stream: true });
        }
        return;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') {
          eof = true;
          return;
        }
        throw e;
      }
    }
  };
  return () => {
    while (!buf.includes('\n') && !eof) fill();
    const i = buf.indexOf('\n');
    const end = i < 0 ? buf.length : i + 1;
    const line = buf.slice(0, end);
    buf = buf.slice(end);
    return line;
  };
}

/** A LineSource over the CLI's stdin. */
function stdinSource(io: CliIO): LineSource {
  if (io.readStdinLine === undefined) return textSource(() => new TextDecoder().decode(io.readStdin()));
  const readLine = io.readStdinLine;
  return {
    readLine,
    readAll() {
      let s = '';
      for (let l = readLine(); l !== ''; l = readLine()) s += l;
      return s;
    },
  };
}

export function main(argv: string[], io: CliIO): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    // Never a JavaScript stack trace: an escaping JS error is a pyheap bug.
    io.writeErr(`pyheap: internal error: ${internalErrorText(e)}\n` +
      'Please report it with the program that caused it.\n');
    return 70;
  }
}

/**
 * What escaped: a JS error, or a Python exception raised before the
 * interpreter could report it (an install without lib/, whose importer
 * cannot import itself), named with its message.
 */
function internalErrorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e instanceof PyBaseException) {
    const r = exceptionRecord(e);
    return r.message === '' ? r.qualname : `${r.qualname}: ${r.message}`;
  }
  return String(e);
}

const USAGE = 'usage: pyheap [option] ... [-c cmd | -m mod | file | -] [arg] ...\n' +
  "Try `pyheap -h' for more information.\n";

/**
 * Options python3 takes without an argument, as letters that may be grouped
 * (`-OO`, `-uB`): each sets a sys.flags field, and -O, -E, -I, -P, -u, -i
 * and -x (skip a script file's first line) act here as well.
 */
const FLAG_LETTERS = /^-[bBdEiIOPqsSuvx]+$/;

/** The sys.flags fields that count their letter's repetitions (-OO is 2). */
const COUNTED: Record<string, string> = { b: 'bytes_warning', d: 'debug', O: 'optimize', v: 'verbose' };
/** The sys.flags fields that a letter turns on. */
const SWITCHES: Record<string, string[]> = {
  B: ['dont_write_bytecode'], E: ['ignore_environment'], i: ['inspect', 'interactive'],
  I: ['isolated', 'ignore_environment', 'no_user_site', 'safe_path'], P: ['safe_path'], q: ['quiet'],
  s: ['no_user_site'], S: ['no_site'],
};
/** Environment variables that raise a flag to their value (an integer) or to 1 (other text), as _Py_get_env_flag. */
const ENV_FLAGS: [string, string][] = [['PYTHONOPTIMIZE', 'optimize'], ['PYTHONDONTWRITEBYTECODE', 'dont_write_bytecode'],
  ['PYTHONVERBOSE', 'verbose'], ['PYTHONDEBUG', 'debug'], ['PYTHONINSPECT', 'inspect'], ['PYTHONNOUSERSITE', 'no_user_site']];

/** -x: the script file's first line is not run. */
let skipFirstLine = false;

/** sys.flags of the interpreters this command line starts. */
let cliFlags: Record<string, number | boolean> = {};

/** The flags of the option letters and the environment (unless -E or -I). */
function readFlags(letters: string, env: NodeJS.ProcessEnv): Record<string, number | boolean> {
  const flags: Record<string, number> = {};
  for (const c of letters) {
    if (COUNTED[c] !== undefined) flags[COUNTED[c]] = (flags[COUNTED[c]] ?? 0) + 1;
    for (const f of SWITCHES[c] ?? []) flags[f] = 1;
  }
  if (!flags.ignore_environment) {
    for (const [name, flag] of ENV_FLAGS) {
      const text = env[name] ?? '';
      if (text === '') continue;
      const n = /^\s*[-+]?\d+\s*$/.test(text) ? Number(text) : 1;
      flags[flag] = Math.max(flags[flag] ?? 0, n);
    }
    if ((env.PYTHONSAFEPATH ?? '') !== '') flags.safe_path = 1;
  }
  // The booleans of sys.flags; -i also makes the interpreter interactive, which the caller handles.
  return { ...flags, safe_path: flags.safe_path === 1 };
}

/** python3's command line: options, then the program (-c, -m, a file, - or stdin) and its arguments. */
function dispatch(argv: string[], io: CliIO): number {
  origArgv = ['pyheap', ...argv];
  xOptions.length = 0;
  let letters = '';
  const warnArgs: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (FLAG_LETTERS.test(a)) {
      letters += a.slice(1);
    } else if (a === '-W') {
      if (i + 1 < argv.length) warnArgs.push(argv[i + 1]);
      i++;
    } else if (a.startsWith('-W')) {
      warnArgs.push(a.slice(2));
    } else if (a === '-X') {
      if (i + 1 < argv.length) xOptions.push(argv[i + 1]);
      i++;
    } else if (/^-X./.test(a)) {
      xOptions.push(a.slice(2));
    } else if (a === '--max-steps') {
      // pyheap's own option: stop the program (KeyboardInterrupt) after N loop iterations.
      const n = Number(argv[i + 1]);
      if (!Number.isSafeInteger(n) || n <= 0) {
        io.writeErr('pyheap: --max-steps needs a positive integer\n' + USAGE);
        return 2;
      }
      maxSteps = n;
      i++;
    } else if (a === '-h' || a === '--help' || a === '-?') {
      io.writeOut(USAGE.split('\n')[0] + '\n');
      return 0;
    } else if (a === '-V' || a === '--version') {
      io.writeOut('Python 3.11.7\n');
      return 0;
    } else {
      break;
    }
  }
  const rest = argv.slice(i);
  cliFlags = readFlags(letters, process.env);
  const ignoreEnv = cliFlags.ignore_environment === 1;
  const interactive = letters.includes('i');
  skipFirstLine = letters.includes('x');
  unbuffered = letters.includes('u') || (!ignoreEnv && (process.env.PYTHONUNBUFFERED ?? '') !== '');
  const tm = tracemallocFrames(ignoreEnv, io);
  if (tm === -1) return 1;
  traceFrames = tm;
  if (!readXFlags(cliFlags, ignoreEnv, io)) return 1;
  const env = ignoreEnv ? undefined : process.env.PYTHONWARNINGS;
  importTimeFromEnv = !ignoreEnv && (process.env.PYTHONPROFILEIMPORTTIME ?? '') !== '';
  // Lowest priority first, as config_init_warnoptions: dev mode, PYTHONWARNINGS, -W, then -b's BytesWarning.
  const bytesWarning = Number(cliFlags.bytes_warning ?? 0);
  warnOptions = [...(cliFlags.dev_mode === true ? ['default'] : []), ...(env === undefined ? [] : env.split(',').filter((w) => w !== '')),
    ...warnArgs, ...(bytesWarning > 1 ? ['error::BytesWarning'] : bytesWarning === 1 ? ['default::BytesWarning'] : [])];
  if (rest.length > 0 && (rest[0] === '-c' || rest[0].startsWith('-c'))) {
    const code = rest[0] === '-c' ? rest[1] : rest[0].slice(2);
    if (code === undefined) {
      io.writeErr('Argument expected for the -c option\n' + USAGE);
      return 2;
    }
    const args = rest[0] === '-c' ? rest.slice(2) : rest.slice(1);
    return runSource(code, '<string>', ['-c', ...args], [''], io, interactive);
  }
  if (rest.length > 0 && (rest[0] === '-m' || rest[0].startsWith('-m'))) {
    const mod = rest[0] === '-m' ? rest[1] : rest[0].slice(2);
    if (mod === undefined) {
      io.writeErr('Argument expected for the -m option\n' + USAGE);
      return 2;
    }
    const args = rest[0] === '-m' ? rest.slice(2) : rest.slice(1);
    if (mod === 'ast') return astMain(args, io);
    return runModule(mod, args, io);
  }
  if (rest.length > 0 && rest[0].startsWith('-') && rest[0] !== '-') {
    io.writeErr(`Unknown option: ${rest[0]}\n` + USAGE);
    return 2;
  }
  if (rest.length === 0 || rest[0] === '-') {
    if (rest.length === 0 && (io.stdinIsTTY === true || interactive)) {
      return runInteractive(io, [''], '');
    }
    const source = decodeSourceInfo(io.readStdin(), '<stdin>', 'file').text;
    return runSource(source, '<stdin>', rest.length === 0 ? [''] : ['-', ...rest.slice(1)], [''], io, interactive);
  }
  return runFile(rest[0], io, rest.slice(1), interactive);
}

/** The standard-library modules pyheap writes in Python: lib/ of the package. */
export const LIB_DIR = nodePath.join(packageRoot(nodePath.dirname(fileURLToPath(import.meta.url))), 'lib');

/** The folder of pyheap's package.json above `dir` (the code may run from dist/src or a bundle). */
function packageRoot(dir: string): string {
  for (let d = dir; ; d = nodePath.dirname(d)) {
    if (fs.existsSync(nodePath.join(d, 'package.json')) && fs.existsSync(nodePath.join(d, 'lib'))) return d;
    if (nodePath.dirname(d) === d) return dir;
  }
}

/**
 * The frames to trace from start-up: -X tracemalloc[=N], else
 * PYTHONTRACEMALLOC=N (0: not tracing); -1 after reporting a bad value as
 * CPython's start-up does.
 */
function tracemallocFrames(ignoreEnv: boolean, io: CliIO): number {
  let value: string | undefined;
  let what = '';
  for (const x of xOptions) {
    if (x === 'tracemalloc') value = '1';
    else if (x.startsWith('tracemalloc=')) value = x.slice('tracemalloc='.length);
    else continue;
    what = '-X tracemalloc=NFRAME';
  }
  if (value === undefined && !ignoreEnv && process.env.PYTHONTRACEMALLOC) {
    value = process.env.PYTHONTRACEMALLOC;
    what = 'PYTHONTRACEMALLOC';
  }
  if (value === undefined) return 0;
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(n)) {
    io.writeErr(`Fatal Python error: config_init_tracemalloc: ${what}: invalid number of frames\n` +
      'Python runtime state: preinitialized\n\n');
    return -1;
  }
  if (n > 65535) {
    io.writeErr("Fatal Python error: init_interp_main: can't initialize tracemalloc\n" +
      'Python runtime state: core initialized\nValueError: the number of frames must be in range [1; 65535]\n\n');
    return -1;
  }
  return n;
}

/**
 * The sys.flags that -X options and their environment variables set:
 * int_max_str_digits (which also sets the conversion limit), dev_mode,
 * warn_default_encoding and utf8_mode (pyheap's text is always UTF-8). False after a fatal error,
 * reported as CPython reports it.
 */
function readXFlags(flags: Record<string, number | boolean>, ignoreEnv: boolean, io: CliIO): boolean {
  const fatal = (where: string, what: string, state: string): false => {
    io.writeErr(`Fatal Python error: ${where}: ${what}\nPython runtime state: ${state}\n\n`);
    return false;
  };
  const envOf = (name: string): string => (ignoreEnv ? '' : process.env[name] ?? '');
  let digits: string | null = null;
  let digitsFrom = '-X int_max_str_digits';
  let utf8: string | null = envOf('PYTHONUTF8') !== '' ? envOf('PYTHONUTF8') : null;
  let utf8From = 'PYTHONUTF8';
  let dev = envOf('PYTHONDEVMODE') !== '';
  let warnEncoding = envOf('PYTHONWARNDEFAULTENCODING') !== '';
  for (const x of xOptions) {
    const eq = x.indexOf('=');
    const key = eq < 0 ? x : x.slice(0, eq);
    const value = eq < 0 ? '' : x.slice(eq + 1);
    if (key === 'int_max_str_digits') digits = eq < 0 ? '' : value;
    else if (key === 'utf8') {
      utf8 = eq < 0 ? '1' : value;
      utf8From = '-X utf8';
    } else if (key === 'dev') dev = true;
    else if (key === 'warn_default_encoding') warnEncoding = true;
  }
  if (digits === null && envOf('PYTHONINTMAXSTRDIGITS') !== '') {
    digits = envOf('PYTHONINTMAXSTRDIGITS');
    digitsFrom = 'PYTHONINTMAXSTRDIGITS';
  }
  if (digits !== null) {
    const n = /^[0-9]+$/.test(digits) ? Number(digits) : NaN;
    if (!(n === 0 || n >= 640)) {
      return fatal('config_init_int_max_str_digits', `${digitsFrom}: invalid limit; must be >= 640 or 0 for unlimited.`, 'preinitialized');
    }
    flags.int_max_str_digits = n;
  }
  if (utf8 !== null) {
    if (utf8 !== '0' && utf8 !== '1') {
      return fatal('preconfig_init_utf8_mode', utf8From === '-X utf8' ? 'invalid -X utf8 option value' : 'invalid PYTHONUTF8 environment variable value', 'preinitializing');
    }
    flags.utf8_mode = Number(utf8);
  }
  if (dev) flags.dev_mode = true;
  if (warnEncoding) flags.warn_default_encoding = 1;
  return true;
}

/** -X options, in order. */
const xOptions: string[] = [];

/** Frames to trace from start-up (-X tracemalloc, PYTHONTRACEMALLOC); 0: off. */
let traceFrames = 0;

/** PYTHONPROFILEIMPORTTIME is set (not under -E or -I): as -X importtime. */
let importTimeFromEnv = false;

/** -u or PYTHONUNBUFFERED: stdout is written through at every write, as stderr is. */
let unbuffered = false;

/** sys.warnoptions of the interpreters this command line starts. */
let warnOptions: string[] = [];

/** sys.orig_argv: the command line as given (the command's own name first). */
let origArgv: string[] = [];

/** The step budget of --max-steps (loop iterations of the program, from its start). */
let maxSteps = Infinity;

function newInterpreter(io: CliIO, argv: string[], path: string[]): Interpreter {
  const script = process.argv[1];
  // -P (and -I): no script folder or current folder in front of the library.
  const interp = new Interpreter(nodeHost(io), { argv, path: [...(cliFlags.safe_path === true ? [] : path), LIB_DIR], stdin: stdinSource(io), stdoutIsTTY: io.stdoutIsTTY === true,
    unbuffered, flags: cliFlags,
    warnoptions: warnOptions, executable: script === undefined ? '' : nodePath.resolve(script), origArgv, xoptions: xOptions,
    importTime: importTimeFromEnv });
  // Counted from here: the interpreter's own start-up is not the program's.
  ts.stepsLeft = maxSteps;
  if (traceFrames > 0) startTracemalloc(traceFrames);
  return interp;
}

/** -c CODE and a script on stdin: '<string>' / '<stdin>' as the file name. */
function runSource(source: string, filename: string, argv: string[], path: string[], io: CliIO, interactive: boolean): number {
  const interp = newInterpreter(io, argv, path.map((p) => p === '' ? process.cwd() : p));
  const status = interp.runMain(source, filename);
  return interactive ? interp.interactive(() => readPromptLine(io, interp)) : status;
}

/** The banner, then the prompt's line reader: prompts go to stderr, as CPython's do. */
function readPromptLine(io: CliIO, interp: Interpreter): (prompt: string) => string | null {
  io.writeErr(`Python ${interp.versionText()} on linux\nType "help", "copyright", "credits" or "license" for more information.\n`);
  return (prompt) => {
    interp.flushStdio();
    io.writeErr(prompt);
    const line = io.readStdinLine ? io.readStdinLine() : '';
    return line === '' ? null : line;
  };
}

/** `pyheap` alone on a terminal (or -i): the interactive prompt. */
function runInteractive(io: CliIO, argv: string[], path0: string): number {
  const interp = newInterpreter(io, argv, [path0 === '' ? process.cwd() : path0]);
  return interp.interactive(() => readPromptLine(io, interp));
}

/** -m MODULE: find the module on sys.path and run it as __main__. */
function runModule(mod: string, args: string[], io: CliIO): number {
  const cwd = process.cwd();
  const interp = newInterpreter(io, [mod, ...args], [cwd]);
  return interp.runModuleAsMain(mod);
}

/** `pyheap FILE`: compile the script; report a SyntaxError as CPython does. */
function runFile(path: string, io: CliIO, args: string[] = [], interactive = false): number {
  let bytes: Uint8Array;
  let filename = path;
  try {
    bytes = path === '-' ? io.readStdin() : io.readFile(path);
    // -x: a script file's first line is skipped (left empty, so that the others keep their numbers).
    if (skipFirstLine && path !== '-') {
      const nl = bytes.indexOf(0x0a);
      bytes = nl < 0 ? new Uint8Array(0) : bytes.subarray(nl);
    }
    // CPython names the script by its absolute path in tracebacks.
    filename = path === '-' ? '<stdin>' : nodePath.resolve(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const abs = nodePath.resolve(path);
    io.writeErr(`pyheap: can't open file '${abs}': [Errno ${errnoNumber(err.code)}] ${errnoText(err.code)}\n`);
    return 2;
  }
  const warnings: ParseWarning[] = [];
  let source = '';
  try {
    const decoded = decodeSourceInfo(bytes, filename, 'file');
    source = decoded.text;
    // The SyntaxWarnings of a valid script come from the interpreter's compile(), through the warnings module.
    parse(source, { filename, mode: 'exec', byteOffsets: !decoded.declared, warnings, fromFile: path !== '-' });
  } catch (e) {
    printWarnings(warnings, filename, source, io);
    if (e instanceof PySyntaxError) {
      io.writeErr(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
  const interp = newInterpreter(io, [path, ...args], [nodePath.dirname(filename)]);
  const status = interp.runMain(source, filename);
  return interactive ? interp.interactive(() => readPromptLine(io, interp)) : status;
}

/** The interpreter's view of the machine: the real file system and the process's streams. */
function nodeHost(io: CliIO): Host {
  return {
    readFile: (p) => {
      try {
        return io.readFile(p);
      } catch {
        return null;
      }
    },
    isDir: (p) => {
      try {
        return fs.statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    writeOut: (s) => io.writeOut(s),
    writeErr: (s) => io.writeErr(s),
    join: (...parts) => nodePath.join(...parts),
    dirname: (p) => nodePath.dirname(p),
    resolve: (p) => nodePath.resolve(p),
    cwd: () => process.cwd(),
    env: () => Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    listDir: (p) => {
      try {
        return fs.readdirSync(p);
      } catch {
        return null;
      }
    },
    fileKind: (p) => {
      try {
        const st = fs.statSync(p);
        return st.isDirectory() ? 'dir' : 'file';
      } catch {
        return null;
      }
    },
    pid: () => process.pid,
    writeFile: (p, data) => fs.writeFileSync(p, data),
    mkdir: (p) => errnoOf(() => fs.mkdirSync(p)),
    rmdir: (p) => errnoOf(() => fs.rmdirSync(p)),
    unlink: (p) => errnoOf(() => fs.unlinkSync(p)),
    rename: (src, dst) => errnoOf(() => fs.renameSync(src, dst)),
    stat: (p) => {
      try {
        const st = fs.statSync(p);
        return { size: st.size, mtime: st.mtimeMs / 1000, isDir: st.isDirectory() };
      } catch {
        return null;
      }
    },
    statFull: (p, follow) => {
      try {
        return hostStat(follow ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true }));
      } catch (e) {
        return errnoOfError(e);
      }
    },
    fdOpen: (p, flags, mode) => {
      try {
        return fs.openSync(p, flags, mode);
      } catch (e) {
        return -errnoOfError(e);
      }
    },
    fdClose: (fd) => -errnoOf(() => fs.closeSync(fd)),
    fdRead: (fd, n) => {
      try {
        const buf = new Uint8Array(n);
        return buf.subarray(0, fs.readSync(fd, buf, 0, n, null));
      } catch (e) {
        return -errnoOfError(e);
      }
    },
    fdWrite: (fd, data) => {
      try {
        return fs.writeSync(fd, data);
      } catch (e) {
        return -errnoOfError(e);
      }
    },
    fdStat: (fd) => {
      try {
        return hostStat(fs.fstatSync(fd, { bigint: true }));
      } catch (e) {
        return errnoOfError(e);
      }
    },
    readlink: (p) => {
      try {
        return fs.readlinkSync(p);
      } catch (e) {
        return errnoOfError(e);
      }
    },
    symlink: (target, link) => errnoOf(() => fs.symlinkSync(target, link)),
    link: (src, dst) => errnoOf(() => fs.linkSync(src, dst)),
    chdir: (p) => errnoOf(() => process.chdir(p)),
    access: (p, mode) => {
      try {
        fs.accessSync(p, mode);
        return true;
      } catch {
        return false;
      }
    },
    ids: () => ({
      uid: process.getuid ? process.getuid() : 0, gid: process.getgid ? process.getgid() : 0,
      euid: process.geteuid ? process.geteuid() : 0, egid: process.getegid ? process.getegid() : 0,
    }),
  };
}

/** Run a file-system call: 0, or the (positive) errno Node reports for its failure. */
function errnoOf(call: () => void): number {
  try {
    call();
    return 0;
  } catch (e) {
    return errnoOfError(e);
  }
}

function hostStat(st: fs.BigIntStats): HostStat {
  return {
    mode: Number(st.mode), ino: st.ino, dev: st.dev, nlink: Number(st.nlink), uid: Number(st.uid), gid: Number(st.gid),
    size: st.size, atimeNs: st.atimeNs, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, blksize: Number(st.blksize),
    blocks: st.blocks, rdev: st.rdev,
  };
}

/** The (positive) errno of a failed Node file-system call (EIO when it has none). */
function errnoOfError(e: unknown): number {
  const errno = (e as { errno?: number }).errno;
  return typeof errno === 'number' ? Math.abs(errno) : 5;
}

const AST_USAGE = 'usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n' +
  '                     [-i INDENT]\n' +
  '                     [infile]\n';

/** Lib/ast.py main(): parse a file and print ast.dump(tree, include_attributes, indent). */
function astMain(args: string[], io: CliIO): number {
  let mode: 'exec' | 'single' | 'eval' | 'func_type' = 'exec';
  let typeComments = true;
  let includeAttributes = false;
  let indent = 3;
  let infile: string | null = null;
  const usageError = (msg: string): number => {
    io.writeErr(AST_USAGE + `python -m ast: error: ${msg}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let inlineValue: string | null = null;
    if (a.startsWith('--') && a.includes('=')) {
      inlineValue = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    } else if (/^-[mi]./.test(a)) {
      inlineValue = a.slice(2);
      a = a.slice(0, 2);
    }
    const value = (): string | null => {
      if (inlineValue !== null) return inlineValue;
      if (i + 1 < args.length) return args[++i];
      return null;
    };
    if (a === '-a' || a === '--include-attributes') {
      includeAttributes = true;
    } else if (a === '--no-type-comments') {
      typeComments = false;
    } else if (a === '-m' || a === '--mode') {
      const v = value();
      if (v === null) return usageError('argument -m/--mode: expected one argument');
      if (v !== 'exec' && v !== 'single' && v !== 'eval' && v !== 'func_type') {
        return usageError(`argument -m/--mode: invalid choice: '${v}' (choose from 'exec', 'single', 'eval', 'func_type')`);
      }
      mode = v;
    } else if (a === '-i' || a === '--indent') {
      const v = value();
      if (v === null) return usageError('argument -i/--indent: expected one argument');
      if (!/^\s*[-+]?\d+\s*$/.test(v)) return usageError(`argument -i/--indent: invalid int value: '${v}'`);
      indent = parseInt(v, 10);
    } else if (a === '-h' || a === '--help') {
      io.writeOut(AST_USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      return usageError(`unrecognized arguments: ${a}`);
    } else if (infile === null) {
      infile = a;
    } else {
      return usageError(`unrecognized arguments: ${a}`);
    }
  }
  let bytes: Uint8Array;
  let filename: string;
  if (infile === null || infile === '-') {
    bytes = io.readStdin();
    filename = '<stdin>';
  } else {
    try {
      bytes = io.readFile(infile);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      return usageError(`argument infile: can't open '${infile}': [Errno ${errnoNumber(err.code)}] ${errnoText(err.code)}: '${infile}'`);
    }
    filename = infile;
  }
  const warnings: ParseWarning[] = [];
  let source = '';
  try {
    const decoded = decodeSourceInfo(bytes, filename, 'string');
    source = decoded.text;
    const tree = parse(source, { filename, mode, typeComments, byteOffsets: !decoded.declared, warnings, fromFile: filename !== '<stdin>' });
    printWarnings(warnings, filename, source, io);
    let text: string;
    try {
      text = dump(tree, { includeAttributes, indent: indent });
    } catch (e) {
      // ast.dump recurses per level, and CPython's fails the same way on
      // trees thousands of levels deep.
      if (!(e instanceof RangeError)) throw e;
      io.writeErr('Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded while calling a Python object\n');
      return 1;
    }
    io.writeOut(text + '\n');
    return 0;
  } catch (e) {
    printWarnings(warnings, filename, source, io);
    if (e instanceof PySyntaxError) {
      // CPython prints a traceback through runpy and ast.py before this block.
      io.writeErr('Traceback (most recent call last):\n' + formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

/**
 * Compile-time warnings as the warnings module shows them by default:
 * `file:line: Category: message` and the stripped source line.
 */
function printWarnings(warnings: ParseWarning[], filename: string, source: string, io: CliIO): void {
  if (warnings.length === 0) return;
  const lines = source.split('\n');
  for (const w of warnings) {
    // The default warning filters ignore DeprecationWarning outside __main__ (ast's compile is not __main__).
    if (w.category === 'DeprecationWarning') continue;
    const line = (lines[w.lineno - 1] ?? '').trim();
    io.writeErr(`${filename}:${w.lineno}: ${w.category}: ${w.message}\n` + (line ? `  ${line}\n` : ''));
  }
  warnings.length = 0;
}

function errnoNumber(code: string | undefined): number {
  switch (code) {
    case 'ENOENT': return 2;
    case 'EACCES': return 13;
    case 'EISDIR': return 21;
    default: return 5;
  }
}

function errnoText(code: string | undefined): string {
  switch (code) {
    case 'ENOENT': return 'No such file or directory';
    case 'EACCES': return 'Permission denied';
    case 'EISDIR': return 'Is a directory';
    default: return 'Input/output error';
  }
}
