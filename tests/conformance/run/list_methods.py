# Every method of list.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 42)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5, 2), a.count(1), a.count(7))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True, key=lambda x: x % 3)
print(a)
b = a.copy()
b.clear()
print(a, b)
for op in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
           lambda: [1, 2].index(2, 0, 1), lambda: [1, "a"].sort(), lambda: [].insert()):
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
