"""The innermost helper of _pkg."""


def suffix():
    return "!"
