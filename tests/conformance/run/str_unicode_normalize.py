# Unicode data: normalization, names and combining characters.
import unicodedata
s1 = "caf\u00e9"
s2 = "cafe\u0301"
print(s1 == s2, len(s1), len(s2))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, [hex(ord(c)) for c in unicodedata.normalize(form, s2)], unicodedata.normalize(form, "ﬁ½"))
print(unicodedata.name("é"), unicodedata.lookup("SNOWMAN"), unicodedata.category("A"))
print(unicodedata.category("1"), unicodedata.category(" "), unicodedata.category("\u0301"))
print(unicodedata.numeric("½"), unicodedata.digit("٣"), unicodedata.decimal("7"))
print(unicodedata.bidirectional("a"), unicodedata.combining("\u0301"), unicodedata.mirrored("("))
print(unicodedata.east_asian_width("日"), unicodedata.unidata_version)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError:", e)
