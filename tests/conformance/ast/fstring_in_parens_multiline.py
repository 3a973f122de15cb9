msg = (
    f'{a}'
    f'b {c}'
    'd'
)
call(
    f'x {y} z',
    f'{w}',
)
