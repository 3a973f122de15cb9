# sys.exit inside nested calls unwinds finally blocks; exit status 0.
import sys

def inner():
    try:
        print("inner exiting")
        sys.exit(0)
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

outer()
print("never printed")
