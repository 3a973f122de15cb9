# A small interpreter: tokenize arithmetic expressions character by
# character, parse them by recursive descent into tuples, then evaluate and
# pretty-print the trees. Exercises str indexing, char tests, method calls
# on a parser object, and dispatch through a dict of operator functions.
import operator
import random

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "%": operator.mod}
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "%": 2}


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "+-*%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expression(self, min_prec=1):
        left = self.atom()
        while True:
            kind, value = self.peek()
            if kind != "op" or value not in PRECEDENCE or PRECEDENCE[value] < min_prec:
                return left
            self.advance()
            right = self.expression(PRECEDENCE[value] + 1)
            left = (value, left, right)

    def atom(self):
        kind, value = self.advance()
        if kind == "num":
            return value
        if kind == "name":
            return ("var", value)
        if value == "(":
            inner = self.expression()
            self.advance()
            return inner
        if value == "-":
            return ("-", 0, self.atom())
        raise SyntaxError(f"unexpected {value!r}")


def evaluate(tree, env):
    if isinstance(tree, int):
        return tree
    if tree[0] == "var":
        return env[tree[1]]
    op, left, right = tree
    return OPS[op](evaluate(left, env), evaluate(right, env))


def unparse(tree):
    if isinstance(tree, int):
        return str(tree)
    if tree[0] == "var":
        return tree[1]
    op, left, right = tree
    return "(" + unparse(left) + " " + op + " " + unparse(right) + ")"


def random_expression(rng, depth):
    if depth == 0 or rng.random() < 0.2:
        return str(rng.randint(0, 99)) if rng.random() < 0.7 else rng.choice(["x", "y", "rate_2"])
    op = rng.choice("++--*%")
    left = random_expression(rng, depth - 1)
    right = str(rng.randint(2, 9)) if op == "%" else random_expression(rng, depth - 1)
    return f"({left} {op} {right})" if rng.random() < 0.5 else f"{left} {op} {right}"


def main():
    rng = random.Random(17)
    env = {"x": 3, "y": -7, "rate_2": 12}
    checksum = 0
    longest = ""
    for i in range(10_000):
        source = random_expression(rng, 6)
        tree = Parser(tokenize(source)).expression()
        value = evaluate(tree, env)
        text = unparse(tree)
        assert evaluate(Parser(tokenize(text)).expression(), env) == value
        checksum = (checksum * 31 + value) % 1_000_000_007 + len(text)
        if len(text) > len(longest):
            longest = text
    print(len(longest), longest[:70])
    print(evaluate(Parser(tokenize(longest)).expression(), env))
    print("checksum", checksum)


main()
