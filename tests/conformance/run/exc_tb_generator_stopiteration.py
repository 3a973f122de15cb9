# A StopIteration leaking out of a generator becomes a RuntimeError;
# both tracebacks are printed, joined by "direct cause".
def first_of_each(lists):
    for lst in lists:
        it = iter(lst)
        yield next(it)

print(list(first_of_each([[1], [2, 3]])))
print(list(first_of_each([])))
print(list(first_of_each([[1], []])))
