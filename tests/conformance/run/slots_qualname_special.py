# __qualname__ and __classcell__ may name slots even though the compiler puts them in the namespace.
class A:
    __slots__ = ('__qualname__',)

a = A()
a.__qualname__ = 'instance name'
print(a.__qualname__, A.__qualname__)

class B:
    __slots__ = ('__classcell__', 'x')

    def method(self):
        return __class__

b = B()
print(b.method() is B, sorted(k for k in B.__dict__ if k in ('__classcell__', 'x')))

class C:
    __slots__ = ('__module__x',)

print([k for k in C.__dict__ if k.endswith('x')])
try:
    class D:
        __slots__ = ('__module__',)
except ValueError as e:
    print(e)
try:
    class E:
        __slots__ = ('__doc__',)
        'docstring'
except ValueError as e:
    print(e)
