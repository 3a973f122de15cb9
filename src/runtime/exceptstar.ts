// except* (PEP 654): the exception being handled is split among the clauses
// in order (CHECK_EG_MATCH), and what is left unmatched or raised by the
// clauses is re-raised at the end (_PyExc_PrepReraiseStar).

import { PyObject, decref } from './object.js';
import { PyType } from './type.js';
import { PyBaseException, BaseExceptionType, BaseExceptionGroupType, ExceptionGroupType,
  splitGroup, type PyExceptionGroup } from './types/exceptions.js';
import { PyTuple, newTuple } from './types/tuple.js';
import { newList } from './types/list.js';
import { newStr } from './types/str.js';
import { call } from './abstract.js';
import { typeError } from './errors.js';
import type { PyFrame } from './types/frame.js';

export interface StarState {
  /** The exception that entered the try (owned). */
  orig: PyBaseException;
  /** What no clause has matched yet (owned), or null. */
  rest: PyBaseException | null;
  /** Exceptions the clauses raised (owned), and the matched groups they re-raised with bare `raise`. */
  raised: PyBaseException[];
  reraised: PyBaseException[];
}

function isGroup(e: PyObject): e is PyExceptionGroup {
  return e instanceof PyBaseException && e.type.isSubtype(BaseExceptionGroupType);
}

export function starBegin(e: PyBaseException): StarState {
  e.rc++;
  return { orig: e, rest: e, raised: [], reraised: [] };
}

function checkStarType(t: PyObject): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtype(BaseExceptionType)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    if (x.isSubtype(BaseExceptionGroupType)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/** The part of what is left that the clause's type matches (owned), or null. t is owned. */
export function starMatch(st: StarState, t: PyObject): PyBaseException | null {
  try {
    checkStarType(t);
    const rest = st.rest;
    if (rest === null) return null;
    const types = t instanceof PyTuple ? t.items as PyType[] : [t as PyType];
    const matches = (e: PyBaseException) => types.some((x) => e.type.isSubtype(x));
    if (!isGroup(rest)) {
      if (!matches(rest)) return null;
      // A naked exception is handled as ExceptionGroup('', (e,)).
      st.rest = null;
      const msg = newStr('');
      const members = newTuple([rest]);
      const g = call(ExceptionGroupType, [msg, members]) as PyBaseException;
      decref(msg);
      decref(members);
      if (rest.traceback !== null) {
        rest.traceback.rc++;
        g.traceback = rest.traceback;
      }
      return g;
    }
    const [m, r] = splitGroup(rest, matches, true);
    st.rest = r;
    decref(rest);
    return m;
  } finally {
    decref(t);
  }
}

/** An exception escaped a clause: a bare re-raise of the matched group, or a new one. */
export function starRaised(st: StarState, e: PyBaseException, matched: PyBaseException): void {
  if (e === matched) st.reraised.push(e);
  else st.raised.push(e);
}

function leaves(e: PyBaseException, out: Set<PyBaseException>): Set<PyBaseException> {
  if (isGroup(e)) for (const x of e.exceptions.items) leaves(x as PyBaseException, out);
  else out.add(e);
  return out;
}

/** The end of the try: re-raise what is left, or return when everything was handled. */
export function starEnd(fr: PyFrame, st: StarState): void {
  const kept = new Set<PyBaseException>();
  if (st.rest !== null) leaves(st.rest, kept);
  for (const r of st.reraised) leaves(r, kept);
  let unhandled: PyBaseException | null = null;
  if (kept.size > 0) {
    if (st.rest === st.orig && st.reraised.length === 0) {
      unhandled = st.orig;
      unhandled.rc++;
    } else if (!isGroup(st.orig)) {
      unhandled = st.orig;
      unhandled.rc++;
    } else {
      unhandled = splitGroup(st.orig, (x) => kept.has(x), false)[0];
    }
  }
  if (st.rest !== null) decref(st.rest);
  for (const r of st.reraised) decref(r);
  decref(st.orig);
  if (st.raised.length === 0) {
    if (unhandled === null) return;
    fr.rr = unhandled;
    throw unhandled;
  }
  if (unhandled === null && st.raised.length === 1) {
    // One exception raised by a clause and nothing else left: it goes on alone.
    const only = st.raised[0];
    fr.rr = only;
    throw only;
  }
  const members: PyObject[] = [...st.raised];
  if (unhandled !== null) members.push(unhandled);
  // BaseExceptionGroup.__new__ picks ExceptionGroup when every member is an Exception.
  const msg = newStr('');
  const list = newList(members);
  const g = call(BaseExceptionGroupType, [msg, list]) as PyBaseException;
  decref(msg);
  decref(list);
  throw g;
}
