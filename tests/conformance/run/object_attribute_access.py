# getattr/setattr/delattr/hasattr on instances, with defaults and errors.
class Obj:
    cls_attr = "class"

o = Obj()
setattr(o, "x", 1)
o.y = 2
print(getattr(o, "x"), getattr(o, "missing", "dflt"), hasattr(o, "y"), hasattr(o, "z"))
print(o.cls_attr, getattr(o, "cls_attr"), vars(o), o.__dict__)
delattr(o, "x")
del o.y
print(vars(o), hasattr(o, "x"))
for op in (lambda: o.missing, lambda: delattr(o, "x"), lambda: getattr(o, 5),
           lambda: setattr(o, 1, 2), lambda: Obj.nothing):
    try:
        op()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
o.cls_attr = "instance"
print(o.cls_attr, Obj.cls_attr)
del o.cls_attr
print(o.cls_attr)
