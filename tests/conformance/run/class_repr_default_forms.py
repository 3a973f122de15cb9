# Default reprs of classes, methods and builtins that contain no address.
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass

print(repr(C), repr(int), repr(type), repr(object))
print(C.m.__qualname__, repr(len), repr(print), repr(str.upper), repr(dict.fromkeys).split(" of ")[0])
print(repr([].append).split(" of ")[0], repr(C.cm).split(" of ")[0])
print(repr(int.__add__), repr(object.__init__), repr(type.__call__))
print(repr(str.__dict__["upper"]), repr(C.__dict__["cm"]).split(" at ")[0])
print(repr(property).split("'")[1], repr(staticmethod), repr(super))
import sys
print(repr(sys.getrecursionlimit), repr(sys))
