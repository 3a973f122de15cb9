# 3.11 tests a while loop's condition again at the bottom and jumps back
# without a warm-up event, so a while loop alone never quickens its function;
# `while True` and `continue` jump back with one.
def with_test():
    s = 'w' * 4
    out = []
    while len(s) < 20:
        before = id(s)
        s = s + 'z'
        out.append(id(s) == before)
    return out
print(with_test())
def forever():
    s = 'w' * 4
    out = []
    while True:
        before = id(s)
        s += 'z'
        out.append(id(s) == before)
        if len(s) >= 20:
            break
    return out
print(forever())
def with_continue():
    s = 'w' * 4
    out = []
    while len(s) < 20:
        before = id(s)
        s += 'z'
        out.append(id(s) == before)
        continue
    return out
print(with_continue())
