# An instance that stores its own bound method: instance and method object.
import gc


class C:
    def run(self):
        return 'ran'


gc.collect()
c = C()
c.callback = c.run
print(c.callback())
del c
print(gc.collect())
