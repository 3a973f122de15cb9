# hashlib in everyday code: file-like chunking, hex digests for caching keys, comparing digests.
import hashlib
import io

payload = "\n".join(f"line {i}: {'x' * (i % 17)}" for i in range(200)).encode()
stream = io.BytesIO(payload)
h = hashlib.sha256()
for chunk in iter(lambda: stream.read(64), b""):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(payload).hexdigest(), h.hexdigest()[:16])
print(hashlib.file_digest(io.BytesIO(payload), "md5").hexdigest(), hashlib.file_digest(io.BytesIO(b""), hashlib.sha1).hexdigest())
key = hashlib.md5(repr(sorted({"b": 2, "a": 1}.items())).encode()).hexdigest()
print(key, len(key), int(key, 16) % 1000)
digests = {name: hashlib.new(name, b"pyheap").hexdigest() for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]}
for name, d in digests.items():
    print(name, len(d) * 4, d[:20])
print(hashlib.sha1(b"a").digest() == hashlib.sha1(b"a").digest(), hashlib.sha1(b"a").hexdigest() == hashlib.sha1(b"b").hexdigest())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex(), hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 3, 16).hex())
