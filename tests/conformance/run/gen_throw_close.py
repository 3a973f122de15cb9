# throw() raises inside the generator; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(next(w))
w.close()
print(w.gi_frame is None)
try:
    w.send(2)
except StopIteration:
    print("closed generator: StopIteration")
g = worker()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
