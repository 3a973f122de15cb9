# __import__ and the fromlist argument.
m = __import__("_pkg")
print(m.__name__)
sub = __import__("_pkg.sub")
print(sub.__name__)
sub2 = __import__("_pkg.sub", fromlist=["shout"])
print(sub2.__name__, sub2.shout("from"))
os_path = __import__("os.path", fromlist=[""])
print(os_path.__name__ in ("posixpath", "ntpath"))
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("_pkg", level=-1)
except ValueError as e:
    print("ValueError:", e)
