# sys.getrecursionlimit / setrecursionlimit and their errors.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(sys.getrecursionlimit(), depth() < 50)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
