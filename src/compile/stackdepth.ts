// co_stacksize as CPython 3.11's compiler computes it (Python/compile.c).
//
// pyheap compiles to JavaScript and has no value stack, but a generator's and
// a frame's __sizeof__ count CPython's (co_nlocalsplus + co_stacksize slots).
// This module builds, for one code object, the control-flow graph compile.c
// would: the same instruction shapes with their stack effects (stack_effect),
// the same basic blocks and jumps, exception handlers' entry depths and the
// finally/with/except unwinding that return, break and continue emit; then
// the peephole rewrites of optimize_cfg that change a stack height (a
// constant tested by a jump, `x is None` tests, tuples of constants built by
// the compiler) and stackdepth()'s walk over the reachable blocks.
// The AST is CPython's after ast_opt.c: constant sub-expressions count as
// one constant, as constfold.ts folds them.

import type * as A from '../parse/ast.js';
import { FloatConst, ComplexConst } from '../parse/constants.js';
import { type Scope, type SymbolTable, DEF_IMPORT } from './symtable.js';
import { foldConst, isTrue, NONE, percentFormatted } from './constfold.js';

/** compile.c's STACK_USE_GUIDELINE: longer displays and calls are built piecewise. */
const GUIDE = 30;

/** What optimize_cfg needs to know of a LOAD_CONST. */
interface Konst { truth: boolean; none: boolean; str: boolean }

interface Instr {
  op: string;
  /** Stack effect when the instruction does not jump, and when it jumps (stack_effect's jump argument). */
  eff: number;
  jeff: number;
  arg: number;
  target: Block | null;
  k: Konst | null;
}

class Block {
  ins: Instr[] = [];
  next: Block | null = null;
  /** b_return: a RETURN_VALUE was added to this block. */
  ret = false;
  /** b_startdepth: the stack's height on entry, -1 until stackdepth() reaches the block. */
  start = -1;
}

/** Effects of the jumps and block pushes: [no jump, jump]. */
const JUMPS: Record<string, [number, number]> = {
  JUMP: [0, 0], JUMP_NO_INTERRUPT: [0, 0],
  POP_JUMP_IF_FALSE: [-1, -1], POP_JUMP_IF_TRUE: [-1, -1], POP_JUMP_IF_NONE: [-1, -1], POP_JUMP_IF_NOT_NONE: [-1, -1],
  JUMP_IF_FALSE_OR_POP: [-1, 0], JUMP_IF_TRUE_OR_POP: [-1, 0],
  FOR_ITER: [1, -1], SEND: [0, -1],
  // The handler's entry: the stack as the block was set up, plus the exception (and lasti).
  SETUP_FINALLY: [0, 1], SETUP_CLEANUP: [0, 2], SETUP_WITH: [0, 1],
};
const BLOCK_PUSH = new Set(['SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH']);
/** Instructions after which the code falls through to nothing. */
const TERMINAL = new Set(['JUMP', 'JUMP_NO_INTERRUPT', 'RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE']);

type FbKind = 'WHILE' | 'FOR' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'ASYNC_COMPREHENSION';
interface Fblock { kind: FbKind; block: Block | null; exit: Block | null; body: A.stmt[] | null; name: string | null }

/** compile.c's pattern_context. */
interface PatternContext { stores: string[]; allowIrrefutable: boolean; failPop: Block[]; onTop: number }

type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

export interface StackDepthOptions {
  /** -O level: from 1 asserts emit nothing, from 2 docstrings are dropped; __debug__ is `optimize == 0`. */
  optimize: number;
  futureAnnotations: boolean;
  interactive: boolean;
}

/** co_stacksize of the code object of `scope` (a module, class body, function, lambda or comprehension). */
export function stackDepth(st: SymbolTable, scope: Scope, opts: StackDepthOptions): number {
  return new Builder(st, scope, opts).build();
}

class Builder {
  entry = new Block();
  cur = this.entry;
  /** u_need_new_implicit_block: the last instruction ended a block. */
  needNew = false;
  fblocks: Fblock[] = [];
  scopeType: ScopeType;

  constructor(private st: SymbolTable, private scope: Scope, private opts: StackDepthOptions) {
    const node = scope.node as { _type: string };
    switch (node._type) {
      case 'Module': case 'Interactive': case 'Expression': this.scopeType = 'module'; break;
      case 'ClassDef': this.scopeType = 'class'; break;
      case 'FunctionDef': this.scopeType = 'function'; break;
      case 'AsyncFunctionDef': this.scopeType = 'async_function'; break;
      case 'Lambda': this.scopeType = 'lambda'; break;
      default: this.scopeType = 'comprehension';
    }
  }

  // ------------------------------------------------------------- emission

  private add(op: string, eff: number, jeff = 0, target: Block | null = null, arg = 0, k: Konst | null = null): void {
    if (this.needNew) this.useNext(new Block());
    this.cur.ins.push({ op, eff, jeff, arg, target, k });
    if (op === 'RETURN_VALUE') this.cur.ret = true;
    // A jump or an exit ends the block (a SETUP_* is no jump: the handler is reached by unwinding).
    if ((target !== null && !BLOCK_PUSH.has(op)) || op === 'RETURN_VALUE' || op === 'RAISE_VARARGS' || op === 'RERAISE') this.needNew = true;
  }

  private op(op: string, eff: number, arg = 0): void {
    this.add(op, eff, 0, null, arg);
  }

  private jump(op: string, target: Block): void {
    const [eff, jeff] = JUMPS[op];
    this.add(op, eff, jeff, target);
  }

  private loadConst(k: Konst): void {
    this.add('LOAD_CONST', 1, 0, null, 0, k);
  }

  private static readonly NONE_K: Konst = { truth: false, none: true, str: false };
  private static readonly OTHER_K: Konst = { truth: true, none: false, str: false };

  private loadNone(): void {
    this.loadConst(Builder.NONE_K);
  }

  /** LOAD_CONST of a constant the jump optimizations never test (names, ints, code objects). */
  private loadOther(): void {
    this.loadConst(Builder.OTHER_K);
  }

  private useNext(b: Block): void {
    this.cur.next = b;
    this.cur = b;
    this.needNew = false;
  }

  // ------------------------------------------------------------- the unit

  build(): number {
    const node = this.scope.node as A.AnyNode;
    let addNone = true;
    switch (node._type) {
      case 'Module': this.body(node.body); break;
      case 'Interactive':
        if (findAnn(node.body)) this.op('SETUP_ANNOTATIONS', 0);
        this.stmts(node.body);
        break;
      case 'Expression': this.visit(node.body); addNone = false; break;
      case 'FunctionDef': case 'AsyncFunctionDef': {
        const doc = this.opts.optimize < 2 && this.docstring(node.body);
        this.stmts(doc ? node.body.slice(1) : node.body);
        break;
      }
      case 'Lambda':
        this.visit(node.body);
        if (!this.scope.isGenerator) this.op('RETURN_VALUE', -1);
        else addNone = false;
        break;
      case 'ClassDef':
        this.op('LOAD_NAME', 1);
        this.op('STORE_NAME', -1);
        this.loadOther();
        this.op('STORE_NAME', -1);
        this.body(node.body);
        if (this.scope.needsClassClosure) {
          this.op('LOAD_CLOSURE', 1);
          this.op('COPY', 1);
          this.op('STORE_NAME', -1);
        } else {
          this.loadNone();
        }
        this.op('RETURN_VALUE', -1);
        break;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
        this.comprehensionBody(node);
        break;
      default:
        throw new Error(`stackDepth: unexpected code object node ${node._type}`);
    }
    // assemble(): every block that falls off the end returns None.
    if (!this.cur.ret) {
      if (addNone) this.loadNone();
      this.op('RETURN_VALUE', -1);
    }
    this.optimize();
    return this.depth();
  }

  /** The peephole rewrites of optimize_basic_block that change a stack height. */
  private optimize(): void {
    for (let b: Block | null = this.entry; b !== null; b = b.next) {
      const ins = b.ins;
      for (let i = 0; i < ins.length; i++) {
        const x = ins[i];
        const next = ins[i + 1];
        if (x.op === 'LOAD_CONST' && next !== undefined) {
          const k = x.k!;
          if (next.op === 'POP_JUMP_IF_FALSE' || next.op === 'POP_JUMP_IF_TRUE') {
            nop(x);
            if (k.truth === (next.op === 'POP_JUMP_IF_TRUE')) retarget(next, 'JUMP', 0, 0);
            else nop(next);
          } else if (next.op === 'JUMP_IF_FALSE_OR_POP' || next.op === 'JUMP_IF_TRUE_OR_POP') {
            if (k.truth === (next.op === 'JUMP_IF_TRUE_OR_POP')) retarget(next, 'JUMP', 0, 0);
            else {
              nop(x);
              nop(next);
            }
          } else if (next.op === 'IS_OP' && k.none) {
            const j = ins[i + 2];
            if (j !== undefined && (j.op === 'POP_JUMP_IF_FALSE' || j.op === 'POP_JUMP_IF_TRUE')) {
              nop(x);
              nop(next);
              retarget(j, (next.arg !== 0) !== (j.op === 'POP_JUMP_IF_FALSE') ? 'POP_JUMP_IF_NOT_NONE' : 'POP_JUMP_IF_NONE', -1, -1);
            }
          }
        } else if (x.op === 'BUILD_TUPLE') {
          // fold_tuple_on_constants: n LOAD_CONSTs and BUILD_TUPLE n load one tuple. (Its rewrite of
          // BUILD_TUPLE n + UNPACK_SEQUENCE n into SWAPs keeps the heights; a source tuple of
          // constants is one constant already.)
          const n = x.arg;
          if (i >= n && ins.slice(i - n, i).every((y) => y.op === 'LOAD_CONST')) {
            for (let j = i - n; j < i; j++) nop(ins[j]);
            x.op = 'LOAD_CONST';
            x.eff = 1;
            x.k = { truth: n > 0, none: false, str: false };
          }
        }
      }
    }
  }

  /** stackdepth(): the largest stack over the flow paths from the entry (generators start with one item). */
  private depth(): number {
    const gen = this.scope.isGenerator || this.scope.isCoroutine;
    let max = gen ? 1 : 0;
    const todo: Block[] = [];
    const push = (b: Block, d: number) => {
      if (b.start < 0) {
        b.start = d;
        todo.push(b);
      }
    };
    push(this.entry, 0);
    while (todo.length) {
      const b = todo.pop()!;
      let d = b.start;
      let falls = true;
      for (const x of b.ins) {
        if (d + x.eff > max) max = d + x.eff;
        if (x.target !== null) {
          if (d + x.jeff > max) max = d + x.jeff;
          push(x.target, d + x.jeff);
        }
        d += x.eff;
        if (TERMINAL.has(x.op)) {
          falls = false;
          break;
        }
      }
      if (falls && b.next !== null) push(b.next, d);
    }
    return max;
  }

  // ------------------------------------------------------------- constants

  private konsts = new Map<A.expr, Konst | null>();

  /** The constant `e` is once ast_opt.c has folded it, or null. */
  private konst(e: A.expr): Konst | null {
    if (e._type === 'Constant') return { truth: isTrue(e.value === null ? NONE : e.value), none: e.value === null, str: typeof e.value === 'string' };
    if (e._type !== 'Name' && e._type !== 'Tuple' && e._type !== 'UnaryOp' && e._type !== 'BinOp' && e._type !== 'Subscript') return null;
    let k = this.konsts.get(e);
    if (k === undefined) {
      k = this.fold(e);
      this.konsts.set(e, k);
    }
    return k;
  }

  private fold(e: A.expr): Konst | null {
    if (e._type === 'Name') return e.id === '__debug__' && e.ctx._type === 'Load' ? { truth: this.opts.optimize === 0, none: false, str: false } : null;
    if ((e._type === 'Tuple' || e._type === 'List') && e.ctx._type !== 'Load') return null;
    const f = foldConst(e);
    if (f !== null) return { truth: isTrue(f), none: f === NONE, str: typeof f === 'string' };
    if (e._type !== 'BinOp' && e._type !== 'UnaryOp') return null;
    const n = numberOf(e);
    return n === null ? null : { truth: n.v !== 0, none: false, str: false };
  }

  /** The constant an iterable operand folds into (fold_iter: a list or set display of constants), or null. */
  private iterKonst(e: A.expr): Konst | null {
    if ((e._type === 'List' || e._type === 'Set') && e.elts.every((x) => this.konst(x) !== null)) {
      return { truth: e.elts.length > 0, none: false, str: false };
    }
    return this.konst(e);
  }

  /** An iterable operand: for's, a comprehension's, the last `in`'s. */
  private visitIter(e: A.expr): void {
    const k = this.iterKonst(e);
    if (k !== null) this.loadConst(k);
    else this.visit(e);
  }

  private docstring(body: A.stmt[]): boolean {
    const s = body[0];
    return s !== undefined && s._type === 'Expr' && this.konst(s.value)?.str === true;
  }

  // ------------------------------------------------------------- statements

  /** compiler_body: a module's or class's statements, with __annotations__ and __doc__. */
  private body(stmts: A.stmt[]): void {
    if (findAnn(stmts)) this.op('SETUP_ANNOTATIONS', 0);
    let rest = stmts;
    if (this.opts.optimize < 2 && this.docstring(stmts)) {
      this.visit((stmts[0] as A.Expr).value);
      this.op('STORE_NAME', -1);
      rest = stmts.slice(1);
    }
    this.stmts(rest);
  }

  private stmts(ss: A.stmt[]): void {
    for (const s of ss) this.stmt(s);
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.return_(s);
      case 'Delete': for (const t of s.targets) this.visit(t); return;
      case 'Assign':
        this.visit(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.op('COPY', 1);
          this.visit(t);
        });
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.for_(s);
      case 'AsyncFor': return this.asyncFor(s);
      case 'While': return this.while_(s);
      case 'If': {
        const end = new Block();
        const next = s.orelse.length ? new Block() : end;
        this.jumpIf(s.test, next, false);
        this.stmts(s.body);
        if (s.orelse.length) {
          this.jump('JUMP', end);
          this.useNext(next);
          this.stmts(s.orelse);
        }
        this.useNext(end);
        return;
      }
      case 'Match': return this.match(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.visit(s.exc);
          n++;
          if (s.cause) {
            this.visit(s.cause);
            n++;
          }
        }
        this.op('RAISE_VARARGS', -n);
        return;
      }
      case 'Try': return s.finalbody.length ? this.tryFinally(s, () => this.tryExcept(s)) : this.tryExcept(s);
      case 'TryStar': return s.finalbody.length ? this.tryFinally(s, () => this.tryStarExcept(s)) : this.tryStarExcept(s);
      case 'Assert': {
        if (this.opts.optimize) return;
        const end = new Block();
        this.jumpIf(s.test, end, true);
        this.op('LOAD_ASSERTION_ERROR', 1);
        if (s.msg) {
          this.visit(s.msg);
          this.op('PRECALL', 0);
          this.op('CALL', -1);
        }
        this.op('RAISE_VARARGS', -1);
        this.useNext(end);
        return;
      }
      case 'Import':
        for (const a of s.names) {
          this.loadOther();
          this.loadNone();
          this.op('IMPORT_NAME', -1);
          if (a.asname !== null && a.name.includes('.')) {
            const parts = a.name.split('.').length - 1;
            for (let i = 0; i < parts; i++) {
              this.op('IMPORT_FROM', 1);
              if (i < parts - 1) {
                this.op('SWAP', 0);
                this.op('POP_TOP', -1);
              }
            }
            this.op('STORE_NAME', -1);
            this.op('POP_TOP', -1);
          } else {
            this.op('STORE_NAME', -1);
          }
        }
        return;
      case 'ImportFrom':
        this.loadOther();
        this.loadOther();
        this.op('IMPORT_NAME', -1);
        if (s.names[0]?.name === '*') {
          this.op('IMPORT_STAR', -1);
          return;
        }
        for (let i = 0; i < s.names.length; i++) {
          this.op('IMPORT_FROM', 1);
          this.op('STORE_NAME', -1);
        }
        this.op('POP_TOP', -1);
        return;
      case 'Global': case 'Nonlocal': return;
      case 'Expr':
        if (this.opts.interactive && this.scopeType === 'module') {
          this.visit(s.value);
          this.op('PRINT_EXPR', -1);
        } else if (this.konst(s.value) !== null) {
          this.op('NOP', 0);
        } else {
          this.visit(s.value);
          this.op('POP_TOP', -1);
        }
        return;
      case 'Pass': this.op('NOP', 0); return;
      case 'Break': {
        this.op('NOP', 0);
        const loop = this.unwindStack(false, true);
        if (loop !== null) {
          this.unwind(loop, false);
          this.jump('JUMP', loop.exit!);
        }
        return;
      }
      case 'Continue': {
        this.op('NOP', 0);
        const loop = this.unwindStack(false, true);
        if (loop !== null) this.jump('JUMP', loop.block!);
        return;
      }
      case 'With': return this.with_(s, 0);
      case 'AsyncWith': return this.with_(s, 0);
    }
  }

  private functionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    for (const d of s.decorator_list) this.visit(d);
    const flags = this.defaults(s.args) + this.annotations(s.args, s.returns);
    this.makeClosure(s, flags);
    this.applyDecorators(s.decorator_list);
    this.op('STORE_NAME', -1);
  }

  /** compiler_default_arguments: how many items MAKE_FUNCTION takes for them. */
  private defaults(args: A.arguments): number {
    let n = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.visit(d);
      this.op('BUILD_TUPLE', 1 - args.defaults.length, args.defaults.length);
      n++;
    }
    let kw = 0;
    args.kwonlyargs.forEach((_, i) => {
      const d = args.kw_defaults[i];
      if (d) {
        this.visit(d);
        kw++;
      }
    });
    if (kw) {
      this.loadOther();
      this.op('BUILD_CONST_KEY_MAP', -kw);
      n++;
    }
    return n;
  }

  /** compiler_visit_annotations: 1 if a tuple of names and annotations is pushed. */
  private annotations(args: A.arguments, returns: A.expr | null): number {
    let len = 0;
    const one = (annotation: A.expr | null) => {
      if (!annotation) return;
      this.loadOther();
      if (this.opts.futureAnnotations) this.loadOther();
      else if (annotation._type === 'Starred') {
        this.visit(annotation.value);
        this.op('UNPACK_SEQUENCE', 0, 1);
      } else this.visit(annotation);
      len += 2;
    };
    for (const a of args.args) one(a.annotation);
    for (const a of args.posonlyargs) one(a.annotation);
    if (args.vararg) one(args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.annotation);
    if (args.kwarg) one(args.kwarg.annotation);
    one(returns);
    if (!len) return 0;
    this.op('BUILD_TUPLE', 1 - len, len);
    return 1;
  }

  /** compiler_make_closure: the free variables' cells, the code, MAKE_FUNCTION taking `taken` more items. */
  private makeClosure(node: unknown, taken: number): void {
    const nfree = this.st.scopeFor(node).freevars.length;
    if (nfree) {
      for (let i = 0; i < nfree; i++) this.op('LOAD_CLOSURE', 1);
      this.op('BUILD_TUPLE', 1 - nfree, nfree);
      taken++;
    }
    this.loadOther();
    this.op('MAKE_FUNCTION', -taken);
  }

  private applyDecorators(decos: A.expr[]): void {
    for (let i = 0; i < decos.length; i++) {
      this.op('PRECALL', 0);
      this.op('CALL', -1);
    }
  }

  private classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.visit(d);
    this.op('PUSH_NULL', 1);
    this.op('LOAD_BUILD_CLASS', 1);
    this.makeClosure(s, 0);
    this.loadOther();
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.op('STORE_NAME', -1);
  }

  private return_(s: A.Return): void {
    const preserve = s.value !== null && this.konst(s.value) === null;
    if (preserve) this.visit(s.value!);
    else if (s.value !== null) this.op('NOP', 0);
    this.unwindStack(preserve, false);
    if (s.value === null) this.loadNone();
    else if (!preserve) this.loadConst(this.konst(s.value)!);
    this.op('RETURN_VALUE', -1);
  }

  private augAssign(s: A.AugAssign): void {
    const t = s.target;
    if (t._type === 'Attribute') {
      this.visit(t.value);
      this.op('COPY', 1);
      this.op('LOAD_ATTR', 0);
    } else if (t._type === 'Subscript') {
      this.visit(t.value);
      this.visit(t.slice);
      this.op('COPY', 1);
      this.op('COPY', 1);
      this.op('BINARY_SUBSCR', -1);
    } else {
      this.op('LOAD_NAME', 1);
    }
    this.visit(s.value);
    this.op('BINARY_OP', -1);
    if (t._type === 'Attribute') {
      this.op('SWAP', 0);
      this.op('STORE_ATTR', -2);
    } else if (t._type === 'Subscript') {
      this.op('SWAP', 0);
      this.op('SWAP', 0);
      this.op('STORE_SUBSCR', -3);
    } else {
      this.op('STORE_NAME', -1);
    }
  }

  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    const evaluates = this.scopeType === 'module' || this.scopeType === 'class';
    if (s.value) {
      this.visit(s.value);
      this.visit(t);
    }
    const check = (e: A.expr) => {
      this.visit(e);
      this.op('POP_TOP', -1);
    };
    if (t._type === 'Name') {
      if (s.simple && evaluates) {
        if (this.opts.futureAnnotations) this.loadOther();
        else this.visit(s.annotation);
        this.op('LOAD_NAME', 1);
        this.loadOther();
        this.op('STORE_SUBSCR', -3);
      }
    } else if (t._type === 'Attribute') {
      if (!s.value) check(t.value);
    } else if (t._type === 'Subscript') {
      if (!s.value) {
        check(t.value);
        const sub = (e: A.expr): void => {
          if (e._type === 'Slice') {
            for (const x of [e.lower, e.upper, e.step]) if (x) check(x);
          } else if (e._type === 'Tuple') {
            e.elts.forEach(sub);
          } else check(e);
        };
        sub(t.slice);
      }
    }
    if (!s.simple && !this.opts.futureAnnotations && evaluates) check(s.annotation);
  }

  private for_(s: A.For): void {
    const start = new Block(), body = new Block(), cleanup = new Block(), end = new Block();
    this.fblocks.push({ kind: 'FOR', block: start, exit: end, body: null, name: null });
    this.visitIter(s.iter);
    this.op('GET_ITER', 0);
    this.useNext(start);
    this.jump('FOR_ITER', cleanup);
    this.useNext(body);
    this.visit(s.target);
    this.stmts(s.body);
    this.jump('JUMP', start);
    this.useNext(cleanup);
    this.fblocks.pop();
    this.stmts(s.orelse);
    this.useNext(end);
  }

  private asyncFor(s: A.AsyncFor): void {
    const start = new Block(), except = new Block(), end = new Block();
    this.visit(s.iter);
    this.op('GET_AITER', 0);
    this.useNext(start);
    this.fblocks.push({ kind: 'FOR', block: start, exit: end, body: null, name: null });
    this.anext(except);
    this.visit(s.target);
    this.stmts(s.body);
    this.jump('JUMP', start);
    this.fblocks.pop();
    this.useNext(except);
    this.op('END_ASYNC_FOR', -2);
    this.stmts(s.orelse);
    this.useNext(end);
  }

  private while_(s: A.While): void {
    const loop = new Block(), body = new Block(), anchor = new Block(), end = new Block();
    this.useNext(loop);
    this.fblocks.push({ kind: 'WHILE', block: loop, exit: end, body: null, name: null });
    this.jumpIf(s.test, anchor, false);
    this.useNext(body);
    this.stmts(s.body);
    this.jumpIf(s.test, body, true);
    this.fblocks.pop();
    this.useNext(anchor);
    this.stmts(s.orelse);
    this.useNext(end);
  }

  /** compiler_add_yield_from: SEND / YIELD_VALUE / RESUME, looping. */
  private yieldFrom(): void {
    const start = new Block(), resume = new Block(), exit = new Block();
    this.useNext(start);
    this.jump('SEND', exit);
    this.useNext(resume);
    this.op('YIELD_VALUE', 0);
    this.op('RESUME', 0);
    this.jump('JUMP_NO_INTERRUPT', start);
    this.useNext(exit);
  }

  /** GET_AWAITABLE and the `yield from` that awaits it. */
  private await_(): void {
    this.op('GET_AWAITABLE', 0);
    this.loadNone();
    this.yieldFrom();
  }

  /** An async for's `__anext__` call, guarded by the handler that ends the loop. */
  private anext(except: Block): void {
    this.jump('SETUP_FINALLY', except);
    this.op('GET_ANEXT', 1);
    this.loadNone();
    this.yieldFrom();
    this.op('POP_BLOCK', 0);
  }

  private popExceptAndReraise(): void {
    this.op('COPY', 1);
    this.op('POP_EXCEPT', -1);
    this.op('RERAISE', -1);
  }

  private callExitWithNones(): void {
    this.loadNone();
    this.loadNone();
    this.loadNone();
    this.op('PRECALL', -2);
    this.op('CALL', -1);
  }

  private tryFinally(s: A.Try | A.TryStar, inner: () => void): void {
    const body = new Block(), end = new Block(), exit = new Block(), cleanup = new Block();
    this.jump('SETUP_FINALLY', end);
    this.useNext(body);
    this.fblocks.push({ kind: 'FINALLY_TRY', block: body, exit: end, body: s.finalbody, name: null });
    if (s.handlers.length) inner();
    else this.stmts(s.body);
    this.op('POP_BLOCK', 0);
    this.fblocks.pop();
    this.stmts(s.finalbody);
    this.jump('JUMP', exit);
    this.useNext(end);
    this.jump('SETUP_CLEANUP', cleanup);
    this.op('PUSH_EXC_INFO', 1);
    this.fblocks.push({ kind: 'FINALLY_END', block: end, exit: null, body: null, name: null });
    this.stmts(s.finalbody);
    this.fblocks.pop();
    this.op('RERAISE', -1);
    this.useNext(cleanup);
    this.popExceptAndReraise();
    this.useNext(exit);
  }

  /** The body of a try with except clauses, whose exceptions go to `except`. */
  private tryBody(body: A.stmt[], except: Block): void {
    const block = new Block();
    this.jump('SETUP_FINALLY', except);
    this.useNext(block);
    this.fblocks.push({ kind: 'TRY_EXCEPT', block, exit: null, body: null, name: null });
    this.stmts(body);
    this.fblocks.pop();
    this.op('POP_BLOCK', 0);
  }

  private tryExcept(s: A.Try): void {
    const end = new Block(), cleanup = new Block();
    let except = new Block();
    this.tryBody(s.body, except);
    this.stmts(s.orelse);
    this.jump('JUMP', end);
    this.useNext(except);
    this.jump('SETUP_CLEANUP', cleanup);
    this.op('PUSH_EXC_INFO', 1);
    this.fblocks.push({ kind: 'EXCEPTION_HANDLER', block: null, exit: null, body: null, name: null });
    for (const h of s.handlers) {
      except = new Block();
      if (h.type) {
        this.visit(h.type);
        this.op('CHECK_EXC_MATCH', 0);
        this.jump('POP_JUMP_IF_FALSE', except);
      }
      if (h.name !== null) {
        const cleanupEnd = new Block(), cleanupBody = new Block();
        this.op('STORE_NAME', -1);
        this.jump('SETUP_CLEANUP', cleanupEnd);
        this.useNext(cleanupBody);
        this.fblocks.push({ kind: 'HANDLER_CLEANUP', block: cleanupBody, exit: null, body: null, name: h.name });
        this.stmts(h.body);
        this.fblocks.pop();
        this.op('POP_BLOCK', 0);
        this.op('POP_BLOCK', 0);
        this.op('POP_EXCEPT', -1);
        this.clearName();
        this.jump('JUMP', end);
        this.useNext(cleanupEnd);
        this.clearName();
        this.op('RERAISE', -1);
      } else {
        const cleanupBody = new Block();
        this.op('POP_TOP', -1);
        this.useNext(cleanupBody);
        this.fblocks.push({ kind: 'HANDLER_CLEANUP', block: cleanupBody, exit: null, body: null, name: null });
        this.stmts(h.body);
        this.fblocks.pop();
        this.op('POP_BLOCK', 0);
        this.op('POP_EXCEPT', -1);
        this.jump('JUMP', end);
      }
      this.useNext(except);
    }
    this.fblocks.pop();
    this.op('RERAISE', -1);
    this.useNext(cleanup);
    this.popExceptAndReraise();
    this.useNext(end);
  }

  /** `name = None; del name` after an except clause that bound it. */
  private clearName(): void {
    this.loadNone();
    this.op('STORE_NAME', -1);
    this.op('DELETE_NAME', 0);
  }

  private tryStarExcept(s: A.TryStar): void {
    const orelse = new Block(), end = new Block(), cleanup = new Block(), reraiseStar = new Block();
    let except = new Block();
    this.tryBody(s.body, except);
    this.jump('JUMP', orelse);
    this.useNext(except);
    this.jump('SETUP_CLEANUP', cleanup);
    this.op('PUSH_EXC_INFO', 1);
    this.fblocks.push({ kind: 'EXCEPTION_GROUP_HANDLER', block: null, exit: null, body: null, name: null });
    s.handlers.forEach((h, i) => {
      except = new Block();
      const exceptWithError = new Block(), noMatch = new Block();
      if (i === 0) {
        this.op('COPY', 1);
        this.op('BUILD_LIST', 1, 0);
        this.op('SWAP', 0);
      }
      if (h.type) {
        this.visit(h.type);
        this.op('CHECK_EG_MATCH', 0);
        this.op('COPY', 1);
        this.jump('POP_JUMP_IF_NONE', noMatch);
      }
      const cleanupEnd = new Block(), cleanupBody = new Block();
      if (h.name !== null) this.op('STORE_NAME', -1);
      else this.op('POP_TOP', -1);
      this.jump('SETUP_CLEANUP', cleanupEnd);
      this.useNext(cleanupBody);
      this.fblocks.push({ kind: 'HANDLER_CLEANUP', block: cleanupBody, exit: null, body: null, name: h.name });
      this.stmts(h.body);
      this.fblocks.pop();
      this.op('POP_BLOCK', 0);
      if (h.name !== null) this.clearName();
      this.jump('JUMP', except);
      this.useNext(cleanupEnd);
      if (h.name !== null) this.clearName();
      this.op('LIST_APPEND', -1);
      this.op('POP_TOP', -1);
      this.jump('JUMP', exceptWithError);
      this.useNext(except);
      this.op('NOP', 0);
      this.jump('JUMP', exceptWithError);
      this.useNext(noMatch);
      this.op('POP_TOP', -1);
      this.useNext(exceptWithError);
      if (i === s.handlers.length - 1) {
        this.op('LIST_APPEND', -1);
        this.jump('JUMP', reraiseStar);
      }
    });
    this.fblocks.pop();
    const reraise = new Block();
    this.useNext(reraiseStar);
    this.op('PREP_RERAISE_STAR', -1);
    this.op('COPY', 1);
    this.jump('POP_JUMP_IF_NOT_NONE', reraise);
    this.op('POP_TOP', -1);
    this.op('POP_BLOCK', 0);
    this.op('POP_EXCEPT', -1);
    this.jump('JUMP', end);
    this.useNext(reraise);
    this.op('POP_BLOCK', 0);
    this.op('SWAP', 0);
    this.op('POP_EXCEPT', -1);
    this.op('RERAISE', -1);
    this.useNext(cleanup);
    this.popExceptAndReraise();
    this.useNext(orelse);
    this.stmts(s.orelse);
    this.useNext(end);
  }

  /** compiler_with / compiler_async_with: one item, then the next ones or the body. */
  private with_(s: A.With | A.AsyncWith, pos: number): void {
    const isAsync = s._type === 'AsyncWith';
    const item = s.items[pos];
    const block = new Block(), final = new Block(), exit = new Block(), cleanup = new Block();
    this.visit(item.context_expr);
    if (isAsync) {
      this.op('BEFORE_ASYNC_WITH', 1);
      this.await_();
    } else {
      this.op('BEFORE_WITH', 1);
    }
    this.jump('SETUP_WITH', final);
    this.useNext(block);
    this.fblocks.push({ kind: isAsync ? 'ASYNC_WITH' : 'WITH', block, exit: final, body: null, name: null });
    if (item.optional_vars) this.visit(item.optional_vars);
    else this.op('POP_TOP', -1);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.with_(s, pos + 1);
    this.op('POP_BLOCK', 0);
    this.fblocks.pop();
    this.callExitWithNones();
    if (isAsync) this.await_();
    this.op('POP_TOP', -1);
    this.jump('JUMP', exit);
    this.useNext(final);
    this.jump('SETUP_CLEANUP', cleanup);
    this.op('PUSH_EXC_INFO', 1);
    this.op('WITH_EXCEPT_START', 1);
    if (isAsync) this.await_();
    this.withExceptFinish(cleanup);
    this.useNext(exit);
  }

  private withExceptFinish(cleanup: Block): void {
    const exit = new Block();
    this.jump('POP_JUMP_IF_TRUE', exit);
    this.op('RERAISE', -1);
    this.useNext(cleanup);
    this.popExceptAndReraise();
    this.useNext(exit);
    this.op('POP_TOP', -1);
    this.op('POP_BLOCK', 0);
    this.op('POP_EXCEPT', -1);
    this.op('POP_TOP', -1);
    this.op('POP_TOP', -1);
  }

  // ------------------------------------------------------------- unwinding

  /** compiler_unwind_fblock: the code that leaves one frame block for return, break or continue. */
  private unwind(f: Fblock, preserveTos: boolean): void {
    switch (f.kind) {
      case 'FOR':
        if (preserveTos) this.op('SWAP', 0);
        this.op('POP_TOP', -1);
        return;
      case 'TRY_EXCEPT': this.op('POP_BLOCK', 0); return;
      case 'FINALLY_TRY':
        this.op('POP_BLOCK', 0);
        if (preserveTos) this.fblocks.push({ kind: 'POP_VALUE', block: null, exit: null, body: null, name: null });
        this.stmts(f.body!);
        if (preserveTos) this.fblocks.pop();
        return;
      case 'FINALLY_END':
        if (preserveTos) this.op('SWAP', 0);
        this.op('POP_TOP', -1);
        if (preserveTos) this.op('SWAP', 0);
        this.op('POP_BLOCK', 0);
        this.op('POP_EXCEPT', -1);
        return;
      case 'WITH': case 'ASYNC_WITH':
        this.op('POP_BLOCK', 0);
        if (preserveTos) this.op('SWAP', 0);
        this.callExitWithNones();
        if (f.kind === 'ASYNC_WITH') {
          this.await_();
        }
        this.op('POP_TOP', -1);
        return;
      case 'HANDLER_CLEANUP':
        if (f.name !== null) this.op('POP_BLOCK', 0);
        if (preserveTos) this.op('SWAP', 0);
        this.op('POP_BLOCK', 0);
        this.op('POP_EXCEPT', -1);
        if (f.name !== null) this.clearName();
        return;
      case 'POP_VALUE':
        if (preserveTos) this.op('SWAP', 0);
        this.op('POP_TOP', -1);
        return;
      default:
        return;
    }
  }

  /** compiler_unwind_fblock_stack: unwind every frame block, or up to the innermost loop (returned). */
  private unwindStack(preserveTos: boolean, toLoop: boolean): Fblock | null {
    const top = this.fblocks[this.fblocks.length - 1];
    if (top === undefined) return null;
    if (toLoop && (top.kind === 'WHILE' || top.kind === 'FOR')) return top;
    this.fblocks.pop();
    this.unwind(top, preserveTos);
    const loop = this.unwindStack(preserveTos, toLoop);
    this.fblocks.push(top);
    return loop;
  }

  // ------------------------------------------------------------- expressions

  private visit(e: A.expr): void {
    const k = this.konst(e);
    if (k !== null) {
      this.loadConst(k);
      return;
    }
    switch (e._type) {
      case 'NamedExpr':
        this.visit(e.value);
        this.op('COPY', 1);
        this.visit(e.target);
        return;
      case 'BoolOp': {
        const end = new Block();
        const jump = e.op._type === 'And' ? 'JUMP_IF_FALSE_OR_POP' : 'JUMP_IF_TRUE_OR_POP';
        e.values.forEach((v, i) => {
          this.visit(v);
          if (i < e.values.length - 1) {
            this.jump(jump, end);
            this.useNext(new Block());
          }
        });
        this.useNext(end);
        return;
      }
      case 'BinOp': {
        // ast_opt.c turns `'%s' % (a,)` into an f-string.
        const joined = percentFormatted(e);
        if (joined !== null) return this.visit(joined);
        this.visit(e.left);
        this.visit(e.right);
        this.op('BINARY_OP', -1);
        return;
      }
      case 'UnaryOp': this.visit(e.operand); return;
      case 'Lambda': this.makeClosure(e, this.defaults(e.args)); return;
      case 'IfExp': {
        const end = new Block(), next = new Block();
        this.jumpIf(e.test, next, false);
        this.visit(e.body);
        this.jump('JUMP', end);
        this.useNext(next);
        this.visit(e.orelse);
        this.useNext(end);
        return;
      }
      case 'Dict': return this.mapping(e.keys, e.values, true);
      case 'Set': return this.starunpack(e.elts, 0, 'SET', false);
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return this.comprehension(e);
      case 'Yield':
        if (e.value) this.visit(e.value);
        else this.loadNone();
        this.op('YIELD_VALUE', 0);
        this.op('RESUME', 0);
        return;
      case 'YieldFrom':
        this.visit(e.value);
        this.op('GET_YIELD_FROM_ITER', 0);
        this.loadNone();
        this.yieldFrom();
        return;
      case 'Await':
        this.visit(e.value);
        this.await_();
        return;
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'Constant': this.loadConst(this.konst(e)!); return;
      case 'JoinedStr': return this.joined(e.values.length, e.values, (v) => this.visit(v));
      case 'FormattedValue':
        this.visit(e.value);
        if (e.format_spec) {
          this.visit(e.format_spec);
          this.op('FORMAT_VALUE', -1);
        }
        return;
      case 'Attribute':
        this.visit(e.value);
        if (e.ctx._type === 'Store') this.op('STORE_ATTR', -2);
        else if (e.ctx._type === 'Del') this.op('DELETE_ATTR', -1);
        return;
      case 'Subscript':
        this.visit(e.value);
        this.visit(e.slice);
        this.op(e.ctx._type === 'Load' ? 'BINARY_SUBSCR' : e.ctx._type === 'Store' ? 'STORE_SUBSCR' : 'DELETE_SUBSCR',
          e.ctx._type === 'Load' ? -1 : e.ctx._type === 'Store' ? -3 : -2);
        return;
      case 'Slice':
        if (e.lower) this.visit(e.lower);
        else this.loadNone();
        if (e.upper) this.visit(e.upper);
        else this.loadNone();
        if (e.step) this.visit(e.step);
        this.op('BUILD_SLICE', e.step ? -2 : -1);
        return;
      case 'Name':
        this.op('NAME', e.ctx._type === 'Load' ? 1 : e.ctx._type === 'Store' ? -1 : 0);
        return;
      case 'List': case 'Tuple':
        if (e.ctx._type === 'Store') this.assignment(e.elts);
        else if (e.ctx._type === 'Load') this.starunpack(e.elts, 0, 'LIST', e._type === 'Tuple');
        else for (const x of e.elts) this.visit(x);
        return;
      case 'Starred':
        // Only valid inside displays, calls and assignment targets, which handle it.
        this.visit(e.value);
        return;
    }
  }

  /** compiler_joined_str: an f-string's parts, concatenated by BUILD_STRING, or by ''.join beyond 30 of them. */
  private joined<T>(n: number, parts: T[], visit: (x: T) => void): void {
    if (n > GUIDE) {
      this.loadOther();
      this.op('LOAD_METHOD', 1);
      this.op('BUILD_LIST', 1, 0);
      for (const x of parts) {
        visit(x);
        this.op('LIST_APPEND', -1);
      }
      this.op('PRECALL', -1);
      this.op('CALL', -1);
    } else {
      for (const x of parts) visit(x);
      if (n !== 1) this.op('BUILD_STRING', 1 - n);
    }
  }

  /** assignment_helper: UNPACK_SEQUENCE / UNPACK_EX, then each target. */
  private assignment(elts: A.expr[]): void {
    this.op('UNPACK', elts.length - 1);
    for (const x of elts) this.visit(x._type === 'Starred' ? x.value : x);
  }

  /** starunpack_helper: a list, set or tuple display (or call's positional arguments) over `pushed` items already on the stack. */
  private starunpack(elts: A.expr[], pushed: number, kind: 'LIST' | 'SET', tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => this.konst(x) !== null)) {
      if (tuple && !pushed) {
        this.loadConst({ truth: true, none: false, str: false });
      } else {
        this.op(`BUILD_${kind}`, 1 - pushed, pushed);
        this.loadOther();
        this.op(`${kind}_EXTEND`, -1);
      }
      return;
    }
    const big = n + pushed > GUIDE;
    const starred = elts.some((x) => x._type === 'Starred');
    if (!starred && !big) {
      for (const x of elts) this.visit(x);
      this.op(tuple ? 'BUILD_TUPLE' : `BUILD_${kind}`, 1 - (n + pushed), n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.op(`BUILD_${kind}`, 1 - pushed, pushed);
      built = true;
    }
    elts.forEach((x, i) => {
      if (x._type === 'Starred') {
        if (!built) {
          this.op(`BUILD_${kind}`, 1 - (i + pushed), i + pushed);
          built = true;
        }
        this.visit(x.value);
        this.op(`${kind}_EXTEND`, -1);
      } else {
        this.visit(x);
        if (built) this.op(`${kind}_ADD`, -1);
      }
    });
  }

  /**
   * compiler_dict, and the keywords of compiler_call_helper: runs of key:
   * value pairs (a null key is a `**` unpacking, a string a keyword's name)
   * built as maps and merged in order; a display also cuts a run past 15
   * pairs.
   */
  private mapping(keys: (A.expr | string | null)[], values: A.expr[], cutLong: boolean): void {
    let haveMap = false;
    let run = 0;
    const flush = (end: number) => {
      this.subMap(keys.slice(end - run, end), values.slice(end - run, end));
      if (haveMap) this.op('DICT_UPDATE', -1);
      haveMap = true;
      run = 0;
    };
    keys.forEach((k, i) => {
      if (k === null) {
        if (run) flush(i);
        if (!haveMap) {
          this.op('BUILD_MAP', 1, 0);
          haveMap = true;
        }
        this.visit(values[i]);
        this.op('DICT_UPDATE', -1);
      } else if (cutLong && run * 2 > GUIDE) {
        run++;
        flush(i + 1);
      } else {
        run++;
      }
    });
    if (run) flush(keys.length);
    if (!haveMap) this.op('BUILD_MAP', 1, 0);
  }

  /** compiler_subdict / compiler_subkwargs: one run of pairs, with BUILD_CONST_KEY_MAP when its keys are constants. */
  private subMap(keys: (A.expr | string | null)[], values: A.expr[]): void {
    const n = keys.length;
    const big = n * 2 > GUIDE;
    const key = (k: A.expr | string | null) => (typeof k === 'string' ? this.loadOther() : this.visit(k!));
    if (n > 1 && !big && keys.every((k) => typeof k === 'string' || (k !== null && this.konst(k) !== null))) {
      for (const v of values) this.visit(v);
      this.loadOther();
      this.op('BUILD_CONST_KEY_MAP', -n);
      return;
    }
    if (big) this.op('BUILD_MAP', 1, 0);
    keys.forEach((k, i) => {
      key(k);
      this.visit(values[i]);
      if (big) this.op('MAP_ADD', -2);
    });
    if (!big) this.op('BUILD_MAP', 1 - 2 * n, n);
  }

  /** The comparator of a comparison: the last one's list or set display of `in` folds as an iterable does. */
  private comparator(e: A.Compare, i: number): void {
    const last = i === e.ops.length - 1;
    const op = e.ops[e.ops.length - 1]._type;
    if (last && (op === 'In' || op === 'NotIn')) this.visitIter(e.comparators[i]);
    else this.visit(e.comparators[i]);
  }

  private compareOp(e: A.Compare, i: number): void {
    const op = e.ops[i]._type;
    this.op(op === 'Is' || op === 'IsNot' ? 'IS_OP' : op === 'In' || op === 'NotIn' ? 'CONTAINS_OP' : 'COMPARE_OP', -1,
      op === 'IsNot' || op === 'NotIn' ? 1 : 0);
  }

  /** A comparison, each link of a chain but the last jumping to `cleanup` with `jump` (keeping the copied operand) when false. */
  private comparisons(e: A.Compare, jump: string, cleanup: Block): void {
    this.visit(e.left);
    const n = e.ops.length - 1;
    for (let i = 0; i < n; i++) {
      this.comparator(e, i);
      this.op('SWAP', 0);
      this.op('COPY', 1);
      this.compareOp(e, i);
      this.jump(jump, cleanup);
    }
    this.comparator(e, n);
    this.compareOp(e, n);
  }

  private compare(e: A.Compare): void {
    const cleanup = new Block(), end = new Block();
    this.comparisons(e, 'JUMP_IF_FALSE_OR_POP', cleanup);
    if (e.ops.length === 1) return;
    this.jump('JUMP', end);
    this.useNext(cleanup);
    this.op('SWAP', 0);
    this.op('POP_TOP', -1);
    this.useNext(end);
  }

  /** compiler_jump_if: jump to `next` if `e` is `cond`, with and/or/not, conditional expressions and chained comparisons inlined. */
  private jumpIf(e: A.expr, next: Block, cond: boolean): void {
    if (this.konst(e) === null) {
      if (e._type === 'UnaryOp' && e.op._type === 'Not') return this.jumpIf(e.operand, next, !cond);
      if (e._type === 'BoolOp') {
        const or = e.op._type === 'Or';
        const next2 = or !== cond ? new Block() : next;
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i], next2, or);
        this.jumpIf(e.values[n], next, cond);
        if (next2 !== next) this.useNext(next2);
        return;
      }
      if (e._type === 'IfExp') {
        const end = new Block(), next2 = new Block();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.jump('JUMP', end);
        this.useNext(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNext(end);
        return;
      }
      if (e._type === 'Compare' && e.ops.length > 1) {
        const cleanup = new Block();
        this.comparisons(e, 'POP_JUMP_IF_FALSE', cleanup);
        this.jump(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
        const end = new Block();
        this.jump('JUMP', end);
        this.useNext(cleanup);
        this.op('POP_TOP', -1);
        if (!cond) this.jump('JUMP', next);
        this.useNext(end);
        return;
      }
    }
    this.visit(e);
    this.jump(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
  }

  private call(e: A.Call): void {
    if (this.methodCall(e)) return;
    this.op('PUSH_NULL', 1);
    this.visit(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  /** maybe_optimize_method_call: `o.m(args)` as LOAD_METHOD, unless o is a module-level import or the call is long or unpacks. */
  private methodCall(e: A.Call): boolean {
    const f = e.func;
    if (f._type !== 'Attribute' || f.ctx._type !== 'Load') return false;
    if (f.value._type === 'Name' && ((this.st.top.symbols.get(f.value.id) ?? 0) & DEF_IMPORT)) return false;
    const nargs = e.args.length, nkw = e.keywords.length;
    if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= GUIDE) return false;
    if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
    this.visit(f.value);
    this.op('LOAD_METHOD', 1);
    for (const a of e.args) this.visit(a);
    for (const k of e.keywords) this.visit(k.value);
    this.op('PRECALL', -(nargs + nkw));
    this.op('CALL', -1);
    return true;
  }

  /** compiler_call_helper: the arguments after `n` pushed ones, and the call. */
  private callHelper(n: number, args: A.expr[], keywords: A.keyword[]): void {
    const nargs = args.length, nkw = keywords.length;
    const ex = nargs + nkw * 2 > GUIDE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (!ex) {
      for (const a of args) this.visit(a);
      for (const k of keywords) this.visit(k.value);
      this.op('PRECALL', -(n + nargs + nkw));
      this.op('CALL', -1);
      return;
    }
    if (n === 0 && nargs === 1 && args[0]._type === 'Starred') this.visit((args[0] as A.Starred).value);
    else {
      this.starunpack(args, n, 'LIST', true);
    }
    if (nkw) this.mapping(keywords.map((k) => k.arg), keywords.map((k) => k.value), false);
    this.op('CALL_FUNCTION_EX', nkw > 0 ? -3 : -2);
  }

  // ------------------------------------------------------------- comprehensions

  /** In the enclosing code: the function, the outermost iterable, the call. */
  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const child = this.st.scopeFor(e);
    this.makeClosure(e, 0);
    const outer = e.generators[0];
    this.visitIter(outer.iter);
    this.op(outer.is_async ? 'GET_AITER' : 'GET_ITER', 0);
    this.op('PRECALL', 0);
    this.op('CALL', -1);
    if (child.isCoroutine && e._type !== 'GeneratorExp') {
      this.await_();
    }
  }

  /** The comprehension's own code object. */
  private comprehensionBody(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    if (e._type !== 'GeneratorExp') this.op('BUILD', 1, 0);
    this.comprehensionGenerator(e, 0);
    if (e._type !== 'GeneratorExp') this.op('RETURN_VALUE', -1);
  }

  private comprehensionGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, index: number): void {
    const gen = e.generators[index];
    if (gen.is_async) return this.asyncComprehensionGenerator(e, index);
    let start: Block | null = new Block();
    const ifCleanup = new Block(), anchor = new Block();
    if (index === 0) {
      this.op('LOAD_FAST', 1);
    } else {
      // `for y in [f(x)]` binds y without a loop.
      const it = gen.iter;
      if ((it._type === 'List' || it._type === 'Tuple') && it.elts.length === 1 && it.elts[0]._type !== 'Starred' && this.iterKonst(it) === null) {
        this.visit(it.elts[0]);
        start = null;
      } else {
        this.visitIter(it);
        this.op('GET_ITER', 0);
      }
    }
    if (start !== null) {
      this.useNext(start);
      this.jump('FOR_ITER', anchor);
    }
    this.visit(gen.target);
    for (const c of gen.ifs) this.jumpIf(c, ifCleanup, false);
    if (index + 1 < e.generators.length) this.comprehensionGenerator(e, index + 1);
    else this.comprehensionElement(e);
    this.useNext(ifCleanup);
    if (start !== null) {
      this.jump('JUMP', start);
      this.useNext(anchor);
    }
  }

  private comprehensionElement(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    if (e._type === 'DictComp') {
      this.visit(e.key);
      this.visit(e.value);
      this.op('MAP_ADD', -2);
      return;
    }
    this.visit(e.elt);
    if (e._type === 'GeneratorExp') {
      this.op('YIELD_VALUE', 0);
      this.op('RESUME', 0);
      this.op('POP_TOP', -1);
    } else {
      this.op('APPEND', -1);
    }
  }

  private asyncComprehensionGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, index: number): void {
    const gen = e.generators[index];
    const start = new Block(), except = new Block(), ifCleanup = new Block();
    if (index === 0) this.op('LOAD_FAST', 1);
    else {
      this.visit(gen.iter);
      this.op('GET_AITER', 0);
    }
    this.useNext(start);
    this.fblocks.push({ kind: 'ASYNC_COMPREHENSION', block: start, exit: null, body: null, name: null });
    this.anext(except);
    this.visit(gen.target);
    for (const c of gen.ifs) this.jumpIf(c, ifCleanup, false);
    if (index + 1 < e.generators.length) this.comprehensionGenerator(e, index + 1);
    else this.comprehensionElement(e);
    this.useNext(ifCleanup);
    this.jump('JUMP', start);
    this.fblocks.pop();
    this.useNext(except);
    this.op('END_ASYNC_FOR', -2);
  }

  // ------------------------------------------------------------- match

  private match(s: A.Match): void {
    this.visit(s.subject);
    const end = new Block();
    const cases = s.cases.length;
    const last = s.cases[cases - 1];
    const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      const m = s.cases[i];
      const notLast = i !== cases - hasDefault - 1;
      if (notLast) this.op('COPY', 1);
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      for (let n = 0; n < pc.stores.length; n++) this.op('STORE_NAME', -1);
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0], false);
      }
      if (notLast) this.op('POP_TOP', -1);
      this.stmts(m.body);
      this.jump('JUMP', end);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      this.op(cases === 1 ? 'POP_TOP' : 'NOP', cases === 1 ? -1 : 0);
      if (last.guard) this.jumpIf(last.guard, end, false);
      this.stmts(last.body);
    }
    this.useNext(end);
  }

  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(new Block());
  }

  private jumpToFailPop(pc: PatternContext, op: string): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.jump(op, pc.failPop[pops]);
  }

  private emitAndResetFailPop(pc: PatternContext): void {
    if (!pc.failPop.length) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.useNext(pc.failPop[i]);
      this.op('POP_TOP', -1);
    }
    this.useNext(pc.failPop[0]);
    pc.failPop = [];
  }

  /** pattern_helper_store_name: a capture stays on the stack (rotated under the items kept on top) until the whole pattern matched. */
  private storeName(name: string | null, pc: PatternContext): void {
    if (name === null) {
      this.op('POP_TOP', -1);
      return;
    }
    this.op('SWAP', 0);
    pc.stores.push(name);
  }

  private subpattern(p: A.pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private pattern(p: A.pattern, pc: PatternContext): void {
    switch (p._type) {
      case 'MatchValue':
        this.visit(p.value);
        this.op('COMPARE_OP', -1);
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        return;
      case 'MatchSingleton':
        this.loadConst({ truth: p.value === true, none: p.value === null, str: false });
        this.op('IS_OP', -1, 0);
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        return;
      case 'MatchSequence': return this.patternSequence(p, pc);
      case 'MatchMapping': return this.patternMapping(p, pc);
      case 'MatchClass': return this.patternClass(p, pc);
      case 'MatchStar': return this.storeName(p.name, pc);
      case 'MatchAs':
        if (p.pattern === null) return this.storeName(p.name, pc);
        pc.onTop++;
        this.op('COPY', 1);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.storeName(p.name, pc);
        return;
      case 'MatchOr': return this.patternOr(p, pc);
    }
  }

  private patternSequence(p: A.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    patterns.forEach((q, i) => {
      if (q._type === 'MatchStar') {
        starWildcard = q.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
      } else {
        onlyWildcard &&= isWildcard(q);
      }
    });
    pc.onTop++;
    this.op('MATCH_SEQUENCE', 1);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    if (star < 0 || size > 1) {
      this.op('GET_LEN', 1);
      this.loadOther();
      this.op('COMPARE_OP', -1);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.op('POP_TOP', -1);
    } else if (starWildcard) {
      pc.onTop++;
      patterns.forEach((q, i) => {
        if (isWildcard(q) || i === star) return;
        this.op('COPY', 1);
        if (i < star) this.loadOther();
        else {
          this.op('GET_LEN', 1);
          this.loadOther();
          this.op('BINARY_OP', -1);
        }
        this.op('BINARY_SUBSCR', -1);
        this.subpattern(q, pc);
      });
      pc.onTop--;
      this.op('POP_TOP', -1);
    } else {
      this.op('UNPACK', size - 1);
      pc.onTop += size;
      for (const q of patterns) {
        pc.onTop--;
        this.subpattern(q, pc);
      }
    }
  }

  private patternMapping(p: A.MatchMapping, pc: PatternContext): void {
    const size = p.keys.length;
    pc.onTop++;
    this.op('MATCH_MAPPING', 1);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    if (!size && p.rest === null) {
      pc.onTop--;
      this.op('POP_TOP', -1);
      return;
    }
    if (size) {
      this.op('GET_LEN', 1);
      this.loadOther();
      this.op('COMPARE_OP', -1);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    }
    for (const k of p.keys) this.visit(k);
    this.op('BUILD_TUPLE', 1 - size, size);
    this.op('MATCH_KEYS', 1);
    pc.onTop += 2;
    this.op('COPY', 1);
    this.loadNone();
    this.op('IS_OP', -1, 1);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    this.op('UNPACK', size - 1);
    pc.onTop += size - 1;
    for (const q of p.patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
    pc.onTop -= 2;
    if (p.rest !== null) {
      this.op('BUILD_MAP', 1, 0);
      this.op('SWAP', 0);
      this.op('DICT_UPDATE', -1);
      this.op('UNPACK', size - 1);
      for (let n = size; n > 0; n--) {
        this.op('COPY', 1);
        this.op('SWAP', 0);
        this.op('DELETE_SUBSCR', -2);
      }
      this.storeName(p.rest, pc);
    } else {
      this.op('POP_TOP', -1);
      this.op('POP_TOP', -1);
    }
  }

  private patternClass(p: A.MatchClass, pc: PatternContext): void {
    const n = p.patterns.length + p.kwd_attrs.length;
    this.visit(p.cls);
    this.loadOther();
    this.op('MATCH_CLASS', -2);
    this.op('COPY', 1);
    this.loadNone();
    this.op('IS_OP', -1, 1);
    pc.onTop++;
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    this.op('UNPACK', n - 1);
    pc.onTop += n - 1;
    for (const q of [...p.patterns, ...p.kwd_patterns]) {
      pc.onTop--;
      if (isWildcard(q)) this.op('POP_TOP', -1);
      else this.subpattern(q, pc);
    }
  }

  private patternOr(p: A.MatchOr, pc: PatternContext): void {
    const end = new Block();
    const old = { ...pc, stores: pc.stores };
    let control: string[] = [];
    p.patterns.forEach((alt, i) => {
      pc.stores = [];
      pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.op('COPY', 1);
      this.pattern(alt, pc);
      if (i === 0) control = pc.stores;
      this.jump('JUMP', end);
      this.emitAndResetFailPop(pc);
    });
    Object.assign(pc, old);
    this.op('POP_TOP', -1);
    this.jumpToFailPop(pc, 'JUMP');
    this.useNext(end);
    for (const name of control) pc.stores.push(name);
    this.op('POP_TOP', -1);
  }
}

function nop(x: Instr): void {
  x.op = 'NOP';
  x.eff = 0;
  x.jeff = 0;
  x.target = null;
}

function retarget(x: Instr, op: string, eff: number, jeff: number): void {
  x.op = op;
  x.eff = eff;
  x.jeff = jeff;
}

function isWildcard(p: A.pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

/** find_ann: does a module or class body annotate a name anywhere (not in nested scopes)? */
function findAnn(stmts: A.stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        if (s.handlers.some((h) => findAnn(h.body)) || findAnn(s.body) || findAnn(s.finalbody) || findAnn(s.orelse)) return true;
        break;
      case 'Match':
        if (s.cases.some((c) => findAnn(c.body))) return true;
        break;
    }
  }
  return false;
}

/**
 * Arithmetic ast_opt.c folds that constfold.ts leaves to run time (float
 * `//`, `%` and `**`, int `**` with a negative exponent, int `/` beyond a
 * double's mantissa, complex `/` and `**`): only whether it folds matters
 * here, and the result's truth. The value as a double (a complex as 1 or 0)
 * with its type, or null when CPython does not fold it (the operation
 * raises, an operand is not a number, or constfold.ts's own limits, which
 * are CPython's, refuse it).
 */
type Num = { v: number; t: 'int' | 'float' | 'complex' };

function numberOf(e: A.expr): Num | null {
  let n = numbers.get(e);
  if (n === undefined) {
    n = computeNumber(e);
    numbers.set(e, n);
  }
  return n;
}

const numbers = new WeakMap<A.expr, Num | null>();

function computeNumber(e: A.expr): Num | null {
  const f = foldConst(e);
  if (f !== null) {
    if (typeof f === 'bigint') return { v: Number(f), t: 'int' };
    if (typeof f === 'boolean') return { v: f ? 1 : 0, t: 'int' };
    if (f instanceof FloatConst) return { v: f.value, t: 'float' };
    if (f instanceof ComplexConst) return { v: f.real !== 0 || f.imag !== 0 ? 1 : 0, t: 'complex' };
    return null;
  }
  if (e._type === 'UnaryOp') {
    const a = numberOf(e.operand);
    if (a === null) return null;
    if (e.op._type === 'Not') return { v: a.v === 0 ? 1 : 0, t: 'int' };
    if (e.op._type === 'Invert') return null;
    return { v: e.op._type === 'USub' ? -a.v : a.v, t: a.t };
  }
  if (e._type !== 'BinOp') return null;
  const a = numberOf(e.left);
  const b = numberOf(e.right);
  if (a === null || b === null) return null;
  const op = e.op._type;
  if (a.t === 'int' && b.t === 'int') {
    // What constfold.ts does not fold of two ints, CPython folds only here.
    if (op === 'Pow' && b.v < 0 && a.v !== 0) return { v: a.v ** b.v, t: 'float' };
    if (op === 'Div' && b.v !== 0) return { v: a.v / b.v, t: 'float' };
    return null;
  }
  const complex = a.t === 'complex' || b.t === 'complex';
  switch (op) {
    case 'Add': return { v: a.v + b.v, t: complex ? 'complex' : 'float' };
    case 'Sub': return { v: a.v - b.v, t: complex ? 'complex' : 'float' };
    case 'Mult': return { v: a.v * b.v, t: complex ? 'complex' : 'float' };
    case 'Div': return b.v === 0 ? null : { v: a.v / b.v, t: complex ? 'complex' : 'float' };
    case 'FloorDiv': case 'Mod':
      if (complex || b.v === 0) return null;
      return { v: op === 'FloorDiv' ? Math.floor(a.v / b.v) : a.v - Math.floor(a.v / b.v) * b.v, t: 'float' };
    case 'Pow': {
      if (a.v === 0 && b.v < 0) return null;
      if (complex) return { v: 1, t: 'complex' };
      // A negative base to a fractional power is complex; a result too large is an OverflowError.
      if (a.v < 0 && !Number.isInteger(b.v)) return { v: 1, t: 'complex' };
      const r = a.v ** b.v;
      return Number.isFinite(r) || !Number.isFinite(a.v) || !Number.isFinite(b.v) ? { v: r, t: 'float' } : null;
    }
    default: return null;
  }
}
