# sys.stdout.write returns the number of characters; stderr writes.
import sys
n = sys.stdout.write("written directly\n")
print(n)
print(sys.stdout.write("é€😀\n"))
sys.stderr.write("an error line\n")
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdout.readable())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stdin.isatty())
print(sys.stdout.line_buffering, sys.stdout.errors, sys.stderr.errors)
