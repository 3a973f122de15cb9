x = [1,  # one
     2,  # two
]
y = 'a' \
    'b'
z = (1 +  \
     2)
if (a and
        b):
    pass
