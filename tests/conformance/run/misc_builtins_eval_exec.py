# eval and exec with globals and locals; compile modes.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(3)]"))
g = {"a": 10}
print(eval("a * 2", g), eval("a + b", g, {"b": 5}))
code = compile("x = 5\ny = x * 2", "<generated>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], code.co_filename, code.co_name)
expr = compile("3 ** 2", "<expr>", "eval")
print(eval(expr), type(expr).__name__)
single = compile("print('from single')", "<s>", "single")
exec(single)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.offset)
print(eval("__name__"), eval("len", {}) is len)
