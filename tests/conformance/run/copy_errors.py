# What cannot be copied raises CPython's errors.
import copy


def attempt(label, fn, obj):
    try:
        r = fn(obj)
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def gen():
    yield 1


attempt('copy generator', copy.copy, gen())
attempt('deepcopy generator', copy.deepcopy, gen())
attempt('copy tuple iterator', copy.copy, iter((1, 2)))
attempt('copy frame', copy.copy, __import__('sys')._getframe())
attempt('deepcopy iterator', copy.deepcopy, iter([1, 2]))
attempt('copy module', copy.copy, copy)


class NoNew:
    def __reduce_ex__(self, proto):
        raise TypeError('refusing to copy')


attempt('custom refusal', copy.copy, NoNew())
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
