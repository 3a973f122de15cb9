// sys.excepthook's printing: turn an exception object (and everything its
// cause/context/group members reach) into the records tracebackFormat.ts
// prints, exactly one record per exception object.

import { PyObject, decref } from './object.js';
import { PyBaseException, BaseExceptionGroupType, SyntaxErrorType, getField } from './types/exceptions.js';
import { PyInt } from './types/int.js';
import { None } from './types/none.js';
import { PyTraceback } from './types/traceback.js';
import { PyTuple } from './types/tuple.js';
import { PyList } from './types/list.js';
import { PyStr, newStr } from './types/str.js';
import { dictGetStr } from './types/dict.js';
import * as ab from './abstract.js';
import { formatException, type ExceptionRecord, type FrameEntry, type SourceLineReader, type SyntaxErrorLocation } from './tracebackFormat.js';
import type { PySyntaxError } from '../parse/errors.js';
import { offerSuggestion } from './suggestions.js';

/** str(o), or null when str() raises (the exception is swallowed, as the printer does). */
function safeStr(o: PyObject): string | null {
  try {
    return ab.strJS(o);
  } catch (e) {
    if (e instanceof PyObject) decref(e);
    return null;
  }
}

function tracebackEntries(tb: PyTraceback | null): FrameEntry[] {
  const out: FrameEntry[] = [];
  for (let t = tb; t !== null; t = t.next) {
    const code = t.frame.code;
    const p = t.p;
    const pos = code.positions;
    out.push({
      filename: code.filename,
      lineno: t.lineno,
      name: code.name,
      positions: p < 0 ? null : {
        lineno: pos[p * 4], endLineno: pos[p * 4 + 1],
        colOffset: pos[p * 4 + 2] < 0 ? null : pos[p * 4 + 2], endColOffset: pos[p * 4 + 3] < 0 ? null : pos[p * 4 + 3],
      },
    });
  }
  return out;
}

function notesOf(e: PyBaseException): ExceptionRecord['notes'] {
  if (e.dict === null) return null;
  const key = newStr('__notes__');
  const notes = dictGetStr(e.dict, key);
  decref(key);
  if (notes === null) return null;
  if (notes instanceof PyList || notes instanceof PyTuple) return notes.items.map(safeStr);
  try {
    return { repr: ab.reprJS(notes) };
  } catch (err) {
    if (err instanceof PyObject) decref(err);
    return { repr: null };
  }
}

/** parse_syntax_error: the location fields of a SyntaxError, or null when lineno is not an int. */
function syntaxLocation(e: PyBaseException): SyntaxErrorLocation | null {
  const f = (k: string) => getField(e, k) ?? None;
  const num = (v: PyObject, dflt: number): number | null => v === None ? dflt : v instanceof PyInt ? Number(v.v) : null;
  const lineno = f('lineno');
  if (!(lineno instanceof PyInt)) return null;
  const line = Number(lineno.v);
  const offset = num(f('offset'), -1);
  const endLineno = num(f('end_lineno'), line);
  const endOffset = num(f('end_offset'), -1);
  if (offset === null || endLineno === null || endOffset === null) return null;
  const fn = f('filename');
  const filename = fn === None ? '<string>' : safeStr(fn);
  if (filename === null) return null;
  const text = f('text');
  return { filename, lineno: line, offset, text: text === None ? null : safeStr(text), endLineno, endOffset };
}

export function exceptionRecord(e: PyBaseException, seen = new Map<PyBaseException, ExceptionRecord>()): ExceptionRecord {
  const prev = seen.get(e);
  if (prev !== undefined) return prev;
  const t = e.type;
  const modAttr = t.heapType ? t.attrs.get('__module__') : undefined;
  const module = modAttr === undefined ? t.module : modAttr instanceof PyStr ? modAttr.v : null;
  const rec: { -readonly [K in keyof ExceptionRecord]: ExceptionRecord[K] } = {
    qualname: t.qualname,
    module,
    message: safeStr(e),
    suggestion: offerSuggestion(e),
    notes: notesOf(e),
    traceback: tracebackEntries(e.traceback as PyTraceback | null),
    suppressContext: e.suppressContext,
  };
  seen.set(e, rec);
  const syntax = (e as PyBaseException & { syntax?: PySyntaxError }).syntax;
  if (syntax !== undefined && t.isSubtype(SyntaxErrorType)) {
    rec.message = syntax.msg;
    rec.syntaxError = {
      filename: syntax.filename, lineno: syntax.lineno, offset: syntax.offset, text: syntax.text,
      endLineno: syntax.endLineno, endOffset: syntax.endOffset,
    };
  } else if (t.isSubtype(SyntaxErrorType)) {
    const loc = syntaxLocation(e);
    if (loc !== null) {
      const msg = getField(e, 'msg');
      rec.message = msg === null || msg === None ? undefined : safeStr(msg);
      rec.syntaxError = loc;
    }
  }
  if (e.cause instanceof PyBaseException) rec.cause = exceptionRecord(e.cause, seen);
  if (e.context instanceof PyBaseException) rec.context = exceptionRecord(e.context, seen);
  if (t.isSubtype(BaseExceptionGroupType)) {
    const members = (e as PyBaseException & { exceptions?: PyTuple }).exceptions;
    if (members !== undefined) rec.exceptions = members.items.map((m) => exceptionRecord(m as PyBaseException, seen));
  }
  return rec;
}

/** The report of an uncaught exception; `limit` is sys.tracebacklimit when that is an int. */
export function formatUncaught(e: PyBaseException, getLine: SourceLineReader, limit?: number | bigint): string {
  return formatException(exceptionRecord(e), getLine, limit);
}

/** The report of e as if its own traceback were tb (unittest shows a trimmed one). */
export function formatWithTraceback(e: PyBaseException, tb: PyTraceback | null, getLine: SourceLineReader): string {
  const rec = { ...exceptionRecord(e), traceback: tracebackEntries(tb) };
  return formatException(rec, getLine);
}
