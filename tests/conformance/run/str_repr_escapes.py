# repr() quoting and escapes.
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r",
         "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xff", "é ñ 日本", "\u200b\u2028\ufeff", "\ud800",
         "\U0001f600", "\U000e0001", "back\\slash", "\u0300x", ""]
# repr picks single quotes unless the text has a single quote and no double quote.
for c in cases:
    print(repr(c), ascii(c), len(repr(c)))
print(str("x"), repr(repr("x")), f"{'q'!r}", "%r" % "it's")
print([("a", "b\n")], {"k": "v'"})
# Containers use repr for their items.
print(str(["it's"]), str(("\t",)))
print("%s" % "\n" == "\n", "%r" % "\n")
