# html.parser.HTMLParser: every callback, attributes in all their forms, character
# references converted or reported, CDATA content of <script>/<style>, comments,
# declarations, processing instructions, marked sections, positions, text fed in
# pieces and what close() does with unfinished markup.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def show(doc, pieces=None, close=True, **kw):
    p = Recorder(**kw)
    for piece in (pieces or [doc]):
        p.feed(piece)
    if close:
        p.close()
    print(repr(doc if pieces is None else pieces), kw or '')
    for e in p.events:
        print('   ', e)
    if p.rawdata:
        print('    left:', repr(p.rawdata))
    return p


show('<!DOCTYPE html><html lang="en"><head><title>T &amp; t</title></head>\n'
     '<body class=main id=\'b\' hidden><p>Hello, <b>world</b>!<br/><img src="a.png" alt="&lt;x&gt;" /></p>\n'
     '<!-- a comment --><?xml-stylesheet href="s.css"?></body></html>')
show('<a HREF="x" Title=\'y\' data-x = "1"  empty="" bare=v/w checked>link</a>')
show('<a b="1"c=\'2\' d  =  3 e=>x</a><a =b>y</a>')
show('<div a="x>y" b=\'<"\'>z</div><p/a/b>q')
show('<script>if (a < b && c > d) { document.write("</p>"); }</script><p>after</p>')
show('<STYLE type="text/css">p > a { color: red }</Style >x')
show('<script>x = "</scr" + "ipt>"; &amp;</script  >', convert_charrefs=False)
show('<textarea><b>bold</b></textarea>')
show('x &amp; y &lt; z &#65; &#x42; &copy &nosuch; &', convert_charrefs=False)
show('x &amp; y &lt; z &#65; &#x42; &copy &nosuch; &')
show('a &#bad; b', convert_charrefs=False)
show('<!--x--y--> <!----> <!-- a -- b --  > <!--unfinished')
show('<!doctype html PUBLIC "-//W3C//DTD"><!ELEMENT br EMPTY><!bogus>')
show('<![CDATA[ <raw> & ]]><![if !IE]>x<![endif]>')
show('<?php echo 1; ?><?pi>')
show('</> </p extra="1"> </ b> </1x> < p> a < b <3')
show('<p\n  a="1"\n  b="2">line\nbreaks\n<br>\n</p>')
show('text only, no markup')
show('', close=True)
show(None, pieces=['<di', 'v cla', 'ss="x', '">te', 'xt &am', 'p; more</d', 'iv>'])
show(None, pieces=['<p>a &amp', 'b'], close=False)
show(None, pieces=['<p>unfinished <b'], close=True)
show(None, pieces=['<a href="x'], close=True)
show(None, pieces=['abc &#12'], close=True, convert_charrefs=False)
show(None, pieces=['abc &#12'], close=False, convert_charrefs=False)
show(None, pieces=['abc &ab'], close=True, convert_charrefs=False)
show(None, pieces=['<script>a<b', ' c</scr', 'ipt>d'])
show(None, pieces=['<script>never closed'], close=True)
show('<br/><br /><img/src="x"/><input value=a/>')
show('<a b=\'1\'/c>x')
show('<p>&#x1F600;&#128512;&notit;&#0;</p>')
show('<a title="&quot;q&quot; &amp &lt">x</a>')
show('<a\xa0b="1" c=d\u2003e>x</a\u3000>\xe9<\xdf x=\xfc>')

p = Recorder()
p.feed('<p>one')
print(p.getpos(), p.lasttag, p.get_starttag_text())
p.feed('\ntwo\n<br x="1">')
print(p.getpos(), p.lasttag, p.get_starttag_text())
p.reset()
print(p.getpos(), p.lasttag, repr(p.rawdata), p.cdata_elem)
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().convert_charrefs)
HTMLParser().feed('<p>plain parser ignores everything</p>')


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))


lk = Links()
lk.feed('<ul><li><a href="/one">1</a><li><a href=/two>2</a><li><a>none</a></ul>')
lk.close()
print(lk.links)
try:
    Recorder().feed('<![foo[ x ]]>')
except AssertionError as e:
    print('AssertionError', e)
