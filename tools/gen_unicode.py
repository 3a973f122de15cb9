"""Generate src/common/unicodeData.ts from CPython 3.11's `unicodedata` (Unicode 14.0).

Everything is read from the running python3: identifier start/continue and
printability by asking `str.isidentifier` / `str.isprintable` about every code
point, character names from `unicodedata.name`. Name aliases cannot be listed
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
PERL_NAMES = '/usr/share/perl/5.36.0/unicore/Name.pl'
MAX = 0x110000

# Variable-length integers packed into a string (see decodeInt in unicode.ts):
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


def ts_ranges(name, rs, doc):
    body = ','.join(str(x) for x in rs)
    return f'/** {doc} */\nexport const {name}: readonly number[] = [{body}];\n'


def generate():
    id_start = ranges(lambda cp: chr(cp).isidentifier())
    id_cont = ranges(lambda cp: ('a' + chr(cp)).isidentifier())
    printable = ranges(lambda cp: chr(cp).isprintable())
    names = table_names()
    words, packed = pack_names(names)
    als = aliases()
    for s in (words, packed):
        assert '"' not in s and '\\' not in s
    alias_str = '|'.join(f'{n}:{cp:X}' for n, cp in als)
    parts = [
        '// Generated by tools/gen_unicode.py from CPython 3.11.7 unicodedata (Unicode 14.0.0).\n'
        '// Do not edit; run `python3 tools/gen_unicode.py`.\n\n',
        ts_ranges('ID_START', id_start, "Runs [start, end) where chr(cp).isidentifier() (XID_Start plus '_')."),
        ts_ranges('ID_CONTINUE', id_cont, "Runs [start, end) where ('a' + chr(cp)).isidentifier() (XID_Continue)."),
        ts_ranges('PRINTABLE', printable, 'Runs [start, end) where chr(cp).isprintable().'),
        ts_ranges('CJK_UNIFIED', cjk_ranges(), 'Runs [start, end) named CJK UNIFIED IDEOGRAPH-%X by algorithm.'),
        f'/** Digits of the packed integers; the first {TERM} end a number. */\n'
        f'export const NAME_ALPHABET = "{ALPHABET}";\n',
        f'export const NAME_TERM = {TERM};\n',
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
    cps = sorted(set(rng.randrange(MAX) for _ in range(1500)) |
                 {0, 0x20, 0x41, 0x5F, 0x7F, 0xA0, 0xAD, 0xB7, 0x2028, 0xAC00, 0xD7A3, 0xD800,
                  0x4E00, 0x3134A, 0x3134B, 0xF0000, 0xE0001, 0x10FFFF, 0x1F600, 0x17000})
    chars = [{'cp': cp,
              'printable': chr(cp).isprintable(),
              'idStart': chr(cp).isidentifier(),
              'idContinue': ('a' + chr(cp)).isidentifier(),
              'name': unicodedata.name(chr(cp), None)} for cp in cps]
    queries = [n for _, n in rng.sample(names, 300)] + [n.lower() for _, n in rng.sample(names, 100)]
    queries += [n for n, _ in rng.sample(als, 60)] + tricky_names(rng)[:300]
    lookups = [{'name': q, 'cp': n_escape(q)} for q in dict.fromkeys(queries)]
    os.makedirs(os.path.dirname(CASES), exist_ok=True)
    with open(CASES, 'w', encoding='utf-8', newline='\n') as f:
        json.dump({'chars': chars, 'lookups': lookups}, f, ensure_ascii=True, indent=0)
        f.write('\n')
    print(f'wrote {CASES}: {len(chars)} characters, {len(lookups)} lookups')


NODE_CHECK = r"""
import * as fs from 'node:fs';
const u = await import(process.argv[1]);
const queries = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const bits = (f) => { let s = ''; for (let cp = 0; cp < 0x110000; cp++) s += f(cp) ? '1' : '0'; return s; };
const names = [];
for (let cp = 0; cp < 0x110000; cp++) { const n = u.unicodeName(cp); if (n !== undefined) names.push(cp.toString(16) + ':' + n); }
const t0 = performance.now();
const looked = queries.map((q) => { const r = u.lookupUnicodeName(q); return r === undefined ? null : r; });
fs.writeFileSync(process.argv[3], JSON.stringify({
  printable: bits(u.isPrintable), idStart: bits(u.isIdStart), idContinue: bits(u.isIdContinue),
  names, looked, lookupMs: performance.now() - t0,
}));
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
            json.dump(queries, f)
        subprocess.run(['node', '--input-type=module', '-e', NODE_CHECK, mod, qf, rf], check=True)
        with open(rf) as f:
            got = json.load(f)
    bad = 0
    for key, pred in [('printable', lambda cp: chr(cp).isprintable()),
                      ('idStart', lambda cp: chr(cp).isidentifier()),
                      ('idContinue', lambda cp: ('a' + chr(cp)).isidentifier())]:
        want = ''.join('1' if pred(cp) else '0' for cp in range(MAX))
        if want != got[key]:
            i = next(i for i in range(MAX) if want[i] != got[key][i])
            print(f'MISMATCH {key} first at U+{i:04X}')
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
    print(f'checked 0x110000 code points x3, {len(names)} names, {len(queries)} lookups '
          f'({got["lookupMs"]:.0f} ms in node incl. first decode): {"OK" if not bad else "FAILED"}')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    if sys.argv[1:] == ['--check']:
        check()
    else:
        generate()
