# StackSummary.extract over walk_tb, and a subclass that formats entries its own way.
import traceback

def compute(x):
    return 10 // x

def run():
    return [compute(v) for v in (2, 1, 0)]

try:
    run()
except ZeroDivisionError as e:
    tb = e.__traceback__

summary = traceback.StackSummary.extract(traceback.walk_tb(tb))
print([(f.name, f.lineno, f.line) for f in summary])
print([(f.colno, f.end_colno) for f in summary])
lazy = traceback.StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False)
print([f._line for f in lazy][:1], lazy[0].line)
print(len(traceback.StackSummary.extract(traceback.walk_tb(tb), limit=2)))

class Short(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "<listcomp>":
            return None
        return f"{frame_summary.name}:{frame_summary.lineno}\n"

short = Short.extract(traceback.walk_tb(tb))
print(type(short).__name__, short.format())
plain = traceback.StackSummary.from_list(summary)
for text in plain.format():
    print(text.replace(summary[0].filename, "FILE"), end="")
print(isinstance(summary, list), summary == plain)
