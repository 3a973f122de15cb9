"""python -m unittest [discover|NAMES] [options]"""

import sys
if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The program name in the usage text: the interpreter's, as invoked
    # (pyheap's sys.executable is empty when it runs without a binary).
    executable = os.path.basename(sys.executable) or 'pyheap'
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
