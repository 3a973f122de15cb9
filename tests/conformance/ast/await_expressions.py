async def f():
    await x
    y = await x + 1
    z = -await x
    await x ** 2
    [await a for a in b]
    await (await x)
    print(await x, await y)
