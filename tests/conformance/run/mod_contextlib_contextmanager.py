# contextlib.contextmanager: setup, teardown, exceptions inside the block.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside:", e)
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("suppressed by the generator")
try:
    with tag("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("outside:", repr(e))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
