# The script lineprof_kernprof runs under kernprof (profile is a builtin there).
@profile
def triangle(n):
    total = 0
    for i in range(n):
        total += i
    return total


def helper():
    return triangle(3)


print('result', helper(), triangle(4))
