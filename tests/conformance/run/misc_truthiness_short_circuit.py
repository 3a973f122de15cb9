# and/or return operands and short-circuit evaluation.
def t(x):
    print("t", x)
    return x

print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t("") or t("last"))
print(t([]) or t(0))
print(not t(None))
x = None
name = x or "default"
print(name)
print(1 and 2 and 3, 1 or 2 or 3, 0 and 1 or 2, None or 0 and 1)
