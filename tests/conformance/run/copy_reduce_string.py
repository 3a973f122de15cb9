# A __reduce_ex__ that returns a string means: the object is a global; copy returns it.
import copy


class Singleton:
    def __reduce__(self):
        return 'INSTANCE'


INSTANCE = Singleton()
print(copy.copy(INSTANCE) is INSTANCE)
print(copy.deepcopy(INSTANCE) is INSTANCE)
print(copy.deepcopy([INSTANCE])[0] is INSTANCE)


class Bad:
    def __reduce_ex__(self, proto):
        return 42


try:
    copy.copy(Bad())
except Exception as e:
    print(type(e).__name__, e)


class Short:
    def __reduce_ex__(self, proto):
        return (Short,)


try:
    copy.copy(Short())
except Exception as e:
    print(type(e).__name__, e)
