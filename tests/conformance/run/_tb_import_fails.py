# Support module for exc_tb_import_time_error: fails while being imported.
from _tb_errors import fail_on_import

READY = False
fail_on_import()
READY = True
