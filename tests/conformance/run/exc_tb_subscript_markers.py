# A failing subscript in a chain is marked with ~ and ^.
config = {
    "servers": [
        {"name": "alpha", "ports": [80, 443]},
        {"name": "beta", "ports": []},
    ]
}
print(config["servers"][0]["ports"][1])
print(config["servers"][1]["name"])
print(config["servers"][1]["ports"][0])
