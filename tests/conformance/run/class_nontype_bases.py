# bases that are not classes reach a metaclass that is not type unchanged
class Meta(int):
    def __init__(*args, **kwargs):
        pass

    def __new__(cls, name, bases, attrs, **kwargs):
        return bases, kwargs


d = {'metaclass': Meta}


class A(**d): pass
print(A)
class A(0, 1, 2, 3, **d): pass
print(A)
class A(0, *range(1, 4), **d, foo='bar'): pass
print(A)
for src in ("class B(1): pass", "class B(object, 'x'): pass"):
    try:
        exec(src)
    except TypeError as e:
        print(type(e).__name__, e)
