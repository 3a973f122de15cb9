// The _string module (Objects/unicodeobject.c's formatter_parser and
// formatter_field_name_split): str.format's parser exposed to string.Formatter.
// Both return lazy iterators, so parse errors surface at the piece that has
// them, as in CPython.

import { PyObject, decref } from '../runtime/object.js';
import { builtinType, ObjectType } from '../runtime/type.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr } from '../runtime/types/str.js';
import { newIntValue } from '../runtime/types/int.js';
import { newBool } from '../runtime/types/bool.js';
import { None } from '../runtime/types/none.js';
import { newTuple } from '../runtime/types/tuple.js';
import { PyModule } from '../runtime/types/module.js';
import { exposeSlots } from '../runtime/types/typeobject.js';
import { typeError } from '../runtime/errors.js';
import { MarkupIterator, FieldNameIterator, splitFieldName, type FieldKey } from '../common/strops.js';
import type { Interpreter } from '../runtime/interp.js';

export const FormatterIteratorType = builtinType('formatteriterator', ObjectType, { basicsize: 64, baseType: false });
export const FieldNameIteratorType = builtinType('fieldnameiterator', ObjectType, { basicsize: 64, baseType: false });

class PyFormatterIterator extends PyObject {
  constructor(public source: PyStr, public markup: MarkupIterator) {
    super(FormatterIteratorType);
  }
}

class PyFieldNameIterator extends PyObject {
  constructor(public source: PyStr, public parts: FieldNameIterator) {
    super(FieldNameIteratorType);
  }
}

function none(): PyObject {
  None.rc++;
  return None;
}

/** A field key as Python sees it: an int for an all-digits part, else the str. */
function keyObject(k: FieldKey): PyObject {
  return typeof k === 'string' ? newStr(k) : newIntValue(k);
}

/** (literal, field_name, format_spec, conversion); None for the parts a piece lacks. */
function formatterNext(o: PyObject): PyObject | null {
  const piece = (o as PyFormatterIterator).markup.next();
  if (piece === null) return null;
  const literal = newStr(piece.literal);
  if (piece.fieldName === null) return newTuple([literal, none(), none(), none()]);
  const conversion = piece.conversion === null ? none() : newStr(piece.conversion);
  return newTuple([literal, newStr(piece.fieldName), newStr(piece.formatSpec), conversion]);
}

/** (is_attribute, key) for each '.attr' or '[key]' part. */
function fieldNameNext(o: PyObject): PyObject | null {
  const part = (o as PyFieldNameIterator).parts.next();
  if (part === null) return null;
  return newTuple([newBool(part.isAttribute), keyObject(part.key)]);
}

function strArg(o: PyObject): PyStr {
  if (!(o instanceof PyStr)) throw typeError(`expected str, got ${o.type.name}`);
  return o;
}

const formatterParser: NativeFn = (_s, a, k) => {
  checkArgs('_string.formatter_parser', a, k, 1, 1);
  const s = strArg(a[0]);
  s.rc++;
  return new PyFormatterIterator(s, new MarkupIterator(s.v));
};

const fieldNameSplit: NativeFn = (_s, a, k) => {
  checkArgs('_string.formatter_field_name_split', a, k, 1, 1);
  const s = strArg(a[0]);
  const { first, rest } = splitFieldName(s.v);
  s.rc++;
  return newTuple([keyObject(first), new PyFieldNameIterator(s, rest)]);
};

export function initStringTypes(): void {
  for (const T of [FormatterIteratorType, FieldNameIteratorType]) {
    T.iter = (o) => (o.rc++, o);
    T.dealloc = (o) => decref((o as PyFormatterIterator | PyFieldNameIterator).source);
  }
  FormatterIteratorType.next = formatterNext;
  FieldNameIteratorType.next = fieldNameNext;
  exposeSlots(FormatterIteratorType);
  exposeSlots(FieldNameIteratorType);
}

export function initString(m: PyModule, _interp: Interpreter): void {
  for (const [name, fn] of [['formatter_field_name_split', fieldNameSplit], ['formatter_parser', formatterParser]] as const) {
    const f = newBuiltin(name, fn, '_string');
    m.set(name, f);
    decref(f);
  }
}
