# -X options that set sys.flags: int_max_str_digits (the conversion limit
# too), dev (dev_mode, and 'default' first among the warning options, so
# that warnings show that are otherwise ignored), utf8.
import sys
import warnings

f = sys.flags
print(f.int_max_str_digits, sys.get_int_max_str_digits(), f.dev_mode, f.utf8_mode)
print(sys._xoptions)
print(sys.warnoptions, warnings.filters[0][:3:2])
try:
    int('9' * 1001)
except ValueError as e:
    print(e)
print(len(str(int('9' * 1000))))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 2000)), f.int_max_str_digits)
warnings.warn('shown in dev mode', DeprecationWarning)
warnings.warn('pending too', PendingDeprecationWarning)


def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)


old()
print('end')
