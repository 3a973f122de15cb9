# Without __all__, import * skips names starting with an underscore.
from _star_noall import *
print(visible, also_visible)
for name in ("_hidden", "__dunder_hidden"):
    print(name, name in globals())
import _star_noall
print(_star_noall._hidden, sorted(k for k in vars(_star_noall) if not k.startswith("__")))
def f():
    return visible * 10
print(f())
print(hasattr(_star_noall, "__all__"))
