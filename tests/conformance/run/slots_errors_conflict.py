# A slot may not share its name with a class attribute.
def attempt(src):
    try:
        exec(src, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

attempt('class A:\n    __slots__ = ("x",)\n    x = 1')
attempt('class A:\n    __slots__ = ("x", "y")\n    def y(self): pass')
attempt('class A:\n    __slots__ = ("__x",)\n    _A__x = 1')
attempt('class A:\n    __slots__ = ("__x",)\n    __x = 1')
attempt('class A:\n    __slots__ = ("x",)\n    y = 1')
attempt('class A:\n    __slots__ = ("__qualname__",)')
attempt('class A:\n    __slots__ = ("__slots__",)')
attempt('class B:\n    x = 1\nclass A(B):\n    __slots__ = ("x",)')
attempt('class A:\n    __slots__ = ("x", "x")')
