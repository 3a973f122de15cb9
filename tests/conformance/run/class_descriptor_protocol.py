# A full descriptor: __get__ with None for class access, __set__, __delete__, __set_name__.
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Record:
    title = Field()
    year = Field()

r = Record()
print(r.title, type(Record.title).__name__)
r.title = "Dune"
r.year = 1965
print(r.title, r.year, vars(r))
del r.year
print(r.year)
