# xml.etree.ElementPath through Element.find/findall/findtext/iterfind and
# ElementTree's: steps, predicates, namespaces, wildcards and the SyntaxErrors.
import xml.etree.ElementTree as ET

doc = ET.fromstring("""<lib xmlns:x="http://x" xmlns="http://d">
  <shelf id="s1"><book lang="en"><title>A</title><year>1999</year></book>
    <book lang="fr"><title>B</title><year>2005</year></book>
    <book><title>C</title></book></shelf>
  <shelf id="s2"><book lang="en"><title>D</title><x:note>n1</x:note></book>
    <mag><title>M</title></mag></shelf>
  <x:extra>e</x:extra>
</lib>""")
ns = {"": "http://d", "x": "http://x"}
plain = ET.fromstring("<r><a n='1'><b>1</b><c/></a><a n='2'><b>2</b><b>3</b></a><d>t<e>u</e>v</d><a>zz</a></r>")


def tags(elems):
    return [e.tag for e in elems]


def texts(elems):
    return [e.text for e in elems]


def attempt(path, namespaces=None):
    try:
        print(repr(path), texts(plain.findall(path, namespaces)) if namespaces is None else texts(doc.findall(path, namespaces)))
    except Exception as exc:
        print(repr(path), type(exc).__name__, exc)


for path in ["a", "a/b", "*", "*/b", ".", "./a/b", "a/*", ".//b", "//b", "a//b", ".//e/..", "a/..",
             "a[@n]", "a[@n='2']", "a[@n!='2']", "a[b]", "a[b='3']", "a[b!='1']", "*[.='zz']",
             "d[.!='x']", "a[1]", "a[2]", "a[last()]", "a[last()-1]", "a/b[1]", "a/b[last()]",
             "a[5]", "/a", "a[0]", "a[foo()]", "a[last()+1]", "a[last()-0]", "a[", "a[@",
             "a//", ".//", "a[@n='1'][b]", "a/", "x:y", "{", "a[@n=1]", "a/@n", "a[b=]",
             "{*}a", "{}a", "{}*", "{*}*", "a[-1]", "a[\"1\"]", "a[last()-x]"]:
    attempt(path)

for path in ["shelf", "shelf/book/title", ".//title", ".//x:note", ".//{http://x}note", "x:extra",
             "{*}extra", "{http://x}*", "shelf[@id='s2']/*", "shelf/book[@lang='fr']/title",
             "shelf/book[year='2005']/title", ".//book[x:note]/title", "q:none", "shelf/book[last()]/title",
             ".//{*}title", "{http://d}shelf/{http://d}mag/{http://d}title"]:
    attempt(path, ns)

print(plain.find("a").get("n"), plain.find("zz"), plain.find("a[@n='2']/b").text, plain.find(".//e").text)
print(repr(plain.findtext("a")), repr(plain.findtext("a/c")), plain.findtext("a/b"), plain.findtext("nope", "dflt"),
      repr(plain.findtext("nope")), repr(plain.findtext(".//e")))
print(texts(plain.iterfind(".//b")), type(plain.iterfind("a")).__name__ != "list" or "list")
print(doc.find("shelf", ns).get("id"), doc.findtext(".//x:note", namespaces=ns), tags(doc.findall("{http://d}shelf")))
print(tags(doc.findall("shelf")), tags(doc.findall("x:extra", {"x": "http://x"})))
tree = ET.ElementTree(plain)
print(texts(tree.findall(".//b")), tree.find("d").text, tree.findtext("d/e"), texts(tree.iterfind("a/b")))
print(tags(tree.iter("e")), tags(tree.getroot().iter("b")))
