"""Ctrl-C handling for test runs (unittest -c); results are registered so
that an interrupt could stop them."""

__unittest = True

# ids, not the results: registering must not keep a result alive.
_results = set()


def registerResult(result):
    _results.add(id(result))


def removeResult(result):
    if id(result) in _results:
        _results.discard(id(result))
        return True
    return False


def installHandler():
    # Needs the signal module, which pyheap does not have.
    raise NotImplementedError('unittest.installHandler (-c, --catch) needs the signal module, '
                              'which pyheap does not provide')


def removeHandler(method=None):
    # No handler can have been installed: there is nothing to remove.
    if method is not None:
        return method
