// str, bytes and bytearray objects and formatting against CPython 3.11: the
// cases in tests/runtime/str_cases.json were written by tools/gen_str_cases.py
// from python3. Each case is rebuilt from runtime objects, run through the
// abstract protocol (method calls, operators, constructors, builtins), and its
// result or exception compared with CPython's. Reference counts are checked
// too: after a case, every input object has the count it started with.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { bootstrap } from '../../src/runtime/bootstrap.js';
import { PyType, inheritBuiltinSlots } from '../../src/runtime/type.js';
import { PyObject, decref } from '../../src/runtime/object.js';
import * as ab from '../../src/runtime/abstract.js';
import { Bin, Op } from '../../src/runtime/abstract.js';
import { hashValue, HASH } from '../../src/runtime/hashing.js';
import { PyStr, StrType, newStr, internStr } from '../../src/runtime/types/str.js';
import { PyInt, IntType, BoolType, newInt, newIntBig, initInt } from '../../src/runtime/types/int.js';
import { initBool, newBool } from '../../src/runtime/types/bool.js';
import { PyFloat, newFloat, initFloat } from '../../src/runtime/types/float.js';
import { initComplex } from '../../src/runtime/types/complex.js';
import { None } from '../../src/runtime/types/none.js';
import { PyTuple, newTuple } from '../../src/runtime/types/tuple.js';
import { PyList, newList } from '../../src/runtime/types/list.js';
import { PyDict, newDict, dictSet, dictEntryCount, dictKeyAt, dictValueAt } from '../../src/runtime/types/dict.js';
import { newSlice } from '../../src/runtime/types/slice.js';
import { newRange } from '../../src/runtime/types/range.js';
import { PyBytes, BytesType, newBytes } from '../../src/runtime/types/bytes.js';
import { PyByteArray, ByteArrayType, newByteArray } from '../../src/runtime/types/bytearray.js';
import { PyBaseException } from '../../src/runtime/types/exceptions.js';
import { formatBuiltin, asciiOf, numberToBase } from '../../src/runtime/format.js';
import { reprFloat } from '../../src/common/repr.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Case {
  kind: 'call' | 'op' | 'new' | 'builtin' | 'setitem' | 'hash' | 'iter' | 'alloc';
  [k: string]: Json | undefined;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('../../../tests/runtime/str_cases.json', import.meta.url), 'utf8'));

bootstrap();
// The number types' init functions join bootstrap() as they land; until then, run them here.
if (IntType.index === null) {
  initInt();
  initBool();
  initFloat();
  initComplex();
  inheritBuiltinSlots();
}

// ---------------------------------------------------------------- values

function hexBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function toHex(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += (c < 16 ? '0' : '') + c.toString(16);
  return s;
}

const FLOATS: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN };

/** A JSON value as a runtime object (a new reference). */
function toPy(v: Json): PyObject {
  if (v === null) return (None.rc++, None);
  if (typeof v === 'boolean') return newBool(v);
  if (typeof v === 'number') return newInt(v);
  if (typeof v === 'string') return newStr(v);
  if (Array.isArray(v)) return newList(v.map(toPy));
  const [tag, x] = Object.entries(v)[0];
  switch (tag) {
    case 'int': return newIntBig(BigInt(x as string));
    case 'float': return newFloat(FLOATS[x as string] ?? Number(x));
    case 'bytes': return newBytes(hexBytes(x as string));
    case 'bytearray': return newByteArray(hexBytes(x as string));
    case 'tuple': return newTuple((x as Json[]).map(toPy));
    case 'dict': {
      const d = newDict();
      for (const [k, val] of x as [Json, Json][]) {
        const ko = toPy(k);
        const vo = toPy(val);
        dictSet(d, ko, vo);
        decref(ko);
        decref(vo);
      }
      return d;
    }
    case 'slice': {
      const [a, b, c] = (x as Json[]).map(toPy);
      const s = newSlice(a, b, c);
      decref(a);
      decref(b);
      decref(c);
      return s;
    }
    case 'range': {
      const [a, b, c] = x as number[];
      return newRange(a, b, c);
    }
    case 'iter': {
      const l = newList((x as Json[]).map(toPy));
      const it = ab.getIter(l);
      decref(l);
      return it;
    }
    default: throw new Error(`unknown tag ${tag}`);
  }
}

/** A runtime object as the JSON the generator writes. */
function toJson(o: PyObject): Json {
  if (o === None) return null;
  if (o.type === BoolType) return (o as PyInt).v === 1;
  if (o instanceof PyInt) return typeof o.v === 'number' ? o.v : { int: o.v.toString() };
  if (o instanceof PyFloat) return { float: reprFloat(o.v) };
  if (o instanceof PyStr) return o.v;
  if (o instanceof PyBytes) return { bytes: toHex(o.bytes) };
  if (o instanceof PyByteArray) return { bytearray: toHex(o.bytes) };
  if (o instanceof PyTuple) return { tuple: o.items.map(toJson) };
  if (o instanceof PyList) return o.items.map(toJson);
  if (o instanceof PyType) return { type: o.name };
  if (o instanceof PyDict) {
    const items: Json[] = [];
    for (let i = 0; i < dictEntryCount(o); i++) {
      const k = dictKeyAt(o, i);
      if (k !== null) items.push([toJson(k), toJson(dictValueAt(o, i)!)]);
    }
    return { dict: items };
  }
  return `<${o.type.name}>`;
}

/** What CPython reports: the result, or [type name, str(exception)]. */
function outcome(f: () => PyObject): { result?: Json; error?: [string, string]; obj?: PyObject } {
  try {
    const obj = f();
    return { result: toJson(obj), obj };
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const r = { error: [e.type.name, ab.strJS(e)] as [string, string] };
    decref(e);
    return r;
  }
}

// ---------------------------------------------------------------- running a case

const BINARY: Record<string, Bin> = { '+': Bin.ADD, '*': Bin.MUL, '%': Bin.MOD };
const COMPARE: Record<string, Op> = { '<': Op.LT, '<=': Op.LE, '==': Op.EQ, '!=': Op.NE, '>': Op.GT, '>=': Op.GE };

/** Call f with runtime objects as positional and keyword arguments. */
function callObjects(f: PyObject, args: PyObject[], kw: [string, PyObject][]): PyObject {
  return ab.call(f, [...args, ...kw.map(([, v]) => v)], kw.length > 0 ? kw.map(([k]) => k) : null);
}

function typeNamed(name: string): PyObject {
  return name === 'str' ? StrType : name === 'bytes' ? BytesType : ByteArrayType;
}

/**
 * A case made ready to run: its input objects (new references, released by
 * the caller) and the operation, which returns what it produced.
 */
function prepare(c: Case): { inputs: PyObject[]; exec: () => Record<string, Json | undefined> } {
  const inputs: PyObject[] = [];
  const take = (v: Json | undefined) => {
    const o = toPy(v as Json);
    inputs.push(o);
    return o;
  };
  const takeKw = (kw: Json | undefined) => Object.entries(kw as Record<string, Json>).map(([k, v]) => [k, take(v)] as [string, PyObject]);
  const got: Record<string, Json | undefined> = {};
  const record = (o: ReturnType<typeof outcome>, self: PyObject | null) => {
    if (o.error) got.error = o.error;
    else {
      got.result = o.result;
      if (self !== null) got.same = o.obj === self;
      decref(o.obj!);
    }
    return got;
  };
  switch (c.kind) {
    case 'call': {
      const recv = take(c.recv);
      const args = (c.args as Json[]).map(take);
      const kw = takeKw(c.kw);
      return {
        inputs, exec: () => {
          record(outcome(() => {
            const m = ab.getattr(recv, internStr(c.name as string));
            try {
              return callObjects(m, args, kw);
            } finally {
              decref(m);
            }
          }), recv);
          if (recv instanceof PyByteArray) got.after = toJson(recv);
          return got;
        },
      };
    }
    case 'op': {
      const a = take(c.a);
      const b = take(c.b);
      const sym = c.op as string;
      return {
        inputs, exec: () => record(outcome(() => {
          if (sym in BINARY) return ab.binaryOp(a, b, BINARY[sym]);
          if (sym === '+=') return ab.inplaceOp(a, b, Bin.ADD);
          if (sym === '*=') return ab.inplaceOp(a, b, Bin.MUL);
          if (sym === 'in') return newBool(ab.contains(b, a));
          if (sym === '[]') return ab.getitem(a, b);
          return ab.richCompare(a, b, COMPARE[sym]);
        }), a),
      };
    }
    case 'new': {
      const args = (c.args as Json[]).map(take);
      const kw = takeKw(c.kw);
      return { inputs, exec: () => record(outcome(() => callObjects(typeNamed(c.cls as string), args, kw)), null) };
    }
    case 'builtin': {
      const args = (c.args as Json[]).map(take);
      const name = c.name as string;
      return {
        inputs, exec: () => record(outcome(() => {
          if (name === 'format') return formatBuiltin(args[0], args.length > 1 ? args[1] : null);
          if (name === 'ascii') return asciiOf(args[0]);
          return numberToBase(args[0], name === 'bin' ? 2 : name === 'oct' ? 8 : 16);
        }), null),
      };
    }
    case 'setitem': {
      const recv = take(c.recv);
      const key = take(c.key);
      const value = 'value' in c ? take(c.value) : null;
      return {
        inputs, exec: () => record(outcome(() => {
          if (value === null) ab.delitem(recv, key);
          else ab.setitem(recv, key, value);
          recv.rc++;
          return recv;
        }), null),
      };
    }
    case 'hash': {
      const v = take(c.value);
      return {
        inputs, exec: () => {
          const h = hashValue(ab.hashOf(v), HASH.hi);
          got.result = typeof h === 'number' ? h : { int: h.toString() };
          return got;
        },
      };
    }
    case 'iter': {
      const v = take(c.value);
      return {
        inputs, exec: () => {
          const it = ab.getIter(v);
          got.type = it.type.name;
          const items: Json[] = [];
          for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
            items.push(toJson(x));
            decref(x);
          }
          decref(it);
          got.result = items;
          return got;
        },
      };
    }
    case 'alloc':
      return { inputs, exec: () => ({ result: allocTrace(c.ops as [string, ...Json[]][]) }) };
  }
}

/** Run bytearray mutations; after each, the bytearray's ob_alloc and length. */
function allocTrace(ops: [string, ...Json[]][]): Json[] {
  let b: PyObject = newByteArray(new Uint8Array(0));
  const trace: Json[] = [];
  for (const [name, ...args] of ops) {
    const values = args.map(toPy);
    if (name === 'init') {
      decref(b);
      b = callObjects(ByteArrayType, values, []);
    } else if (name === 'iadd' || name === 'imul') {
      const r = ab.inplaceOp(b, values[0], name === 'iadd' ? Bin.ADD : Bin.MUL);
      decref(b);
      b = r;
    } else if (name === 'del') {
      ab.delitem(b, values[0]);
    } else if (name === 'set') {
      ab.setitem(b, values[0], values[1]);
    } else {
      const m = ab.getattr(b, internStr(name));
      decref(callObjects(m, values, []));
      decref(m);
    }
    for (const v of values) decref(v);
    trace.push([(b as PyByteArray).alloc, (b as PyByteArray).size]);
  }
  decref(b);
  return trace;
}

/** The fields of a case that hold CPython's answer. */
function expectedOf(c: Case): Record<string, Json | undefined> {
  const out: Record<string, Json | undefined> = {};
  for (const k of ['result', 'error', 'same', 'after', 'type']) if (k in c) out[k] = c[k];
  return out;
}

function label(c: Case): string {
  const { result: _r, error: _e, same: _s, after: _a, ...rest } = c;
  return JSON.stringify(rest).slice(0, 300);
}

/** Run the cases of one kind (and receiver type): every mismatch is listed. */
function check(name: string, select: (c: Case) => boolean): void {
  const chosen = cases.filter(select);
  test(name, () => {
    assert.ok(chosen.length > 0, 'no cases selected');
    const bad: string[] = [];
    for (const c of chosen) {
      const { inputs, exec } = prepare(c);
      const before = inputs.map((o) => o.rc);
      const got = exec();
      try {
        assert.deepEqual(got, expectedOf(c));
      } catch {
        bad.push(`${label(c)}\n    got  ${JSON.stringify(got)}\n    want ${JSON.stringify(expectedOf(c))}`);
      }
      // The operation (its result and any exception released) leaves every input's count as it found it.
      inputs.forEach((o, i) => {
        if (o.rc !== before[i]) bad.push(`${label(c)}\n    refcount of the ${o.type.name} input: ${o.rc}, want ${before[i]}`);
      });
      for (const o of inputs) decref(o);
    }
    assert.equal(bad.length, 0, `${bad.length} of ${chosen.length} cases differ:\n${bad.slice(0, 30).join('\n')}`);
  });
}

/** The type of a JSON value: 'str', 'bytes', 'bytearray', 'number', ... */
function typeOf(r: Json | undefined): string {
  if (typeof r === 'string') return 'str';
  if (r !== null && typeof r === 'object' && !Array.isArray(r)) return Object.keys(r)[0];
  return typeof r;
}

const recvType = (c: Case): string => typeOf(c.recv);
/** Whether an operator case is about bytes-like operands (else it is about str). */
const bytesOp = (c: Case): boolean => [typeOf(c.a), typeOf(c.b)].some((t) => t === 'bytes' || t === 'bytearray');

check('str_methods_match_cpython', (c) => c.kind === 'call' && recvType(c) === 'str' &&
  !['format', 'format_map', 'encode'].includes(c.name as string));
check('str_format_method_matches_cpython', (c) => c.kind === 'call' && (c.name === 'format' || c.name === 'format_map'));
check('str_encode_matches_cpython', (c) => c.kind === 'call' && c.name === 'encode');
check('bytes_decode_matches_cpython', (c) => c.kind === 'call' && c.name === 'decode');
check('bytes_methods_match_cpython', (c) => c.kind === 'call' && recvType(c) === 'bytes' && c.name !== 'decode');
check('bytearray_methods_match_cpython', (c) => c.kind === 'call' && recvType(c) === 'bytearray' && c.name !== 'decode');
check('str_operators_index_and_slice_match_cpython', (c) => c.kind === 'op' && c.op !== '%' && !bytesOp(c));
check('str_percent_format_matches_cpython', (c) => c.kind === 'op' && c.op === '%' && typeOf(c.a) === 'str');
check('bytes_percent_format_matches_cpython', (c) => c.kind === 'op' && c.op === '%' && typeOf(c.a) !== 'str');
check('bytes_operators_index_and_slice_match_cpython', (c) => c.kind === 'op' && c.op !== '%' && bytesOp(c));
check('constructors_match_cpython', (c) => c.kind === 'new');
check('format_ascii_bin_oct_hex_match_cpython', (c) => c.kind === 'builtin');
check('bytearray_item_and_slice_assignment_match_cpython', (c) => c.kind === 'setitem');
check('str_and_bytes_hash_match_cpython', (c) => c.kind === 'hash');
check('str_and_bytes_iterators_match_cpython', (c) => c.kind === 'iter');
check('bytearray_allocation_follows_cpython', (c) => c.kind === 'alloc');
