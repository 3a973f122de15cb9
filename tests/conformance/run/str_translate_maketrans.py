# str.maketrans and str.translate.
table = str.maketrans("abc", "xyz")
print(table)
print("aabbcc-abc".translate(table))
print(str.maketrans({"a": "1", "b": None, ord("c"): "33"}))
print("abcabc".translate(str.maketrans({"a": "1", "b": None, "c": "33"})))
print("hello world".translate(str.maketrans("", "", "lo")))
print("hello".translate({ord("h"): "J", ord("o"): 0x21}))
print("abc".translate({}), "😀a".translate({0x1F600: "smile "}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError:", e)
