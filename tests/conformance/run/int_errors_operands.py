# Type errors from int operators.
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: 1 - [], lambda: 2 * None,
    lambda: 3 / "x", lambda: 4 // (), lambda: 5 % {}, lambda: 2 ** "2",
    lambda: 1 << 1.0, lambda: 1 & 2.0, lambda: -"a", lambda: ~1.5,
    lambda: divmod(1, "2"), lambda: pow(2, 3, "5"), lambda: abs("x"),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
