# Class creation checks: __prepare__ must return a mapping, the one-argument
# form is type's own, a more derived metaclass's __new__ makes the class;
# SimpleNamespace compares by real type.
import types

class BadMeta(type):
    @classmethod
    def __prepare__(*args):
        return None
try:
    class Foo(metaclass=BadMeta):
        pass
except TypeError as e:
    print('TypeError:', e)

class NotAType:
    @classmethod
    def __prepare__(*args):
        return 42
try:
    class Bar(metaclass=NotAType):
        pass
except TypeError as e:
    print('TypeError:', e)

class M(type):
    pass
print(type(5))
for call in (lambda: M(5), lambda: type(1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

class ModelBase(type):
    def __new__(cls, name, bases, attrs):
        print('ModelBase.__new__', name)
        if name != 'Model':
            raise RuntimeWarning(name)
        return super().__new__(cls, name, bases, attrs)
class Model(metaclass=ModelBase):
    pass
try:
    type('Sub', (Model,), {})
except RuntimeWarning as e:
    print('RuntimeWarning:', e)

class Fake(str):
    __class__ = types.SimpleNamespace
print(types.SimpleNamespace() == Fake(), types.SimpleNamespace() != Fake(), isinstance(Fake(), types.SimpleNamespace))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
