// The _sre module (Modules/_sre/sre.c): the re.Pattern, re.Match and
// _sre.SRE_Scanner types over the regular expression engine of
// src/common/sre. lib/re/__init__.py is the re module on top of it.
//
// CPython's re parses and compiles patterns in Python and hands the code to
// _sre.compile; here the engine does both, so _sre.compile takes the pattern
// itself. Everything a program can see of the objects is CPython's: reprs,
// argument errors, hash and equality, and which object a method returns (a
// group spanning a whole exact str or bytes subject is that object, as
// sre's getslice makes it).

import { PyObject, decref } from '../runtime/object.js';
import { PyType, builtinType, ObjectType } from '../runtime/type.js';
import * as ab from '../runtime/abstract.js';
import { Op as CmpOp, HASH } from '../runtime/abstract.js';
import * as sre from '../common/sre/index.js';
import { Op, Cat, Info } from '../common/sre/constants.js';
import { hashBytes, hashHi } from '../common/hash.js';
import { checkArgs, newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, StrType, newStr, clinicArgs, nameStr } from '../runtime/types/str.js';
import { PyBytes, BytesType, newBytes } from '../runtime/types/bytes.js';
import { newByteArray, PyByteArray } from '../runtime/types/bytearray.js';
import { PyInt, newInt, newIntAny, unpackArgs, intHooks, defClassMethod } from '../runtime/types/int.js';
import { newBool } from '../runtime/types/bool.js';
import { None, NotImplemented, newNone } from '../runtime/types/none.js';
import { PyTuple, newTuple } from '../runtime/types/tuple.js';
import { newList } from '../runtime/types/list.js';
import { PyDict, newDict, dictGet, dictSet, dictEntryCount, dictKeyAt } from '../runtime/types/dict.js';
import { PyCallIter } from '../runtime/types/iterators.js';
import { MappingProxyType } from '../runtime/types/mappingproxy.js';
import { defMethod, defGetSet, exposeSlots } from '../runtime/types/typeobject.js';
import { defMember } from '../runtime/types/method.js';
import { ts } from '../runtime/types/frame.js';
import { PyBaseException, excTypes, newException, RecursionErrorType, KeyboardInterruptType,
  ModuleNotFoundErrorType } from '../runtime/types/exceptions.js';
import { typeError, indexError, overflowError } from '../runtime/errors.js';
import type { PyModule } from '../runtime/types/module.js';
import type { Interpreter } from '../runtime/interp.js';

export const PatternType = builtinType('Pattern', ObjectType, { basicsize: 96, itemsize: 4, gc: true, baseType: false });
PatternType.module = 're';
PatternType.doc = 'Compiled regular expression object.';
export const MatchType = builtinType('Match', ObjectType, { basicsize: 88, itemsize: 8, gc: true, baseType: false });
MatchType.module = 're';
MatchType.doc = 'The result of re.match() and re.search().\nMatch objects always have a boolean value of True.';
export const ScannerType = builtinType('SRE_Scanner', ObjectType, { basicsize: 240, gc: true, baseType: false });
ScannerType.module = '_sre';

/** The default endpos (sys.maxsize; the engine clamps it to the subject's length). */
const MAXSIZE = Number.MAX_SAFE_INTEGER;
const SSIZE_MAX = 2n ** 63n - 1n;

/** Interned attribute names, kept for the life of the process (borrowed). */
// ---------------------------------------------------------------- the objects

/** A compiled pattern (PatternObject). */
class PyPattern extends PyObject {
  /** groupindex as a dict (group name -> number), null when the pattern has no named groups. */
  readonly groupindex: PyDict | null;
  /** The name of each group (owned: the groupindex keys), for Match.lastgroup; CPython's indexgroup. */
  readonly names: (PyStr | null)[];
  /** _Py_HashBytes of the compiled code, the part of the hash that never changes. */
  private codeHash: [number, number] | null = null;

  /** Takes a new reference to `source` (the pattern as given). */
  constructor(readonly engine: sre.Pattern, readonly source: PyObject) {
    super(PatternType);
    source.rc++;
    this.names = new Array(engine.groups + 1).fill(null);
    if (engine.groupindex.size === 0) {
      this.groupindex = null;
      return;
    }
    const d = newDict();
    for (const [name, i] of engine.groupindex) {
      const key = newStr(name);
      const value = newInt(i);
      dictSet(d, key, value);
      this.names[i] = key;
      decref(value);
    }
    this.groupindex = d;
  }

  get isBytes(): boolean {
    return this.engine.isBytes;
  }

  /** Low and high 32 bits of the code's hash. */
  hashOfCode(): [number, number] {
    if (this.codeHash === null) {
      const code = cpythonCode(this.engine.program.code);
      const lo = hashBytes(new Uint8Array(code.buffer, code.byteOffset, code.byteLength));
      this.codeHash = [lo, hashHi];
    }
    return this.codeHash;
  }
}

// ---------------------------------------------------------------- CPython's code numbers

/**
 * The engine's program with CPython 3.11's numbers for operations and
 * character categories (the engine orders a few differently), which is
 * what pattern_hash hashes. The walk follows the program's layout as the
 * engine's disassembler does.
 */
function cpythonCode(engineCode: Uint32Array): Uint32Array {
  const code = engineCode.slice();
  const walk = (from: number, end: number): void => {
    let i = from;
    while (i < end) {
      const op = code[i];
      code[i++] = cpythonOp(op);
      switch (op) {
        case Op.CATEGORY:
          code[i] = code[i] < Cat.LOC_WORD ? code[i] : code[i] + 2;
          i++;
          break;
        case Op.LITERAL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE: case Op.NOT_LITERAL_IGNORE:
        case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE: case Op.LITERAL_LOC_IGNORE:
        case Op.NOT_LITERAL_LOC_IGNORE: case Op.AT: case Op.MARK: case Op.GROUPREF: case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE: case Op.GROUPREF_LOC_IGNORE: case Op.JUMP:
          i++;
          break;
        case Op.RANGE: case Op.RANGE_UNI_IGNORE: case Op.GROUPREF_EXISTS:
          i += 2;
          break;
        case Op.CHARSET:
          i += 8;
          break;
        case Op.BIGCHARSET:
          i += 1 + 64 + 8 * code[i];
          break;
        case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE: case Op.ATOMIC_GROUP:
          walk(i + 1, i + code[i]);
          i += code[i];
          break;
        case Op.ASSERT: case Op.ASSERT_NOT:
          walk(i + 2, i + code[i]);
          i += code[i];
          break;
        case Op.REPEAT: case Op.REPEAT_ONE: case Op.MIN_REPEAT_ONE: case Op.POSSESSIVE_REPEAT:
        case Op.POSSESSIVE_REPEAT_ONE:
          walk(i + 3, i + code[i]);
          i += code[i];
          break;
        case Op.BRANCH:
          while (code[i]) {
            walk(i + 1, i + code[i]);
            i += code[i];
          }
          i++;
          break;
        case Op.INFO:
          if (code[i + 1] & Info.CHARSET) walk(i + 4, i + code[i]);
          i += code[i];
          break;
      }
    }
  };
  walk(0, code.length);
  return code;
}

/** CPython numbers CHARSET and BIGCHARSET right after CATEGORY, the engine last. */
function cpythonOp(op: number): number {
  if (op === Op.CHARSET) return Op.CATEGORY + 1;
  if (op === Op.BIGCHARSET) return Op.CATEGORY + 2;
  return op > Op.CATEGORY ? op + 2 : op;
}

/** A successful match (MatchObject): the engine's result and what it was made from. */
class PyMatch extends PyObject {
  /** Match.regs, made on first use (owned). */
  regs: PyTuple | null = null;

  /** Takes new references to the pattern and the subject. */
  constructor(readonly m: sre.Match, readonly pattern: PyPattern, readonly string: PyObject) {
    super(MatchType);
    pattern.rc++;
    string.rc++;
  }
}

/** Successive matches over one subject (ScannerObject): Pattern.scanner, finditer. */
class PyScanner extends PyObject {
  /** Takes new references to the pattern and the subject. */
  constructor(readonly scanner: sre.Scanner, readonly pattern: PyPattern, readonly string: PyObject) {
    super(ScannerType);
    pattern.rc++;
    string.rc++;
  }
}

// ---------------------------------------------------------------- errors, warnings and limits

let interpreter: Interpreter | null = null;

/** A global of an imported module (a new reference), importing it first if needed. */
function moduleAttr(module: string, name: string): PyObject {
  const interp = interpreter!;
  const mod = interp.importName(interp.builtinsDict, module, ['*'], 0);
  try {
    return ab.getattr(mod, nameStr(name));
  } finally {
    decref(mod);
  }
}

/**
 * Run an engine operation, turning its SreError into re.error. `source` is
 * the pattern or template object the error is about (re.error keeps it as
 * its `pattern`).
 */
function reErrors<T>(source: PyObject, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof sre.SreError)) throw e;
    throw makeReError(e, source);
  }
}

/** re.error(msg, pattern, pos), the class being CPython's (re._constants.error). */
function makeReError(e: sre.SreError, source: PyObject): PyObject {
  const cls = moduleAttr('re._constants', 'error');
  const msg = newStr(e.msg);
  const pos = e.pos === null ? newNone() : newInt(e.pos);
  const args = e.pattern === null ? [msg] : [msg, source, pos];
  try {
    return ab.call(cls, args);
  } finally {
    decref(cls);
    decref(msg);
    decref(pos);
  }
}

/**
 * How many Python frames up a warning of the engine points (warnings.warn's
 * stacklevel), counted from the innermost Python frame: CPython's parser
 * names the caller of the re function (re.compile, re.match, ...), its
 * parse_template the caller of the frame that called sub(). Set before each
 * engine call that can warn.
 */
let warningStackLevel = 1;

/** warnings.warn(message, category, stacklevel); nothing when there is no warnings module. */
function issueWarning(category: string, message: string): void {
  let warn: PyObject;
  try {
    warn = moduleAttr('warnings', 'warn');
  } catch (e) {
    if (e instanceof PyBaseException && e.type === ModuleNotFoundErrorType) {
      decref(e);
      return;
    }
    throw e;
  }
  const msg = newStr(message);
  const level = newInt(warningStackLevel);
  try {
    decref(ab.call(warn, [msg, excTypes.get(category)!, level]));
  } finally {
    decref(warn);
    decref(msg);
    decref(level);
  }
}

/** The frames re.compile and re._compile add above the frame that called re (lib/re/__init__.py). */
const RE_FRAMES = 2;

function installEngineHooks(): void {
  sre.setWarningHandler(issueWarning);
  // The engine counts the frames CPython's parser would use above the caller of
  // re.compile. That parser goes two frames deeper per group: exceeding the
  // limit by one fails at a frame (no suffix), by two at the call before it.
  sre.setRecursionCheck((frames) => {
    // ts.depth also counts the level of the running _sre call (a built-in function counts one while it runs).
    const over = ts.depth - 1 - RE_FRAMES + frames - ts.recursionLimit;
    if (over > 0) {
      throw newException(RecursionErrorType,
        'maximum recursion depth exceeded' + (over === 1 ? '' : ' while calling a Python object'));
    }
  });
  sre.setInterruptCheck(() => {
    const flag = ts.interrupt;
    if (flag !== null && flag[0] !== 0) {
      flag[0] = 0;
      throw newException(KeyboardInterruptType, null);
    }
  });
}

// ---------------------------------------------------------------- arguments

/** The str or bytes-like value of o, or null when it is neither (sre's getstring). */
function textOf(o: PyObject): string | Uint8Array | null {
  if (o instanceof PyStr) return o.v;
  return intHooks.bufferOf(o);
}

/** The message for a subject p cannot match, or null when it can. */
function subjectProblem(p: PyPattern, o: PyObject, text: string | Uint8Array | null): string | null {
  if (text === null) return `expected string or bytes-like object, got '${o.type.name}'`;
  if (typeof text === 'string') return p.isBytes ? 'cannot use a bytes pattern on a string-like object' : null;
  return p.isBytes ? null : 'cannot use a string pattern on a bytes-like object';
}

/** The subject's text, checked against the pattern (state_init). */
function subjectText(p: PyPattern, o: PyObject): string | Uint8Array {
  const text = textOf(o);
  const problem = subjectProblem(p, o, text);
  if (problem !== null) throw typeError(problem);
  return text!;
}

/** A Py_ssize_t argument (pos, endpos, count, maxsplit): __index__, OverflowError past 64 bits. */
function ssizeArg(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  const v = ab.indexValue(o);
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(v);
}

/** The template text of a replacement that is not callable (parse_template's Tokenizer). */
function templateText(repl: PyObject): string | Uint8Array {
  const text = textOf(repl);
  if (text === null) throw typeError(`decoding to str: need a bytes-like object, ${repl.type.name} found`);
  return text;
}

// ---------------------------------------------------------------- slices and joins

/** string[a:b] as sre's getslice makes it: the subject itself when the slice is all of an exact str or bytes. */
function sliceOf(string: PyObject, a: number, b: number): PyObject {
  if (string instanceof PyStr) {
    if (a === 0 && b === string.cplen && string.type === StrType) {
      string.rc++;
      return string;
    }
    return newStr(string.v.slice(string.unitAt(a), string.unitAt(b)));
  }
  const buf = intHooks.bufferOf(string)!;
  if (a === 0 && b === buf.length && string.type === BytesType) {
    string.rc++;
    return string;
  }
  return newBytes(buf.slice(a, b));
}

/** A piece of the subject as the engine returns it, as an object (the subject itself when it is all of it). */
function pieceOf(string: PyObject, piece: string | Uint8Array): PyObject {
  if (typeof piece === 'string') {
    if (string.type === StrType && piece.length === (string as PyStr).v.length) {
      string.rc++;
      return string;
    }
    return newStr(piece);
  }
  if (string.type === BytesType && piece.length === (string as PyBytes).bytes.length) {
    string.rc++;
    return string;
  }
  return newBytes(piece);
}

/** What a join makes: str.join, bytes.join (b''.join in sre's sub) or bytearray.join (Match.expand on a bytearray). */
const enum Joined { STR, BYTES, BYTEARRAY }

/**
 * joiner.join(pieces) with CPython's type errors (sequence item i: ...). A
 * lone exact str or bytes piece is the result itself. Releases the pieces.
 */
function joinPieces(pieces: PyObject[], kind: Joined): PyObject {
  try {
    if (kind === Joined.STR) {
      if (pieces.length === 1 && pieces[0].type === StrType) {
        pieces[0].rc++;
        return pieces[0];
      }
      let out = '';
      for (let i = 0; i < pieces.length; i++) {
        const s = pieces[i];
        if (!(s instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${s.type.name} found`);
        out += s.v;
      }
      return newStr(out);
    }
    if (kind === Joined.BYTES && pieces.length === 1 && pieces[0].type === BytesType) {
      pieces[0].rc++;
      return pieces[0];
    }
    const bufs: Uint8Array[] = [];
    let size = 0;
    for (let i = 0; i < pieces.length; i++) {
      const b = intHooks.bufferOf(pieces[i]);
      if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${pieces[i].type.name} found`);
      bufs.push(b);
      size += b.length;
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const b of bufs) {
      out.set(b, at);
      at += b.length;
    }
    return kind === Joined.BYTES ? newBytes(out) : newByteArray(out);
  } finally {
    for (const p of pieces) decref(p);
  }
}

/** The object of a template's literal chunk (of the template's own type). */
function chunkObject(chunk: string | Uint8Array): PyObject {
  return typeof chunk === 'string' ? newStr(chunk) : newBytes(chunk);
}

/** expand_template: the template's chunks with the match's groups, joined like `kind`. */
function expandTemplate(template: sre.Template, mo: PyMatch, kind: Joined): PyObject {
  const pieces: PyObject[] = [];
  for (const item of template.items) {
    if (typeof item !== 'number') pieces.push(chunkObject(item));
    else if (mo.m.regs[2 * item] < 0) pieces.push(sliceOf(mo.string, 0, 0));
    else pieces.push(sliceOf(mo.string, mo.m.regs[2 * item], mo.m.regs[2 * item + 1]));
  }
  return joinPieces(pieces, kind);
}

// ---------------------------------------------------------------- re.Pattern

function newMatchObject(m: sre.Match | null, p: PyPattern, string: PyObject): PyObject {
  return m === null ? newNone() : new PyMatch(m, p, string);
}

const SPAN_ARGS = ['string', 'pos', 'endpos'];

/** The (string, pos=0, endpos=sys.maxsize) arguments: the positional ones as given, others sorted by unpackArgs. */
function spanArgs(name: string, a: PyObject[], k: string[] | null): (PyObject | null)[] {
  return k === null && a.length >= 1 && a.length <= 3 ? a : unpackArgs(name, a, k, SPAN_ARGS, 0, 3, 1);
}

/** match, search, fullmatch. */
function matcher(name: string, run: (e: sre.Pattern, text: string | Uint8Array, pos: number,
  endpos: number) => sre.Match | null): NativeFn {
  return (s, a, k) => {
    const p = s as PyPattern;
    const args = spanArgs(name, a, k);
    const string = args[0]!;
    // The argument parser converts pos and endpos before the subject is looked at.
    const pos = ssizeArg(args[1] ?? null, 0);
    const endpos = ssizeArg(args[2] ?? null, MAXSIZE);
    return newMatchObject(run(p.engine, subjectText(p, string), pos, endpos), p, string);
  };
}

const patternFindall: NativeFn = (s, a, k) => {
  const p = s as PyPattern;
  const args = spanArgs('findall', a, k);
  const string = args[0]!;
  const pos = ssizeArg(args[1] ?? null, 0);
  const endpos = ssizeArg(args[2] ?? null, MAXSIZE);
  const found = p.engine.findall(subjectText(p, string), pos, endpos);
  return newList(found.map((x) => Array.isArray(x) ? newTuple(x.map((g) => pieceOf(string, g))) : pieceOf(string, x)));
};

function newScanner(p: PyPattern, name: string, a: PyObject[], k: string[] | null): PyScanner {
  const args = spanArgs(name, a, k);
  const string = args[0]!;
  const pos = ssizeArg(args[1] ?? null, 0);
  const endpos = ssizeArg(args[2] ?? null, MAXSIZE);
  return new PyScanner(p.engine.scanner(subjectText(p, string), pos, endpos), p, string);
}

const patternFinditer: NativeFn = (s, a, k) => {
  const scanner = newScanner(s as PyPattern, 'finditer', a, k);
  const search = ab.getattr(scanner, nameStr('search'));
  decref(scanner);
  None.rc++;
  return new PyCallIter(search, None);
};

const patternSplit: NativeFn = (s, a, k) => {
  const p = s as PyPattern;
  const [string, maxsplit] = unpackArgs('split', a, k, ['string', 'maxsplit'], 0, 2, 1);
  const pieces = p.engine.split(subjectText(p, string!), ssizeArg(maxsplit, 0));
  return newList(pieces.map((x) => x === null ? newNone() : pieceOf(string!, x)));
};

/**
 * Pattern.sub / subn (pattern_subx). The replacement is looked at before
 * the subject, as CPython does: a callable is called with each match, a str
 * or bytes without a backslash is a literal, anything else is a template.
 */
function subx(p: PyPattern, name: string, a: PyObject[], k: string[] | null, withCount: boolean): PyObject {
  const [repl, string, countObj] = unpackArgs(name, a, k, ['repl', 'string', 'count'], 0, 3, 2);
  const callable = repl!.type.call !== null;
  const replText = callable ? null : templateText(repl!);
  const literal = replText !== null && (typeof replText === 'string' ? !replText.includes('\\') : !replText.includes(0x5c));
  // CPython parses templates through an lru_cache keyed by the template: it must be hashable.
  if (replText !== null && !literal) ab.hashOf(repl!);
  const text = textOf(string!);
  const problem = subjectProblem(p, string!, text);
  if (problem !== null) {
    // A bad template is reported before a bad subject.
    if (replText !== null && !literal) compileTemplate(p, repl!, replText);
    throw typeError(problem);
  }
  const count = ssizeArg(countObj, 0);
  let result: PyObject;
  let n: number;
  if (replText !== null && (typeof replText === 'string') === (typeof text === 'string')) {
    [result, n] = fastSub(p, repl!, replText, literal, string!, text!, count);
  } else {
    [result, n] = generalSub(p, repl!, replText, literal, string!, text!, count);
  }
  if (!withCount) return result;
  return newTuple([result, newInt(n)]);
}

function compileTemplate(p: PyPattern, repl: PyObject, text: string | Uint8Array): sre.Template {
  warningStackLevel = 2;
  return reErrors(repl, () => sre.compileTemplate(p.engine, text));
}

/**
 * sub with a template or literal of the subject's own type: the engine
 * builds the text. The result is the object CPython's join makes: the
 * subject itself when nothing was replaced, the replacement itself when it
 * is all of the result.
 */
function fastSub(p: PyPattern, repl: PyObject, replText: string | Uint8Array, literal: boolean, string: PyObject,
  text: string | Uint8Array, count: number): [PyObject, number] {
  warningStackLevel = 2;
  const [out, n] = reErrors(repl, () => p.engine.subn(replText, text, count));
  if (n === 0) return [pieceOf(string, out), 0];
  const exact = repl.type === StrType || repl.type === BytesType;
  if (literal && exact && sameText(out, replText)) {
    repl.rc++;
    return [repl, n];
  }
  return [typeof out === 'string' ? newStr(out) : newBytes(out), n];
}

function sameText(x: string | Uint8Array, y: string | Uint8Array): boolean {
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** sub with a callable, or with a replacement of the other type: pieces as objects, joined at the end. */
function generalSub(p: PyPattern, repl: PyObject, replText: string | Uint8Array | null, literal: boolean,
  string: PyObject, text: string | Uint8Array, count: number): [PyObject, number] {
  const template = replText === null || literal ? null : compileTemplate(p, repl, replText);
  const literalObj = replacementLiteral(repl, literal, template);
  const scanner = p.engine.scanner(text, 0, MAXSIZE);
  const length = typeof text === 'string' ? (string as PyStr).cplen : text.length;
  const joined = typeof text === 'string' ? Joined.STR : Joined.BYTES;
  const pieces: PyObject[] = [];
  let i = 0;
  let n = 0;
  try {
    while (count === 0 || n < count) {
      const m = scanner.search();
      if (m === null) break;
      const [b, e] = m.span();
      if (i < b) pieces.push(sliceOf(string, i, b));
      const item = literalObj !== null ? (literalObj.rc++, literalObj) : replacementFor(p, repl, template, m, string, joined);
      if (item === None) decref(item);
      else pieces.push(item);
      i = e;
      n++;
    }
    if (i < length) pieces.push(sliceOf(string, i, length));
  } catch (err) {
    for (const x of pieces) decref(x);
    throw err;
  } finally {
    if (literalObj !== null) decref(literalObj);
  }
  return [pieces.length === 0 ? sliceOf(string, 0, 0) : joinPieces(pieces, joined), n];
}

/** The literal every match is replaced with (a new reference), or null when each match makes its own. */
function replacementLiteral(repl: PyObject, literal: boolean, template: sre.Template | null): PyObject | null {
  if (literal) {
    repl.rc++;
    return repl;
  }
  if (template !== null && !template.hasGroups && template.items.length === 1) {
    return chunkObject(template.items[0] as string | Uint8Array);
  }
  return null;
}

/** What one match is replaced with: the template expanded, or what the callable returns. */
function replacementFor(p: PyPattern, repl: PyObject, template: sre.Template | null, m: sre.Match,
  string: PyObject, joined: Joined): PyObject {
  const mo = new PyMatch(m, p, string);
  try {
    return template !== null ? expandTemplate(template, mo, joined) : ab.call(repl, [mo]);
  } finally {
    decref(mo);
  }
}

function patternRepr(o: PyObject): PyObject {
  const p = o as PyPattern;
  let flags = p.engine.flags;
  const { UNICODE, LOCALE, ASCII } = sre.FLAGS;
  // re.UNICODE is implied for str patterns: it is shown only when it is not.
  if (!p.isBytes && (flags & (LOCALE | UNICODE | ASCII)) === UNICODE) flags &= ~UNICODE;
  const names: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) {
      names.push(name);
      flags &= ~bit;
    }
  }
  if (flags) names.push('0x' + (flags >>> 0).toString(16));
  const source = firstCodePoints(ab.reprJS(p.source), 200);
  return newStr(names.length > 0 ? `re.compile(${source}, ${names.join('|')})` : `re.compile(${source})`);
}

/** The flags pattern_repr names, in its order. */
const FLAG_NAMES: [string, number][] = [
  ['re.TEMPLATE', sre.FLAGS.TEMPLATE], ['re.IGNORECASE', sre.FLAGS.IGNORECASE], ['re.LOCALE', sre.FLAGS.LOCALE],
  ['re.MULTILINE', sre.FLAGS.MULTILINE], ['re.DOTALL', sre.FLAGS.DOTALL], ['re.UNICODE', sre.FLAGS.UNICODE],
  ['re.VERBOSE', sre.FLAGS.VERBOSE], ['re.DEBUG', sre.FLAGS.DEBUG], ['re.ASCII', sre.FLAGS.ASCII],
];

/** The first n code points of s (the %.<n>R of PyUnicode_FromFormat). */
function firstCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  let units = 0;
  for (let k = 0; k < n && units < s.length; k++) {
    const c = s.charCodeAt(units);
    units += c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(units + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, units);
}

/** Equal patterns have the same flags, type, code and pattern (pattern_richcompare). */
function patternCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  if ((op !== CmpOp.EQ && op !== CmpOp.NE) || b.type !== PatternType) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  let eq = a === b;
  if (!eq) {
    const x = (a as PyPattern).engine;
    const y = (b as PyPattern).engine;
    eq = x.flags === y.flags && x.isBytes === y.isBytes && sameCode(x.program.code, y.program.code) &&
      ab.compareBool((a as PyPattern).source, (b as PyPattern).source, CmpOp.EQ);
  }
  return newBool(op === CmpOp.EQ ? eq : !eq);
}

function sameCode(x: Uint32Array, y: Uint32Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** hash(pattern) ^ hash(code bytes) ^ flags ^ isbytes ^ codesize, over 64 bits (pattern_hash). */
function patternHash(o: PyObject): number {
  const p = o as PyPattern;
  let lo = ab.hashOf(p.source);
  let hi = HASH.hi;
  const [codeLo, codeHi] = p.hashOfCode();
  lo ^= codeLo ^ p.engine.flags ^ (p.isBytes ? 1 : 0) ^ p.engine.program.code.length;
  hi ^= codeHi;
  // flags is a C int: a negative one is sign-extended.
  if (p.engine.flags < 0) hi = ~hi;
  if (lo === -1 && hi === -1) lo = -2;
  HASH.hi = hi;
  return lo;
}

function initPattern(): void {
  const T = PatternType;
  T.repr = patternRepr;
  T.richcompare = patternCompare;
  T.hash = patternHash;
  T.dealloc = (o) => {
    const p = o as PyPattern;
    decref(p.source);
    if (p.groupindex !== null) decref(p.groupindex);
    for (const name of p.names) if (name !== null) decref(name);
  };
  defMethod(T, 'match', matcher('match', (e, t, a, b) => e.match(t, a, b)));
  defMethod(T, 'fullmatch', matcher('fullmatch', (e, t, a, b) => e.fullmatch(t, a, b)));
  defMethod(T, 'search', matcher('search', (e, t, a, b) => e.search(t, a, b)));
  defMethod(T, 'sub', (s, a, k) => subx(s as PyPattern, 'sub', a, k, false));
  defMethod(T, 'subn', (s, a, k) => subx(s as PyPattern, 'subn', a, k, true));
  defMethod(T, 'split', patternSplit);
  defMethod(T, 'findall', patternFindall);
  defMethod(T, 'finditer', patternFinditer);
  defMethod(T, 'scanner', (s, a, k) => newScanner(s as PyPattern, 'scanner', a, k));
  defMethod(T, '__copy__', (s, a, k) => (checkArgs('Pattern.__copy__', a, k, 0, 0), s.rc++, s));
  defMethod(T, '__deepcopy__', (s, a, k) => (checkArgs('Pattern.__deepcopy__', a, k, 1, 1), s.rc++, s));
  defMethod(T, '__sizeof__', (s, a, k) => {
    checkArgs('Pattern.__sizeof__', a, k, 0, 0);
    return newInt(T.basicsize + T.itemsize * (s as PyPattern).engine.program.code.length);
  });
  defClassMethod(T, '__class_getitem__', genericAlias);
  defMember(T, 'pattern', (o) => ((o as PyPattern).source.rc++, (o as PyPattern).source));
  defMember(T, 'flags', (o) => newIntAny((o as PyPattern).engine.flags));
  defMember(T, 'groups', (o) => newInt((o as PyPattern).engine.groups));
  // A pattern without named groups has no groupindex: the attribute is then a new empty dict.
  defGetSet(T, 'groupindex', (o) => {
    const gi = (o as PyPattern).groupindex;
    return gi === null ? newDict() : ab.call(MappingProxyType, [gi]);
  });
  exposeSlots(T);
}

/** cls[item]: types.GenericAlias(cls, item). */
const genericAlias: NativeFn = (cls, a, k) => {
  checkArgs(`${(cls as PyType).name}.__class_getitem__`, a, k, 1, 1);
  const alias = moduleAttr('types', 'GenericAlias');
  try {
    return ab.call(alias, [cls, a[0]]);
  } finally {
    decref(alias);
  }
};

// ---------------------------------------------------------------- re.Match

/** The group number `key` names (match_getindex): an index, or a name of the pattern's groupindex. */
function groupNumber(mo: PyMatch, key: PyObject): number {
  let i = -1;
  if (key.type.index !== null) {
    const v = ab.indexValue(key);
    i = typeof v === 'number' ? v : v < 0n ? -1 : Infinity;
  } else if (mo.pattern.groupindex !== null) {
    const v = dictGet(mo.pattern.groupindex, key);
    if (v instanceof PyInt) i = Number(v.v);
  }
  if (!(i >= 0 && i <= mo.pattern.engine.groups)) throw indexError('no such group');
  return i;
}

/** The text of group g, or dflt (borrowed) when it did not take part in the match. */
function groupText(mo: PyMatch, g: number, dflt: PyObject): PyObject {
  const a = mo.m.regs[2 * g];
  if (a < 0) {
    dflt.rc++;
    return dflt;
  }
  return sliceOf(mo.string, a, mo.m.regs[2 * g + 1]);
}

function groupArg(mo: PyMatch, key: PyObject | undefined): number {
  return key === undefined ? 0 : groupNumber(mo, key);
}

const matchGroup: NativeFn = (s, a, k) => {
  const mo = s as PyMatch;
  if (k !== null && k.length > 0) throw typeError('Match.group() takes no keyword arguments');
  if (a.length <= 1) return groupText(mo, groupArg(mo, a[0]), None);
  const items: PyObject[] = [];
  try {
    for (const key of a) items.push(groupText(mo, groupNumber(mo, key), None));
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  }
  return newTuple(items);
};

/** start, end and span: (group=0, /). */
function position(name: string, make: (a: number, b: number) => PyObject): NativeFn {
  return (s, a, k) => {
    clinicArgs(`Match.${name}`, name, a, k, 0, 1);
    const mo = s as PyMatch;
    const g = groupArg(mo, a[0]);
    return make(mo.m.regs[2 * g], mo.m.regs[2 * g + 1]);
  };
}

const matchGroups: NativeFn = (s, a, k) => {
  const mo = s as PyMatch;
  const [dflt] = unpackArgs('groups', a, k, ['default'], 0, 1, 0);
  const items: PyObject[] = [];
  for (let g = 1; g <= mo.pattern.engine.groups; g++) items.push(groupText(mo, g, dflt ?? None));
  return newTuple(items);
};

const matchGroupdict: NativeFn = (s, a, k) => {
  const mo = s as PyMatch;
  const [dflt] = unpackArgs('groupdict', a, k, ['default'], 0, 1, 0);
  const d = newDict();
  const gi = mo.pattern.groupindex;
  if (gi === null) return d;
  try {
    for (let j = 0; j < dictEntryCount(gi); j++) {
      const key = dictKeyAt(gi, j);
      if (key === null) continue;
      const v = groupText(mo, groupNumber(mo, key), dflt ?? None);
      dictSet(d, key, v);
      decref(v);
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
};

const matchExpand: NativeFn = (s, a, k) => {
  const mo = s as PyMatch;
  const [template] = unpackArgs('expand', a, k, ['template'], 0, 1, 1);
  const text = templateText(template!);
  warningStackLevel = 3;
  const parsed = reErrors(template!, () => sre.compileTemplate(mo.pattern.engine, text));
  const kind = mo.string instanceof PyStr ? Joined.STR : mo.string instanceof PyByteArray ? Joined.BYTEARRAY : Joined.BYTES;
  return expandTemplate(parsed, mo, kind);
};

function matchRepr(o: PyObject): PyObject {
  const mo = o as PyMatch;
  const group0 = groupText(mo, 0, None);
  try {
    return newStr(`<re.Match object; span=(${mo.m.regs[0]}, ${mo.m.regs[1]}), match=${firstCodePoints(ab.reprJS(group0), 50)}>`);
  } finally {
    decref(group0);
  }
}

function matchRegs(mo: PyMatch): PyTuple {
  if (mo.regs === null) {
    const spans: PyObject[] = [];
    for (let g = 0; g <= mo.pattern.engine.groups; g++) {
      spans.push(newTuple([newInt(mo.m.regs[2 * g]), newInt(mo.m.regs[2 * g + 1])]));
    }
    mo.regs = newTuple(spans);
  }
  mo.regs.rc++;
  return mo.regs;
}

function initMatch(): void {
  const T = MatchType;
  T.repr = matchRepr;
  T.getitem = (s, key) => groupText(s as PyMatch, groupNumber(s as PyMatch, key), None);
  T.dealloc = (o) => {
    const mo = o as PyMatch;
    decref(mo.pattern);
    decref(mo.string);
    if (mo.regs !== null) decref(mo.regs);
  };
  defMethod(T, 'group', matchGroup);
  defMethod(T, 'start', position('start', (a) => newInt(a)));
  defMethod(T, 'end', position('end', (_a, b) => newInt(b)));
  defMethod(T, 'span', position('span', (a, b) => newTuple([newInt(a), newInt(b)])));
  defMethod(T, 'groups', matchGroups);
  defMethod(T, 'groupdict', matchGroupdict);
  defMethod(T, 'expand', matchExpand);
  defMethod(T, '__copy__', (s, a, k) => (checkArgs('Match.__copy__', a, k, 0, 0), s.rc++, s));
  defMethod(T, '__deepcopy__', (s, a, k) => (checkArgs('Match.__deepcopy__', a, k, 1, 1), s.rc++, s));
  defMethod(T, '__sizeof__', (s, a, k) => {
    checkArgs('Match.__sizeof__', a, k, 0, 0);
    return newInt(T.basicsize + 2 * T.itemsize * ((s as PyMatch).pattern.engine.groups + 1));
  });
  defClassMethod(T, '__class_getitem__', genericAlias);
  defMember(T, 'string', (o) => ((o as PyMatch).string.rc++, (o as PyMatch).string));
  defMember(T, 're', (o) => ((o as PyMatch).pattern.rc++, (o as PyMatch).pattern));
  defMember(T, 'pos', (o) => newInt((o as PyMatch).m.pos));
  defMember(T, 'endpos', (o) => newInt((o as PyMatch).m.endpos));
  defGetSet(T, 'lastindex', (o) => {
    const i = (o as PyMatch).m.lastindex;
    return i === null ? newNone() : newInt(i);
  });
  defGetSet(T, 'lastgroup', (o) => {
    const mo = o as PyMatch;
    const i = mo.m.lastindex;
    const name = i === null ? null : mo.pattern.names[i];
    if (name === null) return newNone();
    name.rc++;
    return name;
  });
  defGetSet(T, 'regs', (o) => matchRegs(o as PyMatch));
  exposeSlots(T);
}

// ---------------------------------------------------------------- _sre.SRE_Scanner

function scannerStep(name: string, step: (sc: sre.Scanner) => sre.Match | null): NativeFn {
  return (s, a) => {
    // Keyword arguments are among `a` too.
    if (a.length > 0) throw typeError(`${name}() takes no arguments`);
    const sc = s as PyScanner;
    return newMatchObject(step(sc.scanner), sc.pattern, sc.string);
  };
}

function initScanner(): void {
  const T = ScannerType;
  T.dealloc = (o) => {
    const sc = o as PyScanner;
    decref(sc.pattern);
    decref(sc.string);
  };
  defMethod(T, 'match', scannerStep('match', (sc) => sc.match()));
  defMethod(T, 'search', scannerStep('search', (sc) => sc.search()));
  defMember(T, 'pattern', (o) => ((o as PyScanner).pattern.rc++, (o as PyScanner).pattern));
  exposeSlots(T);
}

// ---------------------------------------------------------------- the module

/**
 * _sre.compile(pattern, flags): a re.Pattern, the engine's errors as
 * re.error. With re.DEBUG, what CPython's compiler prints goes to stdout.
 */
const compile: NativeFn = (_s, a, k) => {
  const [pattern, flagsObj] = unpackArgs('compile', a, k, ['pattern', 'flags'], 0, 2, 2);
  const source = pattern instanceof PyStr ? pattern.v : pattern instanceof PyBytes ? pattern.bytes : null;
  if (source === null) throw typeError('first argument must be string or compiled pattern');
  const flags = ab.indexValue(flagsObj!);
  warningStackLevel = 3;
  // The parser sees every bit of the flags; _sre's C int limit applies once it is done.
  const low32 = typeof flags === 'bigint' ? Number(BigInt.asIntN(32, flags)) : Number(BigInt.asIntN(32, BigInt(flags)));
  const engine = reErrors(pattern!, () => sre.compile(source, low32));
  if (typeof flags === 'bigint' || flags !== low32) throw overflowError('Python int too large to convert to C int');
  if (engine.debugOutput !== null) interpreter!.writeTo(null, engine.debugOutput);
  return new PyPattern(engine, pattern!);
};

let typesReady = false;

export function initSre(m: PyModule, interp: Interpreter): void {
  interpreter = interp;
  if (!typesReady) {
    typesReady = true;
    initPattern();
    initMatch();
    initScanner();
    installEngineHooks();
  }
  const f = newBuiltin('compile', compile, '_sre');
  m.set('compile', f);
  decref(f);
  const consts: [string, PyObject][] = [
    ['MAXREPEAT', newIntAny(sre.MAXREPEAT)], ['MAXGROUPS', newIntAny(sre.MAXGROUPS)], ['MAGIC', newInt(20220615)],
    ['CODESIZE', newInt(4)], ['copyright', newStr(' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ')],
  ];
  for (const [name, v] of consts) {
    m.set(name, v);
    decref(v);
  }
}
