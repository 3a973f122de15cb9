# Building strings and lists in loops.
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
table = ""
for row in range(1, 4):
    table += " ".join(f"{row * col:3}" for col in range(1, 4)) + "\n"
print(table, end="")
words = "the quick brown fox".split()
acronym = "".join(w[0].upper() for w in words)
print(acronym, len(acronym))
