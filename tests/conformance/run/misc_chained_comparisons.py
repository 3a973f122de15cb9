# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(v(1) < v(2) < v(0) < v(5))
print(1 < 2 == 2 >= 2 != 3, "a" < "b" < "c", 0 <= 0 < 1)
x = 5
print(0 < x < 10, 10 < x < 20, x in [5] in [[5]], 1 is not None is not False)
print([1, 2] < [1, 3] <= [1, 3], (1,) < (1, 0) < (2,))
a = b = [1]
print(a is b is a, a == b != [2])
