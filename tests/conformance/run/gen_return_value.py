# A generator's return value travels in StopIteration.value.
def g():
    yield 1
    return {"result": 42}

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def collect():
    total = yield from g()
    yield total
print(list(collect()))

def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
