# exec and eval with explicit namespaces.
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)

print(eval("a + b", ns))
print(eval("x * y", {"x": 3}, {"y": 4}))

g = {"v": 1}
l = {"v": 2}
print(eval("v", g, l))
exec("w = v + 10", g, l)
print(l["w"], "w" in g)

def f():
    exec("inside = 1")
    return "inside" in locals()
print(f())
