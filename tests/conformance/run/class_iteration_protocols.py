# __iter__/__next__, and the old __getitem__ sequence protocol.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), 2 in Countdown(5), sum(Countdown(4)))

class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i

print(list(Squares()), 9 in Squares(), 5 in Squares(), list(zip(Squares(), "ab")))
it = iter(Squares())
print(type(it).__name__, next(it), next(it))

class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
