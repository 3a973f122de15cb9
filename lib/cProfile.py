"""A deterministic profiler built on _lsprof.Profiler (written in
TypeScript): Profile, run() and runctx(), and the command line

    pyheap -m cProfile [-o output_file] [-s sort] [-m module | scriptfile] [arg] ...
"""

__all__ = ['run', 'runctx', 'Profile']

import _lsprof
import profile as _pyprofile


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__'s namespace; print the report
    (sorted by `sort`) or save it to `filename`."""
    return _pyprofile._Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profile exec(statement, globals, locals); print or save the report."""
    return _pyprofile._Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    enable() and disable() start and stop collecting; create_stats() turns
    what was collected into self.stats, the dict pstats reads."""

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        entries = self.getstats()
        self.stats = {}
        callers_of = {}
        for entry in entries:
            func = label(entry.code)
            calls = entry.callcount
            primitive = calls - entry.reccallcount
            callers = {}
            callers_of[id(entry.code)] = callers
            self.stats[func] = primitive, calls, entry.inlinetime, entry.totaltime, callers
        for entry in entries:
            if not entry.calls:
                continue
            caller = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                calls = sub.callcount
                primitive = calls - sub.reccallcount
                tt = sub.inlinetime
                ct = sub.totaltime
                if caller in callers:
                    before = callers[caller]
                    calls += before[0]
                    primitive += before[1]
                    tt += before[2]
                    ct += before[3]
                callers[caller] = calls, primitive, tt, ct

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    # The context manager. Profiles show the frame of __exit__ (it runs
    # while the profiler is on, until its disable() call) as
    # "cProfile.py:118(__exit__)" in CPython: this file keeps __exit__ on
    # line 118 so that reports match line for line.
    #
    # What each way of profiling shows of this module:
    # - with Profile() as p: __exit__, and its call of disable();
    # - p.enable() ... p.disable(): only the disable() call;
    # - p.run(cmd) / p.runctx(cmd, g, l): exec() and the code object it runs
    #   ("<string>:1(<module>)" for a string), then disable();
    # - p.runcall(f, ...): f and what it calls, then disable().
    # run() and runctx() of the module add nothing more: the profiler is
    # created and enabled inside them, after their own frames started.
    #
    # enable() and disable() are the _lsprof.Profiler methods: enable()
    # makes this profiler the thread's profile function (replacing any
    # other), disable() stops it and closes every call still open, so that
    # the frames running when it is called count as having returned then.

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def label(code):
    """The stats key of a profiled function: (file, line, name); a built-in's
    file is '~', which sorts after every file name."""
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


_USAGE = 'Usage: cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...\n'

_HELP = _USAGE + """
Options:
  -h, --help            show this help message and exit
  -o OUTFILE, --outfile=OUTFILE
                        Save stats to <outfile>
  -s SORT, --sort=SORT  Sort order when printing to stdout, based on
                        pstats.Stats class
  -m                    Profile a library module
"""


def main():
    import pstats
    choices = sorted(pstats.Stats.sort_arg_dict_default)
    _pyprofile._Command('cProfile.py', _USAGE, _HELP, 2, runctx, choices).main()


if __name__ == '__main__':
    main()
