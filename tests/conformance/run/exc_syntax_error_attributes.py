# SyntaxError's attributes, args and str, from the compiler and by hand.
for src, mode in (("x = = 1", "exec"), ("(", "exec"), ("1 +", "eval"), ("a b", "eval"), ("  x", "exec")):
    try:
        compile(src, "<src>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("  ", e.args, "|", e)
e = SyntaxError("bad thing", ("/some/dir/mod.py", 7, 3, "line text\n", 7, 5))
print(e, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
print(SyntaxError("only msg"), SyntaxError(), SyntaxError("m", ("f.py", None, None, None)))
e.lineno = 99
e.msg = "changed"
print(e, e.args)
try:
    SyntaxError("m", ("f", 1))
except TypeError as x:
    print("TypeError:", x)
print(IndentationError("ind", ("g.py", 2, 1, "  x", 2, 2)), issubclass(TabError, SyntaxError))
