# extract_tb: FrameSummary entries with names, lines and source text.
import traceback

def inner(data):
    return data["key"]

def outer():
    return inner({})

try:
    outer()
except KeyError as e:
    summary = traceback.extract_tb(e.__traceback__)
    err = e

print(type(summary).__name__, len(summary))
for frame in summary:
    filename, lineno, name, line = frame
    print(filename.rsplit("/", 1)[-1], lineno, name, repr(line))
    print(frame.lineno, frame.end_lineno, frame.colno, frame.end_colno)
last = summary[-1]
print(last[2], last[-1], len(last), list(last)[1:])
print(repr(last).replace(last.filename, "FILE"))
print(last == (last.filename, 5, "inner", 'return data["key"]'))
print(last == summary[-1], last == summary[0], last.locals)
print(len(traceback.extract_tb(err.__traceback__, limit=1)))
print(traceback.extract_tb(None))
