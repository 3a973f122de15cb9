# pickle's errors when loading bad data and when an object cannot be pickled.
import io
import pickle

for bad in [b"", b"\x80\x06", b"\xff", b"\x80\x04K", b"(", b"\x80\x04\x95\x00", b"\x80\x04h\x05."]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(x for x in []), pickle, lambda: 0]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(" at ")[0])
for args in [(1, 6), (1, -1)]:
    try:
        print(len(pickle.dumps(*args)))
    except ValueError as e:
        print("ValueError", e)
try:
    pickle.loads("abc")
except TypeError as e:
    print("TypeError", e)
buf = io.BytesIO()
pickle.dump({"a": 1}, buf)
pickle.dump([2], buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), [c.__name__ for c in pickle.PicklingError.__mro__])
