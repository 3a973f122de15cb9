"""The helpers cProfile shares with the profile module.

CPython's profile module is a profiler written in Python over
sys.setprofile, which pyheap does not have yet: its Profile class, run()
and runctx() are absent here (use cProfile, whose reports have the same
form), and only _Utils, which cProfile uses, is defined.
"""

__all__ = []


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
