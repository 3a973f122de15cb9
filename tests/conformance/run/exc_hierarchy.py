# The built-in exception hierarchy.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnicodeDecodeError, ValueError), (FileNotFoundError, OSError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError), (TabError, SyntaxError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
    (Warning, Exception), (DeprecationWarning, Warning), (BaseExceptionGroup, BaseException),
    (ExceptionGroup, Exception), (TimeoutError, OSError), (StopAsyncIteration, Exception),
    (BrokenPipeError, ConnectionError), (AssertionError, Exception), (EnvironmentError, OSError),
]
for sub, sup in checks:
    print(f"{sub.__name__:22} {sup.__name__:18} {issubclass(sub, sup)}")
print(IOError is OSError, EnvironmentError is OSError)
