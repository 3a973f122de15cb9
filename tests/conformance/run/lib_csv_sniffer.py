# csv.Sniffer on several samples: delimiter, quoting, doublequote, initial spaces, and has_header.
import csv
import io

samples = {
    "commas": "id,name,score\n1,ann,9.5\n2,bob,7.25\n3,cy,8\n",
    "semicolons": "a;b;c\n1;2;3\n4;5;6\n",
    "tabs": "x\ty\n1\t2\n3\t4\n",
    "quoted": '"name","note"\n"ann","said ""hi"""\n"bob","ok"\n',
    "spaces": "a, b, c\n1, 2, 3\n",
    "pipes": "k|v\none|1\ntwo|2\nthree|3\n",
    "no header": "1,2,3\n4,5,6\n7,8,9\n",
}
sniffer = csv.Sniffer()
for name, text in samples.items():
    dialect = sniffer.sniff(text)
    print(name, repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote, dialect.skipinitialspace,
          sniffer.has_header(text), list(csv.reader(io.StringIO(text), dialect))[1])
print(repr(sniffer.sniff("a:b:c\n1:2:3\n", delimiters=":").delimiter), sniffer.preferred)
try:
    sniffer.sniff("plainword")
except csv.Error as e:
    print("Error:", e)
