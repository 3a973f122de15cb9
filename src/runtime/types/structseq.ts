// Struct sequences (Objects/structseq.c): tuples whose items also have field
// names, as sys.version_info, time.struct_time and os.stat_result are.
//
// A type has n_fields fields; the first n_sequence_fields of them are the
// tuple's items (some of which may be unnamed, reachable by index only, as
// os.stat_result's integer times), the others are attributes only (hidden).
// The sys ones cannot be instantiated from Python; the others take
// (sequence, dict=None) as CPython's do, and pickle and copy through
// __reduce__. Their repr is `module.name(field=value, ...)`.

import { PyObject, releaseAll, decref } from '../object.js';
import { gcTrack, gcUntrack } from '../gc.js';
import { builtinType, type PyType } from '../type.js';
import { PyTuple, TupleType, newTuple } from './tuple.js';
import { newInt } from './int.js';
import { newStr, nameStr } from './str.js';
import { newNone } from './none.js';
import { PyDict, newDict, dictGetStr, dictSet } from './dict.js';
import { sequenceFast } from './list.js';
import { checkArgs } from './builtinfunc.js';
import { defGetSet, defMethod, exposeSlots } from './typeobject.js';
import { reprJS } from '../abstract.js';
import { attributeError, typeError } from '../errors.js';
import { traverseItems, type Visit } from '../gc.js';

/**
 * A struct sequence: the visible fields are the tuple's items, the hidden ones
 * follow in `hidden` (owned references). A plain PyTuple with one more
 * property, not a subclass: this module loads inside import cycles where
 * PyTuple may not be defined yet.
 */
export type PyStructSeq = PyTuple & { hidden: PyObject[] };

interface Spec {
  /** Every field in order; null for an unnamed one (only among the visible ones). */
  fields: (string | null)[];
  visible: number;
  constructable: boolean;
}

const made: [PyType, Spec][] = [];

export interface StructSeqOptions {
  /** n_sequence_fields, when some fields are attributes only (all fields by default). */
  visible?: number;
  /** Whether Python code may call the type (sys's types refuse, as CPython's). */
  constructable?: boolean;
}

/**
 * A struct sequence type `module.name` with the given fields, null for an
 * unnamed one (made before the builtin types are finished).
 */
export function structSeqType(name: string, module: string, fields: (string | null)[], opts: StructSeqOptions = {}): PyType {
  const t = builtinType(name, TupleType, { basicsize: 24, itemsize: 8, gc: true, baseType: false });
  t.module = module;
  made.push([t, { fields, visible: opts.visible ?? fields.length, constructable: opts.constructable ?? false }]);
  return t;
}

/** A new instance that owns `items` (one per field, visible ones first). */
/**
 * PyStructSequence_New with its items: as in CPython 3.11, what native code
 * makes (sys.version_info, time.localtime(), os.stat()) is not tracked by the
 * collector; the constructor called from Python tracks its result.
 */
export function newStructSeq(t: PyType, items: PyObject[]): PyStructSeq {
  const spec = specOf(t);
  const o = new PyTuple(items.slice(0, spec.visible), t) as PyStructSeq;
  o.hidden = items.slice(spec.visible);
  gcUntrack(o);
  return o;
}

function specOf(t: PyType): Spec {
  for (const [mt, spec] of made) if (mt === t) return spec;
  throw new Error(`structseq: ${t.name} is not a struct sequence type`);
}

function qualName(t: PyType): string {
  return t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
}

/** structseq_new: (sequence, dict=None); the fields the sequence lacks come from dict (or are None). */
function structSeqNew(t: PyType, spec: Spec, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (args.length > 2) throw typeError(`structseq() takes at most 2 arguments (${args.length} given)`);
  let seqArg: PyObject | null = npos > 0 ? args[0] : null;
  let dictArg: PyObject | null = npos > 1 ? args[1] : null;
  for (let i = 0; i < nkw; i++) {
    const name = kw![i];
    const v = args[npos + i];
    if (name === 'sequence' && npos < 1) seqArg = v;
    else if (name === 'dict' && npos < 2) dictArg = v;
    else if (name === 'sequence' || name === 'dict') {
      throw typeError(`argument for structseq() given by name ('${name}') and position (${name === 'sequence' ? 1 : 2})`);
    } else throw typeError(`'${name}' is an invalid keyword argument for structseq()`);
  }
  if (seqArg === null) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
  const seq = sequenceFast(seqArg, 'constructor requires a sequence');
  try {
    if (dictArg !== null && !(dictArg instanceof PyDict)) throw typeError(`${qualName(t)}() takes a dict as second arg, if any`);
    const n = seq.items.length;
    const min = spec.visible;
    const max = spec.fields.length;
    if (n < min) {
      throw typeError(min === max ? `${qualName(t)}() takes a ${min}-sequence (${n}-sequence given)`
        : `${qualName(t)}() takes an at least ${min}-sequence (${n}-sequence given)`);
    }
    if (n > max) throw typeError(`${qualName(t)}() takes an at most ${max}-sequence (${n}-sequence given)`);
    const items: PyObject[] = seq.items.map((x) => (x.rc++, x));
    for (let i = n; i < max; i++) {
      const v = dictArg === null ? null : dictGetStr(dictArg as PyDict, nameStr(spec.fields[i]!));
      if (v === null) items.push(newNone());
      else {
        v.rc++;
        items.push(v);
      }
    }
    const o = newStructSeq(t, items);
    gcTrack(o);
    return o;
  } finally {
    decref(seq);
  }
}

export function initStructSeqTypes(): void {
  for (const [t, spec] of made) {
    const { fields, visible } = spec;
    const named = fields.filter((f): f is string => f !== null);
    const unnamed = fields.length - named.length;
    t.dealloc = (o) => {
      releaseAll((o as PyStructSeq).items);
      releaseAll((o as PyStructSeq).hidden);
    };
    t.traverse = (o: PyObject, visit: Visit) => {
      const hidden = (o as PyStructSeq).hidden;
      for (let i = hidden.length - 1; i >= 0; i--) visit(hidden[i]);
      traverseItems(o, visit);
    };
    // As CPython's, the repr names the i-th visible item after the i-th named field.
    t.repr = (o) => {
      const items = (o as PyTuple).items;
      return newStr(`${qualName(t)}(${items.map((x, i) => `${named[i]}=${reprJS(x)}`).join(', ')})`);
    };
    // A null slot would be inherited from tuple later (inheritBuiltinSlots): the refusal is a slot of its own.
    t.new_ = spec.constructable ? (type, a, k) => structSeqNew(type as PyType, spec, a, k) : () => {
      throw typeError(`cannot create '${qualName(t)}' instances`);
    };
    fields.forEach((f, i) => {
      if (f === null) return;
      defGetSet(t, f, (o) => {
        const s = o as PyStructSeq;
        const x = i < visible ? s.items[i] : s.hidden[i - visible];
        x.rc++;
        return x;
      }, () => {
        throw attributeError('readonly attribute');
      });
    });
    // (type, (visible items, {hidden field: value})): what pickle and copy rebuild an instance from.
    defMethod(t, '__reduce__', (s, a, k) => {
      checkArgs('__reduce__', a, k, 0, 0);
      const o = s as PyStructSeq;
      const d = newDict();
      o.hidden.forEach((x, i) => dictSet(d, nameStr(fields[visible + i]!), x));
      t.rc++;
      o.items.forEach((x) => x.rc++);
      return newTuple([t, newTuple([newTuple([...o.items]), d])]);
    });
    for (const [attr, v] of [['n_sequence_fields', visible], ['n_fields', fields.length], ['n_unnamed_fields', unnamed]] as const) {
      t.attrs.set(attr, newInt(v));
    }
    t.attrs.set('__match_args__', newTuple(named.slice(0, visible - unnamed).map((f) => newStr(f))));
    exposeSlots(t);
  }
}
