# The same exception object raised again after being caught: frames accumulate.
err = ValueError("shared")

def first():
    raise err

def second():
    raise err

try:
    first()
except ValueError:
    print("caught first")
second()
