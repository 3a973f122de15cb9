# Support module for exc_tb_custom_exception_module and exc_tb_import_time_error.
class NetworkError(Exception):
    pass


def fail_on_import():
    raise RuntimeError("module could not initialise")
