#!/usr/bin/env python3
# Word statistics over a text, written in an older style with type comments.
import re
import sys
from collections import Counter

WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")
STOP = frozenset({'the', 'a', 'an', 'of', 'and', 'to', 'in'})  # type: frozenset


def words(text):
    # type: (str) -> list
    return [w.lower() for w in WORD.findall(text) if w.lower() not in STOP]


def histogram(counter, width=40, bar='\u2588'):
    # type: (Counter, int, str) -> str
    if not counter:
        return ''
    top = counter.most_common(1)[0][1]
    lines = []
    for word, count in counter.most_common(10):
        size = max(1, count * width // top)
        lines.append('%-12s %s %d' % (word, bar * size, count))
    return '\n'.join(lines)


def summary(text):
    ws = words(text)
    lengths = [len(w) for w in ws]
    avg = sum(lengths) / len(lengths) if lengths else 0.0
    longest = max(ws, key=len, default='')
    return {
        'words': len(ws),
        'unique': len(set(ws)),
        'average': round(avg, 2),
        'longest': longest,
        **({'empty': True} if not ws else {}),
    }


SAMPLE = """\
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs\tto the forest, and the forest is dark and deep.
Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \N{GREEK SMALL LETTER PI} 0x1F 1_000 3.14e-2
"""

if __name__ == '__main__':
    text = sys.stdin.read() if len(sys.argv) > 1 and sys.argv[1] == '-' else SAMPLE
    counts = Counter(words(text))  # type: Counter
    print(histogram(counts))
    for key, value in summary(text).items():
        print(f'{key:>8}: {value}')
    lo, *_, hi = sorted(counts.values()) or [0, 0]
    print(lo, hi, sep=' .. ', end='\n' if hi else '')
    del lo, hi
