# print_stack writes the current stack, oldest call first.
import sys
import traceback

def leaf(depth):
    if depth:
        return leaf(depth - 1)
    traceback.print_stack(file=sys.stdout)
    print("--- limit=2")
    traceback.print_stack(limit=2, file=sys.stdout)
    print("--- from the caller's frame")
    traceback.print_stack(sys._getframe().f_back, file=sys.stdout)
    return depth

def branch():
    return leaf(2)

branch()
print("--- module level")
traceback.print_stack(file=sys.stdout)
print(len(traceback.format_stack()))
