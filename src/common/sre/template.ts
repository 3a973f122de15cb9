// Replacement templates of re.sub and Match.expand, as CPython 3.11's
// re._parser.parse_template reads them and expand_template fills them in.

import { MAXGROUPS } from './constants.js';
import {
  Tokenizer, isIdentifier, isAsciiDecimal, pyIntFromStr, cpLen, asciiRepr, warn,
} from './parser.js';
import { reprStr } from '../repr.js';
import { raise } from '../pyerror.js';

/** A str or a bytes value (bytes as a Uint8Array). */
export type PyStr = string | Uint8Array;

/**
 * A parsed template: literal chunks (of the template's type) and group
 * numbers, in order, as parse_template's literals list has them.
 */
export interface Template {
  readonly items: readonly (PyStr | number)[];
  /** Whether it has group references; if not it is one literal. */
  readonly hasGroups: boolean;
}

const ESCAPES: Record<string, string> = {
  '\\a': '\x07', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t', '\\v': '\v',
  '\\\\': '\\',
};
const OCTDIGITS = '01234567';
const DIGITS = '0123456789';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function isOneOf(t: string | null, chars: string): boolean {
  return t !== null && t.length === 1 && chars.includes(t);
}

/** Latin-1 text (a bytes template as the tokenizer reads it) back to bytes. */
function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The number of a \g<...> reference; errors as parse_template raises them. */
function namedGroup(s: Tokenizer, name: string, groupindex: ReadonlyMap<string, number>): number {
  if (isIdentifier(name)) {
    s.checkgroupname(name, 1);
    const index = groupindex.get(name);
    if (index === undefined) raise('IndexError', `unknown group name ${reprStr(name)}`);
    return index;
  }
  const value = pyIntFromStr(name);
  if (value === null || value < 0n) {
    throw s.error(`bad character in group name ${reprStr(name)}`, cpLen(name) + 1);
  }
  if (value >= BigInt(MAXGROUPS)) {
    throw s.error(`invalid group reference ${value}`, cpLen(name) + 1);
  }
  if (!isAsciiDecimal(name)) {
    warn('DeprecationWarning', `bad character in group name ${
      s.istext ? reprStr(name) : asciiRepr(name)} at position ${s.tell() - cpLen(name) - 1}`);
  }
  return Number(value);
}

/** Parse `source` as a template for a pattern with `groups` groups. */
export function parseTemplate(
  source: PyStr, groups: number, groupindex: ReadonlyMap<string, number>,
): Template {
  const s = new Tokenizer(source);
  const items: (PyStr | number)[] = [];
  let literal = '';
  let hasGroups = false;
  const addgroup = (index: number, pos: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal) {
      items.push(literal);
      literal = '';
    }
    items.push(index);
    hasGroups = true;
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] !== '\\') {
      literal += t;
      continue;
    }
    const c = t[1]!;
    if (c === 'g') {
      if (!s.match('<')) throw s.error('missing <');
      const name = s.getuntil('>', 'group name');
      addgroup(namedGroup(s, name, groupindex), cpLen(name) + 1);
    } else if (c === '0') {
      if (isOneOf(s.next, OCTDIGITS)) {
        t += s.get();
        if (isOneOf(s.next, OCTDIGITS)) t += s.get();
      }
      literal += String.fromCharCode(parseInt(t.slice(1), 8) & 0xff);
    } else if (DIGITS.includes(c)) {
      if (isOneOf(s.next, DIGITS)) {
        t += s.get();
        if (OCTDIGITS.includes(c) && OCTDIGITS.includes(t[2]!) && isOneOf(s.next, OCTDIGITS)) {
          t += s.get();
          const value = parseInt(t.slice(1), 8);
          if (value > 0o377) {
            throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
          }
          literal += String.fromCharCode(value);
          continue;
        }
      }
      addgroup(parseInt(t.slice(1), 10), t.length - 1);
    } else {
      const escaped = ESCAPES[t];
      if (escaped !== undefined) literal += escaped;
      else if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${t}`, cpLen(t));
      else literal += t;
    }
  }
  if (literal) items.push(literal);
  return {
    items: typeof source === 'string' ? items : items.map((it) => typeof it === 'string' ? latin1Bytes(it) : it),
    hasGroups,
  };
}

/**
 * `''.join(parts)` (or b''.join) where the result must be of the type of
 * `empty`; raises join's TypeError for the first part of the other type.
 */
export function joinParts(parts: readonly PyStr[], isBytes: boolean): PyStr {
  for (let i = 0; i < parts.length; i++) {
    if ((typeof parts[i] === 'string') === isBytes) {
      raise('TypeError', isBytes
        ? `sequence item ${i}: expected a bytes-like object, str found`
        : `sequence item ${i}: expected str instance, bytes found`);
    }
  }
  if (!isBytes) return (parts as string[]).join('');
  let size = 0;
  for (const p of parts as Uint8Array[]) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts as Uint8Array[]) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Fill in a template: `group(i)` is the text of group i or null if unset. */
export function expandTemplate(
  template: Template, group: (i: number) => PyStr | null, isBytes: boolean,
): PyStr {
  const empty: PyStr = isBytes ? new Uint8Array(0) : '';
  const parts = template.items.map((it) => typeof it === 'number' ? group(it) ?? empty : it);
  return joinParts(parts, isBytes);
}
