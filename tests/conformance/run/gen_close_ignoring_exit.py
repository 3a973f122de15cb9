# A generator that yields during close() raises RuntimeError.
stubborn_mode = True

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            if not stubborn_mode:
                raise
            print("ignoring GeneratorExit")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
unstarted = stubborn()
print(unstarted.close())
# Let g finish quietly when it is finalized at exit.
stubborn_mode = False
g.close()
print("closed")
