-2 ** 2
(-2) ** 2
2 ** -1
await_ = 1
~x ** y
not a == b
