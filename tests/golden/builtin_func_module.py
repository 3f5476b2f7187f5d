# __module__ of builtin functions: the module's name for a module's functions, None for
# methods of builtin types (what profilers name them by).
import math
import os
import time

print(len.__module__, sorted.__module__, math.floor.__module__, time.sleep.__module__)
print(os.getpid.__module__ in ('posix', 'os'))
print([].append.__module__, "x".upper.__module__, hasattr(list.append, '__module__'))
