# Ints made by int(), len(), range iteration, enumerate and arithmetic all
# come from the small-int cache when they lie in -5..256.
s = 'x' * 200
print(len(s) is 200)
s = 'x' * 300
print(len(s) == 300, len(s) is len(s))
print(int('42') is 42, int('  7 ') is 7, int(b'9') is 9)
print(int('1000') is int('1000'))
print(int(3.9) is 3, int(-4.2) is -4, round(2.6) is 3)
for i in range(250, 262):
    pass
print(i, i is 261)
for j, ch in enumerate('abc'):
    pass
print(j is 2)
r = list(range(254, 259))
print([v is w for v, w in zip(r, [254, 255, 256, 257, 258])])
print(abs(-200) is 200, abs(-300) is abs(-300))
print(max(3, 9) is 9, min([250, 260]) is 250)
print(ord('A') is 65, ord('é') is 233, ord('€') is ord('€'))
print(hash(17) is 17, len({1: 2}) is 1)
print(divmod(17, 5)[0] is 3, (1 << 8) is 256, (1 << 9) is 512)
print(sum([100, 100, 56]) is 256, sum([100, 100, 57]) is 257)
print(True + 1 is 2, int(True) is 1)
