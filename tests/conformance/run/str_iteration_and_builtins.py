# Strings as sequences with builtins.
s = "hello"
print(list(s), tuple(s), set(s) == {"h", "e", "l", "o"}, sorted(s), len(s))
print(list(enumerate(s)), list(zip(s, s[1:])), list(map(ord, s)))
print(min(s), max(s), "".join(reversed(s)), s[::-1] == "olleh")
it = iter(s)
print(next(it), next(it), list(it))
print(dict.fromkeys(s), [c for c in s if c != "l"], sum(map(ord, s)))
print(any(c.isupper() for c in s), all(c.isalpha() for c in s))
print(str(), str(42), str([1, "a"]), str(b"x"), str(None), str(str))
print(chr(65), ord("A"), chr(0x263A), ord("\u263a"), ord("😀"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
