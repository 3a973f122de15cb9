# exec(), eval() and compile(): namespaces, code objects, closures and the errors.
g = {}
exec("a = 1\nb = a + 1", g)
print(sorted(g), type(g["__builtins__"]).__name__, g["b"])
loc = {}
exec("c = a * 10", g, loc)
print(loc, "c" in g, eval("a + c", g, loc), eval("__name__", {}), eval("[x * 2 for x in range(3)]", {}))
print(eval("  1 + 1"), eval(b"2 * 3"), eval(bytearray(b"7")), eval("x", {"x": 1}, {"x": 2}))
def scoped():
    q = 5
    exec("q = 99; r = 1")
    return q, eval("q + 1"), sorted(locals())
print(scoped())
code = compile("total = sum(range(n))", "made-up.py", "exec")
ns = {"n": 4}
print(repr(code).startswith("<code object <module> at "), code.co_filename, exec(code, ns), ns["total"])
expr = compile("n * 2", "<expr>", "eval")
print(eval(expr, ns), eval(code, ns), exec(expr, ns))
def make():
    secret = "closure value"
    def reader():
        return secret
    return reader
reader = make()
exec(reader.__code__, {}, {}, closure=reader.__closure__)
print(eval("(lambda: __name__)()", {"__name__": "fake"}), eval("(lambda: 1)", {}).__module__)
for action in (lambda: eval(1), lambda: exec(None), lambda: compile(1, "f", "exec"),
               lambda: compile("1", "f", "bad"), lambda: compile("1", 1, "exec"),
               lambda: eval("1", []), lambda: exec("1", {}, 1), lambda: exec("1", []),
               lambda: exec("1", {}, {}, 1), lambda: eval(reader.__code__),
               lambda: exec(reader.__code__), lambda: exec(code, closure=reader.__closure__),
               lambda: exec("1", closure=()), lambda: compile("1", "f", "exec", flags=0x10000000)):
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for source in ("1 +", "x = 1\0", ")"):
    try:
        compile(source, "broken.py", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.args[0])
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_filename)
exec("def defined_here():\n    return 'defined'", globals())
print(defined_here(), defined_here.__module__, defined_here.__code__.co_filename)
