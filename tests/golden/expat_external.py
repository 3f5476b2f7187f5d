# xml.parsers.expat: ExternalEntityParserCreate from an ExternalEntityRefHandler, a child
# parser's error, character data over 1 MiB pieces and ParseFile reads, the type
import xml.parsers.expat as expat
ENTITIES = {"chap.xml": b'<?xml version="1.0" encoding="utf-8"?><chap n="1">chapter &inner; text</chap>',
            "bad.xml": b"<x><y></x>"}
p = expat.ParserCreate()
p.ordered_attributes = True
p.buffer_text = True
out = []
p.StartElementHandler = lambda n, a: out.append(("start", n, a, p.CurrentLineNumber))
p.EndElementHandler = lambda n: out.append(("end", n))
p.CharacterDataHandler = lambda d: out.append(("data", d))
def ext(context, base, sysid, pubid):
    out.append(("ext", context, base, sysid, pubid))
    child = p.ExternalEntityParserCreate(context)
    print(child.ordered_attributes, child.buffer_text, child.intern is p.intern, child.StartElementHandler is p.StartElementHandler)
    try:
        return child.Parse(ENTITIES[sysid], True)
    except expat.ExpatError as e:
        out.append(("child error", str(e), e.code))
        return 0
p.ExternalEntityRefHandler = ext
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
try:
    p.Parse(b'<!DOCTYPE book [<!ENTITY inner "INNER"><!ENTITY c SYSTEM "chap.xml"><!ENTITY b SYSTEM "bad.xml">]>\n<book>&c;<after/>&b;</book>', True)
except expat.ExpatError as e:
    print("ExpatError:", e)
for o in out:
    print(o)
try:
    p.ExternalEntityParserCreate(3)
except TypeError as e:
    print("TypeError:", e)

# a document over expat's 1 MiB pieces (Parse feeds str and bytes in 1 MiB chunks) and
# over ParseFile's 2048-byte reads: where character data is split
import io
doc = "<r>" + "".join("<i>%s</i>%s" % ("abc\u00e9" * (k % 7), "t" * (k % 300)) for k in range(12000)) + "</r>"
for data in (doc, doc.encode("utf-8")):
    for buffered in (False, True):
        p = expat.ParserCreate()
        p.buffer_text = buffered
        pieces = []
        p.CharacterDataHandler = pieces.append
        p.Parse(data, True)
        print(type(data).__name__, buffered, len(pieces), sum(map(len, pieces)), p.CurrentByteIndex,
              [(i, len(x)) for i, x in enumerate(pieces) if x and x[0] not in "at"][:8])
p = expat.ParserCreate()
pieces = []
p.CharacterDataHandler = pieces.append
p.ParseFile(io.BytesIO(doc.encode("utf-8")))
print(len(pieces), [(i, len(x)) for i, x in enumerate(pieces) if x and x[0] not in "at"][:8])
p = expat.ParserCreate()
print([n for n in dir(p) if n[0] != "_"])
print(expat.XMLParserType.__name__, expat.XMLParserType.__module__, repr(expat.XMLParserType))
try:
    expat.XMLParserType()
except TypeError as e:
    print("TypeError:", e)
