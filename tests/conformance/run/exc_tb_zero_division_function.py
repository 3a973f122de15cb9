# ZeroDivisionError in a helper, reached through a loop.
def mean(values):
    return sum(values) / len(values)

groups = {
    "a": [1, 2, 3],
    "b": [],
    "c": [4],
}
for name, values in groups.items():
    print(name, mean(values))
