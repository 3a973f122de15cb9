// Statement rules of CPython 3.11's grammar, the start rules, function and
// lambda parameters, and assignment targets.

import * as A from './ast.js';
import { Tok, type Token } from './tokens.js';
import { PatternParser } from './patterns.js';
import { tokLoc, type Located } from './parserBase.js';
import { PySyntaxError } from './errors.js';
import { asTarget, exprName, targetError, TargetsType } from './targets.js';
import { parseNumber } from './literals.js';
import { concatenateStrings } from './strings.js';

type expr = A.expr;
type stmt = A.stmt;

interface ParamParts {
  posonly: A.arg[];
  args: A.arg[];
  defaults: expr[];
  vararg: A.arg | null;
  kwonly: A.arg[];
  kwDefaults: (expr | null)[];
  kwarg: A.arg | null;
}

export class Parser extends PatternParser {
  /**
   * Run the start rule of `mode` as _PyPegen_run_parser does: a fast first
   * pass; on failure a second pass with the invalid_* rules, then the generic
   * error at the first pass's furthest token, unless the tokenizer finds an
   * error further on.
   */
  run(): A.mod | A.expr {
    const first = this.runStartRule();
    if (first !== null) return first;
    const lastToken = this.tokens[this.tokens.length - 1];
    this.pos = 0;
    this.depth = 0;
    this.invalidPass = true;
    try {
      this.runStartRule();
    } catch (e) {
      if (e instanceof PySyntaxError && !this.tokenizerFailed) this.checkRestOfSource(e);
      throw e;
    }
    return this.setSyntaxError(lastToken);
  }

  private runStartRule(): A.mod | A.expr | null {
    try {
      switch (this.mode) {
        case 'exec': return this.file();
        case 'single': return this.interactive();
        case 'eval': return this.evalInput();
        case 'func_type': return this.funcType();
        case 'fstring': return this.fstringInput();
      }
    } catch (e) {
      if (this.isFailure(e)) return null;
      throw e;
    }
  }

  // _Pypegen_set_syntax_error: the error when no invalid_ rule matched.
  private setSyntaxError(last: Token): never {
    if (last.kind === Tok.ERRORTOKEN_EOF) {
      if (this.tokenizer.parenStack.length > 0) throw this.tokenizer.unclosedBracketError();
      this.raiseLast('unexpected EOF while parsing');
    }
    if (last.kind === Tok.INDENT) this.raiseLast('unexpected indent', 'IndentationError');
    if (last.kind === Tok.DEDENT) this.raiseLast('unexpected unindent', 'IndentationError');
    let err: PySyntaxError;
    try {
      this.raiseAtToken(last, 'invalid syntax');
    } catch (e) {
      err = e as PySyntaxError;
    }
    this.checkRestOfSource(err!);
    throw err!;
  }

  /**
   * _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error
   * later in the file, or a bracket left open before the error's line, wins
   * over a parser error.
   */
  private checkRestOfSource(err: PySyntaxError): void {
    if (this.mode === 'single' || this.mode === 'fstring') return;
    const errLine = this.tokens[this.tokens.length - 1].lineno;
    for (;;) {
      const t = this.tokenizer.next();
      if (t.kind === Tok.ERRORTOKEN_EOF) {
        const stack = this.tokenizer.parenStack;
        if (stack.length > 0 && errLine > stack[stack.length - 1].lineno) throw this.tokenizer.unclosedBracketError();
        return;
      }
      if (t.kind === Tok.ENDMARKER) return;
    }
  }

  /** Parse an f-string replacement field's "(expr)" with shifted positions. */
  parseFStringExpression(text: string, lineDelta: number, firstLineCol: number): A.expr {
    const sub = new Parser(text, this.filename, 'fstring', false, { lineDelta, firstLineCol }, this.byteOffsets);
    const e = sub.run() as A.expr;
    for (const w of sub.warnings) this.warnings.push(w);
    return e;
  }

  // ---- start rules ---------------------------------------------------------

  // file: [statements] ENDMARKER
  file(): A.Module | null {
    const body = this.at(Tok.ENDMARKER) ? [] : this.statements();
    if (body === null || !this.eat(Tok.ENDMARKER)) return null;
    const ignores = this.tokenizer.typeIgnores.map((t) => A.TypeIgnore(t.lineno, t.tag));
    return A.Module(body, ignores);
  }

  // interactive: statement_newline
  interactive(): A.Interactive | null {
    const body = this.statementNewline();
    return body === null ? null : A.Interactive(body);
  }

  // eval: expressions NEWLINE* ENDMARKER
  evalInput(): A.Expression | null {
    const e = this.expressions();
    if (e === null) return null;
    while (this.eat(Tok.NEWLINE));
    if (!this.eat(Tok.ENDMARKER)) return null;
    return A.Expression(e);
  }

  // fstring: star_expressions
  fstringInput(): expr | null {
    return this.starExpressions();
  }

  // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
  funcType(): A.FunctionType | null {
    if (!this.eat(Tok.LPAR)) return null;
    let argtypes: expr[] = [];
    if (!this.at(Tok.RPAR)) {
      const t = this.typeExpressions();
      if (t === null) return null;
      argtypes = t;
    }
    if (!this.eat(Tok.RPAR) || !this.eat(Tok.RARROW)) return null;
    const returns = this.expression();
    if (returns === null) return null;
    while (this.eat(Tok.NEWLINE));
    if (!this.eat(Tok.ENDMARKER)) return null;
    return A.FunctionType(argtypes, returns);
  }

  // type_expressions:
  //     | ','.expression+ ',' '*' expression ',' '**' expression
  //     | ','.expression+ ',' '*' expression | ','.expression+ ',' '**' expression
  //     | '*' expression ',' '**' expression | '*' expression | '**' expression
  //     | ','.expression+
  private typeExpressions(): expr[] | null {
    const out: expr[] = [];
    let sawStar = false;
    for (;;) {
      const t = this.peekKind();
      if (t === Tok.STAR && !sawStar) {
        this.pos++;
        const e = this.expression();
        if (e === null) return null;
        out.push(e);
        sawStar = true;
      } else if (t === Tok.DOUBLESTAR) {
        this.pos++;
        const e = this.expression();
        if (e === null) return null;
        out.push(e);
        return out;
      } else {
        if (sawStar) return null;
        const e = this.expression();
        if (e === null) return out.length > 0 ? out : null;
        out.push(e);
      }
      if (!this.at(Tok.COMMA)) return out;
      const k = this.peek2().kind;
      if (k === Tok.RPAR) return out;
      this.pos++;
    }
  }

  // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  private statementNewline(): stmt[] | null {
    const t = this.peek();
    if (t.kind === Tok.NEWLINE) {
      this.pos++;
      return [A.Pass(t.lineno, t.col, t.endLineno, t.endCol)];
    }
    if (t.kind === Tok.ENDMARKER) return null;
    const mark = this.pos;
    const c = this.compoundStmt();
    if (c !== null && this.eat(Tok.NEWLINE)) return [c];
    this.pos = mark;
    return this.simpleStmts();
  }

  // ---- statements -----------------------------------------------------------

  // statements: statement+
  statements(): stmt[] | null {
    const out: stmt[] = [];
    for (;;) {
      const k = this.peekKind();
      if (k === Tok.ENDMARKER || k === Tok.DEDENT) break;
      const mark = this.pos;
      if (!this.statement(out)) { this.pos = mark; break; }
    }
    return out.length > 0 ? out : null;
  }

  // statement: compound_stmt | simple_stmts
  private statement(out: stmt[]): boolean {
    const mark = this.pos;
    const c = this.compoundStmt();
    if (c !== null) {
      out.push(c);
      return true;
    }
    this.pos = mark;
    const s = this.simpleStmts();
    if (s === null) return false;
    for (const x of s) out.push(x);
    return true;
  }

  // compound_stmt:
  //     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
  //     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
  //     | &'while' while_stmt | match_stmt
  compoundStmt(): stmt | null {
    const t = this.peek();
    switch (t.kind) {
      case Tok.KW_DEF: return this.functionDef(null);
      case Tok.AT: return this.decorated();
      case Tok.KW_IF: return this.ifStmt();
      case Tok.KW_CLASS: return this.classDef(null);
      case Tok.KW_WITH: return this.withStmt();
      case Tok.KW_FOR: return this.forStmt();
      case Tok.KW_TRY: return this.tryStmt();
      case Tok.KW_WHILE: return this.whileStmt();
      case Tok.KW_ASYNC: {
        const k = this.peek2().kind;
        if (k === Tok.KW_DEF) return this.functionDef(null);
        if (k === Tok.KW_WITH) return this.withStmt();
        if (k === Tok.KW_FOR) return this.forStmt();
        return null;
      }
      case Tok.NAME:
        if (t.value === 'match') return this.attempt(() => this.matchStmt());
        return null;
      default:
        return null;
    }
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  simpleStmts(): stmt[] | null {
    const out: stmt[] = [];
    for (;;) {
      const s = this.simpleStmt();
      if (s === null) return null;
      out.push(s);
      if (!this.eat(Tok.SEMI)) break;
      if (this.at(Tok.NEWLINE)) break;
    }
    if (!this.eat(Tok.NEWLINE)) return null;
    return out;
  }

  // simple_stmt (memo):
  //     | assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
  //     | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
  //     | 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt
  simpleStmt(): stmt | null {
    const t = this.peek();
    switch (t.kind) {
      case Tok.KW_PASS: this.pos++; return A.Pass(t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.KW_BREAK: this.pos++; return A.Break(t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.KW_CONTINUE: this.pos++; return A.Continue(t.lineno, t.col, t.endLineno, t.endCol);
      case Tok.KW_RETURN: return this.returnStmt();
      case Tok.KW_IMPORT: return this.importName();
      case Tok.KW_FROM: return this.importFrom();
      case Tok.KW_RAISE: return this.raiseStmt();
      case Tok.KW_DEL: return this.delStmt();
      case Tok.KW_ASSERT: return this.assertStmt();
      case Tok.KW_GLOBAL:
      case Tok.KW_NONLOCAL: return this.globalStmt();
      default: return this.assignmentOrExpr();
    }
  }

  // assignment:
  //     | NAME ':' expression ['=' annotated_rhs ]
  //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
  //     | (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  //     | single_target augassign ~ (yield_expr | star_expressions)
  //     | invalid_assignment
  // The expression is parsed once and turned into a target when an
  // assignment operator follows; the trees are the same as the grammar's.
  private assignmentOrExpr(): stmt | null {
    const mark = this.pos;
    const s = this.assignmentOrExprRaw();
    if (this.invalidPass && (s === null || s._type === 'Expr')) {
      // invalid_assignment comes after the valid assignment forms and before
      // the expression statement.
      const end = this.pos;
      this.pos = mark;
      this.invalidAssignment();
      this.pos = s === null ? mark : end;
    }
    return s;
  }

  private assignmentOrExprRaw(): stmt | null {
    const start = this.peek();
    const mark = this.pos;
    const first = start.kind === Tok.KW_YIELD ? this.yieldExpr() : this.starExpressions();
    if (first === null) return null;
    const k = this.peekKind();
    if (k === Tok.EQUAL) {
      if (first._type === 'Yield' || first._type === 'YieldFrom') { this.pos = mark; return null; }
      const targets: expr[] = [];
      let value: expr = first;
      while (this.at(Tok.EQUAL)) {
        const target = asTarget(value, A.Store, true);
        if (target === null) { this.pos = mark; return null; }
        targets.push(target);
        this.pos++;
        const m = this.pos;
        const v = this.at(Tok.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
        if (v === null) { this.pos = m; this.pos = mark; return null; }
        value = v;
      }
      let typeComment: string | null = null;
      const tc = this.eat(Tok.TYPE_COMMENT);
      if (tc !== null) typeComment = tc.value;
      const e = this.lastToken();
      return A.Assign(targets, value, typeComment, start.lineno, start.col, e.endLineno, e.endCol);
    }
    if (k === Tok.COLON) {
      // Annotated assignment: the target must be a single target.
      const isName = first._type === 'Name' && start.kind === Tok.NAME;
      let target: expr | null = null;
      if (first._type === 'Name' || first._type === 'Attribute' || first._type === 'Subscript') {
        target = asTarget(first, A.Store, false);
      }
      if (target === null) { this.pos = mark; return null; }
      this.pos++;
      const ann = this.expression();
      if (ann === null) { this.pos = mark; return null; }
      let value: expr | null = null;
      if (this.eat(Tok.EQUAL)) {
        const m = this.pos;
        value = this.at(Tok.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
        if (value === null) { this.pos = m - 1; }
      }
      const e = this.lastToken();
      return A.AnnAssign(target, ann, value, isName ? 1 : 0, start.lineno, start.col, e.endLineno, e.endCol);
    }
    const op = augOperator(k);
    if (op !== null) {
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
        this.pos = mark;
        return null;
      }
      const target = asTarget(first, A.Store, false)!;
      this.pos++;
      const value = this.at(Tok.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
      if (value === null) this.fail();
      const e = this.lastToken();
      return A.AugAssign(target, op, value, start.lineno, start.col, e.endLineno, e.endCol);
    }
    const e = this.lastToken();
    return A.Expr(first, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // invalid_assignment:
  //     | a=invalid_ann_assign_target ':' expression -> "only single target (not %s) can be annotated"
  //     | a=star_named_expression ',' star_named_expressions* ':' expression
  //         -> "only single target (not tuple) can be annotated"
  //     | a=expression ':' expression -> "illegal target for annotation"
  //     | (star_targets '=')* a=star_expressions '=' -> RAISE_SYNTAX_ERROR_INVALID_TARGET(STAR_TARGETS, a)
  //     | (star_targets '=')* a=yield_expr '=' -> "assignment to yield expression not possible"
  //     | a=star_expressions augassign (yield_expr | star_expressions)
  //         -> "'%s' is an illegal expression for augmented assignment"
  private invalidAssignment(): void {
    const mark = this.pos;
    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    const ann = this.attempt(() => this.invalidAnnAssignTarget());
    if (ann !== null && this.eat(Tok.COLON) && this.expression() !== null) {
      this.raiseAtNode(ann, `only single target (not ${exprName(ann)}) can be annotated`);
    }
    this.pos = mark;
    const a = this.starNamedExpression();
    if (a !== null && this.eat(Tok.COMMA)) {
      while (this.starNamedExpressions() !== null);
      if (this.eat(Tok.COLON) && this.expression() !== null) {
        this.raiseAtNode(a, 'only single target (not tuple) can be annotated');
      }
    }
    this.pos = mark;
    const b = this.expression();
    if (b !== null && this.eat(Tok.COLON) && this.expression() !== null) {
      this.raiseAtNode(b, 'illegal target for annotation');
    }
    this.pos = mark;
    // (star_targets '=')* a=star_expressions '='
    for (;;) {
      const m = this.pos;
      const s = this.starTargets();
      if (s === null || !this.eat(Tok.EQUAL)) { this.pos = m; break; }
    }
    const afterTargets = this.pos;
    const c = this.starExpressions();
    if (c !== null && this.at(Tok.EQUAL)) targetError(this, TargetsType.STAR, c);
    this.pos = afterTargets;
    const y = this.yieldExpr();
    if (y !== null && this.at(Tok.EQUAL)) this.raiseAtNode(y, 'assignment to yield expression not possible');
    this.pos = mark;
    const d = this.starExpressions();
    if (d !== null && augOperator(this.peekKind()) !== null) {
      this.pos++;
      const v = this.at(Tok.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
      if (v !== null) this.raiseAtNode(d, `'${exprName(d)}' is an illegal expression for augmented assignment`);
    }
    this.pos = mark;
  }

  private invalidAnnAssignTarget(): expr | null {
    const t = this.peek();
    if (t.kind === Tok.LSQB) return this.list();
    if (t.kind !== Tok.LPAR) return null;
    const mark = this.pos;
    const tup = this.attempt(() => this.tuple());
    if (tup !== null) return tup;
    this.pos = mark + 1;
    const inner = this.invalidAnnAssignTarget();
    if (inner !== null && this.eat(Tok.RPAR)) return inner;
    return null;
  }

  // return_stmt: 'return' [star_expressions]
  private returnStmt(): stmt {
    const t = this.next();
    const mark = this.pos;
    const v = this.starExpressions();
    if (v === null) this.pos = mark;
    const e = this.lastToken();
    return A.Return(v, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // raise_stmt: 'raise' expression ['from' expression ] | 'raise'
  private raiseStmt(): stmt | null {
    const t = this.next();
    const mark = this.pos;
    let exc = this.expression();
    let cause: expr | null = null;
    if (exc === null) {
      this.pos = mark;
    } else if (this.at(Tok.KW_FROM)) {
      const m = this.pos;
      this.pos++;
      cause = this.expression();
      if (cause === null) this.pos = m;
    }
    const e = this.lastToken();
    return A.Raise(exc, cause, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // global_stmt: 'global' ','.NAME+
  // nonlocal_stmt: 'nonlocal' ','.NAME+
  private globalStmt(): stmt | null {
    const t = this.next();
    const names: string[] = [];
    for (;;) {
      const n = this.eat(Tok.NAME);
      if (n === null) return null;
      names.push(n.value);
      if (!this.at(Tok.COMMA)) break;
      if (this.peek2().kind !== Tok.NAME) break;
      this.pos++;
    }
    const e = this.lastToken();
    return t.kind === Tok.KW_GLOBAL
      ? A.Global(names, t.lineno, t.col, e.endLineno, e.endCol)
      : A.Nonlocal(names, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
  private delStmt(): stmt | null {
    const t = this.next();
    const mark = this.pos;
    const targets = this.delTargets();
    if (targets !== null) {
      const k = this.peekKind();
      if (k === Tok.SEMI || k === Tok.NEWLINE) {
        const e = this.lastToken();
        return A.Delete(targets, t.lineno, t.col, e.endLineno, e.endCol);
      }
    }
    if (this.invalidPass) {
      // invalid_del_stmt: 'del' a=star_expressions
      this.pos = mark;
      const a = this.starExpressions();
      if (a !== null) targetError(this, TargetsType.DEL, a);
    }
    return null;
  }

  // del_targets: ','.del_target+ [',']
  private delTargets(): expr[] | null {
    const out: expr[] = [];
    for (;;) {
      const m = this.pos;
      const d = this.delTarget();
      if (d === null) { this.pos = m; break; }
      out.push(d);
      if (!this.eat(Tok.COMMA)) break;
    }
    return out.length > 0 ? out : null;
  }

  // del_target (memo):
  //     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
  // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
  private delTarget(): expr | null {
    return this.primaryAsTarget(A.Del);
  }

  // star_targets: star_target !',' | star_target (',' star_target )* [',']
  starTargets(): expr | null {
    const start = this.peek();
    const a = this.starTarget();
    if (a === null) return null;
    if (!this.at(Tok.COMMA)) return a;
    const elts = [a];
    while (this.eat(Tok.COMMA)) {
      const m = this.pos;
      const b = this.starTarget();
      if (b === null) { this.pos = m; break; }
      elts.push(b);
    }
    const e = this.lastToken();
    return A.Tuple(elts, A.Store, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
  starTarget(): expr | null {
    const t = this.peek();
    if (t.kind === Tok.STAR) {
      if (this.peek2().kind === Tok.STAR) return null;
      this.pos++;
      const a = this.starTarget();
      if (a === null) { this.pos--; return null; }
      const e = this.lastToken();
      return A.Starred(a, A.Store, t.lineno, t.col, e.endLineno, e.endCol);
    }
    return this.targetWithStarAtom();
  }

  // target_with_star_atom (memo):
  //     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
  // star_atom:
  //     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
  //     | '[' [star_targets_list_seq] ']'
  // The primary is parsed once and then taken as a target (an atom-only
  // primary is exactly a star_atom once its context is Store), so nested
  // brackets are not parsed again per alternative.
  private targetWithStarAtom(): expr | null {
    return this.primaryAsTarget(A.Store);
  }

  private primaryAsTarget(ctx: A.expr_context): expr | null {
    const k = this.peekKind();
    if (k !== Tok.NAME && k !== Tok.LPAR && k !== Tok.LSQB && k !== Tok.LBRACE && k !== Tok.STRING &&
        k !== Tok.NUMBER && k !== Tok.KW_NONE && k !== Tok.KW_TRUE && k !== Tok.KW_FALSE && k !== Tok.ELLIPSIS) {
      return null;
    }
    const mark = this.pos;
    const p = this.primary();
    if (p !== null) {
      const t = p._type;
      if (t === 'Attribute' || t === 'Subscript' || t === 'Name') return asTarget(p, ctx, false);
      if ((t === 'Tuple' || t === 'List') && (k === Tok.LPAR || k === Tok.LSQB)) {
        const r = asTarget(p, ctx, ctx === A.Store);
        if (r !== null) return r;
      }
    }
    this.pos = mark;
    return null;
  }

  // assert_stmt: 'assert' expression [',' expression ]
  private assertStmt(): stmt | null {
    const t = this.next();
    const test = this.expression();
    if (test === null) return null;
    let msg: expr | null = null;
    if (this.at(Tok.COMMA)) {
      const m = this.pos;
      this.pos++;
      msg = this.expression();
      if (msg === null) this.pos = m;
    }
    const e = this.lastToken();
    return A.Assert(test, msg, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // import_name: 'import' dotted_as_names
  // dotted_as_names: ','.dotted_as_name+
  // dotted_as_name: dotted_name ['as' NAME ]
  private importName(): stmt | null {
    const t = this.next();
    const names: A.alias[] = [];
    for (;;) {
      const a = this.dottedAsName();
      if (a === null) return null;
      names.push(a);
      if (!this.at(Tok.COMMA)) break;
      this.pos++;
    }
    const e = this.lastToken();
    return A.Import(names, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private dottedAsName(): A.alias | null {
    const start = this.peek();
    const name = this.dottedName();
    if (name === null) return null;
    let asname: string | null = null;
    if (this.at(Tok.KW_AS)) {
      const m = this.pos;
      this.pos++;
      const n = this.eat(Tok.NAME);
      if (n === null) this.pos = m;
      else asname = n.value;
    }
    const e = this.lastToken();
    return A.alias(name, asname, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // dotted_name: dotted_name '.' NAME | NAME
  private dottedName(): string | null {
    const n = this.eat(Tok.NAME);
    if (n === null) return null;
    let name = n.value;
    while (this.at(Tok.DOT)) {
      const m = this.pos;
      this.pos++;
      const b = this.eat(Tok.NAME);
      if (b === null) { this.pos = m; break; }
      name += '.' + b.value;
    }
    return name;
  }

  // import_from:
  //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //     | 'from' ('.' | '...')+ 'import' import_from_targets
  private importFrom(): stmt | null {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.eat(Tok.DOT)) level += 1;
      else if (this.eat(Tok.ELLIPSIS)) level += 3;
      else break;
    }
    const module = this.dottedName();
    if (module === null && level === 0) return null;
    if (!this.eat(Tok.KW_IMPORT)) return null;
    const names = this.importFromTargets();
    if (names === null) return null;
    const e = this.lastToken();
    return A.ImportFrom(module, names, level, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // import_from_targets:
  //     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  //     | invalid_import_from_targets
  private importFromTargets(): A.alias[] | null {
    const t = this.peek();
    if (t.kind === Tok.STAR) {
      this.pos++;
      return [A.alias('*', null, t.lineno, t.col, t.endLineno, t.endCol)];
    }
    if (t.kind === Tok.LPAR) {
      this.pos++;
      const names = this.importFromAsNames();
      if (names === null) return null;
      this.eat(Tok.COMMA);
      if (!this.eat(Tok.RPAR)) return null;
      return names;
    }
    const mark = this.pos;
    const names = this.importFromAsNames();
    if (names !== null && !this.at(Tok.COMMA)) return names;
    if (this.invalidPass && names !== null && this.eat(Tok.COMMA) && this.at(Tok.NEWLINE)) {
      // invalid_import_from_targets: import_from_as_names ',' NEWLINE
      this.raiseLast('trailing comma not allowed without surrounding parentheses');
    }
    this.pos = mark;
    return null;
  }

  // import_from_as_names: ','.import_from_as_name+
  // import_from_as_name: NAME ['as' NAME ]
  private importFromAsNames(): A.alias[] | null {
    const out: A.alias[] = [];
    for (;;) {
      const n = this.peek();
      if (n.kind !== Tok.NAME) break;
      this.pos++;
      let asname: string | null = null;
      if (this.at(Tok.KW_AS)) {
        const m = this.pos;
        this.pos++;
        const a = this.eat(Tok.NAME);
        if (a === null) this.pos = m;
        else asname = a.value;
      }
      const e = this.lastToken();
      out.push(A.alias(n.value, asname, n.lineno, n.col, e.endLineno, e.endCol));
      if (!this.at(Tok.COMMA) || this.peek2().kind !== Tok.NAME) break;
      this.pos++;
    }
    return out.length > 0 ? out : null;
  }

  // ---- blocks ---------------------------------------------------------------

  // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  block(): stmt[] | null {
    const mark = this.pos;
    if (this.at(Tok.NEWLINE)) {
      this.pos++;
      if (this.eat(Tok.INDENT)) {
        const body = this.statements();
        if (body !== null && this.eat(Tok.DEDENT)) return body;
      }
      this.pos = mark;
    } else {
      const s = this.simpleStmts();
      if (s !== null) return s;
      this.pos = mark;
    }
    if (this.invalidPass && this.at(Tok.NEWLINE) && this.peek2().kind !== Tok.INDENT) {
      // invalid_block: NEWLINE !INDENT
      this.pos++;
      this.raiseLast('expected an indented block', 'IndentationError');
    }
    return null;
  }

  /**
   * In the error pass, CPython's `invalid_*_stmt` rules check for a missing
   * indented block right after `kw ... ':'`: "expected an indented block after
   * X on line N". Call with `pos` just after the ':'.
   */
  private checkIndentedBlock(what: string, kw: Token): void {
    if (this.invalidPass && this.at(Tok.NEWLINE) && this.peek2().kind !== Tok.INDENT) {
      this.pos++;
      this.raiseLast(`expected an indented block after ${what} on line ${kw.lineno}`, 'IndentationError');
    }
  }

  /** `&&':'`: the colon is required, else "expected ':'" at once. */
  private expectColon(): void {
    if (!this.eat(Tok.COLON)) this.raiseAtToken(this.peek(), "expected ':'");
  }

  /**
   * The error pass's invalid_X_stmt checks at the ':' of a compound
   * statement: "expected ':'" before a NEWLINE, or no indented block after it.
   */
  private invalidBlockStart(what: string, kw: Token): void {
    if (!this.invalidPass) return;
    this.missingColon();
    if (this.at(Tok.COLON)) {
      const m = this.pos;
      this.pos++;
      this.checkIndentedBlock(what, kw);
      this.pos = m;
    }
  }

  /** The "expected ':'" that invalid_X_stmt raises when a NEWLINE follows. */
  private missingColon(): void {
    if (this.invalidPass && this.at(Tok.NEWLINE)) {
      this.pos++;
      this.raiseLast("expected ':'");
    }
  }

  // decorators: ('@' f=named_expression NEWLINE )+
  private decorated(): stmt | null {
    const decorators: expr[] = [];
    while (this.eat(Tok.AT)) {
      const d = this.namedExpression();
      if (d === null || !this.eat(Tok.NEWLINE)) return null;
      decorators.push(d);
    }
    const k = this.peekKind();
    if (k === Tok.KW_CLASS) return this.classDef(decorators);
    if (k === Tok.KW_DEF || (k === Tok.KW_ASYNC && this.peek2().kind === Tok.KW_DEF)) return this.functionDef(decorators);
    return null;
  }

  // class_def_raw:
  //     | invalid_class_def_raw
  //     | 'class' NAME ['(' [arguments] ')' ] &&':' block
  private classDef(decorators: expr[] | null): stmt | null {
    const kw = this.next();
    const name = this.eat(Tok.NAME);
    if (name === null) return null;
    let bases: expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.at(Tok.LPAR)) {
      const m = this.pos;
      this.pos++;
      if (!this.at(Tok.RPAR)) {
        const r = this.arguments();
        if (r !== null) { bases = r.args; keywords = r.keywords; }
      }
      if (!this.eat(Tok.RPAR)) { this.pos = m; }
    }
    this.invalidBlockStart('class definition', kw);
    this.expectColon();
    const body = this.block();
    if (body === null) return null;
    const e = this.lastToken();
    return A.ClassDef(name.value, bases, keywords, body, decorators ?? [], kw.lineno, kw.col, e.endLineno, e.endCol);
  }

  // function_def_raw:
  //     | invalid_def_raw
  //     | 'def' NAME &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
  //     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
  private functionDef(decorators: expr[] | null): stmt | null {
    const start = this.next();
    const isAsync = start.kind === Tok.KW_ASYNC;
    if (isAsync) this.pos++;
    const name = this.eat(Tok.NAME);
    if (name === null) return null;
    if (!this.at(Tok.LPAR)) this.raiseAtToken(this.peek(), "expected '('");
    this.pos++;
    let args: A.arguments;
    if (this.at(Tok.RPAR)) {
      args = emptyArguments();
    } else {
      const p = this.params(false);
      if (p === null) return null;
      args = p;
    }
    if (!this.eat(Tok.RPAR)) return null;
    let returns: expr | null = null;
    if (this.at(Tok.RARROW)) {
      const m = this.pos;
      this.pos++;
      returns = this.expression();
      if (returns === null) this.pos = m;
    }
    if (this.invalidPass && this.at(Tok.COLON)) {
      const m = this.pos;
      this.pos++;
      this.checkIndentedBlock('function definition', start.kind === Tok.KW_ASYNC ? this.tokens[this.pos - 1] : start);
      this.pos = m;
    }
    this.expectColon();
    const typeComment = this.funcTypeComment();
    const body = this.block();
    if (body === null) return null;
    const e = this.lastToken();
    const make = isAsync ? A.AsyncFunctionDef : A.FunctionDef;
    return make(name.value, args, body, decorators ?? [], returns, typeComment, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // func_type_comment:
  //     | NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
  private funcTypeComment(): string | null {
    const t = this.peek();
    if (t.kind === Tok.NEWLINE) {
      const t2 = this.peek2();
      if (t2.kind !== Tok.TYPE_COMMENT) return null;
      const mark = this.pos;
      this.pos += 2;
      if (this.at(Tok.NEWLINE) && this.peek2().kind === Tok.INDENT) return t2.value;
      this.pos = mark;
      return null;
    }
    if (t.kind === Tok.TYPE_COMMENT) {
      if (this.invalidPass) {
        // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
        const mark = this.pos;
        this.pos++;
        if (this.eat(Tok.NEWLINE) && this.eat(Tok.TYPE_COMMENT) && this.eat(Tok.NEWLINE) && this.at(Tok.INDENT)) {
          this.raiseLast('Cannot have two type comments on def');
        }
        this.pos = mark;
      }
      this.pos++;
      return t.value;
    }
    return null;
  }

  // params: invalid_parameters | parameters
  // parameters:
  //     | slash_no_default param_no_default* param_with_default* [star_etc]
  //     | slash_with_default param_with_default* [star_etc]
  //     | param_no_default+ param_with_default* [star_etc]
  //     | param_with_default+ [star_etc]
  //     | star_etc
  // (lambda_params mirrors it without annotations or type comments.)
  params(lambda: boolean): A.arguments | null {
    const mark = this.pos;
    if (this.invalidPass) {
      this.invalidParameters(lambda);
      this.pos = mark;
    }
    const close = lambda ? Tok.COLON : Tok.RPAR;
    const parts: ParamParts = { posonly: [], args: [], defaults: [], vararg: null, kwonly: [], kwDefaults: [], kwarg: null };
    // Positional parameters, with '/' converting those seen so far to positional-only.
    let sawDefault = false;
    let sawSlash = false;
    for (;;) {
      const t = this.peek();
      if (t.kind === Tok.SLASH) {
        if (sawSlash || (parts.args.length === 0)) { this.pos = mark; return null; }
        this.pos++;
        if (!this.paramSeparator(close)) { this.pos = mark; return null; }
        parts.posonly = parts.args;
        parts.args = [];
        sawSlash = true;
        continue;
      }
      if (t.kind !== Tok.NAME) break;
      const p = this.param(lambda, false);
      if (p === null) { this.pos = mark; return null; }
      let def: expr | null = null;
      if (this.at(Tok.EQUAL)) {
        this.pos++;
        def = this.expression();
        if (def === null) { this.pos = mark; return null; }
      }
      if (def !== null) {
        sawDefault = true;
        parts.defaults.push(def);
      } else if (sawDefault) {
        this.pos = mark;
        return null;
      }
      if (!this.paramSeparator(close, p)) { this.pos = mark; return null; }
      parts.args.push(p);
      if (this.tokens[this.pos - 1].kind !== Tok.COMMA && this.tokens[this.pos - 1].kind !== Tok.TYPE_COMMENT) break;
      if (this.at(close)) break;
    }
    if (this.at(Tok.STAR) || this.at(Tok.DOUBLESTAR)) {
      if (!this.starEtc(lambda, close, parts)) { this.pos = mark; return null; }
    }
    if (parts.posonly.length + parts.args.length === 0 && parts.vararg === null &&
        parts.kwonly.length === 0 && parts.kwarg === null) {
      this.pos = mark;
      return null;
    }
    return A.arguments_(parts.posonly, parts.args, parts.vararg, parts.kwonly, parts.kwDefaults, parts.kwarg, parts.defaults);
  }

  /**
   * After a parameter: ',' [TYPE_COMMENT] or [TYPE_COMMENT] &')' (functions),
   * ',' or &':' (lambdas). Attaches the type comment to `p`.
   */
  private paramSeparator(close: Tok, p?: A.arg): boolean {
    if (this.eat(Tok.COMMA)) {
      if (close === Tok.RPAR) {
        const tc = this.eat(Tok.TYPE_COMMENT);
        if (tc !== null && p) p.type_comment = tc.value;
      }
      return true;
    }
    if (close === Tok.RPAR) {
      const mark = this.pos;
      const tc = this.eat(Tok.TYPE_COMMENT);
      if (this.at(Tok.RPAR)) {
        if (tc !== null && p) p.type_comment = tc.value;
        // Leave ')' for the caller.
        return true;
      }
      this.pos = mark;
      return false;
    }
    return this.at(close);
  }

  // param: NAME annotation?        lambda_param: NAME
  // param_star_annotation: NAME star_annotation
  private param(lambda: boolean, starAnnotation: boolean): A.arg | null {
    const n = this.eat(Tok.NAME);
    if (n === null) return null;
    let ann: expr | null = null;
    if (!lambda && this.at(Tok.COLON)) {
      this.pos++;
      ann = starAnnotation && this.at(Tok.STAR) ? this.starExpression() : this.expression();
      if (ann === null) return null;
    }
    const e = this.lastToken();
    return A.arg(n.value, ann, null, n.lineno, n.col, e.endLineno, e.endCol);
  }

  // star_etc:
  //     | invalid_star_etc
  //     | '*' param_no_default param_maybe_default* [kwds]
  //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
  //     | '*' ',' param_maybe_default+ [kwds]
  //     | kwds
  // kwds: invalid_kwds | '**' param_no_default
  private starEtc(lambda: boolean, close: Tok, parts: ParamParts): boolean {
    if (this.eat(Tok.STAR)) {
      if (this.at(Tok.COMMA)) {
        this.pos++;
        // param_maybe_default+ is required after a bare '*'.
        if (!this.maybeDefaults(lambda, close, parts) || parts.kwonly.length === 0) return false;
      } else {
        const p = this.param(lambda, !lambda);
        if (p === null || !this.paramSeparator(close, p)) return false;
        parts.vararg = p;
        if (this.tokens[this.pos - 1].kind === Tok.COMMA || this.tokens[this.pos - 1].kind === Tok.TYPE_COMMENT) {
          if (!this.maybeDefaults(lambda, close, parts)) return false;
        }
      }
    }
    if (this.at(Tok.DOUBLESTAR)) {
      this.pos++;
      const p = this.param(lambda, false);
      if (p === null || !this.paramSeparator(close, p)) return false;
      parts.kwarg = p;
    }
    return true;
  }

  // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
  private maybeDefaults(lambda: boolean, close: Tok, parts: ParamParts): boolean {
    while (this.at(Tok.NAME)) {
      const p = this.param(lambda, false);
      if (p === null) return false;
      let def: expr | null = null;
      if (this.eat(Tok.EQUAL)) {
        def = this.expression();
        if (def === null) return false;
      }
      if (!this.paramSeparator(close, p)) return false;
      parts.kwonly.push(p);
      parts.kwDefaults.push(def);
      const prev = this.tokens[this.pos - 1].kind;
      if (prev !== Tok.COMMA && prev !== Tok.TYPE_COMMENT) break;
    }
    return true;
  }

  // invalid_parameters:
  //     | param_no_default* invalid_parameters_helper a=param_no_default
  //         -> "non-default argument follows default argument"
  //     | param_no_default* a='(' param_no_default+ ','? b=')' -> "Function parameters cannot be parenthesized"
  //     | a="/" ',' -> "at least one argument must precede /"
  //     | (slash_no_default | slash_with_default) param_maybe_default* a='/' -> "/ may appear only once"
  //     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
  //         param_maybe_default* a='/' -> "/ must be ahead of *"
  //     | param_maybe_default+ '/' a='*' -> "expected comma between / and *"
  // (and invalid_star_etc, invalid_kwds, invalid_default, and the lambda forms)
  private invalidParameters(lambda: boolean): void {
    const close = lambda ? Tok.COLON : Tok.RPAR;
    let sawDefault = false;
    let sawSlash = false;
    let sawStar = false;
    let count = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === Tok.SLASH) {
        if (count === 0 && !sawStar && this.peek2().kind === Tok.COMMA) {
          this.raiseAtToken(t, 'at least one argument must precede /');
        }
        if (sawStar) this.raiseAtToken(t, '/ must be ahead of *');
        if (sawSlash) this.raiseAtToken(t, '/ may appear only once');
        this.pos++;
        const n = this.peek();
        if (n.kind === Tok.STAR) this.raiseAtToken(n, 'expected comma between / and *');
        sawSlash = true;
        if (!this.eat(Tok.COMMA)) return;
        continue;
      }
      if (t.kind === Tok.LPAR && !sawStar) {
        const mark = this.pos;
        this.pos++;
        let n = 0;
        while (this.at(Tok.NAME)) {
          if (this.param(lambda, false) === null) break;
          n++;
          if (!this.eat(Tok.COMMA)) break;
        }
        const b = this.peek();
        if (n > 0 && b.kind === Tok.RPAR) {
          this.raiseRange(tokLoc(t), tokLoc(b), lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized');
        }
        this.pos = mark;
        return;
      }
      if (t.kind === Tok.STAR) {
        if (sawStar) this.raiseAtToken(t, '* argument may appear only once');
        this.pos++;
        const n = this.peek();
        if (n.kind === Tok.RPAR || n.kind === close || (n.kind === Tok.COMMA && (this.peek2().kind === close || this.peek2().kind === Tok.DOUBLESTAR))) {
          // The lambda form reports at the last token read, the def form at '*'.
          if (lambda) this.raiseLast('named arguments must follow bare *');
          this.raiseAtToken(t, 'named arguments must follow bare *');
        }
        if (!lambda && n.kind === Tok.COMMA && this.peek2().kind === Tok.TYPE_COMMENT) {
          this.pos += 2;
          this.raiseLast('bare * has associated type comment');
        }
        sawStar = true;
        if (n.kind === Tok.COMMA) { this.pos++; continue; }
        if (n.kind !== Tok.NAME) return;
        if (this.param(lambda, !lambda) === null) return;
        const eq = this.peek();
        if (eq.kind === Tok.EQUAL) this.raiseAtToken(eq, 'var-positional argument cannot have default value');
        if (!this.eat(Tok.COMMA)) return;
        continue;
      }
      if (t.kind === Tok.DOUBLESTAR) {
        this.pos++;
        if (this.param(lambda, false) === null) return;
        const n = this.peek();
        if (n.kind === Tok.EQUAL) this.raiseAtToken(n, 'var-keyword argument cannot have default value');
        if (n.kind === Tok.COMMA) {
          this.pos++;
          const a = this.peek();
          if (a.kind === Tok.NAME) {
            const p = this.param(lambda, false);
            if (p !== null) this.raiseAtNode(p, 'arguments cannot follow var-keyword argument');
          }
          if (a.kind === Tok.STAR || a.kind === Tok.DOUBLESTAR || a.kind === Tok.SLASH) {
            this.raiseAtToken(a, 'arguments cannot follow var-keyword argument');
          }
        }
        return;
      }
      if (t.kind !== Tok.NAME) return;
      const p = this.param(lambda, false);
      if (p === null) return;
      count++;
      const eq = this.peek();
      if (eq.kind === Tok.EQUAL) {
        this.pos++;
        const n = this.peek();
        if (n.kind === Tok.RPAR || n.kind === Tok.COMMA || (lambda && n.kind === Tok.COLON)) {
          this.raiseAtToken(eq, 'expected default value expression');
        }
        if (this.expression() === null) return;
        sawDefault = true;
      } else if (sawDefault && !sawStar) {
        this.raiseAtNode(p, 'non-default argument follows default argument');
      }
      if (!this.at(Tok.COMMA)) {
        if (!lambda) this.eat(Tok.TYPE_COMMENT);
        return;
      }
      this.pos++;
      if (!lambda) this.eat(Tok.TYPE_COMMENT);
    }
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  lambdef(): expr | null {
    const mark = this.pos;
    const t = this.next();
    let args: A.arguments;
    if (this.at(Tok.COLON)) {
      args = emptyArguments();
    } else {
      const p = this.params(true);
      if (p === null) { this.pos = mark; return null; }
      args = p;
    }
    if (!this.eat(Tok.COLON)) { this.pos = mark; return null; }
    const body = this.expression();
    if (body === null) { this.pos = mark; return null; }
    const e = this.lastToken();
    return A.Lambda(args, body, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // ---- compound statements ------------------------------------------------

  // if_stmt:
  //     | invalid_if_stmt
  //     | 'if' named_expression ':' block elif_stmt
  //     | 'if' named_expression ':' block [else_block]
  // elif_stmt: (the same with 'elif')
  private ifStmt(): stmt | null {
    const kw = this.next();
    const test = this.namedExpression();
    if (test === null) return null;
    this.invalidBlockStart(`'${kw.value}' statement`, kw);
    if (!this.eat(Tok.COLON)) return null;
    const body = this.block();
    if (body === null) return null;
    let orelse: stmt[] = [];
    if (this.at(Tok.KW_ELIF)) {
      const m = this.pos;
      const elif = this.ifStmt();
      if (elif === null) { this.pos = m; } else { orelse = [elif]; }
    } else if (this.at(Tok.KW_ELSE)) {
      const m = this.pos;
      const eb = this.elseBlock();
      if (eb === null) this.pos = m;
      else orelse = eb;
    }
    const e = this.lastToken();
    return A.If(test, body, orelse, kw.lineno, kw.col, e.endLineno, e.endCol);
  }

  // else_block: invalid_else_stmt | 'else' &&':' block
  private elseBlock(): stmt[] | null {
    const kw = this.next();
    if (this.invalidPass && this.at(Tok.COLON)) {
      const m = this.pos;
      this.pos++;
      this.checkIndentedBlock("'else' statement", kw);
      this.pos = m;
    }
    this.expectColon();
    return this.block();
  }

  // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
  private whileStmt(): stmt | null {
    const kw = this.next();
    const test = this.namedExpression();
    if (test === null) return null;
    this.invalidBlockStart("'while' statement", kw);
    if (!this.eat(Tok.COLON)) return null;
    const body = this.block();
    if (body === null) return null;
    let orelse: stmt[] = [];
    if (this.at(Tok.KW_ELSE)) {
      const m = this.pos;
      const eb = this.elseBlock();
      if (eb === null) this.pos = m;
      else orelse = eb;
    }
    const e = this.lastToken();
    return A.While(test, body, orelse, kw.lineno, kw.col, e.endLineno, e.endCol);
  }

  // for_stmt:
  //     | invalid_for_stmt
  //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  //     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  //     | invalid_for_target
  private forStmt(): stmt | null {
    const start = this.next();
    const isAsync = start.kind === Tok.KW_ASYNC;
    const kw = isAsync ? this.next() : start;
    const mark = this.pos;
    const target = this.starTargets();
    if (target === null || !this.eat(Tok.KW_IN)) {
      if (this.invalidPass) {
        this.pos = mark;
        const a = this.starExpressions();
        if (a !== null) targetError(this, TargetsType.FOR, a);
      }
      return null;
    }
    const iter = this.starExpressions();
    if (iter === null) this.fail();
    this.invalidBlockStart("'for' statement", kw);
    if (!this.eat(Tok.COLON)) this.fail();
    const tc = this.eat(Tok.TYPE_COMMENT);
    const body = this.block();
    if (body === null) this.fail();
    let orelse: stmt[] = [];
    if (this.at(Tok.KW_ELSE)) {
      const m = this.pos;
      const eb = this.elseBlock();
      if (eb === null) this.pos = m;
      else orelse = eb;
    }
    const e = this.lastToken();
    const make = isAsync ? A.AsyncFor : A.For;
    return make(target, iter, body, orelse, tc === null ? null : tc.value, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // with_stmt:
  //     | invalid_with_stmt_indent
  //     | 'with' '(' ','.with_item+ ','? ')' ':' block
  //     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  //     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
  //     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  //     | invalid_with_stmt
  private withStmt(): stmt | null {
    const start = this.next();
    const isAsync = start.kind === Tok.KW_ASYNC;
    const kw = isAsync ? this.next() : start;
    const afterKw = this.pos;
    const make = isAsync ? A.AsyncWith : A.With;
    if (this.invalidPass) this.invalidWithStmt(kw, afterKw);
    if (this.at(Tok.LPAR)) {
      this.pos++;
      const items = this.withItems();
      if (items !== null) {
        this.eat(Tok.COMMA);
        if (this.eat(Tok.RPAR) && this.eat(Tok.COLON)) {
          const body = this.block();
          if (body !== null) {
            const e = this.lastToken();
            return make(items, body, null, start.lineno, start.col, e.endLineno, e.endCol);
          }
        }
      }
      this.pos = afterKw;
    }
    const items = this.withItems();
    if (items === null || !this.eat(Tok.COLON)) return null;
    const tc = this.eat(Tok.TYPE_COMMENT);
    const body = this.block();
    if (body === null) return null;
    const e = this.lastToken();
    return make(items, body, tc === null ? null : tc.value, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // invalid_with_stmt / invalid_with_stmt_indent:
  //     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE -> "expected ':'"
  //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE -> "expected ':'"
  //     | ... ':' NEWLINE !INDENT -> "expected an indented block after 'with' statement on line %d"
  private invalidWithStmt(kw: Token, afterKw: number): void {
    for (const parenthesized of [false, true]) {
      this.pos = afterKw;
      if (parenthesized && !this.eat(Tok.LPAR)) continue;
      let ok = false;
      for (;;) {
        const e = parenthesized ? this.expressions() : this.expression();
        if (e === null) break;
        ok = true;
        if (this.at(Tok.KW_AS)) {
          const m = this.pos;
          this.pos++;
          if (this.starTarget() === null) this.pos = m;
        }
        if (!this.at(Tok.COMMA)) break;
        this.pos++;
      }
      if (!ok) continue;
      if (parenthesized && !this.eat(Tok.RPAR)) continue;
      if (this.at(Tok.COLON)) {
        this.pos++;
        this.checkIndentedBlock("'with' statement", kw);
      } else {
        this.missingColon();
      }
    }
    this.pos = afterKw;
  }

  // with_item:
  //     | expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
  private withItems(): A.withitem[] | null {
    const items: A.withitem[] = [];
    for (;;) {
      const mark = this.pos;
      const e = this.expression();
      if (e === null) { this.pos = mark; break; }
      let vars: expr | null = null;
      if (this.at(Tok.KW_AS)) {
        const m = this.pos;
        this.pos++;
        const t = this.starTarget();
        const k = this.peekKind();
        if (t !== null && (k === Tok.COMMA || k === Tok.RPAR || k === Tok.COLON)) {
          vars = t;
        } else {
          if (this.invalidPass) {
            // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
            this.pos = m + 1;
            const a = this.expression();
            const k2 = this.peekKind();
            if (a !== null && (k2 === Tok.COMMA || k2 === Tok.RPAR || k2 === Tok.COLON)) {
              targetError(this, TargetsType.STAR, a);
            }
          }
          this.pos = m;
        }
      }
      items.push(A.withitem(e, vars));
      if (!this.at(Tok.COMMA)) break;
      this.pos++;
    }
    if (items.length === 0) return null;
    if (this.tokens[this.pos - 1].kind === Tok.COMMA) this.pos--;
    return items;
  }

  // try_stmt:
  //     | invalid_try_stmt
  //     | 'try' &&':' block finally_block
  //     | 'try' &&':' block except_block+ [else_block] [finally_block]
  //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
  private tryStmt(): stmt | null {
    const kw = this.next();
    if (this.invalidPass && this.at(Tok.COLON)) {
      const m = this.pos;
      this.pos++;
      this.checkIndentedBlock("'try' statement", kw);
      this.pos = m;
    }
    this.expectColon();
    const body = this.block();
    if (body === null) return null;
    const handlers: A.excepthandler[] = [];
    let star: boolean | null = null;
    while (this.at(Tok.KW_EXCEPT)) {
      const m = this.pos;
      const isStar = this.peek2().kind === Tok.STAR;
      if (star !== null && isStar !== star) {
        if (this.invalidPass) this.mixedExceptError(isStar);
        this.pos = m;
        break;
      }
      const h = this.exceptBlock(isStar);
      if (h === null) { this.pos = m; break; }
      star = isStar;
      handlers.push(h);
    }
    let orelse: stmt[] = [];
    let finalbody: stmt[] = [];
    if (handlers.length > 0 && this.at(Tok.KW_ELSE)) {
      const m = this.pos;
      const eb = this.elseBlock();
      if (eb === null) this.pos = m;
      else orelse = eb;
    }
    if (this.at(Tok.KW_FINALLY)) {
      const m = this.pos;
      const fkw = this.next();
      if (this.invalidPass && this.at(Tok.COLON)) {
        const m2 = this.pos;
        this.pos++;
        this.checkIndentedBlock("'finally' statement", fkw);
        this.pos = m2;
      }
      this.expectColon();
      const fb = this.block();
      if (fb === null) this.pos = m;
      else finalbody = fb;
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      if (this.invalidPass) this.raiseLast("expected 'except' or 'finally' block");
      return null;
    }
    const e = this.lastToken();
    const make = star ? A.TryStar : A.Try;
    return make(body, handlers, orelse, finalbody, kw.lineno, kw.col, e.endLineno, e.endCol);
  }

  /** invalid_try_stmt's "cannot have both 'except' and 'except*' on the same 'try'". */
  private mixedExceptError(isStar: boolean): void {
    const a = this.next();
    if (isStar) {
      const b = this.next();
      if (this.expression() !== null) {
        if (this.eat(Tok.KW_AS)) this.eat(Tok.NAME);
        if (this.at(Tok.COLON)) {
          this.raiseRange(tokLoc(a), tokLoc(b), "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    } else {
      const m = this.pos;
      if (this.expression() !== null) {
        if (this.eat(Tok.KW_AS)) this.eat(Tok.NAME);
      } else {
        this.pos = m;
      }
      if (this.at(Tok.COLON)) this.raiseAtToken(a, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }

  // except_block:
  //     | invalid_except_stmt_indent
  //     | 'except' expression ['as' NAME ] ':' block
  //     | 'except' ':' block
  //     | invalid_except_stmt
  // except_star_block:
  //     | invalid_except_star_stmt_indent
  //     | 'except' '*' expression ['as' NAME ] ':' block
  //     | invalid_except_stmt
  private exceptBlock(isStar: boolean): A.excepthandler | null {
    const kw = this.next();
    const mark = this.pos;
    if (isStar) this.pos++;
    let type: expr | null = null;
    let name: string | null = null;
    if (!this.at(Tok.COLON) || isStar) {
      type = this.expression();
      if (type === null) {
        if (this.invalidPass) this.invalidExceptStmt(kw, mark);
        return null;
      }
      if (this.at(Tok.KW_AS)) {
        const m = this.pos;
        this.pos++;
        const n = this.eat(Tok.NAME);
        if (n === null) this.pos = m;
        else name = n.value;
      }
    }
    if (!this.at(Tok.COLON)) {
      if (this.invalidPass) this.invalidExceptStmt(kw, mark);
      return null;
    }
    this.pos++;
    if (this.invalidPass) {
      const m = this.pos;
      this.checkIndentedBlock(isStar ? "'except*' statement" : "'except' statement", kw);
      this.pos = m;
    }
    const body = this.block();
    if (body === null) return null;
    const e = this.lastToken();
    return A.ExceptHandler(type, name, body, kw.lineno, kw.col, e.endLineno, e.endCol);
  }

  // invalid_except_stmt:
  //     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
  //         -> "multiple exception types must be parenthesized"
  //     | a='except' '*'? expression ['as' NAME ] NEWLINE -> "expected ':'"
  //     | a='except' NEWLINE -> "expected ':'"
  //     | a='except' '*' (NEWLINE | ':') -> "expected 'except' or 'finally' block"
  private invalidExceptStmt(kw: Token, afterKw: number): void {
    this.pos = afterKw;
    this.eat(Tok.STAR);
    const m = this.pos;
    const a = this.expression();
    if (a !== null && this.eat(Tok.COMMA) && this.expressions() !== null) {
      if (this.eat(Tok.KW_AS)) this.eat(Tok.NAME);
      if (this.at(Tok.COLON)) this.raiseFrom(a, 'multiple exception types must be parenthesized');
    }
    this.pos = m;
    if (this.expression() !== null) {
      if (this.eat(Tok.KW_AS)) this.eat(Tok.NAME);
      if (this.at(Tok.NEWLINE)) { this.pos++; this.raiseLast("expected ':'"); }
    }
    this.pos = afterKw;
    if (this.at(Tok.NEWLINE)) { this.pos++; this.raiseLast("expected ':'"); }
    if (this.eat(Tok.STAR) && (this.at(Tok.NEWLINE) || this.at(Tok.COLON))) {
      this.pos++;
      this.raiseLast('expected one or more exception types');
    }
    this.pos = afterKw;
  }

  // match_stmt:
  //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  //     | invalid_match_stmt
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private matchStmt(): stmt | null {
    const kw = this.next();
    const start = this.peek();
    let subject: expr | null;
    const mark = this.pos;
    const first = this.starNamedExpression();
    if (first !== null && this.at(Tok.COMMA)) {
      this.pos++;
      const m = this.pos;
      const rest = this.starNamedExpressions();
      if (rest === null) this.pos = m;
      const e = this.lastToken();
      subject = A.Tuple([first, ...(rest ?? [])], A.Load, start.lineno, start.col, e.endLineno, e.endCol);
    } else {
      this.pos = mark;
      subject = this.namedExpression();
    }
    if (subject === null) return null;
    this.invalidBlockStart("'match' statement", kw);
    if (!this.eat(Tok.COLON) || !this.eat(Tok.NEWLINE) || !this.eat(Tok.INDENT)) return null;
    const cases: A.match_case[] = [];
    while (this.atSoftKeyword('case')) {
      const m = this.pos;
      const c = this.caseBlock();
      if (c === null) { this.pos = m; break; }
      cases.push(c);
    }
    if (cases.length === 0 || !this.eat(Tok.DEDENT)) return null;
    const e = this.lastToken();
    return A.Match(subject, cases, kw.lineno, kw.col, e.endLineno, e.endCol);
  }

  // case_block: invalid_case_block | "case" patterns guard? ':' block
  // guard: 'if' named_expression
  private caseBlock(): A.match_case | null {
    const kw = this.next();
    const pattern = this.patterns();
    if (pattern === null) return null;
    let guard: expr | null = null;
    if (this.at(Tok.KW_IF)) {
      const m = this.pos;
      this.pos++;
      guard = this.namedExpression();
      if (guard === null) this.pos = m;
    }
    this.invalidBlockStart("'case' statement", kw);
    if (!this.eat(Tok.COLON)) return null;
    const body = this.block();
    if (body === null) return null;
    return A.match_case(pattern, guard, body);
  }

  // ---- literals -------------------------------------------------------------

  numberValue(t: Token): A.ConstValue {
    return parseNumber(t.value);
  }

  // strings (memo): STRING+
  strings(): expr | null {
    const toks: Token[] = [];
    while (this.at(Tok.STRING)) toks.push(this.next());
    if (toks.length === 0) return null;
    return concatenateStrings(this, toks);
  }
}

function augOperator(k: Tok): A.operator | null {
  switch (k) {
    case Tok.PLUSEQUAL: return A.Add;
    case Tok.MINEQUAL: return A.Sub;
    case Tok.STAREQUAL: return A.Mult;
    case Tok.ATEQUAL: return A.MatMult;
    case Tok.SLASHEQUAL: return A.Div;
    case Tok.PERCENTEQUAL: return A.Mod;
    case Tok.AMPEREQUAL: return A.BitAnd;
    case Tok.VBAREQUAL: return A.BitOr;
    case Tok.CIRCUMFLEXEQUAL: return A.BitXor;
    case Tok.LEFTSHIFTEQUAL: return A.LShift;
    case Tok.RIGHTSHIFTEQUAL: return A.RShift;
    case Tok.DOUBLESTAREQUAL: return A.Pow;
    case Tok.DOUBLESLASHEQUAL: return A.FloorDiv;
    default: return null;
  }
}

function emptyArguments(): A.arguments {
  return A.arguments_([], [], null, [], [], null, []);
}

export type { Located };
