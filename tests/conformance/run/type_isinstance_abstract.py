# isinstance/issubclass with "abstract" classes: any object with a tuple
# __bases__ is a class, and an instance's __class__ names its class.
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases
    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass
    __class__ = property(getclass)


Super = AbstractClass(bases=())
Child = AbstractClass(bases=(Super,))
Other = AbstractClass(bases=())
Many = AbstractClass(bases=(Other, Child))
print(isinstance(Super(), Super), isinstance(Child(), Super), isinstance(Super(), Child))
print(issubclass(Child, Super), issubclass(Super, Child), issubclass(Many, Super))
print(isinstance(Child(), (Other, Super)), issubclass(Child, (Child,)))


class NoBases:
    __bases__ = 3


for call in (lambda: isinstance(1, NoBases()), lambda: issubclass(NoBases(), int),
             lambda: issubclass(Child, NoBases())):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


print(type.__instancecheck__(int, True), type.__instancecheck__(int, Super()))
try:
    type.__subclasscheck__(int, 3)
except TypeError as e:
    print('TypeError:', e)
