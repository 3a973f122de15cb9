def a():
    x = 1
    def b():
        nonlocal x
        x += 1
        def c():
            nonlocal x
            return x
        return c
    return b
