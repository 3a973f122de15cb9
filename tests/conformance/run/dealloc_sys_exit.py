# sys.exit() unwinds: finally blocks run, then globals are released at shutdown.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


glob = Noisy('global')


def main():
    local = Noisy('local of main')
    try:
        sys.exit(3)
    finally:
        print('finally in main')


try:
    main()
except SystemExit as e:
    print('caught SystemExit', e.code)
print('exiting for real')
sys.exit(0)
