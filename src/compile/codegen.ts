// Code generation: one JavaScript function per Python code object.
//
// The JS is built as source text and compiled once with `new Function`, so
// V8 optimises it like any other JS. Generated code calls the runtime only
// through `rt` (src/runtime/rt.ts) and reads constants from `K`; Python names
// become JS locals with an `L_`/`C_` prefix and an escape for any character
// JS would not take, so no Python name can reach a JS global.
//
// Reference counting follows CPython's: every expression yields a new
// reference that its consumer either stores (stealing it) or releases.
// Temporaries live in JS variables `t0..tn`; operands that are fast locals
// are passed borrowed, which CPython's stack would hold as a reference for
// the instant of the operation. `fr.p = N` records the position of the
// operation about to run (an index into the code object's position table)
// so that a traceback can point at it.

import type * as A from '../parse/ast.js';
import { FloatConst, ComplexConst, BytesConst, type ConstValue } from '../parse/constants.js';
import { SymbolTable, Scope, Sc, mangle } from './symtable.js';
import { foldConst, foldedValue, percentFormatted, type Folded } from './constfold.js';
import { unparseAnnotation } from './unparse.js';
import { stackDepth } from './stackdepth.js';
import { PySyntaxError } from '../parse/errors.js';

export interface ConstFactory {
  /** Make the runtime object for a constant (a new reference). */
  make(v: ConstValue | ConstValue[] | { tuple: unknown[] }): unknown;
}

/** What the compiler produces for one code object, before the runtime turns it into a PyCode. */
export interface CodeUnit {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** lineno, end_lineno, col, end_col per position index. */
  positions: number[];
  /** Constant values the JS refers to as K[i]; code units appear as {code: CodeUnit}. */
  consts: ConstEntry[];
  /** The JS source of a function `(rt, K) => (F, ...params) => result`. */
  js: string;
  kind: 'module' | 'class' | 'function';
  /** co_stacksize: the value stack CPython's compiler sizes for this code (stackdepth.ts). */
  stacksize: number;
}

/** A unit and the units among its constants, depth first: the order of a module's JS factories. */
export function codeUnitsOf(u: CodeUnit): CodeUnit[] {
  const units: CodeUnit[] = [];
  const collect = (x: CodeUnit): void => {
    units.push(x);
    for (const c of x.consts) if ('code' in c) collect(c.code);
  };
  collect(u);
  return units;
}

export type ConstEntry = { value: ConstValue } | { tuple: ConstEntry[] } | { frozenset: ConstEntry[] } | { code: CodeUnit }
  | { name: string };

const CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10,
  CO_GENERATOR = 0x20, CO_COROUTINE = 0x80;

const FUTURE_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

const BINOP_INDEX: Record<string, number> = {
  Add: 0, Sub: 1, Mult: 2, MatMult: 3, Div: 4, FloorDiv: 5, Mod: 6, Pow: 7, LShift: 8, RShift: 9,
  BitAnd: 10, BitXor: 11, BitOr: 12,
};
/** Operators with an int/float fast path in rt. */
const FAST_BINOP: Record<string, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'trueDiv', FloorDiv: 'floorDiv', Mod: 'mod', BitAnd: 'and', BitOr: 'or', BitXor: 'xor',
};
const CMP_INDEX: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** A JS identifier for a Python name: ASCII letters, digits and _ pass, anything else is escaped. */
function jsName(prefix: string, name: string): string {
  if (/^[A-Za-z0-9_]*$/.test(name)) return prefix + name;
  let out = prefix;
  for (const ch of name) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += '$' + ch.codePointAt(0)!.toString(16) + '$';
  }
  return out;
}

interface Loop {
  breakLabel: string;
  continueLabel: string;
  /** Its jump back is a warm-up event (a `for` or `while True` loop in a warm function). */
  tick?: boolean;
}

type Node = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };

export function compileModule(mod: A.mod, filename: string, sourceLines: (n: number) => string | null,
  options: { interactive?: boolean; optimize?: number } = {}): CodeUnit {
  const st = new SymbolTable(mod, filename, sourceLines);
  const g = new Generator(st, filename, sourceLines, options.optimize ?? 0);
  return g.module(mod, options.interactive === true);
}

class Generator {
  /** Constants shared across the compilation unit, as CPython's c_const_cache. */
  constCache = new Map<string, ConstEntry>();
  /**
   * The optimization level (-O, -OO, compile()'s optimize): from 1 on, asserts
   * compile to nothing and __debug__ is False; from 2 on, docstrings are left
   * out (the string stays as an expression statement, as CPython's does).
   */
  constructor(public st: SymbolTable, public filename: string, public sourceLines: (n: number) => string | null,
    public optimize: number) {}

  /** The first statement of a body as its docstring, unless -OO leaves docstrings out. */
  docstringOf(body: A.stmt[]): string | null {
    const first = body[0];
    if (this.optimize >= 2 || !first || first._type !== 'Expr' || first.value._type !== 'Constant') return null;
    const v = first.value.value;
    return typeof v === 'string' ? v : null;
  }

  module(mod: A.mod, interactive: boolean): CodeUnit {
    if (mod._type === 'Module' || mod._type === 'Interactive') this.checkFuture(mod.body);
    const u = new Unit(this, this.st.top, '<module>', '<module>', 'module', 1);
    if (mod._type === 'Expression') {
      u.emit(`${u.traceLine(mod.body)};`);
      u.emit(u.ret(u.expr(mod.body)));
    } else {
      const body = (mod as A.Module).body;
      u.moduleBody(body, interactive);
    }
    return u.finish();
  }

  /** future.c: `from __future__` imports come first (after a docstring) and name known features. */
  private checkFuture(body: A.stmt[]): void {
    let i = 0;
    const first = body[0];
    if (first && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') i = 1;
    let leading = true;
    for (; i < body.length; i++) {
      const s = body[i];
      const isFuture = s._type === 'ImportFrom' && s.module === '__future__' && s.level === 0;
      if (!isFuture) {
        leading = false;
        continue;
      }
      if (!leading) throw this.error('from __future__ imports must occur at the beginning of the file', s);
      for (const a of (s as A.ImportFrom).names) {
        if (a.name === 'braces') throw this.pointError('not a chance', s);
        if (!FUTURE_FEATURES.has(a.name)) throw this.pointError(`future feature ${a.name} is not defined`, s);
        if (a.name === 'annotations') this.futureAnnotations = true;
      }
    }
  }

  /** `from __future__ import annotations` (PEP 563): annotations are kept as strings. */
  futureAnnotations = false;

  /** An error marked by a single caret at the node's start. */
  pointError(msg: string, node: Node): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, node.lineno, node.col_offset + 1,
      this.sourceLines(node.lineno), node.lineno, node.col_offset + 1);
  }

  error(msg: string, node: Node): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, node.lineno, node.col_offset + 1,
      this.sourceLines(node.lineno), node.end_lineno ?? node.lineno, (node.end_col_offset ?? node.col_offset) + 1);
  }

  /** constKey for folded values: tuples by their items' keys. */
  foldedKey(f: Folded): string {
    if (f !== null && typeof f === 'object' && 'tuple' in f) return 't(' + f.tuple.map((x) => this.foldedKey(x).length + ':' + this.foldedKey(x)).join('') + ')';
    return this.constKey(foldedValue(f));
  }

  constKey(v: ConstValue): string {
    if (v === null) return 'N';
    if (typeof v === 'boolean') return v ? 'T' : 'F';
    if (typeof v === 'string') return 's' + v;
    if (typeof v === 'bigint') return 'i' + v.toString();
    if (v instanceof FloatConst) return 'f' + (Object.is(v.value, -0) ? '-0' : String(v.value));
    if (v instanceof ComplexConst) return 'c' + v.real + ',' + (Object.is(v.imag, -0) ? '-0' : v.imag);
    if (v instanceof BytesConst) return 'b' + Array.from(v.bytes).join(',');
    return 'E';
  }
}

class Unit {
  out: string[] = [];
  indent = 1;
  temps = 0;
  maxTemps = 0;
  /**
   * The evaluation stack: values an expression holds while later code may
   * raise (its left operand while the right one is evaluated, a call's
   * arguments while the next one is) live in stack slots s0..s(depth-1). A
   * slot is undefined unless it holds such a reference, so an exception that
   * leaves the expression releases exactly the values CPython's unwinding
   * pops from its stack (dropSlots, at each catch of the frame).
   */
  depth = 0;
  maxDepth = 0;
  positions: number[] = [];
  consts: ConstEntry[] = [];
  constIndex = new Map<ConstEntry, number>();
  loops: Loop[] = [];
  labels = 0;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  isFunctionBlock: boolean;
  className: string | null = null;
  firstlineno: number;
  interactive = false;
  /** Name sites with a cache each (GC[i] in the code object's JS): LOAD_GLOBAL, STORE_GLOBAL, LOAD_NAME, STORE_NAME. */
  nameCaches = 0;
  /** Attribute sites (load, store, method call) with an inline cache each (AC[i]). */
  attrCaches = 0;
  /** A function with `x += y` / `x = x + y` on a local: it counts CPython's warm-up events (WU) for its concatenation sites (CS[i], concat.ts). */
  warm = false;
  concatSites = 0;
  /**
   * Where an exception raised by the statement being compiled goes, when the
   * code reaches it with a jump rather than a JS throw: the function's epilogue
   * (label body) or the except clauses of the try whose body this is. The JS
   * finally blocks of for loops and match statements on the way still run.
   * null where the exception is thrown: in a with, try* or finally statement,
   * an except clause, a generator, a module or class body. A jump leaves
   * where the stack slots are empty (a call that is a statement's whole
   * value has taken its operands; a raise statement its own), so unlike a
   * catch it has no slots to drop.
   */
  excTo: { label: string; take: (x: string) => string } | null;

  constructor(public g: Generator, public scope: Scope, public name: string, public qualname: string,
    public kind: 'module' | 'class' | 'function', firstlineno: number) {
    this.firstlineno = firstlineno;
    this.isFunctionBlock = kind === 'function';
    this.varnames = [...scope.params];
    this.cellvars = scope.cellvars;
    if (kind === 'class' && scope.needsClassClosure) this.cellvars = [...new Set([...this.cellvars, '__class__'])].sort();
    this.freevars = scope.freevars;
    this.excTo = kind === 'function' && !scope.isGenerator ? { label: 'body', take: (x) => `X = rt.unwind(${x}, fr${UW_MARK})` } : null;
  }

  /** The statement that leaves for excTo with the exception x (a JS expression), or null if it must throw. */
  excJump(x: string): string | null {
    const to = this.excTo;
    return to === null ? null : `{ ${to.take(x)}; break ${to.label}; }`;
  }

  /** Compile with the given excTo. */
  private withExcTo(to: Unit['excTo'], compile: () => void): void {
    const saved = this.excTo;
    this.excTo = to;
    compile();
    this.excTo = saved;
  }

  /**
   * `v = e;` for an expression that is a statement's whole value. A call
   * that can leave for excTo returns a Python function's exception as EXC
   * (rt.call1E and the like), which the code tests: no JS throw for it.
   */
  private emitValue(v: string, e: A.expr): void {
    if (e._type === 'Call' && isFixedArityCall(e)) {
      const jump = this.excJump('rt.takePending()');
      if (jump !== null) {
        this.emit(`${v} = ${this.call(e, true)}; if (${v} === EXC) ${jump}`);
        return;
      }
    }
    this.emit(`${v} = ${this.expr(e)};`);
  }

  // ------------------------------------------------------------- output

  emit(line: string): void {
    this.out.push('  '.repeat(this.indent) + line);
  }

  block(head: string, body: () => void, tail = '}'): void {
    this.emit(head);
    this.indent++;
    body();
    this.indent--;
    this.emit(tail);
  }

  temp(): string {
    const t = `t${this.temps++}`;
    if (this.temps > this.maxTemps) this.maxTemps = this.temps;
    return t;
  }

  freeTemps(n: number): void {
    this.temps = n;
  }

  /** The next stack slot: it holds a value while later code may raise. */
  push(): string {
    return this.slotAt(this.depth++);
  }

  slotAt(i: number): string {
    if (i + 1 > this.maxDepth) this.maxDepth = i + 1;
    return `s${i}`;
  }

  /**
   * The statement that releases the values held in the stack slots from
   * base up, top first, as unwinding pops them; assemble() writes it out
   * once the unit's depth is known.
   */
  dropSlots(base = this.depth): string {
    return `/*DS${base}*/`;
  }

  /**
   * The last argument of an operation that takes the values in the given
   * slots (and releases them even when it raises): it clears the slots once
   * every argument before it has been read.
   */
  taking(slots: string[], last: string): string {
    if (slots.length === 0) return last;
    const clear = `${slots.join(' = ')} = undefined`;
    if (!SLOT_RE.test(last)) return `(${clear}, ${last})`;
    const t = this.temp();
    return `(${t} = ${last}, ${clear}, ${t})`;
  }

  /** `, rt.dec(s), s = undefined`: a held value released after an operation that only borrowed it. */
  static released(slot: string): string {
    return `, rt.dec(${slot}), ${slot} = undefined`;
  }

  label(): string {
    return `B${this.labels++}`;
  }

  /** `fr.p=N`: the position of the operation about to run. */
  pos(node: Node): string {
    const i = this.positions.length / 4;
    this.positions.push(node.lineno, node.end_lineno ?? node.lineno, node.col_offset, node.end_col_offset ?? -1);
    return `fr.p=${i}`;
  }

  /** A position naming only the first line of a statement (a loop's jump back): no column markers. */
  linePos(node: Node): string {
    const i = this.positions.length / 4;
    this.positions.push(node.lineno, node.lineno, -1, -1);
    return `fr.p=${i}`;
  }

  /**
   * A line event (trace.ts) at the start of a statement, or with jump at a
   * loop's next turn: one flag test when no trace function is set. A
   * function passes its JS-held locals (the LV marker, filled in by assemble).
   */
  traceLine(node: Node, jump = false): string {
    const i = this.positions.length / 4;
    this.positions.push(node.lineno, node.lineno, -1, -1);
    const lv = this.kind === 'function' ? LV_MARK : '';
    return `TR.ln && rt.${jump ? 'jumpEvent' : 'lineEvent'}(fr, ${i}${lv})`;
  }

  /**
   * `return v`. A generator's body returns from its JS generator; any other
   * frame keeps the value in R and leaves its body's try by `break body`, so
   * that the frame is left after the try, not in a `finally` (V8 runs a
   * finally for an exception by catching and throwing it once more).
   */
  ret(v: string): string {
    return this.scope.isGenerator ? `return ${v};` : `{ R = ${v}; break body; }`;
  }

  /** The index of a constant in K (shared across the compilation unit). */
  constRef(v: ConstValue): string {
    const key = this.g.constKey(v);
    let e = this.g.constCache.get(key);
    if (e === undefined) {
      e = { value: v };
      this.g.constCache.set(key, e);
    }
    return this.kref(e);
  }

  private foldedEntry(f: Folded): ConstEntry {
    const key = this.g.foldedKey(f);
    if (f !== null && typeof f === 'object' && 'tuple' in f) {
      // Equal tuples are one constant of the compilation unit (the compiler's constant cache).
      let e = this.g.constCache.get(key);
      if (e === undefined) {
        e = { tuple: f.tuple.map((x) => this.foldedEntry(x)) };
        this.g.constCache.set(key, e);
      }
      return e;
    }
    let e = this.g.constCache.get(key);
    if (e === undefined) {
      e = { value: foldedValue(f) };
      this.g.constCache.set(key, e);
    }
    return e;
  }

  /** The frozenset constant a set display of constants folds into (ast_opt.c's fold_iter), or null. */
  frozensetConst(e: A.expr): string | null {
    if (e._type !== 'Set') return null;
    const items: ConstEntry[] = [];
    for (const x of e.elts) {
      const f = foldConst(x);
      if (f === null) return null;
      items.push(this.foldedEntry(f));
    }
    return this.kref({ frozenset: items });
  }

  /** An iterable operand (of `for`, a comprehension, the last `in`): a folded frozenset is borrowed from K. */
  iterExpr(e: A.expr): string {
    const k = this.frozensetConst(e);
    return k === null ? this.expr(e) : `rt.inc(${k})`;
  }

  kref(e: ConstEntry): string {
    let i = this.constIndex.get(e);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(e);
      this.constIndex.set(e, i);
    }
    return `K[${i}]`;
  }

  /** An interned name string (attribute and variable names). */
  nameRef(name: string): string {
    const key = 'n' + name;
    let e = this.g.constCache.get(key);
    if (e === undefined) {
      e = { name };
      this.g.constCache.set(key, e);
    }
    return this.kref(e);
  }

  mangle(name: string): string {
    return mangle(this.className, name);
  }

  // ------------------------------------------------------------- finishing

  finish(): CodeUnit {
    const s = this.scope;
    let flags = 0;
    if (this.kind === 'function') flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (s.hasVarargs) flags |= CO_VARARGS;
    if (s.hasVarkw) flags |= CO_VARKEYWORDS;
    if (s.parent && s.parent.kind === 'function') flags |= CO_NESTED;
    if (s.isGenerator) flags |= CO_GENERATOR;
    if (s.isCoroutine) flags |= CO_COROUTINE;
    const node = s.node as { args?: A.arguments };
    const args = node.args;
    const argcount = args ? args.posonlyargs.length + args.args.length : s.isComprehension ? 1 : 0;
    return {
      name: this.name,
      qualname: this.qualname,
      filename: this.g.filename,
      firstlineno: this.firstlineno,
      argcount,
      posonlyargcount: args ? args.posonlyargs.length : 0,
      kwonlyargcount: args ? args.kwonlyargs.length : 0,
      flags,
      varnames: this.varnames,
      cellvars: this.cellvars,
      freevars: this.freevars,
      positions: this.positions,
      consts: this.consts,
      js: this.assemble(),
      kind: this.kind,
      stacksize: stackDepth(this.g.st, s, { optimize: this.g.optimize, futureAnnotations: this.g.futureAnnotations, interactive: this.interactive }),
    };
  }

  /** The complete JS: prologue (locals, cells, frame), body, epilogue. */
  private assemble(): string {
    const s = this.scope;
    const params = s.params.map((p) => jsName('a_', p));
    const temps = [...Array.from({ length: this.maxTemps }, (_, i) => `t${i}`), ...Array.from({ length: this.maxDepth }, (_, i) => `s${i}`)];
    const fast = this.kind === 'function';
    const locals = fast ? this.varnames.filter((v) => s.scopeOf(v) !== Sc.CELL) : [];
    const cells = this.cellvars;
    const frees = this.freevars;
    // The prologue: the variables (fast locals, then temporaries) and the frame's own cells and free cells.
    const varDecls = locals.map((v) => {
      const pi = s.params.indexOf(v);
      return `let ${jsName('L_', v)} = ${pi >= 0 ? params[pi] : 'null'};`;
    });
    if (temps.length) varDecls.push(`let ${temps.join(', ')};`);
    const cellDecls = cells.map((c) => {
      const pi = s.params.indexOf(c);
      return `const ${this.cellJs(c)} = rt.newCell(${pi >= 0 ? params[pi] : 'null'});`;
    });
    // A function's frame owns its free cells (COPY_FREE_VARS): they are released with its locals.
    frees.forEach((f, i) => cellDecls.push(`const ${jsName('C_', f)} = ${fast ? `rt.inc(F.closure[${i}])` : `F.closure[${i}]`};`));
    const head = [...cellDecls, ...varDecls];
    const localVars = [...locals.map((v) => jsName('L_', v)), ...cells.map((c) => this.cellJs(c)), ...frees.map((c) => jsName('C_', c))];
    const localList = `[${localVars.join(', ')}]`;
    const localNames = JSON.stringify([...locals, ...cells, ...frees]);
    const sig = this.kind === 'class' ? 'F, NS' : this.kind === 'module' ? 'F, NS' : ['F', ...params].join(', ');
    const caches = Array.from({ length: this.nameCaches }, () => '{ g: null, gl: -1, b: null, bl: -1, d: null, ix: -1 }').join(', ');
    const acs = Array.from({ length: this.attrCaches }, () => 'rt.attrCache()').join(', ');
    const warm = this.warm ? `\nconst WU = rt.warmup();\nconst CS = [${Array.from({ length: this.concatSites }, () => 'rt.concatSite(WU)').join(', ')}];` : '';
    const names = `const LN = ${localNames};\nconst GC = [${caches}];\nconst AC = [${acs}];\nconst TR = rt.tr;\nconst EXC = rt.EXC;${warm}`;
    // Only a function that may read its own frame's locals (locals(), vars(), dir(), exec, eval, super)
    // or a generator (gi_frame.f_locals) keeps a snapshot closure; any other frame's locals are
    // captured when an exception leaves it.
    const snapshot = fast && (s.usesFrameLocals || s.isGenerator) ? `() => ${localList}` : 'null';
    // Trace events show the locals of a function without a snapshot through the array they pass.
    const lv = fast && snapshot === 'null' ? `, ${localList}` : '';
    const unwindLocals = fast ? `, ${localList}` : '';
    const body = inlineRefcounts(this.out.join('\n')).split(LV_MARK).join(lv).split(UW_MARK).join(unwindLocals)
      .replace(/\/\*DS(\d+)\*\//g, (_, base: string) => dropCode(Number(base), this.maxDepth));
    // A JS name after the qualname, so that V8's profiles and traces name the code object.
    const fname = 'py$' + this.qualname.replace(/[^A-Za-z0-9_]/g, '_');
    // The frame's locals are released in order (as _PyFrame_Clear does), inline: no array per call.
    const releaseOf = (vars: string[]) => vars.map((v) => `(${v} !== null && --${v}.rc === 0 && rt.dealloc(${v}));`).join(' ');
    const release = fast ? releaseOf(localVars) : '';
    if (s.isGenerator) {
      // The body is one generator function per code object, not a closure made
      // at each call: V8 gives every generator closure a prototype object of its
      // own, which makes a call 25 times dearer and keeps dead generators alive
      // through young-generation collections. The call makes the frame's cells and
      // free cells (MAKE_CELL and COPY_FREE_VARS run before RETURN_GENERATOR) and
      // hands them to the body with the arguments, in one array that is the
      // frame's locals until the body starts (the others unbound); then the
      // body's own variables hold them, which one closure snapshots and, once
      // the generator has finished, releases.
      const argLocals = [...locals.map((v) => {
        const pi = s.params.indexOf(v);
        return pi >= 0 ? params[pi] : 'null';
      }), ...localVars.slice(locals.length)];
      const fromArgs = (v: string, i: number) => `${v} = ${argLocals[i] === 'null' ? 'null' : `A[${i}]`}`;
      const bodyVars = [
        ...(locals.length ? [`let ${locals.map((v, i) => fromArgs(jsName('L_', v), i)).join(', ')};`] : []),
        ...(localVars.length > locals.length ? [`const ${localVars.slice(locals.length).map((v, i) => fromArgs(v, locals.length + i)).join(', ')};`] : []),
        ...(temps.length ? [`let ${temps.join(', ')};`] : []),
      ];
      return `${names}
function* ${fname}$body(fr, A) {
  const F = fr.func, G = F.globals, B = F.builtins;
  ${bodyVars.join('\n  ')}
  rt.genStarted((release) => { if (release) { ${release} return null; } return ${localList}; });
  try {
${body}
    return rt.none();
  } catch (e) { const x = rt.unwind(e, fr${unwindLocals}); ${dropCode(0, this.maxDepth)} throw x; }
}
return function ${fname}(${sig}) {
  ${cellDecls.join('\n  ')}
  return rt.makeGenerator(F, LN, ${fname}$body, [${argLocals.join(', ')}]);
};`;
    }
    return `${names}
return function ${fname}(${sig}) {
  const G = F.globals, B = F.builtins;
  ${head.join('\n  ')}
  const fr = rt.enter(F, LN, ${snapshot}, ${this.kind === 'function' ? 'null' : 'NS'});
  let R, X;
  body: try {
    TR.on && rt.callEvent(fr${lv});
${body}
    R = rt.none();
  } catch (e) { R = undefined; X = rt.unwind(e, fr${unwindLocals}); ${dropCode(0, this.maxDepth)} }
  const E = TR.on ? rt.returnEvent(fr, R${lv}) : undefined;
  rt.leave(fr); ${release}
  if (E !== undefined) throw E;
  ${this.kind === 'function' ? 'return X === undefined ? R : rt.fail(X);' : 'if (X !== undefined) throw X;\n  return R;'}
};`;
  }

  // ------------------------------------------------------------- module and class bodies

  moduleBody(body: A.stmt[], interactive: boolean): void {
    // In 'single' mode every expression statement of the module's own code echoes its value.
    this.interactive = interactive;
    let start = 0;
    const doc = interactive ? null : this.g.docstringOf(body);
    if (doc !== null) {
      this.emit(`rt.storeName(NS, ${this.nameRef('__doc__')}, rt.inc(${this.constRef(doc)}));`);
      start = 1;
    }
    if (this.hasAnnotations(body)) this.emit(`rt.setupAnnotations(NS, ${this.nameRef('__annotations__')});`);
    for (let i = start; i < body.length; i++) {
      const s = body[i];
      this.stmt(s);
    }
  }

  private hasAnnotations(body: A.stmt[]): boolean {
    const walk = (ss: A.stmt[]): boolean => ss.some((s) => {
      if (s._type === 'AnnAssign') return true;
      const o = s as unknown as Record<string, unknown>;
      for (const k of ['body', 'orelse', 'finalbody']) {
        if (Array.isArray(o[k]) && walk(o[k] as A.stmt[])) return true;
      }
      if (s._type === 'Try' || s._type === 'TryStar') return s.handlers.some((h) => walk(h.body));
      return false;
    });
    return walk(body);
  }

  // ------------------------------------------------------------- statements

  stmts(ss: A.stmt[]): void {
    for (const s of ss) this.stmt(s);
  }

  stmt(s: A.stmt): void {
    // Under -O an assert compiles to no instruction at all, not even its line's.
    if (s._type === 'Assert' && this.g.optimize > 0) return;
    const saved = this.temps;
    const depth = this.depth;
    if (s._type !== 'Global' && s._type !== 'Nonlocal') {
      const decorated = (s._type === 'FunctionDef' || s._type === 'ClassDef' || s._type === 'AsyncFunctionDef') && s.decorator_list.length > 0;
      this.emit(`${this.traceLine(decorated ? (s as A.FunctionDef).decorator_list[0] : s)};`);
    }
    switch (s._type) {
      case 'Expr': {
        const v = s.value;
        if (this.interactive) {
          this.emit(`${this.pos(s)}; rt.displayHook(${this.expr(v)});`);
          break;
        }
        if (v._type === 'Constant') break;
        const t = this.temp();
        this.emitValue(t, v);
        this.emit(`rt.dec(${t});`);
        break;
      }
      case 'Assign': this.assign(s); break;
      case 'AugAssign': this.augAssign(s); break;
      case 'AnnAssign': this.annAssign(s); break;
      case 'Return': {
        if (!this.isFunctionBlock) throw this.g.error("'return' outside function", s);
        if (s.value && this.scope.isCoroutine && this.scope.isGenerator) throw this.g.error("'return' with value in async generator", s);
        let v = 'rt.none()';
        if (s.value) {
          v = this.temp();
          this.emitValue(v, s.value);
        }
        // RETURN_VALUE is on the statement's line, which f_lineno shows in the return event.
        this.emit(this.scope.isGenerator ? `return ${v};` : `{ R = ${v}; ${this.linePos(s)}; break body; }`);
        break;
      }
      case 'Pass': break;
      case 'Delete': for (const t of s.targets) this.del(t); break;
      case 'If': this.ifStmt(s); break;
      case 'While': this.whileStmt(s); break;
      case 'For': this.forStmt(s); break;
      case 'Break': {
        const l = this.loops[this.loops.length - 1];
        if (!l) throw this.g.error("'break' outside loop", s);
        this.emit(`break ${l.breakLabel};`);
        break;
      }
      case 'Continue': {
        const l = this.loops[this.loops.length - 1];
        if (!l) throw this.g.error("'continue' not properly in loop", s);
        // `continue` jumps back (JUMP_BACKWARD) in every loop.
        if (this.warm) this.emit('if (WU.w < 0) WU.w++;');
        this.emit(`continue ${l.continueLabel};`);
        break;
      }
      case 'FunctionDef': this.functionDef(s); break;
      case 'ClassDef': this.classDef(s); break;
      case 'Raise': this.raise(s); break;
      case 'Try': this.tryStmt(s); break;
      case 'Assert': this.assertStmt(s); break;
      case 'Import': this.importStmt(s); break;
      case 'ImportFrom': this.importFrom(s); break;
      case 'Global':
      case 'Nonlocal': break;
      case 'With': this.withExcTo(null, () => this.withStmt(s, 0)); break;
      case 'Match': this.matchStmt(s); break;
      case 'TryStar': this.withExcTo(null, () => this.tryStar(s)); break;
      case 'AsyncFunctionDef': this.functionDef(s as unknown as A.FunctionDef, true); break;
      case 'AsyncFor':
      case 'AsyncWith':
        this.emit(`${this.pos(s)}; throw rt.unsupported(${JSON.stringify('async ' + s._type.replace('Async', '').toLowerCase())});`);
        break;
    }
    this.freeTemps(saved);
    this.depth = depth;
  }

  // ------------------------------------------------------------- names

  /** JS expression loading a name as a new reference. */
  loadName(name: string, node: Node): string {
    // The AST optimizer makes __debug__ a constant, whatever the namespaces hold.
    if (name === '__debug__') return `rt.inc(${this.constRef(this.g.optimize === 0)})`;
    const m = this.mangle(name);
    const sc = this.scope.scopeOf(m);
    const k = this.nameRef(m);
    if (this.kind === 'function') {
      switch (sc) {
        case Sc.LOCAL:
          this.addLocal(m);
          // Written out rather than rt.inc(...): the `rc` access then has feedback of its own (inlineRefcounts).
          return `(${jsName('L_', m)} != null ? (${jsName('L_', m)}.rc++, ${jsName('L_', m)}) : rt.unboundLocal(fr, ${k}, ${this.posIndex(node)}))`;
        case Sc.CELL:
        case Sc.FREE:
          return `rt.loadDeref(${jsName('C_', m)}, ${k}, ${sc === Sc.FREE ? 1 : 0}, fr, ${this.posIndex(node)})`;
        default:
          return `(${this.pos(node)}, rt.loadGlobalCached(G, B, ${k}, GC[${this.nameCaches++}]))`;
      }
    }
    if (this.kind === 'class') {
      if (sc === Sc.FREE || (this.scope.freevars.includes(m) && this.scope.scopeOf(m) !== Sc.GLOBAL_EXPLICIT)) {
        return `(${this.pos(node)}, rt.loadClassDeref(NS, ${jsName('C_', m)}, ${k}))`;
      }
      if (sc === Sc.GLOBAL_EXPLICIT) return `(${this.pos(node)}, rt.loadGlobal(G, B, ${k}))`;
    }
    return `(${this.pos(node)}, rt.loadNameC(NS, G, B, ${k}, GC[${this.nameCaches++}]))`;
  }

  /** A fast local usable as a borrowed operand, or null. */
  borrowable(e: A.expr): string | null {
    // Constants are owned by the code object for its whole life.
    if (e._type === 'Constant') return this.constRef(e.value);
    if (e._type !== 'Name' || this.kind !== 'function') return null;
    const m = this.mangle(e.id);
    if (this.scope.scopeOf(m) !== Sc.LOCAL) return null;
    this.addLocal(m);
    return `(${jsName('L_', m)} ?? rt.unboundLocal(fr, ${this.nameRef(m)}, ${this.posIndex(e)}))`;
  }

  posIndex(node: Node): number {
    const i = this.positions.length / 4;
    this.positions.push(node.lineno, node.end_lineno ?? node.lineno, node.col_offset, node.end_col_offset ?? -1);
    return i;
  }

  addLocal(m: string): void {
    if (!this.varnames.includes(m) && this.scope.scopeOf(m) === Sc.LOCAL) this.varnames.push(m);
  }

  /** Store the new reference held by JS expression `v` into a name. */
  storeName(name: string, v: string, node: Node): void {
    const m = this.mangle(name);
    const sc = this.scope.scopeOf(m);
    const k = this.nameRef(m);
    if (this.kind === 'function') {
      switch (sc) {
        case Sc.LOCAL: {
          this.addLocal(m);
          const l = jsName('L_', m);
          const t = this.temp();
          this.emit(`${t} = ${l}; ${l} = ${v}; rt.xdec(${t});`);
          return;
        }
        case Sc.CELL:
        case Sc.FREE:
          this.emit(`rt.storeDeref(${jsName('C_', m)}, ${v});`);
          return;
        default:
          this.emit(`rt.storeGlobalC(G, ${k}, ${v}, GC[${this.nameCaches++}]);`);
          return;
      }
    }
    if (this.kind === 'class' && sc === Sc.GLOBAL_EXPLICIT) {
      this.emit(`rt.storeGlobalC(G, ${k}, ${v}, GC[${this.nameCaches++}]);`);
      return;
    }
    // A free name that a class body binds was declared nonlocal: the enclosing function's cell.
    if (this.kind === 'class' && sc === Sc.FREE) {
      this.emit(`rt.storeDeref(${jsName('C_', m)}, ${v});`);
      return;
    }
    this.emit(`rt.storeNameC(NS, ${k}, ${v}, GC[${this.nameCaches++}]);`);
  }

  delName(name: string, node: Node): void {
    const m = this.mangle(name);
    const sc = this.scope.scopeOf(m);
    const k = this.nameRef(m);
    if (this.kind === 'function') {
      switch (sc) {
        case Sc.LOCAL: {
          this.addLocal(m);
          const l = jsName('L_', m);
          this.emit(`if (${l} === null) rt.unboundLocal(fr, ${k}, ${this.posIndex(node)}); rt.dec(${l}); ${l} = null;`);
          return;
        }
        case Sc.CELL:
        case Sc.FREE:
          this.emit(`${this.pos(node)}; rt.delDeref(${jsName('C_', m)}, ${k}, ${sc === Sc.FREE ? 1 : 0});`);
          return;
        default:
          this.emit(`${this.pos(node)}; rt.delGlobal(G, ${k});`);
          return;
      }
    }
    if (sc === Sc.GLOBAL_EXPLICIT) {
      this.emit(`${this.pos(node)}; rt.delGlobal(G, ${k});`);
      return;
    }
    if (this.kind === 'class' && sc === Sc.FREE) {
      this.emit(`${this.pos(node)}; rt.delDeref(${jsName('C_', m)}, ${k}, 1);`);
      return;
    }
    this.emit(`${this.pos(node)}; rt.delName(NS, ${k});`);
  }

  // ------------------------------------------------------------- assignment

  private assign(s: A.Assign): void {
    const target = s.targets[0];
    const value = s.value;
    // `a, b = x, y` with at most three names: CPython's optimizer turns
    // BUILD_TUPLE + UNPACK_SEQUENCE into stack swaps, so no tuple is made.
    if (s.targets.length === 1 && (target._type === 'Tuple' || target._type === 'List') && value._type === 'Tuple' &&
        value.elts.length === target.elts.length && value.elts.length <= 3 &&
        foldConst(value) === null &&
        ![...value.elts, ...target.elts].some((x) => x._type === 'Starred')) {
      // A value is held in a slot while a later value is evaluated or an earlier store runs, either of which may raise.
      const vs = value.elts.map((x, i) => {
        const held = value.elts.slice(i + 1).some(mayRaise) || target.elts.slice(0, i).some(storeMayRaise);
        const t = held ? this.push() : this.temp();
        this.emit(`${t} = ${this.expr(x)};`);
        return t;
      });
      target.elts.forEach((t, i) => this.store(t, vs[i]));
      return;
    }
    const v = this.temp();
    if (s.targets.length === 1 && target._type === 'Name' && isSelfConcat(target.id, value)) {
      const site = this.concatSite(target.id);
      if (site !== null) {
        const b = value as A.BinOp;
        const op = this.heldOperation(b.left, b.right, site);
        this.emit(`${this.pos(b)}; ${v} = ${op};`);
        this.store(target, v);
        return;
      }
    }
    this.emitValue(v, s.value);
    if (s.targets.length === 1) {
      this.store(target, v);
      return;
    }
    // a = b.c = v: the value is held while each store but the last takes a reference of its own.
    const held = this.push();
    this.emit(`${held} = ${v};`);
    s.targets.forEach((t, i) => {
      if (i === s.targets.length - 1) {
        this.store(t, held);
        return;
      }
      const w = this.temp();
      this.emit(`${w} = rt.inc(${held});`);
      this.store(t, w);
    });
  }

  /**
   * `$CUR op $VAL` by an operation that borrows both (an augmented
   * assignment, a concatenation site): the current value is held while the
   * other operand is evaluated, both while the operation runs, and both are
   * released after it.
   */
  private heldOperation(cur: A.expr | string, val: A.expr, op: string): string {
    const c = this.push();
    this.emit(`${c} = ${typeof cur === 'string' ? cur : this.expr(cur)};`);
    const v = this.push();
    this.emit(`${v} = ${this.expr(val)};`);
    return `${op.replace('$CUR', c).replace('$VAL', v)}${Unit.released(c)}${Unit.released(v)}`;
  }

  /**
   * Store the new reference in JS variable `v` (a temporary or a stack slot)
   * into target `t`, consuming it; the value is held in a slot while the
   * target's object and key are evaluated.
   */
  store(t: A.expr, v: string): void {
    const slots = SLOT_RE.test(v) ? [v] : [];
    const hold = (): void => {
      if (slots.length > 0) return;
      slots.push(this.push());
      this.emit(`${slots[0]} = ${v};`);
      v = slots[0];
    };
    switch (t._type) {
      case 'Name':
        this.storeName(t.id, v, t);
        if (slots.length > 0) this.emit(`${v} = undefined;`);
        return;
      case 'Attribute': {
        if (mayRaise(t.value)) hold();
        const o = this.temp();
        this.emit(`${o} = ${this.expr(t.value)};`);
        this.emit(`${this.pos(t)}; rt.storeAttrC(${o}, ${this.nameRef(this.mangle(t.attr))}, ${v}, ${this.attrCache()}, ${this.taking(slots, `${o}.type`)});`);
        return;
      }
      case 'Subscript': {
        if (mayRaise(t.value) || mayRaise(t.slice)) hold();
        const vs = this.values([this.val(t.value), this.val(t.slice)]);
        this.emit(`${vs.setup}${this.pos(t)}, rt.storeSubscr(${vs.js.join(', ')}, ${this.taking([...slots, ...vs.slots], v)});`);
        return;
      }
      case 'Tuple':
      case 'List': {
        const elts = t.elts;
        if (elts.filter((e) => e._type === 'Starred').length > 1) throw this.g.error('multiple starred expressions in assignment', t);
        const star = elts.findIndex((e) => e._type === 'Starred');
        const arr = this.temp();
        if (star < 0) {
          this.emit(`${this.pos(t)}; ${arr} = rt.unpack(${v}, ${this.taking(slots, String(elts.length))});`);
        } else {
          this.emit(`${this.pos(t)}; ${arr} = rt.unpackEx(${v}, ${star}, ${this.taking(slots, String(elts.length - star - 1))});`);
        }
        // Every item is taken out of the array before any store runs: rt.unpack may
        // hand out the list's or tuple's own items array, which a store could change.
        // An item waiting while an earlier store may raise is held in a slot.
        const targets = elts.map((e) => e._type === 'Starred' ? e.value : e);
        const xs = targets.map((_, i) => {
          const x = targets.slice(0, i).some(storeMayRaise) ? this.push() : this.temp();
          this.emit(`${x} = ${arr}[${i}];`);
          return x;
        });
        targets.forEach((e, i) => this.store(e, xs[i]));
        return;
      }
      case 'Starred':
        throw this.g.error('starred assignment target must be in a list or tuple', t);
      default:
        throw this.g.error('cannot assign', t);
    }
  }

  private del(t: A.expr): void {
    switch (t._type) {
      case 'Name':
        this.delName(t.id, t);
        return;
      case 'Attribute': {
        const o = this.temp();
        this.emit(`${o} = ${this.expr(t.value)};`);
        this.emit(`${this.pos(t)}; rt.delAttr(${o}, ${this.nameRef(this.mangle(t.attr))});`);
        return;
      }
      case 'Subscript': {
        const vs = this.values([this.val(t.value), this.val(t.slice)]);
        this.emit(`${vs.setup}${this.pos(t)}, rt.delSubscr(${this.lastTaking(vs)});`);
        return;
      }
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.del(e);
        return;
      default:
        throw this.g.error('cannot delete', t);
    }
  }

  private augAssign(s: A.AugAssign): void {
    const fast = FAST_BINOP[s.op._type];
    const inplace = (cur: string, val: string): string => fast ? `rt.i${fast}(${cur}, ${val})` : `rt.inplace(${cur}, ${val}, ${BINOP_INDEX[s.op._type]})`;
    const t = s.target;
    const r = this.temp();
    // The target's object and key are held on the stack until the store takes them.
    if (t._type === 'Name') {
      const site = s.op._type === 'Add' ? this.concatSite(t.id) : null;
      const op = this.heldOperation(this.loadName(t.id, t), s.value, site ?? inplace('$CUR', '$VAL'));
      this.emit(`${this.pos(s)}; ${r} = ${op};`);
      this.storeName(t.id, r, t);
    } else if (t._type === 'Attribute') {
      const o = this.push();
      const name = this.nameRef(this.mangle(t.attr));
      this.emit(`${o} = ${this.expr(t.value)};`);
      const getter = `(${this.pos(t)}, rt.getAttrC(${o}, ${o}.type, ${name}, ${this.attrCache()}))`;
      const op = this.heldOperation(getter, s.value, inplace('$CUR', '$VAL'));
      this.emit(`${this.pos(s)}; ${r} = ${op};`);
      this.emit(`${this.pos(t)}; rt.storeAttrC(${o}, ${name}, ${r}, ${this.attrCache()}, ${this.taking([o], `${o}.type`)});`);
    } else if (t._type === 'Subscript') {
      const o = this.push();
      const k = this.push();
      this.emit(`${o} = ${this.expr(t.value)};`);
      this.emit(`${k} = ${this.expr(t.slice)};`);
      const op = this.heldOperation(`(${this.pos(t)}, rt.getItem(${o}, ${k}))`, s.value, inplace('$CUR', '$VAL'));
      this.emit(`${this.pos(s)}; ${r} = ${op};`);
      this.emit(`${this.pos(t)}; rt.storeSubscr(${o}, ${k}, ${this.taking([o, k], r)});`);
    } else {
      throw this.g.error("'" + t._type + "' is an illegal expression for augmented assignment", t);
    }
  }

  /** The JS of `name += $VAL` at a concatenation site (a fast local of a warm function), or null. */
  private concatSite(name: string): string | null {
    if (!this.warm) return null;
    const m = this.mangle(name);
    if (this.scope.scopeOf(m) !== Sc.LOCAL) return null;
    return `rt.concatAt($CUR, $VAL, CS[${this.concatSites++}], ${jsName('L_', m)})`;
  }

  /** An annotation for values(). */
  private annotationValue(e: A.expr): [boolean, () => string] {
    return [!this.g.futureAnnotations && mayRaise(e), () => this.annotation(e)];
  }

  /** An annotation's value: evaluated, or under `from __future__ import annotations` its source text. */
  private annotation(e: A.expr): string {
    if (this.g.futureAnnotations) return `rt.inc(${this.constRef(unparseAnnotation(e))})`;
    // `*args: *Ts` (PEP 646): the one item that unpacking the value gives (UNPACK_SEQUENCE 1).
    if (e._type === 'Starred') return `rt.unpack(${this.expr(e.value)}, 1)[0]`;
    return this.expr(e);
  }

  private annAssign(s: A.AnnAssign): void {
    if (s.value) {
      const v = this.temp();
      this.emit(`${v} = ${this.expr(s.value)};`);
      this.store(s.target, v);
    }
    if (s.target._type === 'Name' && s.simple && this.kind !== 'function') {
      const a = this.temp();
      this.emit(`${a} = ${this.annotation(s.annotation)};`);
      this.emit(`rt.storeAnnotation(NS, ${this.nameRef('__annotations__')}, ${this.nameRef(this.mangle(s.target.id))}, ${a});`);
    } else if (s.target._type !== 'Name' && this.kind !== 'function' && !this.g.futureAnnotations) {
      // Annotations of complex targets are evaluated (and discarded) outside functions.
      this.emit(`rt.dec(${this.expr(s.annotation)});`);
    }
  }

  // ------------------------------------------------------------- control flow

  private ifStmt(s: A.If): void {
    this.block(`if (${this.test(s.test)}) {`, () => this.stmts(s.body), s.orelse.length ? '} else {' : '}');
    if (s.orelse.length) {
      this.indent++;
      this.stmts(s.orelse);
      this.indent--;
      this.emit('}');
    }
  }

  /** A JS boolean expression for the truth of e. */
  test(e: A.expr): string {
    const d = this.depth;
    const js = this.testJs(e);
    this.depth = d;
    return js;
  }

  private testJs(e: A.expr): string {
    if (e._type === 'UnaryOp' && e.op._type === 'Not') return `!(${this.test(e.operand)})`;
    if (e._type === 'BoolOp') {
      const parts = e.values.map((v) => `(${this.test(v)})`);
      return parts.join(e.op._type === 'And' ? ' && ' : ' || ');
    }
    if (e._type === 'Compare') return this.compareTest(e);
    const b = this.borrowable(e);
    if (b !== null) return `rt.truth(${b})`;
    return `rt.truthDec(${this.expr(e)})`;
  }

  /**
   * A comparison in a test: JS booleans throughout, no bool objects. A chain
   * `a < b < c` evaluates and holds each middle operand once, as CPython's
   * COMPARE_OP chain does, and releases it on whichever path leaves.
   */
  private compareTest(e: A.Compare): string {
    const operands = [e.left, ...e.comparators];
    const r = this.temp();
    const release = (o: { release: string }): string => o.release.replace(/^, /, '');
    let first: Operand;
    const step = (i: number, prev: Operand): string => {
      const op = e.ops[i]._type;
      // `x in {1, 2, 3}` tests a frozenset constant, as CPython's optimizer folds it.
      const folded = op === 'In' || op === 'NotIn' ? this.frozensetConst(operands[i + 1]) : null;
      let next: Operand = folded !== null ? { js: folded, setup: '', release: '', slot: null, plain: null } : this.operand(operands[i + 1]);
      if (i === 0) {
        const ops = this.inOrder(first, next);
        first = prev = ops[0];
        next = ops[1];
      }
      const l = prev.js;
      const rj = next.js;
      let test: string;
      switch (op) {
        case 'Is': test = `${l} === ${rj}`; break;
        case 'IsNot': test = `${l} !== ${rj}`; break;
        case 'In': test = `rt.contains(${rj}, ${l})`; break;
        case 'NotIn': test = `!rt.contains(${rj}, ${l})`; break;
        default: test = `rt.compareBool(${l}, ${rj}, ${CMP_INDEX[op]})`;
      }
      const head = `${next.setup}${this.pos(e)}, ${r} = ${test}${prev.release}`;
      if (i === e.ops.length - 1) return `(${head}${next.release}, ${r})`;
      const stop = release(next) ? `(${release(next)}, false)` : 'false';
      return `(${head}, ${r} ? ${step(i + 1, next)} : ${stop})`;
    };
    first = this.operand(e.left);
    const body = step(0, first);
    return first.setup ? `(${first.setup.replace(/, $/, '')}, ${body})` : body;
  }

  private whileStmt(s: A.While): void {
    const brk = this.label();
    const cont = this.label();
    this.block(`${brk}: {`, () => {
      this.block(`${cont}: for (; ${this.test(s.test)}; ${this.traceLine(s, true)}) {`, () => {
        this.emit(`${this.linePos(s)}; rt.tick();`);
        this.loops.push({ breakLabel: brk, continueLabel: cont });
        this.stmts(s.body);
        this.loops.pop();
        // 3.11 repeats a loop's test at its end (POP_JUMP_BACKWARD_IF_TRUE, not a warm-up event); only a constant true test jumps back.
        if (this.warm && s.test._type === 'Constant' && s.test.value !== null && s.test.value !== false && s.test.value !== 0n && s.test.value !== '') {
          this.emit('if (WU.w < 0) WU.w++;');
        }
      });
      this.stmts(s.orelse);
    });
  }

  private forStmt(s: A.For): void {
    const brk = this.label();
    const cont = this.label();
    const it = this.temp();
    this.emit(`${it} = ${this.iterExpr(s.iter)};`);
    this.emit(`${this.pos(s)}; ${it} = rt.iterDec(${it});`);
    this.block(`${brk}: {`, () => {
      this.block('try {', () => {
        const v = this.temp();
        this.block(`${cont}: for (;; ${this.traceLine(s, true)}) {`, () => {
          this.emit(`${this.pos(s)}; ${v} = TR.ln ? rt.nextTraced(fr, ${it}) : ${it}.type.next(${it}); if (${v} === null) break;`);
          this.emit(`${this.linePos(s)}; rt.tick();`);
          this.store(s.target, v);
          this.loops.push({ breakLabel: brk, continueLabel: cont });
          this.stmts(s.body);
          this.loops.pop();
          if (this.warm) this.emit('if (WU.w < 0) WU.w++;');
        });
      }, `} finally { ${this.dropSlots()} rt.dec(${it}); }`);
      this.stmts(s.orelse);
    });
  }

  private raise(s: A.Raise): void {
    let x = 'rt.reraiseCurrent(fr)';
    if (s.exc && s.cause) {
      // The exception is held while its cause is evaluated.
      const vs = this.values([this.val(s.exc), this.val(s.cause)]);
      this.emit(`${vs.setup.replace(/, $/, ';')}`);
      x = `rt.raiseFrom(${this.lastTaking(vs)})`;
    } else if (s.exc) {
      const e = this.temp();
      this.emit(`${e} = ${this.expr(s.exc)};`);
      x = `rt.raise(${e})`;
    }
    // Where excTo takes the exception, it goes there as a catch would take
    // it, without a JS throw (V8 makes every throw compute a source location,
    // which is costly in optimized code).
    this.emit(`${this.pos(s)}; ${this.excJump(x) ?? `throw ${x};`}`);
  }

  private tryStmt(s: A.Try): void {
    s.handlers.forEach((h, i) => {
      if (h.type === null && i < s.handlers.length - 1) throw this.g.error("default 'except:' must be last", h);
    });
    const hasFinally = s.finalbody.length > 0;
    const fin = hasFinally ? this.finallyBegin() : null;
    const outer = this.excTo;
    this.excTo = null;
    if (s.handlers.length > 0) {
      // The except clauses follow the try: its catch and the jumps of the
      // body's raises and calls (excTo) bring the exception to them in e.
      const e = this.temp();
      const h = this.label();
      this.emit(`${e} = null;`);
      this.block(`${h}: try {`, () => {
        this.withExcTo({ label: h, take: (x) => `${e} = rt.caught(${x}, fr)` }, () => this.stmts(s.body));
      }, `} catch (e_) { ${e} = rt.caught(e_, fr); ${this.dropSlots()} }`);
      this.emit(`if (${e} !== null) {`);
      this.indent++;
      let first = true;
      for (const h of s.handlers) {
        let cond = 'true';
        if (h.type) {
          // The clause's type is evaluated only when the clauses before it did not match.
          const ty = this.temp();
          cond = `(${ty} = ${this.expr(h.type)}, ${this.pos(h.type)}, rt.excMatch(${e}, ${ty}))`;
        }
        this.emit(`${first ? '' : '} else '}if ((${this.traceLine(h)}, ${cond})) {`);
        first = false;
        this.indent++;
        this.handlerBody(h, e);
        this.indent--;
      }
      this.emit(`} else throw rt.reraise(fr, ${e});`);
      this.indent--;
      // The else clause runs when the body completed (a return, break or
      // continue leaves the statement); nothing of this try catches for it.
      if (s.orelse.length) this.block('} else {', () => this.withExcTo(fin === null ? outer : null, () => this.stmts(s.orelse)));
      else this.emit('}');
    } else {
      this.stmts(s.body);
    }
    if (fin !== null) this.finallyEnd(fin, s.finalbody);
    this.excTo = outer;
  }

  /**
   * The start of a try with a finally clause. An exception leaving the body
   * is recorded in this frame's traceback and handled by the finally clause
   * (sys.exc_info() sees it, what the clause raises gets it as context), as
   * CPython's exception table sends it to a copy of the clause.
   */
  private finallyBegin(): { x: string; done: string } {
    const fin = { x: this.temp(), done: this.temp() };
    this.emit(`${fin.x} = null;`);
    this.emit('try {');
    this.indent++;
    this.emit('try {');
    this.indent++;
    return fin;
  }

  private finallyEnd(fin: { x: string; done: string }, body: A.stmt[]): void {
    this.indent--;
    this.emit(`} catch (e_) { ${fin.x} = rt.caught(e_, fr); ${this.dropSlots()} rt.pushExc(${fin.x}); throw ${fin.x}; }`);
    this.indent--;
    this.emit('} finally {');
    this.indent++;
    this.emit(`${fin.done} = false;`);
    this.block('try {', () => {
      this.stmts(body);
      this.emit(`${fin.done} = true;`);
    }, `} catch (e2_) { throw rt.handlerRaised(e2_); } finally { if (${fin.x} !== null) rt.finallyDone(fr, ${fin.x}, ${fin.done}); }`);
    this.indent--;
    this.emit('}');
  }

  /** An except clause's body with the exception being handled in `e` (owned by the handler). */
  private handlerBody(h: A.ExceptHandler, e: string): void {
    this.emit(`rt.pushExc(${e});`);
    if (h.name) {
      this.emit(`rt.inc(${e});`);
      this.storeName(h.name, e, h);
    }
    this.block('try {', () => this.stmts(h.body), '} catch (e2_) { throw rt.handlerRaised(e2_); } finally {');
    this.indent++;
    this.emit(`rt.popExc(${e});`);
    if (h.name) this.unbindHandlerName(h.name);
    this.indent--;
    this.emit('}');
  }

  /** `except E as e` deletes e at the end of the clause. */
  private unbindHandlerName(name: string): void {
    const m = this.mangle(name);
    const sc = this.scope.scopeOf(m);
    if (this.kind === 'function' && sc === Sc.LOCAL) {
      const l = jsName('L_', m);
      this.emit(`rt.xdec(${l}); ${l} = null;`);
    } else if (this.kind === 'function' && (sc === Sc.CELL || sc === Sc.FREE)) {
      this.emit(`rt.clearDeref(${jsName('C_', m)});`);
    } else if (sc === Sc.GLOBAL_EXPLICIT || (this.kind === 'function' && sc === Sc.GLOBAL_IMPLICIT)) {
      this.emit(`rt.delGlobalQuiet(G, ${this.nameRef(m)});`);
    } else {
      this.emit(`rt.delNameQuiet(NS, ${this.nameRef(m)});`);
    }
  }

  /**
   * try/except*: the exception is split among the handlers in order; what
   * they raise and what none of them matched is re-raised as one group.
   */
  private tryStar(s: A.TryStar): void {
    const hasFinally = s.finalbody.length > 0;
    const fin = hasFinally ? this.finallyBegin() : null;
    const ok = this.temp();
    if (s.orelse.length) this.emit(`${ok} = false;`);
    this.block('try {', () => {
      this.stmts(s.body);
      if (s.orelse.length) this.emit(`${ok} = true;`);
    }, '} catch (e_) {');
    this.indent++;
    const st = this.temp();
    this.emit(`${st} = rt.starBegin(rt.caught(e_, fr)); ${this.dropSlots()}`);
    for (const h of s.handlers) {
      const ty = this.temp();
      const m = this.temp();
      this.emit(`${this.traceLine(h)};`);
      this.emit(`${ty} = ${this.expr(h.type!)};`);
      this.emit(`${this.pos(h.type!)}; ${m} = rt.starMatch(${st}, ${ty});`);
      this.block(`if (${m} !== null) {`, () => {
        this.emit(`rt.pushExc(${m});`);
        if (h.name) {
          this.emit(`rt.inc(${m});`);
          this.storeName(h.name, m, h);
        }
        this.block('try {', () => this.stmts(h.body), `} catch (e2_) { rt.starRaised(${st}, rt.caught(e2_, fr), ${m}); } finally {`);
        this.indent++;
        this.emit(`rt.popExc(${m});`);
        this.indent--;
        this.emit('}');
        if (h.name) this.unbindHandlerName(h.name);
      });
    }
    this.emit(`rt.starEnd(fr, ${st});`);
    this.indent--;
    this.emit('}');
    if (s.orelse.length) this.block(`if (${ok}) {`, () => this.stmts(s.orelse));
    if (fin !== null) this.finallyEnd(fin, s.finalbody);
  }

  private assertStmt(s: A.Assert): void {
    const m = this.temp();
    const msg = s.msg ? this.expr(s.msg) : 'null';
    this.emit(`if (!(${this.test(s.test)})) { ${m} = ${msg}; ${this.pos(assertLocation(s.test) ?? s)}; throw rt.assertionError(${m}); }`);
  }

  private withStmt(s: A.With, i: number): void {
    if (i >= s.items.length) {
      this.stmts(s.body);
      return;
    }
    const item = s.items[i];
    const w = this.temp();
    const m = this.temp();
    this.emit(`${m} = ${this.expr(item.context_expr)};`);
    this.emit(`${this.pos(item.context_expr)}; ${w} = rt.withEnter(${m});`);
    const ev = this.temp();
    this.emit(`${ev} = ${w}.value; ${w}.value = null;`);
    if (item.optional_vars) this.store(item.optional_vars, ev);
    else this.emit(`rt.dec(${ev});`);
    this.block('try {', () => this.withStmt(s, i + 1), '} catch (e_) {');
    this.indent++;
    const e = this.temp();
    this.emit(`${e} = rt.caught(e_, fr); ${this.dropSlots()}`);
    this.emit(`${this.traceLine(s)}; ${this.pos(s)}; if (!rt.withExitExc(${w}, ${e})) throw rt.reraise(fr, ${e});`);
    this.indent--;
    this.emit(`} finally { if (${w}.exit !== null) { ${this.traceLine(s)}; ${this.pos(s)}; rt.withExit(${w}); } }`);
  }

  // ------------------------------------------------------------- imports

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      const v = this.temp();
      const top = a.name.split('.')[0];
      if (a.asname) {
        this.emit(`${this.pos(s)}; ${v} = rt.importName(G, ${this.constRef(a.name)}, null, 0);`);
        if (a.name.includes('.')) {
          this.emit(`${v} = rt.importTail(${v}, ${this.constRef(a.name)});`);
        }
        this.storeName(a.asname, v, a);
      } else {
        this.emit(`${this.pos(s)}; ${v} = rt.importName(G, ${this.constRef(a.name)}, null, 0);`);
        this.storeName(top, v, a);
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    const mod = this.temp();
    const names = s.names.map((a) => a.name);
    this.emit(`${this.pos(s)}; ${mod} = rt.importName(G, ${this.constRef(s.module ?? '')}, ${JSON.stringify(names)}, ${s.level});`);
    if (names.length === 1 && names[0] === '*') {
      this.emit(`rt.importStar(NS, ${mod});`);
      return;
    }
    // The module is held on the stack while its names are imported.
    const held = this.push();
    this.emit(`${held} = ${mod};`);
    for (const a of s.names) {
      const v = this.temp();
      this.emit(`${this.pos(s)}; ${v} = rt.importFrom(${held}, ${this.nameRef(a.name)});`);
      this.storeName(a.asname ?? a.name, v, a);
    }
    this.emit(`rt.dec(${held}); ${held} = undefined;`);
  }

  // ------------------------------------------------------------- functions and classes

  private childUnit(node: unknown, name: string, kind: 'function' | 'class', lineno: number): Unit {
    const scope = this.g.st.scopeFor(node);
    let qual: string;
    if (this.kind === 'module') qual = name;
    else if (this.kind === 'function' && !this.scope.isComprehension) qual = `${this.qualname}.<locals>.${name}`;
    else qual = `${this.qualname}.${name}`;
    // A global declaration of the name in the enclosing scope makes the qualname plain.
    if (this.kind !== 'module' && this.scope.scopeOf(mangle(this.className, name)) === Sc.GLOBAL_EXPLICIT) qual = name;
    const u = new Unit(this.g, scope, name, qual, kind, lineno);
    u.className = kind === 'class' ? name : this.className;
    return u;
  }

  /** Emit the closure array for a child code's free variables. */
  private closureOf(u: Unit): string {
    if (u.freevars.length === 0) return 'null';
    return `[${u.freevars.map((f) => this.cellRef(f)).join(', ')}]`;
  }

  private cellRef(name: string): string {
    return this.cellJs(name);
  }

  /**
   * The JS variable of one of this unit's own cells. A class body's implicit
   * __class__ cell gets a name of its own: the body may also read an
   * enclosing method's __class__, a free variable of the same Python name.
   */
  cellJs(name: string): string {
    return this.kind === 'class' && name === '__class__' && this.cellvars.includes(name) ? jsName('K_', name) : jsName('C_', name);
  }

  private functionDef(s: A.FunctionDef, isAsync = false): void {
    const decorators = this.decorators(s.decorator_list);
    const first = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    if (decorators.length) this.emit(`${this.traceLine(s)};`);
    let f = this.makeFunction(s, s.name, s.args, s.body, null, first, s.returns);
    if (isAsync) {
      // pyheap has no event loop yet: a coroutine function says so when called.
      const w = this.temp();
      this.emit(`${w} = rt.asyncUnsupported(${f});`);
      f = w;
    }
    let v = f;
    for (let i = decorators.length - 1; i >= 0; i--) {
      const r = this.temp();
      this.emit(`${this.traceLine(s.decorator_list[i])}; ${this.pos(s.decorator_list[i])}; ${r} = rt.callDecorator(${decorators[i]}, ${this.taking([decorators[i]], v)});`);
      v = r;
    }
    if (decorators.length) this.emit(`${this.traceLine(s)};`);
    this.storeName(s.name, v, s);
  }

  /** Evaluate a definition's decorators: each is held on the stack until it is applied. */
  private decorators(list: A.expr[]): string[] {
    return list.map((d) => {
      const line = this.traceLine(d);
      const js = this.expr(d);
      const s = this.push();
      this.emit(`${line}; ${s} = ${js};`);
      return s;
    });
  }

  /** Compile a def or lambda; returns a temp holding the new function object. */
  private makeFunction(node: A.FunctionDef | A.Lambda, name: string, args: A.arguments, body: A.stmt[] | null,
    expr: A.expr | null, lineno: number, returns: A.expr | null): string {
    // The defaults tuple, the keyword defaults and the annotations are held on the stack until the function takes them.
    const held: string[] = [];
    const defaults = args.defaults.length ? this.push() : null;
    if (defaults) {
      const vs = this.values(args.defaults.map((d) => this.val(d)));
      const items = this.temp();
      this.emit(`${vs.setup}${items} = [${this.lastTaking(vs)}], ${this.pos(node)}, ${defaults} = rt.tuple(${items});`);
      held.push(defaults);
    }
    /** A dict of name: value pairs, its values held while later ones are evaluated. */
    const heldDict = (pairs: Array<[string, [boolean, () => string]]>): string => {
      const d = this.push();
      const vs = this.values(pairs.map(([, v]) => v));
      const js = this.takingAll(vs);
      this.emit(`${vs.setup}${d} = rt.dictOf([${pairs.map(([k], i) => `${k}, ${js[i]}`).join(', ')}]);`);
      this.depth -= vs.slots.length;
      held.push(d);
      return d;
    };
    let kwdefaults: string | null = null;
    if (args.kw_defaults.some((d) => d !== null)) {
      const pairs: Array<[string, [boolean, () => string]]> = [];
      args.kwonlyargs.forEach((a, i) => {
        const d = args.kw_defaults[i];
        if (d) pairs.push([this.nameRef(this.mangle(a.arg)), this.val(d)]);
      });
      kwdefaults = heldDict(pairs);
    }
    let annotations: string | null = null;
    if (node._type === 'FunctionDef') {
      const ann: Array<[string, [boolean, () => string]]> = [];
      const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
      for (const a of all) if (a.annotation) ann.push([this.nameRef(this.mangle(a.arg)), this.annotationValue(a.annotation)]);
      if (returns) ann.push([this.nameRef('return'), this.annotationValue(returns)]);
      if (ann.length) annotations = heldDict(ann);
    }
    const u = this.childUnit(node, name, 'function', lineno);
    if (body) {
      u.docstring = this.g.docstringOf(body);
      const start = u.docstring !== null ? 1 : 0;
      u.warm = body.some((st) => hasLocalConcat(st, u.scope));
      if (u.warm) u.emit('if (WU.w < 0) WU.w++;');
      u.stmts(body.slice(start));
    } else if (expr) {
      u.emit(`${u.traceLine(expr)};`);
      if (u.scope.isGenerator) u.emit(`rt.dec(${u.expr(expr)});`);
      else u.emit(u.ret(u.expr(expr)));
    }
    const code = u.finish();
    const doc = u.docstring !== null ? this.constRef(u.docstring) : 'null';
    const t = this.temp();
    this.emit(`${this.pos(node)}; ${t} = rt.makeFunction(${this.kref({ code })}, G, B, ${this.closureOf(u)}, ${defaults ?? 'null'}, ${kwdefaults ?? 'null'}, ${annotations ?? 'null'}, ${this.taking(held, doc)});`);
    return t;
  }

  private classDef(s: A.ClassDef): void {
    const decorators = this.decorators(s.decorator_list);
    const first = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const u = this.childUnit(s, s.name, 'class', first);
    u.emit(`${u.traceLine({ lineno: first, col_offset: 0 })};`);
    u.emit(`rt.storeName(NS, ${u.nameRef('__module__')}, rt.loadGlobal(G, B, ${u.nameRef('__name__')}));`);
    u.emit(`rt.storeName(NS, ${u.nameRef('__qualname__')}, rt.inc(${u.constRef(u.qualname)}));`);
    let body = s.body;
    const doc = this.g.docstringOf(body);
    if (doc !== null) {
      u.emit(`rt.storeName(NS, ${u.nameRef('__doc__')}, rt.inc(${u.constRef(doc)}));`);
      body = body.slice(1);
    }
    if (u.hasAnnotations(body)) u.emit(`rt.setupAnnotations(NS, ${u.nameRef('__annotations__')});`);
    u.stmts(body);
    if (u.cellvars.includes('__class__')) {
      u.emit(`rt.storeName(NS, ${u.nameRef('__classcell__')}, rt.inc(${u.cellJs('__class__')}));`);
    }
    const code = u.finish();
    const t = this.temp();
    if (decorators.length) this.emit(`${this.traceLine(s)};`);
    // The bases and keywords, each held while a later one is evaluated.
    const vs = this.values([...s.bases.map((b) => this.val(b._type === 'Starred' ? b.value : b)), ...s.keywords.map((k) => this.val(k.value))]);
    const js = this.takingAll(vs);
    const nb = s.bases.length;
    if (s.bases.some((b) => b._type === 'Starred') || s.keywords.some((k) => k.arg === null)) {
      const pos = s.bases.map((b, i) => `[${b._type === 'Starred' ? 1 : 0}, ${js[i]}]`);
      const kws = s.keywords.map((k, i) => `[${k.arg === null ? 'null' : JSON.stringify(k.arg)}, ${js[nb + i]}]`);
      this.emit(`${vs.setup}${this.pos(s)}, ${t} = rt.buildClassEx(${this.kref({ code })}, G, B, ${this.closureOf(u)}, ${this.constRef(s.name)}, [${pos.join(', ')}], [${kws.join(', ')}]);`);
    } else {
      const kwnames = s.keywords.map((k) => k.arg!);
      this.emit(`${vs.setup}${this.pos(s)}, ${t} = rt.buildClass(${this.kref({ code })}, G, B, ${this.closureOf(u)}, ${this.constRef(s.name)}, [${js.slice(0, nb).join(', ')}], ${JSON.stringify(kwnames)}, [${js.slice(nb).join(', ')}]);`);
    }
    let v = t;
    for (let i = decorators.length - 1; i >= 0; i--) {
      const r = this.temp();
      this.emit(`${this.traceLine(s.decorator_list[i])}; ${this.pos(s.decorator_list[i])}; ${r} = rt.callDecorator(${decorators[i]}, ${this.taking([decorators[i]], v)});`);
      v = r;
    }
    if (decorators.length) this.emit(`${this.traceLine(s)};`);
    this.storeName(s.name, v, s);
  }

  docstring: string | null = null;

  // ------------------------------------------------------------- match

  /**
   * match: each case's pattern is one JS boolean expression over the subject.
   * Captures collect in `caps` as (name index, new reference) and are bound
   * only when the whole pattern matched, before the guard, as CPython does.
   */
  private matchStmt(s: A.Match): void {
    const subj = this.temp();
    const caps = this.temp();
    const done = this.label();
    this.emit(`${subj} = ${this.expr(s.subject)};`);
    this.emit(`${caps} = [];`);
    this.block(`${done}: try {`, () => {
      for (const c of s.cases) {
        const saved = this.temps;
        const depth = this.depth;
        const names: string[] = [];
        const cond = this.pattern(c.pattern, subj, caps, names);
        this.depth = depth;
        this.block(`if (${cond}) {`, () => {
          names.forEach((n, i) => {
            const v = this.temp();
            this.emit(`${v} = ${caps}[${i}];`);
            this.storeName(n, v, c.pattern);
          });
          this.emit(`${caps}.length = 0;`);
          if (c.guard) {
            this.block(`if (${this.test(c.guard)}) {`, () => {
              this.stmts(c.body);
              this.emit(`break ${done};`);
            });
          } else {
            this.stmts(c.body);
            this.emit(`break ${done};`);
          }
        }, `} else rt.dropCaps(${caps}, 0);`);
        this.freeTemps(saved);
      }
    }, `} finally { ${this.dropSlots()} rt.dec(${subj}); }`);
  }

  /** A JS boolean expression: does `subj` (a JS variable) match p? Captures go to caps in `names` order. */
  private pattern(p: A.pattern, subj: string, caps: string, names: string[]): string {
    const capture = (name: string): string => {
      if (names.includes(name)) throw this.g.error(`multiple assignments to name '${name}' in pattern`, p);
      names.push(name);
      return `(${caps}[${names.length - 1}] = rt.inc(${subj}), true)`;
    };
    switch (p._type) {
      case 'MatchAs': {
        if (p.pattern === null) return p.name === null ? 'true' : capture(p.name);
        const inner = this.pattern(p.pattern, subj, caps, names);
        return p.name === null ? inner : `(${inner} && ${capture(p.name)})`;
      }
      case 'MatchValue': {
        const value = this.expr(p.value);
        const v = this.push();
        const r = this.temp();
        return `(${v} = ${value}, ${this.pos(p)}, ${r} = rt.compareBool(${subj}, ${v}, 2)${Unit.released(v)}, ${r})`;
      }
      case 'MatchSingleton':
        return `(${subj} === ${this.constRef(p.value)})`;
      case 'MatchOr': {
        const start = names.length;
        let bound: string[] | null = null;
        const alts = p.patterns.map((q) => {
          const local = names.slice(0, start);
          const code = this.pattern(q, subj, caps, local);
          const added = local.slice(start);
          if (bound === null) bound = added;
          else if (added.length !== bound.length || added.some((n) => !bound!.includes(n))) {
            throw this.g.error('alternative patterns bind different names', p);
          }
          // Captures of later alternatives land in the first alternative's order.
          const remap = added.map((n) => bound!.indexOf(n));
          return `(${code} ? (rt.reorderCaps(${caps}, ${start}, ${JSON.stringify(remap)}), true) : (rt.dropCaps(${caps}, ${start}), false))`;
        });
        names.push(...(bound ?? []));
        return `(${alts.join(' || ')})`;
      }
      case 'MatchSequence': {
        const star = p.patterns.findIndex((q) => q._type === 'MatchStar');
        const items = this.temp();
        const n = p.patterns.length;
        const parts = p.patterns.map((q, i) => {
          if (q._type === 'MatchStar') {
            if (q.name === null) return 'true';
            const rest = this.temp();
            return `(${rest} = rt.list(${items}.slice(${i}, ${items}.length - ${n - 1 - i}).map(rt.inc)), ${this.captureOwned(q.name, rest, caps, names, p)})`;
          }
          const it = this.temp();
          const idx = star >= 0 && i > star ? `${items}.length - ${n - i}` : `${i}`;
          return `(${it} = ${items}[${idx}], ${this.pattern(q, it, caps, names)})`;
        });
        const r = this.temp();
        return `(${this.pos(p)}, ${items} = rt.matchSeq(${subj}, ${star >= 0 ? n - 1 : n}, ${star >= 0}), ${items} !== null && (${r} = ${parts.join(' && ') || 'true'}, rt.releaseLocals(${items}), ${r}))`;
      }
      case 'MatchMapping': {
        const keys = this.temp();
        const vals = this.temp();
        const keyExprs = p.keys.map((k) => this.expr(k));
        const parts = p.patterns.map((q, i) => {
          const v = this.temp();
          return `(${v} = ${vals}[${i}], ${this.pattern(q, v, caps, names)})`;
        });
        if (p.rest !== null) {
          const rest = this.temp();
          parts.push(`(${rest} = rt.matchRest(${subj}, ${keys}), ${this.captureOwned(p.rest, rest, caps, names, p)})`);
        }
        const r = this.temp();
        return `(${this.pos(p)}, rt.matchMapping(${subj}) && (${keys} = [${keyExprs.join(', ')}], ${vals} = rt.matchKeys(${subj}, ${keys}), ${vals} !== null ? (${r} = ${parts.join(' && ') || 'true'}, rt.releaseLocals(${vals}), rt.releaseLocals(${keys}), ${r}) : (rt.releaseLocals(${keys}), false)))`;
      }
      case 'MatchClass': {
        const clsJs = this.expr(p.cls);
        const cls = this.push();
        const vals = this.temp();
        const parts = [...p.patterns, ...p.kwd_patterns].map((q, i) => {
          const v = this.temp();
          return `(${v} = ${vals}[${i}], ${this.pattern(q, v, caps, names)})`;
        });
        const r = this.temp();
        return `(${cls} = ${clsJs}, ${this.pos(p)}, ${vals} = rt.matchClass(${subj}, ${cls}, ${p.patterns.length}, ${JSON.stringify(p.kwd_attrs)})${Unit.released(cls)}, ${vals} !== null && (${r} = ${parts.join(' && ') || 'true'}, rt.releaseLocals(${vals}), ${r}))`;
      }
      case 'MatchStar':
        throw this.g.error("can't use starred name here", p);
    }
  }

  /** Capture an owned reference held in JS variable v. */
  private captureOwned(name: string, v: string, caps: string, names: string[], p: Node): string {
    if (names.includes(name)) throw this.g.error(`multiple assignments to name '${name}' in pattern`, p);
    names.push(name);
    return `(${caps}[${names.length - 1}] = ${v}, true)`;
  }

  // ------------------------------------------------------------- expressions

  /**
   * The statements `emitStatements` emits, as one comma expression (they are
   * all expression statements: stores and assignments to temporaries), so that
   * an expression can contain them without a closure call each time it runs.
   */
  private asExpression(emitStatements: () => void): string {
    const saved = this.out;
    this.out = [];
    emitStatements();
    const parts = this.out.flatMap((l) => l.trim().replace(/;$/, '').split('; '));
    this.out = saved;
    return parts.join(', ');
  }

  /**
   * An operand: JS for the value, with setup/release code when it is owned.
   * A fast local or a constant is borrowed; any other value is held in a
   * stack slot while the operation borrows it (held), or in a temporary for
   * an operation that takes it.
   */
  operand(e: A.expr, held = true): Operand {
    const b = this.borrowed(e);
    if (b !== null) return b;
    const v = this.expr(e);
    if (!held) {
      const t = this.temp();
      return { js: t, setup: `${t} = ${v}, `, release: `, rt.dec(${t})`, slot: null, plain: null };
    }
    const s = this.push();
    return { js: s, setup: `${s} = ${v}, `, release: Unit.released(s), slot: s, plain: null };
  }

  /** A borrowable operand (a fast local, with its unbound test, or a constant), or null. */
  private borrowed(e: A.expr): Operand | null {
    const b = this.borrowable(e);
    if (b === null) return null;
    const plain = e._type === 'Name' ? jsName('L_', this.mangle(e.id)) : null;
    return { js: b, setup: '', release: '', slot: null, plain };
  }

  /**
   * Operands in evaluation order: a borrowed local's unbound test runs in its
   * place, before the later operands' setup, not when the operation reads it.
   */
  inOrder(...ops: Operand[]): Operand[] {
    return ops.map((o, i) => this.testedFirst(o, ops.slice(i + 1).some((x) => x.setup !== '')));
  }

  /** o with its unbound test moved into its setup when code evaluated after it comes first. */
  private testedFirst(o: Operand, laterSetup: boolean): Operand {
    if (o.plain === null || !laterSetup) return o;
    return { js: o.plain, setup: `${o.js}, `, release: '', slot: null, plain: null };
  }

  /**
   * Owned values evaluated in order for one operation that takes them all
   * (and releases them also when it raises): a call's callable and
   * arguments, a display's items. Each is held in a stack slot while a later
   * one may raise, the last in a temporary; the caller passes its last
   * argument through taking(slots, ...).
   */
  values(vals: Array<[mayRaise: boolean, compile: () => string]>): { setup: string; js: string[]; slots: string[] } {
    let setup = '';
    const js: string[] = [];
    const slots: string[] = [];
    vals.forEach(([, compile], i) => {
      const v = compile();
      const held = vals.slice(i + 1).some(([r]) => r);
      const x = held ? this.push() : this.temp();
      if (held) slots.push(x);
      setup += `${x} = ${v}, `;
      js.push(x);
    });
    return { setup, js, slots };
  }

  /** values()'s JS for the operation's arguments: the last one clears the slots. */
  takingAll(v: { js: string[]; slots: string[] }): string[] {
    if (v.js.length === 0) return [];
    return [...v.js.slice(0, -1), this.taking(v.slots, v.js[v.js.length - 1])];
  }

  lastTaking(v: { js: string[]; slots: string[] }): string {
    return this.takingAll(v).join(', ');
  }

  /** An expression's entry for values(). */
  private val(e: A.expr, compile = () => this.expr(e)): [boolean, () => string] {
    return [mayRaise(e), compile];
  }

  /** JS expression yielding a new reference to the value of e. */
  expr(e: A.expr): string {
    // The slots an expression holds its operands in are free again once it has its value.
    const d = this.depth;
    const js = this.exprJs(e);
    this.depth = d;
    return js;
  }

  private exprJs(e: A.expr): string {
    // What the AST optimizer folds is a constant of the code object.
    if (e._type === 'BinOp' || e._type === 'Subscript' || e._type === 'Tuple' || (e._type === 'UnaryOp' && e.op._type !== 'Not')) {
      const f = foldConst(e);
      if (f !== null) return `rt.inc(${this.kref(this.foldedEntry(f))})`;
    }
    switch (e._type) {
      case 'Constant': return `rt.inc(${this.constRef(e.value)})`;
      case 'Name': return this.loadName(e.id, e);
      case 'BinOp': {
        // The AST optimizer makes `'%s' % (a,)` an f-string (percentFormatted).
        const joined = percentFormatted(e);
        if (joined !== null) return this.exprJs(joined);
        const [l, r] = this.inOrder(this.operand(e.left), this.operand(e.right));
        const t = this.temp();
        const fast = FAST_BINOP[e.op._type];
        const call = fast ? `rt.${fast}(${l.js}, ${r.js})` : `rt.binop(${l.js}, ${r.js}, ${BINOP_INDEX[e.op._type]})`;
        return `(${l.setup}${r.setup}${this.pos(e)}, ${t} = ${call}${l.release}${r.release}, ${t})`;
      }
      case 'UnaryOp': {
        if (e.op._type === 'Not') return `rt.bool(!(${this.test(e.operand)}))`;
        const o = this.operand(e.operand);
        const t = this.temp();
        const fn = { USub: 'neg', UAdd: 'pos', Invert: 'invert' }[e.op._type];
        return `(${o.setup}${this.pos(e)}, ${t} = rt.${fn}(${o.js})${o.release}, ${t})`;
      }
      case 'BoolOp': {
        // a or b: the value of the first true operand (or the last), each intermediate released;
        // an operand is held while its truth is tested.
        const t = this.temp();
        const isAnd = e.op._type === 'And';
        const d = this.depth;
        let js = '';
        e.values.forEach((v, i) => {
          const last = i === e.values.length - 1;
          const x = this.expr(v);
          if (last) {
            js += `${t} = ${x}`;
            return;
          }
          const s = this.slotAt(d);
          js += `(${s} = ${x}, ${isAnd ? '!' : ''}rt.truth(${s})) ? (${t} = ${s}, ${s} = undefined, ${t}) : (rt.dec(${s}), ${s} = undefined, `;
        });
        js += ')'.repeat(e.values.length - 1);
        return `(${js})`;
      }
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'Attribute': {
        const o = this.operand(e.value, false);
        const t = this.temp();
        // An object held in a temporary is released also when the lookup raises.
        const getter = o.release !== '' ? 'getAttrCD' : 'getAttrC';
        // The type is read here, where few classes meet (attrcache.ts getAttrCached).
        return `(${o.setup}${this.pos(e)}, ${t} = rt.${getter}(${o.js}, ${o.js}.type, ${this.nameRef(this.mangle(e.attr))}, ${this.attrCache()}), ${t})`;
      }
      case 'Subscript': {
        const [o, k] = this.inOrder(this.operand(e.value, mayRaise(e.slice)), this.operand(e.slice, false));
        const t = this.temp();
        // Operands held in temporaries are released also when the subscript raises.
        const owned = (o.release !== '' ? 1 : 0) | (k.release !== '' ? 2 : 0);
        if (owned === 0) return `(${o.setup}${this.pos(e)}, ${t} = rt.getItem(${o.js}, ${k.js}), ${t})`;
        return `(${o.setup}${k.setup}${this.pos(e)}, ${t} = rt.getItemD(${o.js}, ${k.js}, ${this.taking(o.slot ? [o.slot] : [], String(owned))}), ${t})`;
      }
      case 'Tuple': return this.sequence(e.elts, 'tuple', e);
      case 'List': return this.sequence(e.elts, 'list', e);
      case 'Set': return this.sequence(e.elts, 'set', e);
      case 'Dict': {
        if (e.keys.some((k) => k === null)) {
          // The dict being built is held while its items are evaluated, and a key while its value is.
          const d = this.push();
          let js = `${d} = rt.dictOf([])`;
          e.keys.forEach((k, i) => {
            const v = this.temp();
            if (k === null) {
              js += `, ${v} = ${this.expr(e.values[i])}, ${this.pos(e.values[i])}, rt.dictUpdate(${d}, ${v})`;
              return;
            }
            const kv = this.values([this.val(k), this.val(e.values[i])]);
            js += `, ${kv.setup}rt.dictSetOwned(${d}, ${kv.js[0]}, ${this.taking(kv.slots, kv.js[1])})`;
            this.depth -= kv.slots.length;
          });
          const t = this.temp();
          return `(${js}, ${t} = ${d}, ${d} = undefined, ${t})`;
        }
        const kv = this.values(e.keys.flatMap((k, i) => [this.val(k!), this.val(e.values[i])]));
        const t = this.temp();
        return `(${kv.setup}${t} = [${this.lastTaking(kv)}], ${this.pos(e)}, rt.dictOf(${t}))`;
      }
      case 'IfExp': return `(${this.test(e.test)} ? ${this.expr(e.body)} : ${this.expr(e.orelse)})`;
      case 'Lambda': {
        let t = '';
        const setup = this.asExpression(() => {
          t = this.makeFunction(e, '<lambda>', e.args, null, e.body, e.lineno, null);
        });
        return `(${setup}, ${t})`;
      }
      case 'NamedExpr': {
        const t = this.temp();
        const store = this.asExpression(() => this.storeName((e.target as A.Name).id, `rt.inc(${t})`, e.target));
        return `(${t} = ${this.expr(e.value)}, ${store}, ${t})`;
      }
      case 'ListComp': return this.comprehension(e, '<listcomp>', e.generators);
      case 'SetComp': return this.comprehension(e, '<setcomp>', e.generators);
      case 'DictComp': return this.comprehension(e, '<dictcomp>', e.generators);
      case 'GeneratorExp': return this.comprehension(e, '<genexpr>', e.generators);
      case 'Yield': {
        if (!this.scope.isGenerator) throw this.g.error("'yield' outside function", e);
        const v = e.value ? this.expr(e.value) : 'rt.none()';
        // A suspended generator is at its yield: f_lineno, and the line of an exception thrown in.
        const t = this.temp();
        return `(yield (${t} = ${v}, ${this.pos(e)}, ${t}))`;
      }
      case 'YieldFrom': {
        const t = this.temp();
        return `(${t} = ${this.expr(e.value)}, ${this.pos(e)}, yield* rt.yieldFrom(fr, ${t}))`;
      }
      case 'Await':
        if (this.kind !== 'function') throw this.g.error("'await' outside function", e);
        if (!this.scope.isCoroutine) throw this.g.error("'await' outside async function", e);
        // Coroutine functions are compiled (for their errors) but never run: see asyncFunctionDef.
        return `rt.none()`;
      case 'JoinedStr': {
        if (e.values.length === 0) return `rt.inc(${this.constRef('')})`;
        // A lone replacement field is just FORMAT_VALUE: no BUILD_STRING, so f"{s}" can be s itself.
        if (e.values.length === 1 && e.values[0]._type === 'FormattedValue') return this.expr(e.values[0]);
        const parts = this.values(e.values.map((v) => this.val(v, () => v._type === 'Constant' ? `rt.inc(${this.constRef(v.value)})` : this.expr(v))));
        const t = this.temp();
        return `(${parts.setup}${t} = [${this.lastTaking(parts)}], ${this.pos(e)}, rt.joinStrs(${t}))`;
      }
      case 'FormattedValue': {
        const conv = e.conversion;
        if (!e.format_spec) {
          const t = this.temp();
          return `(${t} = ${this.expr(e.value)}, ${this.pos(e)}, rt.formatValue(${t}, ${conv}, null))`;
        }
        const vs = this.values([this.val(e.value), this.val(e.format_spec)]);
        return `(${vs.setup}${this.pos(e)}, rt.formatValue(${vs.js[0]}, ${conv}, ${this.taking(vs.slots, vs.js[1])}))`;
      }
      case 'Starred': throw this.g.error("can't use starred expression here", e);
      case 'Slice': {
        const parts = [e.lower, e.upper, e.step].map((x): [boolean, () => string] => x ? this.val(x) : [false, () => 'rt.none()']);
        const vs = this.values(parts);
        return `(${vs.setup}rt.slice(${this.lastTaking(vs)}))`;
      }
    }
  }

  private sequence(elts: A.expr[], kind: 'tuple' | 'list' | 'set', node: Node): string {
    if (elts.some((x) => x._type === 'Starred')) {
      const vs = this.values(elts.map((x) => x._type === 'Starred' ? this.val(x.value) : this.val(x)));
      const js = this.takingAll(vs);
      const parts = elts.map((x, i) => `[${x._type === 'Starred' ? 1 : 0}, ${js[i]}]`);
      const ps = this.temp();
      return `(${vs.setup}${ps} = [${parts.join(', ')}], ${this.pos(node)}, rt.buildUnpack(${JSON.stringify(kind)}, ${ps}))`;
    }
    // More than two constants: BUILD_SET 0 and SET_UPDATE of a frozenset constant (compile.c's starunpack_helper).
    if (kind === 'set' && elts.length > 2) {
      const k = this.frozensetConst(node as A.expr);
      if (k !== null) return `(${this.pos(node)}, rt.setFromConst(${k}))`;
    }
    const vs = this.values(elts.map((x) => this.val(x)));
    const items = this.lastTaking(vs);
    if (kind === 'set') {
      const it = this.temp();
      return `(${vs.setup}${it} = [${items}], ${this.pos(node)}, rt.setOf(${it}))`;
    }
    let build = `rt.${kind}`;
    if (kind === 'list') {
      // compile.c's starunpack_helper: more than two constants extend an empty list from a tuple; more than 30 items are appended one by one.
      if (elts.length > 2 && elts.every((x) => x._type === 'Constant' || foldConst(x) !== null)) build = 'rt.listOfConsts';
      else if (elts.length > 30) build = 'rt.listAppended';
    }
    // The position of the build itself: tracemalloc attributes the new object to its line.
    const t = this.temp();
    return `(${vs.setup}${t} = [${items}], ${this.pos(node)}, ${build}(${t}))`;
  }

  private compare(e: A.Compare): string {
    if (e.comparators.length === 1) {
      const op = e.ops[0]._type;
      if (op === 'Is' || op === 'IsNot' || op === 'In' || op === 'NotIn') return `rt.bool(${this.compareTest(e)})`;
      const [l, r] = this.inOrder(this.operand(e.left), this.operand(e.comparators[0]));
      const t = this.temp();
      return `(${l.setup}${r.setup}${this.pos(e)}, ${t} = rt.compare(${l.js}, ${r.js}, ${CMP_INDEX[op]})${l.release}${r.release}, ${t})`;
    }
    // a < b < c: each middle operand evaluated once; the result is the first false comparison's value.
    // The operands and the result whose truth is tested are held in slots l, r, res.
    const d = this.depth;
    let js = `${this.slotAt(d)} = ${this.expr(e.left)}`;
    const l = this.slotAt(d);
    const r = this.slotAt(d + 1);
    const res = this.slotAt(d + 2);
    this.depth = d + 1;
    const parts: string[] = [];
    e.ops.forEach((op, i) => {
      const last = i === e.ops.length - 1;
      const cmp = this.cmpValue(op._type, l, r, e);
      // Only the last comparator of `in` / `not in` folds (ast_opt.c's fold_compare).
      const foldIn = last && (op._type === 'In' || op._type === 'NotIn');
      const rhs = foldIn ? this.iterExpr(e.comparators[i]) : this.expr(e.comparators[i]);
      parts.push(`(${r} = ${rhs}, ${res} = ${cmp}, rt.dec(${l}), ${l} = ${r}, ${r} = undefined, ${last ? 'true' : `rt.truth(${res})`})`);
      if (!last) parts[parts.length - 1] += ` ? (rt.dec(${res}), ${res} = undefined, true) : false`;
    });
    js += ', ' + parts.map((p) => `(${p})`).join(' && ');
    const t = this.temp();
    return `(${js}, rt.dec(${l}), ${l} = undefined, ${t} = ${res}, ${res} = undefined, ${t})`;
  }

  private cmpValue(op: string, l: string, r: string, e: Node): string {
    switch (op) {
      case 'Is': return `rt.bool(${l} === ${r})`;
      case 'IsNot': return `rt.bool(${l} !== ${r})`;
      case 'In': return `(${this.pos(e)}, rt.bool(rt.contains(${r}, ${l})))`;
      case 'NotIn': return `(${this.pos(e)}, rt.bool(!rt.contains(${r}, ${l})))`;
      default: return `(${this.pos(e)}, rt.compare(${l}, ${r}, ${CMP_INDEX[op]}))`;
    }
  }

  /** A new attribute-site cache of this code object (AC[i]). */
  private attrCache(): string {
    return `AC[${this.attrCaches++}]`;
  }

  /** orExc: the call returns a Python function's exception as EXC (only for isFixedArityCall). */
  private call(e: A.Call, orExc = false): string {
    const seen = new Set<string>();
    for (const k of e.keywords) {
      if (k.arg === null) continue;
      if (seen.has(k.arg)) throw this.g.error(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
    const hasStar = e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null);
    const last = e.args.length - 1;
    // The callable, then the arguments in order: each held in a stack slot while a later one may raise.
    if (hasStar && e.keywords.length === 0 && last > 0 && e.args[last]._type === 'Starred' && !e.args.slice(0, last).some((a) => a._type === 'Starred')) {
      // f(a, b, *it): the positional prefix in one array.
      const vs = this.values([[true, () => this.expr(e.func)], ...e.args.map((x) => this.val(x._type === 'Starred' ? x.value : x))]);
      const js = this.takingAll(vs);
      return `(${vs.setup}${this.pos(e)}, rt.callStar(${js[0]}, [${js.slice(1, -1).join(', ')}], ${js[js.length - 1]}))`;
    }
    if (hasStar) {
      const vs = this.values([[true, () => this.expr(e.func)], ...e.args.map((x) => this.val(x._type === 'Starred' ? x.value : x)),
        ...e.keywords.map((k) => this.val(k.value))]);
      const js = this.takingAll(vs);
      const pos = e.args.map((a, i) => `[${a._type === 'Starred' ? 1 : 0}, ${js[1 + i]}]`);
      const kws = e.keywords.map((k, i) => `[${k.arg === null ? 'null' : JSON.stringify(k.arg)}, ${js[1 + e.args.length + i]}]`);
      return `(${vs.setup}${this.pos(e)}, rt.callEx(${js[0]}, [${pos.join(', ')}], [${kws.join(', ')}]))`;
    }
    const kwnames = e.keywords.map((k) => k.arg!);
    const args = [...e.args.map((a) => this.val(a)), ...e.keywords.map((k) => this.val(k.value))];
    const kw = kwnames.length ? JSON.stringify(kwnames) : 'null';
    const fixed = isFixedArityCall(e);
    // The arguments are evaluated before the call's own position is recorded.
    if (e.func._type === 'Attribute') {
      // LOAD_METHOD/CALL: no bound method object for a plain method call.
      const name = this.nameRef(this.mangle(e.func.attr));
      const ac = this.attrCache();
      const method = e.func;
      const vs = this.values([[true, () => this.expr(method.value)], ...args]);
      const js = this.takingAll(vs).slice(1);
      const head = [vs.js[0], `${vs.js[0]}.type`, name, ac];
      if (fixed) return `(${vs.setup}${this.pos(e)}, rt.callMethod${args.length}${orExc ? 'E' : ''}(${[...head, 'fr', this.posIndex(method), ...js].join(', ')}))`;
      return `(${vs.setup}${this.pos(e)}, rt.callMethodC(${head.join(', ')}, [${js.join(', ')}], ${kw}, fr, ${this.posIndex(method)}))`;
    }
    const t = this.temp();
    // A callable that is a fast local or a constant is borrowed; any other is
    // held, and released by the call, also when it raises (as the evaluation
    // stack is cleared when an exception unwinds it).
    const f = this.borrowed(e.func);
    const owned = f === null ? 'D' : '';
    const vs = this.values(f === null ? [[true, () => this.expr(e.func)], ...args] : args);
    let js = this.takingAll(vs);
    if (f !== null) {
      // A borrowed local's unbound test runs before the arguments are evaluated.
      const g = this.testedFirst(f, vs.setup !== '');
      js = [g.js, ...js];
      vs.setup = g.setup + vs.setup;
    }
    if (fixed) {
      // Each argument on its own, then the call: no arguments array for the common case.
      return `(${vs.setup}${this.pos(e)}, ${t} = rt.call${owned}${args.length}${orExc ? 'E' : ''}(${js.join(', ')}), ${t})`;
    }
    return `(${vs.setup}${this.pos(e)}, ${t} = rt.call${owned}(${js[0]}, [${js.slice(1).join(', ')}], ${kw}), ${t})`;
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, name: string, gens: A.comprehension[]): string {
    const u = this.childUnit(e, name, 'function', e.lineno);
    const kind = e._type;
    // The list, set or dict being built is held on the stack below the loops' iterators.
    const acc = kind === 'GeneratorExp' ? null : u.push();
    u.emit(`${u.traceLine(e)};`);
    if (acc) u.emit(`${acc} = ${kind === 'ListComp' ? 'rt.list([])' : kind === 'SetComp' ? 'rt.setOf([])' : 'rt.dictOf([])'};`);
    const loop = (i: number, iterVar: string): void => {
      const g = gens[i];
      const it = u.temp();
      if (i === 0) u.emit(`${it} = rt.inc(${iterVar});`);
      else {
        u.emit(`${it} = ${u.iterExpr(g.iter)};`);
        u.emit(`${u.pos(e)}; ${it} = rt.iterDec(${it});`);
      }
      u.block('try {', () => {
        const v = u.temp();
        const cont = u.label();
        u.block(`${cont}: for (;; ${u.traceLine(e, true)}) {`, () => {
          u.emit(`${u.pos(e)}; ${v} = TR.ln ? rt.nextTraced(fr, ${it}) : ${it}.type.next(${it}); if (${v} === null) break;`);
          u.store(g.target, v);
          for (const cond of g.ifs) u.emit(`if (!(${u.test(cond)})) continue ${cont};`);
          if (i + 1 < gens.length) {
            loop(i + 1, '');
          } else if (kind === 'GeneratorExp') {
            u.emit(`rt.dec(yield ${u.expr(e.elt)});`);
          } else if (kind === 'DictComp') {
            const kv = u.values([u.val(e.key), u.val(e.value)]);
            u.emit(`${kv.setup}${u.pos(e)}, rt.dictSetOwned(${acc}, ${kv.js[0]}, ${u.taking(kv.slots, kv.js[1])});`);
          } else if (kind === 'ListComp') {
            u.emit(`rt.listAppendOwned(${acc}, ${u.expr(e.elt)});`);
          } else {
            u.emit(`${u.pos(e)}; rt.setAddOwned(${acc}, ${u.expr(e.elt)});`);
          }
        });
      }, `} finally { ${u.dropSlots()} rt.dec(${it}); }`);
    };
    loop(0, jsName('L_', '.0'));
    if (acc) {
      const t = u.temp();
      u.emit(u.ret(`(${t} = ${acc}, ${acc} = undefined, ${t})`));
    }
    const code = u.finish();
    const it = this.temp();
    const r = this.temp();
    // The function is held while the call runs.
    const f = this.push();
    return `(${it} = ${this.iterExpr(gens[0].iter)}, ${this.pos(e)}, ${it} = rt.iterDec(${it}), ${f} = rt.makeFunction(${this.kref({ code })}, G, B, ${this.closureOf(u)}, null, null, null, null), ${this.pos(e)}, ${r} = rt.callComp(${f}, ${it})${Unit.released(f)}, ${r})`;
  }
}

/**
 * The position CPython 3.11 gives an assert's raise: its compiler leaves the
 * location of the last comparison it compiled as a jump (through `not`, `and`,
 * `or` and conditional expressions) in place, and every other expression
 * restores the statement's. Null: the statement's own position.
 */
function assertLocation(test: A.expr): A.expr | null {
  switch (test._type) {
    case 'Compare': return test;
    case 'UnaryOp': return test.op._type === 'Not' ? assertLocation(test.operand) : null;
    case 'BoolOp': return test.values.reduce<A.expr | null>((loc, v) => assertLocation(v) ?? loc, null);
    case 'IfExp': return [test.test, test.body, test.orelse].reduce<A.expr | null>((loc, v) => assertLocation(v) ?? loc, null);
    default: return null;
  }
}

/**
 * Reference-count operations on a plain variable become inline JS: each site
 * then has its own inline cache, which stays monomorphic where one call of
 * rt.inc/rt.dec would see every type of object in the program.
 */
/** Where a function's trace events pass its JS-held locals; assemble() fills it in. */
const LV_MARK = '/*LV*/';
/** Where a raise that leaves the frame passes its locals to rt.unwind; assemble() fills it in. */
const UW_MARK = '/*UW*/';
/** plain: a borrowed local's JS variable, read without its unbound test once that has run. */
interface Operand { js: string; setup: string; release: string; slot: string | null; plain: string | null }

/** Whether evaluating e may raise: anything but a constant (a name may be unbound). */
function mayRaise(e: A.expr): boolean {
  return e._type !== 'Constant' && foldConst(e) === null;
}

/** Whether storing into target t may raise: anything but a name. */
function storeMayRaise(t: A.expr): boolean {
  return t._type !== 'Name';
}

/** A stack slot's name in generated JS (Unit.push). */
const SLOT_RE = /\bs\d+\b/;

/** The statement releasing stack slots base..depth-1, top first (Unit.dropSlots). */
function dropCode(base: number, depth: number): string {
  const parts: string[] = [];
  for (let i = depth - 1; i >= base; i--) parts.push(`if (s${i} !== undefined) { (--s${i}.rc === 0 && rt.dealloc(s${i})); s${i} = undefined; }`);
  return parts.join(' ');
}

/** A call with at most three positional arguments and nothing else: it has a CALL form with an argument each (rt.call1, rt.callMethod1 ...). */
function isFixedArityCall(e: A.Call): boolean {
  return e.keywords.length === 0 && e.args.length <= 3 && !e.args.some((a) => a._type === 'Starred');
}

function inlineRefcounts(js: string): string {
  const simple = '([ts]\\d+|K\\[\\d+\\]|[LC]_[A-Za-z0-9_$]+)';
  return js
    .replace(new RegExp(`rt\\.inc\\(${simple}\\)`, 'g'), '($1.rc++, $1)')
    .replace(new RegExp(`rt\\.dec\\(${simple}\\)`, 'g'), '(--$1.rc === 0 && rt.dealloc($1))')
    .replace(new RegExp(`rt\\.xdec\\(${simple}\\)`, 'g'), '($1 !== null && --$1.rc === 0 && rt.dealloc($1))');
}

export { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR };

/** `x = x + e`: the value adds something to the target name. */
function isSelfConcat(name: string, value: A.expr): boolean {
  return value._type === 'BinOp' && value.op._type === 'Add' && value.left._type === 'Name' && value.left.id === name;
}

/**
 * Whether a statement of a function (not of the functions and classes it
 * defines) may concatenate onto a local in place: `x += e` or `x = x + e`
 * with x local (CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE sites).
 */
function hasLocalConcat(st: A.stmt, scope: Scope): boolean {
  const local = (n: string): boolean => scope.scopeOf(n) === Sc.LOCAL;
  switch (st._type) {
    case 'AugAssign':
      return st.op._type === 'Add' && st.target._type === 'Name' && local(st.target.id);
    case 'Assign':
      return st.targets.length === 1 && st.targets[0]._type === 'Name' && isSelfConcat(st.targets[0].id, st.value) &&
        local(st.targets[0].id);
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef':
      return false;
    default: {
      const any = st as unknown as Record<string, unknown>;
      for (const key of ['body', 'orelse', 'finalbody', 'handlers', 'cases']) {
        const v = any[key];
        if (!Array.isArray(v)) continue;
        for (const x of v) {
          const inner = (x as { _type: string; body?: A.stmt[] })._type === 'ExceptHandler' || (x as { _type: string })._type === 'match_case'
            ? (x as { body: A.stmt[] }).body : [x as A.stmt];
          if (inner.some((y) => hasLocalConcat(y, scope))) return true;
        }
      }
      return false;
    }
  }
}
