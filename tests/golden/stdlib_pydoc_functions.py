# pydoc on functions, data and names: help(function) with and without docstrings,
# async functions, lambdas, nested functions, bound methods of instances; the helpers
# getdoc, splitdoc, describe, plain, stripid, cram, classname, visiblename, isdata,
# locate/resolve; help on instances, on strings naming objects and the error for an
# unknown name; help('keywords'), help('symbols').
import pydoc


def documented(a, b=2, *args, c: int = 3, **kw) -> dict:
    """Return a dict.

        Indented second paragraph
    ends here.
    """
    return {}


def undocumented(x, /, y=None):
    return x


async def fetch(url, timeout=10.0):
    "Fetch a URL."


def outer():
    def inner(q=[1, 2]):
        "The inner one."
    return inner


class Counter:
    def tick(self, n=1):
        "Advance."


square = lambda n, power=2: n ** power

help(documented)
help(undocumented)
help(fetch)
help(square)
help(outer())
help(Counter().tick)
help("documented")
help("Counter.tick")
help("no_such_name_anywhere")
print(repr(pydoc.getdoc(documented)))
print(repr(pydoc.getdoc(undocumented)))
print(pydoc.splitdoc("Synopsis line\n\nThe rest\nof it"))
print(pydoc.splitdoc("No blank\nsecond line"))
print(pydoc.splitdoc("   just one   "))
print(pydoc.describe(documented), "|", pydoc.describe(Counter), "|", pydoc.describe(Counter().tick), "|",
      pydoc.describe(pydoc), "|", pydoc.describe(3))
print(pydoc.plain("b\bbo\bol\bld\bd plain"))
print(pydoc.stripid("<object object at 0x7f1234567890>"))
print(pydoc.cram("abcdefghijklmnopqrstuvwxyz", 10), pydoc.cram("short", 10))
print(pydoc.classname(Counter, "__main__"), pydoc.classname(Counter, "other"))
print([n for n in ("_x", "x", "__init__", "__doc__", "__module__") if pydoc.visiblename(n)])
print(pydoc.visiblename("y", all=["x"]), pydoc.visiblename("x", all=["x"]))
print(pydoc.isdata(1), pydoc.isdata(documented), pydoc.isdata(Counter))
print(pydoc.locate("Counter.tick") is Counter.tick, pydoc.locate("nope.nothing"))
print(pydoc.resolve(Counter))
try:
    pydoc.resolve("missing.thing")
except ImportError as e:
    print("ImportError:", e)
print(pydoc.render_doc(documented, "Title %s"))
print(pydoc.render_doc(42, renderer=pydoc.plaintext)[:60])
help(Counter())
help("keywords")
help("symbols")
