# xml.etree.ElementTree.canonicalize and C14NWriterTarget (C14N 2.0) against CPython: attribute
# and namespace order, prefixes kept, registered or rewritten, qname-aware tags and
# attributes, excluded tags and attributes, comments/PIs around the root, strip_text
# with xml:space, out=, from_file=, errors
import io
import xml.etree.ElementTree as ET
print("== canonicalize")
print(ET.canonicalize('<?xml version="1.0"?><doc  b="2" a="1"><e   />text&#x41;<!--c--><?pi  x?></doc>'))
print(ET.canonicalize('<doc><!--c--><e>  x  </e></doc>', with_comments=True, strip_text=True))
print(ET.canonicalize('<a xmlns="urn:1" xmlns:z="urn:z" xmlns:y="urn:y"><z:b y:c="1" z:d="2">t</z:b></a>'))
print(ET.canonicalize('<a xmlns:z="urn:z" xmlns:unused="urn:u"><z:b/></a>', rewrite_prefixes=True))
print(ET.canonicalize('<a><b q="&lt;&quot;&#9;&#10;">&lt;&gt;&amp;&#13;</b></a>'))
print(ET.canonicalize('<a><b>x</b><c>y</c></a>', exclude_tags=["b"]))
print(ET.canonicalize('<a x="1" y="2"><b x="3"/></a>', exclude_attrs=["x"]))
print(ET.canonicalize('<a xmlns:p="urn:p"><b t="p:q">p:v</b></a>', qname_aware_tags=["b"], qname_aware_attrs=["t"]))
out = io.StringIO()
print(ET.canonicalize('<a>\n <b/>\n</a>', out=out), repr(out.getvalue()))
print(ET.canonicalize(from_file=io.BytesIO(b'<r  z="1" a="2"/>')))
try:
    ET.canonicalize()
except ValueError as e:
    print("ValueError", e)
try:
    ET.canonicalize("<a/>", from_file=io.BytesIO(b"<a/>"))
except ValueError as e:
    print("ValueError", e)
print(ET.C14NWriterTarget.__name__)
print(ET.canonicalize('<!--before--><?p1?><r>\n <a xml:space="preserve">  keep  <b>  x  </b></a>  <c>  y  </c>\n</r><!--after--><?p2 d?>',
                      with_comments=True, strip_text=True))
print(ET.canonicalize('<r xmlns="urn:d"><a xmlns=""><b/></a><p:c xmlns:p="urn:p" p:x="1" y="2"/></r>'))
print(ET.canonicalize('<r xmlns="urn:d" xmlns:p="urn:p"><p:a p:x="1" y="2"><b p:z="3"/></p:a></r>', rewrite_prefixes=True))
print(ET.canonicalize('<r xmlns:svg="http://www.w3.org/2000/svg"><svg:g/></r>'))
print(ET.canonicalize('<r><h:a xmlns:h="http://www.w3.org/1999/xhtml"/></r>', rewrite_prefixes=False))
print(ET.canonicalize('<r xmlns:p="urn:p"><x>p:q</x><y>p:q</y><x>  </x></r>', qname_aware_tags=["x"]))
try:
    ET.canonicalize('<r><x>u:q</x></r>', qname_aware_tags=["x"])
except ValueError as e:
    print("ValueError", e)
print(ET.canonicalize('<r xmlns:p="urn:p"><p:skip p:a="1"><deep/>text</p:skip><keep/></r>', exclude_tags=["{urn:p}skip"]))
print(ET.canonicalize('<r xmlns:p="urn:p" p:a="1" b="2"/>', exclude_attrs=["{urn:p}a"]))
ET.register_namespace("reg", "urn:registered")
print(ET.canonicalize('<r xmlns:q="urn:registered"><q:a/></r>'))
out = []
parser = ET.XMLParser(target=ET.C14NWriterTarget(out.append, with_comments=True))
parser.feed("<a><!--x--><b  z='1'   a='&amp;'/></a>")
print(parser.close(), out)
print(ET.canonicalize(b'<?xml version="1.0" encoding="iso-8859-1"?><r>\xe9</r>'))
