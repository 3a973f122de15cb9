# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("a"), connect("b", port=8080), connect("c", secure=True, port=1))
try:
    connect("d", 443)
except TypeError as e:
    print("TypeError:", e)

def required_kw(*, name, age):
    return name, age
print(required_kw(age=3, name="x"))
try:
    required_kw(name="x")
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
print(connect.__kwdefaults__, required_kw.__kwdefaults__, connect.__defaults__)
