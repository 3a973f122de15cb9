# capture_locals keeps the repr() of each frame's locals in the summary.
import sys
import traceback

class Thing:
    def __repr__(self):
        return "<Thing>"

def work(count, label="x"):
    items = [count] * 2
    thing = Thing()
    return items[count]

def run():
    try:
        work(5)
    except IndexError as e:
        return e

err = run()
err.__traceback__ = err.__traceback__.tb_next
te = traceback.TracebackException.from_exception(err, capture_locals=True)

for frame in te.stack:
    if frame.name == "work":
        print(sorted(frame.locals.items()))
for line in te.format():
    if "work" in line or "=" in line:
        print(line.replace(__file__, "FILE"), end="")
plain = traceback.TracebackException.from_exception(err)
print([f.locals for f in plain.stack])
summary = traceback.FrameSummary("f.py", 3, "g", locals={"a": 1, "b": "two"}, line="x")
print(summary.locals, traceback.format_list([summary]))
