async def main():
    async for x in aiter():
        pass
    else:
        pass
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c):
        pass
