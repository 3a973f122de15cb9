# csv.DictReader, DictWriter and the Sniffer.
import csv, io
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
text = 'name,age,city\r\n"Smith, J",42,"New\nYork"\r\nDoe,7,LA\r\n\r\nX,1\r\nY,2,Z,extra\r\n'
for row in csv.DictReader(io.StringIO(text, newline=''), restkey='more', restval='?'):
    print(row)
print(list(csv.reader(io.StringIO(text, newline=''))))
s = io.StringIO(); dw = csv.DictWriter(s, ['a', 'b'], restval='-'); dw.writeheader(); dw.writerow({'a': 1}); dw.writerows([{'a': 2, 'b': 3}]); print(repr(s.getvalue()))
t(lambda: dw.writerow({'c': 1}))
t(lambda: csv.DictWriter(s, ['a'], extrasaction='x'))
sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', 'name\tage\nbob\t3\n', '"a","b"\n"1","2"\n', 'x: y: z\n1: 2: 3\n', "'a' ;'b'\n'1' ;'2'\n"]:
    d = sn.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, sn.has_header(sample))
t(lambda: sn.sniff('abc'))
