# Case conversion, including the Unicode special cases.
words = [
    "hello World",
    "ǅemal",
    "straße",
    "İstanbul",
    "ΣΊΣΥΦΟΣ",
    "ﬁne",
    "ŉ",
    "a1b2",
    "they're bill's",
]
for w in words:
    print(w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")
print("ß".upper(), len("ß".upper()), "ΑΣ".lower(), "Σ".lower(), "ΑΣ Α".lower())
print("hello".isupper(), "HELLO".isupper(), "Hello World".istitle(), "Hello world".istitle())
print("abc".islower(), "ABC1".isupper(), "123".islower(), "ǅ".istitle(), "ǅ".isupper())
print("MiXeD".swapcase(), "ǈ".swapcase(), "ﬃ".upper())
