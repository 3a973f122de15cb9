# Code run by eval() reports <string>, line 1.
expressions = [
    "1 + 2",
    "10 / 5",
    "max([3, 1, 2])",
    "len([]) / 0",
    "never evaluated",
]
for expr in expressions:
    print(expr, "=", eval(expr))
