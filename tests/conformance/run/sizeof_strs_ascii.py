# ASCII strings: a 48-byte header, one byte per character and a NUL.
import sys

for s in ['', 'a', 'ab', 'hello', 'hello world', 'x' * 100, 'y' * 1000]:
    print(len(s), sys.getsizeof(s), s.__sizeof__())

# Building a string never changes the per-character cost
parts = []
for word in 'the quick brown fox jumps over the lazy dog'.split():
    parts.append(word)
    joined = ' '.join(parts)
    print(f'{joined!r:50} {sys.getsizeof(joined)}')

# Slices and concatenations are new strings with their own size
s = 'abcdefghij'
print(sys.getsizeof(s[2:5]), sys.getsizeof(s + s), sys.getsizeof(s * 3))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(f'{42:08d}'))
