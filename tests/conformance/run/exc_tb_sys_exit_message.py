# sys.exit("message"): the message goes to stderr and the status is 1.
import sys

def check(args):
    if len(args) < 3:
        sys.exit(f"usage: prog SOURCE DEST (got {len(args) - 1} arguments)")
    return args

print("checking arguments")
check(sys.argv)
print("never printed")
