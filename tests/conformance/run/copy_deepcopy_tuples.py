# deepcopy of a tuple makes a new tuple only when an item's copy differs.
import copy

atoms = (1, 'a', None, (2, 3))
print('all atoms:', copy.deepcopy(atoms) is atoms)
inner = [1]
t = (inner, 'x')
t2 = copy.deepcopy(t)
print('mutable item:', t2 is not t, t2[0] is not inner, t2[1] is t[1])
nested = ((inner,), (4,))
n2 = copy.deepcopy(nested)
print('nested:', n2 is not nested, n2[1] is nested[1], n2[0] is not nested[0])
memo = {}
shared = (inner,)
pair = [shared, shared]
p2 = copy.deepcopy(pair, memo)
print('tuple memoized:', p2[0] is p2[1])
print('memo has the tuple:', id(shared) in memo)
print('copy.copy(tuple) is tuple:', copy.copy(t) is t)
