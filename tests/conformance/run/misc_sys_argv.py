# sys.argv[0] is the script name as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(sys.argv[1:])
args = sys.argv[1:] or ["default"]
for a in args:
    print("arg:", a)
import os
print(os.path.basename(sys.argv[0]) == os.path.basename(__file__))
print(sys.orig_argv[-1] if hasattr(sys, "orig_argv") else "")
