# A class refers to itself through its __mro__; subclasses refer to their bases
# three times (__base__, __bases__, __mro__); instances refer to their class.
import sys


class A:
    pass


print('A alone:', sys.getrefcount(A))


class B(A):
    pass


print('A with a subclass:', sys.getrefcount(A), 'B:', sys.getrefcount(B))


class C(B):
    def who(self):
        return __class__


print('C (its __class__ cell):', sys.getrefcount(C), 'B:', sys.getrefcount(B))
objs = [C() for _ in range(4)]
print('C with four instances:', sys.getrefcount(C))
del objs
print('instances gone:', sys.getrefcount(C))


class S:
    __slots__ = ('x', 'y')


print('two slot descriptors:', sys.getrefcount(S))


class M(type):
    pass


class WithMeta(metaclass=M):
    pass


print('metaclass M (its class):', sys.getrefcount(M))
print('type(WithMeta) is M:', type(WithMeta) is M)
del C
print('C deleted, B keeps its count until a collection:', sys.getrefcount(B))
