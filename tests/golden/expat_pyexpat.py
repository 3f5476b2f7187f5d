# pyexpat imported directly: the same names and objects as xml.parsers.expat
import pyexpat
import xml.parsers.expat
print(sorted(n for n in dir(pyexpat) if not n.startswith("_") and n != "expat_CAPI"))
print(pyexpat.ParserCreate is xml.parsers.expat.ParserCreate, pyexpat.error is xml.parsers.expat.ExpatError,
      pyexpat.errors.XML_ERROR_SYNTAX, pyexpat.model.XML_CTYPE_SEQ)
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda n, a: print(n, a)
p.Parse(b"<a k='v'/>", True)
try:
    pyexpat.ParserCreate().Parse("<a></b>", True)
except pyexpat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset)
