"""Measure the execution time of small code snippets.

Library use: Timer(stmt, setup, timer, globals).timeit(number) runs `setup`
once and then `stmt` `number` times, and returns the seconds that took (read
from `timer`, time.perf_counter unless given). timeit() and repeat() make a
Timer and call it; Timer.autorange() picks a number of loops.

Command line:
    pyheap -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [-h] [--] [statement ...]

  -n/--number N   how many times to run the statement (default: the first of
                  1, 2, 5, 10, 20, 50, ... loops that takes 0.2 s or more)
  -r/--repeat N   how many timings to take (default 5); the best is reported
  -s/--setup S    a statement run once before timing (default 'pass');
                  several -s options make a setup of several lines
  -p/--process    time with time.process_time() instead of time.perf_counter()
  -u/--unit U     report in nsec, usec, msec or sec
  -v/--verbose    print every timing; repeat it for one more digit
  -h/--help       print this text and exit
  --              the end of the options (for a statement starting with -)

Each statement argument is one line of the statement timed (default 'pass');
indented lines are arguments with leading spaces.
"""

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function every Timer compiles: the statement is pasted into the loop's
# body, so that what is timed is the statement itself and not a call of it.
_TEMPLATE = """
def inner(_it, _timer{params}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """The source with every line after the first indented by `indent` spaces."""
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    """Times a statement (source text or a callable) after a setup."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        params = ''
        if isinstance(setup, str):
            # Alone, the setup must be valid at module level too.
            compile(setup, dummy_src_name, 'exec')
            stmt_prefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            params += ', _setup=_setup'
            stmt_prefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # Inside the template's function a `return` or `yield` would
            # compile: check the statement at module level, after the setup
            # text whose names it may use.
            compile(stmt_prefix + stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _TEMPLATE.format(stmt=stmt, setup=setup, params=params)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the
        lines of the compiled template shown for its frames."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split('\n'), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the collector is
        off meanwhile, so that its pauses are not timed)."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        results = []
        for _ in range(repeat):
            results.append(self.timeit(number))
        return results

    def autorange(self, callback=None):
        """Try 1, 2, 5, 10, 20, 50, ... loops until one run takes 0.2 s or
        more; return (loops, seconds) of that run. callback(loops, seconds)
        is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                seconds = self.timeit(number)
                if callback:
                    callback(number, seconds)
                if seconds >= 0.2:
                    return (number, seconds)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Seconds taken by `number` runs of stmt after setup."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """`repeat` results of timeit(number) for stmt after setup."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}


def _format_time(seconds, unit, precision):
    """`seconds` in `unit`, or in the largest unit it is at least one of."""
    if unit is None:
        for unit in ('sec', 'msec', 'usec', 'nsec'):
            if seconds >= _UNITS[unit]:
                break
    return '%.*g %s' % (precision, seconds / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: returns the exit status (None for success). An
    exception while timing prints its traceback and gives 1."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, 'n:u:s:r:tcpvh',
                                   ['number=', 'setup=', 'repeat=', 'time', 'clock', 'process',
                                    'verbose', 'unit=', 'help'])
    except getopt.error as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setup_lines = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for opt, value in opts:
        if opt in ('-n', '--number'):
            number = int(value)
        if opt in ('-s', '--setup'):
            setup_lines.append(value)
        if opt in ('-u', '--unit'):
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.', file=sys.stderr)
                return 2
            unit = value
        if opt in ('-r', '--repeat'):
            repeat_count = max(int(value), 1)
        if opt in ('-p', '--process'):
            timer = time.process_time
        if opt in ('-v', '--verbose'):
            if verbose:
                precision += 1
            verbose += 1
        if opt in ('-h', '--help'):
            print(__doc__, end=' ')
            return 0
    setup = '\n'.join(setup_lines) or 'pass'
    # The statements may import modules of the current folder.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(loops, seconds):
                print('{} loop{} -> {:.{}g} secs'.format(loops, 's' if loops != 1 else '', seconds, precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat_count, number)
    except:
        t.print_exc()
        return 1
    if verbose:
        print('raw times: %s' % ', '.join(_format_time(dt, unit, precision) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    worst = max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', repeat_count, _format_time(best, unit, precision)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) was more '
                               'than four times slower than the best time (%s).'
                               % (_format_time(worst, unit, precision), _format_time(best, unit, precision)),
                               UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
