# mock_open: a mock of open() serving read_data.
from unittest.mock import mock_open, patch, call

m = mock_open(read_data='first\nsecond\nthird\n')
with patch('builtins.open', m):
    with open('data.txt') as f:
        print(repr(f.read()))
    with open('data.txt') as f:
        print(repr(f.readline()), repr(f.readline()), f.readlines())
    with open('data.txt') as f:
        print([line for line in f])
    with open('out.txt', 'w') as f:
        f.write('hello')
        f.write(' world')
print(m.call_args_list)
print(m.return_value.write.call_args_list)
m.assert_any_call('out.txt', 'w')
handle = m()
print(handle.__enter__.return_value is handle)
b = mock_open(read_data=b'\x00\x01bytes')
with patch('builtins.open', b):
    with open('bin', 'rb') as f:
        print(f.read())
empty = mock_open()
with patch('builtins.open', empty):
    with open('x') as f:
        print(repr(f.read()), f.readlines())
h = mock_open(read_data='a\nb\n')
with patch('builtins.open', h):
    f = open('file')
    print(next(iter(f)), next(f), end='')
    f.close()
print(h.mock_calls[:3])
