# helper module of globals_live_modules.py: globals read by its functions, and functions using globals()
level = 1
label = "helper"


def describe():
    return "%s at level %d" % (label, level)


def call_hook():
    return hook()


def hook():
    return "original hook"


def set_global(name, value):
    globals()[name] = value


def get_global(name, default=None):
    return globals().get(name, default)


def forget(name):
    del globals()[name]


def namespace():
    return globals()
