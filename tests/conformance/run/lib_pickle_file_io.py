# pickle.dump and load through files and BytesIO, several objects in one stream, and Pickler objects.
import io
import os
import pickle
import tempfile

records = [{"id": i, "tags": ["t%d" % j for j in range(i)], "score": i / 4} for i in range(5)]
buf = io.BytesIO()
pickler = pickle.Pickler(buf, protocol=5)
for r in records:
    pickler.dump(r)
buf.seek(0)
unpickler = pickle.Unpickler(buf)
loaded = [unpickler.load() for _ in records]
print(loaded == records, loaded[-1], len(buf.getvalue()))
try:
    unpickler.load()
except EOFError as e:
    print("EOFError", e)
path = os.path.join(tempfile.mkdtemp(), "data.pkl")
with open(path, "wb") as f:
    pickle.dump(records, f)
    pickle.dump("second", f, protocol=0)
with open(path, "rb") as f:
    print(pickle.load(f) == records, pickle.load(f))
print(os.path.getsize(path) > 100)
os.remove(path)
os.rmdir(os.path.dirname(path))
print(pickle.loads(pickle.dumps(records, 0)) == records, pickle.dumps(records[1], 0))
