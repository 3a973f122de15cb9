"""A deterministic profiler written in Python over sys.setprofile: Profile,
run() and runctx(), and the command line

    pyheap -m profile [-o output_file] [-s sort] [-m module | scriptfile] [arg] ...

cProfile produces reports of the same form much faster; this module is
slower, but every part of it can be subclassed or replaced.
"""

import sys
import time
import marshal

__all__ = ['run', 'runctx', 'Profile']


class _Utils:
    """run/runctx for a profiler class: profile, then print or save the report."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__'s namespace; print the report
    (sorted by `sort`) or save it to `filename`."""
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profile exec(statement, globals, locals); print or save the report."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile:
    """Profile(timer=None, bias=None)

    The profile function records, per function (file, line, name), in
    self.timings: (primitive calls, open activations, own time, cumulative
    time, {caller: calls}).  self.cur is the stack of running calls, each
    entry (time owed to the parent, own time, time in callees, function,
    frame, entry below).  `bias` is subtracted from every event's time to
    cancel the profiler's own cost (see calibrate())."""

    bias = 0

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            sample = timer()
            try:
                width = len(sample)
            except TypeError:
                self.get_time = timer
                self.dispatcher = self.trace_dispatch_i
            else:
                # A timer returning several figures (user and system time,
                # say) counts their sum.
                if width == 2:
                    self.dispatcher = self.trace_dispatch
                else:
                    self.dispatcher = self.trace_dispatch_l

                def summed(timer=timer):
                    return sum(timer())
                self.get_time = summed
        self.t = self.get_time()
        self.simulate_call('profiler')

    # The profile functions. Each measures the time since the previous
    # event (less the bias), hands it to the event's handler, then restarts
    # the clock; a handler returning false leaves the time unspent, for the
    # next event to count.

    def trace_dispatch(self, frame, event, arg):
        pair = self.timer()
        elapsed = pair[0] + pair[1] - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            pair = self.timer()
            self.t = pair[0] + pair[1]
        else:
            pair = self.timer()
            self.t = pair[0] + pair[1] - elapsed

    def trace_dispatch_i(self, frame, event, arg):
        elapsed = self.timer() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            self.t = self.timer()
        else:
            self.t = self.timer() - elapsed

    def trace_dispatch_mac(self, frame, event, arg):
        # For a timer counting sixtieths of a second.
        elapsed = self.timer() / 60.0 - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            self.t = self.timer() / 60.0
        else:
            self.t = self.timer() / 60.0 - elapsed

    def trace_dispatch_l(self, frame, event, arg):
        elapsed = self.get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, elapsed):
            self.t = self.get_time()
        else:
            self.t = self.get_time() - elapsed

    # The event handlers.

    def trace_dispatch_exception(self, frame, t):
        owed, own, sub, func, top, below = self.cur
        # An exception passing out of a frame whose return was not seen
        # ends that frame's call.
        if top is not frame and below:
            return self.trace_dispatch_return(top, t)
        self.cur = owed, own + t, sub, func, top, below
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # The caller is not the frame on top: that frame was left
            # without a return event (by an exception), so end it first.
            top = self.cur[-2]
            if not isinstance(top, Profile.fake_frame):
                assert top.f_back is frame.f_back, ("Bad call", self.cur[-3], top.f_back, frame.f_back)
                self.trace_dispatch_return(top, 0)
                assert self.cur is None or frame.f_back is self.cur[-2], ("Bad call", self.cur[-3])
        code = frame.f_code
        self._enter((code.co_filename, code.co_firstlineno, code.co_name), frame, t)
        return 1

    def trace_dispatch_c_call(self, frame, t):
        self._enter(("", 0, self.c_func_name), frame, t)
        return 1

    def _enter(self, func, frame, t):
        self.cur = (t, 0, 0, func, frame, self.cur)
        entry = self.timings.get(func)
        if entry is None:
            self.timings[func] = 0, 0, 0, 0, {}
        else:
            cc, open_calls, tt, ct, callers = entry
            self.timings[func] = cc, open_calls + 1, tt, ct, callers

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)
        owed, own, sub, func, top, below = self.cur
        own = own + t
        total = own + sub
        p_owed, p_own, p_sub, p_func, p_frame, p_below = below
        self.cur = p_owed, p_own + owed, p_sub + total, p_func, p_frame, p_below
        cc, open_calls, tt, ct, callers = self.timings[func]
        if not open_calls:
            # The outermost activation of a recursive function: only it
            # adds to the cumulative time and counts as a primitive call.
            ct = ct + total
            cc = cc + 1
        callers[p_func] = callers.get(p_func, 0) + 1
        self.timings[func] = cc, open_calls - 1, tt + own, ct, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,
        "c_return": trace_dispatch_return,
    }

    # The statement being profiled appears in reports as a call of
    # "profile:0(statement)" made by "profile:0(profiler)"; these fake
    # code objects and frames stand for both.

    def set_cmd(self, cmd):
        if self.cur[-1]:
            return
        self.cmd = cmd
        self.simulate_call(cmd)

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def simulate_call(self, name):
        code = self.fake_code('profile', 0, name)
        parent = self.cur[-2] if self.cur else None
        self.dispatch['call'](self, self.fake_frame(code, parent), 0)

    def simulate_cmd_complete(self):
        # Close every open call, the fake ones included, charging the time
        # since the last event to the innermost.
        elapsed = self.get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], elapsed)
            elapsed = 0
        self.t = self.get_time() - elapsed

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for func, (cc, open_calls, tt, ct, callers) in self.timings.items():
            callers = callers.copy()
            self.stats[func] = cc, sum(callers.values()), tt, ct, callers

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    def calibrate(self, m, verbose=0):
        """The profiler's hidden cost per event, in the timer's unit: the
        time it charges to m calls of a small function beyond what they
        take unprofiled, per event.  Pass it as `bias`."""
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved

    def _calibrate_inner(self, m, verbose):
        get_time = self.get_time

        def inner(n):
            for i in range(n):
                x = 1

        def outer(m, inner=inner):
            for i in range(m):
                inner(100)

        outer(m)
        start = get_time()
        outer(m)
        plain = get_time() - start
        if verbose:
            print("elapsed time without profiling =", plain)

        prof = Profile()
        start = get_time()
        prof.runctx('outer(m)', globals(), {'outer': outer, 'm': m})
        profiled = get_time() - start
        if verbose:
            print("elapsed time with profiling =", profiled)

        calls = 0.0
        charged = 0.0
        for (filename, line, name), (cc, open_calls, tt, ct, callers) in prof.timings.items():
            if name in ("outer", "inner"):
                calls += cc
                charged += tt
        if verbose:
            print("'CPU seconds' profiler reported =", charged)
            print("total # calls =", calls)
        if calls != m + 1:
            raise ValueError("internal error: total calls = %d" % calls)
        # Two events (call and return) per call.
        mean = (charged - plain) / 2.0 / calls
        if verbose:
            print("mean stopwatch overhead per profile event =", mean)
        return mean


_USAGE = 'Usage: profile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...\n'

_HELP = _USAGE + """
Options:
  -h, --help            show this help message and exit
  -o OUTFILE, --outfile=OUTFILE
                        Save stats to <outfile>
  -m                    Profile a library module.
  -s SORT, --sort=SORT  Sort order when printing to stdout, based on
                        pstats.Stats class
"""


class _Command:
    """The command line `-m profile` and `-m cProfile` share, read as
    CPython's optparse parser for them reads it: options end at the first
    argument that is not one. PROG names the script in errors; CHOICES, when
    given, are the sort keys the -s option accepts (cProfile checks them,
    profile does not); RUNCTX profiles the program."""

    def __init__(self, prog, usage, help_text, default_sort, runctx, choices=None):
        self.prog = prog
        self.usage = usage
        self.help_text = help_text
        self.default_sort = default_sort
        self.runctx = runctx
        self.choices = choices

    def usage_error(self, message):
        sys.stderr.write(self.usage + '\n%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def print_help(self):
        sys.stdout.write(self.help_text)
        sys.exit(0)

    def parse_args(self, argv):
        """(outfile, sort, module flag, remaining args)."""
        longs = ('--help', '--outfile', '--sort')
        outfile = None
        sort = self.default_sort
        module = False
        i = 0
        while i < len(argv):
            arg = argv[i]
            if arg == '--':
                i += 1
                break
            if not arg.startswith('-') or arg == '-':
                break
            i += 1
            if arg.startswith('--'):
                name, eq, value = arg.partition('=')
                matches = [o for o in longs if o.startswith(name)]
                if name not in longs and len(matches) != 1:
                    self.usage_error('no such option: %s' % name)
                name = name if name in longs else matches[0]
                if name == '--help':
                    if eq:
                        self.usage_error('--help option does not take a value')
                    self.print_help()
                if not eq:
                    if i >= len(argv):
                        self.usage_error('%s option requires 1 argument' % name)
                    value = argv[i]
                    i += 1
                opt = name
            else:
                letters = arg[1:]
                opt = '-' + letters[0]
                if opt not in ('-h', '-o', '-s', '-m'):
                    self.usage_error('no such option: %s' % opt)
                if opt in ('-h', '-m'):
                    if opt == '-h':
                        self.print_help()
                    module = True
                    if len(letters) > 1:
                        argv = argv[:i] + ['-' + letters[1:]] + argv[i:]
                    continue
                value = letters[1:]
                if not value:
                    if i >= len(argv):
                        self.usage_error('%s option requires 1 argument' % opt)
                    value = argv[i]
                    i += 1
            if opt in ('-o', '--outfile'):
                outfile = value
            else:
                if self.choices is not None and value not in self.choices:
                    self.usage_error('option %s: invalid choice: %r (choose from %s)'
                                     % (opt, value, ', '.join(repr(c) for c in self.choices)))
                sort = value
        return outfile, sort, module, argv[i:]

    def main(self):
        import os
        if not sys.argv[1:]:
            sys.stdout.write(self.usage + '\n')
            sys.exit(2)
        outfile, sort, module, args = self.parse_args(sys.argv[1:])
        sys.argv[:] = args
        # The program may change directory: the report's file is where it was asked for.
        if outfile is not None:
            outfile = os.path.abspath(outfile)
        if not args:
            sys.stdout.write(self.usage + '\n')
            return
        if module:
            import runpy
            code = "run_module(modname, run_name='__main__')"
            globs = {'run_module': runpy.run_module, 'modname': args[0]}
        else:
            progname = args[0]
            sys.path.insert(0, os.path.dirname(progname))
            with open(progname, 'rb') as fp:
                code = compile(fp.read(), progname, 'exec')
            globs = {'__file__': progname, '__name__': '__main__', '__package__': None, '__cached__': None}
        try:
            self.runctx(code, globs, None, outfile, sort)
        except BrokenPipeError as exc:
            sys.stdout = None
            sys.exit(exc.errno)


def main():
    _Command('profile.py', _USAGE, _HELP, -1, runctx).main()


if __name__ == '__main__':
    main()
