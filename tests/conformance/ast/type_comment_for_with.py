for x in xs:  # type: int
    pass
with open(p) as f:  # type: IO[str]
    pass
async def g():
    async for y in ys:  # type: str
        pass
    async with lock as l:  # type: Lock
        pass
