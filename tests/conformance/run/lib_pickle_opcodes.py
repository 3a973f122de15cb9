# Loading hand-written pickles that use the older opcodes: INST, OBJ, DICT, LIST, TUPLE, PUT/GET, STRING.
import pickle


class Thing:
    pass


samples = [
    b"(lp0\nI1\naI2\na.",
    b"(dp0\nVk\np1\nI5\ns.",
    b"(I1\nI2\ntp0\n.",
    b"(S'abc'\np0\ng0\nt.",
    b"(i__main__\nThing\np0\n(dp1\nVx\np2\nI7\nsb.",
    b"\x80\x02(c__main__\nThing\no}q\x00X\x01\x00\x00\x00yq\x01K\x08sb.",
    b"\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.",
    b"\x80\x03C\x03abcq\x00.",
    b"\x80\x02U\x03abcq\x00.",
    b"\x80\x02T\x03\x00\x00\x00xyzq\x00.",
    b"F1.5\n.",
    b"L123456789012345678901234567890L\n.",
    b"I01\n.",
    b"(N\x88\x89l.",
    b"\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00\x8f(K\x01\x90.",
    b"\x80\x05\x96\x02\x00\x00\x00\x00\x00\x00\x00hi.",
]
for s in samples:
    v = pickle.loads(s)
    print(type(v).__name__, v if not isinstance(v, Thing) else v.__dict__)
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="bytes"), pickle.loads(b"\x80\x02U\x02\xc3\xa9q\x00.", encoding="utf-8"))
try:
    pickle.loads(b"\x80\x04\x95\x07\x00\x00\x00\x00\x00\x00\x00\x8f(K\x01\x90.")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
