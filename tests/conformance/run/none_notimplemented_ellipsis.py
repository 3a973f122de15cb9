# The other singletons: NotImplemented and Ellipsis.
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...))
print(bool(...), [...], (1, ...))
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
x = [1]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
print((1).__add__("a") is NotImplemented, (1.5).__mul__("a"))
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
a = [1, 2, 3]
try:
    a[...]
except TypeError as e:
    print("TypeError:", e)
