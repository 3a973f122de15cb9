# Virtual subclasses with register, abstract properties and classmethods.
from abc import ABC, ABCMeta, abstractmethod

class Drawable(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def create(cls):
        ...

class Plain:
    pass

Drawable.register(Plain)
print(isinstance(Plain(), Drawable), issubclass(Plain, Drawable), Drawable in Plain.__mro__)

class Impl(Drawable):
    @property
    def name(self):
        return "impl"
    @classmethod
    def create(cls):
        return cls()
print(Impl.create().name, type(Drawable).__name__, type(Drawable) is ABCMeta)
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass
try:
    Meta()
except TypeError as e:
    print("TypeError:", e)
