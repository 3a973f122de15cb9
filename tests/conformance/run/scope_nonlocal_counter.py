# `nonlocal` rebinds a name of the enclosing function.
def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return step, peek

step, peek = make_counter(10)
print(step(), step(), step(5))
print(peek())
other_step, other_peek = make_counter(0)
print(other_step(), peek(), other_peek())
