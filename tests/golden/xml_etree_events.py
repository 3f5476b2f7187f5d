# xml.etree.ElementTree against CPython: iterparse with every event kind, XMLPullParser
# feeding and errors, TreeBuilder factories, XMLParser with custom targets (end_ns gets
# "" for the default namespace)
import io
import xml.etree.ElementTree as ET

DOC = b"""<?xml version="1.0"?>
<!DOCTYPE root>
<?top pi?>
<root xmlns="urn:d" xmlns:p="urn:p" a="1">
  <!-- c1 -->
  <p:x p:b="2">text<?inner data?>tail</p:x>
  <y/>
</root>
<!-- after -->
"""
print("== iterparse")
for events in ((None,), ("start", "end"), ("start", "end", "start-ns", "end-ns", "comment", "pi")):
    it = ET.iterparse(io.BytesIO(DOC), events=events if events != (None,) else None)
    for ev, el in it:
        if isinstance(el, tuple) or el is None:
            print(ev, el)
        elif ev in ("comment", "pi"):
            print(ev, el.tag is ET.Comment, el.tag is ET.PI, repr(el.text))
        else:
            print(ev, el.tag, el.attrib, repr(el.text), repr(el.tail))
    print("root", it.root.tag)
try:
    list(ET.iterparse(io.BytesIO(b"<a><b></a>")))
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
try:
    ET.iterparse(io.BytesIO(b"<a/>"), events=("bogus",))
except ValueError as e:
    print("ValueError", e)

print("== XMLPullParser")
pp = ET.XMLPullParser(events=("start", "end", "start-ns", "end-ns", "comment", "pi"))
for chunk in (b"<r xmlns:q='urn:q'><!-- hi -->", b"<q:a>x</q", b":a><?p d?>", b"<b/></r>"):
    pp.feed(chunk)
    print([(e, x if x is None or isinstance(x, tuple) else (x.tag if isinstance(x.tag, str) else x.tag.__name__)) for e, x in pp.read_events()])
pp.close()
print(list(pp.read_events()))
pp = ET.XMLPullParser()
pp.feed("<a>")
try:
    pp.feed("</b>")
except ET.ParseError as e:
    print("ParseError", e)
try:
    ET.XMLPullParser(events=("start", "nope"))
except ValueError as e:
    print("ValueError", e)
pp = ET.XMLPullParser(["end"])
pp.feed("<a><b/></a>")
pp.close()
print([(e, x.tag) for e, x in pp.read_events()])
try:
    pp.feed("<c/>")
except Exception as e:
    print(type(e).__name__, e)

print("== TreeBuilder factories")
tb = ET.TreeBuilder(comment_factory=ET.Comment, pi_factory=ET.PI, insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<?before x?><r><!--c--><?t d?><s/></r>")
root = p.close()
print(ET.tostring(root))
tb = ET.TreeBuilder(comment_factory=lambda t: ("C", t), pi_factory=lambda t, d=None: ("P", t, d))
tb.start("a", {})
print(tb.comment("x"), tb.pi("tg", "dd"), tb.pi("only"))
tb.end("a")
print(tb.close().tag)
tb = ET.TreeBuilder(element_factory=lambda tag, attrib: ET.Element(tag.upper(), attrib))
tb.start("a", {"k": "v"}); tb.data("t"); tb.end("a")
print(ET.tostring(tb.close()))
root = ET.fromstring("<r><!--c--><?p x?></r>", parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=False)))
print(ET.tostring(root))

print("== custom target")
class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))
    def end(self, tag):
        self.log.append(("end", tag))
    def data(self, data):
        self.log.append(("data", data))
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
        return self.log
p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://x/y.dtd"><r xmlns="urn:a" xmlns:b="urn:b"><!--c--><?t d?>')
p.feed('<b:s b:k="v">a&amp;b</b:s>&#65;</r>')
for item in p.close():
    print(item)
class Minimal:
    def start(self, tag, attrib): print("start", tag)
    def close(self): return "closed"
try:
    ET.XMLParser(target=Minimal()).close()
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
p = ET.XMLParser(target=Minimal())
p.feed("<a><b/></a>")
print(p.close())
print(ET.XMLParser().version, ET.XMLParser(encoding="utf-8").target.__class__.__name__)

