# profile: class statements are calls of the built-in __build_class__ (with the class body
# under it), with a metaclass and with starred bases; methods, properties and super().
import profile
from _profutil import report, Ticks

class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)

def work():
    class Base:
        def val(self):
            return 1

    class Child(Base, metaclass=Meta):
        def val(self):
            return super().val() + 1

    extra = (Base,)

    class Other(*extra):
        pass
    return Child().val() + Other().val()

p = profile.Profile(Ticks())
print(p.runcall(work))
report(p, 'calls', 'name')
report(p, 'name', what='callers')
