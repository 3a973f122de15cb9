"""A nested subpackage."""
from ..sub import shout as parent_shout

LEVEL = "deep"


def call_parent(text):
    return parent_shout(text) + " (via deep)"
