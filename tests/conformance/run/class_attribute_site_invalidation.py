# Attribute sites remember what a class held under a name. A change to that
# class, to a base along its MRO, to its __bases__, or to the class of the
# descriptor it holds must reach every site; a change elsewhere must not
# disturb it.
class A:
    k = 'A.k'
class B(A): pass
class C(B): pass
class Other:
    k = 'Other.k'

def read(o):
    return o.k

a, b, c, other = A(), B(), C(), Other()
print(read(a), read(b), read(c), read(other))
A.k = 'A.k2'                      # the base changes: every subclass sees it
print(read(a), read(b), read(c), read(other))
B.k = 'B.k'                       # the middle class shadows the base
print(read(a), read(b), read(c))
Other.k = 'Other.k2'              # an unrelated class changes
print(read(a), read(b), read(c), read(other))
del B.k
print(read(b), read(c))

# __bases__ assignment moves a class between bases: its __subclasses__ and its lookups follow.
class X:
    k = 'X.k'
class Y:
    k = 'Y.k'
class Z(X):
    pass
z = Z()
print(read(z), X.__subclasses__(), Y.__subclasses__())
Z.__bases__ = (Y,)
print(read(z), X.__subclasses__(), Y.__subclasses__())
Y.k = 'Y.k2'
X.k = 'X.k2'
print(read(z))

# A class made inside a loop: every new class starts its sites afresh.
for i in range(3):
    class L:
        v = i
    print(L().v, end=' ')
print()

# A __del__ run by replacing a class attribute still finds the old value
# through the class, as CPython's type_setattro invalidates its caches after
# the release.
class Watch:
    def __del__(self):
        print('del sees', type(Box.val).__name__)
class Box:
    val = Watch()
def readval():
    return Box.val
readval()
Box.val = 'new'
print(readval())
