# Lookup order: data descriptors on the type, then instance dict, then the class.
class Demo:
    attr = "class attr"
    @property
    def prop(self):
        return "property"

d = Demo()
d.__dict__["attr"] = "instance attr"
d.__dict__["prop"] = "instance prop (ignored)"
print(d.attr, d.prop, Demo.attr)
del d.__dict__["attr"]
print(d.attr)
Demo.attr = "changed on class"
print(d.attr, vars(d))
d.method = lambda: "instance function, not bound"
print(d.method())
def real(self):
    return f"bound to {type(self).__name__}"
Demo.real = real
print(d.real(), Demo.real(d))
