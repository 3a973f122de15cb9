a[(i := 0)]
a[b := 1]
lambda: (z := 1)
assert (r := f()), r
(x := 1, y := 2)
with (v := ctx()):
    pass
x = [z := 1]
foo(x=(y := f(x)))
{(a := 1), (b := 2)}
z = f'{(w := 3)}'
