async def f():
    return f'{await g()}'
