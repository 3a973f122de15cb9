# Bare raise re-raises the exception being handled.
def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    handler()
except ValueError as e:
    print("caught again:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print(type(e).__name__, e)
