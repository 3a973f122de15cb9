# f-strings: every part of the format-spec mini-language.
n, f, s = 1234567, 3.14159265, "text"
print(f"{n:,} {n:_} {n:>12,} {n:<12_}| {n:^+12,}|")
print(f"{f:.2f} {f:10.4f}| {f:<10.1e}| {f:+.3g} {f:%} {f:.0%} {f:=+10.2f}")
print(f"{s:>8}| {s:<8}| {s:^8}| {s:*^9} {s:.2} {s:8.3}| {s!r:>10}")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {255:#010X} {-255:x} {65:c}")
print(f"{n!s:>10} {f!r} {'é'!a} {'x'!r:^7}|")
w, p = 10, 3
print(f"{f:{w}.{p}f}| {f:>{w}}| {s:{'^'}{w}}|")
print(f"{n=}", f"{f = :.2f}", f"{s=!r}", f"{1 + 1 = }")
print(f"{{braces}} {n // 1000}k {'nested ' + s!s} {[1, 2][0]}")
print(f"{-0.0:+}", f"{0.0:-}", f"{1e100:.3}", f"{float('inf'):>6}", f"{float('nan'):+}")
print(f"{True:>5}", f"{None!s:>5}", f"{3+4j:.1f}", f"{12345.678:,.1f}")
print(f"{'left':<{w}}{'right':>{w}}")
print(f"""{
    n
    :>10}""")
