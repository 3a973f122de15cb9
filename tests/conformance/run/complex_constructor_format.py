# complex() from strings and numbers, formatting.
for s in ("1+2j", " 3-4j ", "(5+6j)", "j", "-j", "2.5", "1e3j", "inf+nanj", "-1.5e-3-2j"):
    print(repr(s), complex(s))
for bad in ("1+", "1 + 2j", "j1", "(1+2j", ""):
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(complex(1, 2j), complex(1j, 1j), complex(), complex(2.5))
print(format(1 + 2j, ".2f"), format(1.5 - 2.5j, "^20"), format(3j, "e"), format(1 + 1j, ""))
print(f"{(1+2j):>12}", f"{(0.1+0.2j):g}", f"{complex(1, -0.0)}")
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    format(1j, "=10")
except ValueError as e:
    print("ValueError:", e)
