# An uncaught error three calls deep: the traceback lists every frame.
def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

def main():
    data = ["1", "2", "three"]
    print("loading", data)
    return load(data)

main()
