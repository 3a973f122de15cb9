# base64 decoding of malformed input, validation and the accepted input types.
import base64
import binascii

for s in ["", "=", "==", "Zg", "Zg=", "Zg==", "Zm9v", "Zm9vYg", "Zm9v YmFy", "Zm9v\nYmFy\n", "Zm9vYmFy====", "!!Zm9v", "Zm 9v"]:
    try:
        lenient = base64.b64decode(s)
    except binascii.Error as e:
        lenient = "Error: %s" % e
    try:
        strict = base64.b64decode(s, validate=True)
    except binascii.Error as e:
        strict = "Error: %s" % e
    print(repr(s), lenient, strict)
for bad in ["A", "AB", "ABC=", "AB==CD==", "0O======"]:
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
print(base64.b64decode(b"Zm9v"), base64.b64decode(bytearray(b"Zm9v")), base64.b16decode("666F6F"), base64.b85decode(b"W^Zp"))
for f, arg in [(base64.b64decode, 12), (base64.b32encode, "x"), (base64.b16encode, None), (base64.b85decode, [1])]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError:", e)
