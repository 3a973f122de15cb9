# A failing assert with a message.
def check_sorted(values):
    for a, b in zip(values, values[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    return True

print(check_sorted([1, 2, 3]))
print(check_sorted([]))
print(check_sorted(["a", "b"]))
print(check_sorted([1, 3, 2]))
