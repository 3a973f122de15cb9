# The four quoting modes on the same rows, written and read back.
import csv
import io

rows = [["text", "with space", "a,b", 'q"uote', "", 42, 3.5, None, -1]]
names = {csv.QUOTE_MINIMAL: "MINIMAL", csv.QUOTE_ALL: "ALL", csv.QUOTE_NONNUMERIC: "NONNUMERIC", csv.QUOTE_NONE: "NONE"}
for mode, name in names.items():
    out = io.StringIO()
    w = csv.writer(out, quoting=mode, escapechar="\\")
    w.writerows(rows)
    text = out.getvalue()
    back = list(csv.reader(io.StringIO(text), quoting=mode if mode != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL, escapechar="\\"))
    print(name.ljust(10), repr(text), back)
print(list(csv.reader(['"a" ,b,"c"d', 'x,"y', 'z"'])), list(csv.reader(["a,'b,c',d"], quotechar="'")))
print(list(csv.reader(['a,"b\r\nc"'])), list(csv.reader(["  a,  b"], skipinitialspace=True)), list(csv.reader([""])))
print(list(csv.reader(["1,2", "", "3"])), list(csv.reader(['""', '"",""'])), list(csv.reader(['x,""', ',,'])))
