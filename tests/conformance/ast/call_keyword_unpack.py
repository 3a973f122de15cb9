dict(**defaults, **overrides)
f(a=1, b=2, **rest)
f(*args, key=value)
