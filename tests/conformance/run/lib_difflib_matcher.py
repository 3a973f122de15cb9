# SequenceMatcher: opcodes, matching blocks, ratios, junk and popular elements.
import difflib

s = difflib.SequenceMatcher(None, 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
for op in s.get_opcodes():
    print(op)
print(s.get_matching_blocks())
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))

s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk))
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))

big = [str(i % 7) for i in range(300)]
s = difflib.SequenceMatcher(None, big, big[::-1])
print(len(s.get_opcodes()), sorted(s.bpopular), round(s.ratio(), 5))
s = difflib.SequenceMatcher(None, big, big[::-1], autojunk=False)
print(len(s.get_opcodes()), sorted(s.bpopular), round(s.ratio(), 5))
s.set_seqs('abc', 'abc')
print(s.ratio(), difflib.SequenceMatcher(None, '', '').ratio())
print(difflib.SequenceMatcher[int])
