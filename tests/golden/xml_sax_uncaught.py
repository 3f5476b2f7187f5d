# An uncaught SAXParseException ends the program with CPython's last line.
import xml.sax
from xml.sax.handler import ContentHandler


class Printer(ContentHandler):
    def startElement(self, name, attrs):
        print("start", name, dict(attrs.items()))


xml.sax.parseString(b"<doc a='1'><ok/><bad <", Printer())
