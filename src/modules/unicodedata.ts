// The unicodedata module (Modules/unicodedata.c) over the Unicode 14.0 tables
// of src/common (names and numeric values with the str methods' data, the
// other properties and normalization in normalize.ts).

import { PyObject, decref } from '../runtime/object.js';
import { PyModule } from '../runtime/types/module.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { newInt } from '../runtime/types/int.js';
import { PyFloat } from '../runtime/types/float.js';
import { newBool } from '../runtime/types/bool.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { typeError, valueError, keyError } from '../runtime/errors.js';
import { decimalValue, digitValue, numericValue, unicodeName, lookupUnicodeName } from '../common/unicode.js';
import { category, bidirectional, eastAsianWidth, combining, mirrored, decompositionText, normalizeCodePoints,
  UNIDATA_VERSION } from '../common/normalize.js';
import type { Interpreter } from '../runtime/interp.js';

/** The one character argument of most functions: its code point. */
function charArg(fname: string, o: PyObject): number {
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument must be a unicode character, not ${o.type.name}`);
  const cp = o.v.codePointAt(0);
  if (cp === undefined || o.cplen !== 1) throw typeError(`${fname}() argument must be a unicode character, not str`);
  return cp;
}

/** A value, or the default argument, or the error. */
function withDefault(a: PyObject[], v: PyObject | null, message: string): PyObject {
  if (v !== null) return v;
  if (a.length > 1) {
    a[1].rc++;
    return a[1];
  }
  throw valueError(message);
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

function normalized(a: PyObject[], fname: string): [string, string] {
  const [form, s] = a;
  if (!(form instanceof PyStr)) throw typeError(`${fname}() argument 1 must be str, not ${form.type.name}`);
  if (!(s instanceof PyStr)) throw typeError(`${fname}() argument 2 must be str, not ${s.type.name}`);
  if (!FORMS.has(form.v)) throw valueError('invalid normalization form');
  const cps = Array.from(s.v, (c) => c.codePointAt(0)!);
  return [s.v, String.fromCodePoint(...normalizeCodePoints(form.v as 'NFC', cps))];
}

const FUNCTIONS: [string, NativeFn][] = [
  ['lookup', (_s, a, k) => {
    checkArgs('lookup', a, k, 1, 1);
    const n = a[0];
    if (!(n instanceof PyStr)) throw typeError(`lookup() argument must be str, not ${n.type.name}`);
    const cp = lookupUnicodeName(n.v);
    if (cp === undefined) {
      const msg = newStr(`undefined character name '${n.v}'`);
      try {
        throw keyError(msg);
      } finally {
        decref(msg);
      }
    }
    return newStr(String.fromCodePoint(cp));
  }],
  ['name', (_s, a, k) => {
    checkArgs('name', a, k, 1, 2);
    const n = unicodeName(charArg('name', a[0]));
    return withDefault(a, n === undefined ? null : newStr(n), 'no such name');
  }],
  ['decimal', (_s, a, k) => {
    checkArgs('decimal', a, k, 1, 2);
    const v = decimalValue(charArg('decimal', a[0]));
    return withDefault(a, v < 0 ? null : newInt(v), 'not a decimal');
  }],
  ['digit', (_s, a, k) => {
    checkArgs('digit', a, k, 1, 2);
    const v = digitValue(charArg('digit', a[0]));
    return withDefault(a, v < 0 ? null : newInt(v), 'not a digit');
  }],
  ['numeric', (_s, a, k) => {
    checkArgs('numeric', a, k, 1, 2);
    const v = numericValue(charArg('numeric', a[0]));
    return withDefault(a, Number.isNaN(v) ? null : new PyFloat(v), 'not a numeric character');
  }],
  ['category', (_s, a, k) => (checkArgs('category', a, k, 1, 1), newStr(category(charArg('category', a[0]))))],
  ['bidirectional', (_s, a, k) => {
    checkArgs('bidirectional', a, k, 1, 1);
    return newStr(bidirectional(charArg('bidirectional', a[0])));
  }],
  ['combining', (_s, a, k) => (checkArgs('combining', a, k, 1, 1), newInt(combining(charArg('combining', a[0]))))],
  ['mirrored', (_s, a, k) => (checkArgs('mirrored', a, k, 1, 1), newInt(mirrored(charArg('mirrored', a[0]))))],
  ['east_asian_width', (_s, a, k) => {
    checkArgs('east_asian_width', a, k, 1, 1);
    return newStr(eastAsianWidth(charArg('east_asian_width', a[0])));
  }],
  ['decomposition', (_s, a, k) => {
    checkArgs('decomposition', a, k, 1, 1);
    return newStr(decompositionText(charArg('decomposition', a[0])));
  }],
  ['normalize', (_s, a, k) => {
    checkArgs('normalize', a, k, 2, 2);
    const [before, after] = normalized(a, 'normalize');
    // An unchanged string comes back itself.
    if (before === after) {
      a[1].rc++;
      return a[1];
    }
    return newStr(after);
  }],
  ['is_normalized', (_s, a, k) => {
    checkArgs('is_normalized', a, k, 2, 2);
    const [before, after] = normalized(a, 'is_normalized');
    return newBool(before === after);
  }],
];

export function initUnicodedata(m: PyModule, _interp: Interpreter): void {
  for (const [name, fn] of FUNCTIONS) {
    const f = newBuiltin(name, fn, 'unicodedata');
    m.set(name, f);
    decref(f);
  }
  const v = newStr(UNIDATA_VERSION);
  m.set('unidata_version', v);
  decref(v);
}
