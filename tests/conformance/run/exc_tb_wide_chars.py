# Non-ASCII text before the failing expression on the same line: the
# markers are placed by character, not by byte.
prices = {
    "café": 2.5,
    "thé": 1.8,
}
print(f"{'café'}: {prices['café']}")
print("日本語", prices["thé"] * 2)
print("émoji 😀", len(prices))
print("日本語", prices["thé"] + prices["jus"])
