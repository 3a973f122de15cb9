# __qualname__ of code nested in a comprehension: a comprehension's scope adds no `.<locals>` (compile.c's
# compiler_set_qualname adds it under functions and lambdas only), so a lambda in a list comprehension is
# `<listcomp>.<lambda>`, and under a function `f.<locals>.<listcomp>.<lambda>`.
fs = [lambda: i for i in range(2)]
print(fs[0].__qualname__, fs[0].__code__.co_qualname)
gens = [(x for x in range(i)) for i in range(2)]
print(gens[0].__qualname__, gens[0].gi_code.co_qualname)
print({k: [lambda: k for _ in 'a'][0].__qualname__ for k in 'b'})


def f():
    return [lambda: i for i in range(1)][0], [(lambda: (lambda: 1))() for _ in 'a'][0]


a, b = f()
print(a.__qualname__, b.__qualname__)
print(repr(fs[0]).split(' at ')[0])


class C:
    attrs = [lambda self: n for n in range(1)]
    gen = list((lambda: 2) for _ in 'a')


print(C.attrs[0].__qualname__, C.gen[0].__qualname__)
