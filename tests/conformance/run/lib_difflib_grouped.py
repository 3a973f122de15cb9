# get_grouped_opcodes and get_close_matches.
import difflib

a = list(range(30))
b = [x for x in range(30) if x not in (5, 20)] + [99]
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(group)
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'when', 'whale', 'where'], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
for n, cutoff in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('x', ['y'], n, cutoff)
    except ValueError as e:
        print(e)
