# TestSuite: building, counting, equality, repr and errors.
import unittest


class T(unittest.TestCase):
    def test_one(self): pass
    def test_two(self): pass


s = unittest.TestSuite()
s.addTest(T('test_one'))
s.addTests([T('test_two'), unittest.TestSuite([T('test_one')])])
print(s.countTestCases(), len(list(s)))
print(s)
print(unittest.TestSuite([T('test_one')]) == unittest.TestSuite([T('test_one')]))
print(T('test_one') == T('test_one'), T('test_one') != T('test_two'), hash(T('test_one')) == hash(T('test_one')))
print(T('test_one'), repr(T('test_two')), T('test_one').id())
print(T('test_one').shortDescription(), T('test_one').countTestCases())
result = unittest.TestResult()
s.run(result)
print(result, s.countTestCases(), list(s))
for bad in (5, T, 'abc'):
    try:
        unittest.TestSuite().addTest(bad) if bad != 'abc' else unittest.TestSuite().addTests(bad)
    except TypeError as e:
        print(e)
f = unittest.FunctionTestCase(lambda: None, description='a function test')
print(f.shortDescription(), f.countTestCases())
r = unittest.TestResult()
f.run(r)
print(r.wasSuccessful(), r.testsRun)
