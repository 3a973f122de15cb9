# format_list and print_list accept FrameSummary objects and plain tuples.
import sys
import traceback

entries = [
    ("app.py", 10, "main", "run()"),
    ("lib.py", 3, "run", "step(1)"),
    ("lib.py", 7, "step", None),
    ("lib.py", 9, "<lambda>", ""),
]
for text in traceback.format_list(entries):
    print(repr(text))
traceback.print_list(entries, file=sys.stdout)

summary = traceback.StackSummary.from_list(entries)
print(type(summary).__name__, [f.name for f in summary])
print(traceback.format_list([]))

frame = traceback.FrameSummary("x.py", 1, "f", line="  value = compute()  ", lookup_line=False)
print(repr(frame.line), traceback.format_list([frame]))
frame2 = traceback.FrameSummary("missing_file.py", 4, "g")
print(repr(frame2.line), traceback.format_list([frame2]))
mixed = traceback.StackSummary.from_list([frame, ("y.py", 2, "h", "pass")])
print(mixed.format())
