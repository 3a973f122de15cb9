// Pattern rules of the match statement (PEP 634), as CPython 3.11's grammar
// has them.

import * as A from './ast.js';
import { Tok, type Token } from './tokens.js';
import { ExpressionParser } from './expressions.js';
import { ComplexConst } from './constants.js';

type pattern = A.pattern;

export abstract class PatternParser extends ExpressionParser {
  // patterns: open_sequence_pattern | pattern
  patterns(): pattern | null {
    const start = this.peek();
    const mark = this.pos;
    const seq = this.openSequencePattern();
    if (seq !== null) {
      const e = this.lastToken();
      return A.MatchSequence(seq, start.lineno, start.col, e.endLineno, e.endCol);
    }
    this.pos = mark;
    return this.pattern();
  }

  // pattern: as_pattern | or_pattern
  // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
  pattern(): pattern | null {
    const start = this.peek();
    this.enter();
    try {
      const a = this.orPattern();
      if (a === null) return null;
      if (!this.at(Tok.KW_AS)) return a;
      const mark = this.pos;
      this.pos++;
      const name = this.patternCaptureTarget();
      if (name !== null) {
        const e = this.lastToken();
        return A.MatchAs(a, name.value, start.lineno, start.col, e.endLineno, e.endCol);
      }
      if (this.invalidPass) {
        // invalid_as_pattern:
        //     | or_pattern 'as' a="_" -> "cannot use '_' as a target"
        //     | or_pattern 'as' !NAME a=expression -> "invalid pattern target"
        const t = this.peek();
        if (t.kind === Tok.NAME && t.value === '_') this.raiseAtToken(t, "cannot use '_' as a target");
        if (t.kind !== Tok.NAME) {
          const x = this.expression();
          if (x !== null) this.raiseAtNode(x, 'invalid pattern target');
        }
      }
      this.pos = mark;
      return a;
    } finally {
      this.depth--;
    }
  }

  // or_pattern: '|'.closed_pattern+
  orPattern(): pattern | null {
    const start = this.peek();
    const a = this.closedPattern();
    if (a === null) return null;
    if (!this.at(Tok.VBAR)) return a;
    const pats = [a];
    while (this.at(Tok.VBAR)) {
      const mark = this.pos;
      this.pos++;
      const b = this.closedPattern();
      if (b === null) { this.pos = mark; break; }
      pats.push(b);
    }
    if (pats.length === 1) return a;
    const e = this.lastToken();
    return A.MatchOr(pats, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // closed_pattern (memo):
  //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
  //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
  closedPattern(): pattern | null {
    const t = this.peek();
    const mark = this.pos;
    switch (t.kind) {
      case Tok.NUMBER:
      case Tok.MINUS:
      case Tok.STRING:
      case Tok.KW_NONE:
      case Tok.KW_TRUE:
      case Tok.KW_FALSE:
        return this.literalPattern();
      case Tok.LPAR:
        return this.attempt(() => this.groupPattern()) ?? this.sequencePattern();
      case Tok.LSQB:
        return this.sequencePattern();
      case Tok.LBRACE:
        return this.mappingPattern();
      case Tok.NAME: {
        const n2 = this.peek2().kind;
        if (n2 !== Tok.DOT && n2 !== Tok.LPAR && n2 !== Tok.EQUAL) {
          this.pos++;
          if (t.value === '_') return A.MatchAs(null, null, t.lineno, t.col, t.endLineno, t.endCol);
          return A.MatchAs(null, t.value, t.lineno, t.col, t.endLineno, t.endCol);
        }
        // value_pattern: attr !('.' | '(' | '=')
        const v = this.nameOrAttr();
        if (v === null) { this.pos = mark; return null; }
        const k = this.peekKind();
        if (v._type === 'Attribute' && k !== Tok.DOT && k !== Tok.LPAR && k !== Tok.EQUAL) {
          return A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
        }
        this.pos = mark;
        return this.classPattern();
      }
      default:
        return null;
    }
  }

  // literal_pattern:
  //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  private literalPattern(): pattern | null {
    const t = this.peek();
    if (t.kind === Tok.KW_NONE || t.kind === Tok.KW_TRUE || t.kind === Tok.KW_FALSE) {
      this.pos++;
      const v = t.kind === Tok.KW_NONE ? null : t.kind === Tok.KW_TRUE;
      return A.MatchSingleton(v, t.lineno, t.col, t.endLineno, t.endCol);
    }
    const e = this.literalExpr();
    if (e === null) return null;
    return A.MatchValue(e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  }

  // literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  literalExpr(): A.expr | null {
    const t = this.peek();
    if (t.kind === Tok.STRING) return this.strings();
    if (t.kind === Tok.KW_NONE || t.kind === Tok.KW_TRUE || t.kind === Tok.KW_FALSE) {
      return this.atom();
    }
    const mark = this.pos;
    const a = this.signedNumber();
    if (a === null) return null;
    const k = this.peekKind();
    if (k !== Tok.PLUS && k !== Tok.MINUS) return a;
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    this.pos++;
    const n = this.eat(Tok.NUMBER);
    if (n === null) { this.pos = mark; return null; }
    this.ensureReal(a);
    const imag = A.Constant(this.numberValue(n), null, n.lineno, n.col, n.endLineno, n.endCol);
    this.ensureImaginary(imag);
    const e = this.lastToken();
    return A.BinOp(a, k === Tok.PLUS ? A.Add : A.Sub, imag, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // signed_number: NUMBER | '-' NUMBER
  private signedNumber(): A.expr | null {
    const t = this.peek();
    if (t.kind === Tok.NUMBER) {
      this.pos++;
      return A.Constant(this.numberValue(t), null, t.lineno, t.col, t.endLineno, t.endCol);
    }
    if (t.kind === Tok.MINUS) {
      const n = this.peek2();
      if (n.kind !== Tok.NUMBER) return null;
      this.pos += 2;
      const c = A.Constant(this.numberValue(n), null, n.lineno, n.col, n.endLineno, n.endCol);
      return A.UnaryOp(A.USub, c, t.lineno, t.col, n.endLineno, n.endCol);
    }
    return null;
  }

  private ensureReal(e: A.expr): void {
    const c = e._type === 'UnaryOp' ? e.operand : e;
    if (c._type === 'Constant' && c.value instanceof ComplexConst) {
      this.raiseAtNode(c, 'real number required in complex literal');
    }
  }

  private ensureImaginary(c: A.Constant): void {
    if (!(c.value instanceof ComplexConst)) {
      this.raiseAtNode(c, 'imaginary number required in complex literal');
    }
  }

  // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  private patternCaptureTarget(): Token | null {
    const t = this.peek();
    if (t.kind !== Tok.NAME || t.value === '_') return null;
    const k = this.peek2().kind;
    if (k === Tok.DOT || k === Tok.LPAR || k === Tok.EQUAL) return null;
    this.pos++;
    return t;
  }

  // name_or_attr: attr | NAME
  // attr: name_or_attr '.' NAME
  private nameOrAttr(): A.expr | null {
    const t = this.eat(Tok.NAME);
    if (t === null) return null;
    let a: A.expr = this.nameNode(t);
    while (this.at(Tok.DOT)) {
      const mark = this.pos;
      this.pos++;
      const n = this.eat(Tok.NAME);
      if (n === null) { this.pos = mark; break; }
      a = A.Attribute(a, n.value, A.Load, t.lineno, t.col, n.endLineno, n.endCol);
    }
    return a;
  }

  // group_pattern: '(' pattern ')'
  private groupPattern(): pattern | null {
    if (!this.eat(Tok.LPAR)) return null;
    const p = this.pattern();
    if (p === null || !this.eat(Tok.RPAR)) return null;
    return p;
  }

  // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
  private sequencePattern(): pattern | null {
    const start = this.peek();
    const mark = this.pos;
    this.pos++;
    let pats: pattern[] = [];
    if (start.kind === Tok.LSQB) {
      if (!this.at(Tok.RSQB)) pats = this.maybeSequencePattern() ?? [];
      if (!this.eat(Tok.RSQB)) { this.pos = mark; return null; }
    } else {
      if (!this.at(Tok.RPAR)) {
        const m = this.pos;
        const s = this.openSequencePattern();
        if (s === null) this.pos = m;
        else pats = s;
      }
      if (!this.eat(Tok.RPAR)) { this.pos = mark; return null; }
    }
    const e = this.lastToken();
    return A.MatchSequence(pats, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  private openSequencePattern(): pattern[] | null {
    const mark = this.pos;
    const a = this.maybeStarPattern();
    if (a === null || !this.eat(Tok.COMMA)) { this.pos = mark; return null; }
    const m = this.pos;
    const rest = this.maybeSequencePattern();
    if (rest === null) { this.pos = m; return [a]; }
    return [a, ...rest];
  }

  // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
  private maybeSequencePattern(): pattern[] | null {
    const a = this.maybeStarPattern();
    if (a === null) return null;
    const pats = [a];
    while (this.at(Tok.COMMA)) {
      const mark = this.pos;
      this.pos++;
      const b = this.maybeStarPattern();
      if (b === null) { this.pos = mark + 1; break; }
      pats.push(b);
    }
    return pats;
  }

  // maybe_star_pattern: star_pattern | pattern
  // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
  private maybeStarPattern(): pattern | null {
    const t = this.peek();
    if (t.kind === Tok.STAR) {
      const n = this.peek2();
      if (n.kind !== Tok.NAME) return null;
      this.pos++;
      if (n.value === '_') {
        this.pos++;
        return A.MatchStar(null, t.lineno, t.col, n.endLineno, n.endCol);
      }
      const c = this.patternCaptureTarget();
      if (c === null) { this.pos--; return null; }
      return A.MatchStar(c.value, t.lineno, t.col, c.endLineno, c.endCol);
    }
    return this.pattern();
  }

  // mapping_pattern:
  //     | '{' '}' | '{' double_star_pattern ','? '}'
  //     | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
  private mappingPattern(): pattern | null {
    const start = this.next();
    const mark = this.pos - 1;
    const keys: A.expr[] = [];
    const pats: pattern[] = [];
    let rest: string | null = null;
    for (;;) {
      if (this.at(Tok.RBRACE)) break;
      if (this.at(Tok.DOUBLESTAR)) {
        this.pos++;
        const c = this.patternCaptureTarget();
        if (c === null) { this.pos = mark; return null; }
        rest = c.value;
        this.eat(Tok.COMMA);
        break;
      }
      // key_value_pattern: (literal_expr | attr) ':' pattern
      const t = this.peek();
      let key: A.expr | null;
      if (t.kind === Tok.NAME) {
        const m = this.pos;
        key = this.nameOrAttr();
        if (key !== null && key._type !== 'Attribute') { this.pos = m; key = null; }
      } else {
        key = this.literalExpr();
      }
      if (key === null || !this.eat(Tok.COLON)) { this.pos = mark; return null; }
      const p = this.pattern();
      if (p === null) { this.pos = mark; return null; }
      keys.push(key);
      pats.push(p);
      if (!this.eat(Tok.COMMA)) break;
    }
    if (!this.eat(Tok.RBRACE)) { this.pos = mark; return null; }
    const e = this.lastToken();
    return A.MatchMapping(keys, pats, rest, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // class_pattern:
  //     | name_or_attr '(' ')'
  //     | name_or_attr '(' positional_patterns ','? ')'
  //     | name_or_attr '(' keyword_patterns ','? ')'
  //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
  //     | invalid_class_pattern
  private classPattern(): pattern | null {
    const start = this.peek();
    const mark = this.pos;
    const cls = this.nameOrAttr();
    if (cls === null || !this.eat(Tok.LPAR)) { this.pos = mark; return null; }
    const pats: pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPats: pattern[] = [];
    let sawKeyword = false;
    for (;;) {
      if (this.at(Tok.RPAR)) break;
      const t = this.peek();
      if (t.kind === Tok.NAME && this.peek2().kind === Tok.EQUAL) {
        // keyword_pattern: NAME '=' pattern
        this.pos += 2;
        const p = this.pattern();
        if (p === null) { this.pos = mark; return null; }
        kwdAttrs.push(t.value);
        kwdPats.push(p);
        sawKeyword = true;
      } else {
        if (sawKeyword) {
          if (this.invalidPass) this.invalidClassPattern(mark);
          this.pos = mark;
          return null;
        }
        const p = this.pattern();
        if (p === null) { this.pos = mark; return null; }
        pats.push(p);
      }
      if (!this.eat(Tok.COMMA)) break;
    }
    if (!this.eat(Tok.RPAR)) { this.pos = mark; return null; }
    const e = this.lastToken();
    return A.MatchClass(cls, pats, kwdAttrs, kwdPats, start.lineno, start.col, e.endLineno, e.endCol);
  }

  // invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
  //     -> "positional patterns follow keyword patterns"
  // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns
  private invalidClassPattern(mark: number): void {
    this.pos = mark;
    this.nameOrAttr();
    this.pos++;
    let sawKeyword = false;
    const trailing: pattern[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === Tok.NAME && this.peek2().kind === Tok.EQUAL) {
        if (trailing.length > 0) break;
        this.pos += 2;
        if (this.pattern() === null) return;
        sawKeyword = true;
      } else {
        const p = this.pattern();
        if (p === null) break;
        if (sawKeyword) trailing.push(p);
      }
      if (!this.eat(Tok.COMMA)) break;
    }
    if (trailing.length > 0) {
      this.raiseRange(trailing[0], trailing[trailing.length - 1], 'positional patterns follow keyword patterns');
    }
  }
}
