# replace, partition, rpartition.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("", "-"), "abc".replace("", "|", 2), "".replace("", "x"))
print(s.replace("two", ""), "aaa".replace("a", "aa"), s.replace("zzz", "y"))
print(s.partition(" "), s.rpartition(" "), s.partition("zz"), s.rpartition("zz"))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
print("a-b-c".replace("-", "+", -1), "x".replace("x", "y", 1))
print("\u00e9t\u00e9".replace("\u00e9", "e"), "😀a😀".replace("😀", "!"))
