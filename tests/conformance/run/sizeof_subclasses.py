# Subclasses of built-in types add a dict (and maybe a weakref slot) to the base's layout.
import sys

class MyInt(int): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
class MyFloat(float): pass
class MySet(set): pass
class MyBytes(bytes): pass
class MyError(Exception): pass
class MyObject(object): pass

cases = [
    (int, MyInt, 5), (str, MyStr, 'abc'), (list, MyList, [1, 2]), (dict, MyDict, {'a': 1}),
    (tuple, MyTuple, (1, 2)), (float, MyFloat, 1.5), (set, MySet, {1}), (bytes, MyBytes, b'ab'),
    (Exception, MyError, 'x'), (object, MyObject, None),
]
for base, sub, arg in cases:
    b = base(arg) if arg is not None else base()
    s = sub(arg) if arg is not None else sub()
    print(f'{sub.__name__:9} base {base.__basicsize__:3}/{sys.getsizeof(b):3}  sub {sub.__basicsize__:3}/{sys.getsizeof(s):3}')

class MyStr2(MyStr):
    pass

print(sys.getsizeof(MyStr2('hello')), sys.getsizeof(MyStr('é')), sys.getsizeof(MyStr('😀')))
