"""A pure-Python stand-in for line_profiler's compiled core, for CPython.

tools/gen_run_goldens.py runs the lineprof_* corpus programs on CPython with
this module and pyheap's own lib/line_profiler and lib/kernprof.py on the
path (CPython here has no line_profiler): the hits and line numbers in the
goldens are then CPython's own line events, which pyheap's built-in
_line_profiler must reproduce. The timings are clock figures the programs mask.
"""
import sys
import time


def _ticks():
    return time.perf_counter_ns() // 1000


class LineProfiler:
    def __init__(self, *functions):
        self.functions = []
        self.enable_count = 0
        self.timer_unit = 1e-06
        self._code_map = {}
        self._last = {}
        for f in functions:
            self.add_function(f)

    def add_function(self, func):
        try:
            code = func.__code__
        except AttributeError:
            raise TypeError(f'Could not extract a code object for the object {func!r}') from None
        if code not in self._code_map:
            self._code_map[code] = {}
            self.functions.append(func)

    def _trace(self, frame, event, arg):
        code = frame.f_code
        lines = self._code_map.get(code)
        if lines is None:
            return None
        if event in ('line', 'return'):
            now = _ticks()
            last = self._last.get(code)
            if last is not None:
                entry = lines.setdefault(last[0], [0, 0])
                entry[0] += 1
                entry[1] += now - last[1]
            if event == 'line':
                self._last[code] = (frame.f_lineno, _ticks())
            else:
                self._last.pop(code, None)
        return self._trace

    def enable(self):
        sys.settrace(self._trace)

    def disable(self):
        self._last.clear()
        sys.settrace(None)

    def enable_by_count(self):
        if self.enable_count == 0:
            self.enable()
        self.enable_count += 1

    def disable_by_count(self):
        if self.enable_count > 0:
            self.enable_count -= 1
            if self.enable_count == 0:
                self.disable()

    def _raw_timings(self):
        stats = {}
        for code, lines in self._code_map.items():
            key = (code.co_filename, code.co_firstlineno, code.co_name)
            stats[key] = sorted((line, e[0], e[1]) for line, e in lines.items())
        return stats
