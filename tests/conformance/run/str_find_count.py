# find, rfind, index, rindex, count, with start/end arguments.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra"), s.rfind(""), s.find("", 20))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 4))
print(s.count("aa"), "aaaa".count("aa"), s.find("a", -3), s.find("ra", -5, -1))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q", 2)
except ValueError as e:
    print("ValueError:", e)
print("ab" in s, "" in s, "ba" not in s)
try:
    1 in s
except TypeError as e:
    print("TypeError:", e)
