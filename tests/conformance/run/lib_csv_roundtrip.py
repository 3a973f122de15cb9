# Writing then reading back tricky fields in several dialects.
import csv
import io

rows = [["plain", "with,comma", 'with "quotes"', "multi\nline", "", " padded ", "tab\there", "x"],
        [1, 2.5, None, True, "0", "-", "\r", "end"]]
for dialect in ["excel", "excel-tab", "unix"]:
    buf = io.StringIO()
    w = csv.writer(buf, dialect=dialect)
    w.writerows(rows)
    text = buf.getvalue()
    print(dialect, repr(text))
    print(list(csv.reader(io.StringIO(text, newline=""), dialect=dialect)))
buf = io.StringIO()
csv.writer(buf, delimiter=";", quotechar="'", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(rows + [[1, 2.5, -3, "4"]])
print(repr(buf.getvalue()))
nums = io.StringIO()
csv.writer(nums, quoting=csv.QUOTE_NONNUMERIC).writerows([[1, 2.5, -3, "4", None], ["a", 1e100, 0]])
print(repr(nums.getvalue()), list(csv.reader(io.StringIO(nums.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d', "e\\f"])
print(repr(buf.getvalue()), list(csv.reader([buf.getvalue()], escapechar="\\", quoting=csv.QUOTE_NONE)))
