# Converting big ints to float rounds half to even.
for n in (2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6,
          10 ** 17 + 1, 2 ** 64 - 1, 2 ** 100 + 2 ** 47, 2 ** 100 + 2 ** 47 + 1):
    print(n, float(n), int(float(n)) - n)
print(float(2 ** 1023), float(-(2 ** 1023)))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(int(1e23), int(-1.5e300) // 10 ** 290)
