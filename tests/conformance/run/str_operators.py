# + * in, multiplication by negatives and the errors of mixing types.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
print("b" in "abc", "" in "", "abc" in "ab", "x" not in "abc")
s = "x"
s += "y"; s *= 2
print(s)
for op in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" - "b",
           lambda: "a" * 1.0, lambda: -"a", lambda: "a" / 2, lambda: "a" < 1, lambda: "%d" % "a",
           lambda: "a" + None, lambda: "a" + b"b"):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print("abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(2), "a".__contains__("a"))
print("abc".__getitem__(1), "abc".__len__(), list(reversed("abc")))
