# sort is stable; key, reverse, and sorted() returning a new list.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people), sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3, -1, 2.5, -7, 0, True]
print(sorted(nums), sorted(nums, key=abs), max(nums, key=abs), min(nums))
data = [5, 3, 8]
result = data.sort()
print(result, data, sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)
try:
    data.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
