"""Comparing sequences: SequenceMatcher, Differ, ndiff, unified and context diffs.

The matching is the Ratcliff/Obershelp-style "gestalt" algorithm with
CPython's junk and popularity heuristics, so every opcode, ratio and diff line
is the one CPython computes. HtmlDiff is not provided.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

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
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
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
        """The matching blocks as Match triples, ascending, ending with (len(a), len(b), 0)."""
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
        """(tag, i1, i2, j1, j2) steps turning a into b; tags: replace, delete, insert, equal."""
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
        """Groups of opcodes with at most n lines of context around each change."""
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
        """Similarity in [0, 1]: 2*M/T, M matched items, T the total length."""
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
    """The at most n best matches of word among possibilities with a ratio of at least cutoff."""
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
    """Line-by-line human-readable deltas, marking intraline changes with '?' lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines from the line sequence a to b."""
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
    """True for a blank line or one holding only '#' and blanks."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


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
    """The unified diff (as `diff -u` prints it) of two lists of lines."""
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
    """The context diff (as `diff -c` prints it) of two lists of lines."""
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
    """Differ's delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff/Differ delta."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    keep = ('  ', tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]
