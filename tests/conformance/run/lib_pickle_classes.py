# pickle of user classes: __dict__ state, __slots__, __getstate__/__setstate__, __reduce__, subclasses.
import pickle
import collections


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class WithState:
    def __init__(self):
        self.v = [1]

    def __getstate__(self):
        return {"v": self.v, "extra": True}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class Red:
    def __reduce__(self):
        return (Red, ())


class MyList(list):
    pass


class NewArgs(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

    def __getnewargs__(self):
        return (int(self) // 2,)


print(pickle.dumps(Point(1, 2)), pickle.dumps([Point(1, 2), Point(3, 4)]))
print(pickle.loads(pickle.dumps(Point(1, 2))), pickle.dumps(Slotted()), pickle.loads(pickle.dumps(Slotted())).a)
w = pickle.loads(pickle.dumps(WithState()))
print(pickle.dumps(WithState()), w.__dict__, type(pickle.loads(pickle.dumps(Red()))).__name__)
print(pickle.dumps(MyList([1, 2])), pickle.loads(pickle.dumps(MyList([1, 2]))), pickle.dumps(NewArgs(5)), pickle.loads(pickle.dumps(NewArgs(5))))
print(pickle.dumps(collections.OrderedDict(a=1)), pickle.dumps(int), pickle.dumps(len), pickle.dumps(Point), pickle.dumps(type(None)))
print(pickle.dumps(Ellipsis), pickle.dumps(NotImplemented), pickle.dumps(range(3)), pickle.dumps(slice(1, 2)))
