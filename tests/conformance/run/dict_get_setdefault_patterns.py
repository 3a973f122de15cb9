# Common dict patterns: grouping, counting, inverting, nested defaults.
words = ["apple", "bob", "avocado", "cat", "banana", "cherry", "axe"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for w in words:
    counts[len(w)] = counts.get(len(w), 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse)
nested = {}
nested.setdefault("x", {}).setdefault("y", {})["z"] = 1
print(nested, nested["x"]["y"]["z"])
print(max(counts, key=counts.get), min(groups, key=lambda k: len(groups[k])))
print(dict(sorted(counts.items())), dict(reversed(list(counts.items()))))
