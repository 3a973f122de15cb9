# The memo keeps the originals alive in a list under id(memo).
import copy


class T:
    def __init__(self, n):
        self.n = n


memo = {}
objs = [T(1), T(2)]
copy.deepcopy(objs, memo)
keep = memo[id(memo)]
print('kept:', len(keep), all(isinstance(k, (T, list, dict)) for k in keep))
print('originals kept:', any(k is objs for k in keep))
print('copies for each:', sorted(type(v).__name__ for k, v in memo.items() if k != id(memo)))


class Spy:
    def __deepcopy__(self, memo):
        print('memo has keep-alive list:', id(memo) in memo)
        return Spy()


copy.deepcopy([[1], Spy()])
