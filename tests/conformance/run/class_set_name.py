# __set_name__ is called for every descriptor-like attribute at class creation.
class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

class Model:
    first = Named()
    second = Named()
    plain = 5

print(Model.first.name, Model.second.name, Model.first.owner)
late = Named()
Model.late = late
print(hasattr(late, "name"))

class Noisy:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        raise ValueError("nope")
try:
    class Fails:
        attr = Noisy()
except Exception as e:
    print(type(e).__name__, e, e.__cause__ is None if hasattr(e, "__cause__") else "")
