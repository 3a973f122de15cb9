# Ordering is by code point; hashes use the seed (PYTHONHASHSEED=0).
words = ["banana", "Apple", "apple", "", "a", "ab", "é", "Z", "z", "😀", "\u00ff", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, key=len))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
# With PYTHONHASHSEED=0 these values are fixed.
for w in ["", "a", "b", "ab", "hello", "Hello",
          "é", "😀", "hello world", "x" * 100]:
    print(repr(w), hash(w))
print(hash("ab") == hash("a" + "b"), "abc" == "ab" + "c", "a" * 3 == "aaa")
print(max(words), min(words), "abc".__lt__("abd"), "a".__eq__(1))
