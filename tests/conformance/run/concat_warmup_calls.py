# Without a loop, each call is one warm-up event: the 8th call is the first
# to concatenate in place.
import sys
n = len(sys.argv)
def once():
    s = 'ab' * (n + 1)
    before = id(s)
    s += 'c'
    return id(s) == before
print([once() for _ in range(12)])
def twice(k):
    s = 'ab' * (n + 1)
    before = id(s)
    for j in range(k):
        s += 'c'
        if j == 0:
            first = id(s) == before
    return first
print([twice(2) for _ in range(6)])
