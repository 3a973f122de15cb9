"""Support package for the import_ programs."""
print("_pkg/__init__ running, __name__ =", __name__)
from . import sub
from .sub import shout

VERSION = "1.0"
__all__ = ["shout", "VERSION"]
