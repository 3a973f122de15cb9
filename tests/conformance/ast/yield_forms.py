def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield x
    yield from other()
    z = yield from w
    yield *a, b
    await_it = (yield)
    f((yield))
