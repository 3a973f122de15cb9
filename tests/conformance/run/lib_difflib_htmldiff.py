# HtmlDiff: side-by-side tables (full and context), wrapping, tabs, anchors,
# and the rows of difflib._mdiff behind them.
import difflib

old = ["alpha\n", "beta\n", "gamma\n", "delta\n", "tab\there\n", "x < y & z\n",
       "one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n"]
new = ["alpha\n", "BETA\n", "gamma\n", "tab  here\n", "x < y & z\n", "extra\n",
       "one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven!\n"]

for row in difflib._mdiff(old, new):
    print(row)
print('--- context 1')
for row in difflib._mdiff(old, new, 1):
    print(row)
print('--- blanks')
for row in difflib._mdiff(["a", "b", "c", "d"], ["x", "y"]):
    print(row)

difflib.HtmlDiff._default_prefix = 0
d = difflib.HtmlDiff(tabsize=4, wrapcolumn=10)
print(d.make_table(old, new, 'old', 'new'))
print(d.make_table(old, new, context=True, numlines=1))
print(d.make_table(old, old, context=True))
print(d.make_table([], []))
page = difflib.HtmlDiff().make_file(["caf\u00e9\n"], ["cafe\n"], charset='us-ascii')
print(page)
print(difflib.HtmlDiff._default_prefix)
