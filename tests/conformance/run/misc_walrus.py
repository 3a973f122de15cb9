# Assignment expressions in conditions, loops and comprehensions.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
items = iter(["a", "b", "", "c"])
while (item := next(items)):
    print("item", item)
print([y for x in data if (y := x * 2) > 5], y)
print((z := 5) + z, z)
def f(x):
    return (doubled := x * 2), doubled
print(f(4))
values = {"a": 1}
if (v := values.get("b")) is None:
    print("missing b, v is", v)
print([(last := i) for i in range(3)], last)
