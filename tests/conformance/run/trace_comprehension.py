# In 3.11 comprehensions and generator expressions run in frames of their
# own: call, a line event per turn, return with the result.
import sys

counts = {}


def tracer(frame, event, arg):
    key = (frame.f_code.co_name, event)
    counts[key] = counts.get(key, 0) + 1
    if event == 'return' and frame.f_code.co_name.startswith('<'):
        print(frame.f_code.co_name, 'returns', arg)
    return tracer


def main():
    squares = [x * x for x in range(4)]
    evens = {x for x in squares if x % 2 == 0}
    table = {x: str(x) for x in range(2)}
    total = sum(x for x in range(3))
    nested = [(a, b) for a in range(2) for b in range(2)]
    return squares, sorted(evens), table, total, nested


sys.settrace(tracer)
print(main())
sys.settrace(None)
for key in sorted(counts):
    print(key, counts[key])
