# csv dialects: validation messages, registration and the Dialect classes.
import csv, io
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(csv.list_dialects(), csv.field_size_limit(), csv.__all__)
print(repr(csv.excel.lineterminator), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__mro__)
def t2(f):
  try: r = f(); print(r.dialect.quoting, repr(r.dialect.quotechar))
  except Exception as e: print(type(e).__name__, e)
t2(lambda: csv.reader([], quotechar=None))
t2(lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_MINIMAL))
t2(lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
t2(lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_NONE))
t2(lambda: csv.reader([], quotechar=5))
t2(lambda: csv.reader([], escapechar=5))
t2(lambda: csv.reader([], lineterminator=5))
t2(lambda: csv.reader([], quoting='a'))
t2(lambda: csv.reader([], delimiter=None))
class D(csv.Dialect):
    delimiter=';'; quotechar='"'; lineterminator='\n'; quoting=csv.QUOTE_MINIMAL
t2(lambda: csv.reader([], D))
class E(csv.Dialect):
    delimiter=';'
t2(lambda: csv.reader([], E))
t(lambda: E())
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(list(csv.reader(['a|"b|c"'], 'pipes')), csv.get_dialect('pipes').quoting, 'pipes' in csv.list_dialects()); csv.unregister_dialect('pipes')
t(lambda: csv.unregister_dialect('pipes'))
