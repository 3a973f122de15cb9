# Code objects: the co_* attributes of functions, lambdas, closures and generators.
def outer(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    def inner():
        return x + a
    return inner

code = outer.__code__
print(code.co_name, code.co_qualname, code.co_firstlineno)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
print(code.co_varnames)
print(code.co_cellvars, code.co_freevars)
print(hex(code.co_flags))
inner = outer(1, 2, 3, d=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames, hex(ic.co_flags))
print([c.cell_contents for c in inner.__closure__])

lam = lambda q, *, r=2: q
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_kwonlyargcount)

def gen(n):
    yield n
print(hex(gen.__code__.co_flags), gen.__code__.co_qualname)

class K:
    def method(self):
        return __class__
print(K.method.__code__.co_freevars, K.method.__code__.co_qualname)
print(repr(code).split(" at ")[0], repr(code).endswith('line 2>'))
print(type(code).__name__, code.co_filename.endswith("func_code_object_attrs.py"))
print(code == code, hash(code) == hash(code))
try:
    code.co_name = "x"
except AttributeError as e:
    print("AttributeError:", e)
