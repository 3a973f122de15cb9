# An exception raised in finally replaces the one in flight (kept as context).
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")

try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))

def g():
    try:
        return "value"
    finally:
        print("finally before return completes")
print(g())
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print("finally of first iteration")
print(h())
