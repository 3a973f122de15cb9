# Custom exception classes: args, str, repr, extra attributes.
class AppError(Exception):
    pass

class HttpError(AppError):
    def __init__(self, status, message):
        super().__init__(status, message)
        self.status = status
    def __str__(self):
        return f"{self.status}: {self.args[1]}"

class Plain(Exception):
    def __init__(self, value):
        self.value = value

for e in (AppError(), AppError("one"), AppError("a", 2), HttpError(404, "not found"), Plain(5)):
    print(repr(e), "|", str(e), "|", e.args)
try:
    raise HttpError(500, "server")
except AppError as e:
    print("caught as AppError:", e, e.status, isinstance(e, Exception))
print(Exception("x") == Exception("x"), str(Exception(None)), repr(ValueError("q", 1)))
print(str(KeyError("k")), str(KeyError()), repr(OSError(2, "No such file")), str(OSError(2, "nf", "path")))
