# collections.ChainMap: lookups through several mappings.
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.get("nope", 0))
cm["color"] = "blue"
print(cli, defaults, cm.maps[0] is cli)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], list(child.maps[0]))
del cm["color"]
print(cm["color"], dict(cm))
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap({"a": 1}) | {"b": 2}, repr(ChainMap()))
