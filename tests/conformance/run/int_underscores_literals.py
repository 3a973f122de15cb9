# Integer literals in every base, with underscores.
print(1_000, 0x_FF, 0o_17, 0b_1010, 1_2_3)
print(0xDEAD_BEEF, 0O777, 0B11, 0XfF)
print(0, 00, 0_0, -0)
print(123456789_123456789_123456789)
print(int("1_2_3"), int("0x_1f", 16), int("0_7", 8))
print(f"{1_000:,}", f"{2**16:_b}")
print(type(0x10), 0x10 == 16, 0o10 == 8, 0b10 == 2)
print(999_999_999_999_999_999 + 1)
for text in ("1_000", "0b1_1", "0o7_7", "0x_f_f"):
    print(text, eval(text))
print(0xffffffffffffffffffff, 0o7777777777777777777777777)
