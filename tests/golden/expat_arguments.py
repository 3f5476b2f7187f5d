# xml.parsers.expat: argument errors of Parse/ParseFile/ParserCreate/ErrorString and the
# methods, bytes-likes, attribute types, UseForeignDTD once parsing began, XmlDeclHandler
import xml.parsers.expat as expat
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
p = expat.ParserCreate()
t(lambda: p.Parse(123))
t(lambda: p.Parse(b"<a>", isfinal=True))
t(lambda: p.Parse(bytearray(b"<a>")))
t(lambda: p.Parse(memoryview(b"</a>"), 1))
t(lambda: p.Parse())
t(lambda: expat.ParserCreate(encoding="utf-8", namespace_separator="|", intern={}).Parse("<x:a xmlns:x='u'/>", True))
t(lambda: expat.ParserCreate(bogus=1))
t(lambda: expat.ParserCreate("a", "b", {}, 4))
def d():
    del p.StartElementHandler
t(d)
def bt():
    q = expat.ParserCreate(); q.buffer_text = "yes"; q.ordered_attributes = 0; return q.buffer_text, q.ordered_attributes, q.specified_attributes
t(bt)
q = expat.ParserCreate()
q.buffer_text = True
q.CharacterDataHandler = lambda s: None
q.StartElementHandler = lambda n, a: print("used", q.buffer_used, q.GetInputContext())
q.Parse("<r>abc<x/></r>", True)
t(lambda: expat.ErrorString("x"))
t(lambda: expat.ErrorString())
t(lambda: expat.ParserCreate().ParseFile())
t(lambda: expat.ParserCreate().SetBase(1))
t(lambda: expat.ParserCreate().SetParamEntityParsing("x"))
p2 = expat.ParserCreate()
p2.Parse("<a>")
t(lambda: p2.UseForeignDTD())
t(lambda: p2.GetInputContext())
p3 = expat.ParserCreate()
p3.XmlDeclHandler = print
p3.Parse('<?xml version="1.0"?><a/>', True)
p3 = expat.ParserCreate()
p3.XmlDeclHandler = print
p3.Parse('<?xml version="1.0" encoding="latin-1" standalone="yes"?><a/>', True)
t(lambda: expat.ExpatError("x").code)
e = expat.ExpatError("m"); print(e.args, str(e), repr(e))
print(isinstance(p3.intern, dict), type(p3.CurrentByteIndex))
print(p3.ErrorCode, expat.errors.messages[1])
