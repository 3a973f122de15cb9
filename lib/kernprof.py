"""kernprof: run a script with `profile` in the builtins and report.

    kernprof -l [-v] [-o OUTFILE] [-u UNIT] [-z] [-s SETUP] script.py [args]

-l profiles line by line with line_profiler.LineProfiler (the only profiler
kernprof offers here; without -l it says so); the decorated functions'
statistics are written to OUTFILE (SCRIPT.lprof) and, with -v, printed.
"""
import builtins
import os
import sys

__version__ = '4.1.3'

_USAGE = ('usage: kernprof [-h] [-V] [-l] [-b] [-o OUTFILE] [-s SETUP] [-v] [-u UNIT] [-z]\n'
          '                script ...\n')


def execfile(filename, globals=None, locals=None):
    with open(filename, 'rb') as f:
        exec(compile(f.read(), filename, 'exec'), globals, locals)


def _error(msg):
    sys.stderr.write(_USAGE)
    sys.stderr.write('kernprof: error: ' + msg + '\n')
    raise SystemExit(2)


def _parse(args):
    opts = {'line_by_line': False, 'builtin': False, 'outfile': None, 'setup': None,
            'view': False, 'unit': 1e-6, 'skip_zero': False}
    short = {'-l': 'line_by_line', '--line-by-line': 'line_by_line', '-b': 'builtin',
             '--builtin': 'builtin', '-v': 'view', '--view': 'view', '-z': 'skip_zero',
             '--skip-zero': 'skip_zero'}
    valued = {'-o': 'outfile', '--outfile': 'outfile', '-s': 'setup', '--setup': 'setup',
              '-u': 'unit', '--unit': 'unit'}
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-h', '--help'):
            sys.stdout.write(_USAGE)
            raise SystemExit(0)
        if a in ('-V', '--version'):
            print(__version__)
            raise SystemExit(0)
        if a in short:
            opts[short[a]] = True
        elif a in valued:
            if i + 1 >= len(args):
                _error(f'argument {a}: expected one argument')
            i += 1
            opts[valued[a]] = args[i]
        elif a.startswith('-') and len(a) > 2 and not a.startswith('--') and all(('-' + c) in short for c in a[1:]):
            for c in a[1:]:
                opts[short['-' + c]] = True
        elif a.startswith('-'):
            _error(f'unrecognized arguments: {a}')
        else:
            return opts, a, args[i + 1:]
        i += 1
    _error('the following arguments are required: script, args')


def main(args=None):
    if args is None:
        args = sys.argv[1:]
    opts, script, script_args = _parse(args)
    try:
        unit = float(opts['unit'])
        if unit <= 0:
            raise ValueError
    except ValueError:
        _error(f"argument -u/--unit: invalid positive_float value: '{opts['unit']}'")
    if not opts['line_by_line']:
        sys.stderr.write('kernprof: pyheap runs kernprof with -l (line_profiler) only\n')
        raise SystemExit(2)
    if not os.path.isfile(script):
        sys.stderr.write('Could not find script %s\n' % script)
        raise SystemExit(1)
    outfile = opts['outfile'] or '%s.lprof' % os.path.basename(script)

    sys.argv = [script] + script_args
    sys.path.insert(0, os.path.dirname(script))
    if opts['setup'] is not None:
        ns = {'__file__': opts['setup'], '__name__': '__main__'}
        execfile(opts['setup'], ns, ns)

    import line_profiler
    prof = line_profiler.LineProfiler()
    builtins.__dict__['profile'] = prof
    line_profiler.profile._kernprof_overwrite(prof)

    ns = {'__file__': script, '__name__': '__main__', '__package__': None,
          '__builtins__': builtins}
    try:
        try:
            execfile(script, ns, ns)
        except (KeyboardInterrupt, SystemExit):
            pass
    finally:
        prof.dump_stats(outfile)
        print('Wrote profile results to %s' % outfile)
        if opts['view']:
            prof.print_stats(output_unit=unit, stripzeros=opts['skip_zero'])
        else:
            print('Inspect results with:')
            print(f'python3 -m line_profiler -rmt "{outfile}"')


if __name__ == '__main__':
    main()
