# Exceeding the recursion limit raises RecursionError, which can be caught.
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n

print(sys.getrecursionlimit())
d = count_depth()
print(900 < d < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), 150 < count_depth() < 200)
