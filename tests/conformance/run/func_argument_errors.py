# Every argument-binding error message.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

def h():
    pass

def many(a, b, c, d):
    pass

calls = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, a=2), lambda: f(1, 2, c=3),
    lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, c=1, d=2), lambda: h(1), lambda: h(x=1),
    lambda: many(1), lambda: many(1, d=4), lambda: g(1, 2, 3, c=4), lambda: f(**{"a": 1, "b": 2, "z": 3}),
    lambda: f(*[1], **{"a": 2}), lambda: f(1, **{"b": 2}, **{"b": 3}), lambda: f(**{1: 2}),
    lambda: f(*5), lambda: f(**[1]),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
