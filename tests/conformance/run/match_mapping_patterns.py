# Mapping patterns: required keys, **rest, values as patterns.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty mapping or no type"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "extra": 1},
    {"type": "key", "key": "q", "mod": "ctrl"},
    {"type": "key", "key": 5},
    {"other": 1},
    {},
]
for e in events:
    print(handle(e))
print(handle([1]))
