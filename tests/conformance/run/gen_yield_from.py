# yield from delegates iteration, send, throw, and returns the result.
def inner():
    received = yield "inner 1"
    print("inner received", received)
    yield "inner 2"
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from "ab"
    return "outer done"

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def gen_throw_target():
    try:
        yield 1
    except KeyError:
        yield "inner caught KeyError"
def delegator():
    yield from gen_throw_target()
d = delegator()
next(d)
print(d.throw(KeyError))
