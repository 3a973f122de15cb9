# SyntaxErrors print their location and a caret line.
import traceback

sources = ["x = (1,\n", "def f(:\n    pass\n", "a = 1 +\n", "    indented = 1\n", "print 'hi'\n",
           "if x:\npass\n", "\tx = = 2\n"]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
        print(e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

e = SyntaxError("custom message", ("file.py", 3, 5, "  bad code here\n", 3, 9))
print("".join(traceback.format_exception_only(e)), end="")
e = SyntaxError("no location")
print(traceback.format_exception_only(e))
e = SyntaxError("only file", ("file.py", None, None, None))
print(traceback.format_exception_only(e))
e = SyntaxError(None, ("f.py", 1, 0, "code\n"))
print(traceback.format_exception_only(e))
