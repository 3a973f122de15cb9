# unified_diff: headers with dates, hunks, context size, range formats.
import difflib
import sys

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n',
     'eight\n', 'nine\n', 'ten\n']
b = ['one\n', 'tree\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n',
     'eight\n', 'nine\n', 'ten\n', 'eleven\n']
sys.stdout.writelines(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2024-01-01', '2024-01-02'))
print('-- n=0')
sys.stdout.writelines(difflib.unified_diff(a, b, n=0))
print('-- lineterm')
for line in difflib.unified_diff(['x', 'y'], ['x', 'z'], 'old', 'new', lineterm=''):
    print(line)
print('-- empty sides')
sys.stdout.writelines(difflib.unified_diff([], ['only\n']))
sys.stdout.writelines(difflib.unified_diff(['gone\n'], []))
print('-- equal gives nothing:', list(difflib.unified_diff(a, a)))
try:
    list(difflib.unified_diff([b'x'], ['y']))
except TypeError as e:
    print(e)
try:
    list(difflib.unified_diff(['x'], ['y'], fromfile=1))
except TypeError as e:
    print(e)
