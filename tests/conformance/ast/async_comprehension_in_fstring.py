async def f():
    return f'{[x async for x in y]}'
