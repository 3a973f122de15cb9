# A SyntaxError in an imported module is reported with its location:
# the importing frame first, then the module's file and line.
import sys

print("about to import a broken module")
print("_tb_broken_syntax" in sys.modules)
import _tb_broken_syntax

print("never printed")
print(_tb_broken_syntax.ok())
