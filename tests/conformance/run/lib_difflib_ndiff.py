# ndiff and Differ: intraline '?' guide lines, tabs kept in guides, restore().
import difflib
import sys

sys.stdout.writelines(difflib.ndiff(
    ['abcdefg\n', 'same\n', 'xyz\n'],
    ['abXdefgh\n', 'same\n', 'xyq\n', 'new\n']))
print('--')
sys.stdout.writelines(difflib.Differ().compare(['\tfoo bar\n'], ['\tfoo baz qux\n']))
print('--')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
sys.stdout.writelines(difflib.Differ().compare(text1, text2))
print('--')
delta = list(difflib.ndiff(['1\n', '2\n', '3\n'], ['4\n', '5\n']))
print(delta)
print(list(difflib.restore(delta, 1)), list(difflib.restore(delta, 2)))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print(e)
print(list(difflib.ndiff(['a b\n'], ['a  b\n'], linejunk=difflib.IS_LINE_JUNK)))
