# hashlib's errors for wrong arguments.
import hashlib

cases = [
    lambda: hashlib.md5("text"),
    lambda: hashlib.sha256(1),
    lambda: hashlib.md5(b"a").update("x"),
    lambda: hashlib.md5(b"a").update(),
    lambda: hashlib.md5(b"a", b"b"),
    lambda: hashlib.md5(data=b"a"),
    lambda: hashlib.new("nope"),
    lambda: hashlib.new(5),
    lambda: hashlib.new("md5", string=b"a"),
    lambda: hashlib.md5().hexdigest(1),
]
for f in cases:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
