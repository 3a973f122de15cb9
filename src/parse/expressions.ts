// Expression rules of CPython 3.11's grammar (Grammar/python.gram), one method
// per rule, each with the rule it implements above it. Rules return null when
// they do not match (after restoring `pos` where they consumed tokens), as
// CPython's PEG rules do. Left-recursive rules are loops.

import * as A from './ast.js';
import { Tok, type Token } from './tokens.js';
import { ParserBase, tokLoc, type Located } from './parserBase.js';
import { targetError, exprName, TargetsType } from './targets.js';

type expr = A.expr;

export abstract class ExpressionParser extends ParserBase {
  /** Position after the first positional argument that `args` parsed. */
  private afterFirstArg = -1;
  /**
   * Memo of expression rules during the error pass, keyed by rule and
   * position. CPython memoizes these rules; without it the invalid_ rules,
   * which re-parse what they look at, take exponential time on nesting.
   */
  private readonly memo = new Map<number, [expr | null, number]>();

  private memoized(rule: number, fn: () => expr | null): expr | null {
    const key = this.pos * 8 + rule;
    const hit = this.memo.get(key);
    if (hit !== undefined) {
      this.pos = hit[1];
      return hit[0];
    }
    const start = this.pos;
    const r = fn();
    if (r === null) this.pos = start;
    this.memo.set(key, [r, this.pos]);
    return r;
  }

  /** Concatenated string literals (implemented with the f-string parser). */
  abstract strings(): expr | null;

  // ---- node helpers -------------------------------------------------------

  protected nameNode(t: Token, ctx: A.expr_context = A.Load): A.Name {
    return A.Name(t.value, ctx, t.lineno, t.col, t.endLineno, t.endCol);
  }

  // ---- expressions ----------------------------------------------------------

  // expressions: expression (',' expression )+ [','] | expression ',' | expression
  expressions(): expr | null {
    const start = this.peek();
    const a = this.expression();
    if (a === null) return null;
    if (!this.at(Tok.COMMA)) return a;
    const elts = [a];
    while (this.eat(Tok.COMMA)) {
      const mark = this.pos;
      const b = this.expression();
      if (b === null) { this.pos = mark; break; }
      elts.push(b);
    }
    const e = this.lastToken();
    return A.Tuple(elts, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // expression:
  //     | invalid_expression | invalid_legacy_expression
  //     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  expression(): expr | null {
    if (this.invalidPass) {
      return this.memoized(1, () => {
        this.invalidExpression();
        this.invalidLegacyExpression();
        return this.expressionWithoutInvalid();
      });
    }
    return this.expressionWithoutInvalid();
  }

  // expression_without_invalid: the same without the invalid_ alternatives
  expressionWithoutInvalid(): expr | null {
    const start = this.peek();
    if (start.kind === Tok.KW_LAMBDA) return this.lambdef();
    const a = this.disjunction();
    if (a === null) return null;
    if (this.peekKind() !== Tok.KW_IF) return a;
    const mark = this.pos;
    this.pos++;
    const b = this.disjunction();
    if (b !== null && this.eat(Tok.KW_ELSE)) {
      const c = this.expression();
      if (c !== null) {
        const e = this.lastToken();
        return A.IfExp(b, a, c, start.lineno, start.col, e.endLineno, e.endCol);
      }
    }
    this.pos = mark;
    return a;
  }

  // invalid_expression:
  //     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  //         -> "invalid syntax. Perhaps you forgot a comma?" (inside brackets only)
  //     | a=disjunction 'if' b=disjunction !('else'|':') -> "expected 'else' after 'if' expression"
  private invalidExpression(): void {
    const mark = this.pos;
    const t = this.peek();
    const softKw = t.kind === Tok.NAME && (t.value === 'match' || t.value === 'case' || t.value === '_');
    if (!(t.kind === Tok.NAME && this.peek2().kind === Tok.STRING) && !softKw) {
      const a = this.disjunction();
      if (a !== null) {
        const saved = this.invalidPass;
        this.invalidPass = false;
        let b: expr | null;
        try {
          b = this.expressionWithoutInvalid();
        } finally {
          this.invalidPass = saved;
        }
        if (b !== null && !isLegacyName(a) && this.tokenLevel(this.pos - 1) !== 0) {
          this.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
        }
      }
    }
    this.pos = mark;
    const a = this.disjunction();
    if (a !== null && this.eat(Tok.KW_IF)) {
      const b = this.disjunction();
      if (b !== null) {
        const k = this.peekKind();
        if (k !== Tok.KW_ELSE && k !== Tok.COLON) {
          this.raiseRange(a, b, "expected 'else' after 'if' expression");
        }
      }
    }
    this.pos = mark;
  }

  // invalid_legacy_expression: a=NAME !'(' b=star_expressions
  //     -> "Missing parentheses in call to 'print'. Did you mean print(...)?"
  private invalidLegacyExpression(): void {
    const t = this.peek();
    if (t.kind !== Tok.NAME || (t.value !== 'print' && t.value !== 'exec')) return;
    const mark = this.pos;
    this.pos++;
    if (!this.at(Tok.LPAR)) {
      const b = this.starExpressions();
      if (b !== null) {
        this.raiseRange(tokLoc(t), b, `Missing parentheses in call to '${t.value}'. Did you mean ${t.value}(...)?`);
      }
    }
    this.pos = mark;
  }

  /** Bracket nesting level after token i (CPython keeps it on every token). */
  protected tokenLevel(i: number): number {
    let level = 0;
    const toks = this.tokens;
    for (let j = 0; j <= i && j < toks.length; j++) {
      const k = toks[j].kind;
      if (k === Tok.LPAR || k === Tok.LSQB || k === Tok.LBRACE) level++;
      else if ((k === Tok.RPAR || k === Tok.RSQB || k === Tok.RBRACE) && level > 0) level--;
    }
    return level;
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yieldExpr(): expr | null {
    const start = this.eat(Tok.KW_YIELD);
    if (start === null) return null;
    if (this.eat(Tok.KW_FROM)) {
      const a = this.expression();
      if (a === null) { this.pos--; this.pos--; return null; }
      const e = this.lastToken();
      return A.YieldFrom(a, start.lineno, start.col, e.endLineno, e.endCol);
    }
    const mark = this.pos;
    const a = this.starExpressions();
    if (a === null) this.pos = mark;
    const e = this.lastToken();
    return A.Yield(a, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // star_expressions:
  //     | star_expression (',' star_expression )+ [','] | star_expression ',' | star_expression
  starExpressions(): expr | null {
    return this.invalidPass ? this.memoized(6, () => this.starExpressionsRaw()) : this.starExpressionsRaw();
  }

  private starExpressionsRaw(): expr | null {
    const start = this.peek();
    const a = this.starExpression();
    if (a === null) return null;
    if (!this.at(Tok.COMMA)) return a;
    const elts = [a];
    while (this.eat(Tok.COMMA)) {
      const mark = this.pos;
      const b = this.starExpression();
      if (b === null) { this.pos = mark; break; }
      elts.push(b);
    }
    const e = this.lastToken();
    return A.Tuple(elts, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // star_expression: '*' bitwise_or | expression
  starExpression(): expr | null {
    const start = this.peek();
    if (start.kind === Tok.STAR) {
      this.pos++;
      const a = this.bitwiseOr();
      if (a === null) { this.pos--; return null; }
      const e = this.lastToken();
      return A.Starred(a, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return this.expression();
  }

  // star_named_expressions: ','.star_named_expression+ [',']
  starNamedExpressions(): expr[] | null {
    const a = this.starNamedExpression();
    if (a === null) return null;
    const elts = [a];
    while (this.at(Tok.COMMA)) {
      const mark = this.pos;
      this.pos++;
      const b = this.starNamedExpression();
      if (b === null) {
        // A trailing comma is part of the rule.
        this.pos = mark + 1;
        break;
      }
      elts.push(b);
    }
    return elts;
  }

  // star_named_expression: '*' bitwise_or | named_expression
  starNamedExpression(): expr | null {
    return this.invalidPass ? this.memoized(4, () => this.starNamedExpressionRaw()) : this.starNamedExpressionRaw();
  }

  private starNamedExpressionRaw(): expr | null {
    const start = this.peek();
    if (start.kind === Tok.STAR) {
      this.pos++;
      const a = this.bitwiseOr();
      if (a === null) { this.pos--; return null; }
      const e = this.lastToken();
      return A.Starred(a, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return this.namedExpression();
  }

  // assignment_expression: NAME ':=' ~ expression
  assignmentExpression(): expr | null {
    const t = this.peek();
    if (t.kind !== Tok.NAME || this.peek2().kind !== Tok.COLONEQUAL) return null;
    this.pos += 2;
    const b = this.expression();
    if (b === null) {
      // The cut (~) commits: no other alternative is tried.
      this.fail();
    }
    const e = this.lastToken();
    return A.NamedExpr(this.nameNode(t, A.Store), b, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // named_expression: assignment_expression | invalid_named_expression | expression !':='
  namedExpression(): expr | null {
    return this.invalidPass ? this.memoized(5, () => this.namedExpressionRaw()) : this.namedExpressionRaw();
  }

  private namedExpressionRaw(): expr | null {
    const t = this.peek();
    if (t.kind === Tok.NAME && this.peek2().kind === Tok.COLONEQUAL) {
      return this.attempt(() => this.assignmentExpression());
    }
    if (this.invalidPass) this.invalidNamedExpression();
    const mark = this.pos;
    const a = this.expression();
    if (a === null) return null;
    if (this.at(Tok.COLONEQUAL)) { this.pos = mark; return null; }
    return a;
  }

  // invalid_named_expression:
  //     | a=expression ':=' expression -> "cannot use assignment expressions with %s"
  //     | a=NAME '=' b=bitwise_or !('='|':=') -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
  //     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  //         -> "cannot assign to %s here. Maybe you meant '==' instead of '='?"
  private invalidNamedExpression(): void {
    const mark = this.pos;
    const a = this.expression();
    if (a !== null && this.eat(Tok.COLONEQUAL)) {
      if (this.expression() !== null) {
        this.raiseAtNode(a, `cannot use assignment expressions with ${exprName(a)}`);
      }
    }
    this.pos = mark;
    const t = this.peek();
    if (t.kind === Tok.NAME && this.peek2().kind === Tok.EQUAL) {
      this.pos += 2;
      const b = this.bitwiseOr();
      if (b !== null && !this.at(Tok.EQUAL) && !this.at(Tok.COLONEQUAL)) {
        this.raiseRange(tokLoc(t), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      this.pos = mark;
    }
    const k = t.kind;
    if (k !== Tok.LSQB && k !== Tok.LPAR && k !== Tok.KW_TRUE && k !== Tok.KW_NONE && k !== Tok.KW_FALSE) {
      const a2 = this.bitwiseOr();
      if (a2 !== null && this.eat(Tok.EQUAL)) {
        if (this.bitwiseOr() !== null && !this.at(Tok.EQUAL) && !this.at(Tok.COLONEQUAL)) {
          this.raiseAtNode(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
        }
      }
    } else if (k === Tok.LSQB || k === Tok.LPAR) {
      // !(list|tuple|genexp): only a bracketed form that is not one of those
      // (a listcomp, a group...) reaches the third alternative.
      const m2 = this.pos;
      const isExcluded = this.attempt(() => (k === Tok.LSQB ? this.list() : this.tupleOrGenexpOnly())) !== null;
      this.pos = m2;
      if (!isExcluded) {
        const a2 = this.bitwiseOr();
        if (a2 !== null && this.eat(Tok.EQUAL)) {
          if (this.bitwiseOr() !== null && !this.at(Tok.EQUAL) && !this.at(Tok.COLONEQUAL)) {
            this.raiseAtNode(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
          }
        }
      }
    }
    this.pos = mark;
  }

  // disjunction: conjunction ('or' conjunction )+ | conjunction
  disjunction(): expr | null {
    return this.invalidPass ? this.memoized(0, () => this.disjunctionRaw()) : this.disjunctionRaw();
  }

  private disjunctionRaw(): expr | null {
    const start = this.peek();
    const a = this.conjunction();
    if (a === null || !this.at(Tok.KW_OR)) return a;
    const values = [a];
    while (this.at(Tok.KW_OR)) {
      const mark = this.pos;
      this.pos++;
      const b = this.conjunction();
      if (b === null) { this.pos = mark; break; }
      values.push(b);
    }
    if (values.length === 1) return a;
    const e = this.lastToken();
    return A.BoolOp(A.Or, values, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // conjunction: inversion ('and' inversion )+ | inversion
  conjunction(): expr | null {
    const start = this.peek();
    const a = this.inversion();
    if (a === null || !this.at(Tok.KW_AND)) return a;
    const values = [a];
    while (this.at(Tok.KW_AND)) {
      const mark = this.pos;
      this.pos++;
      const b = this.inversion();
      if (b === null) { this.pos = mark; break; }
      values.push(b);
    }
    if (values.length === 1) return a;
    const e = this.lastToken();
    return A.BoolOp(A.And, values, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // inversion: 'not' inversion | comparison
  inversion(): expr | null {
    const start = this.peek();
    if (start.kind === Tok.KW_NOT) {
      this.pos++;
      this.enter();
      const a = this.inversion();
      this.depth--;
      if (a === null) { this.pos--; return null; }
      const e = this.lastToken();
      return A.UnaryOp(A.Not, a, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return this.comparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  comparison(): expr | null {
    const start = this.peek();
    const a = this.bitwiseOr();
    if (a === null) return null;
    let ops: A.cmpop[] | null = null;
    let comparators: expr[] | null = null;
    for (;;) {
      const mark = this.pos;
      const op = this.compareOp();
      if (op === null) break;
      const b = this.bitwiseOr();
      if (b === null) { this.pos = mark; break; }
      if (ops === null) { ops = []; comparators = []; }
      ops.push(op);
      comparators!.push(b);
    }
    if (ops === null) return a;
    const e = this.lastToken();
    return A.Compare(a, ops, comparators!, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // compare_op_bitwise_or_pair: eq_bitwise_or | noteq_bitwise_or | ... | is_bitwise_or
  private compareOp(): A.cmpop | null {
    const t = this.peek();
    switch (t.kind) {
      case Tok.EQEQUAL: this.pos++; return A.Eq;
      case Tok.NOTEQUAL: this.pos++; return A.NotEq;
      case Tok.LESSEQUAL: this.pos++; return A.LtE;
      case Tok.LESS: this.pos++; return A.Lt;
      case Tok.GREATEREQUAL: this.pos++; return A.GtE;
      case Tok.GREATER: this.pos++; return A.Gt;
      case Tok.KW_IN: this.pos++; return A.In;
      case Tok.KW_NOT:
        if (this.peek2().kind === Tok.KW_IN) { this.pos += 2; return A.NotIn; }
        return null;
      case Tok.KW_IS:
        if (this.peek2().kind === Tok.KW_NOT) { this.pos += 2; return A.IsNot; }
        this.pos++;
        return A.Is;
      default:
        return null;
    }
  }

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
  bitwiseOr(): expr | null {
    return this.invalidPass ? this.memoized(2, () => this.bitwiseOrRaw()) : this.bitwiseOrRaw();
  }

  private bitwiseOrRaw(): expr | null {
    const start = this.peek();
    let a = this.bitwiseXor();
    if (a === null) return null;
    while (this.at(Tok.VBAR)) {
      const mark = this.pos;
      this.pos++;
      const b = this.bitwiseXor();
      if (b === null) { this.pos = mark; break; }
      const e = this.lastToken();
      a = A.BinOp(a, A.BitOr, b, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return a;
  }

  // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
  bitwiseXor(): expr | null {
    const start = this.peek();
    let a = this.bitwiseAnd();
    if (a === null) return null;
    while (this.at(Tok.CIRCUMFLEX)) {
      const mark = this.pos;
      this.pos++;
      const b = this.bitwiseAnd();
      if (b === null) { this.pos = mark; break; }
      const e = this.lastToken();
      a = A.BinOp(a, A.BitXor, b, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return a;
  }

  // bitwise_and: bitwise_and '&' shift_expr | shift_expr
  bitwiseAnd(): expr | null {
    const start = this.peek();
    let a = this.shiftExpr();
    if (a === null) return null;
    while (this.at(Tok.AMPER)) {
      const mark = this.pos;
      this.pos++;
      const b = this.shiftExpr();
      if (b === null) { this.pos = mark; break; }
      const e = this.lastToken();
      a = A.BinOp(a, A.BitAnd, b, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return a;
  }

  // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
  shiftExpr(): expr | null {
    const start = this.peek();
    let a = this.sum();
    if (a === null) return null;
    for (;;) {
      const k = this.peekKind();
      const op = k === Tok.LEFTSHIFT ? A.LShift : k === Tok.RIGHTSHIFT ? A.RShift : null;
      if (op === null) break;
      const mark = this.pos;
      this.pos++;
      const b = this.sum();
      if (b === null) { this.pos = mark; break; }
      const e = this.lastToken();
      a = A.BinOp(a, op, b, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return a;
  }

  // sum: sum '+' term | sum '-' term | term
  sum(): expr | null {
    const start = this.peek();
    let a = this.term();
    if (a === null) return null;
    for (;;) {
      const k = this.peekKind();
      const op = k === Tok.PLUS ? A.Add : k === Tok.MINUS ? A.Sub : null;
      if (op === null) break;
      const mark = this.pos;
      this.pos++;
      const b = this.term();
      if (b === null) { this.pos = mark; break; }
      const e = this.lastToken();
      a = A.BinOp(a, op, b, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return a;
  }

  // term: term '*' factor | term '/' factor | term '//' factor | term '%' factor | term '@' factor | factor
  term(): expr | null {
    const start = this.peek();
    let a = this.factor();
    if (a === null) return null;
    for (;;) {
      let op: A.operator;
      switch (this.peekKind()) {
        case Tok.STAR: op = A.Mult; break;
        case Tok.SLASH: op = A.Div; break;
        case Tok.DOUBLESLASH: op = A.FloorDiv; break;
        case Tok.PERCENT: op = A.Mod; break;
        case Tok.AT: op = A.MatMult; break;
        default: return a;
      }
      const mark = this.pos;
      this.pos++;
      const b = this.factor();
      if (b === null) { this.pos = mark; return a; }
      const e = this.lastToken();
      a = A.BinOp(a, op, b, start.lineno, start.col, e.endLineno, e.endCol);
    }
  }

  // factor (memo): '+' factor | '-' factor | '~' factor | power
  factor(): expr | null {
    const start = this.peek();
    let op: A.unaryop;
    switch (start.kind) {
      case Tok.PLUS: op = A.UAdd; break;
      case Tok.MINUS: op = A.USub; break;
      case Tok.TILDE: op = A.Invert; break;
      default: return this.power();
    }
    this.pos++;
    this.enter();
    const a = this.factor();
    this.depth--;
    if (a === null) { this.pos--; return null; }
    const e = this.lastToken();
    return A.UnaryOp(op, a, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // power: await_primary '**' factor | await_primary
  power(): expr | null {
    const start = this.peek();
    const a = this.awaitPrimary();
    if (a === null) return null;
    if (!this.at(Tok.DOUBLESTAR)) return a;
    const mark = this.pos;
    this.pos++;
    this.enter();
    const b = this.factor();
    this.depth--;
    if (b === null) { this.pos = mark; return a; }
    const e = this.lastToken();
    return A.BinOp(a, A.Pow, b, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // await_primary (memo): AWAIT primary | primary
  awaitPrimary(): expr | null {
    const start = this.peek();
    if (start.kind === Tok.KW_AWAIT) {
      this.pos++;
      const a = this.primary();
      if (a === null) { this.pos--; return null; }
      const e = this.lastToken();
      return A.Await(a, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return this.primary();
  }

  // primary:
  //     | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
  //     | primary '[' slices ']' | atom
  primary(): expr | null {
    return this.invalidPass ? this.memoized(3, () => this.primaryRaw()) : this.primaryRaw();
  }

  private primaryRaw(): expr | null {
    const start = this.peek();
    let a = this.atom();
    if (a === null) return null;
    for (;;) {
      const k = this.peekKind();
      if (k === Tok.DOT) {
        const mark = this.pos;
        this.pos++;
        const n = this.eat(Tok.NAME);
        if (n === null) { this.pos = mark; return a; }
        a = A.Attribute(a, n.value, A.Load, start.lineno, start.col, n.endLineno, n.endCol);
      } else if (k === Tok.LPAR) {
        const mark = this.pos;
        const call = this.callTrailer(a, start);
        if (call === null) { this.pos = mark; return a; }
        a = call;
      } else if (k === Tok.LSQB) {
        const mark = this.pos;
        this.pos++;
        const s = this.slices();
        if (s === null || !this.eat(Tok.RSQB)) { this.pos = mark; return a; }
        const e = this.lastToken();
        a = A.Subscript(a, s, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
      } else {
        return a;
      }
    }
  }

  /**
   * `primary genexp` or `primary '(' [arguments] ')'`, at a '('. The
   * arguments are parsed once: a sole argument followed by `for` is the
   * generator expression, which spans the call's parentheses.
   */
  protected callTrailer(func: expr, start: Token): expr | null {
    const mark = this.pos;
    const open = this.next();
    this.enter();
    try {
      let args: expr[] = [];
      let keywords: A.keyword[] = [];
      if (!this.at(Tok.RPAR)) {
        const r = this.arguments();
        if (r === null) {
          this.pos = mark;
          return null;
        }
        if (r.genexpElt !== undefined) {
          const gens = r.gens!;
          if (!this.eat(Tok.RPAR)) { this.pos = mark; return null; }
          const e = this.lastToken();
          const g = A.GeneratorExp(r.genexpElt, gens, open.lineno, open.col, e.endLineno, e.endCol);
          return A.Call(func, [g], [], start.lineno, start.col, e.endLineno, e.endCol);
        }
        args = r.args;
        keywords = r.keywords;
      }
      if (!this.eat(Tok.RPAR)) { this.pos = mark; return null; }
      const e = this.lastToken();
      return A.Call(func, args, keywords, start.lineno, start.col, e.endLineno, e.endCol);
    } finally {
      this.depth--;
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  slices(): expr | null {
    const start = this.peek();
    const a = this.sliceOrStarred();
    if (a === null) return null;
    if (!this.at(Tok.COMMA) && a._type !== 'Starred') return a;
    if (!this.at(Tok.COMMA) && a._type === 'Starred') {
      const e = this.lastToken();
      return A.Tuple([a], A.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }
    const elts = [a];
    while (this.at(Tok.COMMA)) {
      const mark = this.pos;
      this.pos++;
      const b = this.sliceOrStarred();
      if (b === null) { this.pos = mark + 1; break; }
      elts.push(b);
    }
    const e = this.lastToken();
    return A.Tuple(elts, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
  }

  private sliceOrStarred(): expr | null {
    if (this.at(Tok.STAR)) {
      const start = this.next();
      const v = this.expression();
      if (v === null) { this.pos--; return null; }
      const e = this.lastToken();
      return A.Starred(v, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }
    return this.slice();
  }

  // slice: [expression] ':' [expression] [':' [expression] ] | named_expression
  slice(): expr | null {
    const start = this.peek();
    let lower: expr | null = null;
    if (start.kind !== Tok.COLON) {
      if (start.kind === Tok.NAME && this.peek2().kind === Tok.COLONEQUAL) return this.namedExpression();
      if (this.invalidPass) {
        // named_expression's invalid_ alternatives, when this is no slice.
        const mark = this.pos;
        const e = this.expression();
        if (e === null || !this.at(Tok.COLON)) { this.pos = mark; return this.namedExpression(); }
        lower = e;
      } else {
        lower = this.expression();
        if (lower === null) return null;
        if (!this.at(Tok.COLON)) return this.at(Tok.COLONEQUAL) ? null : lower;
      }
    }
    this.pos++; // ':'
    let upper: expr | null = null;
    let step: expr | null = null;
    const m2 = this.pos;
    upper = this.expression();
    if (upper === null) this.pos = m2;
    if (this.eat(Tok.COLON)) {
      const m3 = this.pos;
      step = this.expression();
      if (step === null) this.pos = m3;
    }
    const e = this.lastToken();
    return A.Slice(lower, upper, step, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // atom:
  //     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
  //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
  //     | &'{' (dict | set | dictcomp | setcomp) | '...'
  atom(): expr | null {
    const t = this.peek();
    switch (t.kind) {
      case Tok.NAME:
        this.pos++;
        return A.Name(t.value, A.Load, t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.NUMBER:
        this.pos++;
        return A.Constant(this.numberValue(t), null, t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.STRING:
        return this.strings();
      case Tok.KW_TRUE:
        this.pos++;
        return A.Constant(true, null, t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.KW_FALSE:
        this.pos++;
        return A.Constant(false, null, t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.KW_NONE:
        this.pos++;
        return A.Constant(null, null, t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.ELLIPSIS:
        this.pos++;
        return A.Constant(A_ELLIPSIS, null, t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.LPAR: {
        this.enter();
        try {
          return this.parenAtom();
        } finally {
          this.depth--;
        }
      }
      case Tok.LSQB: {
        this.enter();
        try {
          return this.listOrListcomp();
        } finally {
          this.depth--;
        }
      }
      case Tok.LBRACE: {
        this.enter();
        try {
          return this.braceAtom();
        } finally {
          this.depth--;
        }
      }
      default:
        return null;
    }
  }

  abstract numberValue(t: Token): A.ConstValue;

  // &'(' (tuple | group | genexp)
  // The three rules share their first element, which is parsed once (a
  // backtracking parser would parse it again per rule, exponentially in the
  // nesting depth); what follows it picks the rule.
  private parenAtom(): expr | null {
    const mark = this.pos;
    const start = this.next();
    const k = this.peekKind();
    if (k === Tok.RPAR) {
      this.pos++;
      const e = this.lastToken();
      return A.Tuple([], A.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }
    if (k === Tok.KW_YIELD) {
      this.pos = mark;
      return this.attempt(() => this.group());
    }
    const first = this.starNamedExpression();
    if (first !== null) {
      const n = this.peekKind();
      if (n === Tok.COMMA) {
        this.pos++;
        let elts = [first];
        if (!this.at(Tok.RPAR)) {
          const m = this.pos;
          const rest = this.starNamedExpressions();
          if (rest === null) this.pos = m;
          else elts = elts.concat(rest);
        }
        if (this.eat(Tok.RPAR)) {
          const e = this.lastToken();
          return A.Tuple(elts, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
        }
      } else if (n === Tok.RPAR && first._type !== 'Starred') {
        this.pos++;
        return first;
      } else if ((n === Tok.KW_FOR || n === Tok.KW_ASYNC) && first._type !== 'Starred') {
        const gens = this.forIfClauses();
        if (gens !== null && this.eat(Tok.RPAR)) {
          const e = this.lastToken();
          return A.GeneratorExp(first, gens, start.lineno, start.col, e.endLineno, e.endCol);
        }
      }
    }
    this.pos = mark;
    if (this.invalidPass) {
      // The invalid_group and invalid_comprehension alternatives.
      this.attempt(() => this.group());
      this.attempt(() => this.genexp());
    }
    this.pos = mark;
    return null;
  }

  /** tuple | genexp (for invalid_named_expression's lookahead). */
  private tupleOrGenexpOnly(): expr | null {
    const mark = this.pos;
    const t = this.attempt(() => this.tuple());
    if (t !== null) return t;
    this.pos = mark;
    return this.attempt(() => this.genexp());
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
  tuple(): expr | null {
    const start = this.eat(Tok.LPAR);
    if (start === null) return null;
    let elts: expr[] = [];
    if (!this.at(Tok.RPAR)) {
      const a = this.starNamedExpression();
      if (a === null || !this.eat(Tok.COMMA)) return null;
      elts = [a];
      if (!this.at(Tok.RPAR)) {
        const rest = this.starNamedExpressions();
        if (rest !== null) elts = elts.concat(rest);
      }
    }
    if (!this.eat(Tok.RPAR)) return null;
    const e = this.lastToken();
    return A.Tuple(elts, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // group: '(' (yield_expr | named_expression) ')' | invalid_group
  group(): expr | null {
    const mark = this.pos;
    if (!this.eat(Tok.LPAR)) return null;
    const a = this.at(Tok.KW_YIELD) ? this.yieldExpr() : this.namedExpression();
    if (a !== null && this.eat(Tok.RPAR)) return a;
    if (this.invalidPass) {
      this.pos = mark;
      this.invalidGroup();
    }
    return null;
  }

  // invalid_group:
  //     | '(' a=starred_expression ')' -> "cannot use starred expression here"
  //     | '(' a='**' expression ')' -> "cannot use double starred expression here"
  private invalidGroup(): void {
    const mark = this.pos;
    this.pos++;
    const t = this.peek();
    if (t.kind === Tok.STAR) {
      this.pos++;
      const v = this.expression();
      if (v !== null && this.at(Tok.RPAR)) {
        const e = this.lastToken();
        this.raiseAt('cannot use starred expression here', t.lineno, t.col, e.endLineno, e.endCol);
      }
    } else if (t.kind === Tok.DOUBLESTAR) {
      this.pos++;
      if (this.expression() !== null && this.at(Tok.RPAR)) {
        this.raiseAtToken(t, 'cannot use double starred expression here');
      }
    }
    this.pos = mark;
  }

  // &'[' (list | listcomp), the first element parsed once
  private listOrListcomp(): expr | null {
    const mark = this.pos;
    const start = this.next();
    if (!this.at(Tok.RSQB)) {
      const first = this.starNamedExpression();
      if (first === null) { this.pos = mark; return this.invalidPass ? this.attempt(() => this.listcomp()) : null; }
      const n = this.peekKind();
      if ((n === Tok.KW_FOR || n === Tok.KW_ASYNC) && first._type !== 'Starred') {
        const gens = this.forIfClauses();
        if (gens !== null && this.eat(Tok.RSQB)) {
          const e = this.lastToken();
          return A.ListComp(first, gens, start.lineno, start.col, e.endLineno, e.endCol);
        }
        this.pos = mark;
        return this.invalidPass ? this.attempt(() => this.listcomp()) : null;
      }
      const elts = [first];
      while (this.eat(Tok.COMMA)) {
        const m = this.pos;
        const b = this.starNamedExpression();
        if (b === null) { this.pos = m; break; }
        elts.push(b);
      }
      if (this.eat(Tok.RSQB)) {
        const e = this.lastToken();
        return A.List(elts, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
      }
      this.pos = mark;
      return this.invalidPass ? this.attempt(() => this.listcomp()) : null;
    }
    this.pos++;
    const e = this.lastToken();
    return A.List([], A.Load, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // list: '[' [star_named_expressions] ']'
  list(): expr | null {
    const mark = this.pos;
    const start = this.eat(Tok.LSQB);
    if (start === null) return null;
    let elts: expr[] = [];
    if (!this.at(Tok.RSQB)) {
      const r = this.starNamedExpressions();
      if (r === null) { this.pos = mark; return null; }
      elts = r;
    }
    if (!this.eat(Tok.RSQB)) { this.pos = mark; return null; }
    const e = this.lastToken();
    return A.List(elts, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
  listcomp(): expr | null {
    const mark = this.pos;
    const start = this.eat(Tok.LSQB);
    if (start === null) return null;
    const elt = this.namedExpression();
    if (elt !== null) {
      const gens = this.forIfClauses();
      if (gens !== null && this.eat(Tok.RSQB)) {
        const e = this.lastToken();
        return A.ListComp(elt, gens, start.lineno, start.col, e.endLineno, e.endCol);
      }
    }
    if (this.invalidPass) { this.pos = mark; this.invalidComprehension(); }
    return null;
  }

  // genexp: '(' ( assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
  genexp(): expr | null {
    const mark = this.pos;
    const start = this.eat(Tok.LPAR);
    if (start === null) return null;
    let elt = this.assignmentExpression();
    if (elt === null) {
      elt = this.expression();
      if (elt !== null && this.at(Tok.COLONEQUAL)) elt = null;
    }
    if (elt !== null) {
      const gens = this.forIfClauses();
      if (gens !== null && this.eat(Tok.RPAR)) {
        const e = this.lastToken();
        return A.GeneratorExp(elt, gens, start.lineno, start.col, e.endLineno, e.endCol);
      }
    }
    if (this.invalidPass) { this.pos = mark; this.invalidComprehension(); }
    return null;
  }

  // &'{' (dict | set | dictcomp | setcomp), the first element parsed once
  private braceAtom(): expr | null {
    const mark = this.pos;
    const start = this.next();
    const t = this.peek();
    const fallback = (): expr | null => {
      this.pos = mark;
      if (!this.invalidPass) return null;
      // The invalid_* alternatives of the four rules, in grammar order.
      return this.attempt(() => this.dict()) ?? this.attempt(() => this.set()) ??
        this.attempt(() => this.dictcomp()) ?? this.attempt(() => this.setcomp());
    };
    if (t.kind === Tok.RBRACE || t.kind === Tok.DOUBLESTAR) {
      this.pos = mark;
      return this.attempt(() => this.dict()) ?? fallback();
    }
    let first: expr | null;
    if (t.kind === Tok.STAR || (t.kind === Tok.NAME && this.peek2().kind === Tok.COLONEQUAL)) {
      first = this.starNamedExpression();
    } else {
      first = this.expression();
      if (first !== null && this.eat(Tok.COLON)) {
        const value = this.expression();
        if (value === null) return fallback();
        const n = this.peekKind();
        if (n === Tok.KW_FOR || n === Tok.KW_ASYNC) {
          const gens = this.forIfClauses();
          if (gens === null || !this.eat(Tok.RBRACE)) return fallback();
          const e = this.lastToken();
          return A.DictComp(first, value, gens, start.lineno, start.col, e.endLineno, e.endCol);
        }
        const keys: (expr | null)[] = [first];
        const values: expr[] = [value];
        while (this.eat(Tok.COMMA)) {
          const m = this.pos;
          if (!this.doubleStarredKvpair(keys, values)) { this.pos = m; break; }
        }
        if (!this.eat(Tok.RBRACE)) return fallback();
        const e = this.lastToken();
        return A.Dict(keys, values, start.lineno, start.col, e.endLineno, e.endCol);
      }
      if (first !== null && this.at(Tok.COLONEQUAL)) first = null;
    }
    if (first === null) return fallback();
    const n = this.peekKind();
    if ((n === Tok.KW_FOR || n === Tok.KW_ASYNC) && first._type !== 'Starred') {
      const gens = this.forIfClauses();
      if (gens === null || !this.eat(Tok.RBRACE)) return fallback();
      const e = this.lastToken();
      return A.SetComp(first, gens, start.lineno, start.col, e.endLineno, e.endCol);
    }
    const elts = [first];
    while (this.eat(Tok.COMMA)) {
      const m = this.pos;
      const b = this.starNamedExpression();
      if (b === null) { this.pos = m; break; }
      elts.push(b);
    }
    if (!this.eat(Tok.RBRACE)) return fallback();
    const e = this.lastToken();
    return A.Set(elts, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // set: '{' star_named_expressions '}'
  set(): expr | null {
    const start = this.eat(Tok.LBRACE);
    if (start === null) return null;
    const elts = this.starNamedExpressions();
    if (elts === null || !this.eat(Tok.RBRACE)) return null;
    const e = this.lastToken();
    return A.Set(elts, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // dict:
  //     | '{' [double_starred_kvpairs] '}'
  //     | '{' invalid_double_starred_kvpairs '}'
  dict(): expr | null {
    const mark = this.pos;
    const start = this.eat(Tok.LBRACE);
    if (start === null) return null;
    const keys: (expr | null)[] = [];
    const values: expr[] = [];
    if (!this.at(Tok.RBRACE)) {
      // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
      for (;;) {
        const m = this.pos;
        if (!this.doubleStarredKvpair(keys, values)) { this.pos = m; break; }
        if (!this.eat(Tok.COMMA)) break;
      }
    }
    if (this.eat(Tok.RBRACE) && (keys.length > 0 || this.tokens[this.pos - 2].kind === Tok.LBRACE)) {
      const e = this.lastToken();
      return A.Dict(keys, values, start.lineno, start.col, e.endLineno, e.endCol);
    }
    if (this.invalidPass) {
      this.pos = mark + 1;
      this.invalidDoubleStarredKvpairs();
    }
    return null;
  }

  // double_starred_kvpair: '**' bitwise_or | kvpair
  // kvpair: expression ':' expression
  private doubleStarredKvpair(keys: (expr | null)[], values: expr[]): boolean {
    if (this.eat(Tok.DOUBLESTAR)) {
      const v = this.bitwiseOr();
      if (v === null) return false;
      keys.push(null);
      values.push(v);
      return true;
    }
    const k = this.expression();
    if (k === null || !this.eat(Tok.COLON)) return false;
    const v = this.expression();
    if (v === null) return false;
    keys.push(k);
    values.push(v);
    return true;
  }

  // invalid_double_starred_kvpairs:
  //     | ','.double_starred_kvpair+ ',' invalid_kvpair
  //     | expression ':' a='*' bitwise_or
  //     | expression ':' &('}'|',')
  private invalidDoubleStarredKvpairs(): void {
    const mark = this.pos;
    const keys: (expr | null)[] = [];
    const values: expr[] = [];
    let n = 0;
    for (;;) {
      const m = this.pos;
      if (!this.doubleStarredKvpair(keys, values)) { this.pos = m; break; }
      n++;
      if (!this.at(Tok.COMMA)) break;
      this.pos++;
      const m2 = this.pos;
      // Try invalid_kvpair after each comma.
      this.invalidKvpair();
      this.pos = m2;
    }
    this.pos = mark;
    this.invalidKvpairTail();
    this.pos = mark;
  }

  // invalid_kvpair:
  //     | a=expression !(':') -> "':' expected after dictionary key"
  //     | expression ':' a='*' bitwise_or -> "cannot use a starred expression in a dictionary value"
  //     | expression ':' &('}'|',') -> "expression expected after dictionary key and ':'"
  private invalidKvpair(): void {
    const mark = this.pos;
    const a = this.expression();
    if (a !== null && !this.at(Tok.COLON)) {
      this.raiseAt("':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
    }
    this.pos = mark;
    this.invalidKvpairTail();
    this.pos = mark;
  }

  private invalidKvpairTail(): void {
    const mark = this.pos;
    const a = this.expression();
    if (a !== null && this.eat(Tok.COLON)) {
      const t = this.peek();
      if (t.kind === Tok.STAR) {
        this.pos++;
        if (this.bitwiseOr() !== null) {
          this.raiseFrom(tokLoc(t), 'cannot use a starred expression in a dictionary value');
        }
      } else if (t.kind === Tok.RBRACE || t.kind === Tok.COMMA) {
        const c = this.tokens[this.pos - 1];
        this.raiseAtToken(c, "expression expected after dictionary key and ':'");
      }
    }
    this.pos = mark;
  }

  // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
  dictcomp(): expr | null {
    const mark = this.pos;
    const start = this.eat(Tok.LBRACE);
    if (start === null) return null;
    const k = this.expression();
    if (k !== null && this.eat(Tok.COLON)) {
      const v = this.expression();
      if (v !== null) {
        const gens = this.forIfClauses();
        if (gens !== null && this.eat(Tok.RBRACE)) {
          const e = this.lastToken();
          return A.DictComp(k, v, gens, start.lineno, start.col, e.endLineno, e.endCol);
        }
      }
    }
    if (this.invalidPass) {
      // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
      this.pos = mark + 1;
      const a = this.eat(Tok.DOUBLESTAR);
      if (a !== null && this.bitwiseOr() !== null && this.forIfClauses() !== null && this.at(Tok.RBRACE)) {
        this.raiseAtToken(a, 'dict unpacking cannot be used in dict comprehension');
      }
    }
    return null;
  }

  // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
  setcomp(): expr | null {
    const mark = this.pos;
    const start = this.eat(Tok.LBRACE);
    if (start === null) return null;
    const elt = this.namedExpression();
    if (elt !== null) {
      const gens = this.forIfClauses();
      if (gens !== null && this.eat(Tok.RBRACE)) {
        const e = this.lastToken();
        return A.SetComp(elt, gens, start.lineno, start.col, e.endLineno, e.endCol);
      }
    }
    if (this.invalidPass) { this.pos = mark; this.invalidComprehension(); }
    return null;
  }

  // invalid_comprehension:
  //     | ('[' | '(' | '{') a=starred_expression for_if_clauses
  //         -> "iterable unpacking cannot be used in comprehension"
  //     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
  //         -> "did you forget parentheses around the comprehension target?"
  //     | ('[' | '{') a=star_named_expression b=',' for_if_clauses -> (same)
  private invalidComprehension(): void {
    const mark = this.pos;
    const open = this.next();
    const star = this.peek();
    if (star.kind === Tok.STAR) {
      this.pos++;
      const v = this.expression();
      if (v !== null && this.forIfClauses() !== null) {
        this.raiseAt('iterable unpacking cannot be used in comprehension', star.lineno, star.col, v.end_lineno, v.end_col_offset);
      }
    }
    this.pos = mark + 1;
    if (open.kind === Tok.LSQB || open.kind === Tok.LBRACE) {
      const a = this.starNamedExpression();
      if (a !== null) {
        const comma = this.eat(Tok.COMMA);
        if (comma !== null) {
          const m = this.pos;
          const b = this.starNamedExpressions();
          if (b !== null && this.forIfClauses() !== null) {
            this.raiseRange(a, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
          }
          this.pos = m;
          if (this.forIfClauses() !== null) {
            this.raiseRange(a, tokLoc(comma), 'did you forget parentheses around the comprehension target?');
          }
        }
      }
    }
    this.pos = mark;
  }

  // for_if_clauses: for_if_clause+
  forIfClauses(): A.comprehension[] | null {
    let gens: A.comprehension[] | null = null;
    for (;;) {
      const k = this.peekKind();
      if (k !== Tok.KW_FOR && k !== Tok.KW_ASYNC) break;
      const mark = this.pos;
      const c = this.forIfClause();
      if (c === null) { this.pos = mark; break; }
      (gens ??= []).push(c);
    }
    return gens;
  }

  // for_if_clause:
  //     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
  //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
  //     | invalid_for_target
  private forIfClause(): A.comprehension | null {
    const mark = this.pos;
    const isAsync = this.eat(Tok.KW_ASYNC) !== null ? 1 : 0;
    if (!this.eat(Tok.KW_FOR)) { this.pos = mark; return null; }
    const target = this.starTargets();
    if (target !== null && this.eat(Tok.KW_IN)) {
      const iter = this.disjunction();
      if (iter === null) this.fail();
      const ifs: expr[] = [];
      while (this.at(Tok.KW_IF)) {
        const m = this.pos;
        this.pos++;
        const c = this.disjunction();
        if (c === null) { this.pos = m; break; }
        ifs.push(c);
      }
      return A.comprehension(target, iter, ifs, isAsync);
    }
    if (this.invalidPass) {
      // invalid_for_target: ASYNC? 'for' a=star_expressions
      this.pos = mark;
      this.eat(Tok.KW_ASYNC);
      this.pos++;
      const a = this.starExpressions();
      if (a !== null) targetError(this, TargetsType.FOR, a);
    }
    this.pos = mark;
    return null;
  }

  // arguments (memo): args [','] &')' | invalid_arguments
  // (With `genexpElt` set when the sole argument is followed by `for`: the
  // caller's `primary genexp` alternative, sharing the first element.)
  arguments(): { args: expr[]; keywords: A.keyword[]; genexpElt?: expr; gens?: A.comprehension[] } | null {
    const mark = this.pos;
    const r = this.args();
    if (r !== null) {
      const k = this.peekKind();
      if ((k === Tok.KW_FOR || k === Tok.KW_ASYNC) && r.args.length === 1 && r.keywords.length === 0 &&
          r.args[0]._type !== 'Starred' && this.pos === this.afterFirstArg) {
        const m = this.pos;
        const gens = this.attempt(() => this.forIfClauses());
        if (gens !== null && this.at(Tok.RPAR)) return { args: [], keywords: [], genexpElt: r.args[0], gens };
        this.pos = m;
      }
      this.eat(Tok.COMMA);
      if (this.at(Tok.RPAR)) return r;
    }
    if (this.invalidPass) {
      this.pos = mark;
      this.invalidArguments();
    }
    this.pos = mark;
    return null;
  }

  // args:
  //     | ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ [',' kwargs ]
  //     | kwargs
  args(): { args: expr[]; keywords: A.keyword[] } | null {
    const args: expr[] = [];
    const keywords: A.keyword[] = [];
    const mark = this.pos;
    const a = this.positionalArg();
    if (a === null) {
      this.pos = mark;
      return this.kwargs(args, keywords) ? { args, keywords } : null;
    }
    args.push(a);
    let afterLast = this.pos;
    this.afterFirstArg = afterLast;
    while (this.eat(Tok.COMMA)) {
      const b = this.positionalArg();
      if (b === null) break;
      args.push(b);
      afterLast = this.pos;
    }
    this.pos = afterLast;
    if (this.eat(Tok.COMMA) && !this.kwargs(args, keywords)) this.pos = afterLast;
    return { args, keywords };
  }

  // kwargs:
  //     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
  //     | ','.kwarg_or_starred+
  //     | ','.kwarg_or_double_starred+
  private kwargs(args: expr[], keywords: A.keyword[]): boolean {
    let afterLast = this.pos;
    let first = false;
    while (this.kwargItem(args, keywords, false)) {
      first = true;
      afterLast = this.pos;
      if (!this.eat(Tok.COMMA)) break;
    }
    this.pos = afterLast;
    if (first && !this.eat(Tok.COMMA)) return true;
    let second = false;
    while (this.kwargItem(args, keywords, true)) {
      second = true;
      afterLast = this.pos;
      if (!this.eat(Tok.COMMA)) break;
    }
    this.pos = afterLast;
    return first || second;
  }

  // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
  // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
  private kwargItem(args: expr[], keywords: A.keyword[], doubleStarred: boolean): boolean {
    if (this.invalidPass) this.invalidKwarg();
    const mark = this.pos;
    const t = this.peek();
    if (t.kind === Tok.NAME && this.peek2().kind === Tok.EQUAL) {
      this.pos += 2;
      const v = this.expression();
      if (v === null) { this.pos = mark; return false; }
      const e = this.lastToken();
      keywords.push(A.keyword(t.value, v, t.lineno, t.col, e.endLineno, e.endCol));
      return true;
    }
    if (!doubleStarred && t.kind === Tok.STAR) {
      const s = this.starredExpression();
      if (s === null) { this.pos = mark; return false; }
      args.push(s);
      return true;
    }
    if (doubleStarred && t.kind === Tok.DOUBLESTAR) {
      this.pos++;
      const v = this.expression();
      if (v === null) { this.pos = mark; return false; }
      const e = this.lastToken();
      keywords.push(A.keyword(null, v, t.lineno, t.col, e.endLineno, e.endCol));
      return true;
    }
    return false;
  }

  /** (starred_expression | ( assignment_expression | expression !':=') !'=') */
  private positionalArg(): expr | null {
    const t = this.peek();
    if (t.kind === Tok.STAR) return this.starredExpression();
    if (t.kind === Tok.DOUBLESTAR) return null;
    const mark = this.pos;
    let a: expr | null;
    if (t.kind === Tok.NAME && this.peek2().kind === Tok.COLONEQUAL) {
      a = this.attempt(() => this.assignmentExpression());
    } else {
      a = this.expression();
      if (a !== null && this.at(Tok.COLONEQUAL)) a = null;
    }
    if (a === null || this.at(Tok.EQUAL)) { this.pos = mark; return null; }
    return a;
  }

  // starred_expression: '*' expression
  starredExpression(): expr | null {
    const start = this.eat(Tok.STAR);
    if (start === null) return null;
    const v = this.expression();
    if (v === null) { this.pos--; return null; }
    const e = this.lastToken();
    return A.Starred(v, A.Load, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // invalid_kwarg:
  //     | a=('True'|'False'|'None') b='=' -> "cannot assign to %s"
  //     | a=NAME b='=' expression for_if_clauses -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
  //     | !(NAME '=') a=expression b='=' -> 'expression cannot contain assignment, perhaps you meant "=="?'
  private invalidKwarg(): void {
    const mark = this.pos;
    const a = this.peek();
    if ((a.kind === Tok.KW_TRUE || a.kind === Tok.KW_FALSE || a.kind === Tok.KW_NONE) && this.peek2().kind === Tok.EQUAL) {
      this.raiseRange(tokLoc(a), tokLoc(this.peek2()), `cannot assign to ${a.value}`);
    }
    if (a.kind === Tok.NAME && this.peek2().kind === Tok.EQUAL) {
      const b = this.peek2();
      this.pos += 2;
      if (this.expression() !== null && this.forIfClauses() !== null) {
        this.raiseRange(tokLoc(a), tokLoc(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      this.pos = mark;
      return;
    }
    const e = this.expression();
    if (e !== null) {
      const b = this.peek();
      if (b.kind === Tok.EQUAL) {
        this.raiseRange(e, tokLoc(b), 'expression cannot contain assignment, perhaps you meant "=="?');
      }
    }
    this.pos = mark;
  }

  // invalid_arguments:
  //     | a=args ',' '*' -> "iterable argument unpacking follows keyword argument unpacking"
  //     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  //         -> "Generator expression must be parenthesized"
  //     | a=NAME b='=' expression for_if_clauses -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
  //     | a=args b=for_if_clauses -> _PyPegen_nonparen_genexp_in_call
  //     | args ',' a=expression b=for_if_clauses -> "Generator expression must be parenthesized"
  //     | a=args ',' args -> _PyPegen_arguments_parsing_error
  private invalidArguments(): void {
    const mark = this.pos;
    let r = this.args();
    if (r !== null && this.eat(Tok.COMMA)) {
      const star = this.peek();
      if (star.kind === Tok.STAR) {
        this.raiseAtToken(star, 'iterable argument unpacking follows keyword argument unpacking');
      }
    }
    this.pos = mark;
    const a = this.expression();
    if (a !== null) {
      const b = this.forIfClauses();
      if (b !== null && this.eat(Tok.COMMA)) {
        const m = this.pos;
        if (this.args() === null) {
          this.pos = m;
          const e2 = this.expression();
          if (e2 === null || this.forIfClauses() === null) this.pos = m;
        }
        this.raiseRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
    this.pos = mark;
    const n = this.peek();
    if (n.kind === Tok.NAME && this.peek2().kind === Tok.EQUAL) {
      const eq = this.peek2();
      this.pos += 2;
      if (this.expression() !== null && this.forIfClauses() !== null) {
        this.raiseRange(tokLoc(n), tokLoc(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    this.pos = mark;
    r = this.args();
    if (r !== null) {
      const m = this.pos;
      const b = this.forIfClauses();
      if (b !== null && r.args.length > 1) {
        this.raiseRange(r.args[r.args.length - 1], lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
      this.pos = m;
      if (this.eat(Tok.COMMA)) {
        const m2 = this.pos;
        const a2 = this.expression();
        if (a2 !== null) {
          const b2 = this.forIfClauses();
          if (b2 !== null) {
            this.raiseRange(a2, lastComprehensionItem(b2[b2.length - 1]), 'Generator expression must be parenthesized');
          }
        }
        this.pos = m2;
        if (this.args() !== null) {
          const unpacking = r.keywords.some((k) => k.arg === null);
          this.raiseLast(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
        }
      }
    }
    this.pos = mark;
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  abstract lambdef(): expr | null;

  // star_targets, from targets.ts via the statement parser
  abstract starTargets(): expr | null;
}

/** The Ellipsis constant value. */
import { ELLIPSIS as A_ELLIPSIS } from './constants.js';

function isLegacyName(e: expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** _PyPegen_get_last_comprehension_item: the last `if`, else the iterable. */
function lastComprehensionItem(c: A.comprehension): Located {
  return c.ifs.length > 0 ? c.ifs[c.ifs.length - 1] : c.iter;
}
