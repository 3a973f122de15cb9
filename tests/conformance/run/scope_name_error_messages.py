# NameError messages and suggestions are part of the traceback; str(e) is plain.
try:
    undefined_name
except NameError as e:
    print(e, e.args, e.name)

def f():
    return missing_inside

try:
    f()
except NameError as e:
    print(e)

try:
    del never_defined
except NameError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))
