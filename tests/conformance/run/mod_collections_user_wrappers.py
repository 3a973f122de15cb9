# UserDict, UserList, UserString: wrappers that route everything through .data.
from collections import UserDict, UserList, UserString

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
class WithMissing(UserDict):
    def __missing__(self, key):
        return f"<{key}>"
u = Lower({"A": 1}, B=2)
u.update(C=3)
print(u, len(u), "a" in u, u.get("b"), u.data is not None, type(u.copy()).__name__)
print(u | {"d": 4}, {"z": 0} | u, WithMissing()["k"], Lower.fromkeys("XY", 0))
u |= {"E": 5}
print(u, sorted(u.keys()), u.pop("a"), u.popitem())
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError:", e)

l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:3], type(l[1:3]).__name__, l + [9], [8] + l, l * 2, l == [0, 1, 2, 3], l < [5])
l.extend(UserList([7]))
l += (6,)
l.insert(0, -1)
l.reverse()
print(l, l.pop(), l.index(3), l.count(7), 2 in l, len(l), l.copy())
l.remove(7)
del l[0]
l[0] = "x"
print(l, UserList("abc"), UserList(), UserList(l) is not l)

s = UserString("Hello World")
print(s.upper(), s.lower(), s.split(), s[1:4], type(s[0]).__name__, len(s), "World" in s)
print(s + "!", "> " + s, s * 2, s.replace("l", "L", 2), s.find("o"), s.rfind(UserString("o")))
print(s.center(15, "*"), s.zfill(14), s.startswith("He"), s.isalpha(), s.title(), s.count("l"))
print(s == "Hello World", s < "Z", hash(s) == hash("Hello World"), UserString(42), int(UserString("7")) + 1)
print(UserString("%s-%d") % ("a", 1), s.strip("Hd"), s.partition(" "), s.encode(), s.removeprefix("Hello "))
