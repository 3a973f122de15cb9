// Message digests for hashlib and for random.seed(str/bytes): MD5, SHA-1 and
// the SHA-2 family, in plain TypeScript (no node:crypto, so they run in a
// browser too). Each object behaves like a hashlib object: incremental
// update(), digest()/hexdigest() that leave the state untouched, copy(), and
// hashlib's name, digest_size and block_size.
//
// The round constants of SHA-2 and MD5 are derived at load time from their
// definitions (roots of primes, sines) instead of being typed out as tables.

import { raise } from './pyerror.js';

/** The interface of a hashlib hash object. */
export interface Digest {
  readonly name: string;
  readonly digest_size: number;
  readonly block_size: number;
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  hexdigest(): string;
  copy(): Digest;
}

/** hashlib.new(name) for the algorithms implemented here; names are
 *  case-insensitive as with OpenSSL-backed hashlib. */
export function newDigest(name: string): Digest {
  switch (name.toLowerCase()) {
    case 'md5': return new MD5();
    case 'sha1': return new SHA1();
    case 'sha224': return new SHA256(true);
    case 'sha256': return new SHA256(false);
    case 'sha384': return new SHA512(true);
    case 'sha512': return new SHA512(false);
  }
  return raise('ValueError', `unsupported hash type ${name}`);
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]];
  return s;
}

/** The buffering shared by every Merkle–Damgård hash: input is cut into
 *  blocks of block_size bytes and each full block goes to compress(). */
abstract class BlockDigest implements Digest {
  abstract readonly name: string;
  abstract readonly digest_size: number;
  protected readonly buffer: Uint8Array;
  protected buffered = 0;
  /** Total bytes hashed; a double counts bytes exactly up to 2**53. */
  protected length = 0;

  constructor(readonly block_size: number) {
    this.buffer = new Uint8Array(block_size);
  }

  protected abstract compress(data: Uint8Array, offset: number): void;
  protected abstract clone(): BlockDigest;
  /** Pad the buffered tail, compress it and write the digest bytes. */
  protected abstract finish(): Uint8Array;

  update(data: Uint8Array): void {
    const size = this.block_size;
    let pos = 0;
    this.length += data.length;
    if (this.buffered > 0) {
      const take = Math.min(size - this.buffered, data.length);
      this.buffer.set(data.subarray(0, take), this.buffered);
      this.buffered += take;
      pos = take;
      if (this.buffered < size) return;
      this.compress(this.buffer, 0);
      this.buffered = 0;
    }
    // Full blocks are compressed straight from the input, without copying.
    for (; pos + size <= data.length; pos += size) this.compress(data, pos);
    if (pos < data.length) {
      this.buffer.set(data.subarray(pos), 0);
      this.buffered = data.length - pos;
    }
  }

  digest(): Uint8Array {
    return this.clone().finish();
  }

  hexdigest(): string {
    return toHex(this.digest());
  }

  copy(): Digest {
    return this.clone();
  }

  protected copyInto<T extends BlockDigest>(other: T): T {
    other.buffer.set(this.buffer);
    other.buffered = this.buffered;
    other.length = this.length;
    return other;
  }

  /** Append 0x80, zeros, and the message length in bits (lengthBytes wide,
   *  big- or little-endian), compressing as many blocks as that takes. */
  protected pad(lengthBytes: number, littleEndian: boolean): void {
    const size = this.block_size;
    const buf = this.buffer;
    buf[this.buffered++] = 0x80;
    if (this.buffered > size - lengthBytes) {
      buf.fill(0, this.buffered);
      this.compress(buf, 0);
      this.buffered = 0;
    }
    buf.fill(0, this.buffered);
    // The bit length split into 32-bit halves: length < 2**53 bytes.
    const bitsLow = (this.length * 8) % 0x100000000;
    const bitsHigh = Math.floor(this.length / 0x20000000);
    const view = new DataView(buf.buffer, buf.byteOffset, size);
    if (littleEndian) {
      view.setUint32(size - 8, bitsLow, true);
      view.setUint32(size - 4, bitsHigh, true);
    } else {
      view.setUint32(size - 8, bitsHigh, false);
      view.setUint32(size - 4, bitsLow, false);
    }
    this.compress(buf, 0);
  }
}

/** Write 32-bit words into bytes, big- or little-endian. */
function wordsToBytes(words: ArrayLike<number>, count: number, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(count * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < count; i++) view.setUint32(4 * i, words[i], littleEndian);
  return out;
}

// ---- MD5 (RFC 1321) ----

/** T[i] = floor(|sin(i + 1)| * 2**32), as the RFC defines it. */
const MD5_T = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000));
/** Rotation amounts: four per round, repeated over the round's 16 steps. */
const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

export class MD5 extends BlockDigest {
  readonly name = 'md5';
  readonly digest_size = 16;
  private readonly h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  private readonly x = new Int32Array(16);

  constructor() {
    super(64);
  }

  protected compress(data: Uint8Array, offset: number): void {
    const x = this.x;
    for (let i = 0; i < 16; i++) {
      const p = offset + 4 * i;
      x[i] = data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24);
    }
    const h = this.h;
    let a = h[0], b = h[1], c = h[2], d = h[3];
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (b | ~d); g = (7 * i) & 15; }
      const s = MD5_S[((i >> 4) << 2) | (i & 3)];
      const t = (a + f + MD5_T[i] + x[g]) | 0;
      a = d; d = c; c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
  }

  protected clone(): MD5 {
    const other = this.copyInto(new MD5());
    other.h.set(this.h);
    return other;
  }

  protected finish(): Uint8Array {
    this.pad(8, true);
    return wordsToBytes(this.h, 4, true);
  }
}

// ---- SHA-1 (FIPS 180-4) ----

export class SHA1 extends BlockDigest {
  readonly name = 'sha1';
  readonly digest_size = 20;
  private readonly h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  private readonly w = new Int32Array(80);

  constructor() {
    super(64);
  }

  protected compress(data: Uint8Array, offset: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const p = offset + 4 * i;
      w[i] = (data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3];
    }
    for (let i = 16; i < 80; i++) {
      const v = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (v << 1) | (v >>> 31);
    }
    const h = this.h;
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
      else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
      e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0; h[4] = (h[4] + e) | 0;
  }

  protected clone(): SHA1 {
    const other = this.copyInto(new SHA1());
    other.h.set(this.h);
    return other;
  }

  protected finish(): Uint8Array {
    this.pad(8, false);
    return wordsToBytes(this.h, 5, false);
  }
}

// ---- SHA-2 constants, from their definitions in FIPS 180-4 ----

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) {
    if (primes.every((p) => n % p !== 0)) primes.push(n);
  }
  return primes;
}

/** floor(value ** (1/degree)) for a non-negative bigint, by Newton's method. */
function integerRoot(value: bigint, degree: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(value.toString(2).length / Number(degree)) + 1);
  for (;;) {
    const next = ((degree - 1n) * x + value / x ** (degree - 1n)) / degree;
    if (next >= x) return x;
    x = next;
  }
}

/** The first 64 bits of the fractional part of p ** (1/degree), as [high, low]
 *  32-bit halves: SHA-2's constants are these for the first primes. */
function rootFractionBits(p: number, degree: bigint): [number, number] {
  const bits = integerRoot(BigInt(p) << (64n * degree), degree) & 0xffffffffffffffffn;
  return [Number(bits >> 32n) | 0, Number(bits & 0xffffffffn) | 0];
}

/**
 * SHA-2's constants, computed on first use (the integer roots take a few
 * milliseconds that start-up should not pay). K512: cube roots of the first
 * 80 primes, and K256 the high halves of the first 64; initial values: square
 * roots of primes 1-8 (SHA-512, high halves for SHA-256) and of primes 9-16
 * (SHA-384, low halves for SHA-224).
 */
let sha2: { K512: Int32Array; K256: Int32Array; IV512: Int32Array; IV384: Int32Array; IV256: Int32Array; IV224: Int32Array } | null = null;

function sha2Constants(): NonNullable<typeof sha2> {
  if (sha2 !== null) return sha2;
  const primes = firstPrimes(80);
  const K512 = new Int32Array(160);
  primes.forEach((p, i) => K512.set(rootFractionBits(p, 3n), 2 * i));
  const IV512 = new Int32Array(16);
  const IV384 = new Int32Array(16);
  for (let i = 0; i < 8; i++) {
    IV512.set(rootFractionBits(primes[i], 2n), 2 * i);
    IV384.set(rootFractionBits(primes[i + 8], 2n), 2 * i);
  }
  sha2 = {
    K512,
    K256: Int32Array.from({ length: 64 }, (_, i) => K512[2 * i]),
    IV512,
    IV384,
    IV256: Int32Array.from({ length: 8 }, (_, i) => IV512[2 * i]),
    IV224: Int32Array.from({ length: 8 }, (_, i) => IV384[2 * i + 1]),
  };
  return sha2;
}

// ---- SHA-224 / SHA-256 ----

export class SHA256 extends BlockDigest {
  readonly name: string;
  readonly digest_size: number;
  private readonly h: Int32Array;
  private readonly w = new Int32Array(64);

  /** truncated: SHA-224, which differs only in its initial values and length. */
  constructor(private readonly truncated: boolean) {
    super(64);
    this.name = truncated ? 'sha224' : 'sha256';
    this.digest_size = truncated ? 28 : 32;
    const c = sha2Constants();
    this.h = (truncated ? c.IV224 : c.IV256).slice();
  }

  protected compress(data: Uint8Array, offset: number): void {
    const K256 = sha2Constants().K256;
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const p = offset + 4 * i;
      w[i] = (data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15], y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    const h = this.h;
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K256[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
  }

  protected clone(): SHA256 {
    const other = this.copyInto(new SHA256(this.truncated));
    other.h.set(this.h);
    return other;
  }

  protected finish(): Uint8Array {
    this.pad(8, false);
    return wordsToBytes(this.h, this.digest_size / 4, false);
  }
}

// ---- SHA-384 / SHA-512 ----
// 64-bit words are kept as [high, low] pairs of 32-bit ints; additions carry
// from the low half by comparing unsigned results.

export class SHA512 extends BlockDigest {
  readonly name: string;
  readonly digest_size: number;
  private readonly h: Int32Array;
  private readonly w = new Int32Array(160);

  /** truncated: SHA-384, which differs only in its initial values and length. */
  constructor(private readonly truncated: boolean) {
    super(128);
    this.name = truncated ? 'sha384' : 'sha512';
    this.digest_size = truncated ? 48 : 64;
    const c = sha2Constants();
    this.h = (truncated ? c.IV384 : c.IV512).slice();
  }

  protected compress(data: Uint8Array, offset: number): void {
    const K512 = sha2Constants().K512;
    const w = this.w;
    for (let i = 0; i < 32; i++) {
      const p = offset + 4 * i;
      w[i] = (data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3];
    }
    for (let i = 32; i < 160; i += 2) {
      // sigma0(w[t-15]) = rotr1 ^ rotr8 ^ shr7
      let xh = w[i - 30], xl = w[i - 29];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // sigma1(w[t-2]) = rotr19 ^ rotr61 ^ shr6
      xh = w[i - 4]; xl = w[i - 3];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      let lo = (s0l >>> 0) + (s1l >>> 0) + (w[i - 13] >>> 0) + (w[i - 31] >>> 0);
      const hi = s0h + s1h + w[i - 14] + w[i - 32] + Math.floor(lo / 0x100000000);
      lo |= 0;
      w[i] = hi | 0;
      w[i + 1] = lo;
    }
    const h = this.h;
    let ah = h[0], al = h[1], bh = h[2], bl = h[3], ch = h[4], cl = h[5], dh = h[6], dl = h[7];
    let eh = h[8], el = h[9], fh = h[10], fl = h[11], gh = h[12], gl = h[13], hh = h[14], hl = h[15];
    for (let i = 0; i < 160; i += 2) {
      // Sigma1(e) = rotr14 ^ rotr18 ^ rotr41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K512[i + 1] >>> 0) + (w[i + 1] >>> 0);
      const t1h = hh + S1h + chh + K512[i] + w[i] + Math.floor(t1l / 0x100000000);
      // Sigma0(a) = rotr28 ^ rotr34 ^ rotr39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l >>> 0) + (majl >>> 0);
      const t2h = S0h + majh + Math.floor(t2l / 0x100000000);
      hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
      const el2 = (dl >>> 0) + (t1l % 0x100000000);
      eh = (dh + t1h + Math.floor(el2 / 0x100000000)) | 0;
      el = el2 | 0;
      dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
      const al2 = (t1l % 0x100000000) + t2l % 0x100000000;
      ah = (t1h + t2h + Math.floor(al2 / 0x100000000)) | 0;
      al = al2 | 0;
    }
    this.addToState(0, ah, al); this.addToState(2, bh, bl);
    this.addToState(4, ch, cl); this.addToState(6, dh, dl);
    this.addToState(8, eh, el); this.addToState(10, fh, fl);
    this.addToState(12, gh, gl); this.addToState(14, hh, hl);
  }

  /** h[i..i+1] += the 64-bit word [high, low]. */
  private addToState(i: number, high: number, low: number): void {
    const h = this.h;
    const lo = (h[i + 1] >>> 0) + (low >>> 0);
    h[i] = (h[i] + high + Math.floor(lo / 0x100000000)) | 0;
    h[i + 1] = lo | 0;
  }

  protected clone(): SHA512 {
    const other = this.copyInto(new SHA512(this.truncated));
    other.h.set(this.h);
    return other;
  }

  protected finish(): Uint8Array {
    // The length field is 128 bits; its upper 64 bits are zero below 2**61 bytes.
    this.pad(16, false);
    return wordsToBytes(this.h, this.digest_size / 4, false);
  }
}
