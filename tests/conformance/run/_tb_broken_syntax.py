# Support module for exc_tb_syntax_error_in_import: it does not parse.
def ok():
    return 1

def broken(:
    return 2
