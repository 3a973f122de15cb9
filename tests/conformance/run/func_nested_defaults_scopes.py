# Defaults are evaluated in the defining scope; annotations too.
def outer():
    base = 10
    def inner(x=base * 2):
        return x
    base = 99
    return inner()

print(outer())

class K:
    size = 3
    def method(self, n=size):
        return n
print(K().method())

def make():
    fns = []
    for i in range(3):
        def f(i=i, j=i * 10):
            return i + j
        fns.append(f)
    return [fn() for fn in fns]
print(make())
