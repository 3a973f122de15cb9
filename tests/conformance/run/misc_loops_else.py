# for/while with else, break and continue.
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished without break")
for x in []:
    pass
else:
    print("empty loop runs else")
while True:
    break
else:
    print("not printed")
