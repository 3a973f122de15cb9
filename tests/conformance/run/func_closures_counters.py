# Closures as state: counters, accumulators, and independent instances.
def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total, len(history)
    return add

acc1 = make_accumulator()
acc2 = make_accumulator()
print(acc1(10), acc1(5), acc2(1), acc1(-3))

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
print(acc1.__code__.co_freevars, make_accumulator.__code__.co_cellvars)
