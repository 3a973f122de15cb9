print()
print('a', 'b', sep='', end='')
print(*items, file=sys.stderr, flush=True)
