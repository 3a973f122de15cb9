pass
if x: pass
class A: pass
def f(): pass
