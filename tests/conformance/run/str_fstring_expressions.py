# Expressions inside f-strings: calls, nesting, quotes, dicts, lambdas.
items = {"a": 1, "b": 2}
name = "World"
print(f"Hello {name.upper()}! {len(name)} letters, {name[::-1]!r}")
print(f"{items['a']} {items.get('c', 'none')} {sorted(items)}")
print(f"{'yes' if items else 'no'} {(lambda x: x * 2)(21)} {[i * i for i in range(4)]}")
print(f"{f'{name:>{len(name) + 2}}'}|", f"{'{'}{'}'}")
width = 3
print(f"{3.14159:{width}.{width - 1}f}", f"{'x':{'*'}^{width * 3}}")
print(f"{name!r:>12}", f"{name!s:.2}", f"{items=}", f"{ name = }")
print(f"{1}{2}{3}", f"{'a'}" f"{'b'}" "c", F"upper F", rf"raw {name}\n")
print(f"{ {'k': 1}['k'] }", f"{(1, 2)}", f"{ {1, 2} }")
x = 10
print(f"{x:>{x}}|", f"{x * 2 = :>6}|", f"{x!r:^6}|")
print(f"{'nested {braces}'}", f"{{{x}}}", f"{x:{'#'}>5}")
