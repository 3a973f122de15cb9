# Digests of inputs around the block and padding boundaries, and incremental hashing.
import hashlib

for n in [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]:
    data = bytes(i % 251 for i in range(n))
    print(n, hashlib.md5(data).hexdigest()[:12], hashlib.sha1(data).hexdigest()[:12], hashlib.sha256(data).hexdigest()[:12],
          hashlib.sha512(data).hexdigest()[:12], hashlib.sha224(data).hexdigest()[:8], hashlib.sha384(data).hexdigest()[:8])
h = hashlib.sha256()
for chunk in [b"a" * 30, b"b" * 70, b"", b"c" * 200]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"a" * 30 + b"b" * 70 + b"c" * 200).hexdigest(), h.digest()[:4])
print(hashlib.sha1(b"abc").digest(), len(hashlib.sha384(b"").digest()), hashlib.new("sha512").digest_size)
