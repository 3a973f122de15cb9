# textwrap: wrap, fill, dedent, indent, shorten.
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.shorten("short", width=20), textwrap.shorten("a b c d e f", 8, placeholder="..."))
block = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "+ "))
print(textwrap.indent("a\nb", "# ", predicate=lambda line: True))
w = textwrap.TextWrapper(width=10, break_long_words=True, max_lines=2, placeholder=" [..]")
print(w.wrap("supercalifragilistic expialidocious words here"))
