# Objects that cannot be weakly referenced.
import weakref

for obj in [1, 'text', (1, 2), [1], {'a': 1}, None, 2.5, b'x']:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)


class Slotted:
    __slots__ = ('x',)


try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)


class WithWeak:
    __slots__ = ('x', '__weakref__')


print(weakref.ref(WithWeak())() is None)
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))
