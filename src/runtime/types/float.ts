// float: a C double (Objects/floatobject.c).
//
// Arithmetic is JS's, which is IEEE double arithmetic as C's is; what C's
// library adds (fmod's sign rules in %, //, divmod, and pow) is spelled out
// below, pow() with the exact algorithm of the C library CPython calls.

import { gcHeader } from '../gc.js';
import { PyObject, objectAllocated, decref } from '../object.js';
import { builtinType, ObjectType, PyType } from '../type.js';
import { PyStr, StrType, newStr } from './str.js';
import { newTuple } from './tuple.js';
import { NotImplemented, None } from './none.js';
import { PyInt, newBool, newIntValue, doubleToInt, numberIndex, intHooks,
  exposeNew, exposeTernaryPow, formatSpecArg, strOf, defClassMethod } from './int.js';
import { newComplexPow } from './complex.js';
import { checkArgs, type NativeFn } from './builtinfunc.js';
import { exposeSlots, defMethod, defGetSet, genericGetAttr, allocInstance } from './typeobject.js';
import { newExceptionArgs, OverflowErrorType } from './exceptions.js';
import { typeError, valueError, zeroDivisionError } from '../errors.js';
import { HASH } from '../hashing.js';
import { hashPointer, blockNew, blockFlush, heapTrace } from '../heap.js';
import { Op, Bin, call } from '../abstract.js';
import { hashFloat, hashHi } from '../../common/hash.js';
import { reprFloat, reprBytes } from '../../common/repr.js';
import { formatFloat, floatRound, intToFloat, parseFloat as parseFloatText, floatHex, floatFromHex,
  floatAsIntegerRatio } from '../../common/numfmt.js';

export const FloatType = builtinType('float', ObjectType, { basicsize: 24 });

export class PyFloat extends PyObject {
  v: number;
  constructor(v: number, type: PyType = FloatType) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    // An instance of a Python subclass has a GC header.
    if (type.gc) gcHeader(this);
    objectAllocated(this, type);
    this.v = v;
  }
}

/** Instances of float subclasses: the value is set after allocation. */
class PyFloatInstance extends PyFloat {
  constructor(type: PyType) {
    super(0, type);
  }
}

// float's free list, as Objects/floatobject.c keeps one: up to 100 freed
// floats wait to be reused, so float arithmetic in a loop makes no garbage
// for the JS collector, and a new float takes the block (and the id()) of the
// last one freed, as in CPython.
const FREE_MAX = 100;
const freeFloats: PyFloat[] = [];

export function newFloat(v: number): PyFloat {
  const f = freeFloats.pop();
  if (f === undefined) return new PyFloat(v);
  f.rc = 1;
  f.v = v;
  // A JS object reused is still a new allocation for the heap model, which chooses its block again
  // (after applying the free that put it on the list, which reads its address).
  blockFlush();
  f.addr = 0;
  blockNew(f, FloatType);
  if (heapTrace.on) heapTrace.tracer!.renew(f);
  return f;
}

/** Whether a float just freed went onto the free list (its block stays allocated, as tracemalloc sees it). */
export function floatIsFree(o: PyObject): boolean {
  return freeFloats.length > 0 && freeFloats[freeFloats.length - 1] === o;
}

FloatType.dealloc = (o) => {
  if (o.type === FloatType && freeFloats.length < FREE_MAX) freeFloats.push(o as PyFloat);
};

function notImplemented(): PyObject {
  NotImplemented.rc++;
  return NotImplemented;
}

// ---------------------------------------------------------------- operands

// The two operands of the binary slot being run, as doubles: set by
// operands() so that the slots allocate nothing but their result. (A typed
// array, because a module-level `let` boxes every double stored in it.)
const OPERANDS = new Float64Array(2);

/** CONVERT_TO_DOUBLE for both operands: false (NotImplemented) when either is neither float nor int. */
function operands(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyFloat) OPERANDS[0] = a.v;
  else if (a instanceof PyInt) OPERANDS[0] = intToFloat(a.v);
  else return false;
  if (b instanceof PyFloat) OPERANDS[1] = b.v;
  else if (b instanceof PyInt) OPERANDS[1] = intToFloat(b.v);
  else return false;
  return true;
}

/** copysign(0.0, x). */
function signedZero(x: number): number {
  return x < 0 || Object.is(x, -0) ? -0 : 0;
}

/** fmod with the result's sign moved to the divisor's, as float % does. */
export function floatMod(x: number, y: number): number {
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = signedZero(y);
  }
  return mod;
}

// divmod's second result, left by floatDivmod.
const REMAINDER = new Float64Array(1);

/** _float_div_mod: the floor quotient (the remainder is left in REMAINDER[0]). */
function floatDivmod(x: number, y: number): number {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = signedZero(y);
  }
  REMAINDER[0] = mod;
  if (div === 0) return signedZero(x / y);
  // (x - mod) / y is within an ulp of an integer: snap to it.
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

// ---------------------------------------------------------------- pow

/** fmod(|x|, 2) == 1: x is an odd integer. */
function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/**
 * float_pow for doubles x ** y. `a` and `b` are the operands as objects, for
 * the complex result of a negative base and a fractional exponent.
 */
export function floatPow(x: number, y: number, a: PyObject, b: PyObject): PyObject {
  if (y === 0) return newFloat(1);
  if (x !== x) return newFloat(x);
  if (y !== y) return newFloat(x === 1 ? 1 : y);
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return newFloat(1);
    return newFloat((y > 0) === (ax > 1) ? Infinity : 0);
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return newFloat(odd ? x : Infinity);
    return newFloat(odd ? signedZero(x) : 0);
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return newFloat(isOddInteger(y) ? x : 0);
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return newComplexPow(a, b);
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return newFloat(negate ? -1 : 1);
  const r = libmPow(x, y);
  // C's pow reports ERANGE on overflow; underflow to zero is not an error to CPython.
  if (r === Infinity) throw newExceptionArgs(OverflowErrorType, [newIntValue(34), newStr('Numerical result out of range')]);
  return newFloat(negate ? -r : r);
}

// ---------------------------------------------------------------- C's pow()
//
// float ** float must have the bits CPython gets from the C library. glibc's
// pow (Debian 12's, through the FMA variant x86-64 selects) is the algorithm
// of Arm's optimized-routines (math/pow.c, Copyright (c) 2018 Arm Limited,
// MIT licensed; the tables below are its data), compiled with fused
// multiply-adds wherever a product feeds a sum. V8's Math.pow is a different
// algorithm that differs in the last bit for about one result in ten
// (1.1 ** 100). This port writes each fused multiply-add out through fma().

// A double's two 32-bit halves through an aliased buffer (the high word's
// index depends on the host's byte order).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

function hiWord(x: number): number {
  F64[0] = x;
  return U32[HIGH];
}

function loWord(x: number): number {
  F64[0] = x;
  return U32[LOW];
}

function fromWords(hi: number, lo: number): number {
  U32[HIGH] = hi;
  U32[LOW] = lo;
  return F64[0];
}

/** Decode a table of 64-bit words written as hex, into the two 32-bit halves of each. */
function words(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(8 * i, 8 * i + 8), 16);
  return out;
}

const VELTKAMP = 134217729; // 2**27 + 1

/** The rounding error of the product p = a * b (exact, by Dekker's splitting). */
function productError(a: number, b: number, p: number): number {
  let t = VELTKAMP * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = VELTKAMP * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * a * b + c with, nearly always, one rounding: the exact product and sum,
 * then their error terms. The error terms are summed with a rounding of their
 * own, which has changed no pow result tested; libm.ts's fma is correctly
 * rounded in every case at several times the cost. productError's body is
 * repeated here because V8 would not inline it into the many calls of a pow.
 */
function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = VELTKAMP * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = VELTKAMP * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pe = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = p + c;
  const v = s - p;
  const se = p - (s - v) + (c - v);
  return s + (se + pe);
}

// log table: per subinterval, 1/c, log(c) rounded to 43 bits, and the rest of log(c).
const LOG_TABLE = words(
  '3ff6a00000000000bfd62c82f2b9c8003cfab424283756803ff6800000000000bfd5d1bdbf580800bd1ca508d8e0f720' +
  '3ff6600000000000bfd5767717455800bd2362a4d5b6506d3ff6400000000000bfd51aad872df800bce684e49eb067d5' +
  '3ff6200000000000bfd4be5f95777800bd041b6993293ee03ff6000000000000bfd4618bc21c60003d13d82f484c84cc' +
  '3ff5e00000000000bfd404308686a8003cdc42f3ed820b3a3ff5c00000000000bfd3a64c556948003d20b1c686519460' +
  '3ff5a00000000000bfd347dd9a9880003d25594dd4c580923ff5800000000000bfd2e8e2bae120003d267b1e99b72bd8' +
  '3ff5600000000000bfd2895a13de88003d15ca14b6cfb03f3ff5600000000000bfd2895a13de88003d15ca14b6cfb03f' +
  '3ff5400000000000bfd22941fbcf7800bd165a242853da763ff5200000000000bfd1c898c1699800bd1fafbc68e75404' +
  '3ff5000000000000bfd1675cababa8003d1f1fc63382a8f03ff4e00000000000bfd1058bf9ae4800bd26a8c4fd055a66' +
  '3ff4c00000000000bfd0a324e2739000bd0c6bee7ef4030e3ff4a00000000000bfd0402594b4d000bcf036b89ef42d7f' +
  '3ff4a00000000000bfd0402594b4d000bcf036b89ef42d7f3ff4800000000000bfcfb9186d5e40003d0d572aab993c87' +
  '3ff4600000000000bfcef0adcbdc60003d2b26b79c86af243ff4400000000000bfce27076e2af000bd172f4f543fff10' +
  '3ff4200000000000bfcd5c216b4fc0003d21ba91bbca681b3ff4000000000000bfcc8ff7c79aa0003d27794f689f8434' +
  '3ff4000000000000bfcc8ff7c79aa0003d27794f689f84343ff3e00000000000bfcbc286742d90003d194eb0318bb78f' +
  '3ff3c00000000000bfcaf3c94e80c0003cba4e633fcd90663ff3a00000000000bfca23bc1fe2b000bd258c64dc46c1ea' +
  '3ff3a00000000000bfca23bc1fe2b000bd258c64dc46c1ea3ff3800000000000bfc9525a9cf45000bd2ad1d904c1d4e3' +
  '3ff3600000000000bfc87fa06520d0003d2bbdbf7fdbfa093ff3400000000000bfc7ab890210e0003d2bdb9072534a58' +
  '3ff3400000000000bfc7ab890210e0003d2bdb9072534a583ff3200000000000bfc6d60fe719d000bd10e46aa3b2e266' +
  '3ff3000000000000bfc5ff3070a79000bd1e9e439f1050393ff3000000000000bfc5ff3070a79000bd1e9e439f105039' +
  '3ff2e00000000000bfc526e5e3a1b000bd20de8b90075b8f3ff2c00000000000bfc44d2b6ccb80003d170cc16135783c' +
  '3ff2c00000000000bfc44d2b6ccb80003d170cc16135783c3ff2a00000000000bfc371fc201e90003cf178864d27543a' +
  '3ff2800000000000bfc29552f81ff000bd248d301771c4083ff2600000000000bfc1b72ad52f6000bd2e80a41811a396' +
  '3ff2600000000000bfc1b72ad52f6000bd2e80a41811a3963ff2400000000000bfc0d77e7cd090003d0a699688e85bf4' +
  '3ff2400000000000bfc0d77e7cd090003d0a699688e85bf43ff2200000000000bfbfec9131dbe000bd2575545ca333f2' +
  '3ff2000000000000bfbe27076e2b00003d2a342c2af0003c3ff2000000000000bfbe27076e2b00003d2a342c2af0003c' +
  '3ff1e00000000000bfbc5e548f5bc000bd1d0c57585fbe063ff1c00000000000bfba926d3a4ae0003d253935e85baac8' +
  '3ff1c00000000000bfba926d3a4ae0003d253935e85baac83ff1a00000000000bfb8c345d631a0003d137c294d2f5668' +
  '3ff1a00000000000bfb8c345d631a0003d137c294d2f56683ff1800000000000bfb6f0d28ae56000bd269737c93373da' +
  '3ff1600000000000bfb51b073f0620003d1f025b61c65e573ff1600000000000bfb51b073f0620003d1f025b61c65e57' +
  '3ff1400000000000bfb341d7961be0003d2c5edaccf913df3ff1400000000000bfb341d7961be0003d2c5edaccf913df' +
  '3ff1200000000000bfb16536eea380003d147c5e768fa3093ff1000000000000bfaf0a30c01180003d2d599e83368e91' +
  '3ff1000000000000bfaf0a30c01180003d2d599e83368e913ff0e00000000000bfab42dd711980003d1c827ae5d6704c' +
  '3ff0e00000000000bfab42dd711980003d1c827ae5d6704c3ff0c00000000000bfa77458f632c000bd2cfc4634f2a1ee' +
  '3ff0c00000000000bfa77458f632c000bd2cfc4634f2a1ee3ff0a00000000000bfa39e87b9fec0003cf502b7f526feaa' +
  '3ff0a00000000000bfa39e87b9fec0003cf502b7f526feaa3ff0800000000000bf9f829b0e780000bd2980267c7e09e4' +
  '3ff0800000000000bf9f829b0e780000bd2980267c7e09e43ff0600000000000bf97b91b07d58000bd288d5493faa639' +
  '3ff0400000000000bf8fc0a8b0fc0000bcdf1e7cf6d3a69c3ff0400000000000bf8fc0a8b0fc0000bcdf1e7cf6d3a69c' +
  '3ff0200000000000bf7fe02a6b100000bd19e23f0dda40e43ff0200000000000bf7fe02a6b100000bd19e23f0dda40e4' +
  '3ff0000000000000000000000000000000000000000000003ff000000000000000000000000000000000000000000000' +
  '3fefc000000000003f80101575890000bd10c76b999d2be83fef8000000000003f90205658938000bd23dc5b06e2f7d2' +
  '3fef4000000000003f98492528c90000bd2aa0ba325a0c343fef0000000000003fa0415d89e740003d0111c05cf1d753' +
  '3feec000000000003fa466aed42e0000bd2c167375bdfd283fee8000000000003fa894aa149fc000bd197995d05a267d' +
  '3fee4000000000003faccb73cdddc000bd1a68f247d828073fee2000000000003faeea31c006c000bd0e113e4fc93b7b' +
  '3fede000000000003fb1973bd1466000bd25325d560d9e9b3feda000000000003fb3bdf5a7d1e0003d2cc85ea5db4ed7' +
  '3fed6000000000003fb5e95a4d97a000bd2c69063c5d1d1e3fed4000000000003fb700d30aeac0003cec1e8da99ded32' +
  '3fed0000000000003fb9335e5d5940003d23115c3abd47da3fecc000000000003fbb6ac88dad6000bd1390802bf768e5' +
  '3feca000000000003fbc885801bc40003d2646d1c65aacd33fec6000000000003fbec739830a2000bd2dc068afe645e0' +
  '3fec4000000000003fbfe89139dbe000bd2534d64fa10afd3fec0000000000003fc1178e8227e0003d21ef78ce2d07f2' +
  '3febe000000000003fc1aa2b7e23f0003d2ca78e443899343feba000000000003fc2d1610c8680003d039d6ccb81b4a1' +
  '3feb8000000000003fc365fcb01590003cc62fa8234b72893feb4000000000003fc4913d8333b0003d25837954fdb678' +
  '3feb2000000000003fc527e5e4a1b0003d2633e8e5697dc73feae000000000003fc6574ebe8c10003d19cf8b2c3c2e78' +
  '3feac000000000003fc6f0128b757000bd25118de59c21e13feaa000000000003fc7898d85445000bd1c661070914305' +
  '3fea6000000000003fc8beafeb390000bd073d54aae92cd13fea4000000000003fc95a5adcf700003d07f22858a0ff6f' +
  '3fea0000000000003fca93ed3c8ae000bd287243505621693fe9e000000000003fcb31d8575bd000bd0c358d4eace1aa' +
  '3fe9c000000000003fcbd087383be000bd2d4bc4595412b63fe9a000000000003fcc6ffbc6f01000bcf1ec72c5962bd2' +
  '3fe96000000000003fcdb13db0d49000bd2aff2af715b0353fe94000000000003fce530effe710003cc212276041f430' +
  '3fe92000000000003fcef5ade4dd0000bcca211565bb8e113fe90000000000003fcf991c6cb3b0003d1bcbecca0cdf30' +
  '3fe8c000000000003fd07138604d58003cf89cdb16ed4e913fe8a000000000003fd0c42d676160003d27188b163ceae9' +
  '3fe88000000000003fd1178e8227e800bd2c210e63a5f01c3fe86000000000003fd16b5ccbacf8003d2b9acdf7a51681' +
  '3fe84000000000003fd1bf99635a68003d2ca6ed5147bdb73fe82000000000003fd214456d0eb8003d0a87deba46baea' +
  '3fe7e000000000003fd2bef07cdc90003d2a9cfa4a5004f43fe7c000000000003fd314f1e1d36000bd28e27ad3213cb8' +
  '3fe7a000000000003fd36b6776be10003d116ecdb0f177c83fe78000000000003fd3c252773330003d183b54b606bd5c' +
  '3fe76000000000003fd419b423d5e8003d08e436ec90e09d3fe74000000000003fd4718dc271c800bd2f27ce0967d675' +
  '3fe72000000000003fd4c9e09e173000bd2e20891b0ad8a43fe70000000000003fd522ae0738a0003d2ebe708164c759' +
  '3fe6e000000000003fd57bf753c8d0003d1fadedee5d40ef3fe6c000000000003fd5d5bddf596000bd0a0b2a08a465dc');
// exp table: per k in 0..127, the low bits of 2**(k/128) beyond a double (as a
// double), then the bits of 2**(k/128) minus k << 45.
const EXP_TABLE = words(
  '00000000000000003ff00000000000003c9b3b4f1a88bf6e3feff63da9fb3335bc7160139cd8dc5d3fefec9a3e778061' +
  'bc905e7a108766d13fefe315e86e7f853c8cd2523567f6133fefd9b0d3158574bc8bce8023f98efa3fefd06b29ddf6de' +
  '3c60f74e61e6c8613fefc74518759bc83c90a3e45b33d3993fefbe3ecac6f3833c979aa65d837b6d3fefb5586cf9890f' +
  '3c8eb51a92fdeffc3fefac922b7247f73c3ebe3d702f9cd13fefa3ec32d3d1a2bc6a033489906e0b3fef9b66affed31b' +
  'bc9556522a2fbd0e3fef9301d0125b51bc5080ef8c4eea553fef8abdc06c31ccbc91c923b9d5f4163fef829aaea92de0' +
  '3c80d3e3e95c55af3fef7a98c8a58e51bc801b15eaa593483fef72b83c7d517bbc8f1ff055de323d3fef6af9388c8dea' +
  '3c8b898c3f1353bf3fef635beb6fcb75bc96d99c7611eb263fef5be084045cd43c9aecf73e3a2f603fef54873168b9aa' +
  'bc8fe782cb86389d3fef4d5022fcd91d3c8a6f4144a6c38d3fef463b88628cd63c807a05b0e4047d3fef3f49917ddc96' +
  '3c968efde3a8a8943fef387a6e7562383c875e18f274487d3fef31ce4fb2a63f3c80472b981fe7f23fef2b4565e27cdd' +
  'bc96b87b3f71085e3fef24dfe1f563813c82f7e16d09ab313fef1e9df51fdee1bc3d219b1a6fbffa3fef187fd0dad990' +
  '3c8b3782720c0ab43fef1285a6e4030b3c6e149289cecb8f3fef0cafa93e2f563c834d754db0abb63fef06fe0a31b715' +
  '3c864201e2ac744c3fef0170fc4cd8313c8fdd395dd3f84a3feefc08b26416ffbc86a3803b8e5b043feef6c55f929ff1' +
  'bc924aedcc4b50683feef1a7373aa9cbbc9907f81b512d8e3feeecae6d05d866bc71d1e83e9436d23feee7db34e59ff7' +
  'bc991919b3ce1b153feee32dc313a8e53c859f48a72a4c6d3feedea64c123422bc9312607a28698a3feeda4504ac801c' +
  'bc58a78f4817895b3feed60a21f72e2abc7c2c9b67499a1b3feed1f5d950a8973c4363ed60c2ac113feece086061892d' +
  '3c9666093b0664ef3feeca41ed1d00573c6ecce1daa103793feec6a2b5c13cd03c93ff8e3f0f12303feec32af0d7d3de' +
  '3c7690cebb7aafb03feebfdad5362a273c931dbdeb54e0773feebcb299fddd0dbc8f94340071a38e3feeb9b2769d2ca7' +
  'bc87deccdc93a3493feeb6daa2cf6642bc78dec6bd0f385f3feeb42b569d4f82bc861246ec7b5cf63feeb1a4ca5d920f' +
  '3c93350518fdd78e3feeaf4736b527da3c7b98b72f8a9b053feead12d497c7fd3c9063e1e21c54093feeab07dd485429' +
  '3c34c7855019c6ea3feea9268a5946b73c9432e62b64c0353feea76f15ad2148bc8ce44a6199769f3feea5e1b976dc09' +
  'bc8c33c53bef4da83feea47eb03a5585bc845378892be9ae3feea34634ccc320bc93cedd785658583feea23882552225' +
  '3c5710aa807e19643feea155d44ca973bc93b3efbf5e22283feea09e667f3bcdbc6a12ad8734b9823feea012750bdabf' +
  'bc6367efb86da9ee3fee9fb23c651a2fbc80dc3d54e088513fee9f7df9519484bc781f647e5a3ecf3fee9f75e8ec5f74' +
  'bc86ee4ac08b7db03fee9f9a48a58174bc8619321e55e68a3fee9feb564267c93c909ccb5e09d4d33feea0694fde5d3f' +
  'bc7b32dcb94da51d3feea11473eb01873c94ecfd5467c06b3feea1ed0130c1323c65ebe1abd66c553feea2f336cf4e62' +
  'bc88a1c52fb3cf423feea427543e1a12bc9369b6f13b37343feea589994cce13bc805e843a19ff1e3feea71a4623c7ad' +
  'bc94d450d872576e3feea8d99b4492ed3c90ad675b0e8a003feeaac7d98a66993c8db72fc1f0eab43feeace5422aa0db' +
  'bc65b6609cc5e7ff3feeaf3216b5448c3c7bf68359f35f443feeb1ae99157736bc93091fa71e3d833feeb45b0b91ffc6' +
  'bc5da9b88b6c1e293feeb737b0cdc5e5bc6c23f97c90b9593feeba44cbc8520fbc92434322f4f9aa3feebd829fde4e50' +
  'bc85ca6cd7668e4b3feec0f170ca07ba3c71affc2b91ce273feec49182a3f0903c6dd235e10a73bb3feec86319e32323' +
  'bc87c504226222633feecc667b5de5653c8b1c86e3e231d53feed09bec4a2d33bc91bbd1d3bcbb153feed503b23e255d' +
  '3c90cc319cee31d23feed99e1330b3583c8469846e735ab33feede6b5579fdbfbc82dfcd978e9db43feee36bbfd3f37a' +
  '3c8c1a7792cb33873feee89f995ad3adbc907b8f4ad1d9fa3feeee07298db666bc55c3d956dcaeba3feef3a2b84f15fb' +
  'bc90a40e3da6f6403feef9728de5593abc68d6f438ad93343feeff76f2fb5e47bc91eee26b588a353fef05b030a1064a' +
  '3c74ffd70a5fddcd3fef0c1e904bc1d2bc91bdfbfa9298ac3fef12c25bd71e093c736eae30af0cb33fef199bdd85529c' +
  '3c8ee3325c9ffd943fef20ab5fffd07a3c84e08fd10959ac3fef27f12e57d14b3c63cdaf384e1a673fef2f6d9406e7b5' +
  '3c676b2c6c9219683fef3720dcef9069bc808a1883ccb5d23fef3f0b555dc3fabc8fad5d3ffffa6f3fef472d4a07897c' +
  'bc900dae3875a9493fef4f87080d89f23c74a385a63d07a73fef5818dcfba487bc82919e2040220f3fef60e316c98398' +
  '3c8e5a50d5c192ac3fef69e603db32853c843a59ac016b4b3fef7321f301b460bc82d52107b43e1f3fef7c97337b9b5f' +
  'bc892ab93b470dc93fef864614f5a1293c74b604603a88d33fef902ee78b3ff63c83c5ec519d72713fef9a51fbc74c83' +
  'bc8ff7128fd391f03fefa4afa2a490dabc8dae98e223747d3fefaf482d8e67f13c8ec3bc41aa20083fefba1bee615a27' +
  '3c842b94c3a9eb323fefc52b376bba973c8a64a931d185ee3fefd0765b6e4540bc8e37bae43be3ed3fefdbfdad9cbe14' +
  '3c77893b4d91cd9d3fefe7c1819e90d83c5305c14160cc893feff3c22b8f71f1');
const LOG_INVC = new Float64Array(128);
const LOG_C = new Float64Array(128);
const LOG_CTAIL = new Float64Array(128);
const EXP_TAIL = new Float64Array(128);
const EXP_SBITS_HI = new Uint32Array(128);
const EXP_SBITS_LO = new Uint32Array(128);
for (let i = 0; i < 128; i++) {
  LOG_INVC[i] = fromWords(LOG_TABLE[6 * i], LOG_TABLE[6 * i + 1]);
  LOG_C[i] = fromWords(LOG_TABLE[6 * i + 2], LOG_TABLE[6 * i + 3]);
  LOG_CTAIL[i] = fromWords(LOG_TABLE[6 * i + 4], LOG_TABLE[6 * i + 5]);
  EXP_TAIL[i] = fromWords(EXP_TABLE[4 * i], EXP_TABLE[4 * i + 1]);
  EXP_SBITS_HI[i] = EXP_TABLE[4 * i + 2];
  EXP_SBITS_LO[i] = EXP_TABLE[4 * i + 3];
}

const LN2_HI = 0.6931471805598903;
const LN2_LO = 5.497923018708371e-14;
// log1p(r) - r = r*r * (A0 + r*A1 + ...), scaled as the evaluation order wants.
const A0 = -0.5;
const A1 = 0.3333333333333339 * -2;
const A2 = -0.25000000000000033 * -2;
const A3 = 0.1999999998830994 * 4;
const A4 = -0.16666666658719348 * 4;
const A5 = 0.14286370355743763 * -8;
const A6 = -0.12500519079594427 * -8;

// The low part of the last logInline result.
const LOG_TAIL = new Float64Array(1);

/** log(x) as hi + LOG_TAIL[0] with about 68 bits, for x's bits (ixhi, ixlo) with a subnormal x pre-normalised. */
function logInline(ixhi: number, ixlo: number): number {
  // x = 2**k * z with z in [0x1.69555p-1, 0x1.69555p0), split into 128 subintervals.
  const tmp = (ixhi - 0x3fe69555) >>> 0;
  const i = (tmp >>> 13) & 127;
  const k = (tmp | 0) >> 20;
  const z = fromWords(ixhi - (tmp & 0xfff00000), ixlo);
  const invc = LOG_INVC[i];
  // z * invc - 1 is exact: 1/c has few bits.
  const zc = z * invc;
  const r = zc - 1 + productError(z, invc, zc);
  const t1 = k * LN2_HI + LOG_C[i];
  const t2 = t1 + r;
  const lo1 = fma(k, LN2_LO, LOG_CTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = productError(ar, r, ar2);
  const lo4 = t2 - hi + ar2;
  const poly = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, poly, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  LOG_TAIL[0] = hi - y + lo;
  return y;
}

const INV_LN2_N = 1.4426950408889634 * 128;
const NEG_LN2_HI_N = -0.005415212348111709;
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744; // 0x1.8p52: adding it rounds to an integer held in the low bits
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;
const SIGN_BIAS = 0x800 << 7;

/** scale * (1 + tmp) where the result may overflow (k > 0) or be subnormal (k < 0). */
function expSpecialCase(tmp: number, shi: number, slo: number, kilo: number): number {
  if ((kilo & 0x80000000) === 0) {
    // The exponent of scale may have overflowed by up to 460: scale down, then up.
    const scale = fromWords(shi - (1009 << 20), slo);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  const sh = (shi + (1022 << 20)) >>> 0;
  const scale = fromWords(sh, slo);
  let y = fma(scale, tmp, scale);
  if (Math.abs(y) < 1) {
    // Round to the subnormal precision before scaling, to avoid double rounding.
    const one = y < 0 ? -1 : 1;
    let lo = fma(scale, tmp, scale - y);
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = sh & 0x80000000 ? -0 : 0;
  }
  return 2.2250738585072014e-308 * y;
}

/** exp(x + xtail), negated when signBias is set. */
function expInline(x: number, xtail: number, signBias: number): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) {
      // |x| < 2**-54: the result is 1 (rounded in the current direction).
      const one = 1 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x < 0) return signBias ? -0 : 0;
      return signBias ? -Infinity : Infinity;
    }
    // |x| in [512, 1024): the result may over- or underflow.
    abstop = 0;
  }
  // x = k * ln2/128 + r with |r| <= ln2/256; exp(x) = 2**(k/128) * exp(r).
  let kd = fma(INV_LN2_N, x, SHIFT);
  const kilo = loWord(kd);
  kd -= SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  r += xtail;
  const idx = kilo & 127;
  const tail = EXP_TAIL[idx];
  const shi = (EXP_SBITS_HI[idx] + (((kilo + signBias) << 13) >>> 0)) >>> 0;
  const slo = EXP_SBITS_LO[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (abstop === 0) return expSpecialCase(tmp, shi, slo, kilo);
  const scale = fromWords(shi, slo);
  return fma(scale, tmp, scale);
}

/** 0 if y is not an integer, 1 if it is odd, 2 if even (y finite and nonzero). */
function integerKind(y: number): number {
  if (Math.trunc(y) !== y) return 0;
  if (Math.abs(y) >= 2 ** 53) return 2;
  return y % 2 === 0 ? 2 : 1;
}

function isZeroInfNan(v: number): boolean {
  return v === 0 || !Number.isFinite(v);
}

/** C99 pow(x, y), bit for bit as glibc computes it (errno aside). */
export function libmPow(x: number, y: number): number {
  let signBias = 0;
  let ixhi = hiWord(x);
  let ixlo = loWord(x);
  const topy = (hiWord(y) >>> 20) & 0x7ff;
  // Out of the main path: x negative, zero, subnormal, inf or nan; |y| < 2**-65 or >= 2**63 or nan.
  if (((ixhi >>> 20) - 1) >>> 0 >= 0x7fe || ((topy - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    if (isZeroInfNan(y)) {
      if (y === 0 || x === 1) return 1;
      if (x !== x || y !== y) return x + y;
      const ax = Math.abs(x);
      if (ax === 1) return 1;
      if ((ax < 1) === (y > 0)) return 0;
      return y * y;
    }
    if (isZeroInfNan(x)) {
      let x2 = x * x;
      if (ixhi >>> 31 && integerKind(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      const kind = integerKind(y);
      if (kind === 0) return NaN;
      if (kind === 1) signBias = SIGN_BIAS;
      ixhi &= 0x7fffffff;
    }
    if (((topy - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      if (ixhi === 0x3ff00000 && ixlo === 0) return 1;
      const above1 = ixhi > 0x3ff00000 || (ixhi === 0x3ff00000 && ixlo > 0);
      // |y| < 2**-65: x**y is 1 + y*log(x), rounded.
      if (topy < 0x3be) return above1 ? 1 + y : 1 - y;
      return above1 === (y > 0) ? Infinity : 0;
    }
    if (ixhi >>> 20 === 0) {
      // Subnormal x: normalise, letting the exponent go negative.
      const xs = Math.abs(x) * 4503599627370496;
      ixhi = (hiWord(xs) & 0x7fffffff) - (52 << 20);
      ixlo = loWord(xs);
    }
  }
  const hi = logInline(ixhi, ixlo);
  const lo = LOG_TAIL[0];
  const ehi = y * hi;
  const elo = fma(y, lo, productError(y, hi, ehi));
  return expInline(ehi, elo, signBias);
}

// ---------------------------------------------------------------- conversions

const SUBCLASS_RESULT_WARNING = 'The ability to return an instance of a strict subclass of float is deprecated, ' +
  'and may be removed in a future version of Python.';

/** The result of o.__float__(): its value, or CPython's TypeError (a float subclass is accepted with a warning). */
function floatResult(o: PyObject, r: PyObject): number {
  if (r.type === FloatType) {
    const v = (r as PyFloat).v;
    decref(r);
    return v;
  }
  const n = r.type.name;
  if (!(r instanceof PyFloat)) {
    decref(r);
    throw typeError(`${o.type.name}.__float__ returned non-float (type ${n})`);
  }
  intHooks.deprecationWarning(`${o.type.name}.__float__ returned non-float (type ${n}).  ${SUBCLASS_RESULT_WARNING}`);
  const v = r.v;
  decref(r);
  return v;
}

/** PyFloat_AsDouble: what math functions and % formatting take from any real number. */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  const t = o.type;
  if (t.float !== null) return floatResult(o, t.float(o));
  if (t.index !== null) {
    const i = numberIndex(o);
    const v = i.v;
    decref(i);
    return intToFloat(v);
  }
  throw typeError(`must be real number, not ${t.name}`);
}

/** PyNumber_Float: float(o) for anything but an exact str (new reference). */
export function numberToFloat(o: PyObject): PyFloat {
  if (o.type === FloatType) {
    o.rc++;
    return o as PyFloat;
  }
  const t = o.type;
  if (t.float !== null) return newFloat(floatResult(o, t.float(o)));
  if (t.index !== null) {
    const i = numberIndex(o);
    const v = i.v;
    decref(i);
    return newFloat(intToFloat(v));
  }
  if (o instanceof PyFloat) return newFloat(o.v);
  return newFloat(floatFromText(o));
}

/** PyFloat_FromString: the value of a str or bytes-like object. */
function floatFromText(o: PyObject): number {
  if (o instanceof PyStr) return parseFloatText(o.v);
  const b = intHooks.bufferOf(o);
  if (b === null) throw typeError(`float() argument must be a string or a real number, not '${o.type.name}'`);
  // Bytes are read as ASCII: none of str's Unicode digits or spaces apply.
  let text = '';
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c >= 0x80 || (c >= 0x1c && c <= 0x1f) || c === 0) ascii = false;
    text += String.fromCharCode(c);
  }
  if (ascii) {
    try {
      return parseFloatText(text);
    } catch (e) {
      if (!(e instanceof PyObject && e.type.name === 'ValueError')) throw e;
      decref(e);
    }
  }
  throw valueError(`could not convert string to float: ${reprBytes(b)}`);
}

// ---------------------------------------------------------------- slots

function floatRichCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  const x = (a as PyFloat).v;
  let y: number | bigint;
  if (b instanceof PyFloat || b instanceof PyInt) y = b.v;
  else return notImplemented();
  // JS compares a double with a bigint by exact value, as float_richcompare does by hand.
  let r: boolean;
  switch (op) {
    case Op.LT: r = x < y; break;
    case Op.LE: r = x <= y; break;
    case Op.GT: r = x > y; break;
    case Op.GE: r = x >= y; break;
    case Op.EQ: r = equalsReal(x, y); break;
    default: r = !equalsReal(x, y);
  }
  return newBool(r);
}

/** x == y for a double and an int or double, exactly. */
export function equalsReal(x: number, y: number | bigint): boolean {
  if (typeof y === 'number') return x === y;
  return x === x && !(x < y) && !(x > y);
}

function floatHash(o: PyObject): number {
  const x = (o as PyFloat).v;
  // A NaN hashes by identity in 3.11.
  if (x !== x) return hashPointer(o);
  const lo = hashFloat(x, 0);
  HASH.hi = hashHi;
  return lo;
}

/** float_float: an exact float with o's value (o itself when it is one). */
function exactFloat(o: PyObject): PyObject {
  if (o.type === FloatType) {
    o.rc++;
    return o;
  }
  return newFloat((o as PyFloat).v);
}

// Each binary slot is its own function, so that V8 keeps each monomorphic.

function floatAddSlot(a: PyObject, b: PyObject): PyObject {
  return operands(a, b) ? newFloat(OPERANDS[0] + OPERANDS[1]) : notImplemented();
}

function floatSubSlot(a: PyObject, b: PyObject): PyObject {
  return operands(a, b) ? newFloat(OPERANDS[0] - OPERANDS[1]) : notImplemented();
}

function floatMulSlot(a: PyObject, b: PyObject): PyObject {
  return operands(a, b) ? newFloat(OPERANDS[0] * OPERANDS[1]) : notImplemented();
}

function floatTrueDivSlot(a: PyObject, b: PyObject): PyObject {
  if (!operands(a, b)) return notImplemented();
  const y = OPERANDS[1];
  if (y === 0) throw zeroDivisionError('float division by zero');
  return newFloat(OPERANDS[0] / y);
}

function floatFloorDivSlot(a: PyObject, b: PyObject): PyObject {
  if (!operands(a, b)) return notImplemented();
  const y = OPERANDS[1];
  if (y === 0) throw zeroDivisionError('float floor division by zero');
  return newFloat(floatDivmod(OPERANDS[0], y));
}

function floatModSlot(a: PyObject, b: PyObject): PyObject {
  if (!operands(a, b)) return notImplemented();
  const y = OPERANDS[1];
  if (y === 0) throw zeroDivisionError('float modulo');
  return newFloat(floatMod(OPERANDS[0], y));
}

function floatPowSlot(a: PyObject, b: PyObject): PyObject {
  return operands(a, b) ? floatPow(OPERANDS[0], OPERANDS[1], a, b) : notImplemented();
}

function floatTernaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  // float_pow refuses a modulus before it looks at the operands.
  if (m !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return floatPowSlot(a, b);
}

function floatDivmodSlot(a: PyObject, b: PyObject): PyObject {
  if (!operands(a, b)) return notImplemented();
  const y = OPERANDS[1];
  if (y === 0) throw zeroDivisionError('float divmod()');
  const q = floatDivmod(OPERANDS[0], y);
  return newTuple([newFloat(q), newFloat(REMAINDER[0])]);
}

function floatNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as PyType;
  checkArgs('float', args, kwnames, 0, 1);
  const v = args.length === 0 ? newFloat(0) : floatFromArg(args[0]);
  if (t === FloatType) return v;
  const o = allocInstance(t) as PyFloat;
  o.v = v.v;
  decref(v);
  return o;
}

/** float_new_impl for the exact type (new reference). */
function floatFromArg(x: PyObject): PyFloat {
  if (x.type === StrType) return newFloat(parseFloatText((x as PyStr).v));
  return numberToFloat(x);
}

// ---------------------------------------------------------------- methods

function floatRoundMethod(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs('__round__', args, kwnames, 0, 1);
  const x = (self as PyFloat).v;
  if (args.length === 0 || args[0] === None) return newIntValue(floatRound(x, null));
  const n = numberIndex(args[0]);
  const ndigits = n.v;
  decref(n);
  return newFloat(floatRound(x, ndigits) as number);
}

/** float.fromhex(s), a classmethod: a subclass gets cls(value). */
function fromHex(cls: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs('float.fromhex', args, kwnames, 1, 1);
  const s = args[0];
  if (!(s instanceof PyStr)) throw typeError('bad argument type for built-in operation');
  const r = newFloat(floatFromHex(s.v));
  if (cls === FloatType) return r;
  try {
    return call(cls, [r]);
  } finally {
    decref(r);
  }
}

/** float.__getformat__(typestr), a classmethod: the layout of C's double and float. */
function getFormat(_cls: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs('float.__getformat__', args, kwnames, 1, 1);
  const t = args[0];
  if (!(t instanceof PyStr)) throw typeError(`__getformat__() argument must be str, not ${t.type.name}`);
  if (t.v !== 'double' && t.v !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return newStr('IEEE, little-endian');
}

function noArgs(name: string, f: (x: number, o: PyObject) => PyObject): NativeFn {
  return (s, a, k) => {
    checkArgs(`float.${name}`, a, k, 0, 0);
    return f((s as PyFloat).v, s);
  };
}

export function initFloat(): void {
  const T = FloatType;
  T.jsClass = PyFloatInstance as unknown as new (type: PyType) => PyObject;
  T.repr = (o) => newStr(reprFloat((o as PyFloat).v));
  T.hash = floatHash;
  T.richcompare = floatRichCompare;
  T.getattro = genericGetAttr;
  T.bool = (o) => (o as PyFloat).v !== 0;
  T.int = (o) => newIntValue(doubleToInt((o as PyFloat).v));
  T.float = exactFloat;
  T.neg = (o) => newFloat(-(o as PyFloat).v);
  T.pos = exactFloat;
  T.abs = (o) => newFloat(Math.abs((o as PyFloat).v));
  T.new_ = floatNew;
  T.nb[Bin.ADD] = floatAddSlot;
  T.nb[Bin.SUB] = floatSubSlot;
  T.nb[Bin.MUL] = floatMulSlot;
  T.nb[Bin.TRUEDIV] = floatTrueDivSlot;
  T.nb[Bin.FLOORDIV] = floatFloorDivSlot;
  T.nb[Bin.MOD] = floatModSlot;
  T.nb[Bin.DIVMOD] = floatDivmodSlot;
  T.nb[Bin.POW] = floatPowSlot;
  T.ternaryPow = floatTernaryPow;

  defMethod(T, 'conjugate', noArgs('conjugate', (_x, o) => exactFloat(o)));
  defMethod(T, '__trunc__', noArgs('__trunc__', (x) => newIntValue(doubleToInt(x))));
  defMethod(T, '__floor__', noArgs('__floor__', (x) => newIntValue(doubleToInt(Math.floor(x)))));
  defMethod(T, '__ceil__', noArgs('__ceil__', (x) => newIntValue(doubleToInt(Math.ceil(x)))));
  defMethod(T, '__round__', floatRoundMethod);
  defMethod(T, 'is_integer', noArgs('is_integer', (x) => newBool(Number.isFinite(x) && Math.floor(x) === x)));
  defMethod(T, 'as_integer_ratio', noArgs('as_integer_ratio', (x) => {
    const [n, d] = floatAsIntegerRatio(x);
    return newTuple([newIntValue(n), newIntValue(d)]);
  }));
  defMethod(T, 'hex', noArgs('hex', (x) => newStr(floatHex(x))));
  defClassMethod(T, 'fromhex', fromHex);
  defClassMethod(T, '__getformat__', getFormat);
  defMethod(T, '__getnewargs__', noArgs('__getnewargs__', (x) => newTuple([newFloat(x)])));
  defMethod(T, '__format__', (s, a, k) => {
    const spec = formatSpecArg(s, a, k);
    if (spec === null) return strOf(s);
    return newStr(formatFloat((s as PyFloat).v, spec, s.type.name));
  });
  defGetSet(T, 'real', exactFloat);
  defGetSet(T, 'imag', () => newFloat(0));
  exposeSlots(T);
  exposeNew(T);
  exposeTernaryPow(T);
  T.doc = 'Convert a string or number to a floating point number, if possible.';
}
