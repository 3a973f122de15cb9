# format_exception_only: the last line(s) of a report, with module names and notes.
import traceback

class LocalError(Exception):
    pass

class Quiet(Exception):
    def __str__(self):
        return ""

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")

samples = [ValueError("bad value"), KeyError("k"), LocalError("local"), Quiet(), Broken(),
           Exception(), OSError(2, "No such file", "f.txt"), StopIteration(3)]
for e in samples:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(samples[0]), samples[0]))
print(traceback.format_exception_only(None))

LocalError.__module__ = "pkg.errors"
print(traceback.format_exception_only(LocalError("moved")))
LocalError.__module__ = 5
print(traceback.format_exception_only(LocalError("odd")))

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote on two lines")
print(traceback.format_exception_only(e))
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
