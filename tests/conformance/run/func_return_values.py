# Return values: implicit None, multiple values, early returns.
def nothing():
    pass

def explicit_none():
    return

def several():
    return 1, "two", [3]

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return f"stopped at {i}"
    return "finished"

print(nothing(), explicit_none(), several(), type(several()).__name__)
a, b, c = several()
print(a, b, c)
print(early(-1), early(10), early(2))

def ret_in_loop():
    for x in [1, 2, 3]:
        while True:
            return x
print(ret_in_loop())
