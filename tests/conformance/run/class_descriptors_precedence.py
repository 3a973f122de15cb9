# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"

class Holder:
    d = Data()
    n = NonData()

h = Holder()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, h.n)
h.d = 5
h.n = 6
print(h.d, h.n, Holder.d, Holder.n)
del h.n
print(h.n)
