if a: b; c
elif d: e
else: f; g;
while x: y; z
for i in j: k
with a: b
try: x
except: y
class C: x = 1; y = 2
