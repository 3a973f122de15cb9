# Characters outside the BMP count as one character each.
s = "a😀b𝄞c"
print(len(s), s[1], s[3], s[-2], s[1:4], s[::-1], list(s))
print(s.find("b"), s.index("c"), s.rfind("𝄞"), s.count("😀"))
print([ord(c) for c in s], chr(0x1F600), chr(0x10FFFF) == "\U0010ffff")
print(s.upper(), s.center(9, "*"), s.split("b"), "😀" * 3)
print(s.encode("utf-8"), len(s.encode("utf-16-le")), s.encode("utf-32-be")[:8])
print(repr("😀"), ascii("😀"), ascii("é"), "\N{GRINNING FACE}" == "😀")
print(sorted("b😀a€"), max("a😀€"), min("😀€"))
print("😀" < "\uffff", "\U00010000" > "\uffff")
print(f"{s:>8}|", f"{'😀':^5}|", "%3s|" % "😀")
print(s.replace("😀", "x"), s.partition("𝄞"), s.startswith("a😀"))
print("𝐀𝐁".lower(), "𐐀".lower(), "𐐨".upper())
