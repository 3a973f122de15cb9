# A list that contains itself, directly or through a dict or an instance.
import copy

a = [1, 2]
a.append(a)
s = copy.copy(a)
print('shallow: last item is the original', s[2] is a, s is not a)
d = copy.deepcopy(a)
print('deep: last item is the copy', d[2] is d)
outer = {'list': a}
a.append(outer)
d2 = copy.deepcopy(outer)
print(d2['list'][3] is d2, d2['list'][2] is d2['list'])
print(d2['list'][:2])


class Box:
    pass


b = Box()
b.contents = [b]
b2 = copy.deepcopy(b)
print(b2.contents[0] is b2, b2 is not b)
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print('tuple cycle:', t2[0][0] is t2, t2 is not t)
