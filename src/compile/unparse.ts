// The source text of an expression as CPython's compiler writes it for
// `from __future__ import annotations` (PEP 563): Python/ast_unparse.c's
// precedence, parenthesisation, spacing and constant reprs, which differ in
// places from Lib/ast.py's ast.unparse.

import type * as A from '../parse/ast.js';
import { FloatConst, ComplexConst, BytesConst, ELLIPSIS, type ConstValue } from '../parse/constants.js';
import { reprStr, reprBytes, reprFloat, reprComplex } from '../common/repr.js';

// Binding strength, loosest first (ast_unparse.c's PR_* levels).
const TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, BOR = 6, BXOR = 7, BAND = 8, SHIFT = 9,
  ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13, AWAIT = 14, ATOM = 15;

const BINOP: Record<string, [string, number]> = {
  Add: [' + ', ARITH], Sub: [' - ', ARITH], Mult: [' * ', TERM], MatMult: [' @ ', TERM], Div: [' / ', TERM],
  Mod: [' % ', TERM], FloorDiv: [' // ', TERM], LShift: [' << ', SHIFT], RShift: [' >> ', SHIFT],
  BitOr: [' | ', BOR], BitXor: [' ^ ', BXOR], BitAnd: [' & ', BAND], Pow: [' ** ', POWER],
};

const UNARYOP: Record<string, [string, number]> = {
  Invert: ['~', FACTOR], Not: ['not ', NOT], UAdd: ['+', FACTOR], USub: ['-', FACTOR],
};

const CMPOP: Record<string, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ',
  In: ' in ', NotIn: ' not in ',
};

/** The annotation text of `e` (ast_unparse.c's _PyAST_ExprAsUnicode). */
export function unparseAnnotation(e: A.expr): string {
  return expr(e, TEST);
}

/** Infinities have no literal: the unparser writes an overflowing one. */
function replaceInf(s: string): string {
  return s.replace(/inf/g, '1e309');
}

function constant(v: ConstValue, kind: string | null): string {
  if (v === ELLIPSIS) return '...';
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return (kind === 'u' ? 'u' : '') + reprStr(v);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof FloatConst) return replaceInf(reprFloat(v.value));
  if (v instanceof ComplexConst) return replaceInf(reprComplex(v.real, v.imag));
  if (v instanceof BytesConst) return reprBytes(v.bytes);
  return String(v);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function comprehensions(gens: A.comprehension[]): string {
  let out = '';
  for (const g of gens) {
    out += g.is_async ? ' async for ' : ' for ';
    out += expr(g.target, TUPLE) + ' in ' + expr(g.iter, TEST + 1);
    for (const c of g.ifs) out += ' if ' + expr(c, TEST + 1);
  }
  return out;
}

function args(a: A.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    let s = p.arg;
    if (i >= firstDefault) s += '=' + expr(a.defaults[i - firstDefault], TEST);
    parts.push(s);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg !== null || a.kwonlyargs.length > 0) parts.push('*' + (a.vararg !== null ? a.vararg.arg : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(d === null || d === undefined ? p.arg : `${p.arg}=${expr(d, TEST)}`);
  });
  if (a.kwarg !== null) parts.push('**' + a.kwarg.arg);
  return parts.join(', ');
}

/** An f-string: the literal parts escaped for braces, the fields with their conversion and spec. */
function fstringBody(values: A.expr[], isSpec: boolean): string {
  let out = '';
  for (const v of values) {
    if (v._type === 'Constant' && typeof v.value === 'string') out += v.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v._type === 'FormattedValue') out += formattedValue(v);
    else if (v._type === 'JoinedStr') out += fstringBody(v.values, isSpec);
  }
  return out;
}

function formattedValue(v: A.FormattedValue): string {
  let inner = expr(v.value, TEST + 1);
  // A field starting with a brace would read as an escaped one.
  if (inner.startsWith('{')) inner = ' ' + inner;
  let out = '{' + inner;
  if (v.conversion !== -1) out += '!' + String.fromCharCode(v.conversion);
  if (v.format_spec !== null) {
    const spec = v.format_spec;
    out += ':' + (spec._type === 'JoinedStr' ? fstringBody(spec.values, true) : expr(spec, TEST));
  }
  return out + '}';
}

function expr(e: A.expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? AND : OR;
      const op = e.op._type === 'And' ? ' and ' : ' or ';
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op._type];
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOP[e.op._type];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      // The space after `lambda` comes only with positional parameters: `lambda*, k: k`.
      const positional = e.args.posonlyargs.length + e.args.args.length;
      return paren(level > TEST, 'lambda' + (positional > 0 ? ' ' : '') + args(e.args) + ': ' + expr(e.body, TEST));
    }
    case 'IfExp':
      return paren(level > TEST, expr(e.body, TEST + 1) + ' if ' + expr(e.test, TEST + 1) + ' else ' + expr(e.orelse, TEST));
    case 'Dict': {
      const items = e.keys.map((k, i) => k === null ? '**' + expr(e.values[i], BOR) : expr(k, TEST) + ': ' + expr(e.values[i], TEST));
      return '{' + items.join(', ') + '}';
    }
    case 'Set':
      return e.elts.length === 0 ? '{*()}' : '{' + e.elts.map((x) => expr(x, TEST)).join(', ') + '}';
    case 'ListComp': return '[' + expr(e.elt, TEST) + comprehensions(e.generators) + ']';
    case 'SetComp': return '{' + expr(e.elt, TEST) + comprehensions(e.generators) + '}';
    case 'DictComp': return '{' + expr(e.key, TEST) + ': ' + expr(e.value, TEST) + comprehensions(e.generators) + '}';
    case 'GeneratorExp': return '(' + expr(e.elt, TEST) + comprehensions(e.generators) + ')';
    case 'Await': return paren(level > AWAIT, 'await ' + expr(e.value, ATOM));
    case 'Yield': return e.value === null ? '(yield)' : '(yield ' + expr(e.value, TEST) + ')';
    case 'YieldFrom': return '(yield from ' + expr(e.value, TEST) + ')';
    case 'Compare': {
      let s = expr(e.left, CMP + 1);
      e.ops.forEach((op, i) => {
        s += CMPOP[op._type] + expr(e.comparators[i], CMP + 1);
      });
      return paren(level > CMP, s);
    }
    case 'Call': {
      let s = expr(e.func, ATOM) + '(';
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        // A lone generator argument keeps its own parentheses only.
        const g = e.args[0];
        return s + expr(g.elt, TEST) + comprehensions(g.generators) + ')';
      }
      const parts = e.args.map((x) => expr(x, TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + expr(k.value, TEST) : `${k.arg}=${expr(k.value, TEST)}`);
      s += parts.join(', ');
      return s + ')';
    }
    case 'Constant': return constant(e.value, e.kind);
    case 'JoinedStr': return 'f' + reprStr(fstringBody(e.values, false));
    case 'FormattedValue': return 'f' + reprStr(formattedValue(e));
    case 'Attribute': {
      // `1 .real`: an int literal needs a space before the dot.
      const v = e.value;
      const period = v._type === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, ATOM) + period + e.attr;
    }
    case 'Subscript': return expr(e.value, ATOM) + '[' + expr(e.slice, TUPLE) + ']';
    case 'Starred': return '*' + expr(e.value, BOR);
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => expr(x, TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x) => expr(x, TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > TUPLE, body);
    }
    case 'Slice': {
      let s = e.lower !== null ? expr(e.lower, TEST) : '';
      s += ':';
      if (e.upper !== null) s += expr(e.upper, TEST);
      if (e.step !== null) s += ':' + expr(e.step, TEST);
      return s;
    }
    case 'NamedExpr': return paren(level > TUPLE, expr(e.target, ATOM) + ' := ' + expr(e.value, ATOM));
  }
  return '';
}
