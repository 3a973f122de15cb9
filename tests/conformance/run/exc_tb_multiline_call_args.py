# A failing argument expression on its own line inside a multi-line call.
def build(name, size, ratio):
    return {"name": name, "size": size, "ratio": ratio}

sizes = {"small": 1, "large": 10}
item = build(
    "widget",
    sizes["medium"],
    0.5,
)
