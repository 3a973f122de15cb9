# traceback.format_exc returns the text print_exc would print.
import traceback

def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

try:
    average([])
except ZeroDivisionError:
    text = traceback.format_exc()
print(type(text).__name__, text.count("\n"), text.endswith("\n"))
print(text, end="")
print("--- limit=1")
try:
    average([])
except ZeroDivisionError:
    print(traceback.format_exc(limit=1), end="")
print("--- limit=-1")
try:
    average([])
except ZeroDivisionError:
    print(traceback.format_exc(limit=-1), end="")
print("--- outside a handler")
print(repr(traceback.format_exc()))
