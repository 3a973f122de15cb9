# os and shutil over a temporary tree: makedirs, walk, copy, copytree, move, rename, remove, rmtree.
import os, shutil, tempfile
base = tempfile.mkdtemp(prefix="pyheap_t_")
print(os.path.isdir(base), os.path.basename(base).startswith("pyheap_t_"), len(os.path.basename(base)), os.path.dirname(base) == tempfile.gettempdir())
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
with open(os.path.join(base, "a", "f.txt"), "w") as f:
    f.write("hello\n" * 3)
print(os.path.getsize(os.path.join(base, "a", "f.txt")), sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
print(shutil.copy(os.path.join(base, "a", "f.txt"), os.path.join(base, "a", "b")) == os.path.join(base, "a", "b", "f.txt"))
shutil.copytree(os.path.join(base, "a"), os.path.join(base, "copy"))
print(sorted(os.listdir(os.path.join(base, "copy"))), open(os.path.join(base, "copy", "b", "f.txt")).read().count("hello"))
print(shutil.move(os.path.join(base, "copy"), os.path.join(base, "moved")) == os.path.join(base, "moved"), os.path.exists(os.path.join(base, "copy")))
os.rename(os.path.join(base, "moved", "f.txt"), os.path.join(base, "moved", "g.txt"))
os.remove(os.path.join(base, "moved", "g.txt"))
shutil.rmtree(base)
print(os.path.exists(base))
