# sys.exit(None) and sys.exit(0) exit with status 0 silently.
import sys

def done():
    print("all done")
    sys.exit(None)

try:
    done()
finally:
    print("finally")
