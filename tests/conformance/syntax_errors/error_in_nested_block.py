def f():
    if x:
        for i in y:
            return i +
