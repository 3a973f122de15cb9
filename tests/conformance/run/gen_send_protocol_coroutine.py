# A generator used as a coroutine with a priming decorator.
def primed(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start

@primed
def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)

g = grep("py")
for line in ["python", "java", "pypy", "rust"]:
    g.send(line)
g.close()
