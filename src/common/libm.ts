// The C math library CPython calls, bit for bit where that is possible.
//
// CPython's math module and float operations call glibc (Debian 12's 2.36 on
// x86-64, which selects the FMA builds of exp, log, pow and friends). Python
// programs print floats with 17 significant digits, so a last-bit difference
// shows. Each function here is one of three kinds:
// - ports of the algorithms glibc runs: Arm's optimized-routines exp, exp2,
//   log, log2 (MIT licensed; the tables are their data); Sun's fdlibm log10,
//   log1p, expm1, sinh, cosh, tanh, asinh, acosh, atanh, erf, erfc
//   ("Copyright (C) 1993 by Sun Microsystems, Inc. ... Permission to use,
//   copy, modify, and distribute this software is freely granted, provided
//   that this notice is preserved."); and glibc's cbrt. Where glibc's build
//   fuses a product and a sum into one FMA instruction (exp, log, log2,
//   expm1 and part of log1p; not exp2 or the others), the port writes fma().
//   Which sums are fused was settled by testing against glibc; these match
//   it on every input tested (tests/common/libm.test.ts).
// - sin, cos, tan, asin, acos, atan and atan2, which glibc computes with IBM's
//   Accurate Mathematical Library, are computed here correctly rounded in
//   double-double arithmetic instead. glibc's agree with the correctly rounded
//   value except on roughly one input in a thousand.
// - crLog, crExp, crSin, crCos, crAcos and floatPow: correctly rounded, with
//   Python's exceptions, for the variates of Lib/random.py (random.ts).
//
// JavaScript's Math functions are none of these: they differ from glibc in the
// last bit for 1 to 25 percent of inputs depending on the function.

import { raise } from './pyerror.js';

// ---------------------------------------------------------------- the bits of a double

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** Index of the high word of a double in U32 (1 on little-endian hosts). */
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

/** x with its high word replaced (fdlibm's SET_HIGH_WORD). */
function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[HIGH] = hi;
  return F64[0];
}

/** 2**e for -1022 <= e <= 1023, built from its bits. */
function pow2(e: number): number {
  return fromWords((e + 1023) << 20, 0);
}

/** A C99 hex float literal ("-0x1.62e42fefa3800p-1") as a double. */
function hexFloat(s: string): number {
  const m = /^(-?)0x([01])\.?([0-9a-f]*)p([+-]?\d+)$/.exec(s);
  if (m === null) throw new Error(`bad hex float ${s}`);
  const mant = Number.parseInt(m[2] + m[3], 16) / 16 ** m[3].length;
  return (m[1] ? -1 : 1) * mant * 2 ** Number(m[4]);
}

/** A whitespace-separated list of hex floats. */
function hexFloats(s: string): Float64Array {
  return Float64Array.from(s.trim().split(/\s+/), hexFloat);
}

// ---------------------------------------------------------------- exact arithmetic
//
// Double-double values are returned as their high part with the low part left
// in LO: no allocation on the hot paths.

let LO = 0;

/** a + b exactly: returns the rounded sum, leaves the error in LO. */
function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  LO = (a - (s - bb)) + (b - bb);
  return s;
}

/** twoSum for |a| >= |b|. */
function quickTwoSum(a: number, b: number): number {
  const s = a + b;
  LO = b - (s - a);
  return s;
}

/** a * b exactly, by Dekker's splitting (JavaScript has no fused multiply-add). */
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = 134217729 * a;
  const ah = t - (t - a), al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  LO = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** x + y rounded to odd: an inexact sum gets an odd last bit, which keeps
 *  the information needed to round the final sum correctly once. */
function addRoundToOdd(x: number, y: number): number {
  const s = twoSum(x, y);
  const e = LO;
  if (e === 0 || (loWord(s) & 1) === 1) return s;
  // s is even and inexact: step one ulp toward the exact sum.
  F64[0] = s;
  const up = (e > 0) === (s > 0);
  const lo = U32[LOW];
  if (up) {
    U32[LOW] = lo + 1;
    if (lo === 0xffffffff) U32[HIGH]++;
  } else {
    U32[LOW] = lo - 1;
    if (lo === 0) U32[HIGH]--;
  }
  return F64[0];
}

/** C's fma(a, b, c): a * b + c with a single rounding (Boldo and Melquiond's
 *  emulation through rounding to odd). Valid away from overflow. */
export function fma(a: number, b: number, c: number): number {
  // Dekker's splitting overflows above 2**996: scale such operands down exactly.
  if (Math.abs(a) > 1e299) return fma(a * 2 ** -600, b, c * 2 ** -600) * 2 ** 600;
  if (Math.abs(b) > 1e299) return fma(a, b * 2 ** -600, c * 2 ** -600) * 2 ** 600;
  const uh = twoProd(a, b);
  const ul = LO;
  const th = twoSum(c, ul);
  const tl = LO;
  const vh = twoSum(uh, th);
  const vl = LO;
  return vh + addRoundToOdd(tl, vl);
}

function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  let s = twoSum(ah, bh);
  let e = LO;
  const t = twoSum(al, bl);
  const f = LO;
  e += t;
  s = quickTwoSum(s, e);
  e = LO + f;
  return quickTwoSum(s, e);
}

function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  return quickTwoSum(p, LO + (ah * bl + al * bh));
}

/** (ah, al) * b for a double b. */
function ddMulD(ah: number, al: number, b: number): number {
  const p = twoProd(ah, b);
  return quickTwoSum(p, LO + al * b);
}

/** Long division: three quotient digits of about 53 bits each. */
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let ph = ddMulD(bh, bl, q1);
  let rh = ddAdd(ah, al, -ph, -LO);
  let rl = LO;
  const q2 = rh / bh;
  ph = ddMulD(bh, bl, q2);
  rh = ddAdd(rh, rl, -ph, -LO);
  rl = LO;
  const q3 = rh / bh;
  const qh = quickTwoSum(q1, q2);
  return ddAdd(qh, LO, q3, 0);
}

/** A polynomial with double-double coefficients c[0] + c[1] t + ..., at the
 *  double-double t, by Horner's rule. The terms from c[split] on are below
 *  2**-53 of the sum, so they are summed in plain doubles first. */
function ddHorner(ch: Float64Array, cl: Float64Array, split: number, th: number, tl: number): number {
  let tail = ch[ch.length - 1];
  for (let i = ch.length - 2; i >= split; i--) tail = tail * th + ch[i];
  let ah = tail, al = 0;
  for (let i = split - 1; i >= 0; i--) {
    ah = ddMul(ah, al, th, tl);
    ah = ddAdd(ah, LO, ch[i], cl[i]);
    al = LO;
  }
  LO = al;
  return ah;
}

// ---------------------------------------------------------------- glibc exp, exp2 (Arm optimized-routines)

// 2**(k/128) = H[k] (1 + T[k]): per k, the bits of T[k] as a double, then the
// bits of H[k] minus k << 45 (e_exp_data.c's tab).
const EXP_TABLE = Uint32Array.from(
  ('00000000000000003ff00000000000003c9b3b4f1a88bf6e3feff63da9fb3335bc7160139cd8dc5d3fefec9a3e778061' +
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
  '3c77893b4d91cd9d3fefe7c1819e90d83c5305c14160cc893feff3c22b8f71f1').match(/.{8}/g)!,
  (w) => Number.parseInt(w, 16));
const EXP_TAIL = new Float64Array(128);
const EXP_SBITS_HI = new Uint32Array(128);
const EXP_SBITS_LO = new Uint32Array(128);
for (let i = 0; i < 128; i++) {
  EXP_TAIL[i] = fromWords(EXP_TABLE[4 * i], EXP_TABLE[4 * i + 1]);
  EXP_SBITS_HI[i] = EXP_TABLE[4 * i + 2];
  EXP_SBITS_LO[i] = EXP_TABLE[4 * i + 3];
}

const EXP_INV_LN2_N = hexFloat('0x1.71547652b82fep0') * 128;
const EXP_NEG_LN2_HI_N = hexFloat('-0x1.62e42fefa0000p-8');
const EXP_NEG_LN2_LO_N = hexFloat('-0x1.cf79abc9e3b3ap-47');
const EXP_SHIFT = 6755399441055744; // 0x1.8p52: adding it rounds to an integer held in the low bits
const [EXP_C2, EXP_C3, EXP_C4, EXP_C5] = hexFloats('0x1.ffffffffffdbdp-2 0x1.555555555543cp-3 0x1.55555cf172b91p-5 0x1.1111167a4d017p-7');
const EXP2_SHIFT = EXP_SHIFT / 128;
const [EXP2_C1, EXP2_C2, EXP2_C3, EXP2_C4, EXP2_C5] = hexFloats(
  '0x1.62e42fefa39efp-1 0x1.ebfbdff82c424p-3 0x1.c6b08d70cf4b5p-5 0x1.3b2abd24650ccp-7 0x1.5d7e09b4e3a84p-10');

/** scale * (1 + tmp) for results that may overflow (k > 0) or be subnormal
 *  (k < 0); scale's exponent bits (shi, slo) may have wrapped. `overBias` is
 *  how far exp's scale may overflow (1009) and exp2's (1); `fused` whether
 *  the build contracts the products (exp's FMA build does, exp2 has none). */
function expSpecialCase(tmp: number, shi: number, slo: number, kilo: number, overBias: number, fused: boolean): number {
  if ((kilo & 0x80000000) === 0) {
    const scale = fromWords((shi - (overBias << 20)) >>> 0, slo);
    return (fused ? fma(scale, tmp, scale) : scale + scale * tmp) * 2 ** overBias;
  }
  const scale = fromWords((shi + (1022 << 20)) >>> 0, slo);
  let y = fused ? fma(scale, tmp, scale) : scale + scale * tmp;
  if (y < 1) {
    // Round to the subnormal precision before scaling, to avoid double rounding.
    let lo = fused ? fma(scale, tmp, scale - y) : scale - y + scale * tmp;
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return 2.2250738585072014e-308 * y;
}

/** glibc's exp(x). */
export function exp(x: number): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    // |x| < 2**-54: the result rounds to 1.
    if (abstop < 0x3c9) return 1 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1 + x;
      return x < 0 ? 0 : Infinity;
    }
    // |x| in [512, 1024): the result may over- or underflow.
    abstop = 0;
  }
  // x = k ln2/128 + r with |r| <= ln2/256; exp(x) = 2**(k/128) exp(r).
  let kd = fma(EXP_INV_LN2_N, x, EXP_SHIFT);
  const kilo = loWord(kd);
  kd -= EXP_SHIFT;
  const r = fma(kd, EXP_NEG_LN2_LO_N, fma(kd, EXP_NEG_LN2_HI_N, x));
  const idx = kilo & 127;
  const shi = (EXP_SBITS_HI[idx] + ((kilo << 13) >>> 0)) >>> 0;
  const slo = EXP_SBITS_LO[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_C5, EXP_C4), fma(r2, fma(r, EXP_C3, EXP_C2), EXP_TAIL[idx] + r));
  if (abstop === 0) return expSpecialCase(tmp, shi, slo, kilo, 1009, true);
  const scale = fromWords(shi, slo);
  return fma(scale, tmp, scale);
}

/** glibc's exp2(x). */
export function exp2(x: number): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    // |x| > 928: the result may over- or underflow.
    if (Math.abs(x) > 928) abstop = 0;
  }
  // x = k/128 + r with |r| <= 1/256; exp2(x) = 2**(k/128) 2**r.
  let kd = x + EXP2_SHIFT;
  const kilo = loWord(kd);
  kd -= EXP2_SHIFT;
  const r = x - kd;
  const idx = kilo & 127;
  const shi = (EXP_SBITS_HI[idx] + ((kilo << 13) >>> 0)) >>> 0;
  const slo = EXP_SBITS_LO[idx];
  const r2 = r * r;
  const tmp = EXP_TAIL[idx] + r * EXP2_C1 + r2 * (EXP2_C2 + r * EXP2_C3) + r2 * r2 * (EXP2_C4 + r * EXP2_C5);
  if (abstop === 0) return expSpecialCase(tmp, shi, slo, kilo, 1, false);
  const scale = fromWords(shi, slo);
  return scale + scale * tmp;
}

// ---------------------------------------------------------------- glibc log, log2 (Arm optimized-routines)

// Per subinterval of [0x1.6p-1, 0x1.6p0): 1/c and log(c) (e_log_data.c's tab).
const LOG_TAB = hexFloats(`
0x1.734f0c3e0de9fp+0 -0x1.7cc7f79e69000p-2 0x1.713786a2ce91fp+0 -0x1.76feec20d0000p-2
0x1.6f26008fab5a0p+0 -0x1.713e31351e000p-2 0x1.6d1a61f138c7dp+0 -0x1.6b85b38287800p-2
0x1.6b1490bc5b4d1p+0 -0x1.65d5590807800p-2 0x1.69147332f0cbap+0 -0x1.602d076180000p-2
0x1.6719f18224223p+0 -0x1.5a8ca86909000p-2 0x1.6524f99a51ed9p+0 -0x1.54f4356035000p-2
0x1.63356aa8f24c4p+0 -0x1.4f637c36b4000p-2 0x1.614b36b9ddc14p+0 -0x1.49da7fda85000p-2
0x1.5f66452c65c4cp+0 -0x1.445923989a800p-2 0x1.5d867b5912c4fp+0 -0x1.3edf439b0b800p-2
0x1.5babccb5b90dep+0 -0x1.396ce448f7000p-2 0x1.59d61f2d91a78p+0 -0x1.3401e17bda000p-2
0x1.5805612465687p+0 -0x1.2e9e2ef468000p-2 0x1.56397cee76bd3p+0 -0x1.2941b3830e000p-2
0x1.54725e2a77f93p+0 -0x1.23ec58cda8800p-2 0x1.52aff42064583p+0 -0x1.1e9e129279000p-2
0x1.50f22dbb2bddfp+0 -0x1.1956d2b48f800p-2 0x1.4f38f4734ded7p+0 -0x1.141679ab9f800p-2
0x1.4d843cfde2840p+0 -0x1.0edd094ef9800p-2 0x1.4bd3ec078a3c8p+0 -0x1.09aa518db1000p-2
0x1.4a27fc3e0258ap+0 -0x1.047e65263b800p-2 0x1.4880524d48434p+0 -0x1.feb224586f000p-3
0x1.46dce1b192d0bp+0 -0x1.f474a7517b000p-3 0x1.453d9d3391854p+0 -0x1.ea4443d103000p-3
0x1.43a2744b4845ap+0 -0x1.e020d44e9b000p-3 0x1.420b54115f8fbp+0 -0x1.d60a22977f000p-3
0x1.40782da3ef4b1p+0 -0x1.cc00104959000p-3 0x1.3ee8f5d57fe8fp+0 -0x1.c202956891000p-3
0x1.3d5d9a00b4ce9p+0 -0x1.b81178d811000p-3 0x1.3bd60c010c12bp+0 -0x1.ae2c9ccd3d000p-3
0x1.3a5242b75dab8p+0 -0x1.a45402e129000p-3 0x1.38d22cd9fd002p+0 -0x1.9a877681df000p-3
0x1.3755bc5847a1cp+0 -0x1.90c6d69483000p-3 0x1.35dce49ad36e2p+0 -0x1.87120a645c000p-3
0x1.34679984dd440p+0 -0x1.7d68fb4143000p-3 0x1.32f5cceffcb24p+0 -0x1.73cb83c627000p-3
0x1.3187775a10d49p+0 -0x1.6a39a9b376000p-3 0x1.301c8373e3990p+0 -0x1.60b3154b7a000p-3
0x1.2eb4ebb95f841p+0 -0x1.5737d76243000p-3 0x1.2d50a0219a9d1p+0 -0x1.4dc7b8fc23000p-3
0x1.2bef9a8b7fd2ap+0 -0x1.4462c51d20000p-3 0x1.2a91c7a0c1babp+0 -0x1.3b08abc830000p-3
0x1.293726014b530p+0 -0x1.31b996b490000p-3 0x1.27dfa5757a1f5p+0 -0x1.2875490a44000p-3
0x1.268b39b1d3bbfp+0 -0x1.1f3b9f879a000p-3 0x1.2539d838ff5bdp+0 -0x1.160c8252ca000p-3
0x1.23eb7aac9083bp+0 -0x1.0ce7f57f72000p-3 0x1.22a012ba940b6p+0 -0x1.03cdc49fea000p-3
0x1.2157996cc4132p+0 -0x1.f57bdbc4b8000p-4 0x1.201201dd2fc9bp+0 -0x1.e370896404000p-4
0x1.1ecf4494d480bp+0 -0x1.d17983ef94000p-4 0x1.1d8f5528f6569p+0 -0x1.bf9674ed8a000p-4
0x1.1c52311577e7cp+0 -0x1.adc79202f6000p-4 0x1.1b17c74cb26e9p+0 -0x1.9c0c3e7288000p-4
0x1.19e010c2c1ab6p+0 -0x1.8a646b372c000p-4 0x1.18ab07bb670bdp+0 -0x1.78d01b3ac0000p-4
0x1.1778a25efbcb6p+0 -0x1.674f145380000p-4 0x1.1648d354c31dap+0 -0x1.55e0e6d878000p-4
0x1.151b990275fddp+0 -0x1.4485cdea1e000p-4 0x1.13f0ea432d24cp+0 -0x1.333d94d6aa000p-4
0x1.12c8b7210f9dap+0 -0x1.22079f8c56000p-4 0x1.11a3028ecb531p+0 -0x1.10e4698622000p-4
0x1.107fbda8434afp+0 -0x1.ffa6c6ad20000p-5 0x1.0f5ee0f4e6bb3p+0 -0x1.dda8d4a774000p-5
0x1.0e4065d2a9fcep+0 -0x1.bbcece4850000p-5 0x1.0d244632ca521p+0 -0x1.9a1894012c000p-5
0x1.0c0a77ce2981ap+0 -0x1.788583302c000p-5 0x1.0af2f83c636d1p+0 -0x1.5715e67d68000p-5
0x1.09ddb98a01339p+0 -0x1.35c8a49658000p-5 0x1.08cabaf52e7dfp+0 -0x1.149e364154000p-5
0x1.07b9f2f4e28fbp+0 -0x1.e72c082eb8000p-6 0x1.06ab58c358f19p+0 -0x1.a55f152528000p-6
0x1.059eea5ecf92cp+0 -0x1.63d62cf818000p-6 0x1.04949cdd12c90p+0 -0x1.228fb8caa0000p-6
0x1.038c6c6f0ada9p+0 -0x1.c317b20f90000p-7 0x1.02865137932a9p+0 -0x1.419355daa0000p-7
0x1.0182427ea7348p+0 -0x1.81203c2ec0000p-8 0x1.008040614b195p+0 -0x1.0040979240000p-9
0x1.fe01ff726fa1ap-1 0x1.feff384900000p-9 0x1.fa11cc261ea74p-1 0x1.7dc41353d0000p-7
0x1.f6310b081992ep-1 0x1.3cea3c4c28000p-6 0x1.f25f63ceeadcdp-1 0x1.b9fc114890000p-6
0x1.ee9c8039113e7p-1 0x1.1b0d8ce110000p-5 0x1.eae8078cbb1abp-1 0x1.58a5bd001c000p-5
0x1.e741aa29d0c9bp-1 0x1.95c8340d88000p-5 0x1.e3a91830a99b5p-1 0x1.d276aef578000p-5
0x1.e01e009609a56p-1 0x1.07598e598c000p-4 0x1.dca01e577bb98p-1 0x1.253f5e30d2000p-4
0x1.d92f20b7c9103p-1 0x1.42edd8b380000p-4 0x1.d5cac66fb5ccep-1 0x1.606598757c000p-4
0x1.d272caa5ede9dp-1 0x1.7da76356a0000p-4 0x1.cf26e3e6b2ccdp-1 0x1.9ab434e1c6000p-4
0x1.cbe6da2a77902p-1 0x1.b78c7bb0d6000p-4 0x1.c8b266d37086dp-1 0x1.d431332e72000p-4
0x1.c5894bd5d5804p-1 0x1.f0a3171de6000p-4 0x1.c26b533bb9f8cp-1 0x1.067152b914000p-3
0x1.bf583eeece73fp-1 0x1.147858292b000p-3 0x1.bc4fd75db96c1p-1 0x1.2266ecdca3000p-3
0x1.b951e0c864a28p-1 0x1.303d7a6c55000p-3 0x1.b65e2c5ef3e2cp-1 0x1.3dfc33c331000p-3
0x1.b374867c9888bp-1 0x1.4ba366b7a8000p-3 0x1.b094b211d304ap-1 0x1.5933928d1f000p-3
0x1.adbe885f2ef7ep-1 0x1.66acd2418f000p-3 0x1.aaf1d31603da2p-1 0x1.740f8ec669000p-3
0x1.a82e63fd358a7p-1 0x1.815c0f51af000p-3 0x1.a5740ef09738bp-1 0x1.8e92954f68000p-3
0x1.a2c2a90ab4b27p-1 0x1.9bb3602f84000p-3 0x1.a01a01393f2d1p-1 0x1.a8bed1c2c0000p-3
0x1.9d79f24db3c1bp-1 0x1.b5b515c01d000p-3 0x1.9ae2505c7b190p-1 0x1.c2967ccbcc000p-3
0x1.9852ef297ce2fp-1 0x1.cf635d5486000p-3 0x1.95cbaeea44b75p-1 0x1.dc1bd3446c000p-3
0x1.934c69de74838p-1 0x1.e8c01b8cfe000p-3 0x1.90d4f2f6752e6p-1 0x1.f5509c0179000p-3
0x1.8e6528effd79dp-1 0x1.00e6c121fb800p-2 0x1.8bfce9fcc007cp-1 0x1.071b80e93d000p-2
0x1.899c0dabec30ep-1 0x1.0d46b9e867000p-2 0x1.87427aa2317fbp-1 0x1.13687334bd000p-2
0x1.84f00acb39a08p-1 0x1.1980d67234800p-2 0x1.82a49e8653e55p-1 0x1.1f8ffe0cc8000p-2
0x1.8060195f40260p-1 0x1.2595fd7636800p-2 0x1.7e22563e0a329p-1 0x1.2b9300914a800p-2
0x1.7beb377dcb5adp-1 0x1.3187210436000p-2 0x1.79baa679725c2p-1 0x1.377266dec1800p-2
0x1.77907f2170657p-1 0x1.3d54ffbaf3000p-2 0x1.756cadbd6130cp-1 0x1.432eee32fe000p-2`);
const LOG_NEAR1_LO = 1 - 2 ** -4;
const LOG_NEAR1_HI = 1 + hexFloat('0x1.09p-4');
const LOG_LN2_HI = hexFloat('0x1.62e42fefa3800p-1');
const LOG_LN2_LO = hexFloat('0x1.ef35793c76730p-45');
// log1p(r) - r near 1 (poly1) and after reduction (poly).
const LOG_B = hexFloats(`-0x1p-1 0x1.5555555555577p-2 -0x1.ffffffffffdcbp-3 0x1.999999995dd0cp-3
-0x1.55555556745a7p-3 0x1.24924a344de3p-3 -0x1.fffffa4423d65p-4 0x1.c7184282ad6cap-4 -0x1.999eb43b068ffp-4
0x1.78182f7afd085p-4 -0x1.5521375d145cdp-4`);
const LOG_A = hexFloats('-0x1.0000000000001p-1 0x1.555555551305bp-2 -0x1.fffffffeb459p-3 0x1.999b324f10111p-3 -0x1.55575e506c89fp-3');

// x's bits with a subnormal x normalised (its exponent may go below the normal
// range), left by normalizeLogArg.
let NORM_HI = 0, NORM_LO = 0;

/** log/log2's special inputs: the C result for zero, negatives, inf and nan,
 *  or null after leaving a subnormal's normalised bits in NORM_HI/NORM_LO. */
function logSpecial(x: number): number | null {
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (!(x > 0)) return NaN;
  const s = x * 4503599627370496; // 2**52
  NORM_HI = (hiWord(s) - (52 << 20)) | 0;
  NORM_LO = loWord(s);
  return null;
}

/** glibc's log(x). */
export function log(x: number): number {
  // Near 1: a polynomial in x - 1.
  if (x >= LOG_NEAR1_LO && x < LOG_NEAR1_HI) {
    if (x === 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    const B = LOG_B;
    const p3 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
    const p2 = fma(r3, p3, fma(r2, B[6], fma(r, B[5], B[4])));
    const p1 = fma(r3, p2, fma(r2, B[3], fma(r, B[2], B[1])));
    const w = r * 134217728;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const w2 = rhi * rhi * B[0];
    const h = r + w2;
    let lo = r - h + w2;
    lo = fma(B[0] * rlo, rhi + r, lo);
    return fma(r3, p1, lo) + h;
  }
  let ixhi = hiWord(x), ixlo = loWord(x);
  if (((ixhi >>> 16) - 0x0010) >>> 0 >= 0x7ff0 - 0x0010) {
    const special = logSpecial(x);
    if (special !== null) return special;
    ixhi = NORM_HI;
    ixlo = NORM_LO;
  }
  // x = 2**k z with z in [0x1.6p-1, 0x1.6p0), in one of 128 subintervals.
  const tmp = (ixhi - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  const z = fromWords((ixhi - (tmp & 0xfff00000)) >>> 0, ixlo);
  const invc = LOG_TAB[2 * i], logc = LOG_TAB[2 * i + 1];
  const r = fma(z, invc, -1);
  const w = fma(k, LOG_LN2_HI, logc);
  const h = w + r;
  const lo = fma(k, LOG_LN2_LO, w - h + r);
  const r2 = r * r;
  const A = LOG_A;
  const q = fma(r2, fma(r, A[4], A[3]), fma(r, A[2], A[1]));
  return fma(r * r2, q, fma(r2, A[0], lo)) + h;
}

// Per subinterval: 1/c and log2(c) (e_log2_data.c's tab).
const LOG2_TAB = hexFloats(`
0x1.724286bb1acf8p+0 -0x1.1095feecdb000p-1 0x1.6e1f766d2cca1p+0 -0x1.08494bd76d000p-1
0x1.6a13d0e30d48ap+0 -0x1.00143aee8f800p-1 0x1.661ec32d06c85p+0 -0x1.efec5360b4000p-2
0x1.623fa951198f8p+0 -0x1.dfdd91ab7e000p-2 0x1.5e75ba4cf026cp+0 -0x1.cffae0cc79000p-2
0x1.5ac055a214fb8p+0 -0x1.c043811fda000p-2 0x1.571ed0f166e1ep+0 -0x1.b0b67323ae000p-2
0x1.53909590bf835p+0 -0x1.a152f5a2db000p-2 0x1.5014fed61adddp+0 -0x1.9217f5af86000p-2
0x1.4cab88e487bd0p+0 -0x1.8304db0719000p-2 0x1.49539b4334feep+0 -0x1.74189f9a9e000p-2
0x1.460cbdfafd569p+0 -0x1.6552bb5199000p-2 0x1.42d664ee4b953p+0 -0x1.56b23a29b1000p-2
0x1.3fb01111dd8a6p+0 -0x1.483650f5fa000p-2 0x1.3c995b70c5836p+0 -0x1.39de937f6a000p-2
0x1.3991c4ab6fd4ap+0 -0x1.2baa1538d6000p-2 0x1.3698e0ce099b5p+0 -0x1.1d98340ca4000p-2
0x1.33ae48213e7b2p+0 -0x1.0fa853a40e000p-2 0x1.30d191985bdb1p+0 -0x1.01d9c32e73000p-2
0x1.2e025cab271d7p+0 -0x1.e857da2fa6000p-3 0x1.2b404cf13cd82p+0 -0x1.cd3c8633d8000p-3
0x1.288b02c7ccb50p+0 -0x1.b26034c14a000p-3 0x1.25e2263944de5p+0 -0x1.97c1c2f4fe000p-3
0x1.234563d8615b1p+0 -0x1.7d6023f800000p-3 0x1.20b46e33eaf38p+0 -0x1.633a71a05e000p-3
0x1.1e2eefdcda3ddp+0 -0x1.494f5e9570000p-3 0x1.1bb4a580b3930p+0 -0x1.2f9e424e0a000p-3
0x1.19453847f2200p+0 -0x1.162595afdc000p-3 0x1.16e06c0d5d73cp+0 -0x1.f9c9a75bd8000p-4
0x1.1485f47b7e4c2p+0 -0x1.c7b575bf9c000p-4 0x1.12358ad0085d1p+0 -0x1.960c60ff48000p-4
0x1.0fef00f532227p+0 -0x1.64ce247b60000p-4 0x1.0db2077d03a8fp+0 -0x1.33f78b2014000p-4
0x1.0b7e6d65980d9p+0 -0x1.0387d1a42c000p-4 0x1.0953efe7b408dp+0 -0x1.a6f9208b50000p-5
0x1.07325cac53b83p+0 -0x1.47a954f770000p-5 0x1.05197e40d1b5cp+0 -0x1.d23a8c50c0000p-6
0x1.03091c1208ea2p+0 -0x1.16a2629780000p-6 0x1.0101025b37e21p+0 -0x1.720f8d8e80000p-8
0x1.fc07ef9caa76bp-1 0x1.6fe53b1500000p-7 0x1.f4465d3f6f184p-1 0x1.11ccce10f8000p-5
0x1.ecc079f84107fp-1 0x1.c4dfc8c8b8000p-5 0x1.e573a99975ae8p-1 0x1.3aa321e574000p-4
0x1.de5d6f0bd3de6p-1 0x1.918a0d08b8000p-4 0x1.d77b681ff38b3p-1 0x1.e72e9da044000p-4
0x1.d0cb5724de943p-1 0x1.1dcd2507f6000p-3 0x1.ca4b2dc0e7563p-1 0x1.476ab03dea000p-3
0x1.c3f8ee8d6cb51p-1 0x1.7074377e22000p-3 0x1.bdd2b4f020c4cp-1 0x1.98ede8ba94000p-3
0x1.b7d6c006015cap-1 0x1.c0db86ad2e000p-3 0x1.b20366e2e338fp-1 0x1.e840aafcee000p-3
0x1.ac57026295039p-1 0x1.0790ab4678000p-2 0x1.a6d01bc2731ddp-1 0x1.1ac056801c000p-2
0x1.a16d3bc3ff18bp-1 0x1.2db11d4fee000p-2 0x1.9c2d14967feadp-1 0x1.406464ec58000p-2
0x1.970e4f47c9902p-1 0x1.52dbe093af000p-2 0x1.920fb3982bcf2p-1 0x1.651902050d000p-2
0x1.8d30187f759f1p-1 0x1.771d2cdeaf000p-2 0x1.886e5ebb9f66dp-1 0x1.88e9c857d9000p-2
0x1.83c97b658b994p-1 0x1.9a80155e16000p-2 0x1.7f405ffc61022p-1 0x1.abe186ed3d000p-2
0x1.7ad22181415cap-1 0x1.bd0f2aea0e000p-2 0x1.767dcf99eff8cp-1 0x1.ce0a43dbf4000p-2`);
const LOG2_NEAR1_LO = 1 - hexFloat('0x1.5b51p-5');
const LOG2_NEAR1_HI = 1 + hexFloat('0x1.6ab2p-5');
const LOG2_INV_LN2_HI = hexFloat('0x1.7154765200000p+0');
const LOG2_INV_LN2_LO = hexFloat('0x1.705fc2eefa200p-33');
const LOG2_B = hexFloats(`-0x1.71547652b82fep-1 0x1.ec709dc3a03f7p-2 -0x1.71547652b7c3fp-2 0x1.2776c50f05be4p-2
-0x1.ec709dd768fe5p-3 0x1.a61761ec4e736p-3 -0x1.7153fbc64a79bp-3 0x1.484d154f01b4ap-3 -0x1.289e4a72c383cp-3
0x1.0b32f285aee66p-3`);
const LOG2_A = hexFloats(`-0x1.71547652b8339p-1 0x1.ec709dc3a04bep-2 -0x1.7154764702ffbp-2 0x1.2776c50034c48p-2
-0x1.ec7b328ea92bcp-3 0x1.a6225e117f92ep-3`);

/** glibc's log2(x). */
export function log2(x: number): number {
  // Near 1: a polynomial in x - 1.
  if (x >= LOG2_NEAR1_LO && x < LOG2_NEAR1_HI) {
    if (x === 1) return 0;
    const r = x - 1;
    const h = r * LOG2_INV_LN2_HI;
    let lo = fma(r, LOG2_INV_LN2_LO, fma(r, LOG2_INV_LN2_HI, -h));
    const r2 = r * r;
    const r4 = r2 * r2;
    const B = LOG2_B;
    const p = fma(r, B[1], B[0]);
    const y = fma(r2, p, h);
    lo += fma(r2, p, h - y);
    const s = fma(r4, fma(r2, fma(r, B[9], B[8]), fma(r, B[7], B[6])), fma(r2, fma(r, B[5], B[4]), fma(r, B[3], B[2])));
    lo = fma(r4, s, lo);
    return y + lo;
  }
  let ixhi = hiWord(x), ixlo = loWord(x);
  if (((ixhi >>> 16) - 0x0010) >>> 0 >= 0x7ff0 - 0x0010) {
    const special = logSpecial(x);
    if (special !== null) return special;
    ixhi = NORM_HI;
    ixlo = NORM_LO;
  }
  // x = 2**k z with z in [0x1.6p-1, 0x1.6p0), in one of 64 subintervals.
  const tmp = (ixhi - 0x3fe60000) | 0;
  const i = (tmp >>> 14) & 63;
  const k = tmp >> 20;
  const z = fromWords((ixhi - (tmp & 0xfff00000)) >>> 0, ixlo);
  const invc = LOG2_TAB[2 * i], logc = LOG2_TAB[2 * i + 1];
  const r = fma(z, invc, -1);
  const t1 = r * LOG2_INV_LN2_HI;
  const t2 = fma(r, LOG2_INV_LN2_LO, fma(r, LOG2_INV_LN2_HI, -t1));
  const t3 = k + logc;
  const h = t3 + t1;
  const lo = t3 - h + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const A = LOG2_A;
  const p = fma(r4, fma(r, A[5], A[4]), fma(r2, fma(r, A[3], A[2]), fma(r, A[1], A[0])));
  return fma(r2, p, lo) + h;
}

// ---------------------------------------------------------------- fdlibm functions (glibc's dbl-64)

const LN2_HI_FD = 6.93147180369123816490e-01; // 3fe62e42 fee00000
const LN2_LO_FD = 1.90821492927058770002e-10; // 3dea39ef 35793c76
const TWO54 = 1.80143985094819840000e+16;

/** glibc's log10(x): n log10(2) + log10(m) with the exponent split off exactly. */
export function log10(x: number): number {
  let hx = hiWord(x) | 0;
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | loWord(x)) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = hiWord(x) | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = (k & 0x80000000) >>> 31;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = withHighWord(x, hx);
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(x);
  return z + y * 3.01029995663611771306e-01;
}

const LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01, LP3 = 2.857142874366239149e-01,
  LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01, LP6 = 1.531383769920937332e-01,
  LP7 = 1.479819860511658591e-01;

/** glibc's log1p(x). */
export function log1p(x: number): number {
  const hx = hiWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0, c = 0, hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = hiWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      hu = hiWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO_FD;
      return k * LN2_HI_FD + c;
    }
    const R = hfsq * (1 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI_FD - ((R - (k * LN2_LO_FD + c)) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const R2 = fma(z, LP3, LP2), z4 = z2 * z2;
  const R3 = fma(z, LP5, LP4), z6 = z4 * z2;
  const R4 = fma(z, LP7, LP6);
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI_FD - ((hfsq - (s * (hfsq + R) + (k * LN2_LO_FD + c))) - f);
}

const Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
  Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;

/** glibc's expm1(x). */
export function expm1(x: number): number {
  let hx = hiWord(x);
  const negative = (hx & 0x80000000) !== 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x;
        return negative ? -1 : x;
      }
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (negative) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2: x = k ln2 + (hi - lo)
    let hi: number, lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!negative) {
        hi = x - LN2_HI_FD; lo = LN2_LO_FD; k = 1;
      } else {
        hi = x + LN2_HI_FD; lo = -LN2_LO_FD; k = -1;
      }
    } else {
      k = Math.trunc(fma(1.44269504088896338700e+00, x, negative ? -0.5 : 0.5));
      hi = fma(-k, LN2_HI_FD, x);
      lo = k * LN2_LO_FD;
      x = fma(-k, LN2_LO_FD, hi);
      c = fma(-k, LN2_LO_FD, hi - x);
      return expm1Reduced(x, c, k);
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  return expm1Reduced(x, c, k);
}

/** expm1(x + c) * 2**k - (1 - 2**k): expm1's rational approximation and reconstruction. */
function expm1Reduced(x: number, c: number, k: number): number {
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q1, 1), h2 = hxs * hxs;
  const R2 = fma(hxs, Q3, Q2), h4 = h2 * h2;
  const R3 = fma(hxs, Q5, Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1 - (e - x);
    y = withHighWord(y, (hiWord(y) + (k << 20)) >>> 0);
    return y - 1;
  }
  if (k < 20) {
    t = fromWords((0x3ff00000 - (0x200000 >> k)) >>> 0, 0); // 1 - 2**-k
    y = t - (e - x);
  } else {
    t = fromWords((0x3ff - k) << 20, 0); // 2**-k
    y = x - (e + t);
    y += 1;
  }
  return withHighWord(y, (hiWord(y) + (k << 20)) >>> 0);
}

/** glibc's sinh(x). */
export function sinh(x: number): number {
  const jx = hiWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x;
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  const lx = loWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** glibc's cosh(x). */
export function cosh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      // |x| < ln2/2: 1 + expm1(|x|)**2 / (2 exp(|x|))
      const t = expm1(Math.abs(x));
      const w = 1 + t;
      if (ix < 0x3c800000) return w;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const lx = loWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** glibc's tanh(x). */
export function tanh(x: number): number {
  const jx = hiWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return jx >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-01;

/** glibc's asinh(x). */
export function asinh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    // |x| > 2**28
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -w : w;
}

/** glibc's acosh(x). */
export function acosh(x: number): number {
  const hx = hiWord(x) | 0;
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) {
    const t = x * x;
    return log(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

/** glibc's atanh(x). */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2**-28
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * log1p((xa + xa) / (1 - xa));
  } else {
    if (xa > 1) return NaN;
    return x / 0;
  }
  return x < 0 ? -t : t;
}

// erf coefficients (s_erf.c).
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** erf(x)/x - 1 for |x| < 0.84375, as P/Q in x**2 (left as ERF_R / ERF_S). */
function erfSmallRatio(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1], z2 = z * z;
  const r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** erf(1 + s) - erx for |x| in [0.84375, 1.25), s = |x| - 1. */
function erfNearOne(s: number): number {
  const P1 = PA[0] + s * PA[1], s2 = s * s;
  const Q1 = 1 + s * QA[1], s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3], s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}

/** x erfc(x) for 1.25 <= x < 28: exp(-x**2 - 0.5625 + R/S) with x**2 split exactly. */
function erfcTail(x: number, below: number): number {
  const s = 1 / (x * x);
  let R: number, S: number;
  if (hiWord(x) < below) {
    const R1 = RA[0] + s * RA[1], s2 = s * s;
    const S1 = 1 + s * SA[1], s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3], s6 = s4 * s2;
    const S2 = SA[2] + s * SA[3], s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5];
    const S3 = SA[4] + s * SA[5];
    const R4 = RA[6] + s * RA[7];
    const S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else {
    const R1 = RB[0] + s * RB[1], s2 = s * s;
    const S1 = 1 + s * SB[1], s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3], s6 = s4 * s2;
    const S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5];
    const S3 = SB[4] + s * SB[5];
    const S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = fromWords(hiWord(x), 0);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

/** glibc's erf(x). */
export function erf(x: number): number {
  const hx = hiWord(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? -1 : 1) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + (16 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x);
  }
  if (ix < 0x3ff40000) {
    const q = erfNearOne(Math.abs(x) - 1);
    return hx >= 0 ? ERX + q : -ERX - q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const ax = Math.abs(x);
  const r = erfcTail(ax, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

/** glibc's erfc(x). */
export function erfc(x: number): number {
  const hx = hiWord(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? 2 : 0) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmallRatio(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const q = erfNearOne(Math.abs(x) - 1);
    return hx >= 0 ? (1 - ERX) - q : 1 + (ERX + q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const ax = Math.abs(x);
    const r = erfcTail(ax, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

// frexp's exponent, left by frexpMantissa.
let FREXP_E = 0;

/** C's frexp: the mantissa in [0.5, 1) (its sign kept), the exponent left in FREXP_E. */
export function frexp(x: number): number {
  if (x === 0 || !Number.isFinite(x)) {
    FREXP_E = 0;
    return x;
  }
  let hi = hiWord(x);
  let e = 0;
  if ((hi & 0x7ff00000) === 0) {
    x *= TWO54;
    hi = hiWord(x);
    e = -54;
  }
  e += ((hi >>> 20) & 0x7ff) - 1022;
  FREXP_E = e;
  return withHighWord(x, ((hi & 0x800fffff) | 0x3fe00000) >>> 0);
}

/** The exponent of the last frexp call. */
export function frexpExponent(): number {
  return FREXP_E;
}

/** C's ldexp(x, n) = x * 2**n, rounded once (also into the subnormal range). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const m = frexp(x);
  const e = FREXP_E + n;
  if (e > 1024) return m * Infinity;
  // m * 2**e with m in [0.5, 1): exact for normal results.
  if (e >= -1021) return m * 2 * pow2(e - 1);
  // A subnormal result: the exact m * 2**-1000 times 2**(e + 1000) rounds once.
  return m * 9.332636185032189e-302 * 2 ** (e + 1000);
}

/** glibc's cbrt(x): a polynomial estimate refined by one Halley step. */
export function cbrt(x: number): number {
  const xm = frexp(Math.abs(x));
  const xe = FREXP_E;
  if (xe === 0 && (x === 0 || !Number.isFinite(x))) return x + x;
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
    ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2 * xm) / (2 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---------------------------------------------------------------- correctly rounded functions
// Each is evaluated in double-double arithmetic (about 105 bits) and rounded
// once, which gives the correctly rounded result except when the exact value
// lies within 2**-100 relative of a rounding midpoint. The argument reduction
// tables are computed at load time from slowly converging series.

// Tables, built from series summed until their terms vanish, on the first
// call that needs them (building them costs start-up time most programs never
// recoup).

/** 1/n! for n = 0..31, as double-doubles. */
const INV_FACT_H = new Float64Array(32);
const INV_FACT_L = new Float64Array(32);

/** atanh(s) = s + s**3/3 + s**5/5 + ... for the table builders. */
function atanhSeries(sh: number, sl: number): number {
  const th = ddMul(sh, sl, sh, sl), tl = LO;
  let powH = sh, powL = sl, sumH = sh, sumL = sl;
  for (let k = 3; Math.abs(powH / k) > Math.abs(sumH) * 2 ** -110; k += 2) {
    powH = ddMul(powH, powL, th, tl);
    powL = LO;
    const termH = ddDiv(powH, powL, k, 0);
    sumH = ddAdd(sumH, sumL, termH, LO);
    sumL = LO;
  }
  LO = sumL;
  return sumH;
}

/** exp(x) = 1 + x + x**2/2! + ... for the table builders. */
function expSeries(xh: number, xl: number): number {
  let termH = 1, termL = 0, sumH = 1, sumL = 0;
  for (let n = 1; Math.abs(termH) > 2 ** -112; n++) {
    termH = ddMul(termH, termL, xh, xl);
    termH = ddDiv(termH, LO, n, 0);
    termL = LO;
    sumH = ddAdd(sumH, sumL, termH, termL);
    sumL = LO;
  }
  LO = sumL;
  return sumH;
}

/** ln 2 = 2 atanh(1/3). */
let LN2_H = 0;
let LN2_L = 0;

/** log(j/64) for j = 45..91, indexed by j - 45: log's reduction table. */
const LOG_TABLE_FIRST = 45;
const LOG_TABLE_H = new Float64Array(47);
const LOG_TABLE_L = new Float64Array(47);

/** 1/(2k+1): log's series 2 atanh(s) = 2s (1 + s**2/3 + s**4/5 + ...), where
 *  |s| < 1/180 after reduction, summed to s**16. */
const ATANH_H = new Float64Array(9);
const ATANH_L = new Float64Array(9);

/** 2**(j/64) for j = 0..63: exp's reduction table. */
const EXP_TABLE_H = new Float64Array(64);
const EXP_TABLE_L = new Float64Array(64);
let LN2_64_H = 0, LN2_64_L = 0;

/** exp's series after reduction (|r| <= ln2/128): 1/n! up to n = 13. */
const EXP_H = new Float64Array(14);
const EXP_L = new Float64Array(14);
/** sin r / r and cos r as series in r**2, for |r| <= pi/4. */
const SIN_H = new Float64Array(15), SIN_L = new Float64Array(15);
const COS_H = new Float64Array(16), COS_L = new Float64Array(16);

let tablesBuilt = false;

/** Fill the tables above; every correctly rounded kernel calls it first. */
function buildTables(): void {
  if (tablesBuilt) return;
  tablesBuilt = true;
  INV_FACT_H[0] = 1;
  for (let n = 1; n < 32; n++) {
    INV_FACT_H[n] = ddDiv(INV_FACT_H[n - 1], INV_FACT_L[n - 1], n, 0);
    INV_FACT_L[n] = LO;
  }
  LN2_H = 2 * atanhSeries(ddDiv(1, 0, 3, 0), LO);
  LN2_L = 2 * LO;
  for (let j = LOG_TABLE_FIRST; j <= 91; j++) {
    // log(c) = 2 atanh((c - 1) / (c + 1)) with c = j/64.
    LOG_TABLE_H[j - LOG_TABLE_FIRST] = 2 * atanhSeries(ddDiv(j - 64, 0, j + 64, 0), LO);
    LOG_TABLE_L[j - LOG_TABLE_FIRST] = 2 * LO;
  }
  for (let k = 0; k < 9; k++) {
    ATANH_H[k] = ddDiv(1, 0, 2 * k + 1, 0);
    ATANH_L[k] = LO;
  }
  for (let j = 0; j < 64; j++) {
    EXP_TABLE_H[j] = expSeries(ddMulD(LN2_H, LN2_L, j / 64), LO);
    EXP_TABLE_L[j] = LO;
  }
  LN2_64_H = LN2_H / 64;
  LN2_64_L = LN2_L / 64;
  EXP_H.set(INV_FACT_H.subarray(0, 14));
  EXP_L.set(INV_FACT_L.subarray(0, 14));
  for (let k = 0; k < 16; k++) {
    const sign = k % 2 ? -1 : 1;
    COS_H[k] = sign * INV_FACT_H[2 * k];
    COS_L[k] = sign * INV_FACT_L[2 * k];
    if (k < 15) {
      SIN_H[k] = sign * INV_FACT_H[2 * k + 1];
      SIN_L[k] = sign * INV_FACT_L[2 * k + 1];
    }
  }
}

/** pi/2 as the sum of three doubles (about 160 bits), for sin and cos's
 *  argument reduction, which cancels the leading bits of arguments near
 *  multiples of pi/2. */
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;


/** log(x) for finite x > 0 as a double-double: x = 2**e m with m within a
 *  factor sqrt(2) of 1, m near the table point c = j/64, and
 *  log x = e ln2 + log c + 2 atanh((m - c) / (m + c)). */
function logDD(x: number): number {
  buildTables();
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54 makes a subnormal normal
    e = -54;
  }
  F64[0] = x;
  const high = U32[HIGH];
  e += (high >>> 20) - 1023;
  U32[HIGH] = (high & 0x000fffff) | 0x3ff00000;
  let m = F64[0];
  if (m >= Math.SQRT2) {
    m /= 2;
    e++;
  }
  const j = Math.round(m * 64);
  const c = j / 64;
  // s = (m - c) / (m + c) to double-double precision: one quotient digit,
  // then the remainder (m - c is exact, and so is m + c as a double-double).
  const dh = twoSum(m, c), dl = LO;
  const num = m - c;
  const q = num / dh;
  const ph = twoProd(q, dh);
  const sh = quickTwoSum(q, ((num - ph) - LO - q * dl) / dh), sl = LO;
  const th = ddMul(sh, sl, sh, sl);
  let vh = ddHorner(ATANH_H, ATANH_L, 4, th, LO);
  vh = ddMul(sh, sl, 2 * vh, 2 * LO);
  vh = ddAdd(vh, LO, LOG_TABLE_H[j - LOG_TABLE_FIRST], LOG_TABLE_L[j - LOG_TABLE_FIRST]);
  const vl = LO;
  if (e === 0) {
    LO = vl;
    return vh;
  }
  const eh = ddMulD(LN2_H, LN2_L, e);
  return ddAdd(eh, LO, vh, vl);
}

/** exp(xh + xl) rounded to a double: x = (64k + j) ln2/64 + r, so
 *  exp x = 2**k 2**(j/64) exp(r) with |r| <= ln2/128. Overflow gives
 *  Infinity; results below the normal range are rounded once, at the
 *  subnormal's precision. */
function expDD(xh: number, xl: number): number {
  buildTables();
  if (!(xh < 710)) return xh === xh ? Infinity : xh;
  if (xh < -746) return 0;
  const n = Math.round(xh * (64 / LN2_H));
  let rh = twoProd(n, LN2_64_H);
  rh = ddAdd(xh, xl, -rh, -LO);
  rh = ddAdd(rh, LO, -n * LN2_64_L, 0);
  const eh = ddHorner(EXP_H, EXP_L, 6, rh, LO);
  const j = n & 63;
  const vh = ddMul(EXP_TABLE_H[j], EXP_TABLE_L[j], eh, LO);
  const k = (n - j) / 64;
  if (k >= -1021) return k > 1023 ? vh * pow2(1023) * 2 : vh * pow2(k);
  if (k < -1075) return 0;
  // Round vh + LO to a multiple of 2**-1074: scale so that multiple is 1.
  const scale = 2 ** (k + 1074);
  const a = vh * scale;
  const whole = Math.floor(a);
  const fh = twoSum(a - whole, LO * scale);
  const fl = LO;
  let q = whole;
  if (fh > 0.5 || (fh === 0.5 && (fl > 0 || (fl === 0 && whole % 2 === 1)))) q++;
  return q * 5e-324;
}

/** math.log(x): correctly rounded; ValueError for x <= 0 as CPython raises. */
export function crLog(x: number): number {
  if (!(x > 0)) {
    if (x !== x) return x;
    raise('ValueError', 'math domain error');
  }
  if (x === Infinity) return x;
  return logDD(x);
}

/** math.exp(x): correctly rounded; OverflowError past the double range. */
export function crExp(x: number): number {
  const r = expDD(x, 0);
  if (r === Infinity && x !== Infinity) raise('OverflowError', 'math range error');
  return r;
}

/** x**y for finite x > 0 (x != 1) and finite y != 0, correctly rounded:
 *  exp(y log x) with the product kept to double-double precision. */
function crPowPositive(x: number, y: number): number {
  const lh = logDD(x);
  const th = ddMulD(lh, LO, y);
  if (!Number.isFinite(th)) return th > 0 ? Infinity : 0;
  return expDD(th, LO);
}

/** The reduced argument r = x - k pi/2 as a double-double (REDUCED_H,
 *  REDUCED_L); returns k mod 4. Exact products keep r accurate even when x
 *  is close to a multiple of pi/2. Valid for |x| < 2**20. */
let REDUCED_H = 0, REDUCED_L = 0;
function reduceHalfPi(x: number): number {
  const k = Math.round(x * (2 / Math.PI));
  if (k === 0) {
    REDUCED_H = x;
    REDUCED_L = 0;
    return 0;
  }
  const p1h = twoProd(k, PIO2_1), p1l = LO;
  const p2h = twoProd(k, PIO2_2), p2l = LO;
  // x - p1h is exact: x is within a factor of two of k pi/2.
  let s = twoSum(x - p1h, -p1l);
  const e1 = LO;
  s = twoSum(s, -p2h);
  const tail = e1 + LO - p2l - k * PIO2_3;
  REDUCED_H = quickTwoSum(s, tail);
  REDUCED_L = LO;
  return k & 3;
}

function sinDD(rh: number, rl: number): number {
  buildTables();
  const th = ddMul(rh, rl, rh, rl);
  const ph = ddHorner(SIN_H, SIN_L, 8, th, LO);
  return ddMul(rh, rl, ph, LO);
}

function cosDD(rh: number, rl: number): number {
  buildTables();
  const th = ddMul(rh, rl, rh, rl);
  return ddHorner(COS_H, COS_L, 9, th, LO);
}

/** math.sin(x), correctly rounded, for finite |x| < 2**20. */
export function crSin(x: number): number {
  const q = reduceHalfPi(x);
  if (q === 0) return sinDD(REDUCED_H, REDUCED_L);
  if (q === 1) return cosDD(REDUCED_H, REDUCED_L);
  if (q === 2) return -sinDD(REDUCED_H, REDUCED_L);
  return -cosDD(REDUCED_H, REDUCED_L);
}

/** math.cos(x), correctly rounded, for finite |x| < 2**20. */
export function crCos(x: number): number {
  const q = reduceHalfPi(x);
  if (q === 0) return cosDD(REDUCED_H, REDUCED_L);
  if (q === 1) return -sinDD(REDUCED_H, REDUCED_L);
  if (q === 2) return -cosDD(REDUCED_H, REDUCED_L);
  return sinDD(REDUCED_H, REDUCED_L);
}

/** asin(z) for |z| <= 1/2 as a double-double: one Newton step on sin from
 *  Math.asin's estimate, which is within an ulp, doubles its precision. */
function asinDD(zh: number, zl: number): number {
  const y = Math.asin(zh);
  const sh = sinDD(y, 0);
  const dh = ddAdd(zh, zl, -sh, -LO);
  return quickTwoSum(y, dh / cosDD(y, 0));
}

/** sqrt(z) as a double-double: one Newton correction of Math.sqrt. */
function sqrtDD(z: number): number {
  const s = Math.sqrt(z);
  if (s === 0) {
    LO = 0;
    return s;
  }
  const p = twoProd(s, s);
  return quickTwoSum(s, (z - p - LO) / (2 * s));
}

/** acos(x) for |x| <= 1, correctly rounded. Near +-1, where acos is steep,
 *  it is 2 asin(sqrt((1 -+ x)/2)), whose argument is exact. */
function acosCore(x: number): number {
  if (x > 0.5) {
    const sh = sqrtDD((1 - x) / 2);
    return 2 * asinDD(sh, LO);
  }
  if (x < -0.5) {
    const sh = sqrtDD((1 + x) / 2);
    const ah = asinDD(sh, LO);
    return ddAdd(2 * PIO2_1, 2 * PIO2_2, -2 * ah, -2 * LO);
  }
  const ah = asinDD(x, 0);
  return ddAdd(PIO2_1, PIO2_2, -ah, -LO);
}

/** math.acos(x), correctly rounded, with CPython's ValueError outside [-1, 1]. */
export function crAcos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) raise('ValueError', 'math domain error');
  return acosCore(x);
}

// ---------------------------------------------------------------- sin, cos, tan, asin, acos, atan, atan2
// C semantics (NaN for invalid arguments), correctly rounded.

/** pi/2 scaled by 2**HALF_PI_BITS, for reducing arguments of any size. */
const HALF_PI_BITS = 1400n;
let halfPiBig = 0n;

/** round(pi/2 * 2**HALF_PI_BITS), from Machin's formula (computed once, on first use). */
function halfPiScaled(): bigint {
  if (halfPiBig !== 0n) return halfPiBig;
  const guard = 64n;
  const one = 1n << (HALF_PI_BITS + guard);
  // atan(1/n) = 1/n - 1/(3 n**3) + 1/(5 n**5) - ...
  const atanInv = (n: bigint): bigint => {
    let term = one / n;
    let sum = term;
    const n2 = n * n;
    for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
      term /= n2;
      sum += sign * (term / k);
    }
    return sum;
  };
  // pi/2 = 8 atan(1/5) - 2 atan(1/239)
  const v = 8n * atanInv(5n) - 2n * atanInv(239n);
  halfPiBig = (v + (1n << (guard - 1n))) >> guard;
  return halfPiBig;
}

/** reduceHalfPi for any finite x >= 2**20: exact integer arithmetic on x's bits. */
function reduceLarge(x: number): number {
  const m = frexp(x);
  const bits = BigInt(m * 9007199254740992) << BigInt(FREXP_E - 53 + Number(HALF_PI_BITS));
  const hp = halfPiScaled();
  const k = (bits + (hp >> 1n)) / hp;
  const r = bits - k * hp;
  // r / 2**HALF_PI_BITS as a double-double: keep 110 bits of r.
  const neg = r < 0n;
  const a = neg ? -r : r;
  const shift = Math.max(0, a.toString(2).length - 110);
  const top = a >> BigInt(shift);
  const h = Number(top);
  const l = Number(top - BigInt(h));
  const scale = 2 ** (shift + 110 - Number(HALF_PI_BITS));
  REDUCED_H = (neg ? -h : h) * 2 ** -110 * scale;
  REDUCED_L = (neg ? -l : l) * 2 ** -110 * scale;
  return Number(k & 3n);
}

/** x reduced modulo pi/2 (left in REDUCED_H, REDUCED_L); returns the quadrant. */
function reduce(x: number): number {
  if (Math.abs(x) < 1048576) return reduceHalfPi(x);
  if (x > 0) return reduceLarge(x);
  const q = reduceLarge(-x);
  REDUCED_H = -REDUCED_H;
  REDUCED_L = -REDUCED_L;
  return (4 - q) & 3;
}

/** sin(x). */
export function sin(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? x : NaN;
  const q = reduce(x);
  if (q === 0) return sinDD(REDUCED_H, REDUCED_L);
  if (q === 1) return cosDD(REDUCED_H, REDUCED_L);
  if (q === 2) return -sinDD(REDUCED_H, REDUCED_L);
  return -cosDD(REDUCED_H, REDUCED_L);
}

/** cos(x). */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const q = reduce(x);
  if (q === 0) return cosDD(REDUCED_H, REDUCED_L);
  if (q === 1) return -sinDD(REDUCED_H, REDUCED_L);
  if (q === 2) return -cosDD(REDUCED_H, REDUCED_L);
  return sinDD(REDUCED_H, REDUCED_L);
}

/** tan(x): sin/cos of the reduced argument (-cos/sin in odd quadrants). */
export function tan(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? x : NaN;
  const q = reduce(x);
  const rh = REDUCED_H, rl = REDUCED_L;
  const sh = sinDD(rh, rl), sl = LO;
  const ch = cosDD(rh, rl), cl = LO;
  return (q & 1) === 0 ? ddDiv(sh, sl, ch, cl) : -ddDiv(ch, cl, sh, sl);
}

/** asin(x). */
export function asin(x: number): number {
  if (x === 0 || x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax <= 0.5) return asinDD(x, 0);
  // asin(x) = pi/2 - 2 asin(sqrt((1 - |x|)/2)), whose argument is exact.
  const sh = sqrtDD((1 - ax) / 2);
  const ah = asinDD(sh, LO);
  const r = ddAdd(PIO2_1, PIO2_2, -2 * ah, -2 * LO);
  return x < 0 ? -r : r;
}

/** acos(x). */
export function acos(x: number): number {
  if (x !== x || x > 1 || x < -1) return NaN;
  return acosCore(x);
}

/** atan(zh + zl) for |z| <= 1 as a double-double: Math.atan's estimate y0
 *  corrected by atan(z) - y0 = atan((z - t)/(1 + z t)) with t = tan(y0). */
function atanDD(zh: number, zl: number): number {
  const y0 = Math.atan(zh);
  const sh = sinDD(y0, 0), sl = LO;
  const ch = cosDD(y0, 0), cl = LO;
  const th = ddDiv(sh, sl, ch, cl), tl = LO;
  const num = ddAdd(zh, zl, -th, -tl);
  return twoSum(y0, num / (1 + zh * th));
}

/** 1/x as a double-double. */
function recipDD(x: number): number {
  const q = 1 / x;
  const p = twoProd(q, x);
  LO = (1 - p - LO) / x;
  return q;
}

/** atan(x). */
export function atan(x: number): number {
  if (x === 0 || x !== x) return x;
  const ax = Math.abs(x);
  if (ax <= 1) return atanDD(x, 0);
  if (ax === Infinity) return x > 0 ? PIO2_1 : -PIO2_1;
  // atan(x) = pi/2 - atan(1/x) for x > 1.
  const qh = recipDD(ax);
  const ah = atanDD(qh, LO);
  const r = ddAdd(PIO2_1, PIO2_2, -ah, -LO);
  return x < 0 ? -r : r;
}

/** y / x as a double-double. */
function divDD(y: number, x: number): number {
  const q = y / x;
  const p = twoProd(q, x);
  LO = (y - p - LO) / x;
  return q;
}

/** atan2(y, x) with C99's special cases. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const ys = y < 0 || Object.is(y, -0) ? -1 : 1;
  const xneg = x < 0 || Object.is(x, -0);
  if (y === 0) return xneg ? ys * 2 * PIO2_1 : y;
  if (x === 0) return ys * PIO2_1;
  if (!Number.isFinite(x)) {
    if (!Number.isFinite(y)) return ys * (xneg ? 3 * PIO2_1 / 2 : PIO2_1 / 2);
    return xneg ? ys * 2 * PIO2_1 : ys * 0;
  }
  if (!Number.isFinite(y)) return ys * PIO2_1;
  const ay = Math.abs(y), ax = Math.abs(x);
  let rh: number, rl: number;
  if (ay <= ax) {
    const qh = divDD(ay, ax);
    rh = atanDD(qh, LO);
    rl = LO;
    if (xneg) {
      rh = ddAdd(2 * PIO2_1, 2 * PIO2_2, -rh, -rl);
      rl = LO;
    }
  } else {
    const qh = divDD(ax, ay);
    const ah = atanDD(xneg ? -qh : qh, xneg ? -LO : LO);
    rh = ddAdd(PIO2_1, PIO2_2, -ah, -LO);
    rl = LO;
  }
  return ys * (rh + rl);
}

/** float ** float for a base >= 0 (or -0.0), as float_pow computes it:
 *  special values first, then pow, whose overflow is an OverflowError.
 *  The variates never raise a negative base, which would make a complex. */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return (y > 0) === (ax > 1.0) ? Math.abs(y) : 0.0;
  }
  if (x === 0) {
    if (y < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    // Only an odd integer power keeps the sign of -0.0.
    return Math.abs(y % 2) === 1 ? x : 0.0;
  }
  if (x === 1.0) return 1.0;
  if (x === Infinity) return y > 0 ? Infinity : 0.0;
  const r = crPowPositive(x, y);
  if (r === Infinity) raise('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

