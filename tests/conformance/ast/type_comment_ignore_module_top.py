# type: ignore
import os
