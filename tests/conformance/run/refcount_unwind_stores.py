# Stores that raise between taking a value and storing it: the value, and
# the target's object and key, are released as the stack unwinds.
import sys


class O:
    def __iadd__(self, other):
        return self


class Frozen:
    __slots__ = ()


o = O()
box = [o]
table = {'k': o}


def fail():
    raise ValueError("midway")


cases = {
    'attr_store': 'fail().x = o',
    'item_store': 'box[fail()] = o',
    'item_store_key': 'table[o, fail()] = 1',
    'unpack_store': 'a, Frozen().x, c = o, o, o',
    'swap_store': 'a, Frozen().x = o, o',
    'chained': 'a = Frozen().x = b = o',
    'aug_attr': 'holder = Frozen()\nholder.y += o',
    'aug_item': 'box[0] += fail()',
    'delete_item': 'del table[o, fail()]',
}
for name, body in cases.items():
    namespace = {}
    exec(f"def case():\n    " + body.replace('\n', '\n    '), globals(), namespace)
    case = namespace['case']
    before = sys.getrefcount(o)
    for _ in range(3):
        try:
            case()
        except Exception as e:
            err = type(e).__name__
    print(name, err, sys.getrefcount(o) - before)
