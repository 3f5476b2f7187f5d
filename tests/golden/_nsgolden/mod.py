# a module of the namespace package _nsgolden (a directory without __init__.py)
VALUE = "mod"


def where():
    return __name__
