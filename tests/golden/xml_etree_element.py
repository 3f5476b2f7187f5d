# xml.etree.ElementTree.Element: construction, attributes, children (indexing,
# slicing, mutation), iteration, copies, and the accelerator's error texts.
import copy
import xml.etree.ElementTree as ET


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


root = ET.Element("root", {"a": "1"}, b="2")
print(root.tag, root.attrib, root.text, root.tail, len(root), bool(root))
print(type(root).__name__, ET.Element.__module__, repr(root).startswith("<Element 'root' at 0x"))
root.set("c", "3")
print(root.get("a"), root.get("zz"), root.get("zz", "dflt"), root.keys(), root.items())
kids = [ET.SubElement(root, "k%d" % i, n=str(i)) for i in range(5)]
print(len(root), [e.tag for e in root], root[0].tag, root[-1].tag, [e.tag for e in root[1:4:2]])
root[0] = ET.Element("first")
root[1:3] = [ET.Element("x"), ET.Element("y"), ET.Element("z")]
print([e.tag for e in root])
del root[0]
del root[::2]
print([e.tag for e in root])
root.insert(0, ET.Element("ins0"))
root.insert(-1, ET.Element("insm1"))
root.insert(100, ET.Element("ins100"))
root.append(ET.Element("app"))
root.extend([ET.Element("ext1"), ET.Element("ext2")])
print([e.tag for e in root])
root.remove(root[0])
print([e.tag for e in root])
print(root.makeelement("made", {"q": "1"}).attrib)

attempt("index", lambda: root[99])
attempt("str index", lambda: root["a"])
attempt("set index", lambda: root.__setitem__(99, ET.Element("e")))
attempt("set non-element", lambda: root.__setitem__(0, "e"))
attempt("set slice", lambda: root.__setitem__(slice(0, 1), ["e"]))
attempt("del index", lambda: root.__delitem__(99))
attempt("append", lambda: root.append("e"))
attempt("insert", lambda: root.insert(0, 5))
attempt("extend", lambda: root.extend([ET.Element("ok"), None]))
attempt("remove missing", lambda: root.remove(ET.Element("nope")))
attempt("remove str", lambda: root.remove("nope"))
attempt("attrib type", lambda: ET.Element("a", 5))
attempt("SubElement parent", lambda: ET.SubElement("a", "b"))
attempt("SubElement attrib", lambda: ET.SubElement(root, "b", []))

tree = ET.Element("t")
a = ET.SubElement(tree, "a")
a.text = "A"
a.tail = "-"
b = ET.SubElement(a, "b")
b.text = "B"
b.tail = "b-tail"
c = ET.SubElement(tree, "c")
ET.SubElement(c, "b").text = "B2"
tree.append(ET.Comment("note"))
tree.append(ET.PI("target", "data"))
print([e.tag for e in tree.iter() if isinstance(e.tag, str)])
print([e.text for e in tree.iter("b")], [e.tag for e in tree.iter("*")][:3])
print(list(tree.itertext()), list(a.itertext()))
grown = []
for e in tree.iter():
    if e.tag == "c":
        ET.SubElement(e, "added-during-walk")
    grown.append(e.tag if isinstance(e.tag, str) else "?")
print(grown)

shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow[0] is tree[0], deep[0] is tree[0], deep[0].text, deep[0][0].tail, deep.attrib == tree.attrib)
tree.attrib["k"] = "v"
print(shallow.attrib, deep.attrib)
a.clear()
print(a.tag, a.attrib, a.text, a.tail, len(a))

q1 = ET.QName("http://u", "local")
q2 = ET.QName("{http://u}local")
print(q1, repr(q1), q1 == q2, q1 == "{http://u}local", hash(q1) == hash(q2), q1 < ET.QName("{http://v}a"))
print(ET.iselement(tree), ET.iselement("t"), ET.VERSION)
com = ET.Comment("text")
pi = ET.ProcessingInstruction("xml-stylesheet", "href='s.css'")
print(com.tag is ET.Comment, com.text, pi.tag is ET.PI, pi.text, ET.PI("bare").text)


class Node(ET.Element):
    pass


n = Node("n")
print(type(n.makeelement("m", {})).__name__, repr(n).startswith("<Element 'n'"))
