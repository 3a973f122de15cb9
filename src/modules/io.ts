// The io module (Modules/_io of CPython 3.11): StringIO, BytesIO, the
// TextIOWrapper and buffered file objects that open() returns, and open().
//
// StringIO keeps CPython's newline rules: newline=None translates '\r\n' and
// '\r' to '\n' as text is written and records the kinds seen (newlines);
// newline='' splits lines at any of them untranslated; '\r' and '\r\n' replace
// '\n' on writing. Positions are in code points.
//
// io.TextIOWrapper is sys.ts's stream type (the type of sys.stdout), extended
// here with a constructor over any binary buffer and the methods files need.
// Files are read whole when opened and written back through the host when
// flushed or closed, so a program sees its writes in the file after flush().

import { newMemoryView, registerExporter } from '../runtime/types/memoryview.js';
import { PyObject, decref } from '../runtime/object.js';
import { builtinType, ObjectType, TypeType, type PyType } from '../runtime/type.js';
import { newBuiltin, checkArgs, noKw } from '../runtime/types/builtinfunc.js';
import { PyInt, newInt, numberIndex, unpackArgs } from '../runtime/types/int.js';
import { newBool } from '../runtime/types/bool.js';
import { None, newNone } from '../runtime/types/none.js';
import { PyStr, newStr, internStr, codePointLength } from '../runtime/types/str.js';
import { newTuple } from '../runtime/types/tuple.js';
import { newList, listAppend } from '../runtime/types/list.js';
import type { PyDict } from '../runtime/types/dict.js';
import { PyBytes, newBytes, bufferOf, encodeStr, decodeBytes } from '../runtime/types/bytes.js';
import { PyByteArray } from '../runtime/types/bytearray.js';
import { PyModule } from '../runtime/types/module.js';
import { newException, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, BufferErrorType, excTypes } from '../runtime/types/exceptions.js';
import { warn } from '../runtime/warnings.js';
import { exposeSlots, defMethod, defGetSet, allocInstance } from '../runtime/types/typeobject.js';
import { typeError, valueError, attributeError } from '../runtime/errors.js';
import { osError } from '../runtime/oserror.js';
import * as ab from '../runtime/abstract.js';
import { PyTextStream, TextIOType, type LineSource } from './sys.js';
import { reprStr } from '../common/repr.js';
import type { Interpreter } from '../runtime/interp.js';

function ioType(name: string, base: PyType, basicsize: number, baseType = true): PyType {
  const t = builtinType(name, base, { basicsize, gc: true, baseType, hasDict: true });
  t.module = '_io';
  return t;
}

export const IOBaseType = ioType('_IOBase', ObjectType, 40);
export const RawIOBaseType = ioType('_RawIOBase', IOBaseType, 40);
export const BufferedIOBaseType = ioType('_BufferedIOBase', IOBaseType, 40);
export const TextIOBaseType = ioType('_TextIOBase', IOBaseType, 40);
export const StringIOType = ioType('StringIO', TextIOBaseType, 120);
export const BytesIOType = ioType('BytesIO', BufferedIOBaseType, 64);
export const BufferedReaderType = ioType('BufferedReader', BufferedIOBaseType, 184);
export const BufferedWriterType = ioType('BufferedWriter', BufferedIOBaseType, 184);
export const BufferedRandomType = ioType('BufferedRandom', BufferedIOBaseType, 184);

const DEFAULT_BUFFER_SIZE = 8192;

// ---------------------------------------------------------------- errors

let interpRef: Interpreter | null = null;

/** io.UnsupportedOperation, deriving from both OSError and ValueError. */
let unsupportedType: PyType | null = null;

/** Made at start-up (the exception types are not defined when this module loads), with the MRO
 *  that io.py's class statement gives it. */
function makeUnsupportedOperation(): PyType {
  const t = builtinType('UnsupportedOperation', OSErrorType, { basicsize: 104, gc: true, hasDict: true });
  t.type = TypeType;
  t.module = 'io';
  t.bases = [OSErrorType, ValueErrorType];
  t.mro = [t, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, ObjectType];
  OSErrorType.subclasses.push(t);
  ValueErrorType.subclasses.push(t);
  return t;
}

function unsupported(what: string): PyObject {
  return newException(unsupportedType!, what);
}

// ---------------------------------------------------------------- argument helpers

/** A size argument: None or absent is -1 (all); anything else through __index__. */
function sizeArg(o: PyObject | undefined): number {
  if (o === undefined || o === None) return -1;
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  return typeof v === 'bigint' ? (v < 0n ? -1 : Number.MAX_SAFE_INTEGER) : v;
}

/** The contents of a bytes-like argument. */
function bytesArg(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

function intArg(o: PyObject): number {
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  return Number(v);
}

function none(): PyObject {
  return newNone();
}

// ---------------------------------------------------------------- StringIO

/** Line-ending kinds seen by the newline decoder (IncrementalNewlineDecoder's seennl). */
const SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4;

class PyStringIO extends PyObject {
  /** The text, and whether it holds surrogate pairs (then positions need a code point walk). */
  buf = '';
  pos = 0;
  closed = false;
  /** The newline argument: null for None. */
  newline: string | null = '\n';
  seen = 0;
  dict: PyDict | null = null;
}

/** The code unit offset of code point position p in s (p may exceed the text). */
function unitOffset(s: string, p: number): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return p;
  let cp = 0, i = 0;
  while (i < s.length && cp < p) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? 2 : 1;
    cp++;
  }
  return i + (p - cp);
}

function cpLen(s: string): number {
  return codePointLength(s);
}

function checkOpenText(s: PyStringIO): void {
  if (s.closed) throw valueError('I/O operation on closed file');
}

function stringIONew(type: PyObject, _a: PyObject[], _k: string[] | null): PyObject {
  const t = type as PyType;
  return t.heapType ? allocInstance(t) : new PyStringIO(t);
}

function stringIOInit(self: PyObject, a: PyObject[], k: string[] | null): void {
  const [value, newlineObj] = unpackArgs('StringIO', a, k, ['initial_value', 'newline'], 0, 2, 0);
  const s = self as PyStringIO;
  let newline: string | null = '\n';
  if (newlineObj !== null) {
    if (newlineObj === None) newline = null;
    else if (!(newlineObj instanceof PyStr)) throw typeError(`newline must be str or None, not ${newlineObj.type.name}`);
    else newline = newlineObj.v;
  }
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) {
    throw valueError(`illegal newline value: ${reprStr(newline)}`);
  }
  if (value !== null && value !== None && !(value instanceof PyStr)) {
    throw typeError(`initial_value must be str or None, not ${value.type.name}`);
  }
  s.newline = newline;
  s.buf = '';
  s.pos = 0;
  s.seen = 0;
  s.closed = false;
  if (value instanceof PyStr) {
    stringIOWrite(s, value.v);
    s.pos = 0;
  }
}

/** The text as stored: newline=None translates \r\n and \r, '\r' and '\r\n' replace \n. */
function translateForWrite(s: PyStringIO, text: string): string {
  if (s.newline === null || s.newline === '') {
    for (const m of text.matchAll(/\r\n|\r|\n/g)) s.seen |= m[0] === '\n' ? SEEN_LF : m[0] === '\r' ? SEEN_CR : SEEN_CRLF;
    if (s.newline === null) text = text.replace(/\r\n?/g, '\n');
  } else if (s.newline === '\r' || s.newline === '\r\n') {
    text = text.replace(/\n/g, s.newline);
  }
  return text;
}

function stringIOWrite(s: PyStringIO, raw: string): void {
  const text = translateForWrite(s, raw);
  if (text.length === 0) return;
  const len = cpLen(s.buf);
  // Writing past the end pads with NULs.
  if (s.pos > len) s.buf += '\0'.repeat(s.pos - len);
  const start = unitOffset(s.buf, s.pos);
  const n = cpLen(text);
  const end = unitOffset(s.buf, s.pos + n);
  s.buf = s.buf.slice(0, start) + text + s.buf.slice(end);
  s.pos += n;
}

/** The end of the line starting at code unit i: after its terminator, by the newline mode. */
function lineEnd(text: string, i: number, newline: string | null): number {
  if (newline === null || newline === '\n') {
    const j = text.indexOf('\n', i);
    return j < 0 ? text.length : j + 1;
  }
  if (newline === '') {
    for (let j = i; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x0a) return j + 1;
      if (c === 0x0d) return text.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
    }
    return text.length;
  }
  const j = text.indexOf(newline, i);
  return j < 0 ? text.length : j + newline.length;
}

/** readline(limit): code points up to and including the line ending. */
function stringIOReadline(s: PyStringIO, limit: number): string {
  const len = cpLen(s.buf);
  if (s.pos >= len) return '';
  const start = unitOffset(s.buf, s.pos);
  let end = lineEnd(s.buf, start, s.newline);
  let line = s.buf.slice(start, end);
  if (limit >= 0 && cpLen(line) > limit) {
    line = line.slice(0, unitOffset(line, limit));
    end = start + line.length;
  }
  s.pos += cpLen(line);
  return line;
}

function stringIORead(s: PyStringIO, size: number): string {
  const len = cpLen(s.buf);
  if (s.pos >= len) return '';
  const start = unitOffset(s.buf, s.pos);
  const n = size < 0 ? len - s.pos : Math.min(size, len - s.pos);
  const text = s.buf.slice(start, unitOffset(s.buf, s.pos + n));
  s.pos += n;
  return text;
}

/** The newlines attribute: the kinds of line ending seen (None, one string, or a tuple). */
function newlinesObject(seen: number): PyObject {
  const kinds = [['\r', SEEN_CR], ['\n', SEEN_LF], ['\r\n', SEEN_CRLF]] as const;
  const found = kinds.filter(([, bit]) => seen & bit).map(([k]) => k);
  if (found.length === 0) return none();
  if (found.length === 1) return newStr(found[0]);
  return newTuple(found.map((k) => newStr(k)));
}

type Method = (self: PyObject, a: PyObject[], k: string[] | null) => PyObject;

/** A StringIO method that needs the buffer open. */
function textMethod(name: string, min: number, max: number, f: (s: PyStringIO, a: PyObject[]) => PyObject): [string, Method] {
  return [name, (self, a, k) => {
    checkArgs(name, a, k, min, max);
    const s = self as PyStringIO;
    checkOpenText(s);
    return f(s, a);
  }];
}

/** seek(pos, whence): StringIO allows only absolute seeks and seeks to the current position or end. */
function stringIOSeek(s: PyStringIO, a: PyObject[]): PyObject {
  const pos = intArg(a[0]);
  const whence = a.length > 1 ? intArg(a[1]) : 0;
  if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
  if (whence !== 0 && pos !== 0) throw unsupportedOSError(whence === 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
  if (whence === 2) s.pos = cpLen(s.buf);
  else if (whence === 0) s.pos = pos;
  return newInt(s.pos);
}

function unsupportedOSError(msg: string): PyObject {
  return newException(OSErrorType, msg);
}

const STRINGIO_METHODS: [string, Method][] = [
  textMethod('getvalue', 0, 0, (s) => newStr(s.buf)),
  textMethod('read', 0, 1, (s, a) => newStr(stringIORead(s, sizeArg(a[0])))),
  textMethod('readline', 0, 1, (s, a) => newStr(stringIOReadline(s, sizeArg(a[0])))),
  textMethod('write', 1, 1, (s, a) => {
    const t = a[0];
    if (!(t instanceof PyStr)) throw typeError(`string argument expected, got '${t.type.name}'`);
    stringIOWrite(s, t.v);
    return newInt(t.cplen);
  }),
  textMethod('tell', 0, 0, (s) => newInt(s.pos)),
  textMethod('seek', 1, 2, stringIOSeek),
  textMethod('truncate', 0, 1, (s, a) => {
    const size = a.length === 0 || a[0] === None ? s.pos : intArg(a[0]);
    if (size < 0) throw valueError(`Negative size value ${size}`);
    if (size < cpLen(s.buf)) s.buf = s.buf.slice(0, unitOffset(s.buf, size));
    return newInt(size);
  }),
  textMethod('readable', 0, 0, () => newBool(true)),
  textMethod('writable', 0, 0, () => newBool(true)),
  textMethod('seekable', 0, 0, () => newBool(true)),
  ['close', (self, a, k) => {
    checkArgs('close', a, k, 0, 0);
    const s = self as PyStringIO;
    s.closed = true;
    s.buf = '';
    return none();
  }],
];

// ---------------------------------------------------------------- BytesIO and buffered files

/** BytesIO and the binary file objects: a growable byte buffer and a position. */
class PyBytesBuffer extends PyObject {
  data = new Uint8Array(0);
  size = 0;
  /** Views lent out by getbuffer(): while any is alive the buffer may not be resized. */
  exports = 0;
  pos = 0;
  closed = false;
  dict: PyDict | null = null;
  /** Files: the path, the mode shown, and what the mode allows. */
  file: FileInfo | null = null;
  /** A BufferedWriter over a raw stream: the stream, and how many pending bytes (data/size) make it write. */
  raw: PyObject | null = null;
  bufferSize = DEFAULT_BUFFER_SIZE;
}

interface FileInfo {
  name: PyObject;
  path: string;
  mode: string;
  readable: boolean;
  writable: boolean;
  append: boolean;
  /** Written since the last flush. */
  dirty: boolean;
}

function checkOpenBytes(b: PyBytesBuffer): void {
  if (b.closed) throw valueError('I/O operation on closed file.');
}

function bytesView(b: PyBytesBuffer): Uint8Array {
  return b.data.subarray(0, b.size);
}

function ensureCapacity(b: PyBytesBuffer, n: number): void {
  if (n <= b.data.length) return;
  const grown = new Uint8Array(Math.max(n, b.data.length * 2, 16));
  grown.set(b.data.subarray(0, b.size));
  b.data = grown;
}

function checkExports(b: PyBytesBuffer): void {
  if (b.exports > 0) throw newException(BufferErrorType, 'Existing exports of data: object cannot be re-sized');
}

/** write(): files check their mode, append at the end, and remember to write back. */
function bytesWrite(b: PyBytesBuffer, src: Uint8Array): number {
  checkExports(b);
  const f = b.file;
  if (f !== null) {
    if (!f.writable) throw unsupported('write');
    if (f.append) b.pos = b.size;
    f.dirty = true;
  }
  return storeBytes(b, src);
}

/** Put src at the position, growing the buffer. */
function storeBytes(b: PyBytesBuffer, src: Uint8Array): number {
  const n = src.length;
  if (n === 0) return 0;
  const end = b.pos + n;
  ensureCapacity(b, end);
  // Writing past the end leaves zero bytes in between (the buffer is zero-filled).
  if (b.pos > b.size) b.data.fill(0, b.size, b.pos);
  b.data.set(src, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

function bytesRead(b: PyBytesBuffer, size: number): Uint8Array {
  if (b.file !== null && !b.file.readable) throw unsupported('read');
  const avail = Math.max(b.size - b.pos, 0);
  const n = size < 0 ? avail : Math.min(size, avail);
  const out = b.data.slice(b.pos, b.pos + n);
  b.pos += n;
  return out;
}

function bytesReadline(b: PyBytesBuffer, limit: number): Uint8Array {
  if (b.file !== null && !b.file.readable) throw unsupported('readline');
  const view = bytesView(b);
  if (b.pos >= b.size) return new Uint8Array(0);
  let end = view.indexOf(0x0a, b.pos);
  end = end < 0 ? b.size : end + 1;
  if (limit >= 0 && end - b.pos > limit) end = b.pos + limit;
  const out = view.slice(b.pos, end);
  b.pos = end;
  return out;
}

/** BytesIO.seek: any whence with any offset; a position before the start becomes 0. */
function bytesSeek(b: PyBytesBuffer, a: PyObject[]): PyObject {
  let pos = intArg(a[0]);
  const whence = a.length > 1 ? intArg(a[1]) : 0;
  if (whence === 0 && pos < 0) throw valueError(`negative seek value ${pos}`);
  if (whence === 1) pos += b.pos;
  else if (whence === 2) pos += b.size;
  else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  b.pos = Math.max(pos, 0);
  return newInt(b.pos);
}

/** Write a file's bytes back through the host. */
function flushFile(b: PyBytesBuffer): void {
  const f = b.file;
  if (f === null || !f.dirty) return;
  f.dirty = false;
  interpRef!.host.writeFile!(f.path, bytesView(b).slice());
}

function bytesMethod(name: string, min: number, max: number, f: (b: PyBytesBuffer, a: PyObject[]) => PyObject): [string, Method] {
  return [name, (self, a, k) => {
    checkArgs(name, a, k, min, max);
    const b = self as PyBytesBuffer;
    checkOpenBytes(b);
    return f(b, a);
  }];
}

function readIntoFrom(b: PyBytesBuffer, target: PyObject): number {
  if (!(target instanceof PyByteArray)) throw typeError(`readinto() argument must be read-write bytes-like object, not ${target.type.name}`);
  const dest = target.bytes;
  const chunk = bytesRead(b, dest.length);
  dest.set(chunk);
  return chunk.length;
}

const BYTES_METHODS: [string, Method][] = [
  bytesMethod('read', 0, 1, (b, a) => newBytes(bytesRead(b, sizeArg(a[0])))),
  bytesMethod('read1', 0, 1, (b, a) => newBytes(bytesRead(b, sizeArg(a[0])))),
  bytesMethod('readline', 0, 1, (b, a) => newBytes(bytesReadline(b, sizeArg(a[0])))),
  bytesMethod('readinto', 1, 1, (b, a) => newInt(readIntoFrom(b, a[0]))),
  bytesMethod('write', 1, 1, (b, a) => newInt(bytesWrite(b, bytesArg(a[0])))),
  bytesMethod('tell', 0, 0, (b) => newInt(b.pos)),
  bytesMethod('seek', 1, 2, bytesSeek),
  bytesMethod('truncate', 0, 1, (b, a) => {
    checkExports(b);
    const size = a.length === 0 || a[0] === None ? b.pos : intArg(a[0]);
    if (size < 0) throw valueError(`negative size value ${size}`);
    if (b.file !== null) b.file.dirty = true;
    if (size < b.size) b.size = size;
    return newInt(size);
  }),
  bytesMethod('readable', 0, 0, (b) => newBool(b.file === null || b.file.readable)),
  bytesMethod('writable', 0, 0, (b) => newBool(b.file === null || b.file.writable)),
  bytesMethod('seekable', 0, 0, () => newBool(true)),
  bytesMethod('flush', 0, 0, (b) => (flushFile(b), none())),
  ['close', (self, a, k) => {
    checkArgs('close', a, k, 0, 0);
    const b = self as PyBytesBuffer;
    if (!b.closed) {
      flushFile(b);
      b.closed = true;
    }
    return none();
  }],
];

// ---------------------------------------------------------------- BufferedWriter over a raw stream

/** raw.<name>(...args), a new reference. */
function callRaw(raw: PyObject, name: string, args: PyObject[]): PyObject {
  const m = ab.getattr(raw, internStr(name));
  try {
    return ab.call(m, args);
  } finally {
    decref(m);
  }
}

function rawClosed(raw: PyObject): boolean {
  const c = ab.getattr(raw, internStr('closed'));
  try {
    return ab.isTrue(c);
  } finally {
    decref(c);
  }
}

/** io.BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE). */
function bufferedWriterNew(type: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const [raw, size] = unpackArgs('BufferedWriter', a, k, ['raw', 'buffer_size'], 0, 2, 1);
  const t = type as PyType;
  const w = callRaw(raw!, 'writable', []);
  const writable = ab.isTrue(w);
  decref(w);
  if (!writable) throw unsupported('File or stream is not writable.');
  const bufferSize = size === null ? DEFAULT_BUFFER_SIZE : intArg(size);
  if (bufferSize <= 0) throw valueError('buffer size must be strictly positive');
  const b = (t.heapType ? allocInstance(t) : new PyBytesBuffer(t)) as PyBytesBuffer;
  raw!.rc++;
  b.raw = raw!;
  b.bufferSize = bufferSize;
  return b;
}

/** Hand the pending bytes to raw.write(), as often as it takes all of them. */
function flushPending(b: PyBytesBuffer): void {
  let done = 0;
  while (done < b.size) {
    const chunk = newBytes(b.data.slice(done, b.size));
    let r: PyObject;
    try {
      r = callRaw(b.raw!, 'write', [chunk]);
    } finally {
      decref(chunk);
    }
    // A raw stream that cannot take bytes now (non-blocking) answers None.
    const n = r === None ? 0 : intArg(r);
    decref(r);
    if (n < 0 || n > b.size - done) throw newException(OSErrorType, `raw write() returned invalid length ${n} (should have been between 0 and ${b.size - done})`);
    if (n === 0) break;
    done += n;
  }
  b.data.copyWithin(0, done, b.size);
  b.size -= done;
}

function checkRawOpen(b: PyBytesBuffer, what: string): void {
  if (rawClosed(b.raw!)) throw valueError(`${what} of closed file`);
}

/** The methods of a BufferedWriter made over a raw stream (a file's BufferedWriter keeps the in-memory ones). */
function rawWriterMethod(name: string, onRaw: (b: PyBytesBuffer, a: PyObject[], k: string[] | null) => PyObject,
  fileMethod: Method): [string, Method] {
  return [name, (self, a, k) => {
    const b = self as PyBytesBuffer;
    if (b.raw === null) return fileMethod(self, a, k);
    return onRaw(b, a, k);
  }];
}

const RAW_WRITER_METHODS: [string, (b: PyBytesBuffer, a: PyObject[], k: string[] | null) => PyObject][] = [
  ['write', (b, a, k) => {
    checkArgs('write', a, k, 1, 1);
    if (rawClosed(b.raw!)) throw valueError('write to closed file');
    const src = bytesArg(a[0]);
    // What does not fit beside the pending bytes sends those first; what exceeds the buffer alone goes on at once.
    if (b.size + src.length > b.bufferSize) flushPending(b);
    ensureCapacity(b, b.size + src.length);
    b.data.set(src, b.size);
    b.size += src.length;
    if (b.size > b.bufferSize) flushPending(b);
    return newInt(src.length);
  }],
  ['flush', (b, a, k) => {
    checkArgs('flush', a, k, 0, 0);
    checkRawOpen(b, 'flush');
    flushPending(b);
    return none();
  }],
  ['close', (b, a, k) => {
    checkArgs('close', a, k, 0, 0);
    if (rawClosed(b.raw!)) return none();
    try {
      flushPending(b);
    } finally {
      decref(callRaw(b.raw!, 'close', []));
    }
    return none();
  }],
  ['tell', (b, a, k) => {
    checkArgs('tell', a, k, 0, 0);
    const r = callRaw(b.raw!, 'tell', []);
    const pos = intArg(r);
    decref(r);
    return newInt(pos + b.size);
  }],
  ['seek', (b, a, k) => {
    checkArgs('seek', a, k, 1, 2);
    checkRawOpen(b, 'seek');
    flushPending(b);
    return callRaw(b.raw!, 'seek', a);
  }],
  ['truncate', (b, a, k) => {
    checkArgs('truncate', a, k, 0, 1);
    checkRawOpen(b, 'truncate');
    flushPending(b);
    return callRaw(b.raw!, 'truncate', a);
  }],
  ['readable', (_b, a, k) => (checkArgs('readable', a, k, 0, 0), newBool(false))],
  ['writable', (b, a, k) => (checkArgs('writable', a, k, 0, 0), callRaw(b.raw!, 'writable', []))],
  ['seekable', (b, a, k) => (checkArgs('seekable', a, k, 0, 0), callRaw(b.raw!, 'seekable', []))],
  ['read', () => { throw unsupported('read'); }],
  ['read1', () => { throw unsupported('read1'); }],
  ['readline', () => { throw unsupported('readline'); }],
  ['readinto', () => { throw unsupported('readinto'); }],
];

function bytesIONew(type: PyObject, _a: PyObject[], _k: string[] | null): PyObject {
  const t = type as PyType;
  return t.heapType ? allocInstance(t) : new PyBytesBuffer(t);
}

function bytesIOInit(self: PyObject, a: PyObject[], k: string[] | null): void {
  const [initial] = unpackArgs('BytesIO', a, k, ['initial_bytes'], 0, 1, 0);
  const b = self as PyBytesBuffer;
  b.size = 0;
  b.pos = 0;
  if (initial !== null && initial !== None) storeBytes(b, bytesArg(initial));
  b.pos = 0;
}

// ---------------------------------------------------------------- IOBase behaviour shared by all

/** readlines(hint): lines until their total length passes hint (> 0). */
function readlines(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('readlines', a, k, 0, 1);
  const hint = sizeArg(a[0]);
  const out = newList([]);
  const readline = ab.getattr(self, internStr('readline'));
  try {
    let total = 0;
    for (;;) {
      const line = ab.call(readline, []);
      const n = ab.len(line);
      if (n === 0) {
        decref(line);
        break;
      }
      listAppend(out, line);
      decref(line);
      total += n;
      if (hint > 0 && total >= hint) break;
    }
  } catch (e) {
    decref(out);
    throw e;
  } finally {
    decref(readline);
  }
  return out;
}

function writelines(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('writelines', a, k, 1, 1);
  const write = ab.getattr(self, internStr('write'));
  const it = ab.getIter(a[0]);
  try {
    for (let line = ab.iterNext(it); line !== null; line = ab.iterNext(it)) {
      try {
        decref(ab.call(write, [line]));
      } finally {
        decref(line);
      }
    }
  } finally {
    decref(it);
    decref(write);
  }
  return none();
}

/** Iteration: readline() until it returns an empty line. */
function iterNextLine(o: PyObject): PyObject | null {
  const readline = ab.getattr(o, internStr('readline'));
  try {
    const line = ab.call(readline, []);
    if (ab.len(line) === 0) {
      decref(line);
      return null;
    }
    return line;
  } finally {
    decref(readline);
  }
}

function isClosed(o: PyObject): boolean {
  const c = ab.getattr(o, internStr('closed'));
  const t = ab.isTrue(c);
  decref(c);
  return t;
}

const IOBASE_METHODS: [string, Method][] = [
  ['readlines', readlines],
  ['writelines', writelines],
  ['__enter__', (self, a, k) => {
    checkArgs('__enter__', a, k, 0, 0);
    if (isClosed(self)) throw valueError('I/O operation on closed file.');
    self.rc++;
    return self;
  }],
  ['__exit__', (self, _a, _k) => {
    const close = ab.getattr(self, internStr('close'));
    try {
      decref(ab.call(close, []));
    } finally {
      decref(close);
    }
    return none();
  }],
  ['flush', (self, a, k) => {
    checkArgs('flush', a, k, 0, 0);
    if (isClosed(self)) throw valueError('I/O operation on closed file.');
    return none();
  }],
  ['isatty', (self, a, k) => {
    checkArgs('isatty', a, k, 0, 0);
    if (isClosed(self)) throw valueError('I/O operation on closed file.');
    return newBool(false);
  }],
  ['fileno', () => {
    throw unsupported('fileno');
  }],
  ['detach', () => {
    throw unsupported('detach');
  }],
];

// ---------------------------------------------------------------- TextIOWrapper over a binary buffer

/** A text stream over a binary buffer object: encodes on write, decodes on read. It is made
 *  uninitialized (buffer null) by TextIOWrapper.__new__ and set up by __init__, so that
 *  subclasses can call TextIOWrapper.__init__ from their own. */
class PyTextWrapper extends PyTextStream {
  /** The decoded text not yet read (filled on the first read), and the read position in it. */
  text: string | null = null;
  textPos = 0;
  /** The buffer's position where the decoded text begins, and whether newline translation changed the text. */
  textStart = 0;
  translated = false;
  seen = 0;
  hasName = false;
  buffer: PyObject | null = null;
  encoding = 'UTF-8';
  errors = 'strict';
  newline: string | null = null;
  modeShown: string | null = null;
  readable = false;
  writable = false;
  constructor(type: PyType) {
    super('', '', null, false, null, type);
  }

  setup(buffer: PyObject, name: string | null, mode: string | null, encoding: string, errors: string,
    newline: string | null, lineBuffering: boolean): void {
    const readable = askBuffer(buffer, 'readable');
    const writable = askBuffer(buffer, 'writable');
    buffer.rc++;
    const old = this.buffer;
    this.buffer = buffer;
    if (old !== null) decref(old);
    this.name = name ?? '';
    this.mode = mode ?? '';
    this.hasName = name !== null;
    this.modeShown = mode;
    this.encoding = encoding;
    this.errors = errors;
    this.newline = newline;
    this.lineBuffered = lineBuffering;
    this.readable = readable;
    this.writable = writable;
    this.closed = false;
    this.buf = '';
    this.text = null;
    this.textPos = 0;
    this.seen = 0;
    this.sink = (s) => this.writeEncoded(s);
    this.source = textWrapperSource(this);
  }

  private writeEncoded(s: string): void {
    if ((this.newline === '\r' || this.newline === '\r\n') && s.includes('\n')) s = s.replace(/\n/g, this.newline);
    const b = newBytes(encodeStr(s, this.encoding, this.errors));
    const write = ab.getattr(this.buffer!, internStr('write'));
    try {
      decref(ab.call(write, [b]));
    } finally {
      decref(write);
      decref(b);
    }
  }
}

function newTextWrapper(buffer: PyObject, name: string | null, mode: string | null, encoding: string, errors: string,
  newline: string | null, lineBuffering: boolean): PyTextWrapper {
  const w = new PyTextWrapper(TextIOType);
  try {
    w.setup(buffer, name, mode, encoding, errors, newline, lineBuffering);
  } catch (e) {
    decref(w);
    throw e;
  }
  return w;
}

/** The wrapper's buffer, or ValueError while __init__ has not run. */
function wrapperBuffer(w: PyTextWrapper): PyObject {
  if (w.buffer === null) throw valueError('I/O operation on uninitialized object');
  return w.buffer;
}

/** buffer.readable() / buffer.writable(). */
function askBuffer(buffer: PyObject, what: 'readable' | 'writable'): boolean {
  const m = ab.getattr(buffer, internStr(what));
  try {
    const r = ab.call(m, []);
    const t = ab.isTrue(r);
    decref(r);
    return t;
  } finally {
    decref(m);
  }
}

/** The operations a text file's mode refuses: io.UnsupportedOperation("not readable"). */
function checkWrapperCan(s: PyTextStream, what: 'readable' | 'writable'): void {
  if (s instanceof PyTextWrapper) wrapperBuffer(s);
  if (s instanceof PyTextWrapper && !s[what]) throw unsupported(what === 'readable' ? 'not readable' : 'not writable');
}

/** The decoded, newline-translated text of the wrapper's buffer (read on first use). */
function wrapperText(w: PyTextWrapper): string {
  if (w.text === null) {
    w.textStart = bufferTell(w);
    const read = ab.getattr(wrapperBuffer(w), internStr('read'));
    let raw: PyObject;
    try {
      raw = ab.call(read, []);
    } finally {
      decref(read);
    }
    const bytes = bufferOf(raw);
    decref(raw);
    let text = decodeBytes(bytes ?? new Uint8Array(0), w.encoding, w.errors);
    w.translated = false;
    if (w.newline === null || w.newline === '') {
      for (const m of text.matchAll(/\r\n|\r|\n/g)) w.seen |= m[0] === '\n' ? SEEN_LF : m[0] === '\r' ? SEEN_CR : SEEN_CRLF;
      if (w.newline === null && /\r/.test(text)) {
        text = text.replace(/\r\n?/g, '\n');
        w.translated = true;
      }
    }
    w.text = text;
  }
  return w.text;
}

/** A LineSource over the wrapper, plus reads of n code points. */
interface SizedSource extends LineSource {
  readChars(n: number): string;
  readLineLimited(limit: number): string;
}

function textWrapperSource(w: PyTextWrapper): SizedSource {
  const take = (end: number) => {
    const text = wrapperText(w);
    const out = text.slice(w.textPos, end);
    w.textPos = end;
    return out;
  };
  return {
    readLine: () => take(lineEnd(wrapperText(w), w.textPos, w.newline)),
    readAll: () => take(wrapperText(w).length),
    readChars(n) {
      const text = wrapperText(w);
      const rest = text.slice(w.textPos);
      return take(w.textPos + unitOffset(rest, n));
    },
    readLineLimited(limit) {
      const text = wrapperText(w);
      const end = lineEnd(text, w.textPos, w.newline);
      const line = text.slice(w.textPos, end);
      return take(w.textPos + (cpLen(line) > limit ? unitOffset(line, limit) : line.length));
    },
  };
}

function isSized(s: LineSource | null): s is SizedSource {
  return s !== null && 'readChars' in s;
}

const NEWLINE_VALUES = [null, '', '\n', '\r', '\r\n'];

/** TextIOWrapper.__new__: an uninitialized wrapper (of a subclass too). */
function textWrapperNew(type: PyObject, _a: PyObject[], _k: string[] | null): PyObject {
  const t = type as PyType;
  return t.heapType ? allocInstance(t) : new PyTextWrapper(t);
}

/** TextIOWrapper.__init__(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False). */
function textWrapperInit(self: PyObject, a: PyObject[], k: string[] | null): void {
  const [buffer, enc, errs, nl, lb] = unpackArgs('TextIOWrapper', a, k,
    ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'], 0, 6, 1);
  const given = optionalStr('encoding', enc);
  if (given === null) warnDefaultEncoding(1);
  const encoding = given ?? 'UTF-8';
  const errors = optionalStr('errors', errs) ?? 'strict';
  const newline = optionalStr('newline', nl);
  if (!NEWLINE_VALUES.includes(newline)) throw valueError(`illegal newline value: ${newline}`);
  if (!(self instanceof PyTextWrapper)) throw typeError('the standard streams cannot be initialized again');
  const name = bufferName(buffer!);
  self.setup(buffer!, name, null, encoding, errors, newline, lb !== null && ab.isTrue(lb));
}

function optionalStr(what: string, o: PyObject | null): string | null {
  if (o === null || o === None) return null;
  if (!(o instanceof PyStr)) throw typeError(`TextIOWrapper() argument '${what}' must be str or None, not ${o.type.name}`);
  return o.v;
}

/** The buffer's name attribute as text, or null when it has none. */
function bufferName(buffer: PyObject): string | null {
  const n = ab.getattrOrNull(buffer, internStr('name'));
  if (n === null) return null;
  const s = ab.strJS(n);
  decref(n);
  return s;
}

function textReprOf(o: PyObject): PyObject {
  const s = o as PyTextStream;
  if (!(s instanceof PyTextWrapper)) return newStr(`<_io.TextIOWrapper name='${s.name}' mode='${s.mode}' encoding='utf-8'>`);
  let r = '<_io.TextIOWrapper';
  if (s.hasName) r += ` name=${reprStr(s.name)}`;
  if (s.modeShown !== null) r += ` mode=${reprStr(s.modeShown)}`;
  return newStr(`${r} encoding=${reprStr(s.encoding)}>`);
}

/** buffer.tell() of a wrapper. */
function bufferTell(w: PyTextWrapper): number {
  const r = callRaw(wrapperBuffer(w), 'tell', []);
  const n = intArg(r);
  decref(r);
  return n;
}

/** Before a seek or tell: pending text reaches the buffer. */
function wrapperSync(w: PyTextWrapper): void {
  w.flush();
  const r = callRaw(wrapperBuffer(w), 'flush', []);
  decref(r);
}

/** The buffer position of the next character to read or write. */
function wrapperTell(w: PyTextWrapper): number {
  wrapperSync(w);
  if (w.text === null) return bufferTell(w);
  if (w.translated) throw newException(OSErrorType, 'pyheap cannot tell a position in text whose newlines were translated');
  return w.textStart + encodeStr(w.text.slice(0, w.textPos), w.encoding, w.errors).length;
}

/** Methods of sys's stream type that files and wrappers need (sys.stdout gains them too). */
const TEXT_METHODS: [string, Method][] = [
  ['read', (self, a, k) => {
    checkArgs('read', a, k, 0, 1);
    const s = self as PyTextStream;
    if (s.closed) throw valueError('I/O operation on closed file.');
    checkWrapperCan(s, 'readable');
    const size = sizeArg(a[0]);
    if (s.source === null) return newStr('');
    return newStr(size >= 0 && isSized(s.source) ? s.source.readChars(size) : s.source.readAll());
  }],
  ['readline', (self, a, k) => {
    checkArgs('readline', a, k, 0, 1);
    const s = self as PyTextStream;
    if (s.closed) throw valueError('I/O operation on closed file.');
    checkWrapperCan(s, 'readable');
    const size = sizeArg(a[0]);
    if (s.source === null) return newStr('');
    return newStr(size >= 0 && isSized(s.source) ? s.source.readLineLimited(size) : s.source.readLine());
  }],
  ['close', (self, a, k) => {
    checkArgs('close', a, k, 0, 0);
    const s = self as PyTextStream;
    if (s instanceof PyTextWrapper) wrapperBuffer(s);
    if (s.closed) return none();
    s.flush();
    s.closed = true;
    if (s instanceof PyTextWrapper) {
      const close = ab.getattr(wrapperBuffer(s), internStr('close'));
      try {
        decref(ab.call(close, []));
      } finally {
        decref(close);
      }
    }
    return none();
  }],
  ['flush', (self, a, k) => {
    checkArgs('flush', a, k, 0, 0);
    const s = self as PyTextStream;
    if (s instanceof PyTextWrapper) wrapperBuffer(s);
    if (s.closed) throw valueError('I/O operation on closed file.');
    s.flush();
    if (s instanceof PyTextWrapper) {
      const flush = ab.getattr(s.buffer!, internStr('flush'));
      try {
        decref(ab.call(flush, []));
      } finally {
        decref(flush);
      }
    }
    return none();
  }],
  ['write', (self, a, k) => {
    checkArgs('write', a, k, 1, 1);
    const s = self as PyTextStream;
    if (s.closed) throw valueError('I/O operation on closed file.');
    checkWrapperCan(s, 'writable');
    const t = a[0];
    if (!(t instanceof PyStr)) throw typeError(`write() argument must be str, not ${t.type.name}`);
    s.write(t.v);
    return newInt(t.cplen);
  }],
  ['readable', (self) => newBool(self instanceof PyTextWrapper ? self.readable : (self as PyTextStream).source !== null)],
  ['writable', (self) => newBool(self instanceof PyTextWrapper ? self.writable : (self as PyTextStream).sink !== null)],
  ['seekable', (self) => newBool(self instanceof PyTextWrapper)],
  ['seek', (self, a, k) => {
    checkArgs('seek', a, k, 1, 2);
    if (!(self instanceof PyTextWrapper)) throw unsupported('underlying stream is not seekable');
    const w = self;
    wrapperBuffer(w);
    if (w.closed) throw valueError('I/O operation on closed file.');
    const whence = a.length > 1 ? intArg(a[1]) : 0;
    if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    const cookie = intArg(a[0]);
    if (whence === 1 && cookie !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    if (whence === 2 && cookie !== 0) throw unsupported("can't do nonzero end-relative seeks");
    if (whence === 0 && cookie < 0) throw valueError(`negative seek position ${cookie}`);
    const here = whence === 1 ? wrapperTell(w) : 0;
    wrapperSync(w);
    const args = whence === 2 ? [newInt(0), newInt(2)] : [newInt(whence === 1 ? here : cookie)];
    let r: PyObject;
    try {
      r = callRaw(w.buffer!, 'seek', args);
    } finally {
      for (const x of args) decref(x);
    }
    // What was decoded ahead is dropped: reading starts again from the new position.
    w.text = null;
    w.textPos = 0;
    return r;
  }],
  ['tell', (self, a, k) => {
    checkArgs('tell', a, k, 0, 0);
    if (!(self instanceof PyTextWrapper)) throw unsupported('underlying stream is not seekable');
    wrapperBuffer(self);
    if (self.closed) throw valueError('I/O operation on closed file.');
    return newInt(wrapperTell(self));
  }],
  ['detach', () => {
    throw unsupported('detach');
  }],
];

// ---------------------------------------------------------------- open()

const MODE_CHARS = new Set('rwxab+t');

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
function openFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const [fileObj, modeObj, buffering, enc, errs, nl] = unpackArgs('open', a, k,
    ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 0, 8, 1);
  const file = fileObj!;
  let path: string;
  if (file instanceof PyStr) path = file.v;
  else if (file instanceof PyBytes) path = decodeBytes(file.bytes, 'utf-8', 'surrogateescape');
  else throw typeError(`expected str, bytes or os.PathLike object, not ${file.type.name}`);
  const mode = modeObj === null ? 'r' : strOnly('open', 'mode', modeObj);
  for (const c of mode) {
    if (!MODE_CHARS.has(c) || mode.indexOf(c) !== mode.lastIndexOf(c)) throw valueError(`invalid mode: '${mode}'`);
  }
  const creating = mode.includes('x'), reading = mode.includes('r'), writing = mode.includes('w');
  const appending = mode.includes('a'), updating = mode.includes('+');
  const text = mode.includes('t'), binary = mode.includes('b');
  if (text && binary) throw valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1 ||
    !(creating || reading || writing || appending)) {
    throw valueError('must have exactly one of create/read/write/append mode');
  }
  const encoding = enc === null || enc === None ? null : strOnly('open', 'encoding', enc);
  if (encoding === null && !binary) warnDefaultEncoding(1);
  const errors = errs === null || errs === None ? null : strOnly('open', 'errors', errs);
  const newline = nl === null || nl === None ? null : strOnly('open', 'newline', nl);
  if (binary && encoding !== null) throw valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw valueError("binary mode doesn't take a newline argument");
  if (!binary && buffering !== null && buffering instanceof PyInt && buffering.v === 0) {
    throw valueError("can't have unbuffered text I/O");
  }
  if (newline !== null && !NEWLINE_VALUES.includes(newline)) throw valueError(`illegal newline value: ${newline}`);
  const raw = openBinary(file, path, creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a', updating);
  if (binary) return raw;
  try {
    const textMode = mode.replace('b', '').replace('t', '');
    return newTextWrapper(raw, ab.strJS(file), textMode, encoding ?? 'UTF-8', errors ?? 'strict', newline,
      buffering instanceof PyInt && buffering.v === 1);
  } finally {
    decref(raw);
  }
}

function strOnly(fname: string, what: string, o: PyObject): string {
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument '${what}' must be str or None, not ${o.type.name}`);
  return o.v;
}

/** The binary file object of open(): its bytes are read now and written back on flush. */
function openBinary(nameObj: PyObject, path: string, kind: 'r' | 'w' | 'a' | 'x', updating: boolean): PyObject {
  const host = interpRef!.host;
  if (host.isDir(path)) throw osError(21, path);
  const existing = host.readFile(path);
  if (kind === 'r' && existing === null) throw osError(2, path);
  if (kind === 'x' && existing !== null) throw osError(17, path);
  if (kind !== 'r' && host.writeFile === undefined) throw osError(30, path);
  const type = updating ? BufferedRandomType : kind === 'r' ? BufferedReaderType : BufferedWriterType;
  const b = new PyBytesBuffer(type);
  nameObj.rc++;
  const modeText = kind === 'r' ? (updating ? 'rb+' : 'rb') : `${kind}b${updating ? '+' : ''}`;
  b.file = { name: nameObj, path, mode: modeText, readable: kind === 'r' || updating, writable: kind !== 'r' || updating,
    append: kind === 'a', dirty: false };
  if (kind === 'r' || kind === 'a') {
    if (existing !== null) storeBytes(b, existing);
    if (kind === 'r') b.pos = 0;
  } else {
    // Opening for writing truncates (or creates) the file at once, as O_TRUNC does.
    host.writeFile!(path, new Uint8Array(0));
  }
  return b;
}

function fileRepr(o: PyObject): PyObject {
  const b = o as PyBytesBuffer;
  if (b.raw !== null) {
    const name = ab.getattrOrNull(b.raw, internStr('name'));
    if (name === null) return newStr(`<_io.${o.type.name}>`);
    try {
      return newStr(`<_io.${o.type.name} name=${ab.reprJS(name)}>`);
    } finally {
      decref(name);
    }
  }
  if (b.file === null) return newStr(`<_io.${o.type.name} object>`);
  return newStr(`<_io.${o.type.name} name=${ab.reprJS(b.file.name)}>`);
}

// ---------------------------------------------------------------- types and module

export function initIoTypes(): void {
  unsupportedType = makeUnsupportedOperation();
  for (const [name, fn] of IOBASE_METHODS) defMethod(IOBaseType, name, fn);
  IOBaseType.iter = (o) => (o.rc++, o);
  IOBaseType.next = iterNextLine;
  defGetSet(IOBaseType, 'closed', () => newBool(false));

  // Instances of StringIO and BytesIO have a __dict__ (for attributes a program sets).
  const releaseDict = (o: PyObject) => {
    const io = o as PyStringIO | PyBytesBuffer;
    const d = io.dict;
    io.dict = null;
    if (d !== null) decref(d);
  };
  const S = StringIOType;
  S.dealloc = releaseDict;
  S.jsClass = PyStringIO as unknown as new (type: PyType) => PyObject;
  S.new_ = stringIONew;
  S.init = stringIOInit;
  for (const [name, fn] of STRINGIO_METHODS) defMethod(S, name, fn);
  defGetSet(S, 'closed', (o) => newBool((o as PyStringIO).closed));
  defGetSet(S, 'newlines', (o) => {
    const s = o as PyStringIO;
    checkOpenText(s);
    return s.newline === null || s.newline === '' ? newlinesObject(s.seen) : none();
  });
  defGetSet(S, 'line_buffering', (o) => (checkOpenText(o as PyStringIO), newBool(false)));
  for (const attr of ['encoding', 'errors']) defGetSet(S, attr, () => none());

  const B = BytesIOType;
  B.jsClass = PyBytesBuffer as unknown as new (type: PyType) => PyObject;
  B.new_ = bytesIONew;
  B.init = bytesIOInit;
  B.dealloc = releaseDict;
  for (const T of [B, BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
    for (const [name, fn] of BYTES_METHODS) defMethod(T, name, fn);
    defGetSet(T, 'closed', (o) => newBool((o as PyBytesBuffer).closed));
  }
  // getbuffer(): a writable view of the current value, sharing its bytes.
  defMethod(B, 'getbuffer', bytesMethod('getbuffer', 0, 0, (b) => newMemoryView(b))[1]);
  registerExporter((o) => {
    if (!(o instanceof PyBytesBuffer) || o.file !== null) return null;
    o.exports++;
    return { bytes: bytesView(o), readonly: false, release: () => { o.exports--; } };
  });
  defMethod(B, 'getvalue', bytesMethod('getvalue', 0, 0, (b) => newBytes(bytesView(b).slice()))[1]);
  for (const T of [BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
    T.repr = fileRepr;
    defGetSet(T, 'name', (o) => {
      const b = o as PyBytesBuffer;
      if (b.raw !== null) return ab.getattr(b.raw, internStr('name'));
      const n = b.file!.name;
      n.rc++;
      return n;
    });
    defGetSet(T, 'mode', (o) => {
      const b = o as PyBytesBuffer;
      return b.raw !== null ? ab.getattr(b.raw, internStr('mode')) : newStr(b.file!.mode);
    });
    T.dealloc = (o) => {
      const b = o as PyBytesBuffer;
      if (b.raw !== null) {
        // As close() at finalization: the pending bytes reach the raw stream, which is closed.
        const raw = b.raw;
        b.raw = null;
        try {
          if (!rawClosed(raw)) {
            b.raw = raw;
            try {
              flushPending(b);
            } finally {
              b.raw = null;
              decref(callRaw(raw, 'close', []));
            }
          }
        } catch (e) {
          // A finalizer's error has nowhere to go.
          if (!(e instanceof PyObject)) throw e;
          decref(e);
        }
        decref(raw);
      } else {
        flushFile(b);
        decref(b.file!.name);
      }
      releaseDict(o);
    };
  }
  const W = BufferedWriterType;
  W.new_ = bufferedWriterNew;
  W.jsClass = PyBytesBuffer as unknown as new (type: PyType) => PyObject;
  W.traverse = (o, visit) => {
    const raw = (o as PyBytesBuffer).raw;
    if (raw !== null) visit(raw);
  };
  for (const [name, fn] of RAW_WRITER_METHODS) {
    const fileMethod = BYTES_METHODS.find(([n]) => n === name)![1];
    const [, m] = rawWriterMethod(name, fn, fileMethod);
    defMethod(W, name, m);
  }
  defGetSet(W, 'closed', (o) => {
    const b = o as PyBytesBuffer;
    return b.raw !== null ? newBool(rawClosed(b.raw)) : newBool(b.closed);
  });
  defGetSet(W, 'raw', (o) => {
    const b = o as PyBytesBuffer;
    if (b.raw === null) throw attributeError("'_io.BufferedWriter' object has no attribute 'raw'");
    b.raw.rc++;
    return b.raw;
  });

  const T = TextIOType;
  T.new_ = textWrapperNew;
  T.init = textWrapperInit;
  T.jsClass = PyTextWrapper as unknown as new (type: PyType) => PyObject;
  T.traverse = (o, visit) => {
    if (o instanceof PyTextWrapper && o.buffer !== null) visit(o.buffer);
  };
  T.repr = textReprOf;
  T.iter = (o) => (o.rc++, o);
  T.next = iterNextLine;
  for (const [name, fn] of TEXT_METHODS) defMethod(T, name, fn);
  for (const name of ['readlines', 'writelines', '__enter__', '__exit__']) {
    defMethod(T, name, IOBASE_METHODS.find(([n]) => n === name)![1]);
  }
  defGetSet(T, 'encoding', (o) => newStr(o instanceof PyTextWrapper ? o.encoding : 'utf-8'));
  // The standard streams' handlers under a UTF-8 locale: stderr never fails to write.
  defGetSet(T, 'errors', (o) => newStr(o instanceof PyTextWrapper ? o.errors
    : (o as PyTextStream).name === '<stderr>' ? 'backslashreplace' : 'surrogateescape'));
  defGetSet(T, 'buffer', (o) => {
    if (!(o instanceof PyTextWrapper)) throw unsupported('buffer');
    const b = wrapperBuffer(o);
    b.rc++;
    return b;
  });
  // CPython's stderr writes through instead of being line-buffered.
  defGetSet(T, 'line_buffering', (o) => newBool((o as PyTextStream).lineBuffered && (o as PyTextStream).name !== '<stderr>'));
  defGetSet(T, 'newlines', (o) => (o instanceof PyTextWrapper ? newlinesObject(o.seen) : none()));
  const previousDealloc = T.dealloc;
  T.dealloc = (o) => {
    if (o instanceof PyTextWrapper && o.buffer !== null) {
      if (!o.closed) o.flush();
      decref(o.buffer);
    }
    previousDealloc(o);
  };

  for (const X of [IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, S, B, BufferedReaderType,
    BufferedWriterType, BufferedRandomType]) {
    exposeSlots(X);
  }
  exposeSlots(T);
}

/** -X warn_default_encoding: text I/O made without an encoding warns, `stacklevel` frames up (PyErr_WarnEx). */
function warnDefaultEncoding(stacklevel: number): void {
  if (interpRef!.flag('warn_default_encoding') > 0) {
    warn(excTypes.get('EncodingWarning')!, "'encoding' argument not specified", stacklevel);
  }
}

/** io.text_encoding(encoding, stacklevel=2): the encoding, or the default one (with the warning above). */
function textEncoding(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  // Positional only: text_encoding(encoding, stacklevel=2, /).
  noKw('io.text_encoding', k);
  checkArgs('text_encoding', a, null, 1, 2);
  const encoding = a[0];
  if (encoding !== None) {
    encoding.rc++;
    return encoding;
  }
  warnDefaultEncoding(a.length > 1 ? Number(numberIndex(a[1])) : 2);
  // pyheap's text is UTF-8; CPython names the locale's encoding unless in UTF-8 mode.
  return newStr(interpRef!.flag('utf8_mode') > 0 ? 'utf-8' : 'locale');
}

/** builtins.open (also io.open). */
export function makeOpen(interp: Interpreter): PyObject {
  interpRef = interp;
  return newBuiltin('open', openFn, '_io');
}

export function initIo(m: PyModule, interp: Interpreter): void {
  interpRef = interp;
  const set = (name: string, v: PyObject) => {
    m.set(name, v);
    decref(v);
  };
  for (const T of [StringIOType, BytesIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType]) m.set(T.name, T);
  m.set('TextIOWrapper', TextIOType);
  m.set('IOBase', IOBaseType);
  m.set('RawIOBase', RawIOBaseType);
  m.set('BufferedIOBase', BufferedIOBaseType);
  m.set('TextIOBase', TextIOBaseType);
  m.set('UnsupportedOperation', unsupportedType!);
  set('open', makeOpen(interp));
  set('text_encoding', newBuiltin('text_encoding', textEncoding, 'io'));
  set('DEFAULT_BUFFER_SIZE', newInt(DEFAULT_BUFFER_SIZE));
  set('SEEK_SET', newInt(0));
  set('SEEK_CUR', newInt(1));
  set('SEEK_END', newInt(2));
}
