# extract_stack and format_stack from inside nested calls.
import sys
import traceback

def where():
    stack = traceback.extract_stack()
    return [(f.name, f.lineno, f.line) for f in stack]

def middle():
    return where()

def top():
    return middle()

for entry in top():
    print(entry)

def limited():
    return traceback.extract_stack(limit=2)

print([f.name for f in limited()])

def from_frame():
    frame = sys._getframe()
    return [f.name for f in traceback.extract_stack(frame)]

print(from_frame())

def formatted():
    return traceback.format_stack()

for text in formatted():
    print(text.replace(__file__, "FILE"), end="")
