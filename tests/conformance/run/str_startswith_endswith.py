# startswith/endswith with tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name", 4), s.startswith("name", 4, 6))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.endswith(".tar", 0, -3))
print(s.startswith(("x", "y", "fi")), s.startswith(""), s.endswith("", 100), "".startswith(""))
print(s.startswith("file", -20), s.endswith("gz", -2), s.endswith("z", 3, 2))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(("gz", 5))
except TypeError as e:
    print("TypeError:", e)
print("Straße".startswith("Stra"), "日本語".endswith("語"))
print(s.startswith(()), "abc".endswith("abc", 0, 3))
