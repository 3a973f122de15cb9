# Every protocol round-trips the built-in types, user classes and recursive structures.
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)


rec = [1]
rec.append(rec)
d = {"a": 1}
d["self"] = d
t = ([],)
t[0].append(t)
objs = [None, True, 7, -2 ** 70, 1.25, "text\n\u20ac", b"\x00\xff", bytearray(b"x"), (1, "a"), [1, [2]],
        {"k": (1,)}, {1, 2}, frozenset("ab"), 3j, Point(1, 2), int, range(4)]
for proto in range(6):
    print(proto, all(pickle.loads(pickle.dumps(o, proto)) == o for o in objs), pickle.dumps(7, proto)[:4])
    back = pickle.loads(pickle.dumps(rec, proto))
    dd = pickle.loads(pickle.dumps(d, proto))
    tt = pickle.loads(pickle.dumps(t, proto))
    print(back[1] is back, dd["self"] is dd, tt[0][0] is tt)
print(pickle.dumps([1, "a"], 0), pickle.dumps([1, "a"], 1), pickle.dumps([1, "a"], 2), pickle.dumps([1, "a"], 3))
print(pickle.loads(b"(lp0\nI1\naVa\np1\na."), pickle.loads(b"\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01e."))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1, -1)[:2])
