import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_namespaces

class Count(ContentHandler):
    def __init__(self):
        super().__init__()
        self.chunks = []
        self.starts = 0
    def startElementNS(self, name, qname, attrs):
        self.starts += 1
        if self.starts < 4:
            print(name, qname, attrs.items(), attrs.getQNames(), self._locator.getLineNumber(), self._locator.getColumnNumber())
    def startElement(self, name, attrs):
        self.starts += 1
    def characters(self, c):
        self.chunks.append(c)

body = "".join("<item n='%d' xml:lang='en'>value %d &lt;%d&gt; caf\u00e9</item>\n" % (i, i, i) for i in range(3000))
doc = "<?xml version='1.0' encoding='utf-8'?>\n<root xmlns:q='urn:q'>\n" + body + "</root>"
for data in (doc, doc.encode("utf-8"), doc.replace("utf-8", "utf-16").encode("utf-16")):
    h = Count()
    p = xml.sax.make_parser()
    p.setFeature(feature_namespaces, True)
    p.setContentHandler(h)
    if isinstance(data, str):
        p.parse(io.StringIO(data))
    else:
        p.parse(io.BytesIO(data))
    print(h.starts, len(h.chunks), sum(map(len, h.chunks)), [i for i, c in enumerate(h.chunks) if len(c) > 20][:5], h.chunks[100:106])

latin = "<?xml version='1.0' encoding='iso-8859-1'?><a>\u00e9\u00ff</a>".encode("latin-1")
h = Count(); xml.sax.parseString(latin, h); print(h.chunks)
for bad in ["<q:a/>", "<a xmlns:q='u'><q:b q:x='1' q:x='2'/></a>", "<a>\x01</a>", "<?xml version='1.0' encoding='nope'?><a/>"]:
    p = xml.sax.make_parser(); p.setFeature(feature_namespaces, True); p.setContentHandler(Count())
    try:
        p.parse(io.BytesIO(bad.encode()))
    except xml.sax.SAXParseException as e:
        print(e)
    except Exception as e:
        print(type(e).__name__, e)
