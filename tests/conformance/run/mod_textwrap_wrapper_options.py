# TextWrapper options: tabs, whitespace, hyphens, long words.
import textwrap
w = textwrap.TextWrapper(width=12)
print(w.wrap("a long-hyphenated-word and more"))
print(textwrap.wrap("a long-hyphenated-word", width=10, break_on_hyphens=False))
print(textwrap.wrap("averyveryverylongword", width=6), textwrap.wrap("averyveryverylongword", width=6, break_long_words=False))
print(textwrap.wrap("tab\there  and   spaces", width=40), textwrap.wrap("tab\there", width=40, expand_tabs=False))
print(textwrap.wrap("keep   spaces", width=40, replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.fill("one. two.", width=20, fix_sentence_endings=True))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.dedent("  a\n    b\n  c"), textwrap.dedent("\ta\n\tb"))
