# Indexing and slicing, with negative and out-of-range values and steps.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2::-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[2:100], s[8:2:-2], s[::-3])
print(s[slice(1, 4)], s[slice(None, None, -4)], s[1:-1:1])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
