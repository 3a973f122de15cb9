    
if True:
    x = f'{a}{b}' + f'  {c!r:>{width}}'
    y = foo(f'{d.e}')
