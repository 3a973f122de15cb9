# Constructor arguments of every itertools type: CPython's messages and reprs.
import itertools as it

calls = [
    "it.count('a')", "it.count(1, 'a')", "it.count(1, 2, 3)", "it.count(x=1)", "it.count(start=1, step=2)",
    "it.count()", "it.count(5)", "it.count(5, 2)", "it.count(1.5)", "it.count(1, 1.0)", "it.count(2 ** 70)",
    "it.count(True)", "it.count(1, True)", "it.cycle()", "it.cycle(1)", "it.cycle([1], [2])", "it.cycle(x=[1])",
    "it.repeat()", "it.repeat(1, 'a')", "it.repeat('a', 3)", "it.repeat('a')", "it.repeat('a', -5)",
    "it.repeat(1, times=2)", "it.repeat(object=1)", "it.accumulate()", "it.accumulate([1], None, 3)",
    "list(it.accumulate([1, 2], initial=10))", "it.accumulate([1], initial=1, x=2)", "it.chain(x=1)",
    "it.chain.from_iterable()", "list(it.chain(1))", "it.compress([1])", "it.dropwhile(len)", "it.takewhile()",
    "it.filterfalse(None)", "it.starmap(len)", "it.groupby()", "it.groupby([1], key=None, x=1)", "it.islice([1])",
    "it.islice([1], 'a')", "it.islice([1], -1)", "it.islice([1], 1, 'a')", "it.islice([1], 0, 1, 0)",
    "it.islice([1], 0, 1, -1)", "it.islice([1], 1, 2, 3, 4)", "it.islice([1], stop=1)", "it.islice([1], 'a', 2)",
    "it.islice([1], -2, 2)", "it.islice([1], 2 ** 63)", "it.pairwise()", "it.pairwise(1)", "it.tee()",
    "it.tee([1], -1)", "it.tee([1], 'a')", "it.tee([1], 0)", "it.zip_longest(1)", "it.zip_longest([1], fill=1)",
    "it.product(1)", "it.product([1], repeat=-1)", "it.product([1], rep=1)", "it.permutations()",
    "it.permutations([1], -1)", "it.permutations([1], 'a')", "it.combinations([1])", "it.combinations([1], -1)",
    "it.combinations_with_replacement([1], -1)", "it.combinations([1], 2 ** 70)", "it.repeat(1, 2 ** 70)",
    "type(it.tee([1])[0])", "type(next(it.groupby([1]))[1])", "it.repeat(1).__length_hint__()",
    "it.repeat(1, 4).__length_hint__()", "type(it.chain.from_iterable)", "it.count.__name__", "it.count.__module__",
]
for c in calls:
    try:
        r = eval(c)
        print(c, '->', r)
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
