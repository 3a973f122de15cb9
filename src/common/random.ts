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
// correctly rounded functions at the end of this file instead. glibc's are
// correctly rounded for all but about 1 in 1,000 inputs, so those rare
// inputs can still differ from CPython by one ulp.
//
// Python ints arrive and leave as `number` when safe integers, else `bigint`.
// Python floats are `number`; where a Python int and a float would behave
// differently the parameter says which it is.

import { raise } from './pyerror.js';
import { SHA512 } from './digest.js';

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
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
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
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = crLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * crExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
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

// ---- Correctly rounded log, exp, cos, sin, acos and pow ----
// Each is evaluated in double-double arithmetic (about 105 bits) and rounded
// once, which gives the correctly rounded result except when the exact value
// lies within 2**-100 relative of a rounding midpoint. The argument reduction
// tables are computed at load time from slowly converging series.
//
// Double-double results are returned as the high part, with the low part left
// in `LO`: this keeps the hot paths free of allocation.

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

// Tables, built once from series summed until their terms vanish.

/** 1/n! for n = 0..31, as double-doubles. */
const INV_FACT_H = new Float64Array(32);
const INV_FACT_L = new Float64Array(32);
INV_FACT_H[0] = 1;
for (let n = 1; n < 32; n++) {
  INV_FACT_H[n] = ddDiv(INV_FACT_H[n - 1], INV_FACT_L[n - 1], n, 0);
  INV_FACT_L[n] = LO;
}

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
const LN2_H = 2 * atanhSeries(ddDiv(1, 0, 3, 0), LO);
const LN2_L = 2 * LO;

/** log(j/64) for j = 45..91, indexed by j - 45: log's reduction table. */
const LOG_TABLE_FIRST = 45;
const LOG_TABLE_H = new Float64Array(47);
const LOG_TABLE_L = new Float64Array(47);
for (let j = LOG_TABLE_FIRST; j <= 91; j++) {
  // log(c) = 2 atanh((c - 1) / (c + 1)) with c = j/64.
  LOG_TABLE_H[j - LOG_TABLE_FIRST] = 2 * atanhSeries(ddDiv(j - 64, 0, j + 64, 0), LO);
  LOG_TABLE_L[j - LOG_TABLE_FIRST] = 2 * LO;
}

/** 1/(2k+1): log's series 2 atanh(s) = 2s (1 + s**2/3 + s**4/5 + ...), where
 *  |s| < 1/180 after reduction, summed to s**16. */
const ATANH_H = new Float64Array(9);
const ATANH_L = new Float64Array(9);
for (let k = 0; k < 9; k++) {
  ATANH_H[k] = ddDiv(1, 0, 2 * k + 1, 0);
  ATANH_L[k] = LO;
}

/** 2**(j/64) for j = 0..63: exp's reduction table. */
const EXP_TABLE_H = new Float64Array(64);
const EXP_TABLE_L = new Float64Array(64);
for (let j = 0; j < 64; j++) {
  EXP_TABLE_H[j] = expSeries(ddMulD(LN2_H, LN2_L, j / 64), LO);
  EXP_TABLE_L[j] = LO;
}
const LN2_64_H = LN2_H / 64, LN2_64_L = LN2_L / 64;

/** exp's series after reduction (|r| <= ln2/128): 1/n! up to n = 13. */
const EXP_H = INV_FACT_H.slice(0, 14);
const EXP_L = INV_FACT_L.slice(0, 14);
/** sin r / r and cos r as series in r**2, for |r| <= pi/4. */
const SIN_H = new Float64Array(15), SIN_L = new Float64Array(15);
const COS_H = new Float64Array(16), COS_L = new Float64Array(16);
for (let k = 0; k < 16; k++) {
  const sign = k % 2 ? -1 : 1;
  COS_H[k] = sign * INV_FACT_H[2 * k];
  COS_L[k] = sign * INV_FACT_L[2 * k];
  if (k < 15) {
    SIN_H[k] = sign * INV_FACT_H[2 * k + 1];
    SIN_L[k] = sign * INV_FACT_L[2 * k + 1];
  }
}

/** pi/2 as the sum of three doubles (about 160 bits), for sin and cos's
 *  argument reduction, which cancels the leading bits of arguments near
 *  multiples of pi/2. */
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

// Decomposing doubles into exponent and mantissa through a shared buffer.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

/** 2**e for -1022 <= e <= 1023, built from its bits. */
function pow2(e: number): number {
  U32[HIGH] = (e + 1023) << 20;
  U32[1 - HIGH] = 0;
  return F64[0];
}

/** log(x) for finite x > 0 as a double-double: x = 2**e m with m within a
 *  factor sqrt(2) of 1, m near the table point c = j/64, and
 *  log x = e ln2 + log c + 2 atanh((m - c) / (m + c)). */
function logDD(x: number): number {
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
  const th = ddMul(rh, rl, rh, rl);
  const ph = ddHorner(SIN_H, SIN_L, 8, th, LO);
  return ddMul(rh, rl, ph, LO);
}

function cosDD(rh: number, rl: number): number {
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

/** math.acos(x), correctly rounded. Near +-1, where acos is steep, it is
 *  2 asin(sqrt((1 -+ x)/2)), whose argument is exact. */
export function crAcos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) raise('ValueError', 'math domain error');
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

/** Lib/random.py's module constants, computed as it computes them. */
const NV_MAGICCONST = 4 * crExp(-0.5) / Math.sqrt(2.0);
const LOG4 = crLog(4.0);
const SG_MAGICCONST = 1.0 + crLog(4.5);
