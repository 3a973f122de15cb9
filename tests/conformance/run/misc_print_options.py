# print: sep, end, file, flush; printing nothing and many things.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, [3], sep=", ")
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print(*[], sep="x")
print("x", sep=None, end=None)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError:", e)
print("multi\nline", "text", sep="\n")
