obj.attr = 1
obj.a.b = 2
d['key'] = 3
m[i][j] = 4
obj.items[0].name = 'x'
