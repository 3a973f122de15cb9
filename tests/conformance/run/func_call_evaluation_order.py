# Arguments are evaluated left to right before the call.
log = []
def v(x):
    log.append(x.__name__ if callable(x) else x)
    return x

def f(*args, **kwargs):
    log.append("call")
    return args, kwargs

f(v(1), v(2), k=v(3), **{v("key"): v(4)})
print(log)
log.clear()
v(f)(v("a"), *[v("b")], c=v("c"))
print(log)
log.clear()
d = {}
d[v("k")] = v("val")
print(log)
log.clear()
x = v(1) + v(2) * v(3)
print(log, x)
