# Bitwise operators, shifts and bit counting.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 70, (1 << 70) >> 69, -1 >> 5, -16 >> 2)
print(-5 & 0xFF, -5 | 3, -5 ^ 3, ~-5)
print((2 ** 100 - 1) & (2 ** 64 + 5), -(2 ** 70) | 1, -(2 ** 70) ^ -1)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
print(0 >> 100, 5 >> 1000, -5 >> 1000)
