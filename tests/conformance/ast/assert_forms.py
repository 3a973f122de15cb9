assert x
assert x, 'message'
assert isinstance(a, int), f'bad {a!r}'
assert (a, b)
