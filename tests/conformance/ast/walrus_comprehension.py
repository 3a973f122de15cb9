[y for x in xs if (y := f(x))]
[y := f(x), y ** 2]
{(k := x): k for x in xs}
any((m := x) for x in xs)
