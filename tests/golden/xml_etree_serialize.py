# xml.etree.ElementTree's serialiser: tostring/tostringlist with encodings and XML
# declarations, the xml/html/text methods, escaping, namespace prefixes (registered,
# generated, default_namespace, QName values), short_empty_elements, ElementTree.write
# to files and streams, indent and dump.
import io
import os
import tempfile
import xml.etree.ElementTree as ET


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


root = ET.Element("doc", {"q": 'say "hi"\n\t<&>\r'})
root.text = "caf\xe9 \u20ac <&> \"'"
ET.SubElement(root, "empty")
child = ET.SubElement(root, "child", k="v")
child.text = "inner"
child.tail = "after"
root.append(ET.Comment(" a < comment "))
root.append(ET.PI("pi-target", "x < y"))
for encoding in [None, "unicode", "us-ascii", "utf-8", "UTF-8", "utf8", "latin-1", "iso-8859-1", "utf-16"]:
    attempt(encoding, lambda: ET.tostring(root, encoding=encoding))
attempt("decl True", lambda: ET.tostring(root, encoding="unicode", xml_declaration=True))
attempt("decl False", lambda: ET.tostring(root, encoding="latin-1", xml_declaration=False))
attempt("decl bytes", lambda: ET.tostring(root, xml_declaration=True))
attempt("long", lambda: ET.tostring(root, short_empty_elements=False))
attempt("html", lambda: ET.tostring(root, method="html"))
attempt("text", lambda: ET.tostring(root, method="text"))
attempt("text unicode", lambda: ET.tostring(root, encoding="unicode", method="text"))
attempt("bad method", lambda: ET.tostring(root, method="json"))
attempt("bad encoding", lambda: ET.tostring(root, encoding="no-such"))
attempt("list unicode", lambda: ET.tostringlist(root, encoding="unicode"))
attempt("list bytes", lambda: b"".join(ET.tostringlist(root)))
attempt("int tag", lambda: ET.tostring(ET.Element(5)))
attempt("int attr", lambda: ET.tostring(ET.Element("a", n=5)))
bad = ET.Element("a")
bad.text = 3
attempt("int text", lambda: ET.tostring(bad))
none_tag = ET.Element(None)
none_tag.text = "bare"
ET.SubElement(none_tag, "kid")
attempt("None tag", lambda: ET.tostring(none_tag))

html = ET.fromstring("<html><head><script>if (a &lt; b) x();</script><style>p&gt;q</style></head>"
                     "<body><br/><img src='a&amp;b\"c'/><p class='x'>t &amp; u</p><hr></hr></body></html>")
attempt("html doc", lambda: ET.tostring(html, method="html", encoding="unicode"))

ns = ET.Element("{http://a}root", {"{http://b}attr": "1", "plain": "2"})
ET.SubElement(ns, "{http://a}kid")
ET.SubElement(ns, "{http://www.w3.org/XML/1998/namespace}lang").text = "xml prefix"
ET.SubElement(ns, "{http://purl.org/dc/elements/1.1/}title")
attempt("ns", lambda: ET.tostring(ns))
ET.register_namespace("aa", "http://a")
attempt("registered", lambda: ET.tostring(ns))
ET.register_namespace("bb", "http://a")
attempt("re-registered", lambda: ET.tostring(ns))
attempt("reserved prefix", lambda: ET.register_namespace("ns7", "http://c"))
only = ET.Element("{http://a}r")
ET.SubElement(only, "{http://a}s").text = "t"
attempt("default ns", lambda: ET.tostring(only, default_namespace="http://a"))
attempt("default ns plain", lambda: ET.tostring(ns, default_namespace="http://a"))
qn = ET.Element(ET.QName("http://q", "tag"), {ET.QName("http://q", "at"): ET.QName("http://q", "val")})
qn.text = ET.QName("http://r", "t")
attempt("qname", lambda: ET.tostring(qn))

tree = ET.ElementTree(root)
stream = io.BytesIO()
tree.write(stream)
print(stream.getvalue())
stream = io.BytesIO()
tree.write(stream, encoding="utf-8", xml_declaration=True, method="xml", short_empty_elements=False)
print(stream.getvalue())
text_stream = io.StringIO()
tree.write(text_stream, encoding="unicode")
print(text_stream.getvalue())
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    tree.write(path, encoding="latin-1")
    with open(path, "rb") as f:
        print(f.read())
    tree.write(path, encoding="unicode")
    with open(path, "rb") as f:
        print(f.read())
    print(ET.tostring(ET.parse(path).getroot(), encoding="unicode") == ET.tostring(root, encoding="unicode"))
finally:
    os.remove(path)

pretty = ET.fromstring("<a><b><c>keep</c><d/></b><e>  </e><f>text<g/></f></a>")
ET.indent(pretty)
ET.dump(pretty)
ET.indent(pretty, space="\t", level=1)
ET.dump(ET.ElementTree(pretty))
attempt("indent level", lambda: ET.indent(pretty, level=-1))
leaf = ET.Element("leaf")
ET.indent(leaf)
ET.dump(leaf)
tailed = ET.Element("t")
tailed.tail = "tail\n"
ET.dump(tailed)
