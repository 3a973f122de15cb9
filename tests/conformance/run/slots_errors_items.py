# What __slots__ may hold: identifiers as strings, from any iterable.
def attempt(src):
    try:
        ns = {}
        exec(src, ns)
        s = ns['A'].__slots__
        print('ok', 'an iterator' if hasattr(s, '__next__') else s)
    except Exception as e:
        print(type(e).__name__, e)

attempt('class A:\n    __slots__ = (1,)')
attempt('class A:\n    __slots__ = ("ok", b"bytes")')
attempt('class A:\n    __slots__ = ("1abc",)')
attempt('class A:\n    __slots__ = ("with space",)')
attempt('class A:\n    __slots__ = ("",)')
attempt('class A:\n    __slots__ = 3')
attempt('class A:\n    __slots__ = None')
attempt('class A:\n    __slots__ = "abc"')
attempt('class A:\n    __slots__ = ["a", "b"]')
attempt('class A:\n    __slots__ = {"a": "doc of a", "b": None}')
attempt('class A:\n    __slots__ = iter(["a", "b"])')
attempt('class A:\n    __slots__ = ("ünï",)')
attempt('class A:\n    __slots__ = ("__dict__", 1)')
