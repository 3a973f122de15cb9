# __mro__ of several exception classes.
classes = (
    ZeroDivisionError,
    KeyError,
    UnicodeEncodeError,
    FileNotFoundError,
    ModuleNotFoundError,
    ExceptionGroup,
    KeyboardInterrupt,
    StopIteration,
    BlockingIOError,
    IndentationError,
)
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(BaseException.__bases__, Exception.__bases__, ExceptionGroup.__bases__)
