foo(x for x in range(10)
    for y in z, 1)
