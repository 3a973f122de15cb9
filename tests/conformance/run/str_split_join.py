# split, rsplit, splitlines and join.
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a::b::c".split("::"), "abc".split("abc"), "x".rsplit("x"))
print("line1\nline2\r\nline3\rline4\x0bline5\x1cline6\u2028end".splitlines())
print("a\nb\n".splitlines(True), "a\nb\n".splitlines(), "".splitlines(), "\n".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)))
print("ab".join("123"), " ".join([]), "+".join(["solo"]))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
