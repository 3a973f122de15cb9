// The symbol table (Python/symtable.c): which names each scope binds, and
// whether each name a scope uses is local, global, free or a cell.
//
// Two passes, as CPython: the first walks the AST and records, per scope,
// how each name is used (assigned, a parameter, declared global/nonlocal,
// read); the second (analyze) resolves every name to its scope, turning a
// function's local that an inner scope reads into a cell.

import type * as A from '../parse/ast.js';
import { PySyntaxError } from '../parse/errors.js';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 32;
export const DEF_IMPORT = 64;
export const DEF_ANNOT = 128;
export const DEF_COMP_ITER = 256;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const enum Sc {
  LOCAL = 1, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL,
}

export type BlockKind = 'module' | 'class' | 'function';

export class Scope {
  symbols = new Map<string, number>();
  scopes = new Map<string, Sc>();
  children: Scope[] = [];
  params: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  isComprehension = false;
  isLambda = false;
  /** A method that uses super() or __class__: the class gets a __class__ cell. */
  needsClassClosure = false;
  childFree = new Set<string>();
  hasVarargs = false;
  hasVarkw = false;
  /** Names read by `locals()`-like calls: the function keeps its locals visible to the frame. */
  usesFrameLocals = false;
  constructor(public name: string, public kind: BlockKind, public node: unknown, public lineno: number, public parent: Scope | null) {}

  get isFunction(): boolean {
    return this.kind === 'function';
  }
  /** Resolved scope of a name (GLOBAL_IMPLICIT when the scope never saw it). */
  scopeOf(name: string): Sc {
    return this.scopes.get(name) ?? Sc.GLOBAL_IMPLICIT;
  }
  get cellvars(): string[] {
    return [...this.scopes].filter(([, s]) => s === Sc.CELL).map(([n]) => n).sort();
  }
  get freevars(): string[] {
    return [...this.scopes].filter(([n, s]) => s === Sc.FREE || (this.kind === 'class' && (this.symbols.get(n)! & DEF_FREE_CLASS) !== 0)).map(([n]) => n).sort();
  }
}

export class SymbolTable {
  top: Scope;
  private cur: Scope;
  private byNode = new Map<unknown, Scope>();
  /** The private name of the enclosing class (for name mangling). */
  private className: string | null = null;
  /** Where each global/nonlocal name of the current scope was declared. */
  private declared = new Map<string, A.stmt>();

  constructor(mod: A.mod, private filename: string, private sourceLines: (n: number) => string | null) {
    this.top = new Scope('top', 'module', mod, 0, null);
    this.cur = this.top;
    this.byNode.set(mod, this.top);
    if (mod._type === 'Module' || mod._type === 'Interactive') for (const s of mod.body) this.stmt(s);
    else if (mod._type === 'Expression') this.expr(mod.body);
    analyze(this.top, new Set(), new Set(), this);
  }

  scopeFor(node: unknown): Scope {
    return this.byNode.get(node)!;
  }

  error(msg: string, node: { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number }): PySyntaxError {
    const text = this.sourceLines(node.lineno);
    return new PySyntaxError('SyntaxError', msg, this.filename, node.lineno, node.col_offset + 1, text,
      node.end_lineno ?? node.lineno, (node.end_col_offset ?? node.col_offset) + 1);
  }

  private inAsyncFunction(): boolean {
    for (let s: Scope | null = this.cur; s; s = s.parent) {
      if (s.isComprehension) continue;
      return s.kind === 'function' && s.isCoroutine;
    }
    return false;
  }

  private enter(name: string, kind: BlockKind, node: unknown, lineno: number): Scope {
    this.declaredStack.push(this.declared);
    this.declared = new Map();
    const s = new Scope(name, kind, node, lineno, this.cur);
    this.cur.children.push(s);
    this.byNode.set(node, s);
    this.cur = s;
    return s;
  }

  private declaredStack: Map<string, A.stmt>[] = [];

  private leave(): void {
    this.cur = this.cur.parent!;
    this.declared = this.declaredStack.pop()!;
  }

  mangle(name: string): string {
    return mangle(this.className, name);
  }

  private addDef(name: string, flag: number, node: { lineno: number; col_offset: number }): void {
    const m = this.mangle(name);
    const s = this.cur;
    const prev = s.symbols.get(m) ?? 0;
    if (flag & DEF_PARAM && prev & DEF_PARAM) throw this.error(`duplicate argument '${name}' in function definition`, node);
    s.symbols.set(m, prev | flag);
    if (flag & DEF_PARAM) {
      s.params.push(m);
    } else if (flag & DEF_GLOBAL) {
      // A global declaration also makes the name global in the module scope's view.
      const top = this.top;
      top.symbols.set(m, (top.symbols.get(m) ?? 0) | DEF_GLOBAL);
    }
  }

  // ------------------------------------------------------------- statements

  private stmts(ss: A.stmt[]): void {
    for (const s of ss) this.stmt(s);
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.argDefaults(s.args);
        this.exprs(s.decorator_list);
        this.annotations(s.args, s.returns);
        const f = this.enter(s.name, 'function', s, s.lineno);
        if (s._type === 'AsyncFunctionDef') f.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const saved = this.className;
        this.enter(s.name, 'class', s, s.lineno);
        this.className = s.name;
        this.stmts(s.body);
        this.className = saved;
        this.leave();
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target._type === 'Name') {
          const name = this.mangle(s.target.id);
          const cur = this.cur.symbols.get(name) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            throw this.error(`annotated name '${s.target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') throw this.error('import * only allowed at module level', a);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.addDef(stored, DEF_IMPORT, a);
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        for (const name of s.names) {
          const m = this.mangle(name);
          const cur = this.cur.symbols.get(m) ?? 0;
          const kw = isGlobal ? 'global' : 'nonlocal';
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            throw this.error(msg, s);
          }
          if (!isGlobal && this.cur.kind === 'module') throw this.error('nonlocal declaration not allowed at module level', s);
          // Reported where the name was first declared.
          if (isGlobal && cur & DEF_NONLOCAL) throw this.error(`name '${name}' is nonlocal and global`, this.declared.get(m) ?? s);
          if (!isGlobal && cur & DEF_GLOBAL) throw this.error(`name '${name}' is nonlocal and global`, this.declared.get(m) ?? s);
          if (!this.declared.has(m)) this.declared.set(m, s);
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'With':
      case 'AsyncWith':
        for (const w of s.items) {
          this.expr(w.context_expr);
          if (w.optional_vars) this.expr(w.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private pattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); break;
    }
  }

  // ------------------------------------------------------------- arguments

  private argDefaults(a: A.arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }

  private annotations(a: A.arguments, returns: A.expr | null): void {
    for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      if (x.annotation) this.expr(x.annotation);
    }
    if (returns) this.expr(returns);
  }

  private params(a: A.arguments): void {
    for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(x.arg, DEF_PARAM, x);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.hasVarargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.hasVarkw = true;
    }
    // Keyword-only parameters follow positional ones in co_varnames, then *args, then **kwargs.
    const s = this.cur;
    const pos = [...a.posonlyargs, ...a.args].map((x) => this.mangle(x.arg));
    const kwo = a.kwonlyargs.map((x) => this.mangle(x.arg));
    const order = [...pos, ...kwo, ...(a.vararg ? [this.mangle(a.vararg.arg)] : []), ...(a.kwarg ? [this.mangle(a.kwarg.arg)] : [])];
    s.params = order;
  }

  // ------------------------------------------------------------- expressions

  private exprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  private expr(e: A.expr): void {
    switch (e._type) {
      case 'Name': {
        const flag = e.ctx._type === 'Load' ? USE : DEF_LOCAL;
        this.addDef(e.id, flag, e);
        if (e.ctx._type === 'Load' && this.cur.isFunction && (e.id === 'super' || e.id === 'locals' || e.id === 'vars' ||
          e.id === 'dir' || e.id === 'eval' || e.id === 'exec')) {
          if (e.id === 'super') this.addDef('__class__', USE, e);
          this.cur.usesFrameLocals = true;
        }
        break;
      }
      case 'NamedExpr': {
        if (this.inCompIter > 0) throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
        this.namedExprTarget(e);
        this.expr(e.value);
        break;
      }
      case 'BoolOp': this.exprs(e.values); break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.argDefaults(e.args);
        const f = this.enter('lambda', 'function', e, e.lineno);
        f.isLambda = true;
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        break;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); break;
      case 'Set': this.exprs(e.elts); break;
      case 'ListComp': this.comprehension(e, 'listcomp', e.generators, [e.elt]); break;
      case 'SetComp': this.comprehension(e, 'setcomp', e.generators, [e.elt]); break;
      case 'GeneratorExp': this.comprehension(e, 'genexpr', e.generators, [e.elt]); break;
      case 'DictComp': this.comprehension(e, 'dictcomp', e.generators, [e.key, e.value]); break;
      case 'Await':
        this.expr(e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (this.cur.kind !== 'function') throw this.error("'yield' outside function", e);
        if (this.cur.isComprehension) {
          throw this.error(`'yield' inside ${comprehensionKind(this.cur.name)}`, e);
        }
        if (e._type === 'YieldFrom' && this.cur.isCoroutine) throw this.error("'yield from' inside async function", e);
        this.cur.isGenerator = true;
        if (e.value) this.expr(e.value);
        break;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'List':
      case 'Tuple': this.exprs(e.elts); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }

  /** A walrus target inside a comprehension binds in the enclosing function (PEP 572). */
  private namedExprTarget(e: A.NamedExpr): void {
    const target = (e.target as A.Name).id;
    if (!this.cur.isComprehension) {
      this.addDef(target, DEF_LOCAL, e.target);
      return;
    }
    for (let s: Scope | null = this.cur; s; s = s.parent) {
      if (s.isComprehension) {
        if ((s.symbols.get(target) ?? 0) & DEF_COMP_ITER) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e.target);
        }
        continue;
      }
      if (s.kind === 'class') throw this.error('assignment expression within a comprehension cannot be used in a class body', e.target);
      const saved = this.cur;
      if (s.kind === 'function') {
        // A name the function declares global stays global in the comprehension.
        const inFunction = s.symbols.get(target) ?? 0;
        this.addDef(target, inFunction & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e.target);
        this.cur = s;
        this.addDef(target, DEF_LOCAL, e.target);
        this.cur = saved;
      } else {
        this.cur = s;
        this.addDef(target, DEF_GLOBAL, e.target);
        this.cur = saved;
        this.addDef(target, DEF_GLOBAL, e.target);
      }
      return;
    }
  }

  /** Inside a comprehension's iterable expression, where PEP 572 forbids `:=`. */
  private inCompIter = 0;

  private compIter(e: A.expr): void {
    this.inCompIter++;
    try {
      this.expr(e);
    } finally {
      this.inCompIter--;
    }
  }

  private comprehension(e: A.expr, name: string, gens: A.comprehension[], elts: A.expr[]): void {
    if (gens.some((g) => g.is_async) && name !== 'genexpr' && !this.inAsyncFunction()) {
      throw this.error('asynchronous comprehension outside of an asynchronous function', e);
    }
    // The first iterable is evaluated in the enclosing scope.
    this.compIter(gens[0].iter);
    const s = this.enter(`<${name}>`, 'function', e, e.lineno);
    s.isComprehension = true;
    if (name === 'genexpr') s.isGenerator = true;
    this.addDef('.0', DEF_PARAM, e);
    gens.forEach((g, i) => {
      this.compTarget(g.target);
      if (i > 0) this.compIter(g.iter);
      this.exprs(g.ifs);
    });
    this.exprs(elts);
    this.leave();
  }

  private compTarget(t: A.expr): void {
    if (t._type === 'Name') {
      this.addDef(t.id, DEF_LOCAL | DEF_COMP_ITER, t);
    } else if (t._type === 'Tuple' || t._type === 'List') {
      for (const x of t.elts) this.compTarget(x);
    } else if (t._type === 'Starred') {
      this.compTarget(t.value);
    } else {
      this.expr(t);
    }
  }
}

function comprehensionKind(name: string): string {
  switch (name) {
    case '<listcomp>': return 'list comprehension';
    case '<setcomp>': return 'set comprehension';
    case '<dictcomp>': return 'dict comprehension';
    default: return 'generator expression';
  }
}

/** _Py_Mangle: __name inside class C becomes _C__name. */
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/**
 * analyze_block: resolve every name of `s`. `bound` holds the names bound in
 * enclosing function scopes, `global` the names declared global above.
 * Returns the names free in s or its children that s's parent must provide.
 */
function analyze(s: Scope, bound: Set<string>, global: Set<string>, st: SymbolTable): Set<string> {
  const local = new Set<string>();
  const newGlobal = new Set(global);
  const free = new Set<string>();
  for (const [name, flags] of s.symbols) {
    let sc: Sc;
    if (flags & DEF_GLOBAL) {
      sc = Sc.GLOBAL_EXPLICIT;
      newGlobal.add(name);
    } else if (flags & DEF_NONLOCAL) {
      if (!bound.has(name)) {
        throw st.error(`no binding for nonlocal '${name}' found`, findNonlocal(s.node, name));
      }
      sc = Sc.FREE;
      free.add(name);
    } else if (flags & DEF_BOUND) {
      sc = Sc.LOCAL;
      local.add(name);
      newGlobal.delete(name);
    } else if (bound.has(name)) {
      sc = Sc.FREE;
      free.add(name);
    } else {
      sc = Sc.GLOBAL_IMPLICIT;
    }
    s.scopes.set(name, sc);
  }
  if (s.kind === 'function' && s.symbols.has('__class__') && !(s.symbols.get('__class__')! & DEF_BOUND) &&
    bound.has('__class__')) {
    // super() / __class__ in a method: a free variable provided by the class (outside a class: a global).
    s.scopes.set('__class__', Sc.FREE);
    free.add('__class__');
  }
  // What children may see: function scopes pass their bindings down; class scopes do not.
  const newBound = new Set(bound);
  if (s.kind === 'function') for (const n of local) newBound.add(n);
  if (s.kind === 'class') newBound.add('__class__');
  if (s.kind === 'module') newBound.clear();
  const childFree = new Set<string>();
  for (const c of s.children) {
    const cf = analyze(c, newBound, newGlobal, st);
    for (const n of cf) childFree.add(n);
  }
  // A local of a function that a child reads becomes a cell.
  for (const n of childFree) {
    const sc = s.scopes.get(n);
    if (s.kind === 'function' && sc === Sc.LOCAL) {
      s.scopes.set(n, Sc.CELL);
      continue;
    }
    if (s.kind === 'class' && n === '__class__') {
      s.needsClassClosure = true;
      continue;
    }
    if (s.kind === 'class' && sc === Sc.LOCAL) {
      // The class binds it too: the class body reads it from its dict, the methods from the cell.
      s.symbols.set(n, s.symbols.get(n)! | DEF_FREE_CLASS);
      free.add(n);
      continue;
    }
    if (sc === undefined || sc === Sc.GLOBAL_IMPLICIT) {
      if (s.kind !== 'module' && bound.has(n)) {
        if (sc === undefined) s.scopes.set(n, Sc.FREE);
        else if (s.kind === 'class') s.symbols.set(n, (s.symbols.get(n) ?? 0) | DEF_FREE_CLASS);
        free.add(n);
      }
    } else if (sc === Sc.FREE) {
      free.add(n);
    }
  }
  s.childFree = childFree;
  return free;
}

function findNonlocal(node: unknown, name: string): { lineno: number; col_offset: number } {
  let found: { lineno: number; col_offset: number } | null = null;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown>;
    if (o._type === 'Nonlocal' && (o.names as string[]).includes(name)) {
      found = o as unknown as { lineno: number; col_offset: number };
      return;
    }
    if (o !== node && (o._type === 'FunctionDef' || o._type === 'ClassDef' || o._type === 'Lambda' || o._type === 'AsyncFunctionDef')) return;
    for (const k of Object.keys(o)) if (k !== '_type') visit(o[k]);
  };
  const root = node as Record<string, unknown>;
  visit(root.body ?? root);
  return found ?? { lineno: 1, col_offset: 0 };
}
