// The time module (Modules/timemodule.c, and Lib/_strptime.py for strptime;
// CPython 3.11).
//
// The local time zone is UTC: localtime() is gmtime() with the zone named
// 'UTC', timezone = altzone = 0, daylight = 0, tzname = ('UTC', 'UTC'). That
// is what CPython shows on a machine or container set to UTC (and the
// conformance goldens are recorded so); other zones are not modelled.
// strftime is glibc's in the C locale; strptime follows _strptime's regular
// expressions and date arithmetic for every directive of the C locale.

import { PyObject, decref, releaseAll } from '../runtime/object.js';
import { newBuiltin, checkArgs, noKw, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyInt, newInt, newIntValue, numberIndex, type Int } from '../runtime/types/int.js';
import { PyFloat, newFloat } from '../runtime/types/float.js';
import { None, newNone } from '../runtime/types/none.js';
import { PyStr, newStr, tupleArgs } from '../runtime/types/str.js';
import { PyTuple, newTuple } from '../runtime/types/tuple.js';
import { PyModule } from '../runtime/types/module.js';
import { newException, KeyboardInterruptType, OSErrorType } from '../runtime/types/exceptions.js';
import { structSeqType, newStructSeq, type PyStructSeq } from '../runtime/types/structseq.js';
import { ts } from '../runtime/types/frame.js';
import { typeError, valueError, overflowError } from '../runtime/errors.js';
import { call as callObject } from '../runtime/abstract.js';
import { newBool } from '../runtime/types/bool.js';
import { reprStr } from '../common/repr.js';
import type { Interpreter } from '../runtime/interp.js';
import { bindPyArgs, type PySignature } from './pyargs.js';

// ---------------------------------------------------------------- struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

/** struct_time: the 9 fields of the tuple, and tm_zone and tm_gmtoff as attributes only. */
export const StructTimeType = structSeqType('struct_time', 'time', [...FIELDS, 'tm_zone', 'tm_gmtoff'],
  { visible: 9, constructable: true });

/** The broken-down time of C's struct tm (months 1-12, weekdays Monday = 0, as Python shows them). */
interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

function structTime(tm: Tm): PyStructSeq {
  const items: PyObject[] = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst].map((v) => newInt(v));
  items.push(tm.zone === null ? newNone() : newStr(tm.zone), tm.gmtoff === null ? newNone() : newInt(tm.gmtoff));
  return newStructSeq(StructTimeType, items);
}

// ---------------------------------------------------------------- calendar arithmetic (proleptic Gregorian)

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const CUM_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days since 1970-01-01 of a date (any month/day counts, as timegm normalises them). */
function daysFromCivil(y: number, m: number, d: number): number {
  // Normalise the month into [1, 12] first.
  y += Math.floor((m - 1) / 12);
  m = ((m - 1) % 12 + 12) % 12 + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** gmtime for whole seconds since the epoch. */
function breakDown(secs: number, zone: string): Tm {
  const days = Math.floor(secs / 86400);
  let rem = secs - days * 86400;
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  // civil_from_days
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const mday = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mon = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (mon <= 2 ? 1 : 0);
  const yday = CUM_DAYS[mon - 1] + mday + (mon > 2 && isLeap(year) ? 1 : 0);
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const wday = ((days % 7) + 7 + 3) % 7;
  return { year, mon, mday, hour, min, sec, wday, yday, isdst: 0, zone, gmtoff: 0 };
}

// ---------------------------------------------------------------- argument conversion

const TIME_T_MAX = 9223372036854775807;

/** _PyTime_ObjectToTime_t with ROUND_FLOOR: a timestamp in whole seconds. */
function timeT(o: PyObject): number {
  if (o instanceof PyFloat) {
    const x = o.v;
    if (x !== x) throw valueError('Invalid value NaN (not a number)');
    const f = Math.floor(x);
    if (!(f >= -TIME_T_MAX - 1 && f < TIME_T_MAX)) throw overflowError('timestamp out of range for platform time_t');
    return f;
  }
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  if (typeof v === 'bigint') {
    if (v > 9223372036854775807n || v < -9223372036854775808n) throw overflowError('timestamp out of range for platform time_t');
    return Number(v);
  }
  return v;
}

/** gmtime/localtime: the current time when secs is None or absent. */
function brokenDownArg(a: PyObject[], zone: string): Tm {
  const secs = a.length === 0 || a[0] === None ? Math.floor(nowSeconds()) : timeT(a[0]);
  const tm = breakDown(secs, zone);
  // glibc's gmtime fails when the year does not fit a C int.
  if (tm.year - 1900 > 2147483647 || tm.year - 1900 < -2147483648) {
    throw newException(OSErrorType, '[Errno 75] Value too large for defined data type');
  }
  return tm;
}

/** gettmarg: a struct_time or 9-tuple as a Tm (C's ranges are checked by checkTm). */
function tmArg(fname: string, o: PyObject): Tm {
  if (!(o instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  const items = o.items;
  if (items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const v = items.map((x) => {
    const r = numberIndex(x);
    const n = Number(r.v);
    decref(r);
    return n;
  });
  const st = o.type === StructTimeType ? o as PyStructSeq : null;
  return {
    year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8],
    zone: st !== null && st.hidden[0] instanceof PyStr ? st.hidden[0].v : null,
    gmtoff: st !== null && st.hidden[1] instanceof PyInt ? Number(st.hidden[1].v) : null,
  };
}

/** checktm: C's struct tm ranges (a month or day of 0 means the first). */
function checkTm(tm: Tm): void {
  if (tm.mon === 0) tm.mon = 1;
  else if (tm.mon < 1 || tm.mon > 12) throw valueError('month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueError('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw valueError('hour out of range');
  if (tm.min < 0 || tm.min > 59) throw valueError('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw valueError('seconds out of range');
  if (tm.wday < 0) throw valueError('day of week out of range');
  if (tm.yday === 0) tm.yday = 1;
  else if (tm.yday < 0 || tm.yday > 366) throw valueError('day of year out of range');
  tm.wday %= 7;
}

/** The current time as a broken-down local (UTC) time. */
function nowTm(): Tm {
  return breakDown(Math.floor(nowSeconds()), 'UTC');
}

// ---------------------------------------------------------------- clocks

// Read when first used: touching `performance` loads Node's perf_hooks, a cost every start-up would pay.
const perf = { get timeOrigin(): number { return globalThis.performance.timeOrigin; }, now: (): number => globalThis.performance.now() };

/** Seconds since the epoch, with sub-millisecond precision where the host has it. */
function nowSeconds(): number {
  return (perf.timeOrigin + perf.now()) / 1000;
}

function nowNanos(): bigint {
  const ms = perf.timeOrigin + perf.now();
  return BigInt(Math.floor(ms)) * 1000000n + BigInt(Math.round((ms % 1) * 1e6));
}

/** A monotonic clock in nanoseconds (CLOCK_MONOTONIC's role). */
function monotonicNanos(): bigint {
  const hr = (globalThis as { process?: { hrtime?: { bigint(): bigint } } }).process?.hrtime;
  return hr !== undefined ? hr.bigint() : BigInt(Math.round(perf.now() * 1e6));
}

/** CPU time of the process in nanoseconds (wall time where the host cannot tell). */
function processNanos(): bigint {
  const usage = (globalThis as { process?: { cpuUsage?(): { user: number; system: number } } }).process?.cpuUsage;
  if (usage === undefined) return monotonicNanos();
  const u = usage();
  return BigInt(u.user + u.system) * 1000n;
}

const SLEEP_STEP_MS = 20;
let sleepCell: Int32Array | null = null;

/** time.sleep: blocks the thread (Atomics.wait), waking early for Ctrl-C as CPython does. */
function sleep(o: PyObject): void {
  let secs: number;
  if (o instanceof PyFloat) {
    secs = o.v;
    if (secs !== secs) throw valueError('Invalid value NaN (not a number)');
  } else {
    const r = numberIndex(o);
    secs = Number(r.v);
    decref(r);
  }
  if (secs < 0) throw valueError('sleep length must be non-negative');
  if (!(secs * 1e9 < 9.223372036854776e18)) throw overflowError('timestamp too large to convert to C _PyTime_t');
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  const end = perf.now() + secs * 1000;
  for (let left = secs * 1000; left > 0; left = end - perf.now()) {
    Atomics.wait(sleepCell, 0, 0, Math.min(left, SLEEP_STEP_MS));
    const flag = ts.interrupt;
    if (flag !== null && flag[0] !== 0) {
      flag[0] = 0;
      throw newException(KeyboardInterruptType, null);
    }
  }
}

// ---------------------------------------------------------------- strftime (glibc, C locale)

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function pad(n: number, width: number, fill = '0'): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + s.padStart(width - (n < 0 ? 1 : 0), fill);
}

/** Monday-based weekday to C's Sunday = 0. */
function cWday(tm: Tm): number {
  return (tm.wday + 1) % 7;
}

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const yday = tm.yday - 1;
  const wdayMon = tm.wday;
  // The Thursday of this week decides the year.
  const thursday = yday - wdayMon + 3;
  const len = (y: number) => (isLeap(y) ? 366 : 365);
  if (thursday < 0) return [tm.year - 1, Math.floor((thursday + len(tm.year - 1)) / 7) + 1];
  if (thursday >= len(tm.year)) return [tm.year + 1, 1];
  return [tm.year, Math.floor(thursday / 7) + 1];
}

/** The numeric conversions: value, natural width and padding. */
const NUMERIC: Record<string, [(tm: Tm) => number, number, string]> = {
  C: [(tm) => Math.floor(tm.year / 100), 2, '0'],
  d: [(tm) => tm.mday, 2, '0'],
  e: [(tm) => tm.mday, 2, ' '],
  g: [(tm) => ((isoWeek(tm)[0] % 100) + 100) % 100, 2, '0'],
  G: [(tm) => isoWeek(tm)[0], 1, '0'],
  H: [(tm) => tm.hour, 2, '0'],
  I: [(tm) => hour12(tm), 2, '0'],
  j: [(tm) => tm.yday, 3, '0'],
  k: [(tm) => tm.hour, 2, ' '],
  l: [(tm) => hour12(tm), 2, ' '],
  m: [(tm) => tm.mon, 2, '0'],
  M: [(tm) => tm.min, 2, '0'],
  s: [(tm) => daysFromCivil(tm.year, tm.mon, tm.mday) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec - (tm.gmtoff ?? 0), 1, '0'],
  S: [(tm) => tm.sec, 2, '0'],
  u: [(tm) => tm.wday + 1, 1, '0'],
  U: [(tm) => Math.floor((tm.yday - 1 + 7 - cWday(tm)) / 7), 2, '0'],
  V: [(tm) => isoWeek(tm)[1], 2, '0'],
  w: [(tm) => cWday(tm), 1, '0'],
  W: [(tm) => Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2, '0'],
  y: [(tm) => ((tm.year % 100) + 100) % 100, 2, '0'],
  Y: [(tm) => tm.year, 1, '0'],
};

function hour12(tm: Tm): number {
  return tm.hour % 12 === 0 ? 12 : tm.hour % 12;
}

/** The conversions that are text, or compositions of others; null for an unknown one. */
function textField(c: string, tm: Tm): string | null {
  switch (c) {
    case 'a': return DAY_NAMES[tm.wday].slice(0, 3);
    case 'A': return DAY_NAMES[tm.wday];
    case 'b': case 'h': return MONTH_NAMES[tm.mon - 1].slice(0, 3);
    case 'B': return MONTH_NAMES[tm.mon - 1];
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', tm);
    case 'D': case 'x': return strftime('%m/%d/%y', tm);
    case 'F': return strftime('%Y-%m-%d', tm);
    case 'n': return '\n';
    case 'p': return tm.hour < 12 ? 'AM' : 'PM';
    case 'P': return tm.hour < 12 ? 'am' : 'pm';
    case 'r': return strftime('%I:%M:%S %p', tm);
    case 'R': return strftime('%H:%M', tm);
    case 't': return '\t';
    case 'T': case 'X': return strftime('%H:%M:%S', tm);
    case 'z': {
      const off = tm.gmtoff ?? 0;
      const a = Math.abs(off);
      return `${off < 0 ? '-' : '+'}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor(a / 60) % 60, 2)}`;
    }
    case 'Z': return tm.zone ?? 'UTC';
    case '%': return '%';
    default: return null;
  }
}

/** glibc's strftime in the C locale, with its flags: '-' no padding, '_' spaces, '0' zeros,
 *  '^' upper case, '#' swapped case; a width pads the field. An unknown conversion is copied. */
function strftime(format: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const start = i++;
    let flags = '';
    while (i < format.length && '_-0^#'.includes(format[i])) flags += format[i++];
    let width = -1;
    while (i < format.length && format[i] >= '0' && format[i] <= '9') width = Math.max(width, 0) * 10 + Number(format[i++]);
    if (i < format.length && (format[i] === 'E' || format[i] === 'O')) i++;
    if (i >= format.length) {
      out += format.slice(start);
      break;
    }
    const c = format[i];
    const num = NUMERIC[c];
    if (num !== undefined) {
      const [value, natural, fill] = num;
      const v = value(tm);
      const padChar = flags.includes('_') ? ' ' : flags.includes('0') ? '0' : fill;
      const w = flags.includes('-') ? 1 : Math.max(width, natural);
      out += pad(v, w, padChar);
      continue;
    }
    let text = textField(c, tm);
    if (text === null) {
      out += format.slice(start, i + 1);
      continue;
    }
    if (flags.includes('^')) text = text.toUpperCase();
    else if (flags.includes('#')) text = 'aAbBh'.includes(c) ? text.toUpperCase() : text.toLowerCase();
    out += width > text.length ? text.padStart(width, flags.includes('0') ? '0' : ' ') : text;
  }
  return out;
}

// ---------------------------------------------------------------- strptime (Lib/_strptime.py, C locale)

/** _strptime's regular expression for each directive. */
const DIRECTIVES: Record<string, string> = {
  d: '(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?<f>[0-9]{1,6})',
  H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?<I>1[0-2]|0[1-9]|[1-9])',
  G: '(?<G>\\d\\d\\d\\d)',
  j: '(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(?<m>1[0-2]|0[1-9]|[1-9])',
  M: '(?<M>[0-5]\\d|\\d)',
  S: '(?<S>6[0-1]|[0-5]\\d|\\d)',
  U: '(?<U>5[0-3]|[0-4]\\d|\\d)',
  w: '(?<w>[0-6])',
  u: '(?<u>[1-7])',
  V: '(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(?<y>\\d\\d)',
  Y: '(?<Y>\\d\\d\\d\\d)',
  z: '(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)',
  A: `(?<A>${byLength(DAY_NAMES)})`,
  a: `(?<a>${byLength(DAY_NAMES.map((d) => d.slice(0, 3)))})`,
  B: `(?<B>${byLength(MONTH_NAMES)})`,
  b: `(?<b>${byLength(MONTH_NAMES.map((m) => m.slice(0, 3)))})`,
  p: '(?<p>am|pm)',
  Z: '(?<Z>utc|gmt)',
  W: '(?<W>5[0-3]|[0-4]\\d|\\d)',
  '%': '%',
};

/** Longest names first, so that a prefix does not win (_strptime's __seqToRE). */
function byLength(names: string[]): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.toLowerCase()).join('|');
}

/** The C locale's %c, %x and %X. */
const LOCALE_FORMATS: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

/** TimeRE.pattern: the format as a regular expression. */
function strptimePattern(format: string): string {
  let expanded = format;
  for (const [k, v] of Object.entries(LOCALE_FORMATS)) expanded = expanded.split(`%${k}`).join(v);
  let out = '';
  for (let i = 0; i < expanded.length; i++) {
    const ch = expanded[i];
    if (ch === '%') {
      const d = expanded[i + 1];
      if (d === undefined) throw valueError(`stray % in format '${format}'`);
      const re = DIRECTIVES[d];
      if (re === undefined) throw valueError(`'${d}' is a bad directive in format '%${d}'`);
      out += re;
      i++;
    } else if (/\s/.test(ch)) {
      while (i + 1 < expanded.length && /\s/.test(expanded[i + 1])) i++;
      out += '\\s+';
    } else {
      out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  return out;
}

function dayOfYear(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1) + 1;
}

function monthLength(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** _calc_julian_from_U_or_W. */
function julianFromWeek(year: number, week: number, weekday: number, mondayFirst: boolean): number {
  let firstWeekday = (daysFromCivil(year, 1, 1) + 3) % 7;
  firstWeekday = (firstWeekday + 7) % 7;
  if (!mondayFirst) {
    firstWeekday = (firstWeekday + 1) % 7;
    weekday = (weekday + 1) % 7;
  }
  const weekZeroLength = (7 - firstWeekday) % 7;
  if (week === 0) return 1 + weekday - firstWeekday;
  return weekZeroLength + 7 * (week - 1) + weekday + 1;
}

/** _strptime: the 11 fields of the result. */
function strptime(data: string, format: string): Tm {
  const re = new RegExp(`^(?:${strptimePattern(format)})`, 'i');
  const found = re.exec(data);
  if (found === null) throw valueError(`time data ${reprStr(data)} does not match format ${reprStr(format)}`);
  if (found[0].length !== data.length) throw valueError(`unconverted data remains: ${data.slice(found[0].length)}`);
  const g = found.groups ?? {};
  let year: number | null = null;
  let month = 1, day = 1, hour = 0, minute = 0, second = 0;
  let tz = -1;
  let gmtoff: number | null = null;
  let weekOfYear = -1, weekStart = -1;
  let weekday: number | null = null, julian: number | null = null;
  for (const [key, value] of Object.entries(g)) {
    if (value === undefined) continue;
    const low = value.toLowerCase();
    switch (key) {
      case 'y': year = Number(value) + (Number(value) <= 68 ? 2000 : 1900); break;
      case 'Y': year = Number(value); break;
      case 'm': month = Number(value); break;
      case 'B': month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === low) + 1; break;
      case 'b': month = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === low) + 1; break;
      case 'd': day = Number(value); break;
      case 'H': hour = Number(value); break;
      case 'I': {
        hour = Number(value);
        const ampm = (g.p ?? '').toLowerCase();
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (hour !== 12) {
          hour += 12;
        }
        break;
      }
      case 'M': minute = Number(value); break;
      case 'S': second = Number(value); break;
      case 'A': weekday = DAY_NAMES.findIndex((n) => n.toLowerCase() === low); break;
      case 'a': weekday = DAY_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === low); break;
      case 'w': weekday = Number(value) === 0 ? 6 : Number(value) - 1; break;
      case 'u': weekday = Number(value) - 1; break;
      case 'j': julian = Number(value); break;
      case 'U': case 'W':
        weekOfYear = Number(value);
        weekStart = key === 'U' ? 6 : 0;
        break;
      case 'z': gmtoff = zoneOffset(value); break;
      case 'Z': tz = 0; break;
    }
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapYearFix = true;
  } else if (year === null) {
    year = 1900;
  }
  if (julian === null && weekday !== null && weekOfYear !== -1) {
    julian = julianFromWeek(year, weekOfYear, weekday, weekStart === 0);
    if (julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    if (day > monthLength(year, month)) throw valueError('day is out of range for month');
    julian = dayOfYear(year, month, day);
  } else {
    const t = breakDown((daysFromCivil(year, 1, 1) + julian - 1) * 86400, '');
    year = t.year;
    month = t.mon;
    day = t.mday;
  }
  if (weekday === null) weekday = ((daysFromCivil(year, month, day) + 3) % 7 + 7) % 7;
  return {
    year: leapYearFix ? 1900 : year, mon: month, mday: day, hour, min: minute, sec: second, wday: weekday,
    yday: julian, isdst: tz, zone: g.Z ?? null, gmtoff,
  };
}

/** The seconds east of UTC of a %z value ('Z', '+HHMM', '-HH:MM:SS', ...). */
function zoneOffset(z: string): number {
  if (z === 'Z' || z === 'z') return 0;
  let rest = z.slice(1);
  if (rest[2] === ':') rest = rest.replace(/:/g, '');
  const hours = Number(rest.slice(0, 2));
  const minutes = Number(rest.slice(2, 4));
  const seconds = Number(rest.slice(4, 6) || '0');
  const off = (hours * 60 + minutes) * 60 + seconds;
  return z[0] === '-' ? -off : off;
}

// ---------------------------------------------------------------- the module

function strArg(fname: string, which: number, o: PyObject): string {
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument ${which} must be str, not ${o.type.name}`);
  return o.v;
}

/** asctime's text: "Thu Jan  1 00:00:00 1970". */
function asctime(tm: Tm): string {
  return `${DAY_NAMES[tm.wday].slice(0, 3)} ${MONTH_NAMES[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, ' ')} ` +
    `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

/** time.strptime is _strptime._strptime_time, a Python function. */
const STRPTIME_SIGNATURE: PySignature = { name: '_strptime_time', params: ['data_string', 'format'], kwonly: [], required: 1, self: 0 };

const FUNCTIONS: [string, NativeFn][] = [
  ['time', (_s, a, k) => (checkArgs('time.time', a, k, 0, 0), newFloat(nowSeconds()))],
  ['time_ns', (_s, a, k) => (checkArgs('time.time_ns', a, k, 0, 0), newIntValue(bigOrNumber(nowNanos())))],
  ['perf_counter', (_s, a, k) => (checkArgs('time.perf_counter', a, k, 0, 0), newFloat(Number(monotonicNanos()) / 1e9))],
  ['perf_counter_ns', (_s, a, k) => (checkArgs('time.perf_counter_ns', a, k, 0, 0), newIntValue(bigOrNumber(monotonicNanos())))],
  ['monotonic', (_s, a, k) => (checkArgs('time.monotonic', a, k, 0, 0), newFloat(Number(monotonicNanos()) / 1e9))],
  ['monotonic_ns', (_s, a, k) => (checkArgs('time.monotonic_ns', a, k, 0, 0), newIntValue(bigOrNumber(monotonicNanos())))],
  ['process_time', (_s, a, k) => (checkArgs('time.process_time', a, k, 0, 0), newFloat(Number(processNanos()) / 1e9))],
  ['process_time_ns', (_s, a, k) => (checkArgs('time.process_time_ns', a, k, 0, 0), newIntValue(bigOrNumber(processNanos())))],
  ['thread_time', (_s, a, k) => (checkArgs('time.thread_time', a, k, 0, 0), newFloat(Number(processNanos()) / 1e9))],
  ['thread_time_ns', (_s, a, k) => (checkArgs('time.thread_time_ns', a, k, 0, 0), newIntValue(bigOrNumber(processNanos())))],
  ['sleep', (_s, a, k) => (checkArgs('time.sleep', a, k, 1, 1), sleep(a[0]), newNone())],
  ['gmtime', (_s, a, k) => (tupleArgs('gmtime', 'gmtime', a, k, 0, 1), structTime(brokenDownArg(a, 'GMT')))],
  ['localtime', (_s, a, k) => (tupleArgs('localtime', 'localtime', a, k, 0, 1), structTime(brokenDownArg(a, 'UTC')))],
  ['mktime', (_s, a, k) => {
    checkArgs('time.mktime', a, k, 1, 1);
    const tm = tmArg('mktime', a[0]);
    const secs = daysFromCivil(tm.year, tm.mon, tm.mday) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
    return newFloat(secs);
  }],
  ['strftime', (_s, a, k) => {
    tupleArgs('strftime', 'strftime', a, k, 1, 2);
    const format = strArg('strftime', 1, a[0]);
    const tm = a.length > 1 ? tmArg('strftime', a[1]) : nowTm();
    checkTm(tm);
    return newStr(strftime(format, tm));
  }],
  ['strptime', (_s, a, k) => {
    const [data, format] = bindPyArgs(STRPTIME_SIGNATURE, a, k);
    [data, format].forEach((x, i) => {
      if (x !== null && !(x instanceof PyStr)) {
        throw typeError(`strptime() argument ${i} must be str, not <class '${x.type.name}'>`);
      }
    });
    return structTime(strptime((data as PyStr).v, format === null ? '%a %b %d %H:%M:%S %Y' : (format as PyStr).v));
  }],
  ['asctime', (_s, a, k) => {
    checkArgs('asctime', a, k, 0, 1);
    const tm = a.length > 0 ? tmArg('asctime', a[0]) : nowTm();
    checkTm(tm);
    return newStr(asctime(tm));
  }],
  ['ctime', (_s, a, k) => (tupleArgs('ctime', 'ctime', a, k, 0, 1), newStr(asctime(brokenDownArg(a, 'UTC'))))],
  ['tzset', (_s, a, k) => (checkArgs('time.tzset', a, k, 0, 0), newNone())],
  ['clock_gettime', (_s, a, k) => (exactlyOne('clock_gettime', a, k), newFloat(Number(clockNanos(a[0])) / 1e9))],
  ['clock_gettime_ns', (_s, a, k) => (exactlyOne('clock_gettime_ns', a, k), newIntValue(bigOrNumber(clockNanos(a[0]))))],
  ['clock_getres', (_s, a, k) => (exactlyOne('clock_getres', a, k), clockNanos(a[0]), newFloat(1e-9))],
];

/** PyArg_ParseTuple's "i:name": "clock_gettime() takes exactly 1 argument (0 given)". */
function exactlyOne(name: string, a: PyObject[], k: string[] | null): void {
  noKw(name, k);
  if (a.length !== 1) throw typeError(`${name}() takes exactly 1 argument (${a.length} given)`);
}

/** Linux's clock ids, as time.CLOCK_* names them. */
const CLOCKS: [string, number][] = [['CLOCK_REALTIME', 0], ['CLOCK_MONOTONIC', 1], ['CLOCK_PROCESS_CPUTIME_ID', 2],
  ['CLOCK_THREAD_CPUTIME_ID', 3], ['CLOCK_MONOTONIC_RAW', 4], ['CLOCK_BOOTTIME', 7], ['CLOCK_TAI', 11]];

/** clock_gettime(clk_id) in nanoseconds; an unknown id is EINVAL. */
function clockNanos(o: PyObject): bigint {
  const r = numberIndex(o);
  const id = Number(r.v);
  decref(r);
  switch (id) {
    case 0: case 11: return nowNanos();
    case 1: case 4: case 7: return monotonicNanos();
    case 2: case 3: return processNanos();
    default: throw newException(OSErrorType, '[Errno 22] Invalid argument');
  }
}

function bigOrNumber(v: bigint): Int {
  return v <= 9007199254740991n ? Number(v) : v;
}

/** What get_clock_info reports per clock: the Linux clock each reads, as CPython names it. */
const CLOCK_INFO: Record<string, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

/** time.get_clock_info(name): a types.SimpleNamespace (the class of sys.implementation). */
function getClockInfo(interp: Interpreter, a: PyObject[], k: string[] | null): PyObject {
  exactlyOne('get_clock_info', a, k);
  if (!(a[0] instanceof PyStr)) throw typeError(`get_clock_info() argument 1 must be str, not ${a[0].type.name}`);
  const info = Object.prototype.hasOwnProperty.call(CLOCK_INFO, a[0].v) ? CLOCK_INFO[a[0].v] : undefined;
  if (info === undefined) throw valueError('unknown clock');
  const impl = interp.sysAttr('implementation');
  if (impl === null) throw new Error('time.get_clock_info: sys.implementation missing');
  const vals = [newStr(info[0]), newBool(info[1]), newBool(info[2]), newFloat(1e-9)];
  try {
    return callObject(impl.type, vals, ['implementation', 'monotonic', 'adjustable', 'resolution']);
  } finally {
    releaseAll(vals);
  }
}

export function initTime(m: PyModule, interp: Interpreter): void {
  const gci = newBuiltin('get_clock_info', (_s, a, k) => getClockInfo(interp, a, k), 'time');
  m.set('get_clock_info', gci);
  decref(gci);
  for (const [name, fn] of FUNCTIONS) {
    const f = newBuiltin(name, fn, 'time');
    m.set(name, f);
    decref(f);
  }
  m.set('struct_time', StructTimeType);
  for (const [name, id] of CLOCKS) {
    const v = newInt(id);
    m.set(name, v);
    decref(v);
  }
  const set = (name: string, v: PyObject) => {
    m.set(name, v);
    decref(v);
  };
  set('timezone', newInt(0));
  set('altzone', newInt(0));
  set('daylight', newInt(0));
  set('tzname', newTuple([newStr('UTC'), newStr('UTC')]));
  // struct_time's field count (tm_zone and tm_gmtoff included), as CPython builds with HAVE_STRUCT_TM_TM_ZONE.
  set('_STRUCT_TM_ITEMS', newInt(11));
}
