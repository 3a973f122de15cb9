a.b
a.b.c.d
a().b
(1).real
'x'.join
x.y[0].z
