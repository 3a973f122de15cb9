# None: identity, repr, truth, and the errors of using it.
x = None
print(x, repr(x), str(x), bool(x), x is None, x == None, type(x).__name__)
print(type(None)(), type(None)() is None, hash(None) == hash(None))
def f():
    pass
print(f(), f() is None, [].append(1))
for op in (lambda: None + 1, lambda: None < 1, lambda: None(), lambda: None[0],
           lambda: len(None), lambda: None.attr, lambda: iter(None), lambda: None.__len__()):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(None.__eq__(None), None.__ne__(1), None.__bool__())
print([None, None].count(None), {None: 1}[None])
