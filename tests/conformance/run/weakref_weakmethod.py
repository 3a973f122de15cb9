# WeakMethod keeps a bound method alive only as long as its object.
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        return 'clicked ' + self.label


b = Button('ok')
wm = weakref.WeakMethod(b.click)
print(wm()())
print(weakref.ref(b.click)() is None)
died = []
wm2 = weakref.WeakMethod(b.click, lambda r: died.append('callback'))
del b
print(wm(), died)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', e)
