# pprint splits long strings and bytes into adjacent literals.
import pprint

pprint.pprint('lorem ipsum dolor sit amet ' * 6, width=50)
pprint.pprint({'k': 'lorem ipsum dolor sit amet ' * 4}, width=50)
pprint.pprint(['first line\nsecond line is longer than the width\n', 'x'], width=30)
pprint.pprint('nospacesatallinthisverylongstringthatgoespastwidth', width=20)
pprint.pprint(b'abcdefghij' * 10, width=40)
pprint.pprint(bytearray(b'xyz' * 30), width=50)
pprint.pprint([b'\x00\x01\x02\x03' * 8], width=30)
pprint.pprint(('', b'', 'short'), width=5)
print(pprint.pformat('a b ' * 30, width=20))
