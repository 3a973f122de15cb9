# sys: version_info, maxsize, float_info, int_info, byteorder, flags.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11))
print(type(sys.version_info).__name__, sys.implementation.name)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info.default_max_str_digits)
print(sys.byteorder, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization)
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.getfilesystemencoding())
print(isinstance(sys.path, list), isinstance(sys.modules, dict), "sys" in sys.modules)
print(sys.float_repr_style, sys.platform.startswith("linux"))
