# KeyboardInterrupt and SystemExit are BaseExceptions, not Exceptions.
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", repr(e))
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit("msg")
except SystemExit as e:
    print(e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("exit() raises SystemExit with code", e.code)
