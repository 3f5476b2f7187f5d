# After a document is parsed whole, its expat parser is freed at once: a later feed or
# close answers "parsing finished" at the position where the document ended, as expat
# does, a parse error keeps its parser, and a SAX locator still reads the end position.
import xml.etree.ElementTree as ET
import xml.sax


def attempt(method, *args):
    try:
        result = method(*args)
        print("ok", getattr(result, "tag", result))
    except ET.ParseError as e:
        print("ParseError:", e, e.code, e.position)


done = ET.XMLParser()
done.feed(b"<a>\n</a>")
attempt(done.close)
attempt(done.feed, b"<b/>")
attempt(done.feed, b"")
attempt(done.close)

broken = ET.XMLParser()
attempt(broken.feed, b"<a><b></a>")
attempt(broken.close)

for text in ("<r>\n  <x/>\n</r>", "<r>" + "<x>t</x>" * 3000 + "</r>"):
    parser = ET.XMLParser()
    parser.feed(text)
    root = parser.close()
    print(root.tag, len(root))
    attempt(parser.feed, "<late/>")


class Handler(xml.sax.ContentHandler):
    def setDocumentLocator(self, locator):
        self.locator = locator

    def endDocument(self):
        print("end at", self.locator.getLineNumber(), self.locator.getColumnNumber())


xml.sax.parseString(b"<a>\n<b/>\n</a>", Handler())
