# xml.parsers.expat: buffer_text, ExpatError texts and fields, handlers that raise or
# change during the parse, the "parsing finished" error, attribute checks
import xml.parsers.expat as expat


def err(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except expat.ExpatError as e:
        print("ExpatError:", e, "| code", e.code, "line", e.lineno, "offset", e.offset,
              "| ErrorString", expat.ErrorString(e.code))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print("== buffer_text")
TEXT = "<r>one &amp; two<![CDATA[three]]>&#x34;<x/>five\nsix\r\nseven<!--c-->eight</r>"
for buffered in (False, True):
    p = expat.ParserCreate()
    p.buffer_text = buffered
    out = []
    p.CharacterDataHandler = out.append
    p.StartElementHandler = lambda n, a: out.append("<%s>" % n)
    p.Parse(TEXT, True)
    print(buffered, out)
# without a comment handler, the comment does not split the buffered text
p = expat.ParserCreate()
p.buffer_text = True
out = []
p.CharacterDataHandler = out.append
p.CommentHandler = None
p.Parse("<r>a<!--c-->b<?p?>c</r>", True)
print(out)
# small buffer: flushed when it would overflow, a longer run goes straight through
p = expat.ParserCreate()
p.buffer_text = True
p.buffer_size = 4
out = []
p.CharacterDataHandler = out.append
p.Parse("<r>ab&amp;cd&lt;efghij&gt;k</r>", True)
print(out, p.buffer_size, p.buffer_used)
# the buffer survives across Parse calls only until the call's end
p = expat.ParserCreate()
p.buffer_text = True
out = []
p.CharacterDataHandler = out.append
p.Parse("<r>abc")
print(out, p.buffer_used)
p.Parse("def</r>", True)
print(out, p.buffer_used)
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = out.append
print(p.buffer_text, p.buffer_size)
for bad in (0, -5, 2**40, "8", 1.5):
    try:
        p.buffer_size = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
p.buffer_size = 100
print(p.buffer_size)
p.buffer_text = False
print(p.buffer_text)

print("== errors")
err(expat.ParserCreate().Parse, "<a><b></a>", True)
err(expat.ParserCreate().Parse, "<a>\n  <b c='1' c='2'/></a>", True)
err(expat.ParserCreate().Parse, "", True)
err(expat.ParserCreate().Parse, "<a>&nope;</a>", True)
err(expat.ParserCreate().Parse, "<a></a><b/>", True)
err(expat.ParserCreate().Parse, b"<a>\xff</a>", True)
err(expat.ParserCreate().Parse, "<a x=1/>", True)
err(expat.ParserCreate(namespace_separator=" ").Parse, "<p:a/>", True)
err(expat.ParserCreate("no-such-codec").Parse, b"<a/>", True)
p = expat.ParserCreate()
err(p.Parse, "<a>", False)
err(p.Parse, "</a>", True)
err(p.Parse, "<b/>", True)
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
p = expat.ParserCreate()
err(p.Parse, "<a>\n<b>", True)
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
err(p.Parse, "</b></a>", True)
err(expat.ParserCreate, 1)
err(expat.ParserCreate, None, "ab")
err(expat.ParserCreate, None, 3)
err(expat.ParserCreate, None, None, [])
err(expat.ParserCreate(namespace_separator=None).Parse, "<a/>")

print("== a handler that raises")


def boom(*args):
    raise KeyError(args)


p = expat.ParserCreate()
seen = []
p.CharacterDataHandler = seen.append
p.EndElementHandler = boom
err(p.Parse, "<a>x<b>y</b>z</a>", True)
print(seen, p.CharacterDataHandler, p.EndElementHandler, p.ErrorCode)
err(p.Parse, "<c/>", True)
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = boom
err(p.Parse, "<a>some text<b/></a>", True)
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: 1 / 0
err(p.Parse, "<a/>")
p = expat.ParserCreate()
p.StartElementHandler = "not callable"
err(p.Parse, "<a/>")
p = expat.ParserCreate()
p.StartElementHandler = lambda name: None
err(p.Parse, "<a/>")
p = expat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
err(p.Parse, '<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', True)
p = expat.ParserCreate()
p.NotStandaloneHandler = lambda: 0
err(p.Parse, '<?xml version="1.0" standalone="no"?><!DOCTYPE a SYSTEM "a.dtd"><a/>', True)

print("== handlers changed during the parse")
p = expat.ParserCreate()
out = []


def start(name, attrs):
    out.append(name)
    if name == "b":
        p.CharacterDataHandler = None
        p.StartElementHandler = None


p.StartElementHandler = start
p.CharacterDataHandler = out.append
p.DefaultHandler = lambda s: out.append("default " + s)
p.Parse("<a>1<b>2<c>3</c></b></a>", True)
print(out)
p = expat.ParserCreate()
out = []
p.CharacterDataHandler = out.append
p.CharacterDataHandler = None
p.DefaultHandler = lambda s: out.append("default " + s)
p.Parse("<a>1</a>", True)
print(out, p.CharacterDataHandler)
p = expat.ParserCreate()
try:
    p.NoSuchHandler = print
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.CurrentLineNumber = 3
except AttributeError as e:
    print("AttributeError:", e)
print(p.StartElementHandler, p.intern)
p.StartElementHandler = print
print(p.StartElementHandler is print)
p = expat.ParserCreate(intern=None)
p.Parse("<a/>", True)
print(p.intern)
p = expat.ParserCreate()
p.Parse("<a b='1'><c/></a>", True)
print(sorted(p.intern))
print(p.Parse("", False) if False else "done")
p = expat.ParserCreate()
p.SetBase("http://example.com/")
print(p.GetBase(), p.GetInputContext())
p.ExternalEntityRefHandler = lambda ctx, base, sysid, pubid: print("ext", ctx, base, sysid, pubid) or 1
p.Parse('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', True)
p = expat.ParserCreate()
print(p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS))
p.UseForeignDTD()
p.Parse("<a/>", True)
err(p.UseForeignDTD, False)
p = expat.ParserCreate()
p.ProcessingInstructionHandler = lambda t, d: print("context", p.GetInputContext())
p.Parse("<a><?pi data?></a>", True)

print("== a handler's exception ends the program")
p = expat.ParserCreate()
p.Parse("<a>")
p.Parse("</b>", True)
