import email
from email import policy
from email.message import EmailMessage
from email.headerregistry import Address, Group
from email.parser import BytesParser, Parser, HeaderParser, BytesHeaderParser
from email.feedparser import FeedParser, BytesFeedParser

msg = EmailMessage()
msg['Subject'] = 'Quarterly r\xe9sum\xe9 \u2014 final version'
msg['From'] = Address('Fran\xe7oise Dupont', 'francoise', 'example.fr')
msg['To'] = (Address('Bob', 'bob', 'example.com'), Group('team', [Address('Ann', 'ann', 'x.org'), Address(addr_spec='z@x.org')]))
msg['Date'] = 'Tue, 01 Feb 2022 10:00:00 +0100'
msg.set_content('Hi Bob,\n\nPlease find the r\xe9sum\xe9 attached.\n\n-- Fran\xe7oise\n')
msg.add_alternative('<html><body><p>Hi Bob,</p><p>R\xe9sum\xe9 attached.</p></body></html>\n', subtype='html')
msg.add_attachment(b'%PDF-1.4 fake pdf data\x00\xff' * 5, maintype='application', subtype='pdf', filename='r\xe9sum\xe9.pdf')
msg.add_attachment('plain attachment text\n', filename='notes.txt')
inner = EmailMessage(); inner['Subject'] = 'inner'; inner.set_content('inner body\n')
msg.add_attachment(inner)
msg.get_payload(0).set_boundary('ALT')
msg.set_boundary('MIXED')
s = msg.as_string()
print(s)
b = bytes(msg)
print(b.decode('ascii', 'replace') == s, len(b))
print(msg.as_bytes(policy=policy.SMTP)[:200])
m = email.message_from_bytes(b, policy=policy.default)
print(type(m).__name__, m['to'].addresses, [g.display_name for g in m['to'].groups])
print(m['from'].addresses[0].display_name, m['date'].datetime, m['subject'])
body = m.get_body(preferencelist=('plain',))
print(repr(body.get_content()))
print(repr(m.get_body().get_content()[:30]), m.get_body().get_content_type())
for att in m.iter_attachments():
    print(att.get_content_type(), att.get_filename(), att.is_attachment(), att.get_content_disposition(), type(att.get_content()).__name__)
print([p.get_content_type() for p in m.iter_parts()])
print(m.get_payload(2).get_content()[:20])
print(m.get_payload(3).get_content()['subject'])
print(m['content-type'].content_type, dict(m['content-type'].params), m['content-type'].maintype, m['content-type'].subtype)
print(m.get_payload(2)['content-disposition'].content_disposition, dict(m.get_payload(2)['content-disposition'].params))
print(m.get_payload(0).get_payload(0)['content-transfer-encoding'].cte, m['mime-version'].version)
print(m.as_bytes() == b)
m.get_payload(3).clear_content(); print(m.get_payload(3).as_string())
e = EmailMessage(); e.set_content(b'\x00\x01', maintype='image', subtype='png', cid='<img1@x>')
print(e.as_string())
e = EmailMessage(); e.set_content('x' * 100 + '\n'); print(e.as_string())
e = EmailMessage(); e.set_content('caf\xe9\n' * 3, cte='quoted-printable'); print(e.as_string())
e = EmailMessage(); e.set_content('caf\xe9 ' * 40 + '\n'); print(e.as_string())
e = EmailMessage(); e.set_content('hi\n', subtype='html', charset='latin-1', disposition='inline', params={'format': 'flowed'}, headers=['X-Extra: 1']); print(e.as_string())
try:
    e.set_content(1)
except KeyError as ex:
    print('KeyError', ex)
try:
    msg.set_content('x')
except TypeError as ex:
    print('TypeError', ex)
r = EmailMessage(); r.set_content('text'); r.add_related(b'IMG', 'image', 'gif', cid='<c1>'); print(r.get_content_type(), [p.get_content_type() for p in r.iter_parts()], r.get_payload(1)['content-disposition'])
r.make_mixed(); print(r.get_content_type(), len(r.get_payload()))
try:
    r.make_related()
except ValueError as ex:
    print('ValueError', ex)
try:
    EmailMessage()['To'] = 'a@b\nBcc: x@y'
except ValueError as ex:
    print('ValueError', ex)
t = EmailMessage(); t['Subject'] = 'a'
try:
    t['Subject'] = 'b'
except ValueError as ex:
    print('ValueError', ex)
print(policy.default, policy.SMTP.linesep == '\r\n', policy.HTTP.max_line_length, policy.SMTPUTF8.utf8, policy.strict.raise_on_defect)
p2 = policy.default.clone(max_line_length=40, linesep='\r\n'); print(p2.max_line_length, repr(p2.linesep))
try:
    policy.default.clone(bogus=1)
except TypeError as ex:
    print('TypeError', ex)
try:
    policy.default.linesep = 'x'
except AttributeError as ex:
    print('AttributeError', ex)
h = Parser(policy=policy.default).parsestr('Subject: =?utf-8?q?Caf=C3=A9?= ok\nTo: "Doe, J." <j@d.com>, k@d.com (comment)\n\nbody\n')
print(h['subject'], h['to'].addresses)
print(HeaderParser().parsestr('A: 1\n\nbody\nmore\n').get_payload())
print(BytesHeaderParser(policy=policy.default).parsebytes(b'A: 1\n\nbody\n')['a'])
fp = FeedParser(policy=policy.default); fp.feed('Subject: he'); fp.feed('llo\n\nbo'); fp.feed('dy\n'); r2 = fp.close(); print(r2['subject'], repr(r2.get_content()))
bp = BytesFeedParser(); bp.feed(b'X: 1\n\n\xff\n'); r3 = bp.close(); print(repr(r3.get_payload()))
print(Address('A', 'a', 'b') == Address(addr_spec='a@b', display_name='A'), repr(Address(addr_spec='"a b"@c')), str(Address('x', 'a b', 'c')))
try:
    Address(addr_spec='a@b c')
except ValueError as ex:
    print('ValueError', ex)
try:
    Address(addr_spec='a@b>')
except ValueError as ex:
    print('ValueError', ex)
try:
    Address('x', 'a', 'b', addr_spec='a@b')
except TypeError as ex:
    print('TypeError', ex)
print(str(Group('empty', [])), str(Group(None, [Address('a', 'b', 'c')])), repr(Group('g', [Address('', 'a', 'b')])))
print(str(policy.SMTP.header_factory('To', 'A <a@b.c>, "Q, R" <q@r.s>')))
E = EmailMessage(policy=policy.SMTPUTF8); E['From'] = 'J\xfcrgen <j@x.de>'; E['Subject'] = 'gr\xfc\xdfe'; E.set_content('x\n'); print(bytes(E))
H = EmailMessage(policy=policy.HTTP); H['X-Long'] = 'y ' * 60; print(H.as_string()[:40], len(H.as_string().splitlines()[0]))
from email import policy
import email.policy
print(policy.compat32, policy.default, policy.SMTP, policy.HTTP, policy.strict, policy.SMTPUTF8)
p = policy.default + policy.SMTP
print(p, p.linesep == '\r\n', policy.compat32.clone(linesep='\r\n'))
print(policy.default.header_max_count('subject'), policy.default.header_max_count('x-foo'), policy.compat32.header_max_count('subject'))
print(isinstance(policy.default, policy.Policy), isinstance(policy.compat32, email.policy.Compat32), type(policy.default).__name__)
from email.mime.text import MIMEText
m = MIMEText('hi \u00e9', policy=policy.default)
m['Subject'] = 'caf\xe9'
print(m.as_string(), type(m['subject']).__name__)
from email.message import EmailMessage
e = EmailMessage(policy=policy.default.clone(linesep='\r\n', max_line_length=30)); e['Subject'] = 'one two three four five six seven eight'; print(repr(e.as_string()))
print(repr(policy.default.fold('Subject', 'a ' * 50)), repr(policy.compat32.fold('Subject', 'a ' * 50)))
print(repr(policy.default.fold_binary('Subject', 'caf\udce9')), repr(policy.compat32.fold_binary('Subject', 'caf\udce9')))
print(policy.default.header_source_parse(['Subject: a\n', ' b\n']), policy.default.header_store_parse('To', 'a@b'))
import pickle, copy, email
from email.message import EmailMessage
from email.mime.text import MIMEText
e = EmailMessage(); e['Subject'] = 'caf\xe9'; e['To'] = 'A <a@b>, c@d'; e.set_content('hi\n')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e2 = pickle.loads(pickle.dumps(e, proto))
    print(proto, e2.as_string() == e.as_string(), type(e2['subject']).__name__, e2['to'].addresses, e2['subject'].name)
m = MIMEText('x'); m2 = pickle.loads(pickle.dumps(m)); print(m2.as_string())
print(copy.copy(e)['subject'], copy.deepcopy(e).as_string() == e.as_string())
