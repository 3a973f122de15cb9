# Memoization in pickles: shared references, repeated strings, BINGET vs LONG_BINGET, and identity after loading.
import pickle

s = "shared"
data = [s, s, (s,), {s: s}]
p = pickle.dumps(data)
print(p, p.count(b"shared"))
back = pickle.loads(p)
print(back, back[0] is back[1], back[2][0] is back[0])
many = [str(i) for i in range(300)]
p = pickle.dumps(many + many)
print(len(p), p.count(b"j"), p[-30:])
back = pickle.loads(p)
print(back[0] is back[300], back[299] is back[599], len(back))
obj = {"a": [1, 2], "b": None}
obj["b"] = obj["a"]
for proto in range(6):
    back = pickle.loads(pickle.dumps(obj, proto))
    print(proto, back, back["a"] is back["b"])
pk = pickle.Pickler.__name__, pickle.Unpickler.__name__
print(pk, pickle.dumps([[]] * 3), pickle.dumps(([],) * 2, 2))
