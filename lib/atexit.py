"""Functions to run when the interpreter exits, last registered first.

pyheap's own implementation of the interface of CPython's atexit module;
the interpreter runs the handlers when the program ends.
"""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; returns func."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)
