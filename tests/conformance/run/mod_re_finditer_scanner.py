# finditer, the scanner objects, empty matches and re.Scanner.
import re

text = "a1 bb22 ccc333"
print([m.group() for m in re.finditer(r"[a-z]+\d+", text)])
print([m.span() for m in re.finditer(r"\d*", "a12b")])
it = re.compile(r"\d+").finditer(text, 3, 9)
print(type(it).__name__, [m.group() for m in it], next(it, "done"))
sc = re.compile(r"\s*(\w)").scanner(" a b  c!")
print(sc.match().group(1), sc.match().group(1), sc.search().span(), sc.match(), sc.search())
print(type(sc).__name__, sc.pattern)
print(re.findall("", "abc"), re.sub("", "|", "abc"), re.split("", "abc"))
print(re.sub("x*", "-", "abxd"), re.subn("(?=b)", "^", "abab"))
tokens = re.Scanner([
    (r"\d+(?:\.\d+)?", lambda s, t: ("NUM", float(t) if "." in t else int(t))),
    (r"[A-Za-z_]\w*", lambda s, t: ("NAME", t)),
    (r"[-+*/()=]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(tokens.scan("x = 3 * (y + 4.5)"))
print(tokens.scan("a ? b"))
words = re.compile(r"\b\w+\b")
print(sorted({m.group().lower() for m in words.finditer("The cat saw the Cat")}))
print([(m.start(), m.end()) for m in re.finditer(r"(?<=a)b|c(?=d)", "abcdab")])
print(list(re.finditer("a", "")), list(re.finditer("^", "x\ny", re.M)))
