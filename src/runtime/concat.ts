// In-place string concatenation, as CPython 3.11 does it (`s += t` and
// `s = s + t` on a function's local variable).
//
// CPython 3.11 extends a str in place only from its specialized instruction
// BINARY_OP_INPLACE_ADD_UNICODE, which exists for a `+` whose result is
// stored into the fast local its left operand came from. The instruction is
// made by the specializing interpreter: a code object is quickened after 8
// "warm-up" events (a call of it, a backward jump of a `for` loop, a
// `while True` loop or a `continue`; a `while` loop with a test jumps back
// with an instruction that does not count), and then the adaptive BINARY_OP
// specializes on its first execution according to the operands it sees. When
// the specialized instruction runs with the same local still holding the left
// operand and both operands exact strs, PyUnicode_Append resizes the left str
// in place if nothing else refers to it (the local is its only reference), it
// was never hashed nor interned, and the right operand's characters fit its
// kind; otherwise it makes a new str. A guard that fails is a miss: after 53
// of them the instruction goes back to the adaptive one, which specializes
// again 31 executions later. Module-level and
// class-level code (names in dicts) never concatenates in place in 3.11.
//
// pyheap runs the same state machine per site, so that id(s) after `s += t`
// is CPython's: the same object when it was resized in place (and the same
// address while its block stays in its size class, see heap.ts).

import type { PyObject } from './object.js';
import { PyStr, StrType, strBlockSize } from './types/str.js';
import { IntType } from './types/int.js';
import { FloatType } from './types/float.js';
import { iadd } from './arith.js';
import { blockResize } from './heap.js';

/** A code object's warm-up count: negative until it is quickened (_PyCode_Warmup). */
export interface Warmup {
  w: number;
}

export function newWarmup(): Warmup {
  return { w: -8 };
}

const ADAPTIVE = 0;
const INPLACE = 1;
/** Specialized for something else (int, float, or str + str stored elsewhere): never in place. */
const OTHER = 2;
const MISS_COUNTER_START = 53;
/** The adaptive counter after a deopt, and after a failed specialization (3.11's backoff counters). */
const ADAPTIVE_RESTART = 31;
const BACKOFF = 63;

export interface ConcatSite {
  wu: Warmup;
  state: number;
  counter: number;
  /** The operand type OTHER was specialized for. */
  kind: PyObject | null;
}

export function newConcatSite(wu: Warmup): ConcatSite {
  return { wu, state: ADAPTIVE, counter: 0, kind: null };
}

/**
 * `local += b` (or `local = local + b`) where `a` is the local's value as
 * loaded (a new reference) and `local` what the variable holds now. Returns
 * a new reference to the result.
 */
export function concatAt(a: PyObject, b: PyObject, site: ConcatSite, local: PyObject | null): PyObject {
  if (site.wu.w < 0) return iadd(a, b);
  if (site.state === ADAPTIVE) {
    if (site.counter > 0) {
      site.counter--;
      return iadd(a, b);
    }
    const t = a.type;
    if (t === StrType && b.type === StrType) {
      site.state = local === a ? INPLACE : OTHER;
    } else if ((t === IntType || t === FloatType) && b.type === t) {
      site.state = OTHER;
    } else {
      site.counter = BACKOFF;
      return iadd(a, b);
    }
    site.kind = t;
    site.counter = MISS_COUNTER_START;
  }
  const hit = site.state === INPLACE
    ? a.type === StrType && b.type === StrType && local === a
    : a.type === site.kind && b.type === site.kind;
  if (!hit) {
    if (--site.counter === 0) {
      site.state = ADAPTIVE;
      site.counter = ADAPTIVE_RESTART;
    }
    return iadd(a, b);
  }
  // The local and the loaded operand are the only references.
  if (site.state === INPLACE && a.rc === 2) {
    const s = a as PyStr;
    const tail = (b as PyStr).v;
    if (tail.length !== 0 && s.v.length !== 0 && !s.hashed && !s.interned) {
      const oldSize = strBlockSize(s.v);
      if (s.appendInPlace(b as PyStr)) {
        blockResize(s, oldSize, strBlockSize(s.v));
        s.rc++;
        return s;
      }
    }
  }
  return iadd(a, b);
}
