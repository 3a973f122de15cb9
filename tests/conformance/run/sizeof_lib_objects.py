# Objects of C-implemented library modules count their own arrays in __sizeof__.
import sys
import struct
import itertools
import random

for fmt in ['', 'i', '3i', '3x', '2s3i', '<hhl', '@ci', '10s']:
    print(f'Struct({fmt!r:8}) {sys.getsizeof(struct.Struct(fmt))}')

print('product', sys.getsizeof(itertools.product('ab', 'cd')), sys.getsizeof(itertools.product('ab', repeat=4)))
print('permutations', sys.getsizeof(itertools.permutations('abcd')), sys.getsizeof(itertools.permutations('abcd', 2)))
print('combinations', sys.getsizeof(itertools.combinations('abcde', 3)))
print('combinations_with_replacement', sys.getsizeof(itertools.combinations_with_replacement('abc', 2)))
print('count', sys.getsizeof(itertools.count()), 'repeat', sys.getsizeof(itertools.repeat(1)))
print('Random', sys.getsizeof(random.Random(1)))

class MyRandom(random.Random):
    pass

print('Random subclass', sys.getsizeof(MyRandom(1)), MyRandom.__basicsize__, random.Random.__basicsize__)
