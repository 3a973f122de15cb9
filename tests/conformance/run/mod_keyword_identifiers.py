# Using keyword and str.isidentifier to validate names.
import keyword

def valid_name(s):
    return s.isidentifier() and not keyword.iskeyword(s)

for name in ["x", "_private", "2fast", "class", "match", "Case", "lambda", "π", "with space", "None", "print"]:
    print(f"{name!r:14} valid={valid_name(name)} kw={keyword.iskeyword(name)} soft={keyword.issoftkeyword(name)}")
fixed = [n + "_" if keyword.iskeyword(n) else n for n in ["if", "for", "data"]]
print(fixed)
