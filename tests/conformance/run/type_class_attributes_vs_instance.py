# Class attributes are shared until an instance assigns its own.
class Config:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1

a = Config("a")
b = Config("b")
a.shared.append("x")
print(b.shared, Config.shared, a.shared is b.shared)
a.shared = ["own"]
print(a.shared, b.shared, Config.count, a.count)
a.count = 100
print(a.count, b.count, Config.count, vars(a))
Config.count = 5
print(b.count, a.count)
del a.count
print(a.count)
Config.new_attr = "added later"
print(b.new_attr, hasattr(a, "new_attr"), sorted(vars(b)))
