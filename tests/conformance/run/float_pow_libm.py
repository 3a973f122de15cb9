# float ** float goes through the C library's pow: every bit must match.
print(1.1 ** 100, 10 ** -5, 10.0 ** 23, 2 ** 0.5, 1.05 ** 365)
rates = [1.01, 1.025, 1.07, 0.97, 1.5, 3.3]
for r in rates:
    print(r, [r ** n for n in (7, 12, 30, 0.5, -3.25)])
print([x ** (1 / 3) for x in (2.0, 10.0, 27.0, 1e-300, 1e300)])
print(0.5 ** 1074, 0.5 ** 1075, 2.0 ** -1074.5, 1e-310 ** 0.5)
print((-2.0) ** 3, (-2.0) ** -3, (-0.0) ** 3, (-0.0) ** 0.5, float('-inf') ** -3)
print(float('nan') ** 0, 1.0 ** float('nan'), (-1.0) ** float('inf'), 0.5 ** float('-inf'))
for base, exp in [(10.0, 400), (-10.0, 309.0), (2.0, 1024), (1e300, 1.5)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print('OverflowError:', e, e.args)
try:
    0.0 ** -1.5
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print((-8) ** (1 / 3))
print(pow(2.0, 0.5), pow(7, -2), pow(2, 3, None), pow(2.0, 3, None))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
