import email
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.header import decode_header, make_header
import io

outer = MIMEMultipart('mixed', boundary='===OUTER==')
outer['Subject'] = 'R\xe9sum\xe9 for the position of Senior Software Engineer at a company with a long name'
outer['From'] = 'Jos\xe9 <jose@example.com>'
outer.preamble = 'preamble line\n'
outer.epilogue = 'the end'
alt = MIMEMultipart('alternative', boundary='===ALT==')
alt.attach(MIMEText('Hello\nFrom the team\n'))
alt.attach(MIMEText('<p>Hello \u2603</p>', 'html'))
outer.attach(alt)
a = MIMEApplication(bytes(range(256)), 'pdf')
a.add_header('Content-Disposition', 'attachment', filename='r\xe9sum\xe9.pdf')
outer.attach(a)
inner = MIMEText('forwarded body')
inner['Subject'] = 'fwd'
outer.attach(MIMEMessage(inner))
text = outer.as_string()
print(text)
m = email.message_from_string(text)
print(m.is_multipart(), m.get_content_type(), m.get_boundary(), repr(m.preamble), repr(m.epilogue))
for part in m.walk():
    print(part.get_content_type(), part.get_content_charset(), part.get_filename(), part.get_content_disposition(), part.is_multipart())
print(m.as_string() == text)
print(m.get_payload(0).get_payload(1).get_payload(decode=True).decode('utf-8'))
print(m.get_payload(1).get_payload(decode=True) == bytes(range(256)))
print(str(make_header(decode_header(m['Subject']))))
print(m.get_payload(2).get_payload(0)['Subject'], m.get_payload(2).get_payload(0).get_payload())
print(m.get_charsets())
f = io.StringIO(); Generator(f).flatten(m.get_payload(0)); print(f.getvalue())
f = io.StringIO(); Generator(f, mangle_from_=False, maxheaderlen=40).flatten(m); print(f.getvalue()[:400])
f = io.BytesIO(); BytesGenerator(f).flatten(m, linesep='\r\n'); print(f.getvalue()[:300])
f = io.StringIO(); DecodedGenerator(f).flatten(m); print(f.getvalue())
f = io.StringIO(); DecodedGenerator(f, fmt='<%(maintype)s %(encoding)s %(description)s>').flatten(m); print(f.getvalue())
b = m.as_bytes()
m2 = email.message_from_bytes(b)
print(m2.as_bytes() == b, len(m2.get_payload()))
raw = b'Subject: caf\xc3\xa9\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nd\xc3\xa9j\xc3\xa0 vu\nFrom here\n'
m3 = email.message_from_bytes(raw)
print(type(m3['Subject']).__name__, str(m3['Subject']), repr(m3.get_payload()), m3.get_payload(decode=True))
print(m3.as_bytes())
print(m3.as_string())
print(bytes(m3) == raw)
bad = 'Content-Type: multipart/mixed; boundary="b"\n\npre\n--b\nContent-Type: text/plain\n\none\n--b\n\ntwo\n--b--\nepi\n'
m4 = email.message_from_string(bad)
print([p.get_payload() for p in m4.get_payload()], repr(m4.preamble), repr(m4.epilogue), m4.defects)
m5 = email.message_from_string('Content-Type: multipart/mixed; boundary="b"\n\nno boundary here\n')
print(m5.defects, repr(m5.get_payload()), repr(m5.epilogue))
m6 = email.message_from_string('Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nunclosed\n')
print(m6.defects, [p.get_payload() for p in m6.get_payload()])
m7 = email.message_from_string('Content-Type: multipart/mixed\n\nbody\n')
print(m7.defects, repr(m7.get_payload()))
m8 = email.message_from_string('From foo@bar Mon Jan 1\nSubject: x\n\nFrom me\n')
print(m8.get_unixfrom(), m8.as_string(unixfrom=True))
f = io.StringIO(); Generator(f).flatten(m8, unixfrom=True); print(f.getvalue())
from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.generator import BytesGenerator, Generator
import io
m = MIMEMultipart(boundary='B')
m['Subject'] = 'A subject that is quite long indeed, long enough to need folding at some point soon'
m['To'] = 'a@example.com, b@example.com'
m.attach(MIMEText('hello\nworld\n'))
m.attach(MIMEText('caf\xe9\n', 'plain', 'utf-8'))
for pol in (policy.SMTP, policy.default, policy.compat32.clone(linesep='\r\n'), policy.HTTP):
    print(m.as_bytes(policy=pol))
    print(repr(m.as_string(policy=pol)))
f = io.BytesIO(); BytesGenerator(f, policy=m.policy.clone(linesep='\r\n')).flatten(m); print(f.getvalue())
f = io.StringIO(); Generator(f, maxheaderlen=30).flatten(m); print(f.getvalue())
f = io.StringIO(); Generator(f, maxheaderlen=0).flatten(m); print(f.getvalue())
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import email.generator, random
m = MIMEMultipart(); m.attach(MIMEText('x'))
s = m.as_string()
b = m.get_boundary()
print(len(b), b[:15], b[-2:], b[15:-2].isdigit(), s.count('--' + b), s.endswith('--' + b + '--\n'))
print(len(email.generator.Generator._make_boundary()), email.generator._make_boundary('x').startswith('=' * 15))
random.seed(5)
m = MIMEMultipart(); m.attach(MIMEText('y')); s1 = m.as_string()
random.seed(5)
m = MIMEMultipart(); m.attach(MIMEText('y')); print(m.as_string() == s1)
random.seed(12345)
m = MIMEMultipart(); m.attach(MIMEText('z')); print(m.as_string())
