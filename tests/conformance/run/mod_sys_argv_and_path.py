# sys.argv, sys.path[0] (basename only), and the script name.
import os
import sys
print(sys.argv, os.path.basename(sys.path[0]))
print(sys.argv[0] == os.path.basename(__file__))
print(sys.executable != "", type(sys.path).__name__, sys.path[0] in sys.path)
print(sys.getrecursionlimit(), sys.getswitchinterval(), sys.intern("abc") == "abc")
print(sys.stdin.readline() == "", sys.stdin.read() == "")
print(len(sys.argv), sys.argv[1:] == [])
print(sys.argv is sys.argv, sys.orig_argv[-1])
