# Variable-size built-ins (int, tuple, bytes) take no nonempty __slots__.
def attempt(src):
    try:
        ns = {}
        exec(src, ns)
        print('ok', ns['A'].__basicsize__, ns['A'].__itemsize__)
    except Exception as e:
        print(type(e).__name__, e)

attempt('class A(int):\n    __slots__ = ("x",)')
attempt('class A(int):\n    __slots__ = ()')
attempt('class A(tuple):\n    __slots__ = ("x",)')
attempt('class A(tuple):\n    __slots__ = ()')
attempt('class A(bytes):\n    __slots__ = ("__dict__",)')
attempt('class A(bytes):\n    __slots__ = ()')
attempt('class A(int):\n    __slots__ = ("__weakref__",)')
attempt('class A(bool):\n    pass')
attempt('class A(str):\n    __slots__ = ("x",)')
attempt('class A(float):\n    __slots__ = ("x",)')
attempt('class A(list):\n    __slots__ = ("x", "__dict__")')
attempt('class A(int):\n    pass')
