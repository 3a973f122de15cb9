# input(): prompts go to sys.stdout, lines come from sys.stdin (replaceable), EOF and errors.
import sys
first = input("first> ")
print("[" + first + "]")
print(repr(input(42)), repr(input()))
class Prompt:
    def __str__(self):
        return "custom prompt: "
print(repr(input(Prompt())))
class FakeStdin:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
real_stdin = sys.stdin
sys.stdin = FakeStdin(["from fake\n", "no newline"])
print(repr(input("fake> ")), repr(input()))
try:
    input("eof> ")
except EOFError as e:
    print("EOFError:", e)
class NotText:
    def readline(self):
        return 5
sys.stdin = NotText()
try:
    input()
except TypeError as e:
    print("TypeError:", e)
sys.stdin = real_stdin
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
real_stdout = sys.stdout
sys.stdout = Capture()
captured_line = input("captured> ")
parts = sys.stdout.parts
sys.stdout = real_stdout
print(parts, repr(captured_line))
for action in (lambda: input("a", "b"), lambda: input(prompt="x")):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(repr(input()), end="|\n")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
