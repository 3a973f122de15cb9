# UnicodeDecodeError in a traceback.
def read_text(data):
    return data.decode("utf-8")

samples = [b"plain", b"caf\xc3\xa9", b"\xe2\x82\xac5"]
for s in samples:
    print(read_text(s))
print(read_text(b"caf\xe9"))
print("never printed")
print(read_text(b"also never"))
