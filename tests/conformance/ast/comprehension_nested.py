[[y for y in x] for x in xss]
{x: [y for y in x] for x in xs}
[(lambda: x)() for x in xs]
