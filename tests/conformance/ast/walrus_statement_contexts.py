if (n := len(a)) > 10:
    pass
while (line := read()):
    pass
print(y := 5)
x = (y := 1)
f(a, b := 2)
