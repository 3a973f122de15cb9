# A closure that refers to itself through its cell: function, cell and closure tuple.
import gc


def make():
    def inner():
        return inner
    return inner


gc.collect()
f = make()
del f
print(gc.collect())


def counter():
    count = [0]

    def step():
        count[0] += 1
        return count[0]
    count.append(step)
    return step


s = counter()
print(s(), s())
del s
print(gc.collect())
