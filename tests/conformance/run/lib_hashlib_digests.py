# The hashlib digests: known vectors, incremental update, copy and attributes.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    g = hashlib.new(name)
    g.update(b"a")
    g.update(bytearray(b"bc"))
    assert g.digest() == h.digest()
long = b"The quick brown fox jumps over the lazy dog" * 50
print(hashlib.sha256(long).hexdigest(), hashlib.md5(long).digest()[:4])
h = hashlib.sha1(b"part one, ")
c = h.copy()
c.update(b"part two")
print(h.hexdigest(), c.hexdigest(), hashlib.sha1(b"part one, part two").hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new(name="md5", data=b"").hexdigest())
print(type(h).__name__, type(h).__module__, repr(h).startswith("<sha1 _hashlib.HASH object @ 0x"))
print(sorted(hashlib.algorithms_guaranteed)[:6], hashlib.md5(string=b"a").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
