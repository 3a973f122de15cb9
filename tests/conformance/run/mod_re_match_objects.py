# Match objects: groups by number and name, spans, expand, regs and reprs.
import re

s = "From: Ann <ann@example.com> at 10:42"
m = re.search(r"(?P<name>\w+) <(?P<user>[\w.]+)@(?P<host>[\w.]+)>(?: at (\d+):(\d+))?", s)
print(m)
print(m.group(), m.group(1), m.group("host", 4), m["user"], m[5])
print(m.groups(), m.groupdict(), m.span("host"), m.start(4), m.end())
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.re.pattern[:10], m.string is s)
print(m.expand(r"\g<user> at \g<host> (\g<name>) \4h"))
n = re.match(r"(a)(b)?(?P<c>c)?", "a")
print(n.groups(), n.groups("-"), n.groupdict(0), n.span(2), n.lastindex, n.lastgroup)
print(re.match("(?:(x)|y)+", "xy").group(1), re.match("(?P<w>\\w)+", "abc").lastgroup)
print(re.match(r"\w+", "h\u00e9llo w\u00f6rld"), re.search("b", "\U0001F600\U0001F600b").span())
print(re.match(".", "\U0001F600x"), re.match(".+", "x" * 80))
for key in (3, "nope", -1, 2 ** 70):
    try:
        m.group(key)
    except IndexError as e:
        print("IndexError:", key, e)
try:
    m.expand(r"\9")
except re.error as e:
    print("re.error:", e)
try:
    m.start(group=1)
except TypeError as e:
    print("TypeError:", e)
print(bool(re.match("", "x")), re.match("a", "b"), m.__copy__() is m)
