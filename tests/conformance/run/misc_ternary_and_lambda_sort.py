# Sorting records by several keys with lambdas and conditional keys.
records = [
    {"name": "b", "score": 90, "late": False},
    {"name": "a", "score": 90, "late": True},
    {"name": "c", "score": 75, "late": False},
    {"name": "d", "score": 95, "late": True},
]
ranked = sorted(records, key=lambda r: (-r["score"], r["name"]))
print([r["name"] for r in ranked])
penalized = sorted(records, key=lambda r: r["score"] - (10 if r["late"] else 0), reverse=True)
print([r["name"] for r in penalized])
print(max(records, key=lambda r: (r["score"], not r["late"]))["name"])
print([("LATE " if r["late"] else "") + r["name"] for r in records])
