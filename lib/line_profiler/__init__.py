"""Line-by-line timing of Python functions (line_profiler 4.x's interface).

The profiler itself is the built-in module _line_profiler; this package
adds the decorator, the run helpers and the text report.
"""
from .line_profiler import (LineProfiler, LineStats, load_stats, main,
                            show_func, show_text)
from .explicit_profiler import profile

__version__ = '4.1.3'

__all__ = ['LineProfiler', 'LineStats', 'load_stats', 'main', 'profile',
           'show_func', 'show_text', '__version__']
