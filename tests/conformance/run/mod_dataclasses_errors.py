# Errors raised while a dataclass's fields are collected.
from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar

def attempt(title, make):
    try:
        make()
    except (TypeError, ValueError, AttributeError) as e:
        print(title, type(e).__name__ + ':', e)

def mutable_default():
    @dataclass
    class C:
        d: dict = {}
def no_annotation():
    @dataclass
    class C:
        a = field(default=1)
def classvar_factory():
    @dataclass
    class C:
        a: ClassVar[list] = field(default_factory=list)
def classvar_kw_only():
    @dataclass
    class C:
        a: ClassVar[int] = field(default=1, kw_only=True)
def two_kw_only():
    @dataclass
    class C:
        _: KW_ONLY
        __: KW_ONLY
for title, make in [('mutable_default', mutable_default), ('no_annotation', no_annotation),
                    ('classvar_factory', classvar_factory), ('classvar_kw_only', classvar_kw_only),
                    ('two_kw_only', two_kw_only)]:
    attempt(title, make)
