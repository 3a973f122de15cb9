{1, 2, *a, (3, 4), f(x)}
{x for x in y}
{*a}
