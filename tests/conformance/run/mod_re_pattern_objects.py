# Pattern objects: reprs, attributes, equality and hash, copies, the cache.
import copy
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>\d*)", re.IGNORECASE | re.MULTILINE)
print(p, p.pattern, p.flags, p.groups)
print(p.groupindex, type(p.groupindex).__name__, re.compile("a").groupindex)
print(re.compile(b"x+", re.L), re.compile("x", re.A), re.compile("(?s)x"), re.compile("x", 1 << 12))
print(repr(re.compile("y" * 250))[-20:])
q = re.compile(r"(?P<key>\w+)=(?P<value>\d*)", re.I | re.M)
print(q is p, q == p, hash(q) == hash(p))
re.purge()
r = re.compile(r"(?P<key>\w+)=(?P<value>\d*)", re.I | re.M)
print(r is p, r == p, hash(r) == hash(p), hash(r), r != re.compile("other"))
print(len({p, r, re.compile("other")}), p == "x", copy.copy(p) is p, copy.deepcopy(p) is p)
print(p.match("a=1").groupdict(), p.search("  zz=").span(), p.fullmatch("k=12") is not None)
print(p.findall("a=1 b=2\nc="), p.sub(r"\g<value>:\g<key>", "x=5 y=6"))
try:
    p.groupindex["key"] = 3
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: re.compile(p, re.I), lambda: re.compile(42), lambda: p.match(42)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(p).__name__, type(p).__module__, re.Pattern is type(p), isinstance(p, re.Pattern))
