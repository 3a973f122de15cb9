# PEP 479: a StopIteration escaping a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leaked")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)

def proper():
    yield 1
    return
print(list(proper()))
