"""Comparing sequences: SequenceMatcher, Differ, ndiff, unified and context diffs.

The matching is the Ratcliff/Obershelp-style "gestalt" algorithm with
CPython's junk and popularity heuristics, so every opcode, ratio and diff line
is the one CPython computes; HtmlDiff lays two texts out side by side in
HTML.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

from heapq import nlargest as _nlargest
from collections import namedtuple as _namedtuple
from types import GenericAlias

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Finds the longest matching blocks of two sequences of hashable items.

    b is indexed once (set_seq2); a can be changed cheaply (set_seq1), so to
    compare one sequence with many, make it b.

    >>> m = SequenceMatcher(None, "kitten sat", "sitting sat")
    >>> round(m.ratio(), 3)
    0.762
    >>> for tag, i1, i2, j1, j2 in m.get_opcodes():
    ...     print(tag, repr(m.a[i1:i2]), repr(m.b[j1:j2]))
    replace 'k' 's'
    equal 'itt' 'itt'
    replace 'e' 'i'
    equal 'n' 'n'
    insert '' 'g'
    equal ' sat' ' sat'
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Compare a with b from now on.

        >>> m = SequenceMatcher()
        >>> m.set_seqs("ab", "abc")
        >>> m.ratio()
        0.8
        """
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Replace the first sequence, keeping the second one's index.

        >>> m = SequenceMatcher(None, "abcd", "abcd")
        >>> m.set_seq1("abxd")
        >>> m.ratio()
        0.75
        """
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Replace the second sequence (and index it).

        >>> m = SequenceMatcher(None, "abcd", "abcd")
        >>> m.set_seq2("ab")
        >>> round(m.ratio(), 4)
        0.6667
        """
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the ascending list of its positions,
        # without the junk elements and, for long b, the very frequent ones.
        b = self.b
        positions = {}
        for j, elt in enumerate(b):
            positions.setdefault(elt, []).append(j)
        self.b2j = positions

        junk = set()
        if self.isjunk is not None:
            for elt in positions.keys():
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del positions[elt]
        self.bjunk = junk

        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            threshold = n // 100 + 1
            for elt, where in positions.items():
                if len(where) > threshold:
                    popular.add(elt)
            for elt in popular:
                del positions[elt]
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside a[alo:ahi] and b[blo:bhi].

        Among the longest, the one starting earliest in a, then earliest in b.
        Junk-free matching first; then the block is widened by equal junk
        elements on both sides.

        >>> SequenceMatcher(None, "xabcdy", "abcabcd").find_longest_match()
        Match(a=1, b=3, size=4)
        >>> m = SequenceMatcher(lambda c: c == "-", "a-b", "xa-b")
        >>> m.find_longest_match(0, 3, 0, 4)
        Match(a=0, b=1, size=2)
        """
        a, b, b2j = self.a, self.b, self.b2j
        is_junk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_end[j]: length of the match ending at a[i-1] and b[j].
        run_end = {}
        no_positions = []
        for i in range(alo, ahi):
            new_run_end = {}
            for j in b2j.get(a[i], no_positions):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_run_end[j] = run_end.get(j - 1, 0) + 1
                if k > best_size:
                    best_i, best_j, best_size = i - k + 1, j - k + 1, k
            run_end = new_run_end

        # Grow with equal elements that were left out of b2j as popular,
        # but not with junk.
        while (best_i > alo and best_j > blo and not is_junk(b[best_j - 1])
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and not is_junk(b[best_j + best_size])
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1
        # Then with equal junk on either side.
        while (best_i > alo and best_j > blo and is_junk(b[best_j - 1])
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and is_junk(b[best_j + best_size])
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """The matching blocks as Match triples, ascending, ending with (len(a), len(b), 0).

        >>> SequenceMatcher(None, "abxcd", "abcd").get_matching_blocks()
        [Match(a=0, b=0, size=2), Match(a=3, b=2, size=2), Match(a=5, b=4, size=0)]
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        # Recursion on the parts left and right of each longest match,
        # done with an explicit stack.
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if k:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()

        # Merge blocks that touch end to start.
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    merged.append((cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append((cur_i, cur_j, cur_k))
        merged.append((la, lb, 0))
        self.matching_blocks = list(map(Match._make, merged))
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags: replace, delete, insert, equal.

        >>> SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes()
        [('delete', 0, 1, 0, 0), ('equal', 1, 3, 0, 2), ('replace', 3, 4, 2, 3), ('equal', 4, 6, 3, 5), ('insert', 6, 6, 5, 6)]
        """
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes with at most n lines of context around each change.

        >>> a = [str(i) for i in range(20)]
        >>> b = a[:3] + ['x'] + a[4:15] + a[16:]
        >>> for group in SequenceMatcher(None, a, b).get_grouped_opcodes(2):
        ...     print(group)
        [('equal', 1, 3, 1, 3), ('replace', 3, 4, 3, 4), ('equal', 4, 6, 4, 6)]
        [('equal', 13, 15, 13, 15), ('delete', 15, 16, 15, 15), ('equal', 16, 18, 15, 17)]
        """
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # Trim leading and trailing equal runs to n items.
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        span = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long equal run closes the group (keeping n items) and opens
            # the next one (with its last n items).
            if tag == 'equal' and i2 - i1 > span:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T, M matched items, T the total length.

        >>> SequenceMatcher(None, "abcd", "bcde").ratio()
        0.75
        >>> SequenceMatcher(None, "", "").ratio()
        1.0
        """
        matches = sum(m[-1] for m in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from the multisets of items."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            n = left[elt] if elt in left else counts.get(elt, 0)
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The at most n best matches of word among possibilities with a ratio of at least cutoff.

    >>> get_close_matches("lamp", ["lump", "clamp", "camp", "table"])
    ['clamp', 'lump', 'camp']
    >>> get_close_matches("lamp", ["lump", "clamp", "camp", "table"], n=1)
    ['clamp']
    >>> get_close_matches("xyz", ["lump", "clamp"])
    []
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for score, x in _nlargest(n, scored)]


def _keep_original_ws(s, tags):
    # Where the guide line has a blank under a whitespace character, use
    # that character, so that tabs line the guide up with the text.
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(s, tags))


class Differ:
    r"""Line-by-line human-readable deltas, marking intraline changes with '?' lines.

    Each line starts with '- ' (only in the first sequence), '+ ' (only in
    the second), '  ' (in both) or '? ' (a guide to the changes of the line
    above it).

    >>> old = ["red\n", "green\n", "blue\n"]
    >>> new = ["red\n", "grean\n", "blue\n", "pink\n"]
    >>> print(''.join(Differ().compare(old, new)), end="")
      red
    - green
    ?    ^
    + grean
    ?    ^
      blue
    + pink
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        r"""Yield the delta lines from the line sequence a to b.

        >>> d = Differ().compare(["one\n", "two\n"], ["one\n", "three\n"])
        >>> print(''.join(d), end="")
          one
        - two
        + three
        """
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block goes first.
        if bhi - blo < ahi - alo:
            first = self._dump('+', b, blo, bhi)
            second = self._dump('-', a, alo, ahi)
        else:
            first = self._dump('-', a, alo, ahi)
            second = self._dump('+', b, blo, bhi)
        for g in first, second:
            yield from g

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        r"""The delta of a replaced block, pairing its similar lines.

        >>> d = Differ()
        >>> lines = d._fancy_replace(["abcdefgh\n"], 0, 1, ["abcdefxh\n"], 0, 1)
        >>> print(''.join(lines), end="")
        - abcdefgh
        ?       ^
        + abcdefxh
        ?       ^
        """
        # Pair the most similar lines of the two blocks (ratio above 0.75)
        # and show their differences with guide lines; recurse on either side.
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi, eqj = None, None   # the first identical pair, if any
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                if (cruncher.real_quick_ratio() > best_ratio
                        and cruncher.quick_ratio() > best_ratio
                        and cruncher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = cruncher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            # No close pair, but an identical one: synchronise on it.
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)

        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ''
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aelt, belt, atags, btags)
        else:
            yield '  ' + aelt

        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        lines = []
        if alo < ahi:
            if blo < bhi:
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                lines = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            lines = self._dump('+', b, blo, bhi)
        yield from lines

    def _qformat(self, aline, bline, atags, btags):
        r"""A pair of similar lines, each followed by its guide line when it has changes.

        >>> d = Differ()
        >>> for line in d._qformat("\tab cd\n", "\tab xcd\n", "      ", "   +  "):
        ...     print(repr(line))
        '- \tab cd\n'
        '+ \tab xcd\n'
        '? \t  +\n'
        """
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield f'? {atags}\n'
        yield '+ ' + bline
        if btags:
            yield f'? {btags}\n'


import re


def IS_LINE_JUNK(line, pat=re.compile(r'\s*(?:#\s*)?$').match):
    r"""True for a blank line or one holding only '#' and blanks.

    >>> IS_LINE_JUNK("   # \n"), IS_LINE_JUNK("x = 1\n"), IS_LINE_JUNK("##\n")
    (True, False, False)
    """
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    r"""True for a space or a tab.

    >>> [IS_CHARACTER_JUNK(c) for c in " \tx\n"]
    [True, True, False, False]
    """
    return ch in ws


# Side-by-side rows for HtmlDiff. A row is (from, to, changed): each side is
# (line number, text) with the changed parts of the text bracketed by '\0'
# and a key ('+' added, '-' deleted, '^' changed) before them and '\1' after
# them; ('', '\n') is a blank row standing for a line the other side lacks.
# A row (None, None, None) separates the hunks of a context diff.

_CHANGE_RUN = re.compile(r'\++|-+|\^+')
_BLANK_SIDE = ('', '\n')


def _bracket_changes(line, guide):
    # line is an ndiff '-'/'+' line, guide the '?' line under it; both start
    # with the same two-character prefix, so their columns agree.
    parts = []
    done = 0
    for run in _CHANGE_RUN.finditer(guide):
        start, end = run.span()
        parts.append(line[done:start])
        parts.append('\0' + run.group()[0] + line[start:end] + '\1')
        done = end
    parts.append(line[done:])
    return ''.join(parts)[2:]


def _single_rows(delta):
    # Rows holding one side or both, read from the ndiff delta with a
    # look-ahead of four lines. Lines deleted (or inserted) without a
    # counterpart are balanced with blank rows on the other side when the
    # run of changes ends, so that both columns stay the same length.
    delta = iter(delta)
    window = []
    count = [0, 0]

    def take(side, markup):
        count[side] += 1
        line = window.pop(0)
        if markup == '?':
            return count[side], _bracket_changes(line, window.pop(0))
        text = line[2:]
        if markup:
            text = '\0' + markup + (text or ' ') + '\1'
        return count[side], text

    def blanks(owed):
        # owed < 0: the from side ran ahead; owed > 0: the to side did.
        for _ in range(-owed):
            yield None, _BLANK_SIDE, True
        for _ in range(owed):
            yield _BLANK_SIDE, None, True

    owed = 0
    while True:
        while len(window) < 4:
            window.append(next(delta, 'X'))
        kinds = ''.join(line[0] for line in window)
        if kinds[0] == 'X':
            yield from blanks(owed)
            return
        if kinds.startswith('-?+?'):
            yield take(0, '?'), take(1, '?'), True
        elif kinds.startswith('--++'):
            owed -= 1
            yield take(0, '-'), None, True
        elif kinds.startswith(('--?+', '--+', '- ')):
            row = take(0, '-'), None, True
            yield from blanks(owed - 1)
            owed = 0
            yield row
        elif kinds.startswith('-+?'):
            yield take(0, ''), take(1, '?'), True
        elif kinds.startswith('-?+'):
            yield take(0, '?'), take(1, ''), True
        elif kinds[0] == '-':
            owed -= 1
            yield take(0, '-'), None, True
        elif kinds.startswith('+--'):
            owed += 1
            yield None, take(1, '+'), True
        elif kinds.startswith(('+ ', '+-')):
            row = None, take(1, '+'), True
            yield from blanks(owed + 1)
            owed = 0
            yield row
        elif kinds[0] == '+':
            owed += 1
            yield None, take(1, '+'), True
        elif kinds[0] == ' ':
            text = window.pop(0)[2:]
            count[0] += 1
            count[1] += 1
            yield (count[0], text), (count[1], text), False
        else:
            raise ValueError('unexpected ndiff line %r' % (window[0],))


def _paired_rows(rows):
    # Pair the from sides and the to sides in order; a row is changed when
    # either of its halves was.
    lefts, rights = [], []
    for left, right, changed in rows:
        if left is not None:
            lefts.append((left, changed))
        if right is not None:
            rights.append((right, changed))
        while lefts and rights:
            (left, lchanged), (right, rchanged) = lefts.pop(0), rights.pop(0)
            yield left, right, lchanged or rchanged


def _context_rows(rows, numlines):
    # Each change with numlines unchanged rows before and after it; a
    # separator row where unchanged rows were left out before a change.
    rows = iter(rows)
    while True:
        before = []
        read = 0
        for row in rows:
            before.append(row)
            read += 1
            if len(before) > numlines + 1:
                del before[0]
            if row[2]:
                break
        else:
            return
        if read > numlines + 1:
            yield None, None, None
        yield from before
        left = numlines
        while left:
            row = next(rows, None)
            if row is None:
                return
            left = numlines if row[2] else left - 1
            yield row


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=IS_CHARACTER_JUNK):
    """Side-by-side rows (from, to, changed) of the ndiff of two line lists.

    from and to are (line number, text), the changes in text marked with
    '\\0+', '\\0-' or '\\0^' before and '\\1' after them; context=None gives
    every line, a number n only the changes with n lines around them and a
    row (None, None, None) between hunks.
    """
    rows = _paired_rows(_single_rows(ndiff(fromlines, tolines, linejunk, charjunk)))
    if context is None:
        return rows
    return _context_rows(rows, context)


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

_ROW = ('            <tr><td class="diff_next"%s>%s</td>%s'
        '<td class="diff_next">%s</td>%s</tr>\n')
_HUNK_BREAK = '        </tbody>        \n        <tbody>\n'


class HtmlDiff:
    """Side-by-side HTML tables (make_table) or pages (make_file) of line differences.

    Changed lines are highlighted, with the changed characters inside them,
    and links lead from one change to the next.
    """

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    # Numbers the tables made, so that each has its own anchors.
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *, charset='utf-8'):
        """A complete HTML page holding make_table's table and a legend."""
        page = self._file_template % dict(
            styles=self._styles, legend=self._legend, charset=charset,
            table=self.make_table(fromlines, tolines, fromdesc, todesc,
                                  context=context, numlines=numlines))
        # Characters the charset cannot encode become character references.
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _expand_tabs(self, line):
        # A tab becomes as many '\t' as the columns it spans (each shown as
        # a non-breaking space at the end), not spaces: a tab changed into
        # spaces, or back, stays a visible difference.
        out = []
        column = 0
        for ch in line:
            if ch == '\t':
                width = self._tabsize - column % self._tabsize if self._tabsize > 0 else 0
                out.append('\t' * width)
                column += width
            else:
                out.append(ch)
                column = 0 if ch in '\r\n' else column + 1
        return ''.join(out).rstrip('\n')

    def _wrap(self, number, text):
        # The pieces of a side no wider than wrapcolumn characters (markup
        # not counted); a change cut in two is closed and reopened, and the
        # continuations are numbered '>'.
        width = self._wrapcolumn
        pieces = []
        while (number and len(text) > width
               and len(text) - 3 * text.count('\0') > width):
            i = shown = 0
            mark = ''
            while shown < width and i < len(text):
                if text[i] == '\0':
                    mark = text[i + 1]
                    i += 2
                elif text[i] == '\1':
                    mark = ''
                    i += 1
                else:
                    shown += 1
                    i += 1
            head, text = text[:i], text[i:]
            if mark:
                head += '\1'
                text = '\0' + mark + text
            pieces.append((number, head))
            number = '>'
        pieces.append((number, text))
        return pieces

    def _wrapped_rows(self, rows):
        for left, right, changed in rows:
            if changed is None:
                yield left, right, changed
                continue
            lefts, rights = self._wrap(*left), self._wrap(*right)
            for k in range(max(len(lefts), len(rights))):
                yield (lefts[k] if k < len(lefts) else ('', ' '),
                       rights[k] if k < len(rights) else ('', ' '), changed)

    def _cells(self, side, number, text):
        # The number cell (an anchor on real line numbers) and the text cell.
        anchor = ''
        if isinstance(number, int):
            anchor = ' id="%s%d"' % (self._prefix[side], number)
            number = '%d' % number
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (
            anchor, number, text)

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """An HTML table showing the two line lists side by side.

        context=True shows only the changes with numlines lines around them;
        otherwise every line is shown and the 'next' links lead to numlines
        lines before each change.
        """
        self._make_prefix()
        fromlines = [self._expand_tabs(line) for line in fromlines]
        tolines = [self._expand_tabs(line) for line in tolines]
        rows = _mdiff(fromlines, tolines, numlines if context else None,
                      linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            rows = self._wrapped_rows(rows)
        lefts, rights, flags = [], [], []
        for left, right, changed in rows:
            if changed is None:
                lefts.append(None)
                rights.append(None)
            else:
                lefts.append(self._cells(0, *left))
                rights.append(self._cells(1, *right))
            flags.append(changed)

        # Anchors: the k-th change gets one numlines rows before it, and the
        # row where it starts links to the next change; the first row links
        # to the first change (when it is not one itself), the last change
        # back to the top.
        to_prefix = self._prefix[1]
        anchors = [''] * len(flags)
        links = [''] * len(flags)
        changes = 0
        last = 0
        in_change = False
        for i, changed in enumerate(flags):
            if not changed:
                in_change = False
            elif not in_change:
                in_change = True
                last = i
                anchors[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (to_prefix, changes)
                changes += 1
                links[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (to_prefix, changes)
        if not flags:
            flags, anchors, links = [False], [''], ['']
            if context:
                message = '<td></td><td>&nbsp;No Differences Found&nbsp;</td>'
            else:
                message = '<td></td><td>&nbsp;Empty File&nbsp;</td>'
            lefts = rights = [message]
        if not flags[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % to_prefix
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % to_prefix

        body = []
        for i, changed in enumerate(flags):
            if changed is not None:
                body.append(_ROW % (anchors[i], links[i], lefts[i], links[i], rights[i]))
            elif i:
                body.append(_HUNK_BREAK)
        header = ''
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                      % (fromdesc, todesc))
        table = self._table_template % dict(
            data_rows=''.join(body), header_row=header, prefix=to_prefix)
        for code, html in (('\0+', '<span class="diff_add">'),
                           ('\0-', '<span class="diff_sub">'),
                           ('\0^', '<span class="diff_chg">'),
                           ('\1', '</span>'), ('\t', '&nbsp;')):
            table = table.replace(code, html)
        return table


del re


def _format_range_unified(start, stop):
    # 'line' for one line, 'line,count' otherwise; an empty range names the line before it.
    first = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(first)
    if not length:
        first -= 1
    return '{},{}'.format(first, length)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""The unified diff (as `diff -u` prints it) of two lists of lines.

    >>> old = ["a\n", "b\n", "c\n"]
    >>> new = ["a\n", "B\n", "c\n"]
    >>> print(''.join(unified_diff(old, new, "old", "new")), end="")
    --- old
    +++ new
    @@ -1,3 +1,3 @@
     a
    -b
    +B
     c
    """
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
            todate = '\t{}'.format(tofiledate) if tofiledate else ''
            yield '--- {}{}{}'.format(fromfile, fromdate, lineterm)
            yield '+++ {}{}{}'.format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -{} +{} @@{}'.format(_format_range_unified(first[1], last[2]),
                                       _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in {'replace', 'delete'}:
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in {'replace', 'insert'}:
                for line in b[j1:j2]:
                    yield '+' + line


def _format_range_context(start, stop):
    # 'first,last' (1-based, inclusive), or one number.
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '{}'.format(first)
    return '{},{}'.format(first, first + length - 1)


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""The context diff (as `diff -c` prints it) of two lists of lines.

    >>> old = ["a\n", "b\n", "c\n"]
    >>> new = ["a\n", "c\n", "d\n"]
    >>> print(''.join(context_diff(old, new, "old", "new")), end="")
    *** old
    --- new
    ***************
    *** 1,3 ****
      a
    - b
      c
    --- 1,3 ----
      a
      c
    + d
    """
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    marks = dict(insert='+ ', delete='- ', replace='! ', equal='  ')
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
            todate = '\t{}'.format(tofiledate) if tofiledate else ''
            yield '*** {}{}{}'.format(fromfile, fromdate, lineterm)
            yield '--- {}{}{}'.format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_format_range_context(first[1], last[2]), lineterm)
        if any(op[0] in {'replace', 'delete'} for op in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield marks[tag] + line
        yield '--- {} ----{}'.format(_format_range_context(first[3], last[4]), lineterm)
        if any(op[0] in {'replace', 'insert'} for op in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield marks[tag] + line


def _check_types(a, b, *args):
    # Mixing bytes and str would give confusing diffs: refuse early.
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on lines of bytes."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            msg = ('all arguments must be bytes, not %s (%r)' % (type(s).__name__, s))
            raise TypeError(msg) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    fromfile = decode(fromfile)
    tofile = decode(tofile)
    fromfiledate = decode(fromfiledate)
    tofiledate = decode(tofiledate)
    lineterm = decode(lineterm)
    for line in dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""Differ's delta of two lists of lines.

    >>> print(''.join(ndiff(["ab\n", "c\n"], ["abd\n", "c\n"])), end="")
    - ab
    + abd
    ?   +
      c
    """
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    r"""Recover sequence 1 or 2 from an ndiff/Differ delta.

    >>> delta = list(ndiff(["x\n", "y\n"], ["x\n", "z\n"]))
    >>> ''.join(restore(delta, 1)), ''.join(restore(delta, 2))
    ('x\ny\n', 'x\nz\n')
    """
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    keep = ('  ', tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]
