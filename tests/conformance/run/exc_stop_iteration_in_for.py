# StopIteration ends for loops; other exceptions from __next__ propagate.
class Faulty:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("broken iterator")
        return self.n

try:
    for x in Faulty():
        print(x)
except ValueError as e:
    print("ValueError:", e)
it = iter([1])
for x in it:
    print("got", x)
for x in it:
    print("never")
print("done")
