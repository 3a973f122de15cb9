# Augmented assignment on names, attributes, subscripts, evaluated once.
class Box:
    def __init__(self):
        self.v = 1

calls = []
def key(k):
    calls.append(k)
    return k

b = Box()
b.v += 5
b.v *= 2
d = {"a": 1}
d[key("a")] += 10
lst = [1, 2]
lst[key(0)] -= 5
print(b.v, d, lst, calls)
s = "ab"
s += "c"
t = (1,)
t += (2,)
n = 10
n //= 3; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(s, t, n)
x = [1]
y = x
x += [2]
print(y, x is y)
