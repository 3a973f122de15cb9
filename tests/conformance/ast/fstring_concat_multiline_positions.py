s = ('abc'
     f'{x}'
     'def' f'{y}')
t = f'{a}' \
    f'{b}'
