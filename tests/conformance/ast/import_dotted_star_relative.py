from .a.b import c
from . import (a, b as c,)
import a.b.c
from ..x import *
