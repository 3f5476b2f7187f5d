# xml.dom.minidom: parsing (namespaces, comments, PIs, doctype, entities, whitespace),
# navigation, editing with sibling links, attributes, toxml/toprettyxml output, cloning,
# normalize, the DOM exceptions and parse errors.
import io
import os
import tempfile
import xml.dom
from xml.dom import minidom, Node
from xml.parsers.expat import ExpatError

SRC = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- top comment -->
<?style href="a.css"?>
<catalog xmlns:x="urn:extra" version="2">
  <book id="b1" x:rank="1">
    <title lang="en">Dune &amp; friends</title>
    <price>9.99</price>
  </book>
  <book id="b2">
    <title>Emma &lt;3 &#233;</title>
    <x:note>careful</x:note>
    <empty/>
    <![CDATA[raw <data>]]>
  </book>
</catalog>
'''

doc = minidom.parseString(SRC)
print(doc.version, doc.encoding, doc.standalone, doc.nodeType, doc.nodeName, doc.nodeValue)
print([(n.nodeType, n.nodeName) for n in doc.childNodes])
root = doc.documentElement
print(root.tagName, root.getAttribute('version'), repr(root.getAttribute('nope')), root.hasAttribute('version'))
print(root.attributes.items(), root.attributes.length, len(root.attributes))
books = doc.getElementsByTagName('book')
print(books.length, [b.getAttribute('id') for b in books], len(root.getElementsByTagName('*')))
b1 = books[0]
print(b1.getAttributeNS('urn:extra', 'rank'), b1.hasAttributeNS('urn:extra', 'rank'), b1.attributes.keysNS() is not None)
title = b1.getElementsByTagName('title')[0]
print(repr(title.firstChild.data), title.firstChild.nodeName, title.firstChild.nodeType == Node.TEXT_NODE)
print(repr(doc.getElementsByTagName('title')[1].firstChild.data))
note = doc.getElementsByTagNameNS('urn:extra', 'note')[0]
print(note.tagName, note.prefix, note.localName, note.namespaceURI, doc.getElementsByTagNameNS('*', 'note').length)
print([(n.nodeName, repr(n.nodeValue)) for n in books[1].childNodes])
print(b1.parentNode is root, b1.nextSibling.nodeName, repr(b1.previousSibling.data), b1.nextSibling.nextSibling is books[1])
print(root.firstChild.nodeType, root.lastChild.nodeType, b1.childNodes.item(1).tagName, b1.childNodes.item(99))
print(doc.toxml())
print(root.toxml())
print(doc.childNodes[0].data, doc.childNodes[1].target, doc.childNodes[1].data, doc.childNodes[1].nodeName)

# building
doc = minidom.Document()
root = doc.createElement('root')
doc.appendChild(root)
a = doc.createElement('a')
a.setAttribute('k', 'v"<&>')
a.setAttribute('z', '1')
a.setAttribute('b', '2')
root.appendChild(a)
a.appendChild(doc.createTextNode('hello & <bye>'))
b = doc.createElement('b')
root.appendChild(b)
c = doc.createElement('c')
root.insertBefore(c, b)
root.appendChild(doc.createComment(' note '))
b.appendChild(doc.createElement('inner'))
b.appendChild(doc.createTextNode('tail'))
print([n.nodeName for n in root.childNodes], c.previousSibling is a, c.nextSibling is b)
print(doc.toxml())
print(doc.toprettyxml())
print(doc.toprettyxml(indent='  ', newl='\n', encoding='utf-8'))
print(doc.toxml(encoding='latin-1', standalone=True))
print(doc.toxml(standalone=False))
print(repr(a.getAttribute('k')), a.attributes.keys(), a.getAttributeNode('z').value)
a.removeAttribute('z')
print(a.hasAttribute('z'), list(a.attributes.keys()))
try:
    a.removeAttribute('z')
except xml.dom.NotFoundErr as e:
    print('NotFoundErr', e.code, repr(str(e)))
old = root.replaceChild(doc.createElement('d'), c)
print(old.tagName, old.parentNode, [n.nodeName for n in root.childNodes])
removed = root.removeChild(b)
print(removed.tagName, removed.parentNode, removed.nextSibling, [n.nodeName for n in root.childNodes])
try:
    root.removeChild(b)
except xml.dom.NotFoundErr as e:
    print('NotFoundErr', e.code)
try:
    doc.appendChild(doc.createElement('second'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr:', e)
try:
    a.firstChild.appendChild(doc.createElement('x'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr:', e)
try:
    doc.appendChild(doc.createTextNode('loose text'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr:', str(e).split(' cannot')[0])
print(repr(a.firstChild), repr(doc.createComment('c')), repr(doc.createTextNode('a' * 20)))
try:
    doc.createTextNode(3)
except TypeError as e:
    print('TypeError:', e)
bad = doc.createComment('a--b')
root.appendChild(bad)
try:
    doc.toxml()
except ValueError as e:
    print('ValueError:', e)
root.removeChild(bad)

# fragments, normalize, clone, text operations
frag = doc.createDocumentFragment()
frag.appendChild(doc.createTextNode('one'))
frag.appendChild(doc.createTextNode(''))
frag.appendChild(doc.createTextNode('two'))
el = doc.createElement("e")
el.appendChild(frag)
print(len(el.childNodes), len(frag.childNodes), el.firstChild.wholeText)
el.normalize()
print(len(el.childNodes), el.firstChild.data, el.toxml())
t = el.firstChild
second = t.splitText(3)
print(t.data, second.data, len(el.childNodes), t.nextSibling is second)
t.appendData('!')
t.insertData(0, '<')
t.replaceData(1, 3, 'ONE')
t.deleteData(4, 1)
print(t.data, t.length, t.substringData(1, 2))
try:
    t.substringData(10, 1)
except xml.dom.IndexSizeErr as e:
    print('IndexSizeErr:', e)
root.appendChild(el)
deep = root.cloneNode(True)
shallow = root.cloneNode(False)
print(deep.toxml() == root.toxml(), shallow.toxml(), deep.parentNode, deep.ownerDocument is doc)
a.setAttribute('k', 'changed')
print(deep.getElementsByTagName('a')[0].getAttribute('k'), a.getAttribute('k'))
doc2 = doc.cloneNode(True)
print(doc2.toxml() == doc.toxml(), doc2.documentElement is not root)
other = minidom.parseString('<o/>')
imported = other.importNode(a, True)
other.documentElement.appendChild(imported)
print(other.toxml(), imported.ownerDocument is other)

# namespaces and DOM implementation
impl = minidom.getDOMImplementation()
dt = impl.createDocumentType('html', '-//W3C//DTD XHTML 1.0 Strict//EN', 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd')
ndoc = impl.createDocument('http://www.w3.org/1999/xhtml', 'html', dt)
html = ndoc.documentElement
html.setAttributeNS(xml.dom.XMLNS_NAMESPACE, 'xmlns', 'http://www.w3.org/1999/xhtml')
html.setAttributeNS('urn:x', 'x:attr', 'v')
print(ndoc.toxml())
print(ndoc.toprettyxml(indent=' '))
print(ndoc.doctype.name, ndoc.doctype.publicId, html.namespaceURI, impl.hasFeature('core', '2.0'), impl.hasFeature('nope', None))
print(xml.dom.getDOMImplementation() is impl, minidom.Document.implementation is impl)
try:
    impl.createDocument(None, 'p:x', None)
except xml.dom.NamespaceErr as e:
    print('NamespaceErr:', e, e.code)
empty = impl.createDocument(None, None, None)
print(empty.toxml(), empty.documentElement)

# whitespace, entities, pretty printing of parsed text
doc = minidom.parseString('<a>\n  <b>x</b>\n  <c>  spaced  </c><d>1<e/>2</d>\n</a>')
print(doc.toprettyxml(indent='  '))
print(repr(doc.toxml()))
doc = minidom.parseString(b'<?xml version="1.0" encoding="iso-8859-1"?><r>caf\xe9</r>')
print(doc.documentElement.firstChild.data, doc.encoding, doc.toxml(encoding='utf-8'))
print(minidom.parseString('<r>\u00e9\u4e2d</r>').toxml(encoding='ascii'))

# constants and exceptions
print(Node.ELEMENT_NODE, Node.ATTRIBUTE_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE,
      Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE, Node.DOCUMENT_FRAGMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE)
print(xml.dom.XML_NAMESPACE, xml.dom.EMPTY_NAMESPACE, xml.dom.INUSE_ATTRIBUTE_ERR, xml.dom.InuseAttributeErr.code)
print(issubclass(xml.dom.NotFoundErr, xml.dom.DOMException), issubclass(xml.dom.DOMException, Exception))
try:
    xml.dom.DOMException()
except RuntimeError as e:
    print('RuntimeError:', e)
at = doc.createAttribute('own')
doc.documentElement.setAttributeNode(at)
try:
    minidom.parseString('<x/>').documentElement.setAttributeNode(at)
except xml.dom.InuseAttributeErr as e:
    print('InuseAttributeErr:', e)

# parse from files
path = os.path.join(tempfile.mkdtemp(), 'f.xml')
with open(path, 'w') as f:
    f.write('<r><i n="1"/><i n="2"/></r>')
print([i.getAttribute('n') for i in minidom.parse(path).getElementsByTagName('i')])
with open(path, 'rb') as f:
    print(minidom.parse(f).documentElement.childNodes.length)
print(minidom.parse(io.StringIO('<s>text</s>')).documentElement.firstChild.data)
os.remove(path)
os.rmdir(os.path.dirname(path))

with minidom.parseString('<u><v/></u>') as d:
    v = d.documentElement.firstChild
d.unlink()
print(v.parentNode, d.childNodes.length)

for bad in ['<a><b></a>', '<a>', '', '<a x="1" x="2"/>', '<a>&undefined;</a>', '<a/><b/>']:
    try:
        minidom.parseString(bad)
    except ExpatError as e:
        print('ExpatError:', e, e.code, e.lineno, e.offset)
minidom.parseString('<a>\n<b></c></a>')
