// The keyword module (Lib/keyword.py): the keyword lists, and iskeyword /
// issoftkeyword, which are the __contains__ methods of frozensets of them
// (so their repr is "<built-in method __contains__ of frozenset object>").

import { decref } from '../runtime/object.js';
import { newStr, internStr } from '../runtime/types/str.js';
import { newList, PyList } from '../runtime/types/list.js';
import { FrozenSetType } from '../runtime/types/set.js';
import { PyModule } from '../runtime/types/module.js';
import { call, getattr } from '../runtime/abstract.js';
import { KEYWORDS } from '../parse/tokens.js';
import type { Interpreter } from '../runtime/interp.js';

/** The soft keywords of 3.11's grammar. */
const SOFT_KEYWORDS = ['_', 'case', 'match'];

/** frozenset(words).__contains__ */
function containsOf(words: PyList): ReturnType<typeof getattr> {
  const fs = call(FrozenSetType, [words]);
  try {
    return getattr(fs, internStr('__contains__'));
  } finally {
    decref(fs);
  }
}

export function initKeyword(m: PyModule, _interp: Interpreter): void {
  const set = (name: string, v: ReturnType<typeof getattr>) => {
    m.set(name, v);
    decref(v);
  };
  set('__all__', newList(['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist'].map((n) => internStr(n))));
  const kwlist = newList([...KEYWORDS.keys()].map((k) => newStr(k)));
  const softkwlist = newList(SOFT_KEYWORDS.map((k) => newStr(k)));
  m.set('kwlist', kwlist);
  m.set('softkwlist', softkwlist);
  set('iskeyword', containsOf(kwlist));
  set('issoftkeyword', containsOf(softkwlist));
  decref(kwlist);
  decref(softkwlist);
}
