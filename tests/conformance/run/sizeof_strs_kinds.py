# Non-ASCII strings use a 72-byte header and 1, 2 or 4 bytes per character,
# chosen by the widest character.
import sys

samples = {
    'ascii': 'cafe',
    'latin-1': 'café',
    'ucs-2': 'καφές',
    'ucs-4': 'caf😀',
    'mixed wide': 'a' * 10 + '€',
    'cjk': '東京',
    'emoji run': '😀' * 5,
}
for name, s in samples.items():
    print(f'{name:12} len={len(s):2} size={sys.getsizeof(s)}')

# The widest character decides: one emoji makes every character 4 bytes
base = 'x' * 20
print(sys.getsizeof(base), sys.getsizeof(base + 'é'), sys.getsizeof(base + 'Ω'), sys.getsizeof(base + '😀'))

# Removing the wide character gives back a narrow string
wide = 'abc😀'
print(sys.getsizeof(wide), sys.getsizeof(wide[:3]), sys.getsizeof(wide.replace('😀', '')))
print(sys.getsizeof(chr(127)), sys.getsizeof(chr(128)), sys.getsizeof(chr(255)), sys.getsizeof(chr(256)), sys.getsizeof(chr(65535)), sys.getsizeof(chr(65536)))
