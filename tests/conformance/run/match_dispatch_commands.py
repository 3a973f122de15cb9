# A small command interpreter written with match.
def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"unknown direction {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"I don't know how to {verb}"

for c in ("go north", "go up", "take lamp key", "take", "quit", "", "dance wildly"):
    print(repr(c), "->", run(c))
