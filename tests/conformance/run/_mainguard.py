"""A module with a main guard: its main block does not run on import."""
def run():
    return "run() called"


if __name__ == "__main__":
    print("_mainguard executed as a script")
else:
    print("_mainguard imported, __name__ =", __name__)
