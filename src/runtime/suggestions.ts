// The "Did you mean" hint of an uncaught NameError or AttributeError
// (Python/suggestions.c in 3.11): the closest candidate name by a
// Levenshtein distance over UTF-8 bytes in which a case change costs half a
// move, within a third of the characters involved.

import { PyObject, decref } from './object.js';
import { PyBaseException, AttributeErrorType, NameErrorType, getField } from './types/exceptions.js';
import { PyTraceback } from './types/traceback.js';
import { PyStr, StrType } from './types/str.js';
import { PyDict, dictKeyList } from './types/dict.js';
import { sequenceList } from './types/list.js';
import { callBound } from './types/typeobject.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A substitution's cost: free for the same byte, CASE_COST for an ASCII case flip. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = isUpper(a) ? a + 32 : a;
  const lb = isUpper(b) ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

/** The edit distance of a and b, or anything above maxCost once it must exceed it. */
export function editDistance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) (aStart++, bStart++);
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) (aEnd--, bEnd--);
  let x = a.subarray(aStart, aEnd);
  let y = b.subarray(bStart, bEnd);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  // One row of the distance matrix, updated in place: row[i] is the cost of x[:i+1] against y[:j].
  const row = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < y.length; j++) {
    let diagonal = j * MOVE_COST;
    result = diagonal;
    let rowMin = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = diagonal + substitutionCost(y[j], x[i]);
      diagonal = row[i];
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
      row[i] = result;
      if (result < rowMin) rowMin = result;
    }
    if (rowMin > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate closest to name, the first of equals; null when none is close enough. */
export function closestName(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const cBytes = utf8.encode(c);
    const limit = Math.min(Math.floor((nameBytes.length + cBytes.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = editDistance(nameBytes, cBytes, limit);
    if (d > limit) continue;
    if (best === null || d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function dictKeyNames(d: PyDict): string[] {
  const out: string[] = [];
  for (const k of dictKeyList(d)) if (k instanceof PyStr) out.push(k.v);
  return out;
}

/** sorted(dir(obj)) as strings, or null when dir() fails. */
function dirNames(obj: PyObject): string[] | null {
  const m = obj.type.lookup('__dir__');
  if (m === null) return null;
  try {
    const r = callBound(m, obj, []);
    const l = sequenceList(r);
    decref(r);
    const names = l.items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.v);
    decref(l);
    return names.sort(compareCodePoints);
  } catch (e) {
    if (e instanceof PyObject) decref(e);
    return null;
  }
}

function compareCodePoints(a: string, b: string): number {
  const x = [...a], y = [...b];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The name to offer for an uncaught exception, or null (_Py_Offer_Suggestions). */
export function offerSuggestion(e: PyBaseException): string | null {
  const name = getField(e, 'name');
  if (!(name instanceof PyStr) || name.type !== StrType) return null;
  if (e.type === AttributeErrorType) {
    const obj = getField(e, 'obj');
    if (obj === null) return null;
    const names = dirNames(obj);
    return names === null ? null : closestName(names, name.v);
  }
  if (e.type === NameErrorType) {
    if (!(e.traceback instanceof PyTraceback)) return null;
    let tb: PyTraceback = e.traceback;
    while (tb.next !== null) tb = tb.next;
    const fr = tb.frame;
    return closestName(fr.code.varnames, name.v)
      ?? closestName(dictKeyNames(fr.func.globals), name.v)
      ?? closestName(dictKeyNames(fr.func.builtins), name.v);
  }
  return null;
}
