# Repeated identical entries are shortened to three and a count.
import sys
import traceback

def countdown(n):
    if n == 0:
        raise ValueError("liftoff")
    countdown(n - 1)

for depth in (2, 3, 4, 10):
    try:
        countdown(depth)
    except ValueError as e:
        lines = traceback.format_exception(e)
        print(depth, len(lines), [l for l in lines if "repeated" in l])

summary = traceback.StackSummary.from_list([("a.py", 1, "f", "f()")] * 5 + [("a.py", 2, "g", "g()")])
print("".join(summary.format()), end="")
single = traceback.StackSummary.from_list([("a.py", 1, "f", "f()")] * 4)
print("".join(single.format()), end="")

def recurse():
    recurse()

try:
    recurse()
except RecursionError as e:
    text = traceback.format_exception(e)
    print(len(text), text[-2].strip(), text[-1], end="")
