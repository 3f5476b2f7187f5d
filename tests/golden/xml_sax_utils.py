import io, os, tempfile
import xml.sax
from xml.sax import handler, saxutils, xmlreader
from xml.sax.handler import ContentHandler, ErrorHandler, DTDHandler, feature_namespaces
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator, XMLFilterBase

print(escape("a < b & c > d"), escape("abc", {"a": "&#97;", "b": "[b]"}))
print(unescape("&lt;&amp;lt;&gt;&amp;"), unescape("x&foo;y", {"&foo;": "F"}))
for s in ['plain', 'has "dq"', "has 'sq'", 'both \' and "', 'nl\nt\tcr\r', '<&>']:
    print(quoteattr(s), quoteattr(s, {"p": "P"}))

class Log(ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []
    def startElement(self, name, attrs):
        self.events.append(("start", name, attrs.getNames(), attrs.getLength(), len(attrs), "x" in attrs, attrs.get("x"), attrs.get("nope", 5), attrs.getType("x") if "x" in attrs else None))
    def endElement(self, name): self.events.append(("end", name))
    def characters(self, c): self.events.append(("chars", c))
    def skippedEntity(self, n): self.events.append(("skipped", n))

# incremental feeding, split in mid-token
p = xml.sax.make_parser()
h = Log()
p.setContentHandler(h)
doc = "<root x='1'>hello <b>wor</b>ld &amp; more</root>"
for i in range(0, len(doc), 5):
    p.feed(doc[i:i+5])
p.close()
print(h.events)
# reuse after close
h.events.clear()
p.feed(b"<a>x</a>")
p.close()
print(h.events)

# error handler that records instead of raising
class EH(ErrorHandler):
    def fatalError(self, e):
        print("fatal:", e, e.getLineNumber(), e.getColumnNumber(), e.getSystemId(), e.getPublicId())
h = Log()
p = xml.sax.make_parser(); p.setContentHandler(h); p.setErrorHandler(EH())
p.feed("<a>\n<b>text</c>")
print(h.events)

# skipped entity in a document with an external DTD
h = Log()
xml.sax.parseString(b'<?xml version="1.0" standalone="no"?><!DOCTYPE a SYSTEM "a.dtd"><a>x&undefined;y</a>', h)
print(h.events)

class D(DTDHandler):
    def notationDecl(self, *a): print("notation", a)
    def unparsedEntityDecl(self, *a): print("unparsed", a)
p = xml.sax.make_parser(); p.setDTDHandler(D())
p.feed('<!DOCTYPE d [<!NOTATION png PUBLIC "-//png" "png.exe"><!NOTATION jpg SYSTEM "jpg.exe"><!ENTITY pic SYSTEM "pic.png" NDATA png><!ENTITY pic2 PUBLIC "pub" "p2.png" NDATA jpg>]><d/>')
p.close()

# features and properties
p = xml.sax.make_parser()
for name in handler.all_features:
    print(name, p.getFeature(name))
for name, state in [(handler.feature_validation, True), (handler.feature_external_pes, True), (handler.feature_namespace_prefixes, True), ("http://bogus", True)]:
    try:
        p.setFeature(name, state)
    except xml.sax.SAXException as e:
        print(type(e).__name__, e)
for name in ["http://bogus", handler.property_xml_string, handler.property_lexical_handler]:
    try:
        print(p.getProperty(name))
    except xml.sax.SAXException as e:
        print(type(e).__name__, e)
try:
    p.setProperty(handler.property_xml_string, 1)
except xml.sax.SAXNotSupportedException as e:
    print(e)
try:
    p.setLocale("en")
except xml.sax.SAXNotSupportedException as e:
    print(e)
p.feed("<a>")
try:
    p.setFeature(feature_namespaces, True)
except xml.sax.SAXNotSupportedException as e:
    print(e)

# exceptions
e = xml.sax.SAXException("msg", ValueError("inner"))
print(str(e), e.getMessage(), repr(e.getException()), e.args)
try:
    e[0]
except AttributeError as err:
    print("AttributeError", err)
print(issubclass(xml.sax.SAXReaderNotAvailable, xml.sax.SAXNotSupportedException))
try:
    xml.sax.make_parser(["no.such.module"]).__class__.__name__
    print("fell back ok")
except Exception as err:
    print(type(err).__name__, err)

# parse a file by name and by file object
d = tempfile.mkdtemp()
path = os.path.join(d, "doc.xml")
with open(path, "w") as f:
    f.write("<?xml version='1.0' encoding='iso-8859-1'?>\n<doc>caf\u00e9</doc>\n")
h = Log(); xml.sax.parse(path, h); print(h.events)
with open(path, "rb") as f:
    h = Log(); xml.sax.parse(f, h); print(h.events, f.closed)
try:
    xml.sax.parseString("<doc>\n  <x></y>", ContentHandler())
except xml.sax.SAXParseException as err:
    print(err)
src = xmlreader.InputSource(path)
src.setPublicId("pub-id")
class LocH(ContentHandler):
    def endElement(self, name):
        l = self._locator
        print("loc", os.path.basename(l.getSystemId()), l.getPublicId(), l.getLineNumber(), l.getColumnNumber())
xml.sax.parse(src, LocH())
try:
    xml.sax.parse(os.path.join(d, "missing.xml"), ContentHandler())
except (OSError, ValueError) as err:
    print(type(err).__name__)
with open(path, "w") as f:
    f.write("<doc>\n<bad attr=x/></doc>")
try:
    xml.sax.parse(path, ContentHandler())
except xml.sax.SAXParseException as err:
    print(str(err).replace(d, "DIR"))
os.remove(path); os.rmdir(d)

# filter
class Upper(XMLFilterBase):
    def characters(self, content):
        super().characters(content.upper())
    def startElement(self, name, attrs):
        super().startElement(name.upper(), attrs)
    def endElement(self, name):
        super().endElement(name.upper())
out = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(XMLGenerator(out, "utf-8"))
f.parse(io.StringIO("<a x='1'>hi<b>there</b><c/></a>"))
print(out.getvalue())
print(f.getParent().__class__.__name__, f.getFeature(feature_namespaces))

# generator by hand
out = io.StringIO()
g = XMLGenerator(out, short_empty_elements=True)
g.startDocument()
g.startPrefixMapping("p", "http://p/")
g.startPrefixMapping(None, "http://d/")
g.startElementNS(("http://p/", "root"), "p:root", xmlreader.AttributesNSImpl({("http://p/", "a"): "1", (None, "b"): "2", ("http://www.w3.org/XML/1998/namespace", "lang"): "en"}, {}))
g.startElementNS(("http://d/", "e"), None, xmlreader.AttributesNSImpl({}, {}))
g.endElementNS(("http://d/", "e"), None)
g.characters("t<&>")
g.ignorableWhitespace("  ")
g.processingInstruction("pi", "data")
g.characters("")
g.endElementNS(("http://p/", "root"), "p:root")
g.endPrefixMapping(None)
g.endPrefixMapping("p")
g.endDocument()
print(out.getvalue())
a = xmlreader.AttributesNSImpl({("u", "l"): "v"}, {("u", "l"): "q:l"})
print(a.getValueByQName("q:l"), a.getNameByQName("q:l"), a.getQNameByName(("u", "l")), a.getQNames(), a.copy().items())
try:
    a.getValueByQName("zz")
except KeyError as err:
    print("KeyError", err)
b = xmlreader.AttributesImpl({"k": "v"})
print(b.getValueByQName("k"), b.getNameByQName("k"), b.getQNameByName("k"), b.keys(), b.values(), b.copy().items(), b["k"])
try:
    b.getNameByQName("zz")
except KeyError as err:
    print("KeyError", err)
for enc in ["utf-8", "ascii", "iso-8859-1", "utf-16"]:
    out = io.BytesIO()
    xml.sax.parseString("<a t='\u00e9\u20ac'>\u00e9\u20ac\U0001F600</a>", XMLGenerator(out, enc))
    print(enc, out.getvalue())
print(xmlreader.Locator().getLineNumber(), xmlreader.IncrementalParser()._bufsize)
try:
    xmlreader.XMLReader().parse("x")
except NotImplementedError as err:
    print(err)
