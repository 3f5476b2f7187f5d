# __import__ of a name computed at run time imports a module the program names in an
# import statement that has not run (pyperformance's xml_etree finds its module so),
# its packages first; a module the program never names is ModuleNotFoundError.
import sys

if len(sys.argv) > 5:
    import xml.etree.ElementTree
    import json


def import_module(name):
    __import__(name)
    return sys.modules[name]


name = ".".join(["xml", "etree", "ElementTree"])
print("xml" in sys.modules, name in sys.modules)
et = import_module(name)
print(et.__name__, "xml" in sys.modules, "xml.etree" in sys.modules, et.fromstring("<a>t</a>").text)
print(__import__("js" + "on").dumps([1]), __import__(name) is sys.modules["xml"])
try:
    __import__("no_such_" + "module")
except ModuleNotFoundError as exc:
    print(exc)
