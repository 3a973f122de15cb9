"""Support module for the import_ programs."""
import os

print("_helper imported as", __name__)
GREETING = "hello from _helper"
counter = 0


def greet(name):
    return f"{GREETING}, {name}"


def bump():
    global counter
    counter += 1
    return counter


FILE_NAME = os.path.basename(__file__)
_private = "not exported by *"
