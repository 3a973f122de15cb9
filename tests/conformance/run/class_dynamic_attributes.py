# Adding methods to classes and instances at runtime.
class Robot:
    def __init__(self, name):
        self.name = name

def greet(self):
    return f"I am {self.name}"

Robot.greet = greet
r = Robot("R2")
print(r.greet(), Robot.greet(r))
r.custom = lambda: "instance lambda, no self"
print(r.custom())
import types
r.bound = types.MethodType(lambda self: self.name * 2, r)
print(r.bound(), type(r.bound).__name__, r.bound.__self__ is r)
del Robot.greet
try:
    r.greet()
except AttributeError as e:
    print("AttributeError:", e)
setattr(Robot, "kind", "droid")
print(r.kind, getattr(Robot, "kind"), "kind" in Robot.__dict__)
