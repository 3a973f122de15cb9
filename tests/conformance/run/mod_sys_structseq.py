# sys's struct sequences: reprs, fields, tuple behaviour, and sys.implementation.
import sys
print(sys.version_info, sys.version_info[:3], sys.version_info.releaselevel)
print(sys.float_info.max_exp, sys.float_info.radix, len(sys.float_info), type(sys.float_info).__name__)
print(sys.int_info, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.cutoff)
print(sys.flags.debug, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags))
print(isinstance(sys.version_info, tuple), sys.version_info > (3, 10), list(sys.int_info))
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version == sys.version_info)
print(type(sys.implementation).__name__, sys.getdefaultencoding(), sys.getswitchinterval())
major, minor, *rest = sys.version_info
print(major, minor, rest)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError:", e)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval(), sys.get_int_max_str_digits())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
