# An error raised while a module is being imported shows the import frame
# and the frames inside the imported module.
import sys

print("importing")
print("_tb_import_fails" in sys.modules)
import _tb_import_fails

print("never printed")
print(_tb_import_fails.READY)
