# tempfile: mkdtemp names, TemporaryDirectory and NamedTemporaryFile cleanup, and the errors of os calls.
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="pyheap_t_", suffix="_x")
name = os.path.basename(base)
print(name.startswith("pyheap_t_"), name.endswith("_x"), len(name), os.path.dirname(base) == tempfile.gettempdir())
with open(os.path.join(base, "f.txt"), "w") as f:
    f.write("hello")
for f in [lambda: os.mkdir(base), lambda: os.rmdir(base), lambda: os.remove(os.path.join(base, "nope")),
          lambda: os.path.getsize(os.path.join(base, "nope")), lambda: os.rename(os.path.join(base, "x"), os.path.join(base, "y")),
          lambda: shutil.copyfile(os.path.join(base, "f.txt"), os.path.join(base, "f.txt"))]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
with tempfile.TemporaryDirectory(dir=base) as d:
    print(os.path.isdir(d), os.path.dirname(d) == base)
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=d) as tf:
        tf.write("data")
        tf.flush()
        print(tf.name.endswith(".txt"), os.path.exists(tf.name), os.path.getsize(tf.name))
    print(os.path.exists(tf.name))
    kept = tempfile.NamedTemporaryFile(dir=d, delete=False)
    kept.write(b"abc")
    kept.close()
    print(os.path.getsize(kept.name))
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=base)
td.cleanup()
td.cleanup()
print(os.path.exists(td.name), tempfile.gettempprefix())
shutil.rmtree(base)
print(os.path.exists(base))
