# context_diff: '!' for changed lines, '-'/'+' sections, and empty sections omitted.
import difflib
import sys

a = [f'line {i}\n' for i in range(12)]
b = list(a)
b[2] = 'changed 2\n'
del b[6]
b.insert(9, 'inserted\n')
sys.stdout.writelines(difflib.context_diff(a, b, 'before', 'after'))
print('-- n=1 with dates')
sys.stdout.writelines(difflib.context_diff(a, b, 'before', 'after', 'mon', 'tue', n=1))
print('-- only insertions')
sys.stdout.writelines(difflib.context_diff(['a\n', 'b\n'], ['a\n', 'x\n', 'b\n']))
print('-- only deletions')
sys.stdout.writelines(difflib.context_diff(['a\n', 'x\n', 'b\n'], ['a\n', 'b\n']))
