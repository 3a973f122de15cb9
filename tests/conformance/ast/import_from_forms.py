from os import path
from os import path as p, sep
from os import (path, sep,)
from . import a
from .. import b
from .mod import c
from ...pkg.mod import d as e
from .... import f
from ..... import g
from os.path import *
from __future__ import annotations
