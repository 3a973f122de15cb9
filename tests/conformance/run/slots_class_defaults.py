# Defaults for slots must come from __init__ (or a base class attribute of another name).
class Config:
    __slots__ = ('debug', 'level')
    defaults = {'debug': False, 'level': 1}

    def __init__(self, **kw):
        for name in self.__slots__:
            setattr(self, name, kw.get(name, self.defaults[name]))

c = Config(level=3)
print(c.debug, c.level)
try:
    c.defaults = {}
except AttributeError as e:
    print(e)

class Base:
    color = 'red'

class Derived(Base):
    __slots__ = ('color',)

d = Derived()
try:
    print(d.color)
except AttributeError as e:
    print(e)
d.color = 'blue'
print(d.color, Base.color)
print(type(Derived.__dict__['color']).__name__)
