# sys.exit(3): no traceback, exit status 3.
import sys

def main():
    print("doing work")
    failed = True
    if failed:
        print("exiting with status 3")
        sys.exit(3)
    print("never printed")

main()
