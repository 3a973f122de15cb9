# Compiled patterns, flags, and the pattern object API.
import re
p = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
text = "name: Ann\nage: 30\ncity:Paris"
print(p.findall(text), p.pattern, p.groups, p.flags & re.MULTILINE != 0)
print(re.findall(r"^a", "a\na", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall(r"A", "aA", re.I))
v = re.compile(r"""
    (\d{3})   # area
    [-.]?
    (\d{4})   # number
""", re.VERBOSE)
print(v.match("555-1234").groups(), v.match("5551234").groups())
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.ASCII))
print(re.compile("a").search("bab", 2), re.compile("a").match("ba", 1).span())
print(re.compile(r"(?i)abc").match("ABC").group(), repr(re.compile(r"\d+")), re.I | re.M)
print(p.sub(r"\1=\2", text).splitlines())
