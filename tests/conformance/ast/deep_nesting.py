x = ((((((((1))))))))
y = [[[[[[]]]]]]
z = f(g(h(i(j(k())))))
if a:
    if b:
        if c:
            if d:
                if e:
                    pass
