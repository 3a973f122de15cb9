# re.DEBUG prints the parsed pattern and its compiled code at each compile.
import re

p = re.compile(r"(?P<word>\w+)\s*=\s*(\d{1,3}|x)", re.DEBUG)
print(p.match("abc = 42").groups())
re.compile("a|b|c", re.DEBUG)
re.compile("a|b|c", re.DEBUG)
print("cached:", re.compile("[^a-f\\d]+$", re.DEBUG | re.I).search("Zq9"))
re.compile(rb"(?<=x)y*?(?!z)", re.DEBUG)
print(re.compile("(a)(?(1)b|c)", re.DEBUG).match("ab"))
print(re.compile("q", re.DEBUG) is re.compile("q", re.DEBUG))
