import io, os, sys, tempfile
import xml.sax
from xml.sax.saxutils import XMLGenerator
from xml.sax.handler import ContentHandler

print("before")
xml.sax.parseString("<a x='1'>text<b/>&lt;</a>", XMLGenerator())
print()
print("after")
g = XMLGenerator(sys.stdout, "utf-8", True)
xml.sax.parseString("<a x='1'>caf\u00e9<b/></a>", g)
print()
d = tempfile.mkdtemp()
p = os.path.join(d, "o.xml")
with open(p, "w", encoding="utf-8") as f:
    xml.sax.parseString("<a>\u00e9</a>", XMLGenerator(f, "utf-8"))
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    xml.sax.parseString("<a>\u00e9\u20ac</a>", XMLGenerator(f, "latin-1"))
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb", buffering=0) as f:
    xml.sax.parseString("<a>raw</a>", XMLGenerator(f, "utf-8"))
with open(p, "rb") as f:
    print(f.read())
os.remove(p); os.rmdir(d)

class Stop(Exception):
    pass

class H(ContentHandler):
    def startElement(self, name, attrs):
        print("start", name)
        if name == "stop":
            raise Stop(name)
try:
    xml.sax.parseString("<a><b/><stop/><c/></a>", H())
except Stop as e:
    print("Stop", e)
p = xml.sax.make_parser()
p.setContentHandler(H())
p.feed("<r>")
try:
    p.feed("<x/><stop/><y/>")
except Stop:
    print("stopped in feed", p.getLineNumber(), p.getColumnNumber())
p2 = xml.sax.make_parser()
p2.setContentHandler(H())
try:
    p2.feed("<r>\n  <stop a='1'/>  text\n<more/>")
except Stop:
    print("stopped", p2.getLineNumber(), p2.getColumnNumber())
try:
    p2.feed("</r>")
except xml.sax.SAXParseException as e:
    print(e, p2.getLineNumber(), p2.getColumnNumber())
p.feed("<z/></r>")
p.close()
print(p.getLineNumber(), p.getColumnNumber())
