import io
import xml.sax
from xml.dom import pulldom, minidom
from xml.dom.pulldom import START_ELEMENT, END_ELEMENT, CHARACTERS, START_DOCUMENT, END_DOCUMENT, PROCESSING_INSTRUCTION

doc = """<?xml version="1.0"?>
<?xml-stylesheet href="s.css"?>
<!-- top comment -->
<catalog xmlns="http://books/" xmlns:p="http://price/" version="2">
  <book id="b1" p:currency="EUR">
    <title>Dune &amp; more</title>
    <p:price>9.99</p:price>
    <![CDATA[raw <text>]]>
  </book>
  <book id="b2"><title lang="en">Emma</title><!-- inner --><?proc x?></book>
  <note xmlns="">plain</note>
</catalog>
"""

def show(event, node):
    if event in (START_ELEMENT, END_ELEMENT):
        attrs = [(a.name, a.value, a.namespaceURI) for a in node.attributes.values()] if event == START_ELEMENT else ""
        print(event, node.tagName, node.namespaceURI, node.localName, node.prefix, attrs)
    elif event == CHARACTERS:
        print(event, repr(node.data))
    elif event == PROCESSING_INSTRUCTION:
        print(event, node.target, node.data)
    else:
        print(event, node.nodeType)

for event, node in pulldom.parseString(doc):
    show(event, node)

print("--- expand")
events = pulldom.parseString(doc)
for event, node in events:
    if event == START_ELEMENT and node.localName == "book":
        events.expandNode(node)
        print(node.toxml())
        print(node.getAttribute("id"), [t.firstChild.data for t in node.getElementsByTagName("title")])

print("--- bytes stream, small buffer")
events = pulldom.parse(io.BytesIO(doc.encode()), bufsize=7)
n = 0
for event, node in events:
    n += 1
    if event == END_DOCUMENT:
        print("end document", node.documentElement.tagName, node.toxml()[:60])
print(n)

print("--- non-namespace parser given")
parser = xml.sax.make_parser()
for event, node in pulldom.parseString("<a x='1'><b>t</b></a>", parser):
    show(event, node)

print("--- minidom with a parser")
d = minidom.parseString(doc, parser=xml.sax.make_parser())
print(d.toxml())
print(d.documentElement.attributes.items())
d2 = minidom.parse(io.BytesIO(b"<r><s a='1'/>text</r>"), bufsize=3)
print(d2.toxml())

print("--- SAX2DOM")
h = pulldom.SAX2DOM()
xml.sax.parseString("<r><s a='1'>x<t/>y</s><?pi d?></r>", h)
print(h.document.toxml())

print("--- errors")
try:
    for event, node in pulldom.parseString("<a><b></a>"):
        print(event)
except xml.sax.SAXParseException as e:
    print("SAXParseException", e)
try:
    pulldom.parseString(b"<a/>")
except TypeError as e:
    print("TypeError", e)
