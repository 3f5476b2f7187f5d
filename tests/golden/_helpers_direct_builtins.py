# Imported after the importer replaced builtins.len and builtins.min, which it puts
# back later: this module's calls of len and min follow (the original's C body is
# called directly only while the name holds the original).
def measure(x):
    return len(x)

def smaller(a, b):
    return min(a, b)
