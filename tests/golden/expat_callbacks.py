# xml.parsers.expat's callback parser: every handler, in document order, with positions
import io
import xml.parsers.expat as expat
from xml.parsers.expat import errors, model

HANDLERS = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler",
            "ProcessingInstructionHandler", "CommentHandler", "StartNamespaceDeclHandler",
            "EndNamespaceDeclHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
            "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
            "EntityDeclHandler", "NotationDeclHandler", "UnparsedEntityDeclHandler",
            "SkippedEntityHandler", "ElementDeclHandler", "AttlistDeclHandler",
            "NotStandaloneHandler", "ExternalEntityRefHandler"]


def recorder(p, out, names=HANDLERS):
    for name in names:
        def handler(*args, _name=name):
            out.append((_name[:-7], args, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
            if _name in ("NotStandaloneHandler", "ExternalEntityRefHandler"):
                return 1
        setattr(p, name, handler)


def show(events):
    for e in events:
        print(*e)


DOC = """<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE root [
  <!ELEMENT root (a|b)*>
  <!ELEMENT a (#PCDATA|b)*>
  <!ELEMENT b EMPTY>
  <!ELEMENT c (a, b?, (a|b)+)>
  <!ATTLIST a x CDATA #IMPLIED y (1|2) "1" z ID #REQUIRED>
  <!ENTITY e "entity text">
  <!ENTITY % pe "x">
  <!NOTATION gif SYSTEM "image/gif">
  <!ENTITY img SYSTEM "img.gif" NDATA gif>
  <!ENTITY ext SYSTEM "ext.xml">
]>
<!-- a comment -->
<?target some data?>
<root xmlns="urn:d" xmlns:p="urn:p">
  <a z="i1" p:q="v">text &e; &amp; more<![CDATA[ <raw> ]]>tail</a>
  <b/>&ext;
  <p:c>caf\u00e9 \u20ac</p:c>
</root>
"""

print("== plain")
p = expat.ParserCreate()
ev = []
recorder(p, ev)
print(p.Parse(DOC, True))
show(ev)

print("== namespaces, prefixes, ordered, specified")
p = expat.ParserCreate(namespace_separator="!")
p.namespace_prefixes = True
p.ordered_attributes = 1
p.specified_attributes = 1
print(p.namespace_prefixes, p.ordered_attributes, p.specified_attributes)
ev = []
recorder(p, ev, ["StartElementHandler", "EndElementHandler", "StartNamespaceDeclHandler",
                 "EndNamespaceDeclHandler", "SkippedEntityHandler"])
p.Parse(DOC.encode("utf-8"), True)
show(ev)

print("== empty separator")
p = expat.ParserCreate(namespace_separator="")
ev = []
recorder(p, ev, ["StartElementHandler", "EndElementHandler"])
p.Parse('<x:a xmlns:x="urn:x" x:b="1"><c/></x:a>', True)
show(ev)

print("== default handlers")
for name in ("DefaultHandler", "DefaultHandlerExpand"):
    p = expat.ParserCreate()
    ev = []
    recorder(p, ev, ["StartElementHandler", name])
    p.Parse('<!DOCTYPE r [<!ENTITY e "E">]><r a="1">x&e;&#65;<!--c--><?pi d?></r>', True)
    show(ev)

print("== bytes in pieces, other encodings")
p = expat.ParserCreate()
ev = []
recorder(p, ev, ["StartElementHandler", "CharacterDataHandler", "XmlDeclHandler"])
data = '<?xml version="1.0" encoding="utf-16"?><r>h\u00e9llo w\u00f6rld</r>'.encode("utf-16")
for i in range(0, len(data), 7):
    p.Parse(data[i:i + 7])
p.Parse(b"", True)
show(ev)
p = expat.ParserCreate("iso-8859-1")
ev = []
recorder(p, ev, ["StartElementHandler", "CharacterDataHandler"])
p.Parse(b'<r a="\xe9">\xff\xe0</r>', True)
show(ev)
p = expat.ParserCreate()
ev = []
recorder(p, ev, ["CharacterDataHandler"])
p.Parse(b'<?xml version="1.0" encoding="cp1252"?><r>\x80\x93</r>', True)
show(ev)

print("== ParseFile")
p = expat.ParserCreate()
ev = []
recorder(p, ev, ["StartElementHandler", "CharacterDataHandler"])
big = "<r>" + "".join("<i n='%d'>%s</i>" % (i, "x" * (i % 50)) for i in range(120)) + "</r>"
print(p.ParseFile(io.BytesIO(big.encode())))
print(len(ev), [e[1] for e in ev if e[0] == "CharacterData" and len(e[1][0]) != 0][:3])
print(sorted(set(len(e[1][0]) for e in ev if e[0] == "CharacterData")))
p = expat.ParserCreate()
try:
    p.ParseFile(io.StringIO("<r/>"))
except TypeError as e:
    print("TypeError:", e)
try:
    p.ParseFile(42)
except TypeError as e:
    print("TypeError:", e)


class Greedy:
    def read(self, n):
        return b"<r>" + b"x" * n


try:
    expat.ParserCreate().ParseFile(Greedy())
except ValueError as e:
    print("ValueError:", e)

print("== model and errors modules")
print(model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED, model.XML_CTYPE_NAME,
      model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ, model.XML_CQUANT_NONE, model.XML_CQUANT_OPT,
      model.XML_CQUANT_REP, model.XML_CQUANT_PLUS)
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes[errors.XML_ERROR_TAG_MISMATCH],
      errors.messages[errors.codes[errors.XML_ERROR_SYNTAX]])
print(sorted(errors.messages.items())[:5], len(errors.codes))
print(expat.ErrorString(7), expat.ErrorString(0), expat.ErrorString(9999))
print(expat.error is expat.ExpatError, expat.ExpatError.__module__, issubclass(expat.ExpatError, Exception))
print(type(expat.EXPAT_VERSION), len(expat.version_info), expat.native_encoding)
print(expat.XML_PARAM_ENTITY_PARSING_NEVER, expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
print(type(expat.ParserCreate()) is expat.XMLParserType, expat.XMLParserType)
