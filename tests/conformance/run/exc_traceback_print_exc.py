# traceback.print_exc to a file: the handled exception with its chain.
import sys
import traceback

def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e

try:
    load("x1")
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        {}["missing"]
    except KeyError:
        [][0]
except IndexError:
    traceback.print_exc(file=sys.stdout)
    print("--- chain=False")
    traceback.print_exc(file=sys.stdout, chain=False)
    print("--- limit=0")
    traceback.print_exc(limit=0, file=sys.stdout)
