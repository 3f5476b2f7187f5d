import io, os, pathlib, tempfile
import xml.sax
from xml.sax import saxutils, xmlreader
from xml.sax.handler import ContentHandler, feature_namespaces
from xml.dom import pulldom, minidom

class Echo(ContentHandler):
    def startElement(self, name, attrs):
        print("start", name, attrs.items())
    def characters(self, c):
        print("chars", repr(c))

d = tempfile.mkdtemp()
path = os.path.join(d, "doc.xml")
with open(path, "w", encoding="utf-8") as f:
    f.write("<?xml version='1.0'?>\n<doc a='\u00e9'>caf\u00e9 &amp; cr\u00e8me</doc>\n")
with open(path, encoding="utf-8") as f:
    xml.sax.parse(f, Echo())
xml.sax.parse(pathlib.Path(path), Echo())
src = saxutils.prepare_input_source(pathlib.Path(path))
print(os.path.basename(src.getSystemId()), src.getByteStream() is not None, src.getCharacterStream())
src.getByteStream().close()
src = saxutils.prepare_input_source("doc.xml", os.path.join(d, "base.xml"))
print(os.path.basename(src.getSystemId()))
src.getByteStream().close()

s = xmlreader.InputSource()
s.setByteStream(io.BytesIO("<d>\u00e9</d>".encode("latin-1")))
s.setEncoding("iso-8859-1")
p = xml.sax.make_parser()
p.setContentHandler(Echo())
p.parse(s)
p.parse(io.BytesIO(b"<second>again</second>"))
try:
    p.parse(io.BytesIO(b"<third><x></third>"))
except xml.sax.SAXParseException as e:
    print(e, e.getLineNumber(), e.getColumnNumber())
print(p.getLineNumber(), p.getColumnNumber())
p.parse(io.BytesIO(b"<fourth/>"))
print(p.getLineNumber(), p.getColumnNumber())
a = xmlreader.AttributesImpl({"x": "1"})
try:
    a.getValue("y")
except KeyError as e:
    print("KeyError", e)

events = pulldom.parse(path)
for ev, node in events:
    if ev == pulldom.START_ELEMENT:
        events.expandNode(node)
        print(node.toxml(), node.toprettyxml(indent="  "))
events.clear()
doc = minidom.parse(path, xml.sax.make_parser())
print(doc.toxml(), doc.documentElement.getAttribute("a"))
print(minidom.parseString("<r><s/></r>").toxml())
os.remove(path); os.rmdir(d)
