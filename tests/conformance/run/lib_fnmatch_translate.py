# fnmatch.translate: the regular expressions for wildcards and brackets.
import fnmatch

patterns = [
    '*.py', 'a?c', '[!a-c]x', '[]]', '[!]', '[z-a]', '*a*b*', '[a-]',
    '[^x]', 'x[', 'a\\b', '[a&b]', '[a-c-e]', '[!a-]', '**', 'a*', '*',
    '[[]', '[a-z0-9_]', '.?+', '[a-b-c]', '[!!]', '[--z]', 'x*y*z',
]
for pat in patterns:
    print(f'{pat!r:14} {fnmatch.translate(pat)!r}')
print(fnmatch.translate('*') == r'(?s:.*)\Z')
