# help is site's _Helper; help(function) prints pydoc's text: the signature with its
# defaults and annotations, then the docstring as inspect.cleandoc leaves it.
print(repr(help))
print(str(help))
print(type(help).__name__)


def f(a, b=1, *args, c, d=[1], **kw):
    """Return a thing.

    More lines
      indented.
    """
    return a


def g(x: int, y: "str" = 'q', *, z: float = 1.5) -> list:
    return [x]


def posonly(a, b, /, c=None):
    "One line."


def nodoc():
    pass


class Point:
    pass


def uses(p: Point, q: list[int]) -> None:
    """
        Starts on the second line.
    """


help(f)
help(g)
help(posonly)
help(nodoc)
help(lambda x, *y: x)
help(uses)
