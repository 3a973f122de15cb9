"""Reports on the statistics a profiler (cProfile or profile) collected.

Stats(profiler or file name, ..., stream=None) gathers them, keyed by
(file name, line number, function name); sort_stats() orders them,
print_stats(), print_callers() and print_callees() print them, optionally
restricted by a count, a fraction or a regular expression, and dump_stats()
saves them with marshal.
"""

import sys
import os
import time
import marshal
import re

from enum import StrEnum, _simple_enum
from functools import cmp_to_key
from dataclasses import dataclass
from typing import Dict

__all__ = ['Stats', 'SortKey', 'FunctionProfile', 'StatsProfile']


@_simple_enum(StrEnum)
class SortKey:
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        # The first spelling is the value; the others are aliases of it.
        value = values[0]
        member = str.__new__(cls, value)
        member._value_ = value
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = values
        return member


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    total_tt: float
    func_profiles: Dict[str, FunctionProfile]


class Stats:
    """The statistics of one or more profiling runs, and reports on them.

    Each value of self.stats is (primitive calls, calls, time inside,
    cumulative time, callers), where callers maps each calling function to
    what it contributed.
    """

    # Sort keys: the fields compared (index into the sort record, direction)
    # and the description "Ordered by:" shows.
    sort_arg_dict_default = {
        'calls': (((1, -1),), 'call count'),
        'ncalls': (((1, -1),), 'call count'),
        'cumtime': (((3, -1),), 'cumulative time'),
        'cumulative': (((3, -1),), 'cumulative time'),
        'filename': (((4, 1),), 'file name'),
        'line': (((5, 1),), 'line number'),
        'module': (((4, 1),), 'file name'),
        'name': (((6, 1),), 'function name'),
        'nfl': (((6, 1), (4, 1), (5, 1)), 'name/file/line'),
        'pcalls': (((0, -1),), 'primitive call count'),
        'stdname': (((7, 1),), 'standard name'),
        'time': (((2, -1),), 'internal time'),
        'tottime': (((2, -1),), 'internal time'),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        arg = args[0] if args else None
        self.init(arg)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print('Invalid timing data %s' % (self.files[-1] if self.files else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + '    ' + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError('Cannot create or construct a %r object from %r' % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ('jprofile', 0, 'profiler') in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the statistics to a file, in marshal's format."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """The sort keys with every unambiguous abbreviation of them."""
        if not self.sort_arg_dict:
            table = {}
            ambiguous = set()
            for word, definition in self.sort_arg_dict_default.items():
                # Shorten the word until a prefix another word claimed first:
                # that prefix is ambiguous, and so are its own prefixes, which
                # the first word claimed too.
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        ambiguous.add(prefix)
                        break
                    table[prefix] = definition
            for prefix in ambiguous:
                del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            # The numeric keys of the old profile module.
            field = [{-1: 'stdname', 0: 'calls', 1: 'time', 2: 'cumulative'}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        sort_tuple = ()
        descriptions = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            sort_tuple = sort_tuple + defs[word][0]
            descriptions.append(defs[word][1])
        self.sort_type = ', '.join(descriptions)
        records = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            records.append((cc, nc, tt, ct) + func + (func_std_string(func), func))
        records.sort(key=cmp_to_key(TupleComp(sort_tuple).compare))
        self.fcn_list = [record[-1] for record in records]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        width = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            short = func_strip_path(func)
            width = max(width, len(func_std_string(short)))
            short_callers = {}
            for caller, value in callers.items():
                short_callers[func_strip_path(caller)] = value
            if short in stripped:
                stripped[short] = add_func_stats(stripped[short], (cc, nc, tt, ct, short_callers))
            else:
                stripped[short] = (cc, nc, tt, ct, short_callers)
        self.stats = stripped
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.max_name_len = width
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            if func not in callees:
                callees[func] = {}
            for caller, value in callers.items():
                if caller not in callees:
                    callees[caller] = {}
                callees[caller][func] = value

    def eval_print_amount(self, sel, list, msg):
        """Apply one restriction: a regular expression (str) keeps the
        matching functions, an int the first ones, a float in [0, 1) that
        fraction of them."""
        kept = list
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += '   <Invalid regular expression %r>\n' % sel
                return kept, msg
            kept = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                kept = list[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                kept = list[:sel]
        if len(list) != len(kept):
            msg += '   List reduced from %r to %r due to restriction <%r>\n' % (len(list), len(kept), sel)
        return kept, msg

    def get_stats_profile(self):
        """The statistics as a StatsProfile of FunctionProfiles, by function name."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not funcs:
            return StatsProfile(0, {})
        profiles = {}
        result = StatsProfile(float(f8(self.total_tt)), profiles)
        for func in funcs:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, func_name = func
            profiles[func_name] = FunctionProfile(
                str(nc) if nc == cc else '%d/%d' % (nc, cc),
                float(f8(tt)),
                -1 if nc == 0 else float(f8(tt / nc)),
                float(f8(ct)),
                -1 if cc == 0 else float(f8(ct / cc)),
                file_name,
                line_number)
        return result

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            funcs = self.fcn_list[:]
            msg = '   Ordered by: ' + self.sort_type + '\n'
        else:
            funcs = list(self.stats.keys())
            msg = '   Random listing order was used\n'
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            width = max(len(func_std_string(func)) for func in funcs)
        return width + 2, funcs

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=self.stream)
        print(indent, self.total_calls, 'function calls', end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print('(%d primitive calls)' % self.prim_calls, end=' ', file=self.stream)
        print('in %.3f seconds' % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, 'called...')
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, 'was called by...')
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], '<-')
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print('Function '.ljust(name_size) + column_title, file=self.stream)
        # cProfile's callers carry (calls, primitive calls, times): their
        # columns get a heading; profile's carry a bare count.
        detailed = False
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                detailed = isinstance(next(iter(callers.values())), tuple)
                break
        if detailed:
            print(' ' * name_size + '    ncalls  tottime  cumtime', file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow='->'):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ''
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                counts = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                text = '%s %s %s  %s' % (counts.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left_width = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left_width = name_size + 3
            print(indent * left_width + text, file=self.stream)
            indent = ' '

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc)
        if nc != cc:
            calls = calls + '/' + str(cc)
        print(calls.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)


class TupleComp:
    """Compares sort records field by field, each ascending (1) or descending (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            a = left[index]
            b = right[index]
            if a < b:
                return -direction
            if a > b:
                return direction
        return 0


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """file:line(name), or {description} for a built-in."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return '%s:%d(%s)' % func_name


def add_func_stats(target, source):
    """The sum of two stats records."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers))


def add_callers(target, source):
    """Merge two callers dicts: counts (profile) or tuples of counts and times (cProfile) add up."""
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            if isinstance(value, tuple):
                merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
            else:
                merged[func] += value
        else:
            merged[func] = value
    return merged


def count_calls(callers):
    """The total of a profile callers dict's counts."""
    total = 0
    for calls in callers.values():
        total += calls
    return total


def f8(x):
    return '%8.3f' % x
