# Attributes of built-in exceptions: args, errno/strerror, name/obj, value, code.
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
try:
    "abc".missing
except AttributeError as e:
    print(e.name, e.obj, e.args)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e.name, e.path, e.msg)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(KeyError("k").args, OSError(2, "x").errno, OSError("only msg").errno)
e = Exception(1, 2)
e.args = ("replaced",)
print(e, e.with_traceback(None) is e, e.__traceback__)
