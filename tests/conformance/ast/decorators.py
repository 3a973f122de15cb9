@dec
def f():
    pass
@dec1
@dec2(arg)
@mod.attr.dec
def g():
    pass
@dec
class C:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
