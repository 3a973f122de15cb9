# C3 linearization for diamonds and more complex hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(K1))
print(names(K2))
print(names(K3))
print(names(Z))

class Left(A): pass
class Right(A): pass
class Bottom(Left, Right): pass
print(names(Bottom))
