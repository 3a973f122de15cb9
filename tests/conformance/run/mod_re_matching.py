# re: match, search, fullmatch, findall, finditer and match objects.
import re
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2), m.string[:5])
print(re.search(r"\d+", "abc 123 def 45").group(), re.search(r"z", "abc"))
print(re.fullmatch(r"\d{3}", "123") is not None, re.fullmatch(r"\d{3}", "1234"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"), re.findall(r"x*", "axx"))
print([(m.start(), m.group()) for m in re.finditer(r"o", "foo boo")])
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "date: 2024-03-15")
print(m.group("year"), m["month"], m.groupdict(), m.lastgroup, m.lastindex)
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"))
print(bool(re.match("", "")), re.match(r"a|ab", "ab").group())
