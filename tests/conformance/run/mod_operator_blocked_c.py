# operator without _operator: test suites block the C module to test the
# pure-Python operator; the module must still load and work.
import sys

import operator as c_operator

saved = sys.modules.pop("operator")
sys.modules["_operator"] = None
try:
    import operator as py_operator
finally:
    del sys.modules["_operator"]
    sys.modules["operator"] = saved

print(py_operator is c_operator)
print(py_operator.add(2, 3), py_operator.__add__(2, 3), py_operator.mul("ab", 2))
print(py_operator.itemgetter(1)("xyz"), py_operator.attrgetter("real")(3))
print(py_operator.index(7), py_operator.length_hint([1, 2, 3]))
print(sorted(py_operator.__all__) == sorted(c_operator.__all__))
print(c_operator.add(1, 1))
