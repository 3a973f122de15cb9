// CPython's random number generation, reproduced number for number.
//
// MersenneTwister is _random.Random (Modules/_randommodule.c: MT19937 with
// CPython's seeding, getrandbits and state tuple) together with the pure-Python
// algorithms of Lib/random.py in 3.11 (randrange, sample, choices, the
// variates, ...). The same seed gives the same draws, the same floats to the
// last bit, and the same exceptions as CPython 3.11 on x86-64 Linux.
//
// Floats: JavaScript's Math.log/exp/cos/sin/acos/pow differ from glibc's in
// the last bit for several percent of inputs, so the variates use the
// correctly rounded functions of libm.ts instead. glibc's are correctly
// rounded for all but about 1 in 1,000 inputs, so those rare inputs can
// still differ from CPython by one ulp.
//
// Python ints arrive and leave as `number` when safe integers, else `bigint`.
// Python floats are `number`; where a Python int and a float would behave
// differently the parameter says which it is.

import { raise } from './pyerror.js';
import { SHA512 } from './digest.js';
import { crLog, crExp, crSin, crCos, crAcos, floatPow } from './libm.js';

export type PyInt = number | bigint;
/** Fills the array with random 32-bit words (os.urandom's role in seed()). */
export type EntropySource = (words: Uint32Array) => void;
/** warnings.warn(message, category), for the deprecations of randrange(). */
export type Warn = (category: string, message: string) => void;
/** Random.getstate(): (3, the 624 state words and the index, gauss_next). */
export type RandomState = [version: number, internal: number[], gaussNext: number | null];

const N = 624;
const M = 397;
const TWO32 = 0x100000000;
const TWOPI = 2 * Math.PI;

/** os.urandom through the Web Crypto API, present in browsers and Node 20. */
export const systemEntropy: EntropySource = (words) => {
  globalThis.crypto.getRandomValues(words);
};

export class MersenneTwister {
  /** The 624 words of MT19937 state and the index of the next one to use. */
  readonly mt = new Uint32Array(N);
  index = N;
  /** Random.gauss_next: the second value of the last gauss() pair, or null. */
  gaussNext: number | null = null;

  /** Seeds from `entropy`, as random.Random() does from os.urandom. */
  constructor(private readonly entropy: EntropySource = systemEntropy) {
    this.seed(null);
  }

  // ---- MT19937 (Modules/_randommodule.c) ----

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
    this.index = N;
  }

  /** init_by_array: the seeding used for every int, str and bytes seed. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    const length = key.length;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = Math.max(N, length); k > 0; k--) {
      const prev = mt[i - 1];
      // Uint32Array stores reduce the sums modulo 2**32, as uint32_t does.
      mt[i] = (mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= N) this.twist();
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Regenerate all 624 words at once, as genrand_uint32 does on wrap-around. */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    this.index = 0;
  }

  /** random(): 27 bits of one draw and 26 of the next make a 53-bit float. */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** getrandbits(k): 32-bit draws fill the result from the least significant
   *  word up; the last draw keeps only its top bits. */
  getrandbits(k: PyInt): PyInt {
    const bits = toCInt(k);
    if (bits < 0) raise('ValueError', 'number of bits must be non-negative');
    if (bits <= 32) return bits === 0 ? 0 : this.genrandUint32() >>> (32 - bits);
    if (bits <= 64) {
      const low = this.genrandUint32();
      const high = this.genrandUint32() >>> (64 - bits);
      return high < 0x200000 ? high * TWO32 + low : (BigInt(high) << 32n) | BigInt(low);
    }
    return normalize(this.getrandbitsBig(bits));
  }

  private getrandbitsBig(bits: number): bigint {
    const words = ((bits - 1) >>> 5) + 1;
    // Hex digits from the most significant word down: the draws come least
    // significant first, so collect them and join in reverse.
    const hex = new Array<string>(words);
    for (let i = 0; i < words; i++, bits -= 32) {
      let r = this.genrandUint32();
      if (bits < 32) r >>>= 32 - bits;
      hex[words - 1 - i] = r.toString(16).padStart(8, '0');
    }
    return BigInt('0x' + hex.join(''));
  }

  // ---- Seeding and state (Random.seed, getstate, setstate) ----

  /** Random.seed(a, version): null takes entropy; an int seeds with its
   *  absolute value; str (encoded UTF-8) and bytes/bytearray seed with
   *  int.from_bytes(a + sha512(a).digest()) in version 2, or with the
   *  old string hash in version 1. Floats and other hashable objects seed
   *  with their hash: use seedFromHash. */
  seed(a: null | PyInt | string | Uint8Array = null, version: 1 | 2 = 2): void {
    if (a === null) {
      const key = new Uint32Array(N);
      this.entropy(key);
      this.initByArray(key);
    } else if (typeof a === 'number' || typeof a === 'bigint') {
      this.initByArray(intSeedKey(a));
    } else if (version === 1) {
      this.initByArray(intSeedKey(versionOneSeed(a)));
    } else {
      this.initByArray(bytesSeedKey(typeof a === 'string' ? encodeUtf8(a) : a));
    }
    this.gaussNext = null;
  }

  /** Seed with hash(a), for floats and the other hashable seeds: CPython
   *  reinterprets the signed Py_hash_t as an unsigned 64-bit int. */
  seedFromHash(hash: PyInt): void {
    this.initByArray(intSeedKey(BigInt.asUintN(64, BigInt(hash))));
    this.gaussNext = null;
  }

  getstate(): RandomState {
    const internal = Array.from(this.mt);
    internal.push(this.index);
    return [3, internal, this.gaussNext];
  }

  /** Random.setstate for the tuple (version, internal state, gauss_next).
   *  The caller checks the Python types: the state vector must be a tuple
   *  ("state vector must be a tuple") of ints ("an integer is required"). */
  setstate(state: readonly [version: PyInt, internal: readonly PyInt[], gaussNext: number | null]): void {
    const [version, internal, gaussNext] = state;
    if (version !== 3 && version !== 2) {
      raise('ValueError', `state with version ${version} passed to Random.setstate() of version 3`);
    }
    // Random.setstate stores gauss_next before the C code checks the vector.
    this.gaussNext = gaussNext;
    const words = version === 2
      ? internal.map((x) => normalize(pyMod(BigInt(x), 1n << 32n))) : internal;
    if (words.length !== N + 1) raise('ValueError', 'state vector is the wrong size');
    const next = new Uint32Array(N);
    for (let i = 0; i < N; i++) next[i] = toCUnsignedLong(words[i]);
    const index = toCLong(words[N]);
    if (index < 0 || index > N) raise('ValueError', 'invalid state');
    this.mt.set(next);
    this.index = Number(index);
  }

  // ---- Integers (Lib/random.py) ----

  /** _randbelow_with_getrandbits: draw bit_length(n) bits until below n. */
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number') {
      if (n < TWO32) {
        const shift = Math.clz32(n);
        let r = this.genrandUint32() >>> shift;
        while (r >= n) r = this.genrandUint32() >>> shift;
        return r;
      }
      const k = bitLength(n);
      let r = this.getrandbits(k) as number;
      while (r >= n) r = this.getrandbits(k) as number;
      return r;
    }
    const k = bitLength(n);
    let r = this.getrandbitsBig(k);
    while (r >= n) r = this.getrandbitsBig(k);
    return normalize(r);
  }

  /** _randbelow_without_getrandbits: what Random subclasses that override
   *  random() but not getrandbits() use; only 53 bits of random() per draw. */
  randbelowWithoutGetrandbits(n: PyInt, warn: Warn): PyInt {
    const maxsize = 9007199254740992;
    if (n >= maxsize) {
      warn('UserWarning', 'Underlying random() generator does not supply \n'
        + 'enough bits to choose from a population range this large.\n'
        + 'To remove the range limitation, add a getrandbits() method.');
      return floatToInt(Math.floor(this.random() * intToFloat(n)));
    }
    const size = n as number;
    const limit = (maxsize - (maxsize % size)) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * maxsize) % size;
  }

  /** randbytes(n): getrandbits(n * 8) as n little-endian bytes, which are
   *  the draws' own bytes in order. */
  randbytes(n: PyInt): Uint8Array {
    const bits = toCInt(typeof n === 'number' ? n * 8 : BigInt(n) * 8n);
    if (bits < 0) raise('ValueError', 'number of bits must be non-negative');
    const count = bits / 8;
    const out = new Uint8Array(count);
    let remaining = bits;
    for (let pos = 0; pos < count; pos += 4, remaining -= 32) {
      let r = this.genrandUint32();
      if (remaining < 32) r >>>= 32 - remaining;
      for (let b = 0; b < 4 && pos + b < count; b++) out[pos + b] = (r >>> (8 * b)) & 0xff;
    }
    return out;
  }

  /** randrange(start[, stop[, step]]) over ints. Arguments that are not ints
   *  are first converted with randrangeNonIndexArg, in order start, stop,
   *  step. `step` undefined is the default; an explicit 1 behaves the same,
   *  since CPython tests it by identity with the cached int 1. */
  randrange(start: PyInt, stop: PyInt | null = null, step?: PyInt): PyInt {
    if (stop === null) {
      if (step !== undefined && step !== 1) raise('TypeError', 'Missing a non-None stop argument');
      if (start > 0) return this.randbelow(start);
      raise('ValueError', 'empty range for randrange()');
    }
    const width = intSub(stop, start);
    if (step === undefined || step === 1) {
      if (width > 0) return intAdd(start, this.randbelow(width));
      raise('ValueError', `empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: PyInt;
    if (step > 0) n = intFloorDiv(intAdd(width, intSub(step, 1)), step);
    else if (step < 0) n = intFloorDiv(intAdd(width, intAdd(step, 1)), step);
    else raise('ValueError', 'zero step for randrange()');
    if (n <= 0) raise('ValueError', 'empty range for randrange()');
    return intAdd(start, intMul(step, this.randbelow(n)));
  }

  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, intAdd(b, 1));
  }

  // ---- Sequences: these return indices into the caller's sequence ----

  /** choice(seq): the index of the chosen item of a sequence of `length`. */
  choice(length: number): number {
    if (!length) raise('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(length) as number;
  }

  /** shuffle(x) in place: swap x[i] with x[randbelow(i + 1)], i descending. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /** sample(population, k, counts=counts) for a population of length n: the
   *  indices of the chosen items, in selection order. With counts, item i
   *  stands for counts[i] copies; the caller raises TypeError('Counts must be
   *  integers') for non-int counts (after the length check) before calling. */
  sample(n: PyInt, k: PyInt, counts: ArrayLike<PyInt> | null = null): PyInt[] {
    if (counts !== null) return this.sampleCounted(n, k, counts);
    if (!(0 <= k && k <= n)) raise('ValueError', 'Sample larger than population or is negative');
    const size = Number(k);
    const result = new Array<PyInt>(size);
    // The cheaper bookkeeping decides: a pool list of n items, or a set of
    // the k chosen (21 is a small set's size minus an empty list's, in words).
    let setsize = 21;
    if (size > 5) setsize += 4 ** Math.ceil(crLog(size * 3) / crLog(4));
    if (n <= setsize) {
      const total = n as number;
      const pool = Array.from({ length: total }, (_, i) => i);
      for (let i = 0; i < size; i++) {
        const j = this.randbelow(total - i) as number;
        result[i] = pool[j];
        pool[j] = pool[total - i - 1];
      }
    } else {
      const selected = new Set<PyInt>();
      for (let i = 0; i < size; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** sample with counts: a sample of range(total), each mapped to the item
   *  whose cumulative count first exceeds it. */
  private sampleCounted(n: PyInt, k: PyInt, counts: ArrayLike<PyInt>): PyInt[] {
    const cumulative = new Array<PyInt>(counts.length);
    let sum: PyInt = 0;
    for (let i = 0; i < counts.length; i++) cumulative[i] = sum = i === 0 ? counts[0] : intAdd(sum, counts[i]);
    if (cumulative.length !== n) raise('ValueError', 'The number of counts does not match the population');
    const total = cumulative.pop();
    if (total === undefined) raise('IndexError', 'pop from empty list');
    if (total <= 0) raise('ValueError', 'Total of counts must be greater than zero');
    // sample(range(total)) takes len() of the range, a C ssize_t.
    if (total > 0x7fffffffffffffffn) raise('OverflowError', 'Python int too large to convert to C ssize_t');
    return this.sample(total, k).map((s) => bisectRight(cumulative, s, 0, cumulative.length));
  }

  /** choices(population, weights, cum_weights=..., k=k) for a population of
   *  length n: k indices chosen with replacement. `weights` are summed in
   *  float arithmetic, which is Python's for float weights and for int
   *  weights while their total is below 2**53; other weights (big ints,
   *  Fractions) must be accumulated by the caller and passed as cumWeights.
   *  With n == 0 and no weights the indices are 0, which the caller's
   *  indexing turns into IndexError as CPython does. */
  choices(n: number, k: number, weights: ArrayLike<number> | null = null,
          cumWeights: ArrayLike<PyInt> | null = null): number[] {
    const result: number[] = [];
    if (cumWeights === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) result.push(Math.floor(this.random() * n));
        return result;
      }
      const sums = new Array<number>(weights.length);
      let sum = 0;
      for (let i = 0; i < weights.length; i++) sums[i] = sum = i === 0 ? weights[0] : sum + weights[i];
      cumWeights = sums;
    } else if (weights !== null) {
      raise('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) raise('ValueError', 'The number of weights does not match the population');
    if (n === 0) raise('IndexError', 'list index out of range');
    const total = intToFloat(cumWeights[n - 1]) + 0.0;
    if (total <= 0.0) raise('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) raise('ValueError', 'Total of weights must be finite');
    for (let i = 0; i < k; i++) result.push(bisectRight(cumWeights, this.random() * total, 0, n - 1));
    return result;
  }

  // ---- Real-valued distributions (Lib/random.py), float arguments ----

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** When mode is given and high == low, CPython's division by zero makes it
   *  return the `low` object itself (an int stays an int); the caller must
   *  keep that object's type. */
  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    const u = this.random();
    if (mode !== null && high - low === 0) return low;
    const c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) return high + (low - high) * Math.sqrt((1.0 - u) * (1.0 - c));
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** Kinderman and Monahan's ratio-of-uniforms method. */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = magic().nv * (u1 - 0.5) / u2;
      const zz = z * z / 4.0;
      if (zz <= -crLog(u2)) break;
    }
    return mu + z * sigma;
  }

  /** Box-Muller: each pair of draws gives two normals; the second waits in
   *  gaussNext for the next call. */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * crLog(1.0 - this.random()));
      z = crCos(x2pi) * g2rad;
      this.gaussNext = crSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return crExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    return floatDiv(-crLog(1.0 - this.random()), lambd);
  }

  /** Fisher's algorithm for the von Mises distribution. */
  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      z = crCos(Math.PI * this.random());
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? floatMod(mu + crAcos(f), TWOPI) : floatMod(mu - crAcos(f), TWOPI);
  }

  /** Cheng's method for alpha > 1, the exponential for alpha == 1, and
   *  algorithm GS (Kennedy and Gentle) below 1. */
  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) raise('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - magic().log4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = crLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * crExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + magic().sg - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -crLog(1.0 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? floatPow(p, 1.0 / alpha) : -crLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= floatPow(x, alpha - 1.0)) break;
      } else if (u1 <= crExp(-x)) {
        break;
      }
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    return y ? y / (y + this.gammavariate(beta, 1.0)) : 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return floatPow(u, floatDiv(-1.0, alpha));
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * floatPow(-crLog(u), floatDiv(1.0, beta));
  }
}

/** randrange's treatment of an argument that operator.index() refused:
 *  `asInt` is int(arg) and `exact` whether int(arg) == arg. Integral values
 *  are accepted with a DeprecationWarning; others warn and raise ValueError.
 *  `which` names the argument as CPython's message does. */
export function randrangeNonIndexArg(asInt: PyInt, exact: boolean, which: 'arg 1' | 'stop' | 'step',
                                     warn: Warn): PyInt {
  if (!exact) {
    warn('DeprecationWarning', 'randrange() will raise TypeError in the future');
    raise('ValueError', `non-integer ${which} for randrange()`);
  }
  warn('DeprecationWarning', 'non-integer arguments to randrange() have been deprecated '
    + 'since Python 3.10 and will be removed in a subsequent version');
  return asInt;
}

// ---- Seeds ----

/** The init_by_array key of an int seed: |a| in 32-bit words, least
 *  significant first; 0 gives [0]. */
function intSeedKey(a: PyInt): Uint32Array {
  if (typeof a === 'number') {
    const n = Math.abs(a);
    return n < TWO32 ? Uint32Array.of(n) : Uint32Array.of(n % TWO32, Math.floor(n / TWO32));
  }
  let n = a < 0n ? -a : a;
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(words);
}

/** The key of a version 2 str/bytes seed: the words of the big-endian int
 *  a + sha512(a).digest(), least significant first, leading zeros dropped. */
function bytesSeedKey(data: Uint8Array): Uint32Array {
  const hash = new SHA512(false);
  hash.update(data);
  const bytes = new Uint8Array(data.length + 64);
  bytes.set(data);
  bytes.set(hash.digest(), data.length);
  let first = 0;
  while (first < bytes.length && bytes[first] === 0) first++;
  const words = new Uint32Array(Math.max(1, Math.ceil((bytes.length - first) / 4)));
  for (let i = 0, end = bytes.length; end > first; i++, end -= 4) {
    const start = Math.max(first, end - 4);
    let w = 0;
    for (let p = start; p < end; p++) w = w * 256 + bytes[p];
    words[i] = w;
  }
  return words;
}

/** Version 1 seeding of str and bytes (bytes read as latin-1): the string
 *  hash of Python 2, kept to reproduce old sequences. */
function versionOneSeed(a: string | Uint8Array): bigint {
  const codes = typeof a === 'string' ? Array.from(a, (c) => c.codePointAt(0) as number) : Array.from(a);
  if (codes.length === 0) return 0n;
  let x = BigInt(codes[0]) << 7n;
  for (const c of codes) x = BigInt.asUintN(64, 1000003n * x) ^ BigInt(c);
  return x ^ BigInt(codes.length);
}

/** str.encode(): UTF-8, refusing lone surrogates as CPython's codec does. */
function encodeUtf8(s: string): Uint8Array {
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(s);
  if (lone) {
    const position = Array.from(s.slice(0, lone.index)).length;
    const code = lone[0].charCodeAt(0).toString(16);
    raise('UnicodeEncodeError',
      `'utf-8' codec can't encode character '\\u${code}' in position ${position}: surrogates not allowed`);
  }
  return new TextEncoder().encode(s);
}

// ---- Python int helpers (number when safe, bigint beyond) ----

function normalize(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return normalize(BigInt(a) + BigInt(b));
}

function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (Number.isSafeInteger(s)) return s;
  }
  return normalize(BigInt(a) - BigInt(b));
}

function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (Number.isSafeInteger(p)) return p;
  }
  return normalize(BigInt(a) * BigInt(b));
}

/** a // b, rounding toward minus infinity like Python. */
function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    const q = (a - r) / b;
    return r !== 0 && (r < 0) !== (b < 0) ? q - 1 : q;
  }
  const x = BigInt(a), y = BigInt(b);
  const q = x / y;
  return normalize((x % y !== 0n) && ((x < 0n) !== (y < 0n)) ? q - 1n : q);
}

/** a % b with the sign of b, like Python. */
function pyMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

function bitLength(n: PyInt): number {
  if (typeof n === 'number') {
    return n < TWO32 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / TWO32));
  }
  return (n < 0n ? -n : n).toString(2).length - (n === 0n ? 1 : 0);
}

/** float(int), which raises instead of rounding to infinity. */
function intToFloat(n: PyInt): number {
  const x = Number(n);
  if (!Number.isFinite(x) && typeof n === 'bigint') raise('OverflowError', 'int too large to convert to float');
  return x;
}

/** int(x) of a finite integral float. */
function floatToInt(x: number): PyInt {
  return Number.isSafeInteger(x) ? x : BigInt(x);
}

/** The C int conversion of argument clinic, with its OverflowError. */
function toCInt(k: PyInt): number {
  if (k > 2147483647 || k < -2147483648) raise('OverflowError', 'Python int too large to convert to C int');
  return Number(k);
}

function toCLong(k: PyInt): PyInt {
  if (k > 0x7fffffffffffffffn || k < -0x8000000000000000n) {
    raise('OverflowError', 'Python int too large to convert to C long');
  }
  return k;
}

/** PyLong_AsUnsignedLong, then the (uint32_t) cast that keeps the low word. */
function toCUnsignedLong(k: PyInt): number {
  if (k < 0) raise('OverflowError', "can't convert negative value to unsigned int");
  if (k > 0xffffffffffffffffn) raise('OverflowError', 'Python int too large to convert to C unsigned long');
  return typeof k === 'number' ? k % TWO32 : Number(k & 0xffffffffn);
}

/** bisect.bisect_right(a, x, lo, hi); JS compares number with bigint exactly,
 *  as Python compares float with int. */
function bisectRight(a: ArrayLike<PyInt>, x: PyInt, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---- Python float operators used by the variates ----

/** float / float, with Python's ZeroDivisionError. */
function floatDiv(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** float % float: the result takes the sign of the divisor. */
function floatMod(a: number, b: number): number {
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return (m < 0) !== (b < 0) ? m + b : m;
}

/** Lib/random.py's module constants, computed as it computes them. */
let MAGIC: { nv: number; log4: number; sg: number } | null = null;
/** Lib/random.py's module constants, computed as it computes them, on first use: libm's tables are built then, not at start-up. */
function magic(): { nv: number; log4: number; sg: number } {
  return (MAGIC ??= { nv: 4 * crExp(-0.5) / Math.sqrt(2.0), log4: crLog(4.0), sg: 1.0 + crLog(4.5) });
}
