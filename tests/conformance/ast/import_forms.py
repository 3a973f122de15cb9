import os
import os.path
import os, sys
import numpy as np
import a.b.c as d, e
