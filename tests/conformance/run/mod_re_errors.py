# Pattern compile errors carry a message and position.
import re
for pattern in (r"(", r"[a-", r"a{2,1}", r"*a", r"(?P<1>x)", r"\k", r"(?<=a+)b", r"(?P<n>a)(?P<n>b)"):
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e.msg, "| pos", e.pos)
try:
    re.match(r"(a)", "a").group(2)
except IndexError as e:
    print("IndexError:", e)
try:
    re.match(r"a", "a").group("name")
except IndexError as e:
    print("IndexError:", e)
try:
    re.findall(r"\d", b"123")
except TypeError as e:
    print("TypeError:", e)
print(re.findall(rb"\d", b"a1b2"), issubclass(re.error, Exception))
