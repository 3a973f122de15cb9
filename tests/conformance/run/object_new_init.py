# __new__ and __init__: order, arguments and errors.
class Traced:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)

t = Traced(1, 2)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
try:
    OnlyInit()
except TypeError as e:
    print("TypeError:", e)

class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
