"""A submodule importing a sibling with a relative import."""
from ._util import suffix
from . import _util

print("_pkg.sub running, __package__ =", __package__)


def shout(text):
    return text.upper() + suffix()


def util_name():
    return _util.__name__
