# sorted, min and max with keys, defaults and ties.
words = ["pear", "Fig", "apple", "kiwi", "banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([(1, "b"), (1, "a")]), min(["b", "a", "c"], key=lambda s: 0))
print(max([], default=None), min((), default="empty"))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
