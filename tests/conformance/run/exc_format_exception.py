# traceback.format_exception of chained exceptions, with paths reduced to names.
import os
import traceback

def fail():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

try:
    fail()
except RuntimeError as e:
    text = "".join(traceback.format_exception(e))
print(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))
