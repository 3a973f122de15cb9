# Checks around a class's namespace: __classcell__ must be the compiler's
# cell, __abstractmethods__ can be deleted only when set, and a module's dir()
# needs a real __dict__.
import types
try:
    class C3:
        __classcell__ = 42
        __slots__ = ['__classcell__']
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print('AttributeError:', e)
Plain.__abstractmethods__ = frozenset({'f'})
print(Plain.__abstractmethods__)
del Plain.__abstractmethods__
print(hasattr(Plain, '__abstractmethods__'), hasattr(type, '__abstractmethods__'))
class Mod(types.ModuleType):
    __dict__ = property(lambda self: 'not a dict')
try:
    dir(Mod('m'))
except TypeError as e:
    print('TypeError:', e)
m = types.ModuleType('m')
m.b, m.a = 1, 2
print(dir(m))
m.__dir__ = lambda: ['z', 'y']
print(dir(m))
