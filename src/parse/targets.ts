// Assignment and deletion targets: CPython's expression naming for error
// messages (_PyPegen_get_expr_name), invalid-target search
// (_PyPegen_get_invalid_target) and context setting (_PyPegen_set_expr_context).

import * as A from './ast.js';
import { ELLIPSIS } from './constants.js';
import type { ParserBase } from './parserBase.js';

export const enum TargetsType { STAR, DEL, FOR }

/** How CPython names an expression in "cannot assign to %s" messages. */
export function exprName(e: A.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** The first sub-expression that cannot be a target of this kind, or null. */
export function invalidTarget(e: A.expr, type: TargetsType): A.expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, type);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      if (type === TargetsType.DEL) return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` parses `a in b` as a comparison: look at its left side.
      if (type === TargetsType.FOR) {
        return e.ops[0]._type === 'In' ? invalidTarget(e.left, type) : null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if `e` holds an invalid target. */
export function targetError(p: ParserBase, type: TargetsType, e: A.expr): void {
  const bad = invalidTarget(e, type);
  if (bad !== null) {
    const verb = type === TargetsType.DEL ? 'delete' : 'assign to';
    p.raiseAtNode(bad, `cannot ${verb} ${exprName(bad)}`);
  }
}

/**
 * The expression as a target with context `ctx` (a copy), or null if it is
 * not a valid star_target (Name, Attribute, Subscript, Starred of a target,
 * Tuple/List of targets). `starOk` says whether a Starred may stand here.
 */
export function asTarget(e: A.expr, ctx: A.expr_context, starOk: boolean): A.expr | null {
  switch (e._type) {
    case 'Name':
      return A.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Attribute':
      return A.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Subscript':
      return A.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Starred': {
      if (!starOk || e.value._type === 'Starred') return null;
      const v = asTarget(e.value, ctx, false);
      return v === null ? null : A.Starred(v, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    }
    case 'Tuple':
    case 'List': {
      const elts: A.expr[] = [];
      for (const x of e.elts) {
        // del targets have no starred form.
        const t = asTarget(x, ctx, ctx !== A.Del);
        if (t === null) return null;
        elts.push(t);
      }
      return e._type === 'Tuple'
        ? A.Tuple(elts, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
        : A.List(elts, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    }
    default:
      return null;
  }
}
