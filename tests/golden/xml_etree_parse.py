# xml.etree.ElementTree's parsers on expat: fromstring/XML/parse/XMLID/fromstringlist,
# XMLParser with feed/close and a custom target (the calls it gets, character data in
# expat's pieces), TreeBuilder options, XMLPullParser, iterparse events, encodings,
# entities, and ParseError's messages, code and position.
import io
import os
import tempfile
import xml.etree.ElementTree as ET


def attempt(label, f):
    try:
        print(label, repr(f()))
    except ET.ParseError as exc:
        print(label, "ParseError", exc, exc.code, exc.position, isinstance(exc, SyntaxError))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


doc = ET.fromstring('<?xml version="1.0"?>\n<!-- lead -->\n<r a="1" b=\'&lt;&amp;\'>text<c>x&#65;&#x42;</c>tail<![CDATA[<raw>]]>\n  <d/></r>')
print(doc.tag, doc.attrib, repr(doc.text), doc[0].text, repr(doc[0].tail), doc[1].tag, len(doc))
for label, text in [
    ("mismatched", "<a><b></a>"), ("unclosed", "<a"), ("empty", ""), ("blank", "   "),
    ("entity", "<a>&foo;</a>"), ("junk", "<a/><b/>"), ("invalid", "<a>\x01</a>"), ("bad char", "<a><1/></a>"),
    ("attr twice", '<a x="1" x="2"/>'), ("unbound prefix", "<p:a/>"), ("no element", "<!-- only -->"),
    ("multiline", "<a>\n  <b>\n</a>"), ("bad decl", "<?xml version='1.0' encoding='bogus'?><a/>"),
    ("xml decl late", "<a/><?xml version='1.0'?>"), ("unclosed cdata", "<a><![CDATA[x</a>"),
]:
    attempt(label, lambda: ET.tostring(ET.fromstring(text)))

print(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)
print(ET.fromstring("<a>\u20ac\U0001f600</a>").text, ET.fromstring("<a>\u20ac</a>".encode("utf-16")).text)
print(ET.fromstring("<a>caf\xe9</a>".encode("utf-8")).text, ET.XML("<x/>").tag)
attempt("unknown encoding", lambda: ET.fromstring(b'<?xml version="1.0" encoding="no-such"?><a/>'))
attempt("multi-byte encoding", lambda: ET.fromstring(b'<?xml version="1.0" encoding="utf-32"?><a/>'))
attempt("parser encoding", lambda: ET.XMLParser(encoding="bogus-enc").feed(b"<a/>"))
latin = ET.XMLParser(encoding="iso-8859-1")
latin.feed(b"<a>\xe9</a>")
print(latin.close().text, latin.version.startswith("Expat "))
names = ET.fromstring('<r xmlns="http://d" xmlns:p="http://p" p:at="1" plain="2"><p:k/><k/></r>')
print(names.tag, names.attrib, [e.tag for e in names])


class Recorder:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, sorted(attrib.items())))
        return "S:" + tag

    def end(self, tag):
        self.log.append(("end", tag))
        return "E:" + tag

    def data(self, text):
        self.log.append(("data", text))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.log.append(("start_ns", prefix, uri))

    def end_ns(self, prefix):
        self.log.append(("end_ns", prefix))

    def doctype(self, name, pubid, system):
        self.log.append(("doctype", name, pubid, system))

    def close(self):
        self.log.append(("close",))
        return "closed"


recorder = Recorder()
parser = ET.XMLParser(target=recorder)
parser.feed('<!DOCTYPE r PUBLIC "-//X//DTD" "r.dtd">')
parser.feed('<r xmlns:q="http://q" q:x="1">one &amp; two\nthree<!--c-->')
parser.feed("<?proc some data?><q:s>&lt;</q:s>")
attempt("undefined entity", lambda: parser.feed("&ent;</r>"))
print(parser.entity)
for step in recorder.log:
    print(step)
recorder.log.clear()
parser = ET.XMLParser(target=recorder)
parser.entity["ent"] = "ENT"
attempt("entity dict", lambda: parser.feed('<!DOCTYPE r SYSTEM "r.dtd"><r>&ent;+&other;</r>'))
attempt("close after error", parser.close)
print(recorder.log)


class Minimal:
    def start(self, tag, attrib):
        print("minimal start", tag)


parser = ET.XMLParser(target=Minimal())
parser.feed("<a><b>t</b><!--c--></a>")
print("minimal close", parser.close())

builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=builder)
parser.feed("<a><!--c1-->x<?p d?>y</a>")
print(ET.tostring(parser.close()))
made = []
builder = ET.TreeBuilder(element_factory=lambda tag, attrib: made.append(tag) or ET.Element(tag.upper(), attrib),
                         comment_factory=lambda text: ET.Element("COMMENT", t=text), insert_comments=True)
builder.start("a", {"k": "v"})
builder.data("x")
builder.comment("note")
builder.data("y")
builder.end("a")
print(made, ET.tostring(builder.close()))
attempt("unclosed builder", lambda: (lambda b: (b.start("a", {}), b.close().tag))(ET.TreeBuilder())[1])
attempt("empty builder", ET.TreeBuilder().close)

parser = ET.XMLParser()
parser.feed("<a>")
attempt("feed mismatched", lambda: parser.feed("</b>"))
attempt("feed again", lambda: parser.feed("<a>"))
attempt("close errored", parser.close)
parser = ET.XMLParser()
parser.feed("<a/>")
parser.close()
attempt("feed after close", lambda: parser.feed("<b/>"))
attempt("parser positional", lambda: ET.XMLParser(None))

pull = ET.XMLPullParser(["start", "end", "start-ns", "end-ns", "comment", "pi"])
pull.feed("<r xmlns:n='http://n'><!--c--><?t d?><n:a>")
for event, value in pull.read_events():
    print(event, value if isinstance(value, (tuple, type(None))) else value.tag if isinstance(value.tag, str) else value.text)
pull.feed("</n:a></r>")
print([(event, getattr(value, "tag", value)) for event, value in pull.read_events()])
pull.close()
attempt("pull after close", lambda: pull.feed("<x/>"))
attempt("unknown event", lambda: ET.XMLPullParser(["start", "bogus"]))
broken = ET.XMLPullParser()
broken.feed("<a><b></a>")
attempt("pull error", lambda: list(broken.read_events()))

data = b"<root><a x='1'><b/></a><c>text</c></root>"
it = ET.iterparse(io.BytesIO(data), ("start", "end"))
print(it.root)
print([(event, elem.tag) for event, elem in it], it.root.tag)
print([(e, getattr(v, "tag", v)) for e, v in ET.iterparse(io.BytesIO(b"<a xmlns='u'><b xmlns:p='v'/></a>"), ["start-ns", "end-ns", "end"])])
attempt("iterparse error", lambda: [e for e in ET.iterparse(io.BytesIO(b"<a><b></a>"))])
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, "wb") as f:
        f.write(data)
    print([elem.tag for event, elem in ET.iterparse(path)])
    tree = ET.parse(path)
    print(tree.getroot().tag, tree.find("a").get("x"), tree.findtext("c"))
    tree2 = ET.ElementTree(file=path)
    print(tree2.getroot()[1].text)
    with open(path, "rb") as f:
        print(ET.parse(f, ET.XMLParser()).getroot().tag)
finally:
    os.remove(path)
root, ids = ET.XMLID("<a><b id='one'/><c id='two'>t</c><d id=''/></a>")
print(root.tag, sorted(ids), ids["two"].text)
print(ET.tostring(ET.fromstringlist(["<a>", "<b>x", "</b>", "</a>"])))
