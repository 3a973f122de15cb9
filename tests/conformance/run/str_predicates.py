# The is*() predicates over ASCII and Unicode characters.
samples = [
    "abc", "ABC", "abc123", "123",
    "١٢٣", "½", "²", "Ⅻ",
    " \t\n", "", "a b", "_id",
    "2abc", "class", "\u00e9", "日本",
    "\x00", "\u2028", "ñ", "Ω",
    "x\u0301",
]
print("repr alpha alnum digit decimal numeric space identifier printable ascii")
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
