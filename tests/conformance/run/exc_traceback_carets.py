# The ^ and ~ markers under the part of each line that failed.
import sys
import traceback

def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        for line in traceback.format_exception(e)[1:]:
            print(line.replace(__file__, "FILE"), end="")

def binop(a, b):
    return a   +   b * 2

def subscript(d):
    return d["outer"]["inner"]

def attribute(o):
    return o.name.upper()

def call(f):
    return len(f(1, 2))

def spanning(a):
    return (a +
            1)

def nested(xs):
    total = xs[0] // (xs[1] - xs[1])
    return total

show(binop, "text", 2)
show(subscript, {"outer": {}})
show(attribute, None)
show(call, lambda a, b: None)
show(spanning, "s")
show(nested, [4, 2])
