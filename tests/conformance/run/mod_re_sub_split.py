# re.sub with strings and functions, subn, split with groups and maxsplit.
import re
print(re.sub(r"\d", "#", "a1b22c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 apple, 12 pears"))
print(re.subn(r"a", "A", "banana"), re.sub(r"a", "A", "banana", count=2))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub("", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", "a b  c", maxsplit=1))
print(re.split(r"x*", "axbc"), re.split(r"\b", "hi you"))
print(re.escape("1+1=2? (yes) [a-z] $5 ^_^"), re.sub(r"\s+", " ", "  many   spaces  ").strip())
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
