# types: SimpleNamespace, MappingProxyType, the names of the interpreter's types.
import types

ns = types.SimpleNamespace(b=2, a=1)
ns.c = [3]
print(ns, ns == types.SimpleNamespace(b=2, a=1, c=[3]), ns != types.SimpleNamespace())
ns.self = ns
print(repr(ns))
del ns.self
print(sorted(vars(ns)), types.SimpleNamespace().__dict__)
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1))
for bad in (lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace(**{1: 2})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

d = {"k": 1}
mp = types.MappingProxyType(d)
d["j"] = 2
print(mp, len(mp), mp["k"], "j" in mp, list(mp), mp.get("zz", 0), mp.copy())
print(mp | {"x": 0}, {"x": 0} | mp, mp == d, sorted(mp.items()))
def assign():
    mp["k"] = 2
for bad in (assign, lambda: types.MappingProxyType([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    mp["missing"]
except KeyError as e:
    print("KeyError:", e)
print(type(type.__dict__) is types.MappingProxyType, "__init__" in type(ns).__dict__)

def gen():
    yield 1
class C:
    def m(self):
        pass
checks = [
    (gen, types.FunctionType), (gen(), types.GeneratorType), (C().m, types.MethodType),
    (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType), (types, types.ModuleType),
    (gen.__code__, types.CodeType), (lambda: 0, types.LambdaType), (None, types.NoneType),
    (..., types.EllipsisType), (NotImplemented, types.NotImplementedType),
]
print([isinstance(obj, t) for obj, t in checks])
print(types.FunctionType.__name__, types.ModuleType("m", "doc").__doc__, types.ModuleType("zz").__name__)
