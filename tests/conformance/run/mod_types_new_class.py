# types.new_class, prepare_class, resolve_bases, DynamicClassAttribute, GenericAlias.
import types

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

def body(ns):
    ns["x"] = 42
K = types.new_class("K", (), {"metaclass": Meta, "flag": 1}, body)
print(K.x, K.from_prepare, type(K).__name__)
meta, ns, kw = types.prepare_class("P", (K,), {"flag": 2})
print(meta.__name__, ns, kw)
print(types.prepare_class("Q")[0] is type)

class Entry:
    def __init__(self, base):
        self.base = base
    def __mro_entries__(self, bases):
        return (self.base,)
e = Entry(int)
print(types.resolve_bases((e, str)), types.resolve_bases((int,)))
N = types.new_class("N", (e,))
print(N.__mro__[1:], N.__orig_bases__[0] is e)

class Other(type):
    pass
class A(metaclass=Meta):
    pass
class B(metaclass=Other):
    pass
try:
    types.new_class("AB", (A, B))
except TypeError as e:
    print("TypeError:", e)

class Color:
    def __getattr__(self, name):
        return f"class-level {name}"
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return "instance-level"
print(Color().name, Color.__dict__["name"].__doc__)

alias = types.GenericAlias(list, (int,))
print(alias, alias.__origin__, alias.__args__, alias == types.GenericAlias(list, int))
print(types.GenericAlias(dict, (str, types.GenericAlias(list, (int,)))), types.GenericAlias(tuple, ()))
print(alias([1, 2]), alias.__name__)
