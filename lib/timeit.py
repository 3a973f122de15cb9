"""Measure the execution time of small code snippets.

Timer(stmt, setup, timer, globals).timeit(number) runs `setup` once and then
`stmt` `number` times, returning the seconds it took (by `timer`, which is
time.perf_counter unless given). The module functions timeit() and repeat()
make a Timer and call it.
"""

import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indented(src, spaces):
    """The source with every line after the first indented by `spaces`."""
    return src.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Time a statement (a string of code or a callable) with an optional setup."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        extra_args = ''
        if isinstance(setup, str):
            # The setup must compile on its own, as a quick syntax check.
            compile(setup, dummy_src_name, 'exec')
            setup_src = _indented(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            extra_args += ', _setup=_setup'
            setup_src = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(setup_src + '\n' + stmt, dummy_src_name, 'exec')
            stmt_src = _indented(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            extra_args += ', _stmt=_stmt'
            stmt_src = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = (f'def inner(_it, _timer{extra_args}):\n'
               f'    {setup_src}\n'
               f'    _t0 = _timer()\n'
               f'    for _i in _it:\n'
               f'        {stmt_src}\n'
               f'        pass\n'
               f'    _t1 = _timer()\n'
               f'    return _t1 - _t0\n')
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Print the traceback of the last exception, as traceback.print_exc would."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The time `number` executions of the statement take, in seconds."""
        it = itertools.repeat(None, number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 s; return (number, time)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return number, time_taken
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Time `number` executions of stmt after setup."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Call timeit(number) `repeat` times and return the list of results."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
