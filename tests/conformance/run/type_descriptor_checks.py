# Descriptor protocol details: a __set__-only descriptor, classmethod
# descriptors on instances, getset __get__/__set__/__delete__ with their type
# checks, method-wrapper __objclass__, object.__setattr__ on a type, and
# __getnewargs__ found on the class only when reducing.
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['a'] = value
descr = SetOnly()
class X:
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a)
d = dict.__dict__['fromkeys']
print({}.fromkeys('ab'), d.__get__({})('c'), d.__get__(None, dict)('d'))
for args in ((None, None), (42,), (None, 42), (None, int)):
    try:
        d.__get__(*args)
    except TypeError as e:
        print('TypeError:', e)
l = []
print(l.__add__.__objclass__, l.__add__.__self__ is l, (1).__add__.__objclass__)
for call in (lambda: object.__setattr__(str, 'foo', 42), lambda: object.__delattr__(str, 'lower'),
             lambda: type.__dict__['__doc__'].__set__(list, 'blah'),
             lambda: type.__dict__['__doc__'].__delete__(X),
             lambda: type.__dict__['__doc__'].__get__(1),
             lambda: type.__dict__['__name__'].__set__(1, 'x')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(type.__dict__['__name__'].__get__(X), type.__dict__['__doc__'].__get__(None, type))
print(type.__module__, repr(type.__doc__))

class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ('__getnewargs__', '__getnewargs_ex__'):
            raise AssertionError(attr)
        return None
print(Picky().__reduce_ex__(2)[1:3], Picky().__reduce_ex__(1)[1:3])
