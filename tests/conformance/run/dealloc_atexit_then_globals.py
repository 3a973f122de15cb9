# atexit handlers run first (last registered first), then globals are released.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def bye(who):
    print('atexit', who)


keep = Noisy('global')
atexit.register(bye, 'first registered')
atexit.register(bye, 'second registered')
handler_arg = Noisy('held by an atexit registration')
atexit.register(bye, handler_arg.name)
print('end of program')
