"""Generate src/common/unicodeData.ts from CPython 3.11's `unicodedata` (Unicode 14.0).

Character types: one record per distinct combination of the properties that
CPython's str methods read (Objects/unicodectype.c), built as
Tools/unicode/makeunicodedata.py builds them: category, bidirectional class
and decimal/digit/numeric values from `unicodedata`; the derived properties
Lowercase, Uppercase, Cased, Case_Ignorable, XID_Start and XID_Continue and the
Line_Break classes, which `unicodedata` does not expose, from Perl's Unicode
14.0 tables (the same DerivedCoreProperties.txt and LineBreak.txt). Full case
mappings are python3's own `chr(cp).lower()` / `.upper()` / `.title()` /
`.casefold()`. Before writing, every code point's record is checked against
python3's str methods (see verify_records). Character names come from
`unicodedata.name`. Name aliases cannot be listed
through `unicodedata`, so their candidates come from Perl's Unicode 14.0 name
table (Name.pl, which holds all of NameAliases.txt) and each is kept only if
python3's `unicodedata.lookup` resolves it to one code point other than by its
own name; named sequences (several code points) are dropped because `\\N{...}`
rejects them.

Run:  python3 tools/gen_unicode.py          generate src/common/unicodeData.ts and
                                            tests/common/unicode_cases.json
      python3 tools/gen_unicode.py --check  after `npx tsc -p .`: compare the built
                                            src/common/unicode.js with python3 on
                                            every code point and every name
"""
import codecs
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
assert unicodedata.unidata_version == '14.0.0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'common', 'unicodeData.ts')
CASES = os.path.join(ROOT, 'tests', 'common', 'unicode_cases.json')
PERL = '/usr/share/perl/5.36.0/unicore'
PERL_NAMES = os.path.join(PERL, 'Name.pl')
MAX = 0x110000

# Bits of a character type record's flags, in this order (exported to unicode.ts).
FLAGS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'LOWER', 'UPPER', 'TITLE', 'SPACE', 'LINEBREAK',
         'CASED', 'CASE_IGNORABLE', 'PRINTABLE', 'ID_START', 'ID_CONTINUE']
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
# Fields of a record in CHAR_RECORDS; mappings are delta * 2 (one code point)
# or index * 2 + 1 into CASE_SPECIAL (several).
RECORD_FIELDS = ['flags', 'lower', 'upper', 'title', 'fold', 'decimal', 'digit', 'numeric']

# Variable-length integers packed into a string (see PackedInts in unicode.ts):
# digits 0..TERM-1 end a number, digits TERM..BASE-1 carry on to the next char.
ALPHABET = ''.join(chr(c) for c in range(0x23, 0x7f) if chr(c) != '\\')[:90]
BASE = len(ALPHABET)
TERM = 45
# A name word equal to the code point in upper-case hex (`CJK COMPATIBILITY
# IDEOGRAPH-F900`, `NUSHU CHARACTER-1B170`) is stored as this marker word.
HEX_WORD = '#'


def ranges(pred):
    """Flattened half-open [start, end) runs of code points where pred holds."""
    out = []
    start = None
    for cp in range(MAX):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out += [start, cp]
            start = None
    if start is not None:
        out += [start, MAX]
    return out


def enc_int(v):
    s = []
    while v >= TERM:
        v -= TERM
        s.append(ALPHABET[TERM + v % (BASE - TERM)])
        v //= BASE - TERM
    s.append(ALPHABET[v])
    return ''.join(s)


def is_algorithmic(cp, name):
    # Names CPython computes instead of storing (Modules/unicodedata.c _getucname).
    return 0xAC00 <= cp <= 0xD7A3 or name == 'CJK UNIFIED IDEOGRAPH-%X' % cp


def split_name(cp, name):
    """[(word, separator after it)] with separators ' ', '-' or '' at the end."""
    parts = re.split('([ -])', name)
    out = []
    for i in range(0, len(parts), 2):
        w = parts[i]
        if i > 0 and w == '%X' % cp:
            w = HEX_WORD
        out.append((w, parts[i + 1] if i + 1 < len(parts) else ''))
    return out


def table_names():
    names = []
    for cp in range(MAX):
        n = unicodedata.name(chr(cp), None)
        if n is not None and not is_algorithmic(cp, n):
            names.append((cp, n))
    return names


def cjk_ranges():
    return ranges(lambda cp: unicodedata.name(chr(cp), '') == 'CJK UNIFIED IDEOGRAPH-%X' % cp)


def aliases():
    txt = open(PERL_NAMES, encoding='utf-8').read()
    body = txt.split("<<'END';\n", 1)[1].split('\nEND\n')[0]
    out = {}
    for entry in body.split('\n\n'):
        _, name = entry.split('\n', 1)
        name = name.strip()
        try:
            r = unicodedata.lookup(name)
        except KeyError:
            continue
        if len(r) == 1 and unicodedata.name(r, None) != name:
            out[name] = ord(r)
    return sorted(out.items(), key=lambda kv: (kv[1], kv[0]))


def pack_names(names):
    """Word list by frequency, then per name: a header (words shared with the
    previous name's front, gap in code points) and its remaining words, each
    word as index*3 + (0 end, 1 space follows, 2 hyphen follows)."""
    freq = {}
    split = [(cp, split_name(cp, n)) for cp, n in names]
    for _, ws in split:
        for w, _ in ws:
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(words)}
    out = []
    prev_cp = -1
    prev = []
    for cp, ws in split:
        shared = 0
        while shared < len(prev) and shared < len(ws) - 1 and prev[shared] == ws[shared]:
            shared += 1
        assert shared < 16
        out.append(enc_int(shared + 16 * (cp - prev_cp - 1)))
        for w, sep in ws[shared:]:
            out.append(enc_int(index[w] * 3 + {'': 0, ' ': 1, '-': 2}[sep]))
        prev_cp = cp
        prev = ws
    return ' '.join(words), ''.join(out)


def perl_text(rel):
    with open(os.path.join(PERL, rel), encoding='utf-8') as f:
        return f.read()


def perl_binary_property(name):
    """Code points with a binary property, from Perl's inversion list lib/NAME/Y.pl."""
    body = perl_text(f'lib/{name}/Y.pl').split("<<'END';\n", 1)[1].split('\nEND\n')[0]
    bounds = [int(x) for x in body.split('\n')[1:]]  # after the 'V<count>' line
    bounds.append(MAX)  # an odd count leaves the last run open
    out = bytearray(MAX)
    for lo, hi in zip(bounds[0::2], bounds[1::2]):
        out[lo:hi] = b'\x01' * (hi - lo)
    return out


def perl_line_breaks():
    """Code points of Line_Break class BK, CR, LF or NL (LineBreak.txt, from To/Lb.pl)."""
    out = bytearray(MAX)
    for m in re.finditer(r'^([0-9A-F]+)\t([0-9A-F]*)\t(BK|CR|LF|NL)$', perl_text('To/Lb.pl'), re.M):
        lo = int(m[1], 16)
        hi = int(m[2] or m[1], 16)
        out[lo:hi + 1] = b'\x01' * (hi - lo + 1)
    return out


def char_flags(props, cp):
    """makeunicodedata.py's flags for one code point (0 for unassigned ones)."""
    ch = chr(cp)
    cat = unicodedata.category(ch)
    if cat == 'Cn':
        return 0
    bidi = unicodedata.bidirectional(ch)
    flags = 0
    if cat in ('Lm', 'Lt', 'Lu', 'Ll', 'Lo'):
        flags |= BIT['ALPHA']
    if unicodedata.decimal(ch, None) is not None:
        flags |= BIT['DECIMAL']
    if unicodedata.digit(ch, None) is not None:
        flags |= BIT['DIGIT']
    if unicodedata.numeric(ch, None) is not None:
        flags |= BIT['NUMERIC']
    if cat == 'Lt':
        flags |= BIT['TITLE']
    if cat == 'Zs' or bidi in ('WS', 'B', 'S'):
        flags |= BIT['SPACE']
    if props['LINEBREAK'][cp] or bidi == 'B':
        flags |= BIT['LINEBREAK']
    if cp == 0x20 or cat[0] not in 'CZ':
        flags |= BIT['PRINTABLE']
    if cp == 0x5F:  # str.isidentifier lets '_' start a name
        flags |= BIT['ID_START']
    for name in ('LOWER', 'UPPER', 'CASED', 'CASE_IGNORABLE', 'ID_START', 'ID_CONTINUE'):
        if props[name][cp]:
            flags |= BIT[name]
    return flags


def char_records():
    """(records, runs, specials, numerics): every code point's record, run-length encoded."""
    props = {'LOWER': perl_binary_property('Lower'), 'UPPER': perl_binary_property('Upper'),
             'CASED': perl_binary_property('Cased'), 'CASE_IGNORABLE': perl_binary_property('CI'),
             'ID_START': perl_binary_property('XIDS'), 'ID_CONTINUE': perl_binary_property('XIDC'),
             'LINEBREAK': perl_line_breaks()}
    numerics = sorted({unicodedata.numeric(chr(cp)) for cp in range(MAX)
                       if unicodedata.numeric(chr(cp), None) is not None})
    numeric_index = {v: i for i, v in enumerate(numerics)}
    specials = {}

    def mapping(cp, mapped):
        if len(mapped) == 1:
            return (ord(mapped) - cp) * 2
        return specials.setdefault(mapped, len(specials)) * 2 + 1

    per_cp = []
    for cp in range(MAX):
        ch = chr(cp)
        num = unicodedata.numeric(ch, None)
        per_cp.append((char_flags(props, cp), mapping(cp, ch.lower()), mapping(cp, ch.upper()),
                       mapping(cp, ch.title()), mapping(cp, ch.casefold()),
                       unicodedata.decimal(ch, -1), unicodedata.digit(ch, -1),
                       -1 if num is None else numeric_index[num]))
    verify_records(per_cp, specials, numerics)
    runs = []  # [record, length] in code point order
    for rec in per_cp:
        if runs and runs[-1][0] == rec:
            runs[-1][1] += 1
        else:
            runs.append([rec, 1])
    # Most used records first, so that their indices pack into one character.
    uses = {}
    for rec, _ in runs:
        uses[rec] = uses.get(rec, 0) + 1
    records = sorted(uses, key=lambda r: (-uses[r], r))
    number = {rec: i for i, rec in enumerate(records)}
    return records, [(length, number[rec]) for rec, length in runs], list(specials), numerics


# The unicode.ts predicate of each flag.
PREDICATES = {'ALPHA': 'isAlpha', 'DECIMAL': 'isDecimal', 'DIGIT': 'isDigit', 'NUMERIC': 'isNumeric',
              'LOWER': 'isLower', 'UPPER': 'isUpper', 'TITLE': 'isTitle', 'SPACE': 'isSpace',
              'LINEBREAK': 'isLinebreak', 'CASED': 'isCased', 'CASE_IGNORABLE': 'isCaseIgnorable',
              'PRINTABLE': 'isPrintable', 'ID_START': 'isIdStart', 'ID_CONTINUE': 'isIdContinue'}
# The unicode.ts case mapping of each str method.
MAPPINGS = {'lower': 'toLower', 'upper': 'toUpper', 'title': 'toTitle', 'casefold': 'toFolded'}


def observed(ch):
    """Each flag as python3's str methods show it for the one character ch."""
    return {'ALPHA': ch.isalpha(), 'DECIMAL': ch.isdecimal(), 'DIGIT': ch.isdigit(),
            'NUMERIC': ch.isnumeric(), 'LOWER': ch.islower(), 'UPPER': ch.isupper(),
            # A one-character string is a title if it is titlecase (Lt) or Uppercase.
            'TITLE': ch.istitle() and not ch.isupper(), 'SPACE': ch.isspace(),
            'LINEBREAK': len(('a' + ch + 'b').splitlines()) == 2,
            # Cased: a letter after it is lower-cased by title().
            'CASED': (ch + 'a').title()[-1] == 'a',
            # Case_Ignorable: skipped when lower() looks for a cased letter before a
            # final sigma, and not itself cased (else the sigma after it alone is final).
            'CASE_IGNORABLE': ('a' + ch + '\u03a3').lower()[-1] == '\u03c2' and
                              (ch + '\u03a3').lower()[-1] == '\u03c3',
            'PRINTABLE': ch.isprintable(), 'ID_START': ch.isidentifier(),
            'ID_CONTINUE': ('a' + ch).isidentifier()}


def verify_records(per_cp, specials, numerics):
    """Assert that the derived records say what python3's str methods do, for every code point."""
    special_of = {i: s for s, i in specials.items()}

    def unmap(cp, m):
        return special_of[m >> 1] if m & 1 else chr(cp + (m >> 1))

    for cp, (flags, lower, upper, title, fold, decimal, digit, numeric) in enumerate(per_cp):
        ch = chr(cp)
        has = {name: bool(flags & BIT[name]) for name in FLAGS}
        want = observed(ch)
        assert has == want, f'U+{cp:04X}: {has} != {want}'
        assert (unmap(cp, lower), unmap(cp, upper), unmap(cp, title), unmap(cp, fold)) == \
            (ch.lower(), ch.upper(), ch.title(), ch.casefold())
        assert decimal == (int(ch) if has['DECIMAL'] else -1), f'U+{cp:04X} decimal'
        assert (digit >= 0) == has['DIGIT'] and (numeric >= 0) == has['NUMERIC']
        assert numeric < 0 or numerics[numeric] == unicodedata.numeric(ch)


def js_string(s):
    """A JS string literal of s, ASCII only: other UTF-16 code units as \\uXXXX."""
    units = s.encode('utf-16-le', 'surrogatepass')
    out = []
    for i in range(0, len(units), 2):
        u = units[i] | units[i + 1] << 8
        out.append(chr(u) if 0x20 <= u < 0x7f and chr(u) not in '"\\' else '\\u%04x' % u)
    return '"' + ''.join(out) + '"'


def ts_ranges(name, rs, doc):
    body = ','.join(str(x) for x in rs)
    return f'/** {doc} */\nexport const {name}: readonly number[] = [{body}];\n'


def char_type_parts():
    records, runs, specials, numerics = char_records()
    packed_runs = ''.join(enc_int(length) + enc_int(rec) for length, rec in runs)
    flat = ','.join(str(x) for rec in records for x in rec)
    parts = [''.join(f'export const FLAG_{name} = {BIT[name]};\n' for name in FLAGS)]
    parts.append(
        f'/** {len(records)} character type records of {len(RECORD_FIELDS)} fields: '
        f'{", ".join(RECORD_FIELDS)}.\n'
        ' *  A case mapping is delta * 2 for one code point, index * 2 + 1 into CASE_SPECIAL\n'
        ' *  for several; decimal, digit and numeric (an index into NUMERIC_VALUES) are -1 for none. */\n'
        f'export const CHAR_RECORDS: readonly number[] = [{flat}];\n')
    parts.append(f'/** {len(runs)} runs covering U+0000..U+10FFFF: packed (length, record index) pairs. */\n'
                 f'export const CHAR_RUNS = "{packed_runs}";\n')
    parts.append('/** Case mappings to several code points. */\n'
                 f'export const CASE_SPECIAL: readonly string[] = [{",".join(js_string(x) for x in specials)}];\n')
    parts.append('/** unicodedata.numeric values, ascending. */\n'
                 f'export const NUMERIC_VALUES: readonly number[] = [{",".join(repr(x) for x in numerics)}];\n')
    print(f'{len(records)} character type records, {len(runs)} runs, {len(specials)} special case mappings')
    return parts


def generate():
    names = table_names()
    words, packed = pack_names(names)
    als = aliases()
    for s in (words, packed):
        assert '"' not in s and '\\' not in s
    alias_str = '|'.join(f'{n}:{cp:X}' for n, cp in als)
    parts = [
        '// Generated by tools/gen_unicode.py from CPython 3.11.7 unicodedata (Unicode 14.0.0).\n'
        '// Do not edit; run `python3 tools/gen_unicode.py`.\n\n',
        f'/** Digits of the packed integers; the first {TERM} end a number. */\n'
        f'export const PACK_ALPHABET = "{ALPHABET}";\n',
        f'export const PACK_TERM = {TERM};\n',
        *char_type_parts(),
        ts_ranges('CJK_UNIFIED', cjk_ranges(), 'Runs [start, end) named CJK UNIFIED IDEOGRAPH-%X by algorithm.'),
        f'/** Stands for the code point in upper-case hex inside a name. */\n'
        f'export const NAME_HEX_WORD = "{HEX_WORD}";\n',
        f'/** Words of the stored names, most frequent first, separated by spaces. */\n'
        f'export const NAME_WORDS = "{words}";\n',
        f'/** {len(names)} stored names in code point order, packed (see unicode.ts). */\n'
        f'export const NAME_DATA = "{packed}";\n',
        f'/** Name aliases accepted by \\\\N{{...}}: "NAME:HEX" separated by "|". */\n'
        f'export const NAME_ALIASES = "{alias_str}";\n',
    ]
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(parts))
    print(f'wrote {OUT}: {os.path.getsize(OUT)} bytes, {len(names)} names, {len(als)} aliases')
    write_cases(names, als)


def n_escape(name):
    """What CPython's unicode-escape codec makes of \\N{name}: a code point or None."""
    try:
        r = codecs.decode(b'\\N{' + name.encode('utf-8') + b'}', 'unicode_escape')
    except UnicodeDecodeError:
        return None
    assert len(r) == 1
    return ord(r)


HANGUL_PIECES = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', 'J', 'JJ', 'C', 'K',
                 'T', 'P', 'H', 'A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE',
                 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I', 'GS', 'NJ', 'NH', 'L',
                 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'BS', 'NG', 'X', '']


def tricky_names(rng):
    """Names that probe the edges of \\N{...}: case, spacing, algorithmic forms."""
    out = ['', ' ', 'NULL', 'null', 'LF', 'lf', 'LINE FEED (LF)', 'A', 'SPACE ', ' SPACE',
           'LATIN  SMALL LETTER A', 'LATIN SMALL LETTER A\n', 'lat\u0131n small letter a',
           'LATIN SMALL LETTER \u017f', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
           'HANGUL SYLLABLE ', 'HANGUL SYLLABLE', 'hangul syllable GA', 'HANGUL SYLLABLE ga',
           'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00',
           'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-4E0',
           'CJK UNIFIED IDEOGRAPH-4E00 ', 'CJK UNIFIED IDEOGRAPH-+4E00', 'CJK UNIFIED IDEOGRAPH-0x4E0',
           'CJK COMPATIBILITY IDEOGRAPH-f900', 'cjk compatibility ideograph-F900',
           'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170',
           'TIBETAN MARK TSA -PHRU', 'TIBETAN MARK TSA-PHRU', 'HANGUL JUNGSEONG O-E', 'HANGUL JUNGSEONG O E',
           'BYTE ORDER MARK', 'ZWNBSP', 'zwj', 'LATIN CAPITAL LETTER GHA', 'END OF LINE']
    for lo, hi in [(0x3400, 0x4DBF), (0x4DC0, 0x4DC0), (0x9FFF, 0xA000), (0x2A6DF, 0x2A6E0),
                   (0x2A6FF, 0x2A701), (0x2B738, 0x2B741), (0x2B81D, 0x2B821), (0x2CEA1, 0x2CEB1),
                   (0x2EBE0, 0x2EBE1), (0x2FFFF, 0x30000), (0x3134A, 0x3134B), (0xFFFF, 0x10000)]:
        for cp in (lo - 1, lo, hi, hi + 1):
            out.append('CJK UNIFIED IDEOGRAPH-%X' % cp)
            out.append('CJK UNIFIED IDEOGRAPH-%04x' % cp)
            out.append('CJK UNIFIED IDEOGRAPH-%05X' % cp)
    for _ in range(20000):
        k = rng.randint(0, 4)
        out.append('HANGUL SYLLABLE ' + ''.join(rng.choice(HANGUL_PIECES) for _ in range(k)))
    return out


def write_cases(names, als):
    rng = random.Random(311)
    # Random code points, every code point with a property that is rare, and edge cases.
    rare = [cp for cp in range(MAX) if len(chr(cp).lower()) > 1 or len(chr(cp).upper()) > 1 or
            chr(cp).istitle() and not chr(cp).isupper() or chr(cp).isspace() or
            len(('a' + chr(cp) + 'b').splitlines()) == 2 or chr(cp).casefold() != chr(cp).lower()]
    cps = sorted(set(rng.randrange(MAX) for _ in range(1500)) | set(random.Random(314).sample(range(0x3000), 500)) |
                 set(rare) | {0, 0x20, 0x41, 0x5F, 0x7F, 0xA0, 0xAD, 0xB2, 0xB7, 0xBD, 0x345, 0x3A3,
                              0x660, 0x1C90, 0x2028, 0x2160, 0xAC00, 0xD7A3, 0xD800, 0xDFFF, 0x4E00,
                              0x3134A, 0x3134B, 0xF0000, 0xE0001, 0x10FFFF, 0x1F600, 0x17000,
                              0x10400, 0x10428, 0x1E900, 0x1D7CE, 0x1D7D8, 0x12432})
    chars = []
    for cp in cps:
        ch = chr(cp)
        num = unicodedata.numeric(ch, None)
        # Predicates that hold, and case mappings that are not the identity.
        chars.append({'cp': cp, 'name': unicodedata.name(ch, None),
                      'holds': [PREDICATES[k] for k, v in observed(ch).items() if v],
                      'decimal': unicodedata.decimal(ch, -1), 'digit': unicodedata.digit(ch, -1),
                      'numeric': num,
                      'mappings': {MAPPINGS[m]: getattr(ch, m)() for m in MAPPINGS if getattr(ch, m)() != ch}})
    queries = [n for _, n in rng.sample(names, 300)] + [n.lower() for _, n in rng.sample(names, 100)]
    queries += [n for n, _ in rng.sample(als, 60)] + tricky_names(rng)[:300]
    lookups = [{'name': q, 'cp': n_escape(q)} for q in dict.fromkeys(queries)]
    os.makedirs(os.path.dirname(CASES), exist_ok=True)
    with open(CASES, 'w', encoding='utf-8', newline='\n') as f:
        # One character or lookup a line.
        f.write('{"chars": [\n' + ',\n'.join(json.dumps(c) for c in chars) + '],\n"lookups": [\n' +
                ',\n'.join(json.dumps(q) for q in lookups) + ']}\n')
    print(f'wrote {CASES}: {len(chars)} characters, {len(lookups)} lookups')


NODE_CHECK = r"""
import * as fs from 'node:fs';
const u = await import(process.argv[1]);
const { queries, PREDICATES, MAPPINGS } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const bits = (f) => { let s = ''; for (let cp = 0; cp < 0x110000; cp++) s += f(cp) ? '1' : '0'; return s; };
const names = [];
for (let cp = 0; cp < 0x110000; cp++) { const n = u.unicodeName(cp); if (n !== undefined) names.push(cp.toString(16) + ':' + n); }
const t0 = performance.now();
const looked = queries.map((q) => { const r = u.lookupUnicodeName(q); return r === undefined ? null : r; });
const predicates = {};
for (const f of PREDICATES) predicates[f] = bits(u[f]);
// Mappings and values only where they are not the identity / none.
const mappings = {};
const values = {};
for (let cp = 0; cp < 0x110000; cp++) {
  const m = MAPPINGS.map((f) => { const r = u[f](cp); return typeof r === 'number' ? String.fromCodePoint(r) : r; });
  if (m.some((x) => x !== String.fromCodePoint(cp))) mappings[cp] = m;
  const v = [u.decimalValue(cp), u.digitValue(cp), u.numericValue(cp)];
  if (v[0] >= 0 || v[1] >= 0 || !Number.isNaN(v[2])) values[cp] = v;
}
fs.writeFileSync(process.argv[3], JSON.stringify({ predicates, mappings, values, names, looked, lookupMs: performance.now() - t0 }));
"""


def check():
    mod = os.path.join(ROOT, 'dist', 'src', 'common', 'unicode.js')
    rng = random.Random(7)
    names = [(cp, unicodedata.name(chr(cp))) for cp in range(MAX) if unicodedata.name(chr(cp), None)]
    queries = [n for _, n in names] + [n.lower() for _, n in names]
    queries += [n.title() for _, n in names[::7]]
    queries += [n for n, _ in aliases()] + [n.lower() for n, _ in aliases()]
    queries += tricky_names(rng)
    queries = list(dict.fromkeys(queries))
    with tempfile.TemporaryDirectory() as tmp:
        qf = os.path.join(tmp, 'q.json')
        rf = os.path.join(tmp, 'r.json')
        with open(qf, 'w') as f:
            json.dump({'queries': queries, 'PREDICATES': list(PREDICATES.values()),
                       'MAPPINGS': list(MAPPINGS.values())}, f)
        subprocess.run(['node', '--input-type=module', '-e', NODE_CHECK, mod, qf, rf], check=True)
        with open(rf) as f:
            got = json.load(f)
    bad = 0
    seen = [observed(chr(cp)) for cp in range(MAX)]
    for flag, fn in PREDICATES.items():
        want = ''.join('1' if seen[cp][flag] else '0' for cp in range(MAX))
        if want != got['predicates'][fn]:
            i = next(i for i in range(MAX) if want[i] != got['predicates'][fn][i])
            print(f'MISMATCH {fn} first at U+{i:04X}')
            bad += 1
    want_maps = {}
    want_values = {}
    for cp in range(MAX):
        ch = chr(cp)
        m = [getattr(ch, meth)() for meth in MAPPINGS]
        if any(x != ch for x in m):
            want_maps[str(cp)] = m
        v = [unicodedata.decimal(ch, -1), unicodedata.digit(ch, -1), unicodedata.numeric(ch, None)]
        if v != [-1, -1, None]:
            want_values[str(cp)] = v
    if want_maps != got['mappings']:
        diff = sorted((k for k in set(want_maps) | set(got['mappings'])
                       if want_maps.get(k) != got['mappings'].get(k)), key=int)
        print(f'MISMATCH case mappings at {len(diff)} code points, e.g. U+{int(diff[0]):04X}')
        bad += 1
    if want_values != got['values']:
        diff = sorted((k for k in set(want_values) | set(got['values'])
                       if want_values.get(k) != got['values'].get(k)), key=int)
        print(f'MISMATCH decimal/digit/numeric at {len(diff)} code points, e.g. U+{int(diff[0]):04X}')
        bad += 1
    want_names = ['%x:%s' % (cp, n) for cp, n in names]
    if want_names != got['names']:
        diff = next((a, b) for a, b in zip(want_names, got['names']) if a != b)
        print(f'MISMATCH unicodeName ({len(want_names)} vs {len(got["names"])}), first {diff}')
        bad += 1
    miss = [(q, n_escape(q), g) for q, g in zip(queries, got['looked']) if n_escape(q) != g]
    if miss:
        print(f'MISMATCH lookupUnicodeName {len(miss)} of {len(queries)}, e.g. {miss[:5]}')
        bad += 1
    print(f'checked 0x110000 code points x{len(PREDICATES) + len(MAPPINGS) + 3}, {len(names)} names, {len(queries)} lookups '
          f'({got["lookupMs"]:.0f} ms in node incl. first decode): {"OK" if not bad else "FAILED"}')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    if sys.argv[1:] == ['--check']:
        check()
    else:
        generate()
