# A deeply nested lookup where the middle key is missing.
data = {
    "users": {
        "alice": {"roles": ["admin"]},
        "bob": {"groups": []},
    }
}
print(data["users"]["alice"]["roles"][0])
print(sorted(data["users"]))
print(data["users"]["bob"]["groups"])
print(data["users"]["bob"]["roles"][0])
