# __dict__ and __weakref__ slots are refused when the class already has them.
def attempt(src):
    try:
        exec(src, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

attempt('class A:\n    __slots__ = ("__dict__", "__dict__")')
attempt('class A:\n    __slots__ = ("__weakref__", "__weakref__")')
attempt('class B:\n    pass\nclass A(B):\n    __slots__ = ("__dict__",)')
attempt('class B:\n    pass\nclass A(B):\n    __slots__ = ("__weakref__",)')
attempt('class B:\n    __slots__ = ("__dict__",)\nclass A(B):\n    __slots__ = ("__dict__",)')
attempt('class B:\n    __slots__ = ("__weakref__",)\nclass A(B):\n    __slots__ = ("__weakref__",)')
attempt('class B:\n    __slots__ = ("__dict__",)\nclass A(B):\n    __slots__ = ("__weakref__",)')
attempt('class A(Exception):\n    __slots__ = ("__dict__",)')
attempt('class A(Exception):\n    __slots__ = ("__weakref__",)')
attempt('class A(type):\n    __slots__ = ("__weakref__",)')
