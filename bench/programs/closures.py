# Closures: function factories, counters with nonlocal state, a memoizing
# decorator, composition of small functions, and callbacks kept in a registry.
import functools


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_multiplier(n):
    return lambda x: x * n


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


def make_accumulator():
    history = []

    def record(value):
        history.append(value)
        return sum(history[-3:])

    def average():
        return sum(history) / len(history)
    return record, average


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(handler):
            self.handlers.setdefault(event, []).append(handler)
            return handler
        return register

    def emit(self, event, payload):
        return [handler(payload) for handler in self.handlers.get(event, ())]


def main():
    checksum = 0
    adders = [make_adder(i) for i in range(10)]
    scalers = [make_multiplier(i % 4 + 1) for i in range(10)]
    pipelines = [compose(adders[i], scalers[i], adders[9 - i]) for i in range(10)]
    for x in range(480_000):
        checksum += pipelines[x % 10](x) % 1000

    counters = [make_counter() for _ in range(50)]
    for i in range(1_300_000):
        counters[i % 50](i % 3)
    checksum += sum(c(0) for c in counters)

    for size in range(10, 80, 5):
        paths.cache.clear()
        checksum += paths(size, size) % 1_000_003 + len(paths.cache)

    record, average = make_accumulator()
    for i in range(700_000):
        checksum += record(i % 17) % 5
    checksum += int(average() * 1000)

    bus = EventBus()
    totals = {"orders": 0, "refunds": 0}

    @bus.on("order")
    def count_order(amount):
        totals["orders"] += amount
        return amount

    @bus.on("order")
    def tax(amount):
        return amount * 21 // 100

    @bus.on("refund")
    def count_refund(amount):
        totals["refunds"] += amount
        return -amount

    for i in range(420_000):
        results = bus.emit("refund" if i % 9 == 0 else "order", i % 250)
        checksum += sum(results)

    bonus = functools.partial(make_adder(1000), 5)
    print(pipelines[3](7), counters[7](0), paths(16, 16), totals, bonus(), paths.__name__)
    print("checksum", checksum)


main()
