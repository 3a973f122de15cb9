// CPython 3.11's hash functions with hash seed 0 (PYTHONHASHSEED=0): str and
// bytes (SipHash-1-3, Python/pyhash.c), int (Objects/longobject.c long_hash),
// float and complex (_Py_HashDouble, complex_hash), identity
// (_Py_HashPointer), tuple (tuplehash) and frozenset (frozenset_hash).
//
// Representation. A Py_hash_t is a signed 64-bit integer, which a double
// cannot hold and which BigInt makes far too slow for hashing every dict key.
// So a hash is a pair of int32 numbers, (lo, hi): the low and the high 32 bits
// of the two's-complement value. Every function here returns `lo` and leaves
// `hi` in the exported register `hashHi`, which the caller reads at once,
// before any other hash is computed (the way compilers return 64-bit values
// from 32-bit code). Nothing is allocated per call, and the functions are
// re-entrant because no state survives a call apart from that register.
// Where a hash is an argument, the pair is passed low word first.
//
// What a hash table does with the pair, as CPython's dict and set do with
// (size_t)hash:
// - first slot: `lo & mask` (tables never have 2**31 slots, so the low word
//   holds every bit the mask keeps);
// - probing: perturb starts as the unsigned 64-bit hash, perturbLo = lo >>> 0,
//   perturbHi = hi >>> 0, and `perturb >>= 5` is
//   perturbLo = (perturbLo >>> 5 | perturbHi << 27) >>> 0; perturbHi >>>= 5;
//   the next slot `(i * 5 + perturb + 1) & mask` only needs perturbLo;
// - comparing stored hashes: lo === lo2 && hi === hi2.
// hashToInt(lo, hi) gives the value Python's hash() returns.

/** High 32 bits (int32) of the hash the last call here returned. */
export let hashHi = 0;

const TWO_32 = 4294967296;

/** The exact signed 64-bit value of the pair: a number when it is a safe
 *  integer, else a bigint (Python's int representation). */
export function hashToInt(lo: number, hi: number): number | bigint {
  const value = hi * TWO_32 + (lo >>> 0);
  return Number.isSafeInteger(value) ? value : (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

// ---------------------------------------------------------------------------
// 64-bit arithmetic on (lo, hi) pairs; each helper returns lo, hi in hashHi.

/** High 32 bits (as int32) of the 64-bit product of two 32-bit values taken
 *  as unsigned. From 16-bit halves, every partial sum stays below 2**32, so
 *  the double arithmetic is exact and no division is needed. */
function mulHigh32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const mid = a1 * b0 + ((a0 * b0) >>> 16);
  const mid2 = a0 * b1 + (mid & 0xffff);
  return (a1 * b1 + (mid >>> 16) + (mid2 >>> 16)) | 0;
}

/** Low 64 bits of a * b (C's wrapping Py_uhash_t multiplication). */
function mul64(aLo: number, aHi: number, bLo: number, bHi: number): number {
  hashHi = (mulHigh32(aLo, bLo) + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) | 0;
  return Math.imul(aLo, bLo);
}

/** a + b modulo 2**64. */
function add64(aLo: number, aHi: number, bLo: number, bHi: number): number {
  const lo = (aLo + bLo) | 0;
  const carry = (lo >>> 0) < (aLo >>> 0) ? 1 : 0;
  hashHi = (aHi + bHi + carry) | 0;
  return lo;
}

/** Two's-complement negation. */
function neg64(lo: number, hi: number): number {
  hashHi = (~hi + (lo === 0 ? 1 : 0)) | 0;
  return -lo | 0;
}

/** Unsigned shift right by 0 < n < 32. */
function shr64(lo: number, hi: number, n: number): number {
  hashHi = hi >>> n | 0;
  return (lo >>> n) | (hi << (32 - n));
}

/** Py_hash_t reserves -1 for errors: a computed -1 becomes -2. */
function avoidMinusOne(lo: number): number {
  return lo === -1 && hashHi === -1 ? -2 : lo;
}

// ---------------------------------------------------------------------------
// str and bytes: SipHash-1-3 with the all-zero key of hash seed 0.

/**
 * SipHash-1-3 of bytes[0..n), as a pair. The four finalization rounds are
 * compressions of the zero word (xor with 0 changes nothing), which lets one
 * round body serve the message words, the length block and the finalization.
 */
function sipHash13(bytes: Uint8Array, n: number): number {
  // The initial state is the SipHash constants xor the key, and the key is 0.
  let v0l = 0x70736575 | 0, v0h = 0x736f6d65 | 0;
  let v1l = 0x6e646f6d | 0, v1h = 0x646f7261 | 0;
  let v2l = 0x6e657261 | 0, v2h = 0x6c796765 | 0;
  let v3l = 0x79746573 | 0, v3h = 0x74656462 | 0;
  const words = n >>> 3;
  for (let step = 0; step < words + 4; step++) {
    let ml = 0, mh = 0;
    if (step < words) {
      const p = step << 3;
      ml = bytes[p]! | bytes[p + 1]! << 8 | bytes[p + 2]! << 16 | bytes[p + 3]! << 24;
      mh = bytes[p + 4]! | bytes[p + 5]! << 8 | bytes[p + 6]! << 16 | bytes[p + 7]! << 24;
    } else if (step === words) {
      // The last block: the 0..7 leftover bytes, little-endian, and the
      // length's low byte in the top byte.
      const p = words << 3;
      for (let i = n - 1; i >= p; i--) {
        if (i - p >= 4) mh = mh << 8 | bytes[i]!;
        else ml = ml << 8 | bytes[i]!;
      }
      mh |= n << 24;
    } else if (step === words + 1) {
      v2l ^= 0xff;
    }
    v3l ^= ml; v3h ^= mh;
    let t: number;
    // Half round 1: v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0;
    // v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32).
    t = (v0l + v1l) | 0; v0h = (v0h + v1h + ((t >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = t;
    t = (v2l + v3l) | 0; v2h = (v2h + v3h + ((t >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = t;
    t = (v1h << 13 | v1l >>> 19) ^ v0h; v1l = (v1l << 13 | v1h >>> 19) ^ v0l; v1h = t;
    t = (v3h << 16 | v3l >>> 16) ^ v2h; v3l = (v3l << 16 | v3h >>> 16) ^ v2l; v3h = t;
    t = v0h; v0h = v0l; v0l = t;
    // Half round 2: v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2;
    // v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32).
    t = (v2l + v1l) | 0; v2h = (v2h + v1h + ((t >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = t;
    t = (v0l + v3l) | 0; v0h = (v0h + v3h + ((t >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = t;
    t = (v1h << 17 | v1l >>> 15) ^ v2h; v1l = (v1l << 17 | v1h >>> 15) ^ v2l; v1h = t;
    t = (v3h << 21 | v3l >>> 11) ^ v0h; v3l = (v3l << 21 | v3h >>> 11) ^ v0l; v3h = t;
    t = v2h; v2h = v2l; v2l = t;
    v0l ^= ml; v0h ^= mh;
  }
  hashHi = v0h ^ v1h ^ v2h ^ v3h;
  return v0l ^ v1l ^ v2l ^ v3l;
}

/** _Py_HashBytes: the empty input hashes to 0, and -1 becomes -2. */
function hashByteRange(bytes: Uint8Array, n: number): number {
  if (n === 0) {
    hashHi = 0;
    return 0;
  }
  return avoidMinusOne(sipHash13(bytes, n));
}

/** hash(bytes) (also bytearray's buffer, memoryview of bytes). */
export function hashBytes(b: Uint8Array): number {
  return hashByteRange(b, b.length);
}

// Strings are hashed over CPython's compact representation, which is written
// into this reused buffer. Inputs longer than the limit get a buffer of their
// own so that one huge string does not pin its size in memory for good.
const SCRATCH_LIMIT = 65536;
let scratch = new Uint8Array(256);

function bufferFor(byteLength: number): Uint8Array {
  if (byteLength <= scratch.length) return scratch;
  if (byteLength > SCRATCH_LIMIT) return new Uint8Array(byteLength);
  let size = scratch.length;
  while (size < byteLength) size *= 2;
  scratch = new Uint8Array(size);
  return scratch;
}

/** True when s holds a high surrogate followed by a low one: an astral code
 *  point, which makes the string UCS-4 (lone surrogates are UCS-2 code points). */
function hasSurrogatePair(s: string): boolean {
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) return true;
    }
  }
  return false;
}

/** Hash of the UCS-4 (4 bytes per code point, little-endian) form of s. */
function hashUcs4(s: string): number {
  const buf = bufferFor(s.length * 4); // at most 4 bytes per UTF-16 unit
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    buf[n] = cp;
    buf[n + 1] = cp >>> 8;
    buf[n + 2] = cp >>> 16;
    buf[n + 3] = 0;
    n += 4;
  }
  return hashByteRange(buf, n);
}

/** Hash of the UCS-2 (2 bytes per code unit, little-endian) form of s. */
function hashUcs2(s: string): number {
  const len = s.length;
  const buf = bufferFor(len * 2);
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    buf[2 * i] = c;
    buf[2 * i + 1] = c >>> 8;
  }
  return hashByteRange(buf, len * 2);
}

/** hash(str): SipHash-1-3 over the string's latin-1, UCS-2 or UCS-4 bytes. */
export function hashStr(s: string): number {
  const len = s.length;
  // Most strings are latin-1 (ASCII), so their bytes are written while the
  // kind is found, in one pass. The OR of all code units bounds the largest
  // one well enough: below 256 means latin-1, below 0xD800 no surrogates.
  const buf = bufferFor(len);
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    bits |= c;
    buf[i] = c;
  }
  if (bits < 0x100) return hashByteRange(buf, len);
  if (bits >= 0xd800 && hasSurrogatePair(s)) return hashUcs4(s);
  return hashUcs2(s);
}

// ---------------------------------------------------------------------------
// Numbers: the residue modulo the prime 2**61 - 1, with the sign of the value.

const MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;
const HASH_IMAG = 1000003;

/** The hash of an int that is a safe integer: the value itself, since
 *  |v| < 2**53 is already reduced. */
function hashSafeInt(v: number): number {
  if (v === -1) v = -2;
  hashHi = Math.floor(v / TWO_32) | 0;
  return v | 0;
}

/** hash(int). A safe integer may come as number or bigint. */
export function hashInt(v: number | bigint): number {
  if (typeof v === 'number') return hashSafeInt(v);
  // BigInt's % truncates, so the remainder carries the sign of v, as in CPython.
  let h = v % MODULUS;
  if (h === -1n) h = -2n;
  hashHi = Number(h >> 32n) | 0;
  return Number(h & 0xffffffffn) | 0;
}

/** (lo, hi) * 2**k modulo 2**61 - 1, for a value below 2**61 and 0 <= k < 61:
 *  since 2**61 is 1 modulo the prime, that is a rotation within 61 bits. */
function rotl61(lo: number, hi: number, k: number): number {
  let leftLo = lo, leftHi = hi;
  if (k >= 32) {
    leftHi = lo << (k - 32);
    leftLo = 0;
  } else if (k > 0) {
    leftHi = hi << k | lo >>> (32 - k);
    leftLo = lo << k;
  }
  const r = 61 - k;
  let rightLo: number, rightHi = 0;
  if (r >= 32) {
    rightLo = hi >>> (r - 32);
  } else {
    rightLo = lo >>> r | hi << (32 - r);
    rightHi = hi >>> r;
  }
  hashHi = (leftHi & 0x1fffffff) | rightHi;
  return leftLo | rightLo;
}

const floatView = new DataView(new ArrayBuffer(8));

/**
 * hash(float). NaN hashes by identity in 3.11: `identity` is the float
 * object's id() (its address), and a NaN hashes as hashPointer(identity).
 */
export function hashFloat(x: number, identity: number): number {
  if (Number.isSafeInteger(x)) return hashSafeInt(x); // -0.0 lands here too
  if (x !== x) return hashPointer(identity);
  if (x === Infinity || x === -Infinity) {
    hashHi = x > 0 ? 0 : -1;
    return x > 0 ? HASH_INF : -HASH_INF;
  }
  // |x| = mantissa * 2**exponent with an integer mantissa below 2**53 (so
  // already reduced); its residue is the mantissa rotated by exponent mod 61.
  floatView.setFloat64(0, x);
  const top = floatView.getUint32(0);
  const mantissaLo = floatView.getUint32(4) | 0;
  const biased = top >>> 20 & 0x7ff;
  let mantissaHi = top & 0xfffff;
  let exponent = -1074; // subnormal
  if (biased !== 0) {
    mantissaHi |= 0x100000;
    exponent = biased - 1075;
  }
  const lo = rotl61(mantissaLo, mantissaHi, ((exponent % 61) + 61) % 61);
  return x < 0 ? avoidMinusOne(neg64(lo, hashHi)) : lo;
}

/** hash(complex): hash(real) + 1000003 * hash(imag), wrapping at 64 bits.
 *  `identity` is the complex object's id(), used by NaN parts. */
export function hashComplex(re: number, im: number, identity: number): number {
  const reLo = hashFloat(re, identity), reHi = hashHi;
  const imLo = hashFloat(im, identity), imHi = hashHi;
  const prodLo = mul64(imLo, imHi, HASH_IMAG, 0);
  return avoidMinusOne(add64(reLo, reHi, prodLo, hashHi));
}

/**
 * Identity hash of an object at `address` (its id()): the 64-bit address
 * rotated right by 4 bits, because the low bits of aligned addresses are 0.
 * CPython maps a result of -1 to -2, which cannot occur here: an address below
 * 2**53 leaves bits 49..59 of the result clear.
 */
export function hashPointer(address: number): number {
  const lo = address >>> 0;
  const hi = Math.floor(address / TWO_32) | 0;
  hashHi = hi >>> 4 | lo << 28;
  return lo >>> 4 | hi << 28;
}

// ---------------------------------------------------------------------------
// tuple: xxHash-style lanes (Objects/tupleobject.c tuplehash).

const XXPRIME_1_LO = 0x85ebca87 | 0, XXPRIME_1_HI = 0x9e3779b1 | 0;
const XXPRIME_2_LO = 0x27d4eb4f | 0, XXPRIME_2_HI = 0xc2b2ae3d | 0;

/** The accumulator a tuple hash starts from (XXPRIME_5), as a pair. */
export const TUPLE_HASH_START_LO = 0x165667c5 | 0;
export const TUPLE_HASH_START_HI = 0x27d4eb2f | 0;

/** Mix one item's hash into a tuple-hash accumulator; returns the new
 *  accumulator. The tuple's own hash then comes from tupleHashFinish. */
export function tupleHashStep(accLo: number, accHi: number, itemLo: number, itemHi: number): number {
  // Written out rather than through mul64/add64: this runs for every item of
  // every tuple hashed, and the intermediate halves stay in locals.
  const laneLo = Math.imul(itemLo, XXPRIME_2_LO);
  const laneHi = (mulHigh32(itemLo, XXPRIME_2_LO) + Math.imul(itemHi, XXPRIME_2_LO) + Math.imul(itemLo, XXPRIME_2_HI)) | 0;
  const sumLo = (accLo + laneLo) | 0;
  const sumHi = (accHi + laneHi + ((sumLo >>> 0) < (accLo >>> 0) ? 1 : 0)) | 0;
  // Rotate left by 31 bits.
  const rotHi = sumHi << 31 | sumLo >>> 1;
  const rotLo = sumLo << 31 | sumHi >>> 1;
  hashHi = (mulHigh32(rotLo, XXPRIME_1_LO) + Math.imul(rotHi, XXPRIME_1_LO) + Math.imul(rotLo, XXPRIME_1_HI)) | 0;
  return Math.imul(rotLo, XXPRIME_1_LO);
}

/** The hash of a tuple of `length` items from its accumulator. The length is
 *  mixed in xor XXPRIME_5 ^ 3527539, so that hash(()) keeps its old value. */
export function tupleHashFinish(accLo: number, accHi: number, length: number): number {
  const lo = add64(accLo, accHi, length ^ 0x1663b4b6, 0x27d4eb2f);
  if (lo === -1 && hashHi === -1) {
    hashHi = 0;
    return 1546275796;
  }
  return lo;
}

/** hash(tuple) from its items' hashes, given as [lo0, hi0, lo1, hi1, ...]. */
export function hashTuple(itemHashes: ArrayLike<number>): number {
  let lo = TUPLE_HASH_START_LO, hi = TUPLE_HASH_START_HI;
  for (let i = 0; i < itemHashes.length; i += 2) {
    lo = tupleHashStep(lo, hi, itemHashes[i]!, itemHashes[i + 1]!);
    hi = hashHi;
  }
  return tupleHashFinish(lo, hi, itemHashes.length >> 1);
}

// ---------------------------------------------------------------------------
// frozenset: xor of shuffled item hashes, so the order of items is irrelevant
// (Objects/setobject.c frozenset_hash). CPython also xors in the hashes of
// empty and deleted slots and then cancels them, which leaves exactly this.

/** ((h ^ 89869747) ^ (h << 16)) * 3644798167: spreads nearby item hashes
 *  before they are xored together. */
export function shuffleBits(lo: number, hi: number): number {
  const xLo = lo ^ 89869747 ^ lo << 16;
  const xHi = hi ^ (hi << 16 | lo >>> 16);
  return mul64(xLo, xHi, 3644798167 | 0, 0);
}

/** The hash of a frozenset of `size` items from the xor of their shuffleBits. */
export function frozensetHashFinish(xorLo: number, xorHi: number, size: number): number {
  let lo = xorLo ^ mul64(size + 1, 0, 1927868237, 0);
  let hi = xorHi ^ hashHi;
  // Disperse the patterns that nested frozensets produce.
  const s11Lo = shr64(lo, hi, 11), s11Hi = hashHi;
  const s25Lo = shr64(lo, hi, 25), s25Hi = hashHi;
  lo ^= s11Lo ^ s25Lo;
  hi ^= s11Hi ^ s25Hi;
  lo = mul64(lo, hi, 69069, 0);
  lo = add64(lo, hashHi, 907133923, 0);
  if (lo === -1 && hashHi === -1) {
    hashHi = 0;
    return 590923713;
  }
  return lo;
}

/** hash(frozenset) from its items' hashes, given as [lo0, hi0, lo1, hi1, ...]. */
export function hashFrozenset(itemHashes: ArrayLike<number>): number {
  let lo = 0, hi = 0;
  for (let i = 0; i < itemHashes.length; i += 2) {
    lo ^= shuffleBits(itemHashes[i]!, itemHashes[i + 1]!);
    hi ^= hashHi;
  }
  return frozensetHashFinish(lo, hi, itemHashes.length >> 1);
}
