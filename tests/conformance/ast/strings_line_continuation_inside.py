s = 'abc\
def'
t = """one\
two"""
b = b'x\
y'
