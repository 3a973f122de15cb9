# os.path queries on real files and directories made in a temporary directory.
import os
import tempfile

base = tempfile.mkdtemp()
sub = os.path.join(base, "sub")
os.mkdir(sub)
target = os.path.join(sub, "notes.txt")
with open(target, "w") as f:
    f.write("0123456789" * 5)
print(os.path.exists(target), os.path.isfile(target), os.path.isdir(target), os.path.isdir(sub), os.path.getsize(target))
print(os.path.basename(target), os.path.splitext(target)[1], os.path.relpath(target, base), os.path.isabs(target))
print(sorted(os.listdir(base)), sorted(os.listdir(sub)), os.path.getmtime(target) > 1e9)
os.replace(target, os.path.join(sub, "moved.txt"))
print(sorted(os.listdir(sub)), os.path.exists(target))
for f in [lambda: os.listdir(target), lambda: os.rmdir(sub), lambda: os.mkdir(os.path.join(base, "a", "b")), lambda: open(target)]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
os.remove(os.path.join(sub, "moved.txt"))
os.rmdir(sub)
os.rmdir(base)
print(os.path.exists(base), [name for name in ("mkdir", "makedirs", "remove", "rename", "walk") if hasattr(os, name)])
