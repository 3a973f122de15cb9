# Numeric builtins: abs, divmod, pow, round, sum, min, max, bin, oct, hex.
print(abs(-3), abs(-2.5), abs(3 + 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(2.0, 0.5))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(12345, -2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []))
print(min(3, 1, 2), max("abc"), min([], default=0), max([1, 5, 3], key=lambda x: -x))
print(bin(10), oct(10), hex(255), hex(-1), bin(0))
print(int("ff", 16), float("1e3"), complex(1, 2), bool(0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(max(1, 2, key=None), min((1, "b"), (1, "a")))
