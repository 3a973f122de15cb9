# Round trips and custom encoders.
import json
from dataclasses import dataclass, asdict

@dataclass
class P:
    x: int
    y: int

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, P):
            return {"__p__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

s = json.dumps({"p": P(1, 2), "s": {3, 1}}, cls=Enc)
print(s)
back = json.loads(s, object_hook=lambda d: P(*d["__p__"]) if "__p__" in d else d)
print(back)
print(json.dumps(asdict(P(3, 4))), json.dumps([P(5, 6)], default=lambda o: o.__dict__))
orig = {"list": [1, 2, {"deep": None}], "num": -0.0, "big": 12345678901234567890}
print(json.loads(json.dumps(orig)) == orig, json.dumps(orig))
