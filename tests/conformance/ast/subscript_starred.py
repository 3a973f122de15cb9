a[*b]
a[*b, c]
a[c, *b]
x[*idx] = 1
tuple[int, *Ts]
