# csv.writer: quoting modes, escapes, empty fields and errors.
import csv, io
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
s = io.StringIO(); w = csv.writer(s); print(w.writerow(['a', 'b,c', 'd"e', None, 1.5, '', 'x\ny'])); w.writerow(['']); w.writerow([]); w.writerows([[1,2],[3]]); print(repr(s.getvalue()))
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NONE); t(lambda: w.writerow(['a,b']))
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a,b', 'c"d']); print(repr(s.getvalue()))
t(lambda: csv.writer(io.StringIO()).writerow(5))
s=io.StringIO(); w=csv.writer(s, quoting=csv.QUOTE_NONNUMERIC); w.writerow([1, 2.5, 'a', True, None, 3j]); print(repr(s.getvalue()))
s=io.StringIO(); w=csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\'); t(lambda: w.writerow(['']))
s=io.StringIO(); w=csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a\\b','c']); print(repr(s.getvalue()))
s=io.StringIO(); w=csv.writer(s, escapechar='\\'); w.writerow(['a\\b','c"d']); print(repr(s.getvalue()))
s=io.StringIO(); w=csv.writer(s, doublequote=False, escapechar='\\'); w.writerow(['c"d']); print(repr(s.getvalue()))
s=io.StringIO(); w=csv.writer(s, doublequote=False); t(lambda: w.writerow(['c"d']))
s=io.StringIO(); w=csv.writer(s); w.writerow([' a', 'b ', '']); w.writerow(['', '']); print(repr(s.getvalue()))
