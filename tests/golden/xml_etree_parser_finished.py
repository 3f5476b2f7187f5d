# After a document is parsed whole, its expat parser is freed at once: a later feed or
# close answers "parsing finished" at the position where the document ended, as expat
# does, a parse error keeps its parser, and a SAX locator still reads the end position.
import xml.etree.ElementTree as ET
p = ET.XMLParser(); p.feed(b"<a>\n</a>"); print(p.close().tag)
for data in (b"<b/>", b""):
    try:
        p.feed(data); print("fed")
    except ET.ParseError as e:
        print("ParseError:", e, e.code, e.position)
try:
    p.close()
except ET.ParseError as e:
    print("ParseError:", e, e.code, e.position)
q = ET.XMLParser()
try:
    q.feed(b"<a><b></a>")
except ET.ParseError as e:
    print("ParseError:", e, e.code, e.position)
try:
    q.close()
except ET.ParseError as e:
    print("ParseError:", e, e.code, e.position)
import xml.sax, io
class H(xml.sax.ContentHandler):
    def setDocumentLocator(self, loc): self.loc = loc
    def endDocument(self): print("end at", self.loc.getLineNumber(), self.loc.getColumnNumber())
h = H()
xml.sax.parseString(b"<a>\n<b/>\n</a>", h)
