"""LineProfiler, its statistics and the report line_profiler prints."""
import functools
import inspect
import linecache
import os
import pickle
import sys

from _line_profiler import LineProfiler as CLineProfiler

__version__ = '4.1.3'


class LineStats:
    """The timings of a profile: {(filename, first line, name): [(line, hits, time), ...]} and the timer unit in seconds."""

    def __init__(self, timings, unit):
        self.timings = timings
        self.unit = unit


def _is_generator(f):
    return bool(getattr(getattr(f, '__code__', None), 'co_flags', 0) & inspect.CO_GENERATOR)


class LineProfiler(CLineProfiler):
    """Records the hits and the time of each line of the functions added to it."""

    def __call__(self, func):
        """Decorate func: the profiler is on while it runs."""
        self.add_function(func)
        if isinstance(func, classmethod):
            return self.wrap_classmethod(func)
        if _is_generator(func):
            return self.wrap_generator(func)
        return self.wrap_function(func)

    def wrap_classmethod(self, func):
        profiler = self

        @functools.wraps(func)
        def wrapper(*args, **kwds):
            profiler.enable_by_count()
            try:
                return func.__func__(func.__class__, *args, **kwds)
            finally:
                profiler.disable_by_count()
        return wrapper

    def wrap_generator(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwds):
            g = func(*args, **kwds)
            self.enable_by_count()
            try:
                item = next(g)
            except StopIteration:
                return
            finally:
                self.disable_by_count()
            input_ = (yield item)
            while True:
                self.enable_by_count()
                try:
                    item = g.send(input_)
                except StopIteration:
                    return
                finally:
                    self.disable_by_count()
                input_ = (yield item)
        return wrapper

    def wrap_function(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwds):
            self.enable_by_count()
            try:
                result = func(*args, **kwds)
            finally:
                self.disable_by_count()
            return result
        return wrapper

    def get_stats(self):
        return LineStats(self._raw_timings(), self.timer_unit)

    def dump_stats(self, filename):
        lstats = self.get_stats()
        with open(filename, 'wb') as f:
            pickle.dump(lstats, f, pickle.HIGHEST_PROTOCOL)

    def print_stats(self, stream=None, output_unit=None, stripzeros=False,
                    details=True, summarize=False, sort=False, rich=False):
        lstats = self.get_stats()
        show_text(lstats.timings, lstats.unit, output_unit=output_unit,
                  stream=stream, stripzeros=stripzeros, details=details,
                  summarize=summarize, sort=sort, rich=rich)

    def run(self, cmd):
        import __main__
        main_dict = __main__.__dict__
        return self.runctx(cmd, main_dict, main_dict)

    def runctx(self, cmd, globals, locals):
        self.enable_by_count()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable_by_count()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable_by_count()
        try:
            return func(*args, **kw)
        finally:
            self.disable_by_count()

    def add_module(self, mod):
        """Add every function and method defined in module mod; returns how many."""
        nfuncs = 0
        for item in list(vars(mod).values()):
            if isinstance(item, type):
                for v in list(vars(item).values()):
                    if inspect.isfunction(v) and v.__module__ == mod.__name__:
                        self.add_function(v)
                        nfuncs += 1
            elif inspect.isfunction(item) and item.__module__ == mod.__name__:
                self.add_function(item)
                nfuncs += 1
        return nfuncs

    def __enter__(self):
        self.enable_by_count()
        return self

    def __exit__(self, *exc):
        self.disable_by_count()


def _code_block(lines):
    """The lines of the def (or class) statement that lines begin with, up to its last line of code."""
    i = 0
    n = len(lines)
    # Decorators come first.
    while i < n and lines[i].lstrip().startswith('@'):
        i += 1
    if i >= n:
        return lines
    head = lines[i]
    indent = len(head) - len(head.lstrip())
    # The header ends where its brackets close.
    depth = 0
    while i < n:
        code = lines[i].split('#', 1)[0]
        depth += sum(code.count(c) for c in '([{') - sum(code.count(c) for c in ')]}')
        if depth <= 0 and code.rstrip().endswith(':'):
            break
        if depth <= 0 and ':' in code and not code.rstrip().endswith(':'):
            # A one-line body.
            return lines[:i + 1]
        i += 1
    last = i
    i += 1
    quote = None
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if quote is None and stripped and not stripped.startswith('#'):
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = i
        elif quote is not None:
            last = i
        for q in ('"""', "'''"):
            if line.count(q) % 2 == 1 and (quote is None or quote == q):
                quote = q if quote is None else None
        i += 1
    return lines[:last + 1]


def show_func(filename, start_lineno, func_name, timings, unit,
              output_unit=None, stream=None, stripzeros=False, rich=False):
    """Print the report of one function."""
    if stream is None:
        stream = sys.stdout

    total_hits = sum(t[1] for t in timings)
    total_time = sum(t[2] for t in timings)

    if stripzeros and total_hits == 0:
        return

    if output_unit is None:
        output_unit = unit
    scalar = unit / output_unit

    linenos = [t[0] for t in timings]

    stream.write('Total time: %g s\n' % (total_time * unit))
    if os.path.exists(filename):
        stream.write(f'File: {filename}\n')
        stream.write(f'Function: {func_name} at line {start_lineno}\n')
        linecache.clearcache()
        all_lines = linecache.getlines(filename)
        sublines = _code_block(all_lines[start_lineno - 1:])
    else:
        stream.write('\n')
        stream.write(f'Could not find file {filename}\n')
        stream.write('Are you sure you are running this program from the same directory\n')
        stream.write('that you ran the profiler from?\n')
        stream.write("Continuing without the function's contents.\n")
        nlines = 1 if not linenos else max(linenos) - min(min(linenos), start_lineno) + 1
        sublines = [''] * nlines

    column_sizes = {'line': 6, 'hits': 9, 'time': 12, 'perhit': 8, 'percent': 8}
    default_sizes = dict(column_sizes)

    display = {}
    for lineno, nhits, time in timings:
        if total_time == 0:
            percent = ''
        else:
            percent = '%5.1f' % (100 * time / total_time)

        time_disp = '%5.1f' % (time * scalar)
        if len(time_disp) > default_sizes['time']:
            time_disp = '%5.3g' % (time * scalar)
        perhit_disp = '%5.1f' % (float(time) * scalar / nhits)
        if len(perhit_disp) > default_sizes['perhit']:
            perhit_disp = '%5.3g' % (float(time) * scalar / nhits)
        nhits_disp = '%d' % nhits
        if len(nhits_disp) > default_sizes['hits']:
            nhits_disp = '%g' % nhits

        display[lineno] = (nhits_disp, time_disp, perhit_disp, percent)

    if display:
        column_sizes['hits'] = max(column_sizes['hits'], max(len(t[0]) for t in display.values()))
        column_sizes['time'] = max(column_sizes['time'], max(len(t[1]) for t in display.values()))
        column_sizes['perhit'] = max(column_sizes['perhit'], max(len(t[2]) for t in display.values()))

    col_order = ['line', 'hits', 'time', 'perhit', 'percent']
    template = ' '.join('%' + str(column_sizes[k]) + 's' for k in col_order) + '  %-s'

    linenos = range(start_lineno, start_lineno + len(sublines))
    empty = ('', '', '', '')
    header = template % ('Line #', 'Hits', 'Time', 'Per Hit', '% Time', 'Line Contents')
    stream.write('\n')
    stream.write(header)
    stream.write('\n')
    stream.write('=' * len(header))
    stream.write('\n')
    for lineno, line in zip(linenos, sublines):
        nhits, time, per_hit, percent = display.get(lineno, empty)
        line_ = line.rstrip('\n').rstrip('\r')
        stream.write(template % (lineno, nhits, time, per_hit, percent, line_))
        stream.write('\n')
    stream.write('\n')


def show_text(stats, unit, output_unit=None, stream=None, stripzeros=False,
              details=True, summarize=False, sort=False, rich=False):
    """Print the report of every function in stats."""
    if stream is None:
        stream = sys.stdout

    if output_unit is not None:
        stream.write('Timer unit: %g s\n\n' % output_unit)
    else:
        stream.write('Timer unit: %g s\n\n' % unit)

    if sort:
        stats_order = sorted(stats.items(), key=lambda kv: sum(t[2] for t in kv[1]))
    else:
        stats_order = sorted(stats.items())

    if details:
        for (fn, lineno, name), timings in stats_order:
            show_func(fn, lineno, name, stats[fn, lineno, name], unit,
                      output_unit=output_unit, stream=stream,
                      stripzeros=stripzeros, rich=rich)

    if summarize:
        for (fn, lineno, name), timings in stats_order:
            total_time = sum(t[2] for t in timings) * unit
            if not stripzeros or total_time:
                stream.write('%6.2f seconds - %s:%s - %s\n' % (total_time, fn, lineno, name))


def load_stats(filename):
    """The LineStats that dump_stats wrote to filename."""
    with open(filename, 'rb') as f:
        return pickle.load(f)


def main():
    """`python -m line_profiler [-u UNIT] [-z] [-r] [-t] [-m] FILE.lprof`: print the report a dump holds."""
    usage = 'usage: line_profiler [-h] [-V] [-u UNIT] [-r] [-z] [-t] [-m] profile_output\n'
    args = sys.argv[1:]
    names = {'z': 'stripzeros', 't': 'sort', 'm': 'summarize', 'r': 'rich'}
    longs = {'--skip-zero': 'z', '--sort': 't', '--summarize': 'm', '--rich': 'r'}
    opts = {'stripzeros': False, 'sort': False, 'summarize': False, 'rich': False}
    unit = None
    files = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-u', '--unit'):
            if i + 1 >= len(args):
                sys.stderr.write(usage + 'line_profiler: error: argument -u/--unit: expected one argument\n')
                raise SystemExit(2)
            i += 1
            unit = float(args[i])
        elif a in longs:
            opts[names[longs[a]]] = True
        elif a.startswith('-') and len(a) > 1 and all(c in names for c in a[1:]):
            for c in a[1:]:
                opts[names[c]] = True
        elif a.startswith('-'):
            sys.stderr.write(usage + f'line_profiler: error: unrecognized arguments: {a}\n')
            raise SystemExit(2)
        else:
            files.append(a)
        i += 1
    if len(files) != 1:
        sys.stderr.write(usage + 'line_profiler: error: the following arguments are required: profile_output\n')
        raise SystemExit(2)
    lstats = load_stats(files[0])
    show_text(lstats.timings, lstats.unit, output_unit=unit, **opts)


if __name__ == '__main__':
    main()
