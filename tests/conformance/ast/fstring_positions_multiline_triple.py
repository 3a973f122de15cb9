a = b = c = t = 0
x = (
    f' {test(t)}'
)
y = f'''
  {a}
  {b}'''
z = f'''{a}
{b}
{c}'''
foo(f'''
{a} {a}''')
w = f'{a}' '''
''' f'{b}'
v = f'''
{
 a
}'''
u = f'{a!r}' \
 f'{b}'
s = f'''{a:{
b}}'''
r = '''

''' f'{c}'
q = f'{a}' 'é' f'{b}'
