# Class attributes live in the class's dict; instances do not add references.
import sys


class Val:
    pass


v = Val()


class Base:
    shared = v


class Child(Base):
    pass


print('class attribute:', sys.getrefcount(v))
c = Child()
x = c.shared
print('read through instance, kept:', sys.getrefcount(v))
del x
Child.own = v
print('set on subclass:', sys.getrefcount(v))
print('Base in Child.__mro__:', Base in Child.__mro__)
print('Base refs (name, own mro, descriptors, Child):', sys.getrefcount(Base))
print('Child refs (name, own mro, instance):', sys.getrefcount(Child))
del Child.own
print('deleted from subclass:', sys.getrefcount(v))
c.shared = v
print('instance attribute shadows:', sys.getrefcount(v))
del c
print('instance gone:', sys.getrefcount(v))
