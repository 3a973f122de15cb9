def make(n):
    def add(x, n=n):
        return x + n
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return add, inc
