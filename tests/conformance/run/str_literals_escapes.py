# String literal forms: escapes, raw strings, implicit concatenation.
print("tab:\t|", "nl:\\n", "quote:\"", 'apos:\'', "bs:\\")
print("\x41\101\u0041\U00000041\N{LATIN CAPITAL LETTER A}")
print("\0\1\12\141" == "\x00\x01\na", len("\777"), ord("\777"))
print(r"raw\n\t", R"\d+", r"\"", len(r"\n"))
print("implicit " "concatenation " 'mixed ' """quotes""")
print("""triple
quoted
  text""")
print('''single "triple" with 'inner' ''')
s = "line one \
continued"
print(s)
print("\a\b\f\v\r" == "\x07\x08\x0c\x0b\x0d", "\N{EM DASH}", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\U0001F600"), "\u00e9" == "é", "\u0065\u0301" == "é")
print(rb"\x00", b"\x00", br"\d")
