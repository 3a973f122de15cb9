# Class-level state shared by instances and subclasses.
class Tracked:
    instances = 0
    names = []
    def __init__(self, name):
        type(self).instances += 1
        Tracked.names.append(name)

class Special(Tracked):
    pass

Tracked("a")
Tracked("b")
Special("c")
Special("d")
print(Tracked.instances, Special.instances, Tracked.names, Special.names is Tracked.names)
print("instances" in Special.__dict__, Special.__dict__["instances"])
