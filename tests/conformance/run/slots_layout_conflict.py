# Two bases that both add slots cannot be combined.
def attempt(src):
    try:
        ns = {}
        exec(src, ns)
        print('ok', ns['C'].__basicsize__)
    except Exception as e:
        print(type(e).__name__, e)

attempt('class A:\n    __slots__ = ("a",)\nclass B:\n    __slots__ = ("b",)\nclass C(A, B): pass')
attempt('class A:\n    __slots__ = ("a",)\nclass B:\n    __slots__ = ()\nclass C(A, B): pass')
attempt('class A:\n    __slots__ = ("a",)\nclass B:\n    pass\nclass C(A, B): pass')
attempt('class A:\n    __slots__ = ("a",)\nclass B:\n    __slots__ = ("__dict__",)\nclass C(A, B):\n    __slots__ = ()')
attempt('class A:\n    __slots__ = ("a",)\nclass B:\n    __slots__ = ("__weakref__",)\nclass C(A, B):\n    __slots__ = ()')
attempt('class A:\n    __slots__ = ("a",)\nclass C(A, int): pass')
attempt('class C(int, str): pass')
attempt('class C(list, dict): pass')
attempt('class C(Exception, int): pass')
attempt('class A:\n    __slots__ = ("a",)\nclass B(A):\n    __slots__ = ("b",)\nclass C(B, A): pass')
attempt('class A:\n    pass\nclass C(A, int): pass')
