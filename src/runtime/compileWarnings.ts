// The SyntaxWarnings CPython's compiler (compile.c) issues while generating
// code: `is` with a literal, calling or subscripting a literal, indexing a
// literal with a non-int ("perhaps you missed a comma?"), and an assert on a
// tuple. They are found by one walk of the AST in the order CPython's
// compiler visits the nodes, with the line it reports each at.

import type * as A from '../parse/ast.js';
import { FloatConst, ComplexConst, BytesConst, ELLIPSIS, type ConstValue } from '../parse/constants.js';
import { foldConst, foldedValue, type Folded } from '../compile/constfold.js';

/** A warning and where the compiler was when it issued it (its error's location under the 'error' action). */
export interface CompileWarning {
  message: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** The four location attributes every statement and expression has. */
type Location = Omit<CompileWarning, 'message'>;

/** The type name of a literal's value, 'tuple' standing for a folded tuple of constants. */
type Literal = string;

/**
 * The type of e's value when CPython's AST optimizer makes it a constant
 * (a literal, a tuple of them, a sign on a number), else null.
 */
function literalType(e: A.expr): Literal | null {
  switch (e._type) {
    case 'Constant':
      return constType(e.value);
    case 'Tuple':
      return e.elts.every((x) => literalType(x) !== null) ? 'tuple' : null;
    case 'BinOp':
    case 'Subscript':
      return foldedType(foldConst(e));
    case 'UnaryOp': {
      const t = literalType(e.operand);
      if (t === null) return null;
      if (e.op._type === 'Not') return null;
      if (t === 'bool') return e.op._type === 'UAdd' || e.op._type === 'USub' || e.op._type === 'Invert' ? 'int' : null;
      if (t === 'int' || (e.op._type !== 'Invert' && (t === 'float' || t === 'complex'))) return t;
      return null;
    }
    default:
      return null;
  }
}

function foldedType(f: Folded | null): Literal | null {
  if (f === null) return null;
  return f !== null && typeof f === 'object' && 'tuple' in f ? 'tuple' : constType(foldedValue(f));
}

function constType(v: ConstValue): Literal {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'bigint') return 'int';
  if (v instanceof FloatConst) return 'float';
  if (v instanceof ComplexConst) return 'complex';
  if (v instanceof BytesConst) return 'bytes';
  if (v === ELLIPSIS) return 'ellipsis';
  return 'object';
}

/** compile.c's infer_type: the type an expression's value certainly has, or null. */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple': return literalType(e) ?? 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    default: return literalType(e);
  }
}

class Walker {
  readonly found: CompileWarning[] = [];
  /** Where CPython's compiler is (c->u->u_lineno and friends): the innermost statement or expression being compiled. */
  private at: Location = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

  private warn(message: string): void {
    const { lineno, col_offset, end_lineno, end_col_offset } = this.at;
    this.found.push({ message, lineno, col_offset, end_lineno, end_col_offset });
  }

  stmts(body: A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.stmt): void {
    this.at = s;
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.exprs(s.decorator_list);
        this.argDefaults(s.args);
        this.annotations(s.args);
        this.exprOpt(s.returns);
        this.stmts(s.body);
        return;
      case 'ClassDef':
        // The class body is compiled before the bases are evaluated.
        this.exprs(s.decorator_list);
        this.stmts(s.body);
        this.at = s;
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        return;
      case 'Assign':
        this.expr(s.value);
        this.exprs(s.targets);
        return;
      case 'AnnAssign':
        this.exprOpt(s.value);
        this.expr(s.target);
        this.expr(s.annotation);
        return;
      case 'If':
        this.test(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
        // The condition is compiled twice: before the first turn and after each.
        this.test(s.test);
        this.stmts(s.body);
        this.at = s;
        this.test(s.test);
        this.stmts(s.orelse);
        return;
      case 'Assert':
        if (s.test._type === 'Tuple' && s.test.elts.length > 0) this.warn('assertion is always true, perhaps remove parentheses?');
        this.test(s.test);
        this.exprOpt(s.msg);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          if (c.guard !== null) this.test(c.guard);
          this.stmts(c.body);
        }
        return;
      default:
        this.children(s);
    }
  }

  /** Statements and expressions below a node that needs no special order, in field order. */
  private children(n: object): void {
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) {
        for (const x of v) this.node(x);
      } else {
        this.node(v);
      }
    }
  }

  private node(x: unknown): void {
    if (x === null || typeof x !== 'object' || !('_type' in x)) return;
    const type = (x as { _type: string })._type;
    if (STMT_TYPES.has(type)) this.stmt(x as A.stmt);
    else if (EXPR_TYPES.has(type)) this.expr(x as A.expr);
    else this.children(x);
  }

  private exprs(es: A.expr[]): void {
    for (const e of es) this.expr(e);
  }

  private exprOpt(e: A.expr | null): void {
    if (e !== null) this.expr(e);
  }

  private argDefaults(a: A.arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) this.exprOpt(d);
  }

  private annotations(a: A.arguments): void {
    for (const list of [a.posonlyargs, a.args, a.vararg === null ? [] : [a.vararg], a.kwonlyargs, a.kwarg === null ? [] : [a.kwarg]]) {
      for (const x of list) this.exprOpt(x.annotation);
    }
  }

  /** An expression compiled as a jump condition (compiler_jump_if): and/or/not/if-else and chained comparisons keep the current line. */
  private test(e: A.expr): void {
    const folded = foldNot(e);
    if (folded !== null) return this.test(folded);
    switch (e._type) {
      case 'UnaryOp':
        if (e.op._type === 'Not') return this.test(e.operand);
        break;
      case 'BoolOp':
        for (const v of e.values) this.test(v);
        return;
      case 'IfExp':
        this.test(e.test);
        this.test(e.body);
        this.test(e.orelse);
        return;
      case 'Compare':
        if (e.ops.length > 1) {
          this.compare(e);
          return;
        }
        break;
    }
    this.expr(e);
  }

  private expr(e: A.expr): void {
    const folded = foldNot(e);
    if (folded !== null) return this.expr(folded);
    const outer = this.at;
    this.at = e;
    switch (e._type) {
      case 'Compare':
        this.compare(e);
        break;
      case 'Call':
        this.callee(e.func);
        this.children(e);
        break;
      case 'Subscript':
        if (e.ctx._type === 'Load') this.subscript(e);
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Lambda':
        this.argDefaults(e.args);
        this.expr(e.body);
        break;
      case 'IfExp':
        this.test(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        e.keys.forEach((k, i) => {
          this.exprOpt(k);
          this.expr(e.values[i]);
        });
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e.generators, [e.elt]);
        break;
      case 'DictComp':
        this.comprehension(e.generators, [e.key, e.value]);
        break;
      default:
        this.children(e);
    }
    this.at = outer;
  }

  /** The comprehension's own code first; its outermost iterable is evaluated after, as the function's argument. */
  private comprehension(gens: A.comprehension[], results: A.expr[]): void {
    const at = this.at;
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter);
      this.expr(g.target);
      for (const c of g.ifs) this.test(c);
    });
    this.exprs(results);
    this.at = at;
    this.expr(gens[0].iter);
  }

  private compare(e: A.Compare): void {
    // One warning per comparison, for its first `is` with a literal.
    let left = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i];
      const right = e.comparators[i];
      if ((op._type === 'Is' || op._type === 'IsNot') && (isLiteralArg(left) || isLiteralArg(right))) {
        this.warn(op._type === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
        break;
      }
      left = right;
    }
    this.expr(e.left);
    this.exprs(e.comparators);
  }

  private callee(f: A.expr): void {
    switch (f._type) {
      case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
      case 'BinOp': case 'Subscript': case 'UnaryOp':
      case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue': {
        const t = inferType(f);
        if (t !== null) this.warn(`'${t}' object is not callable; perhaps you missed a comma?`);
      }
    }
  }

  private subscript(e: A.Subscript): void {
    const v = e.value;
    const t = inferType(v);
    if (t !== null && (v._type === 'Set' || v._type === 'SetComp' || v._type === 'GeneratorExp' || v._type === 'Lambda' ||
        (literalType(v) !== null && NOT_SUBSCRIPTABLE.has(t)))) {
      this.warn(`'${t}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    }
    const index = inferType(e.slice);
    if (index === null || index === 'int' || index === 'bool') return;
    const indexable = v._type === 'List' || v._type === 'ListComp' || v._type === 'JoinedStr' || v._type === 'FormattedValue' ||
      v._type === 'Tuple' || (literalType(v) !== null && (t === 'str' || t === 'bytes' || t === 'tuple'));
    if (indexable) this.warn(`${t} indices must be integers or slices, not ${index}; perhaps you missed a comma?`);
  }
}

const INVERTED: Record<string, A.cmpop> = {
  Is: { _type: 'IsNot' }, IsNot: { _type: 'Is' }, In: { _type: 'NotIn' }, NotIn: { _type: 'In' },
};

/** The optimizer's `not (a is b)` -> `a is not b` (and in/not in), at the comparison's place; null when e is no such negation. */
function foldNot(e: A.expr): A.Compare | null {
  if (e._type !== 'UnaryOp' || e.op._type !== 'Not') return null;
  const c = e.operand;
  if (c._type !== 'Compare' || c.ops.length !== 1) return null;
  const op = INVERTED[c.ops[0]._type];
  return op === undefined ? null : { ...c, ops: [op] };
}

/** Literal values that cannot be subscripted (check_subscripter). */
const NOT_SUBSCRIPTABLE = new Set(['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex']);

/** An operand of `is` that is a literal (anything constant but None, True, False and ...). */
function isLiteralArg(e: A.expr): boolean {
  const t = literalType(e);
  if (t === null) return false;
  if (e._type !== 'Constant' && e._type !== 'BinOp' && e._type !== 'Subscript') return true;
  return !(t === 'NoneType' || t === 'bool' || t === 'ellipsis');
}

const STMT_TYPES = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign',
  'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert',
  'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue']);

const EXPR_TYPES = new Set(['BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp',
  'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr',
  'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice']);

/** The compiler's SyntaxWarnings for a module, interactive statement or expression, in the order CPython issues them. */
export function compileWarnings(tree: A.mod): CompileWarning[] {
  const w = new Walker();
  if (tree._type === 'Expression') w.stmts([{ ...tree.body, _type: 'Expr', value: tree.body } as A.Expr]);
  else if (tree._type === 'Module' || tree._type === 'Interactive') w.stmts(tree.body);
  return w.found;
}
