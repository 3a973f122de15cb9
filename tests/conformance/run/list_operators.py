# + * += *= in ==, comparisons and the errors for mixed types.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0] * 3
c *= 2
print(c, [1, 2] * 0, [1] * -1, 2 * ["x"])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1], 3 in [1, 2, 3], [3] in [[3]])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
a += "xy"
a += range(2)
print(a)
for op in (lambda: [1] + (2,), lambda: [1] < ["a"], lambda: [1] * [2], lambda: [1] - [1]):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
