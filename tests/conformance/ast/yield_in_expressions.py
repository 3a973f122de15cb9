def g():
    x = [(yield i) for i in range(0)] if False else None
    y = 1 + (yield)
    z = (yield) or 1
    print((yield 2))
    w = yield from (yield)
