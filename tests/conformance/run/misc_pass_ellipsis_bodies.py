# Minimal bodies: pass, ..., and docstring-only.
def nothing():
    pass

def dots():
    ...

class Empty:
    pass

class DocOnly:
    """Only a docstring."""

for fn in (nothing, dots):
    print(fn.__name__, fn())
print(Empty.__name__, DocOnly.__doc__, len(vars(Empty())))
if True:
    pass
while False:
    ...
print("done")
