# Integers take 4 bytes per 30-bit digit after a 24-byte header (zero has one digit too).
import sys

values = [0, 1, -1, 255, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**90, 2**120, 10**100, -(10**100)]
for v in values:
    print(f'{v.bit_length():4} bits: {sys.getsizeof(v)}')

# bool is an int subclass with the same size
print(sys.getsizeof(True), sys.getsizeof(False))

# A computed big int grows digit by digit
n = 1
last = sys.getsizeof(n)
for i in range(1, 200):
    n *= 2
    size = sys.getsizeof(n)
    if size != last:
        print(f'2**{i}: {last} -> {size}')
        last = size

# int.__sizeof__ agrees with getsizeof (ints carry no GC header)
print(all(sys.getsizeof(v) == v.__sizeof__() for v in values))
