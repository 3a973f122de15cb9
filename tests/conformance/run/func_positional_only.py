# Positional-only parameters before /.
def pos(a, b, /, c, *, d):
    return a, b, c, d

print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
for call in (lambda: pos(1, b=2, c=3, d=4), lambda: pos(a=1, b=2, c=3, d=4),
             lambda: pos(1, 2, 3, 4), lambda: pos(1, 2, d=4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def kw_ok(a, /, **kw):
    return a, kw
print(kw_ok(1, a=2))

def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 5), defaults(1, c=9), defaults.__defaults__)
