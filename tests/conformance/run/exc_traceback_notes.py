# __notes__ follow the message, one line each.
import sys
import traceback

def failing():
    e = KeyError("config")
    e.add_note("while reading settings.ini")
    e.add_note("section [db]")
    raise e

try:
    failing()
except KeyError as e:
    traceback.print_exc(file=sys.stdout)
    print(e.__notes__)

class BadNote:
    def __str__(self):
        raise ValueError

e = ValueError("odd notes")
e.__notes__ = ["ok", BadNote(), "multi\nline"]
print(traceback.format_exception_only(e))
e.__notes__ = ("a", "b")
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
