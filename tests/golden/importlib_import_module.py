import importlib
import importlib.util
import importlib.machinery
import sys
import collections  # compiled in: a computed name finds it below

m = importlib.import_module("json")
print(m.__name__, m is sys.modules["json"], m.dumps({"a": 1}))
p = importlib.import_module("os.path")
print(p.__name__ in ("posixpath", "os.path"), p.join("a", "b"))
x = importlib.import_module("xml.etree.ElementTree")
print(x.__name__, x.Element("t").tag)
r = importlib.import_module(".etree", "xml")
print(r.__name__)
r2 = importlib.import_module("..etree", "xml.dom")
print(r2.__name__)
for args in [("nonexistent_mod_q",), (".x",), (".x", ""), ("...x", "a.b"), ("",), (5,)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
print(importlib.util.find_spec("nonexistent_mod_q"))
print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("json").name)
print(importlib.util.find_spec("xml.etree").parent, importlib.util.find_spec("xml.nothing") is None)
print(importlib.util.resolve_name(".b", "a"), importlib.util.resolve_name("z", None))
for a in [(".b", None), ("...b", "a")]:
    try:
        importlib.util.resolve_name(*a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    importlib.util.find_spec("json.nothing.more")
except Exception as e:
    print(type(e).__name__, e)
s = importlib.machinery.ModuleSpec("pkg.mod", None)
print(s, s.parent, s.has_location, s.submodule_search_locations)
s2 = importlib.machinery.ModuleSpec("pkg", None, origin="here", is_package=True)
print(s2, s2.parent, s == s2, s == importlib.machinery.ModuleSpec("pkg.mod", None))
try:
    importlib.reload(5)
except TypeError as e:
    print(e)
importlib.invalidate_caches()
n = "coll" + "ections"
c = importlib.import_module(n)
print(c.OrderedDict(a=1))
try:
    import nonexistent_stmt_mod
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from nonexistent_pkg_z import thing
except ImportError as e:
    print(type(e).__name__, e, e.name)
