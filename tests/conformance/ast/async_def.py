async def f():
    await g()
    return await h
async def g(a, *, b=1) -> int:
    x = await a
    await asyncio.sleep(0)
