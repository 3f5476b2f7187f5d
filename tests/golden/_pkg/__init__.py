"""A helper package."""
from .core import Engine
from . import util
VERSION = "1.2"
print("_pkg initialised")
