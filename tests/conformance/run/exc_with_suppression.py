# with statements: __exit__ return values and exceptions raised in __exit__.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)

with Suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")

class FailsOnExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with FailsOnExit():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
