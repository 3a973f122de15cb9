// The interpreter: compiling source to code objects, running modules, the
// import system, and what happens to an exception nobody caught.
//
// The host (file system, stdout/stderr, argv) comes in through `Host`, so the
// same interpreter runs under Node and in a browser's virtual file system.

import { parse, PySyntaxError, type ParseWarning } from '../parse/index.js';
import { compileModule, codeUnitsOf, type CodeUnit, type ConstEntry } from '../compile/codegen.js';
import { precompiledFor, type Factory } from './precompiled.js';
import { FloatConst, ComplexConst, BytesConst, ELLIPSIS } from '../parse/constants.js';
import { PyObject, decref } from './object.js';
import type { PyType } from './type.js';
import { bootstrap } from './bootstrap.js';
import { rt, hooks, toPyException } from './rt.js';
import { PyCode, PyFunction } from './types/function.js';
import { callResult } from './excresult.js';
import { PyStr, newStr, internStr, nameStr } from './types/str.js';
import { newIntBig, PyInt } from './types/int.js';
import { PyFloat } from './types/float.js';
import { newComplex } from './types/complex.js';
import { newTuple, PyTuple, TupleType } from './types/tuple.js';
import { PyList, ListType } from './types/list.js';
import { None, Ellipsis, newNone } from './types/none.js';
import { True, False } from './types/bool.js';
import { PyDict, DictType, newDict, dictGetStr, dictSet, dictDel, dictClear, dictEntryCount, dictKeyAt, dictKeyList,
  dictValueAt } from './types/dict.js';
import { gcState, gcCollect, gcSeal } from './gc.js';
import { freelistCounts, applyImportFreelists, hasImportFreelists } from './importFreelists.js';
import { heapTrace } from './heap.js';
import { PyModule } from './types/module.js';
import { foldedFrozenset } from './types/set.js';
import { warnExplicit, installRuntimeWarnings } from './warnings.js';
import { compileWarnings, type CompileWarning } from './compileWarnings.js';
import { excTypes, PyBaseException, newException, ModuleNotFoundErrorType, SystemExitType, SyntaxErrorType,
  IndentationErrorType, TabErrorType, KeyboardInterruptType, ImportErrorType, ValueErrorType, setField, newSyntaxErrorFrom } from './types/exceptions.js';
import { typeError } from './errors.js';
import * as ab from './abstract.js';
import { formatUncaught } from './excprint.js';
import { reportUnraisable } from './types/typeobject.js';
import { ts } from './types/frame.js';
import { PyTextStream, textSource, UnraisableHookArgsType, type LineSource } from '../modules/sys.js';
import { newStructSeq } from './types/structseq.js';
import { initBuiltins } from '../modules/builtins.js';
import { stdlibModules } from '../modules/index.js';

export interface Host {
  /** The bytes of a file, or null if there is none. */
  readFile(path: string): Uint8Array | null;
  isDir(path: string): boolean;
  /** Write to stdout / stderr; a write the OS refuses throws HostIOError (EPIPE, 32, for a closed pipe). */
  writeOut(s: string): void;
  writeErr(s: string): void;
  /** Path operations of the host (POSIX in Node and in the browser's virtual FS). */
  join(...parts: string[]): string;
  dirname(p: string): string;
  resolve(p: string): string;
  /** The process's working directory, its environment, and directory listings (os module). */
  cwd?(): string;
  env?(): Record<string, string>;
  listDir?(p: string): string[] | null;
  /** null when nothing is there. */
  fileKind?(p: string): 'file' | 'dir' | null;
  /** Replace a file's contents (creating it); absent on a read-only host (open() for writing fails). */
  writeFile?(path: string, data: Uint8Array): void;
  pid?(): number;
  /** File-system changes for os, tempfile and shutil: 0, or the errno of the failure. */
  mkdir?(p: string): number;
  rmdir?(p: string): number;
  unlink?(p: string): number;
  rename?(src: string, dst: string): number;
  /** Size and modification time (seconds) of what is at p, or null when nothing is. */
  stat?(p: string): { size: number; mtime: number; isDir: boolean } | null;
  /** stat(2), or lstat(2) when follow is false: os.stat_result's fields, or the errno of the failure. */
  statFull?(p: string, follow: boolean): HostStat | number;
  /** The target of a symbolic link, or the errno of the failure. */
  readlink?(p: string): string | number;
  /** File-system changes for os.symlink, os.link and os.chdir: 0, or the errno of the failure. */
  symlink?(target: string, link: string): number;
  link?(src: string, dst: string): number;
  chdir?(p: string): number;
  /** access(2): whether the process may use p as mode (F_OK 0, X_OK 1, W_OK 2, R_OK 4) asks. */
  access?(p: string, mode: number): boolean;
  /** File descriptors (os.open and kin): the fd or result, or minus the errno of the failure. */
  fdOpen?(p: string, flags: number, mode: number): number;
  fdClose?(fd: number): number;
  fdRead?(fd: number, n: number): Uint8Array | number;
  fdWrite?(fd: number, data: Uint8Array): number;
  fdStat?(fd: number): HostStat | number;
  /** The process's real and effective user and group ids. */
  ids?(): { uid: number; gid: number; euid: number; egid: number };
}

/** What stat(2) reports (times in nanoseconds since the epoch). */
export interface HostStat {
  mode: number;
  ino: bigint;
  dev: bigint;
  nlink: number;
  uid: number;
  gid: number;
  size: bigint;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: number;
  blocks: bigint;
  rdev: bigint;
}

/** Identifier-like strings are interned as constants (all_name_chars in codeobject.c). */
function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

const COMPOUND = new Set(['If', 'For', 'While', 'Try', 'TryStar', 'With', 'FunctionDef', 'ClassDef', 'AsyncFunctionDef',
  'AsyncFor', 'AsyncWith', 'Match']);
const INCOMPLETE = /was never closed|unexpected EOF|unterminated triple-quoted|expected an indented block|unexpected end of/;

export interface NativeModule {
  name: string;
  /** Fill the module's namespace. */
  init(m: PyModule, interp: Interpreter): void;
}

/**
 * CPython's tokenizer adds no newline to eval() input: on a last line without
 * one, the error's text has none either, and an error at the end of the input
 * (past the text) has no column.
 */
function unterminatedEvalError(e: PySyntaxError, source: string): PySyntaxError {
  if (source.endsWith('\n') || e.text === null || !e.text.endsWith('\n')) return e;
  if (e.lineno !== source.split('\n').length) return e;
  const text = e.text.slice(0, -1);
  const pastEnd = e.offset > text.length;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, pastEnd ? 0 : e.offset, text, e.endLineno,
    pastEnd ? 0 : e.endOffset, e.noLocation);
}

export class Interpreter {
  modules: PyDict;
  builtins!: PyModule;
  builtinsDict!: PyDict;
  nativeModules = new Map<string, NativeModule>();
  /** Modules whose code is running (for "partially initialized module" errors). */
  initializing = new Set<PyObject>();
  /** sys.path as strings. */
  path: string[] = [];
  argv: string[] = [];
  /** sys.executable and sys.orig_argv: the command that runs the interpreter, as typed. */
  executable: string;
  origArgv: string[];
  /** The -W options (and PYTHONWARNINGS), as sys.warnoptions; the warnings module reads them at import. */
  warnoptions: string[] = [];
  /** The -X options, as sys._xoptions has them: NAME or NAME=VALUE. */
  xoptions: string[] = [];
  /** -X importtime (PYTHONPROFILEIMPORTTIME): each import's time on stderr (importTimed). */
  importTime = false;
  /** sys.flags that the command line sets (the others keep their defaults). */
  flags: Record<string, number | boolean> = {};
  /** sys.flags.optimize (-O): 1 drops asserts and makes __debug__ False, 2 also drops docstrings. */
  optimize = 0;
  private lineCache = new Map<string, string[]>();

  stdout: PyTextStream;
  stderr: PyTextStream;
  stdin: PyTextStream;

  constructor(public host: Host, options: { argv: string[]; path: string[]; stdin?: LineSource; stdoutIsTTY?: boolean; unbuffered?: boolean;
    flags?: Record<string, number | boolean>;
    warnoptions?: string[]; executable?: string; origArgv?: string[]; xoptions?: string[]; importTime?: boolean }) {
    bootstrap();
    this.argv = options.argv;
    this.executable = options.executable ?? '';
    this.origArgv = options.origArgv ?? [];
    this.warnoptions = options.warnoptions ?? [];
    this.xoptions = options.xoptions ?? [];
    this.flags = options.flags ?? {};
    this.optimize = this.flag('optimize');
    this.path = options.path;
    this.modules = newDict();
    hooks.importName = (g, name, fromlist, level) => this.importName(g, name, fromlist, level);
    hooks.isInitializing = (m) => this.initializing.has(m);
    reportUnraisable.f = (e, where) => this.unraisable(toPyException(e), where);
    hooks.importError = (msg, name, path) => importErrorWith(ImportErrorType, msg, name, path);
    this.stdout = new PyTextStream('<stdout>', 'w', (s) => host.writeOut(s), options.stdoutIsTTY === true);
    this.stderr = new PyTextStream('<stderr>', 'w', (s) => host.writeErr(s), true);
    // -u: every write goes out at once (CPython's unbuffered binary layer under a write-through text layer).
    this.stdout.writeThrough = this.stderr.writeThrough = options.unbuffered === true;
    this.stdin = new PyTextStream('<stdin>', 'r', null, false, options.stdin ?? textSource(() => ''));
    this.flushStdio = (report = false) => {
      let ok = true;
      for (const f of [this.stdout, this.stderr]) {
        try {
          f.flush();
        } catch (e) {
          ok = false;
          if (report) this.unraisable(toPyException(e), f);
          else if (e instanceof PyObject) decref(e);
        }
      }
      return ok;
    };
    for (const m of stdlibModules) this.registerNative(m);
    this.builtins = new PyModule('builtins');
    this.builtinsDict = this.builtins.dict;
    this.setModule('builtins', this.builtins);
    initBuiltins(this.builtins, this);
    installRuntimeWarnings(this);
    this.importName(this.builtinsDict, 'sys', null, 0);
    // From here: sys is no import of the program's (CPython makes it at start-up).
    this.importTime = options.importTime === true || this.xoptions.includes('importtime');
    // What the program will find already made lives as long as the interpreter: collections skip it.
    gcSeal();
  }

  /** A numeric sys.flags field the command line set (True is 1), 0 when it set none. */
  flag(name: string): number {
    return Number(this.flags[name] ?? 0);
  }

  /** Write text to a file object (null: sys.stdout), fast for the standard streams. */
  writeTo(file: PyObject | null, text: string): void {
    const f = file ?? this.sysAttr('stdout');
    if (f instanceof PyTextStream) {
      f.write(text);
      return;
    }
    if (f === null || f === None) return;
    const w = ab.getattr(f, internStr('write'));
    const t = newStr(text);
    try {
      decref(ab.call(w, [t]));
    } finally {
      decref(t);
      decref(w);
    }
  }

  flushFile(file: PyObject | null): void {
    const f = file ?? this.sysAttr('stdout');
    if (f instanceof PyTextStream) {
      f.flush();
      return;
    }
    if (f === null || f === None) return;
    const fl = ab.getattrOrNull(f, internStr('flush'));
    if (fl !== null) {
      decref(ab.call(fl, []));
      decref(fl);
    }
  }

  /** An attribute of the sys module, borrowed, or null. */
  sysAttr(name: string): PyObject | null {
    const sys = this.finalSys ?? this.moduleOrNull('sys');
    return sys instanceof PyModule ? sys.get(name) : null;
  }

  /** The globals of the running frame (the builtins' globals() and friends). */
  currentGlobals(): PyDict {
    const f = ts.frame;
    return f === null ? this.builtinsDict : f.func.globals;
  }

  registerNative(m: NativeModule): void {
    this.nativeModules.set(m.name, m);
  }

  // ------------------------------------------------------------- compiling

  /** Compile source text to a code object at an optimization level (-1: the interpreter's, -O's); throws the Python SyntaxError. */
  compile(source: string, filename: string, mode: 'exec' | 'eval' | 'single', optimize = -1): PyCode {
    const level = optimize < 0 ? this.optimize : optimize;
    // Like linecache, tracebacks read real files only: '<stdin>' and '<string>' show no source lines.
    if (!filename.startsWith('<')) this.lineCache.set(filename, source.split(/(?<=\n)/));
    // The build precompiles the library as -O 0 compiles it.
    if (mode === 'exec' && level === 0) {
      const pre = precompiledFor(source, filename);
      if (pre !== null) return this.materialize(pre.units(filename), new Map(), pre.factories);
    }
    let unit: CodeUnit;
    const parserWarnings: ParseWarning[] = [];
    try {
      const tree = parse(source, { filename, mode, byteOffsets: true, warnings: parserWarnings });
      this.reportCompileWarnings(parserWarnings, filename);
      unit = compileModule(tree, filename, (n) => this.getLine(filename, n), { interactive: mode === 'single', optimize: level });
      for (const w of compileWarnings(tree)) this.reportCompilerWarning(w, filename, source);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        // The warnings of the text before the error come first, as CPython issues them while parsing.
        this.reportCompileWarnings(parserWarnings, filename);
        throw this.syntaxErrorObject(mode === 'eval' ? unterminatedEvalError(e, source) : e);
      }
      throw e;
    }
    return this.materialize(unit, new Map());
  }

  /**
   * A SyntaxWarning of the compiler through the warnings module; one that the
   * filters turn into an exception becomes a SyntaxError at its place.
   */
  private reportCompilerWarning(w: CompileWarning, filename: string, source: string): void {
    const category = excTypes.get('SyntaxWarning')!;
    try {
      warnExplicit(category, w.message, filename, w.lineno);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(category))) throw e;
      decref(e);
      // Like CPython, the error shows the line of the file of that name, if there is one.
      const bytes = filename.startsWith('<') ? null : this.host.readFile(filename);
      const text = bytes === null ? null : new TextDecoder().decode(bytes).split(/(?<=\n)/)[w.lineno - 1] ?? null;
      throw this.syntaxErrorObject(new PySyntaxError('SyntaxError', w.message, filename, w.lineno, w.col_offset + 1, text,
        w.end_lineno, w.end_col_offset + 1));
    }
  }

  /** Issue compile-time warnings through the warnings module (PyErr_WarnExplicit), emptying the list. */
  private reportCompileWarnings(found: ParseWarning[], filename: string): void {
    for (const w of found.splice(0)) warnExplicit(excTypes.get(w.category)!, w.message, filename, w.lineno);
  }

  /** A PySyntaxError from the parser as the Python exception object. */
  syntaxErrorObject(e: PySyntaxError): PyBaseException {
    const t = e.kind === 'IndentationError' ? IndentationErrorType : e.kind === 'TabError' ? TabErrorType : SyntaxErrorType;
    const x = newSyntaxErrorFrom(t, e.msg, e.noLocation ? null : e);
    (x as PyBaseException & { syntax?: PySyntaxError }).syntax = e;
    return x;
  }

  getLine(filename: string, lineno: number): string | null {
    if (filename.startsWith('<') && filename.endsWith('>')) return null;
    let lines = this.lineCache.get(filename);
    if (lines === undefined) {
      const bytes = this.host.readFile(filename);
      if (bytes === null) return null;
      lines = new TextDecoder().decode(bytes).split(/(?<=\n)/);
      this.lineCache.set(filename, lines);
    }
    return lines[lineno - 1] ?? null;
  }

  /** The code object of a compiled unit; `made` are the factories when they were compiled ahead (precompiled.ts). */
  private materialize(u: CodeUnit, made: Map<ConstEntry, PyObject>, factories: Factory[] | null = null): PyCode {
    const units = codeUnitsOf(u);
    // One `new Function` for every code object of the compilation unit: V8
    // then parses the module's JS once instead of once per function.
    factories ??= new Function('return [\n' + units.map((x) => `function(rt, K) {\n${x.js}\n}`).join(',\n') + '\n];')() as Factory[];
    this.factories = new Map(units.map((x, i) => [x, factories![i] as (r: typeof rt, k: PyObject[]) => PyCode['fn']]));
    try {
      return this.materializeOne(u, made);
    } finally {
      this.factories = null;
    }
  }

  /** The compiled factories of the unit being materialized. */
  private factories: Map<CodeUnit, (r: typeof rt, k: PyObject[]) => PyCode['fn']> | null = null;

  private materializeOne(u: CodeUnit, made: Map<ConstEntry, PyObject>): PyCode {
    const code = new PyCode(u.name, u.qualname, u.filename, u.firstlineno, u.argcount, u.posonlyargcount,
      u.kwonlyargcount, u.flags, u.varnames, u.cellvars, u.freevars);
    code.positions = Int32Array.from(u.positions);
    code.consts = u.consts.map((c) => this.constObject(c, made));
    code.jsSource = u.js;
    code.stacksize = u.stacksize;
    // The JS receives only the runtime operations and its constants.
    code.fn = this.factories!.get(u)!(rt, code.consts);
    const simple = u.kind === 'function' && u.kwonlyargcount === 0 && (u.flags & (0x4 | 0x8)) === 0;
    code.fast = simple ? u.argcount : -1;
    return code;
  }


  private constObject(c: ConstEntry, made: Map<ConstEntry, PyObject>): PyObject {
    const prev = made.get(c);
    if (prev !== undefined) {
      prev.rc++;
      return prev;
    }
    let o: PyObject;
    if ('code' in c) o = this.materializeOne(c.code, made);
    else if ('name' in c) o = internStr(c.name);
    else if ('tuple' in c) o = newTuple(c.tuple.map((x) => this.constObject(x, made)));
    else if ('frozenset' in c) {
      const items = c.frozenset.map((x) => this.constObject(x, made));
      try {
        o = foldedFrozenset(items);
      } finally {
        for (const x of items) decref(x);
      }
    }
    else {
      const v = c.value;
      if (v === null) o = (None.rc++, None);
      else if (v === true) o = (True.rc++, True);
      else if (v === false) o = (False.rc++, False);
      else if (typeof v === 'string') o = allNameChars(v) ? internStr(v) : newStr(v);
      else if (typeof v === 'bigint') o = newIntBig(v);
      else if (v instanceof FloatConst) o = new PyFloat(v.value);
      else if (v === ELLIPSIS) o = (Ellipsis.rc++, Ellipsis);
      else if (v instanceof ComplexConst) o = newComplex(v.real, v.imag);
      else if (v instanceof BytesConst) o = this.literalFactory(v);
      else throw new Error('unknown constant');
    }
    o.rc++;
    made.set(c, o);
    return o;
  }

  /** bytes and complex literals: their types live in modules installed later. */
  /** bytes literals: the bytes type installs its factory with the builtins. */
  literalFactory: (v: ComplexConst | BytesConst) => PyObject = () => {
    throw typeError('bytes literals need the bytes type');
  };

  // ------------------------------------------------------------- running

  /** Run a module code object in the namespace of `m`. */
  execModule(code: PyCode, m: PyModule): void {
    const g = m.dict;
    const F = this.moduleFunction(code, g);
    try {
      const r = callResult(code.fn(F, g));
      decref(r);
    } finally {
      decref(F);
    }
  }

  /** The function object a module or exec() body runs as (it carries globals and builtins). */
  moduleFunction(code: PyCode, globals: PyDict): PyFunction {
    code.rc++;
    globals.rc++;
    const b = this.builtinsFor(globals);
    const F = new PyFunction(code, globals, b);
    return F;
  }

  private builtinsFor(globals: PyDict): PyDict {
    const k = internStr('__builtins__');
    let b = dictGetStr(globals, k);
    if (b === null) {
      dictSet(globals, k, this.builtins);
      b = this.builtins;
    }
    decref(k);
    const d = b instanceof PyModule ? b.dict : (b as PyDict);
    d.rc++;
    return d;
  }

  newModule(name: string, file: string | null): PyModule {
    const m = new PyModule(name);
    m.set('__builtins__', this.builtins);
    if (file !== null) {
      const f = newStr(file);
      m.set('__file__', f);
      decref(f);
    }
    for (const attr of ['__doc__', '__package__', '__loader__', '__spec__']) m.set(attr, None);
    return m;
  }

  // ------------------------------------------------------------- imports

  /** An import statement is loading a module whose effect on the free lists is CPython's (see importName). */
  private importingLib = false;

  /** __import__(name, globals, fromlist, level). */
  importName(globals: PyDict, name: string, fromlist: string[] | null, level: number): PyObject {
    const full = level > 0 ? this.resolveRelative(globals, name, level) : name;
    if (full === '') throw newException(ValueErrorType, 'Empty module name');
    const parts = full.split('.');
    let top: PyObject | null = null;
    let mod: PyObject | null = null;
    // An import statement outside the library's own imports that loads its module leaves the free
    // lists as CPython's import does (importFreelists.ts); not while tracemalloc traces them.
    const before = !this.importingLib && !heapTrace.on && hasImportFreelists(full) && this.moduleOrNull(full) === null
      ? freelistCounts() : null;
    const was = this.importingLib;
    if (before !== null) this.importingLib = true;
    try {
      if (this.importTime) {
        mod = this.importTimed(parts, parts.length);
        top = this.moduleOrNull(parts[0]);
      } else {
        for (let i = 1; i <= parts.length; i++) {
          const dotted = parts.slice(0, i).join('.');
          const parent = i > 1 ? mod : null;
          mod = this.importOne(dotted, parent);
          if (i === 1) top = mod;
        }
      }
    } finally {
      this.importingLib = was;
    }
    if (before !== null) applyImportFreelists(full, before);
    if (fromlist !== null && fromlist.length > 0) {
      if (fromlist.includes('*')) this.importAllSubmodules(mod!, full);
      mod!.rc++;
      return mod!;
    }
    if (level > 0 && name === '') {
      mod!.rc++;
      return mod!;
    }
    const first = level > 0 ? this.moduleOrNull(full.split('.').slice(0, full.split('.').length - name.split('.').length + 1).join('.')) : top;
    first!.rc++;
    return first!;
  }

  /** -X importtime's state: the nesting level, and the time (ms) that the imports nested in the current one took. */
  private importTimes = { level: 0, nested: 0, header: false };

  /**
   * Import parts[0..n) as -X importtime does (import_find_and_load): a module
   * not yet in sys.modules is timed, its parent packages imported (and timed)
   * inside it, and a line written to stderr once it ran, even if it failed:
   * its own time and the time with the imports it made, in microseconds
   * rounded up, its name indented two spaces per level of nesting.
   */
  private importTimed(parts: string[], n: number): PyObject {
    const dotted = parts.slice(0, n).join('.');
    // Already imported (or None there): importOne returns it, or raises, without its parent.
    if (this.moduleOrNull(dotted) !== null) return this.importOne(dotted, null);
    const t = this.importTimes;
    if (!t.header) {
      t.header = true;
      this.host.writeErr('import time: self [us] | cumulative | imported package\n');
    }
    const outer = t.nested;
    t.level++;
    t.nested = 0;
    const t0 = globalThis.performance.now();
    try {
      const parent = n > 1 ? this.importTimed(parts, n - 1) : null;
      return this.importOne(dotted, parent);
    } finally {
      const cum = globalThis.performance.now() - t0;
      t.level--;
      this.host.writeErr(`import time: ${microseconds(cum - t.nested).padStart(9)} | ${microseconds(cum).padStart(10)} | ${'  '.repeat(t.level)}${dotted}\n`);
      t.nested = outer + cum;
    }
  }

  /**
   * `from package import *`: the names of the package's __all__ that are not
   * yet its attributes are imported as its submodules (_handle_fromlist); a
   * name that is no submodule is left for the star import to report.
   */
  private importAllSubmodules(mod: PyObject, full: string): void {
    if (!(mod instanceof PyModule) || mod.get('__path__') === null) return;
    const all = ab.getattrOrNull(mod, nameStr('__all__'));
    if (all === null) return;
    const it = ab.getIter(all);
    decref(all);
    try {
      for (let n = ab.iterNext(it); n !== null; n = ab.iterNext(it)) {
        try {
          if (!(n instanceof PyStr)) throw typeError(`Item in ${full}.__all__ must be str, not ${n.type.name}`);
          if (mod.get(n.v) !== null) continue;
          const sub = `${full}.${n.v}`;
          try {
            this.importOne(sub, mod);
          } catch (e) {
            const missing = e instanceof PyBaseException && e.type === ModuleNotFoundErrorType
              ? ab.getattrOrNull(e, nameStr('name')) : null;
            const isSub = missing instanceof PyStr && missing.v === sub && this.moduleOrNull(sub) !== None;
            if (missing !== null) decref(missing);
            if (!isSub) throw e;
            decref(e as PyBaseException);
          }
        } finally {
          decref(n);
        }
      }
    } finally {
      decref(it);
    }
  }

  private moduleOrNull(name: string): PyObject | null {
    const k = newStr(name);
    const v = dictGetStr(this.modules, k);
    decref(k);
    return v;
  }

  private resolveRelative(globals: PyDict, name: string, level: number): string {
    const pkgK = internStr('__package__');
    let pkg = dictGetStr(globals, pkgK);
    decref(pkgK);
    if (!(pkg instanceof PyStr)) {
      const nameK = internStr('__name__');
      const modName = dictGetStr(globals, nameK);
      decref(nameK);
      const pathK = internStr('__path__');
      const isPkg = dictGetStr(globals, pathK) !== null;
      decref(pathK);
      if (modName instanceof PyStr) {
        pkg = newStr(isPkg ? modName.v : modName.v.split('.').slice(0, -1).join('.'));
      }
    }
    const base = pkg instanceof PyStr ? pkg.v : '';
    if (base === '') throw newException(ImportErrorType, 'attempted relative import with no known parent package');
    const bits = base.split('.');
    if (level - 1 >= bits.length) throw newException(ImportErrorType, 'attempted relative import beyond top-level package');
    const prefix = bits.slice(0, bits.length - (level - 1)).join('.');
    return name ? `${prefix}.${name}` : prefix;
  }

  /** Import one dotted name whose parent is already imported. Returns a borrowed module. */
  private importOne(name: string, parent: PyObject | null): PyObject {
    const existing = this.moduleOrNull(name);
    if (existing !== null) {
      if (existing === None) throw newException(ModuleNotFoundErrorType, `import of ${name} halted; None in sys.modules`);
      return existing;
    }
    const native = this.nativeModules.get(name);
    if (native !== undefined) {
      const m = this.newModule(name, null);
      this.setModule(name, m);
      decref(m);
      if (this.importSupport !== null) this.setBuiltinSpec(m);
      native.init(m, this);
      return m;
    }
    const searchPath = parent === null ? this.sysPath() : this.packagePath(parent);
    const short = name.split('.').pop()!;
    for (const dir of searchPath) {
      const pkgDir = this.host.join(dir, short);
      const init = this.host.join(pkgDir, '__init__.py');
      let loaded: PyObject | null = null;
      if (this.host.isDir(pkgDir)) {
        const src = this.host.readFile(init);
        if (src !== null) loaded = this.loadSource(name, init, src, pkgDir);
      }
      if (loaded === null) {
        const file = this.host.join(dir, short + '.py');
        const src = this.host.readFile(file);
        if (src !== null) loaded = this.loadSource(name, file, src, null);
      }
      if (loaded !== null) {
        // A submodule becomes an attribute of its package (_bootstrap._handle_fromlist's setattr).
        if (parent !== null) ab.setattr(parent, newStr(short), loaded);
        return loaded;
      }
    }
    throw importErrorWith(ModuleNotFoundErrorType, `No module named '${name}'`, name, null);
  }

  /** sys.path as the program has it now (it may have changed it). */
  private sysPath(): string[] {
    const p = this.sysAttr('path');
    if (p === null) return this.path;
    const out: string[] = [];
    const it = ab.getIter(p);
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
      if (x instanceof PyStr) out.push(x.v === '' ? this.host.resolve('.') : x.v);
      decref(x);
    }
    decref(it);
    return out;
  }

  private packagePath(parent: PyObject): string[] {
    const p = parent instanceof PyModule ? parent.get('__path__') : null;
    if (p === null) return [];
    const out: string[] = [];
    const it = ab.getIter(p);
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
      if (x instanceof PyStr) out.push(x.v);
      decref(x);
    }
    decref(it);
    return out;
  }

  private loadSource(name: string, file: string, bytes: Uint8Array, pkgDir: string | null): PyObject {
    const m = this.newModule(name, file);
    if (pkgDir !== null) {
      const path = rt.list([newStr(pkgDir)]);
      m.set('__path__', path);
      decref(path);
      const n = newStr(name);
      m.set('__package__', n);
      decref(n);
    } else {
      const n = newStr(name.split('.').slice(0, -1).join('.'));
      m.set('__package__', n);
      decref(n);
    }
    this.setModule(name, m);
    decref(m);
    if (!this.loadingSupport) this.setFileSpec(m, name, file, pkgDir);
    this.initializing.add(m);
    try {
      const source = new TextDecoder().decode(bytes);
      const code = this.compile(source, file, 'exec');
      this.execModule(code, m);
      decref(code);
    } catch (e) {
      const k = newStr(name);
      dictDel(this.modules, k);
      decref(k);
      throw e;
    } finally {
      this.initializing.delete(m);
    }
    // The module as sys.modules has it after running (it may have replaced itself),
    // moved to the end of sys.modules as _load_unlocked does.
    const done = this.moduleOrNull(name) ?? m;
    done.rc++;
    const k = newStr(name);
    dictDel(this.modules, k);
    dictSet(this.modules, k, done);
    decref(k);
    decref(done);
    return done;
  }

  /** importlib.reload: the module's source run again in its own namespace. */
  reloadModule(m: PyModule, file: string): void {
    const bytes = this.host.readFile(file);
    if (bytes === null) throw newException(ModuleNotFoundErrorType, `No module named '${m.get('__name__') instanceof PyStr ? (m.get('__name__') as PyStr).v : '?'}'`);
    this.lineCache.delete(file);
    const code = this.compile(new TextDecoder().decode(bytes), file, 'exec');
    try {
      this.execModule(code, m);
    } finally {
      decref(code);
    }
  }

  /** ModuleSpec, BuiltinImporter and SourceFileLoader (lib/_frozen_importlib*), loaded on first need. */
  private importSupport: { makeFileSpec: PyObject; moduleSpec: PyObject; builtinImporter: PyObject; sourceLoader: PyObject } | null = null;
  private loadingSupport = false;

  private support(): NonNullable<Interpreter['importSupport']> {
    if (this.importSupport !== null) return this.importSupport;
    this.loadingSupport = true;
    let bootstrap: PyModule, external: PyModule;
    try {
      bootstrap = this.importOne('_frozen_importlib', null) as PyModule;
      external = this.importOne('_frozen_importlib_external', null) as PyModule;
    } finally {
      this.loadingSupport = false;
    }
    const need = (m: PyModule, n: string) => {
      const v = m.get(n);
      if (v === null) throw new Error(`import support: ${n} missing`);
      v.rc++;
      return v;
    };
    this.importSupport = {
      makeFileSpec: need(bootstrap, '_file_spec'),
      moduleSpec: need(bootstrap, 'ModuleSpec'),
      builtinImporter: need(bootstrap, 'BuiltinImporter'),
      sourceLoader: need(external, 'SourceFileLoader'),
    };
    // sys.implementation is a types.SimpleNamespace, whose class the support defines.
    const sys = this.moduleOrNull('sys');
    if (sys instanceof PyModule) {
      const ns = need(bootstrap, 'SimpleNamespace');
      const vals = [newStr('cpython'), newStr('cpython-311'), sys.get('version_info')!, newIntBig(0x030b07f0n), newStr('x86_64-linux-gnu')];
      vals[2].rc++;
      const impl = ab.call(ns, vals, ['name', 'cache_tag', 'version', 'hexversion', '_multiarch']);
      for (const v of vals) decref(v);
      decref(ns);
      sys.set('implementation', impl);
      decref(impl);
    }
    // The modules made before the support existed get their specs now.
    for (let i = 0; i < dictEntryCount(this.modules); i++) {
      const k = dictKeyAt(this.modules, i);
      const m = dictValueAt(this.modules, i);
      if (!(k instanceof PyStr) || !(m instanceof PyModule) || m.get('__spec__') !== None) continue;
      if (this.nativeModules.has(k.v)) this.setBuiltinSpec(m);
      else if (k.v === '_frozen_importlib' || k.v === '_frozen_importlib_external') {
        const file = m.get('__file__');
        if (file instanceof PyStr) this.setFileSpec(m, k.v, file.v, null);
      }
    }
    return this.importSupport;
  }

  private setBuiltinSpec(m: PyModule): void {
    const s = this.support();
    const name = m.get('__name__')!;
    const origin = newStr('built-in');
    const spec = ab.call(s.moduleSpec, [name, s.builtinImporter, origin], ['origin']);
    decref(origin);
    m.set('__loader__', s.builtinImporter);
    m.set('__spec__', spec);
    decref(spec);
  }

  /** __loader__ and __spec__ of a module loaded from a source file. */
  private setFileSpec(m: PyModule, name: string, file: string, pkgDir: string | null): void {
    const s = this.support();
    const n = newStr(name);
    const f = newStr(file);
    try {
      const loader = ab.call(s.sourceLoader, [n, f]);
      m.set('__loader__', loader);
      const dir = pkgDir === null ? (None.rc++, None) : newStr(pkgDir);
      const spec = ab.call(s.makeFileSpec, [n, loader, f, dir]);
      decref(dir);
      decref(loader);
      m.set('__spec__', spec);
      // __cached__ is the spec's (the byte code path, though pyheap writes none).
      const cached = ab.getattr(spec, nameStr('cached'));
      m.set('__cached__', cached);
      decref(cached);
      decref(spec);
    } finally {
      decref(n);
      decref(f);
    }
  }

  setModule(name: string, m: PyObject): void {
    const k = newStr(name);
    dictSet(this.modules, k, m);
    decref(k);
  }

  // ------------------------------------------------------------- the main program

  /** Run `__main__` from source; returns the exit status as python3's. */
  runMain(source: string, filename: string): number {
    const m = this.mainModule(filename === '<string>' || filename === '<stdin>' ? null : filename);
    primeStartupFreelists();
    try {
      const code = this.compile(source, filename, 'exec');
      this.execModule(code, m);
      decref(code);
      return this.finish(0);
    } catch (e) {
      return this.finish(this.handleUncaught(e));
    }
  }

  /** The __main__ module, made on first use. */
  mainModule(filename: string | null): PyModule {
    const existing = this.moduleOrNull('__main__');
    if (existing instanceof PyModule) return existing;
    // CPython's __main__ namespace, in its order: an empty __annotations__ from
    // the start, and a script's __file__ with a __cached__ of None (the size and
    // growth of this dict are what tracemalloc sees when a program adds globals).
    const m = new PyModule('__main__');
    for (const attr of ['__doc__', '__package__', '__loader__', '__spec__']) m.set(attr, None);
    const ann = newDict();
    m.set('__annotations__', ann);
    decref(ann);
    m.set('__builtins__', this.builtins);
    if (filename !== null) {
      const f = newStr(filename);
      m.set('__file__', f);
      decref(f);
      m.set('__cached__', None);
    }
    this.setModule('__main__', m);
    decref(m);
    // A script's loader reads its file; a command or stdin has the built-in importer.
    const s = this.support();
    if (filename === null) {
      m.set('__loader__', s.builtinImporter);
    } else {
      const n = newStr('__main__');
      const f = newStr(filename);
      const loader = ab.call(s.sourceLoader, [n, f]);
      decref(n);
      decref(f);
      m.set('__loader__', loader);
      decref(loader);
    }
    return m;
  }

  /**
   * The interactive prompt: each statement compiled on its own in 'single'
   * mode, expression values echoed by sys.displayhook. Returns the exit status.
   */
  interactive(makeReader: () => (prompt: string) => string | null): number {
    const read = makeReader();
    const m = this.mainModule(null);
    hooks.displayHook = (v) => this.displayHook(v);
    for (;;) {
      const first = read('>>> ');
      if (first === null) {
        this.flushStdio();
        this.host.writeErr('\n');
        return this.finish(0);
      }
      let src = first;
      while (this.needsMore(src)) {
        const more = read('... ');
        if (more === null) break;
        src += more;
      }
      if (src.trim() === '' || /^\s*#/.test(src) && src.trim().split('\n').every((l) => /^\s*(#.*)?$/.test(l))) continue;
      try {
        const code = this.compile(src, '<stdin>', 'single');
        this.execModule(code, m);
        decref(code);
      } catch (e) {
        const x = toPyException(e);
        if (x.type.isSubtype(SystemExitType)) return this.finish(this.handleUncaught(x));
        this.handleUncaught(x);
      }
      this.flushStdio();
    }
  }

  /** sys.version, for the interactive banner. */
  versionText(): string {
    const v = this.sysAttr('version');
    return v instanceof PyStr ? v.v : '3.11.7';
  }

  /** sys.displayhook: echo repr(v) and keep it in builtins._ (None is not echoed). */
  displayHook(v: PyObject): void {
    if (v === None) return;
    const under = internStr('_');
    dictSet(this.builtinsDict, under, None);
    this.writeTo(null, ab.reprJS(v) + '\n');
    dictSet(this.builtinsDict, under, v);
    decref(under);
  }

  /** Whether the prompt must read another line before compiling (codeop's rule, as the REPL's tokenizer has it). */
  private needsMore(src: string): boolean {
    try {
      const tree = parse(src, { filename: '<stdin>', mode: 'single' }) as { body: { _type: string }[] };
      const compound = tree.body.some((st) => COMPOUND.has(st._type));
      // A compound statement ends with an empty line.
      return compound && !/\n[ \t]*\n$/.test(src);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) return false;
      return INCOMPLETE.test(e.msg) || e.lineno > src.split('\n').length - 1 && /indented block/.test(e.msg);
    }
  }

  /** -m MODULE: run the module found on sys.path as __main__ (runpy._run_module_as_main). */
  runModuleAsMain(name: string): number {
    try {
      const file = this.findModuleFile(name);
      if (file === null) {
        this.host.writeErr(`pyheap: No module named ${name}\n`);
        return 1;
      }
      const argv = this.sysAttr('argv');
      if (argv !== null) ab.setitem(argv, newIntBig(0n), newStr(file));
      const bytes = this.host.readFile(file)!;
      const m = this.mainModule(file);
      // As runpy: the enclosing package is imported first and named in
      // __package__, so that the module's relative imports work.
      const isPackageMain = file.endsWith('__main__.py') && !name.endsWith('__main__');
      const pkg = isPackageMain ? name : name.split('.').slice(0, -1).join('.');
      if (pkg !== '') {
        decref(this.importName(m.dict, pkg, null, 0));
        const p = newStr(pkg);
        m.set('__package__', p);
        decref(p);
      }
      const code = this.compile(new TextDecoder().decode(bytes), file, 'exec');
      this.execModule(code, m);
      decref(code);
      return this.finish(0);
    } catch (e) {
      return this.finish(this.handleUncaught(e));
    }
  }

  private findModuleFile(name: string): string | null {
    const parts = name.split('.');
    for (const dir of this.path) {
      const base = this.host.join(dir, ...parts);
      if (this.host.isDir(base)) {
        const main = this.host.join(base, '__main__.py');
        if (this.host.readFile(main) !== null) return main;
      }
      const file = base + '.py';
      if (this.host.readFile(file) !== null) return file;
    }
    return null;
  }

  /**
   * Run the atexit handlers, flush stdio, then finalize the modules. A failed
   * flush makes the exit status 120, as Py_RunMain does when Py_FinalizeEx fails.
   */
  finish(status: number): number {
    this.runAtexit();
    if (!this.flushStdio(true)) status = 120;
    this.finalizeModules();
    // CPython's second flush_std_files finds no sys.stdout left to flush once the modules are finalized.
    this.flushStdio();
    return status;
  }

  /** sys, kept for the finalizers that run once sys.modules is emptied. */
  private finalSys: PyModule | null = null;

  /**
   * Py_FinalizeEx's part that Python code can see: a collection (when gc
   * is enabled); every module in sys.modules replaced by None in order, so
   * that those nothing else holds are freed; a collection that frees the
   * module dicts on cycles (finalizers run with their globals intact); then
   * the modules still alive, last first, have their globals set to None
   * (_PyModule_ClearDict: names with one leading underscore first). sys
   * and builtins stay, so that finalizers can still print.
   */
  private finalizeModules(): void {
    const sys = this.moduleOrNull('sys');
    if (sys instanceof PyModule) {
      sys.rc++;
      this.finalSys = sys;
    }
    try {
      if (gcState.enabled) gcCollect(2);
      // The last uncaught exception goes first, with the frames and locals its traceback holds.
      if (sys instanceof PyModule) for (const n of ['last_type', 'last_value', 'last_traceback']) sys.set(n, None);
      const modules = this.modules;
      const keys = dictKeyList(modules);
      const alive: PyModule[] = [];
      for (const k of keys) {
        const v = dictGetStr(modules, k as PyStr);
        if (!(v instanceof PyModule)) continue;
        alive.push(v);
        dictSet(modules, k, None);
      }
      dictClear(modules);
      gcCollect(2);
      // No weak references here: a module that was freed has no references left.
      for (let i = alive.length - 1; i >= 0; i--) {
        const m = alive[i];
        if (m.rc <= 0 || m === this.builtins || m === sys) continue;
        m.rc++;
        try {
          clearModuleDict(m.dict);
        } finally {
          decref(m);
        }
      }
    } catch (e) {
      this.handleUncaught(e);
    }
  }

  /** atexit's handlers, last registered first; what one raises is reported and the others still run. */
  private runAtexit(): void {
    const m = this.moduleOrNull('atexit');
    if (!(m instanceof PyModule)) return;
    const handlers = m.get('_exithandlers');
    if (!(handlers instanceof PyList)) return;
    while (handlers.items.length > 0) {
      const h = handlers.items.pop()! as PyTuple;
      const [func, args, kwargs] = h.items as [PyObject, PyTuple, PyDict];
      const argv = [...args.items];
      const kwnames: string[] = [];
      for (let i = 0; i < dictEntryCount(kwargs); i++) {
        const k = dictKeyAt(kwargs, i);
        if (k === null) continue;
        kwnames.push((k as PyStr).v);
        argv.push(dictValueAt(kwargs, i)!);
      }
      try {
        decref(ab.call(func, argv, kwnames.length > 0 ? kwnames : null));
      } catch (e) {
        const x = toPyException(e);
        if (!x.type.isSubtype(SystemExitType)) {
          this.flushStdio();
          this.host.writeErr(`Exception ignored in atexit callback: ${ab.reprJS(func)}\n${this.formatException(x)}`);
        }
        decref(x);
      }
      decref(h);
    }
  }

  /**
   * Flush stdout, then stderr. A write that fails (a closed pipe) is dropped,
   * as PyErr_Print's flush before a traceback drops it; when `report`, it is
   * reported as unraisable, as Py_FinalizeEx's flush_std_files reports it.
   * False when a flush failed.
   */
  flushStdio: (report?: boolean) => boolean;

  /** Print an uncaught exception as CPython does and return the exit status; SystemExit gives its code. */
  handleUncaught(e: unknown): number {
    const x = toPyException(e);
    if (x.type.isSubtype(SystemExitType)) {
      try {
        return this.systemExitStatus(x);
      } finally {
        decref(x);
      }
    }
    this.flushStdio();
    this.host.writeErr(this.formatException(x));
    // As PyErr_Print, the exception is kept as sys.last_type, last_value and last_traceback.
    const sys = this.moduleOrNull('sys');
    if (sys instanceof PyModule) {
      sys.set('last_type', x.type);
      sys.set('last_value', x);
      sys.set('last_traceback', x.traceback ?? None);
    }
    const status = x.type.isSubtype(KeyboardInterruptType) ? 130 : 1;
    decref(x);
    // CPython re-raises SIGINT on itself for an uncaught KeyboardInterrupt: a shell sees 128 + 2.
    return status;
  }

  private systemExitStatus(x: PyBaseException): number {
    const args = x.args.items;
    const code = args.length === 0 ? None : args.length === 1 ? args[0] : x.args;
    if (code === None) return 0;
    const v = (code as { v?: unknown }).v;
    if (code.type.name === 'int' || code.type.name === 'bool') return Number(v) & 0xff;
    this.flushStdio();
    this.host.writeErr(ab.strJS(code) + '\n');
    return 1;
  }

  /**
   * An exception nobody can catch (raised by __del__, ...), owned: passed to
   * sys.unraisablehook as an UnraisableHookArgs; when the hook itself raises,
   * that exception is reported by the default hook, naming the hook.
   */
  unraisable(x: PyBaseException, where: PyObject): void {
    const hook = this.sysAttr('unraisablehook');
    if (hook === null || hook === None) {
      this.writeUnraisable(x, where, null);
      decref(x);
      return;
    }
    const tb = x.traceback ?? None;
    x.type.rc++;
    tb.rc++;
    where.rc++;
    const args = newStructSeq(UnraisableHookArgsType, [x.type, x, tb, newNone(), where]);
    hook.rc++;
    try {
      decref(ab.call(hook, [args]));
    } catch (e) {
      const y = toPyException(e);
      this.writeUnraisable(y, hook, 'Exception ignored in sys.unraisablehook');
      decref(y);
    } finally {
      decref(args);
      decref(hook);
    }
  }

  /** The default sys.unraisablehook's report (x and where borrowed), written to sys.stderr. */
  writeUnraisable(x: PyObject, where: PyObject, msg: string | null): void {
    let text = '';
    if (where !== None) {
      let what: string;
      try {
        what = ab.reprJS(where);
      } catch (e) {
        if (e instanceof PyObject) decref(e);
        what = '<object repr() failed>';
      }
      text = `${msg ?? 'Exception ignored in'}: ${what}\n`;
    } else if (msg !== null) {
      text = `${msg}:\n`;
    }
    if (x instanceof PyBaseException) text += this.formatException(x);
    const f = this.sysAttr('stderr');
    if (f === null || f === None) return;
    if (f === this.stderr) {
      this.flushStdio();
      this.host.writeErr(text);
      return;
    }
    try {
      this.writeTo(f, text);
      this.flushFile(f);
    } catch (e) {
      // What cannot be reported is dropped, as CPython's default hook does.
      if (e instanceof PyObject) decref(e);
    }
  }

  /** The full report of an uncaught exception (sys.excepthook's output). */
  formatException(x: PyBaseException): string {
    const limit = this.sysAttr('tracebacklimit');
    const n = limit instanceof PyInt ? limit.v : undefined;
    return formatUncaught(x, (f, n) => this.getLine(f, n), n);
  }
}


/** ImportError/ModuleNotFoundError(msg, name=name, path=path). */
function importErrorWith(t: PyType, msg: string, name: string | null, path: string | null): PyBaseException {
  const e = newException(t, msg);
  if (name !== null) setField(e, 'name', newStr(name));
  if (path !== null) setField(e, 'path', newStr(path));
  return e;
}

/** _PyModule_ClearDict: the values set to None, first those of names with one leading underscore, then all but __builtins__. */
function clearModuleDict(d: PyDict): void {
  const keys = dictKeyList(d).filter((k) => k instanceof PyStr) as PyStr[];
  const pass = (pick: (name: string) => boolean) => {
    for (const k of keys) {
      if (!pick(k.v)) continue;
      const v = dictGetStr(d, k);
      if (v !== null && v !== None) dictSet(d, k, None);
    }
  };
  pass((n) => n.startsWith('_') && !n.startsWith('__'));
  pass((n) => n !== '__builtins__');
}

/**
 * The free lists as CPython 3.11.7's start-up leaves them when the main
 * module begins (measured from gc.get_count(): the first lists, dicts and
 * small tuples a program makes come off them, neither counted by the
 * collector nor allocated for tracemalloc). pyheap's own start-up is not
 * CPython's, so the main program starts from CPython's state.
 */
/** Lists: as tools/gen_import_freelists.py's probe counts them (it takes none before counting). */
const STARTUP_LISTS = 40;
const STARTUP_DICTS = 12;
/** Tuples of size 1..19 on their free lists. */
const STARTUP_TUPLES = [0, 2, 11, 0, 2, 2, 1, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1];

/**
 * The collections of generations 0 and 1 that CPython 3.11.7's start-up
 * leaves counted (gc.get_count()[1:] at the main module's start): when the
 * program's own allocations run the next collections of generations 1 and 2
 * depends on them. (Generation 0's count depends on the objects compiling
 * the main module makes as well, and is pyheap's own.)
 */
const STARTUP_GC_COUNTS = [0, 2];

function primeStartupFreelists(): void {
  gcState.gens[1].count = STARTUP_GC_COUNTS[0];
  gcState.gens[2].count = STARTUP_GC_COUNTS[1];
  ListType.freelist!.prime(0, STARTUP_LISTS);
  DictType.freelist!.prime(0, STARTUP_DICTS);
  for (let n = 1; n < STARTUP_TUPLES.length; n++) TupleType.freelist!.prime(n, STARTUP_TUPLES[n]);
}

/** A duration in ms as -X importtime prints it: whole microseconds, rounded up. */
function microseconds(ms: number): string {
  return String(Math.ceil(ms * 1000));
}
