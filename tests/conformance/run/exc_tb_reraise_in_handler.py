# A bare raise keeps the original traceback, plus the handler's frame line.
def risky():
    return {}["x"]

def wrapper():
    try:
        risky()
    except KeyError:
        print("logging, then re-raising")
        raise

wrapper()
