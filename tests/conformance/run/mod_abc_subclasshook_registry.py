# abc: __subclasshook__, register, caches, update_abstractmethods, abstract properties and classmethods.
import abc

class Closable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            return any("close" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class File:
    def close(self):
        pass
class Plain:
    pass
print(issubclass(File, Closable), isinstance(Plain(), Closable), issubclass(Plain, Closable))
Closable.register(Plain)
print(issubclass(Plain, Closable), Closable.register(int) is int, isinstance(3, Closable))
token = abc.get_cache_token()
class Other(abc.ABC):
    pass
Other.register(str)
print(abc.get_cache_token() - token, issubclass(str, Other), issubclass(bool, Other))
class Sub(Other):
    pass
for bad in (lambda: Sub.register(Other), lambda: Other.register(3)):
    try:
        bad()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
    @abc.abstractproperty
    def old(self): ...
print(sorted(Base.__abstractmethods__))
class Partial(Base):
    size = 3
    @classmethod
    def make(cls):
        return cls
print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
Partial.helper = staticmethod(lambda: 1)
Partial.old = 5
print(sorted(abc.update_abstractmethods(Partial).__abstractmethods__), Partial().size)
class NotAbc:
    pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, type(Base).__name__, abc.ABCMeta.__module__)
