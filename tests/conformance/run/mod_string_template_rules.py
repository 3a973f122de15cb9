# string.Template: placeholder rules, errors with line and column, subclasses with other delimiters.
import string
from string import Template

t = Template("$who likes ${what}; cost: $$5; $_x1")
print(t.substitute(who="tim", what="kung pao", _x1="!"), t.get_identifiers(), t.is_valid())
print(t.safe_substitute({"who": "ann"}), t.substitute({"who": 1, "what": 2}, what="kw", _x1=3))
for bad in ("$1abc", "line one\nline $", "${bad name}", "ok $ok\n  $9"):
    try:
        Template(bad).substitute(ok=1, bad=2)
    except ValueError as e:
        print("ValueError:", e)
    print(Template(bad).safe_substitute(), Template(bad).is_valid())
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(Template("$ÿ and $a").safe_substitute(a="A"), Template("${x}y").substitute(x="X"))

class Percent(Template):
    delimiter = "%"
    idpattern = "[a-z]+"
print(Percent("%name is 100%% %x").substitute(name="n", x="y"), Percent.pattern.flags & 2 != 0)
class Braced(Template):
    braceidpattern = r"[a-z]+\.[a-z]+"
print(Braced("${a.b} $c").substitute({"a.b": 1, "c": 2}), Braced("$a.b").safe_substitute())
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"), string.capwords(""))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)

f = string.Formatter()
print(f.format("{0}-{name}-{0!r:>5}", "a", name="n"), list(f.parse("x{0:>{1}}y{}")))
print(f.vformat("{a.real} {b[1]}", (), {"a": 3, "b": "xy"}), f.get_field("0.imag", [2j], {}))
for bad in ("{} {0}", "{0} {}", "{!x}"):
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print("ValueError:", e)
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError(f"unused: {sorted(extra)}")
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError:", e)
