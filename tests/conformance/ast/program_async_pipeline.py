import asyncio
import contextlib
from collections import deque


class RateLimiter:
    def __init__(self, per_second: float) -> None:
        self.interval = 1 / per_second
        self._last = 0.0
        self._lock = asyncio.Lock()

    async def __aenter__(self):
        async with self._lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            if (wait := self._last + self.interval - now) > 0:
                await asyncio.sleep(wait)
            self._last = loop.time()
        return self

    async def __aexit__(self, *exc_info):
        return False


async def produce(n, queue):
    for i in range(n):
        await queue.put(i)
    await queue.put(None)


async def numbers(queue):
    while (item := await queue.get()) is not None:
        yield item


async def consume(queue, limiter, results):
    async for value in numbers(queue):
        async with limiter:
            match value:
                case 0:
                    results.append("zero")
                case int(v) if v % 15 == 0:
                    results.append("fizzbuzz")
                case int(v) if v % 3 == 0:
                    results.append("fizz")
                case int(v) if not v % 5:
                    results.append("buzz")
                case _:
                    results.append(str(value))


async def gather_squares(values):
    squares = [await asyncio.sleep(0, result=v * v) async for v in aiterate(values)]
    return {v: s async for v, s in azip(values, squares)}


async def aiterate(values):
    for v in values:
        yield v


async def azip(a, b):
    for pair in zip(a, b):
        yield pair


async def main():
    queue = asyncio.Queue(maxsize=4)
    results = deque(maxlen=100)
    limiter = RateLimiter(per_second=1000)
    try:
        async with asyncio.timeout(5) if hasattr(asyncio, "timeout") else contextlib.nullcontext():
            await asyncio.gather(produce(16, queue), consume(queue, limiter, results))
    except* asyncio.TimeoutError as group:
        print("timed out", len(group.exceptions))
    except* (ValueError, TypeError):
        raise
    print(*results, sep=",")
    print(await gather_squares([1, 2, 3]))


if __name__ == "__main__":
    asyncio.run(main())
