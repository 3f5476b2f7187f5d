import xml.sax
from xml.sax.handler import ContentHandler, LexicalHandler, feature_namespaces, property_lexical_handler
from xml.sax.saxutils import XMLGenerator
import io

class H(ContentHandler, LexicalHandler):
    def setDocumentLocator(self, loc):
        self.loc = loc
        print("locator", loc.getLineNumber(), loc.getColumnNumber())
    def p(self, *a):
        print(self.loc.getLineNumber(), self.loc.getColumnNumber(), *a)
    def startDocument(self): self.p("startDocument")
    def endDocument(self): self.p("endDocument")
    def startElement(self, name, attrs): self.p("start", name, attrs.items())
    def endElement(self, name): self.p("end", name)
    def startElementNS(self, name, qname, attrs): self.p("startNS", name, qname, list(attrs.items()), attrs.getQNames())
    def endElementNS(self, name, qname): self.p("endNS", name, qname)
    def characters(self, c): self.p("chars", repr(c))
    def processingInstruction(self, t, d): self.p("pi", t, d)
    def startPrefixMapping(self, p, u): self.p("prefix", p, u)
    def endPrefixMapping(self, p): self.p("endprefix", p)
    def skippedEntity(self, n): self.p("skipped", n)
    def comment(self, c): self.p("comment", repr(c))
    def startDTD(self, *a): self.p("startDTD", a)
    def endDTD(self): self.p("endDTD")
    def startCDATA(self): self.p("startCDATA")
    def endCDATA(self): self.p("endCDATA")

doc = """<?xml version="1.0"?>
<!DOCTYPE root [
  <!ENTITY ent "entity text">
  <!NOTATION gif SYSTEM "image/gif">
]>
<?pi-target some data?>
<!-- a comment -->
<root xmlns="http://default/" xmlns:x="http://x/" a="1" x:b="2">
  text &amp; more &ent; &#65;
  <x:child x:attr="v">line1
line2</x:child>
  <![CDATA[ <cdata> & stuff ]]>
  <empty/>
</root>
"""
for ns in (False, True):
    for lex in (False, True):
        print("=== ns", ns, "lex", lex)
        p = xml.sax.make_parser()
        p.setFeature(feature_namespaces, ns)
        h = H()
        p.setContentHandler(h)
        if lex:
            p.setProperty(property_lexical_handler, h)
        p.parse(io.StringIO(doc))
        print(h.loc.getLineNumber(), h.loc.getColumnNumber())

for bad in ["<a><b></a>", "<a>&x;</a>", "<a b='1' b='2'/>", "", "<a>", "<a/><b/>", "<1/>", b"<a>\xff</a>"]:
    try:
        xml.sax.parseString(bad, ContentHandler())
    except xml.sax.SAXParseException as e:
        print(repr(bad), str(e), e.getLineNumber(), e.getColumnNumber(), e.getMessage(), type(e.getException()).__name__, e.getException())

out = io.StringIO()
g = XMLGenerator(out, short_empty_elements=True)
p = xml.sax.make_parser(); p.setFeature(feature_namespaces, True); p.setContentHandler(g)
p.parse(io.StringIO(doc)); print(out.getvalue())
out = io.BytesIO()
g = XMLGenerator(out, encoding="ascii")
xml.sax.parseString("<a b='&quot;x&apos;\n'>h\u00e9llo\u20ac<b/></a>".encode(), g); print(out.getvalue())
