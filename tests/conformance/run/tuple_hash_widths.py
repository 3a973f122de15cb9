# hash() of tuples whose items are ints of every width (32-bit, 53-bit, big),
# strs hashed before or not, floats and nested tuples; and the set order
# those hashes give.
ints = [0, 1, -1, -2, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, -2**32,
        2**33 - 1, -2**33, 2**40, -2**40, 2**52 + 3, -2**53, 2**61 - 1, 2**61,
        -2**61, 2**63, -2**63, 2**64 + 5, -2**70, 10**30]
for i in ints:
    print(i, hash((i,)), hash((i, i)), hash((1, i, 'x')))

s = 'fresh' + str(len(ints))
print(hash((s, 1)), hash(s), hash((s, 1)))
print(hash((0.5, -0.0, 1e300)), hash(((1, 2), (3, (4, 5)))), hash(()))
print(hash((True, False, None)) == hash((1, 0, None)))

cells = {(x, y) for x in (-2**40, -1, 0, 1, 2**31, 2**40) for y in (-1, 2**33, 7)}
print(list(cells))
print({(i, -i): i for i in ints[:12]})
print(frozenset((i, 2 * i) for i in ints[:10]) == frozenset((i, 2 * i) for i in reversed(ints[:10])))
print(hash(frozenset([(1, 2), (2**40, 3)])))
