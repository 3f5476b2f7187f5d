# helper module for inline_semantics.py: its own calls are inlined
def twice(x):
    return 2 * x

def use(n):
    return twice(n) + 1
