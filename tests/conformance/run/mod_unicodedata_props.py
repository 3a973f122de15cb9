# unicodedata: properties, decompositions, normalization and its errors.
import unicodedata as ud
for ch in "aZ5 \u00e9\u0301\u4e00\uac00\u2460\ufb01\u00bd\u0663(\u200d\U0001f600":
    print(hex(ord(ch)), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.mirrored(ch),
          ud.east_asian_width(ch), repr(ud.decomposition(ch)), ud.name(ch, "?"))
word = "\ud55c\uae00 \u1100\u1161\u11a8 Am\u00e9lie \u212b \u1e9b\u0323"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    out = ud.normalize(form, word)
    print(form, len(out), [hex(ord(c)) for c in out][:12], ud.is_normalized(form, word), ud.is_normalized(form, out))
s = "plain ascii"
print(ud.normalize("NFC", s) is s, ud.lookup("LATIN SMALL LETTER A WITH GRAVE"), ud.lookup("HANGUL SYLLABLE GAG"))
print(ud.numeric("\u2155"), ud.digit("\u2460"), ud.decimal("\u0663"), ud.numeric("x", None), ud.unidata_version)
for bad in (lambda: ud.normalize("NFX", "a"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.category("ab"),
            lambda: ud.decimal("x"), lambda: ud.digit("\u00bd"), lambda: ud.numeric("a"), lambda: ud.normalize("NFC", 1)):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
