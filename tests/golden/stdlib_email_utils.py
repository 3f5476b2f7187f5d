from email import utils
from email.iterators import body_line_iterator, typed_subpart_iterator, _structure
import email
for s in ['Alice <alice@example.com>', 'alice@example.com', '"Doe, John" <jd@x.com>', 'bob@x.com (Bob)', 'bad', '', 'a@b, c@d', '=?utf-8?q?Jos=C3=A9?= <j@x>', '<a@b>', 'Group: a@b;', 'A (c) <a@b>', 'x@[1.2.3.4]', 'unbalanced (x <a@b>', '<@route:a@b>', 'a . b @ c . d', '"q\\"x" <a@b>']:
    print(repr(s), utils.parseaddr(s), utils.parseaddr(s, strict=False))
print(utils.getaddresses(['a@b, C <c@d>', 'E <e@f>', '"x, y" <z@w>, (c) q@r']))
print(utils.getaddresses(['alice@example.com <bob@example.com>']), utils.getaddresses(['alice@example.com <bob@example.com>'], strict=False))
print(utils.getaddresses([]), utils.getaddresses(['G: a@b, c@d;']))
print(utils.formataddr(('A, B', 'a@b')), utils.formataddr(('Jos\xe9', 'j@x')), utils.formataddr(('', 'a@b')), utils.formataddr(('a"b', 'c@d')), utils.formataddr(('Jos\xe9', 'j@x'), 'iso-8859-1'))
mid = utils.make_msgid('tag', 'example.com'); print(mid.startswith('<'), mid.endswith('.tag@example.com>'), mid.count('.'))
print(utils.encode_rfc2231('caf\xe9 x', 'utf-8'), utils.encode_rfc2231('abc'), utils.decode_rfc2231("utf-8'en'caf%C3%A9"), utils.decode_rfc2231('plain'))
print(utils.collapse_rfc2231_value(('utf-8', 'en', 'caf\xc3\xa9')), utils.collapse_rfc2231_value('"quoted"'))
m = email.message_from_string('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nline1\nline2\n--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\nContent-Type: text/html\n\n<p>x</p>\n--c--\n--b\nContent-Type: image/gif\n\nGIF\n--b--\n')
print(list(body_line_iterator(m)))
print([p.get_content_type() for p in typed_subpart_iterator(m)], [p.get_content_type() for p in typed_subpart_iterator(m, 'text', 'html')])
_structure(m); _structure(m, include_default=True)
print(m.get('Content-Type'), m.get_params(), m.get_param('boundary', unquote=False))
m2 = email.message_from_string('Content-Type: text/plain; name*0*=utf-8\'\'caf%C3%A9; name*1=".txt"\nContent-Disposition: attachment; filename*=iso-8859-1\'\'r%E9sum%E9.txt\n\nx')
print(m2.get_params(), m2.get_filename(), m2.get_param('name'))
