# DictReader and DictWriter details: missing and extra fields, fieldnames, line_num, restval.
import csv
import io

text = "a,b,c\r\n1,2,3\r\n4,5\r\n6,7,8,9,10\r\n\r\n11,12,13\r\n"
r = csv.DictReader(io.StringIO(text, newline=""))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO("x;y\n1;2\n"), fieldnames=["p", "q"], delimiter=";", restval="R", restkey="K")
print(list(r), r.fieldnames)
print(csv.DictReader(io.StringIO("")).fieldnames, list(csv.DictReader(io.StringIO("h1,h2\n"))))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age", "city"], restval="?", extrasaction="ignore", lineterminator="\n")
print(w.writeheader(), w.writerow({"name": "Ann", "age": 30, "zzz": 1}))
w.writerows([{"name": "Bob, Jr.", "city": "Paris"}, {}])
print(repr(out.getvalue()))
strict = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    strict.writerow({"a": 1, "b": 2, "c": 3})
except ValueError as e:
    print("ValueError:", e)
