// The format-spec mini-language of format(), str.format() and f-strings, as
// CPython 3.11's Python/formatter_unicode.c reads it: parsing a spec such as
// '*>+#012_.3f', laying a formatted value out in its field (fill, alignment,
// sign, thousands grouping, zero padding), and format() of a str.
//
// Strings are JS strings measured in code points: a surrogate pair is one
// character for widths, precisions and the fill.

import { raise } from './pyerror.js';
import { decimalValue } from './unicode.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/** A parsed format spec. Shared between calls through a cache: never mutate. */
export interface FormatSpec {
  /** The fill character (one code point); ' ' unless given, '0' after a leading 0. */
  readonly fill: string;
  /** '<', '>', '^' or '='. */
  readonly align: string;
  /** '+', '-', ' ', or '' when absent ('-' given explicitly is still a sign for the errors). */
  readonly sign: string;
  /** The 'z' flag (3.11): a negative result that rounds to zero loses its sign. */
  readonly noNegZero: boolean;
  /** The '#' flag. */
  readonly alternate: boolean;
  /** -1 when absent. */
  readonly width: number;
  /** ',' or '_' or '' (none). */
  readonly grouping: string;
  /** Digits per group: 3, or 4 for '_' with b, o, x, X. */
  readonly groupSize: number;
  /** -1 when absent. */
  readonly precision: number;
  /** The presentation type, one code point; '' for none (CPython's '\0'). */
  readonly type: string;
}

/** Py_ssize_t's maximum: widths and precisions beyond it are refused. */
const SSIZE_MAX = 9223372036854775807n;

/** V8's longest string; padding beyond it is CPython's MemoryError. */
const MAX_STRING_LENGTH = 0x1fffffe8;

/** Number of code points in s. */
export function cpLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** The first n code points of s (all of s when it is shorter). */
export function cpPrefix(s: string, n: number): string {
  if (!SURROGATE.test(s)) return s.slice(0, n);
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}

/** `ch` repeated n times; a string too long for JS is CPython's MemoryError. */
export function fillRun(ch: string, n: number): string {
  if (n <= 0) return '';
  if (n * ch.length > MAX_STRING_LENGTH) raise('MemoryError', '');
  return ch.repeat(n);
}

/** How CPython names a presentation type in errors: the character when it is
 *  printable ASCII other than space, else \x and its hex code. */
function typeForMessage(type: string): string {
  const cp = type === '' ? 0 : type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : '\\x' + cp.toString(16);
}

/** ValueError for a presentation type the value's type does not know. */
export function unknownFormatType(type: string, typeName: string): never {
  raise('ValueError', `Unknown format code '${typeForMessage(type)}' for object of type '${typeName.slice(0, 200)}'`);
}

// ---------------------------------------------------------------------------
// Parsing

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** Value of the last integer read by readInteger (module state: no allocation). */
let integerRead = 0;

/** Reads decimal digits (any Unicode decimal digit, as CPython) from chars[pos..end);
 *  returns the position after them and leaves their value in integerRead. */
function readInteger(chars: ArrayLike<string>, pos: number, end: number): number {
  const start = pos;
  let acc = 0;
  for (; pos < end; pos++) {
    const d = decimalValue(chars[pos]!.codePointAt(0)!);
    if (d < 0) break;
    acc = acc * 10 + d;
  }
  // A double cannot tell 2**63-1 from its neighbours: settle large values exactly.
  if (acc > 9e18) {
    let exact = 0n;
    for (let i = start; i < pos; i++) exact = exact * 10n + BigInt(decimalValue(chars[i]!.codePointAt(0)!));
    if (exact > SSIZE_MAX) raise('ValueError', 'Too many decimal digits in format string');
  }
  integerRead = acc;
  return pos;
}

/**
 * Parses a non-empty format spec with CPython's errors. `defaultType` and
 * `defaultAlign` are the value type's ('s' and '<' for str, 'd' and '>' for int,
 * '' and '>' for float and complex); `typeName` names the type in errors.
 */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string,
                                typeName: string): FormatSpec {
  const chars: ArrayLike<string> = SURROGATE.test(spec) ? Array.from(spec) : spec;
  const end = chars.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let fillGiven = false;
  let alignGiven = false;
  if (end >= 2 && isAlign(chars[1])) {
    fill = chars[0]!;
    align = chars[1]!;
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (end >= 1 && isAlign(chars[0])) {
    align = chars[0]!;
    alignGiven = true;
    pos = 1;
  }
  let sign = '';
  if (pos < end && (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ')) sign = chars[pos++]!;
  let noNegZero = false;
  if (pos < end && chars[pos] === 'z') {
    noNegZero = true;
    pos++;
  }
  let alternate = false;
  if (pos < end && chars[pos] === '#') {
    alternate = true;
    pos++;
  }
  // A leading 0 means zero padding; it implies '=' only for numbers, whose
  // default alignment is '>' (since 3.10 strings stay left-aligned).
  if (!fillGiven && pos < end && chars[pos] === '0') {
    fill = '0';
    if (!alignGiven && defaultAlign === '>') align = '=';
    pos++;
  }
  const widthAt = pos;
  pos = readInteger(chars, pos, end);
  const width = pos === widthAt ? -1 : integerRead;

  let grouping = '';
  if (pos < end && chars[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (pos < end && chars[pos] === '_') {
    if (grouping !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  // '_,' is refused here; ',,' is left for the type check below (the second ',' is the type).
  if (pos < end && chars[pos] === ',' && grouping === '_') raise('ValueError', "Cannot specify both ',' and '_'.");

  let precision = -1;
  if (pos < end && chars[pos] === '.') {
    pos++;
    const precisionAt = pos;
    pos = readInteger(chars, pos, end);
    if (pos === precisionAt) raise('ValueError', 'Format specifier missing precision');
    precision = integerRead;
  }

  if (end - pos > 1) {
    raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName.slice(0, 200)}'`);
  }
  let type = defaultType;
  if (end - pos === 1) type = chars[pos] === '\0' ? '' : chars[pos]!;

  let groupSize = 3;
  if (grouping !== '') {
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        // PEP 515: '_' groups bin/oct/hex digits by four; ',' stays decimal-only.
        if (grouping === '_') {
          groupSize = 4;
          break;
        }
      // falls through
      default:
        raise('ValueError', `Cannot specify '${grouping}' with '${typeForMessage(type)}'.`);
    }
  }
  return { fill, align, sign, noNegZero, alternate, width, grouping, groupSize, precision, type };
}

/**
 * A cache of parsed specs for one value type: f-strings and str.format in loops
 * parse the same few specs again and again. Errors are never cached, so their
 * messages can name the value's (sub)type.
 */
export class SpecCache {
  private readonly specs = new Map<string, FormatSpec>();

  constructor(private readonly defaultType: string, private readonly defaultAlign: string) {}

  get(spec: string, typeName: string): FormatSpec {
    let parsed = this.specs.get(spec);
    if (parsed === undefined) {
      parsed = parseFormatSpec(spec, this.defaultType, this.defaultAlign, typeName);
      // Generated specs could grow the cache without bound: start over instead.
      if (this.specs.size >= 512) this.specs.clear();
      this.specs.set(spec, parsed);
    }
    return parsed;
  }
}

// ---------------------------------------------------------------------------
// Layout

/** body (of `len` code points) padded with fill to `width` per align '<', '>' or
 *  '^' (CPython's calc_padding; '^' puts the odd character on the right). */
export function padField(body: string, len: number, width: number, align: string, fill: string): string {
  const padding = width - len;
  if (padding <= 0) return body;
  if (align === '<') return body + fillRun(fill, padding);
  if (align === '^') {
    const left = padding >> 1;
    return fillRun(fill, left) + body + fillRun(fill, padding - left);
  }
  return fillRun(fill, padding) + body;
}

/**
 * digits with a separator every `size` digits from the right, first padded with
 * zeros to at least minWidth characters (separators included), as CPython's
 * _PyUnicode_InsertThousandsGrouping does for zero-filled fields:
 * format(1234, '09,') is '0,001,234'. `sep` '' means no grouping.
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (sep === '') return minWidth > digits.length ? fillRun('0', minWidth - digits.length) + digits : digits;
  const groups: string[] = [];
  let remaining = digits.length;
  let min = minWidth;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, min, 1));
    const chars = Math.min(remaining, len);
    const group = digits.slice(remaining - chars, remaining);
    groups.push(chars < len ? fillRun('0', len - chars) + group : group);
    remaining -= chars;
    min -= len;
    if (remaining <= 0 && min <= 0) break;
    min -= sep.length;
  }
  return groups.reverse().join(sep);
}

/**
 * A number laid out in its field (CPython's calc_number_widths + fill_number):
 * [padding] sign prefix [zero or '=' padding] grouped-digits rest [padding].
 * `digits` is the integer part (grouped and zero padded), `rest` what follows it
 * (decimal point, fraction, exponent, '%', 'inf', or the character of 'c'),
 * `restLen` its length in code points. `signMode` is the spec's sign.
 */
export function layoutNumber(signMode: string, negative: boolean, prefix: string, digits: string,
                             rest: string, restLen: number, sep: string, groupSize: number,
                             fill: string, align: string, width: number): string {
  const sign = negative ? '-' : signMode === '+' ? '+' : signMode === ' ' ? ' ' : '';
  const nonDigits = sign.length + prefix.length + restLen;
  const minWidth = fill === '0' && align === '=' ? width - nonDigits : 0;
  const grouped = digits === '' ? '' : groupDigits(digits, minWidth, sep, groupSize);
  const padding = width - nonDigits - grouped.length;
  if (padding <= 0) return sign + prefix + grouped + rest;
  switch (align) {
    case '<':
      return sign + prefix + grouped + rest + fillRun(fill, padding);
    case '^': {
      const left = padding >> 1;
      return fillRun(fill, left) + sign + prefix + grouped + rest + fillRun(fill, padding - left);
    }
    case '=':
      return sign + prefix + fillRun(fill, padding) + grouped + rest;
    default:
      return fillRun(fill, padding) + sign + prefix + grouped + rest;
  }
}

// ---------------------------------------------------------------------------
// str

const STR_SPECS = new SpecCache('s', '<');

/** format(s, spec) for a str; `typeName` names a subclass in errors. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = STR_SPECS.get(spec, typeName);
  if (f.type !== 's') unknownFormatType(f.type, typeName);
  if (f.sign === ' ') raise('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') raise('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = cpPrefix(s, f.precision);
    len = f.precision;
  }
  return padField(s, len, f.width, f.align, f.fill);
}
