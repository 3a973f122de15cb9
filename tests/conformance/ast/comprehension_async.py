async def f():
    a = [x async for x in ait]
    b = {x async for x in ait if x}
    c = {k: v async for k, v in ait}
    d = (x async for x in ait)
    e = [await x for x in aws]
    g = [x for y in ys async for x in y]
