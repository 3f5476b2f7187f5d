import io
import xml.sax
from xml.sax.handler import ContentHandler, LexicalHandler, DTDHandler, feature_namespaces, property_lexical_handler

class H(ContentHandler, LexicalHandler, DTDHandler):
    def p(self, *a):
        print(self._locator.getLineNumber(), self._locator.getColumnNumber(), *a)
    def startElement(self, name, attrs): self.p("start", name, attrs.items())
    def endElement(self, name): self.p("end", name)
    def startElementNS(self, name, q, attrs): self.p("startNS", name, attrs.items())
    def endElementNS(self, name, q): self.p("endNS", name)
    def characters(self, c): self.p("chars", repr(c))
    def skippedEntity(self, n): self.p("skipped", n)
    def processingInstruction(self, t, d): self.p("pi", t, d)
    def comment(self, c): self.p("comment", c)
    def startDTD(self, *a): self.p("startDTD", a)
    def endDTD(self): self.p("endDTD")
    def notationDecl(self, *a): self.p("notation", a)
    def unparsedEntityDecl(self, *a): self.p("unparsed", a)

docs = [
    """<!DOCTYPE r [
<!ELEMENT r ANY>
<!ATTLIST r def CDATA "dflt" fixed CDATA #FIXED "fx">
<!ENTITY e "<b>x &amp; y</b>">
<!ENTITY t "plain">
<!ENTITY % pe "ignored">
<!-- in dtd -->
<?pi-in-dtd d?>
]>
<r a="&t;">&e;<![CDATA[]]>end&#x263A;&#10;</r>""",
    """<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "r.dtd"><r>&undef;</r>""",
    """<!DOCTYPE r PUBLIC "-//p" "r.dtd" [<!ENTITY % pe SYSTEM "pe.ent"> %pe; ]><r>&x;</r>""",
    """<r xmlns:a="urn:a" xmlns="urn:d"><a:s a:k="1" k="2" xmlns:a="urn:a2"/><t xmlns=""/></r>""",
    """<r>\r\n line\r second\n</r>""",
]
for doc in docs:
    for ns in (False, True):
        print("----", ns)
        p = xml.sax.make_parser()
        p.setFeature(feature_namespaces, ns)
        h = H()
        p.setContentHandler(h); p.setDTDHandler(h); p.setProperty(property_lexical_handler, h)
        try:
            p.parse(io.StringIO(doc))
        except xml.sax.SAXParseException as e:
            print("error", e)
