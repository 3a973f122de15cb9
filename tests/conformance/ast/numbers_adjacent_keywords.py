y = 1
x = 1if y else 2
z = [0x1for x in y]
w = 1or 2
v = 0o7and 1
