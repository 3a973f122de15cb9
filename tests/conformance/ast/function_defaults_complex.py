def f(a=[1, 2], b={'k': 1}, c=lambda: 0, d=x if y else z, *, e=f(1), g=(1, 2)):
    pass
