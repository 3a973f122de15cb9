# deepcopy keeps a memo: an object reached twice is copied once.
import copy

shared = [1, 2]
data = [shared, shared, {'again': shared}]
dup = copy.deepcopy(data)
print(dup)
print('copied:', dup[0] is not shared)
print('one copy for all uses:', dup[0] is dup[1] is dup[2]['again'])
memo = {}
c1 = copy.deepcopy(shared, memo)
c2 = copy.deepcopy(shared, memo)
print('same memo, same copy:', c1 is c2)
print('memo holds the copy under id():', memo[id(shared)] is c1)
print('memo keeps the original alive:', any(v is shared for v in memo.get(id(memo), [])))
pre = {id(shared): 'replacement'}
print('memo entry used as is:', copy.deepcopy([shared], pre))
