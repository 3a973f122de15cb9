# textwrap: hyphen and long-word breaking, sentence endings, whitespace options, truncation.
import textwrap

text = "The well-known quick-brown fox jumped over the lazy dog's back -- twice! Really? Yes."
for width in (10, 17, 25):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-identifier-here", 12))
print(textwrap.wrap("---------- dashes", 5), textwrap.wrap("x " * 5, 3, drop_whitespace=False))
print(textwrap.fill("One sentence.  Two!\nThree? four", 40, fix_sentence_endings=True))
print(repr(textwrap.fill("tab\there\tand\vvtab\fff", 30)))
print(repr(textwrap.fill("tab\there", 30, expand_tabs=False)), repr(textwrap.fill("a\tb", 30, tabsize=4)))
print(repr(textwrap.fill("keep\nnewlines  here", 30, replace_whitespace=False)))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", max_lines=3, placeholder=" ...")
print(w.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."))
print(textwrap.shorten("Hello  world!  How are you?", 15), textwrap.shorten("Hello world", 11), textwrap.shorten("x" * 30, 10))
print(textwrap.shorten("The quick brown fox", 12, placeholder="~"), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("abc", 4, max_lines=1, placeholder=" [....]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(textwrap.TextWrapper()._split("Look, goof-ball -- use the -b option!"))
print(textwrap.dedent("    a\n      b\n\n    c\n"), repr(textwrap.dedent("  x\n\ty\n")), repr(textwrap.dedent(" \n  z\n  \n")))
print(repr(textwrap.indent("one\n\ntwo\n  \n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
