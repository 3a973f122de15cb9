# inspect's predicates, getmembers, getmro and generator states.
import inspect


class Base:
    attr = 1

    def method(self):
        pass

    @property
    def prop(self):
        return 2


def gen():
    yield 1


g = gen()
values = [Base, Base(), Base().method, Base.method, len, gen, g, inspect, Base.prop, 'x', [].append]
for v in values:
    print([name for name in ('ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
                             'isgenerator', 'isbuiltin', 'isroutine', 'isdatadescriptor',
                             'ismethoddescriptor') if getattr(inspect, name)(v)])
print([name for name, _ in inspect.getmembers(Base) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Base, inspect.isfunction)])
print(inspect.getmro(bool))
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.iscoroutinefunction(gen), inspect.isabstract(Base))
