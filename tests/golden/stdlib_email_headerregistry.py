import email
from email import policy
from email.message import EmailMessage
vals = ['text/plain', 'TEXT/HTML; CHARSET=UTF-8', 'text', 'text/', 'multipart/mixed; boundary="a b"; x', 'text/plain; name*=utf-8\'\'caf%C3%A9.txt', 'text/plain; name*0="a"; name*1="b"', 'application/pdf ; name = "x.pdf" ', '']
for v in vals:
    e = EmailMessage(); e['Content-Type'] = v
    h = e['content-type']
    print(repr(v), repr(str(h)), h.content_type, h.maintype, h.subtype, dict(h.params), e.get_content_type(), e.get_params(), e.get_filename(), e.get_boundary())
for v in ['attachment', 'INLINE; filename=a.txt', 'attachment; filename="x y.pdf"; size=10', '']:
    e = EmailMessage(); e['Content-Disposition'] = v
    h = e['content-disposition']
    print(repr(v), repr(str(h)), h.content_disposition, dict(h.params), e.is_attachment(), e.get_filename(), e.get_content_disposition())
addrs = ['a@b', 'A <a@b>', '"A B" <a@b>', 'a@b (comment)', 'A <a@b>, ', 'undisclosed-recipients:;', 'g: a@b, C <c@d>;, e@f', '<a@b>', '"a.b"@c', 'J. Doe <jd@x>', 'a@[127.0.0.1]', '=?utf-8?q?J=C3=BCrgen?= <j@x>', 'Name With  Spaces   <n@x>']
for v in addrs:
    e = EmailMessage(); e['To'] = v
    h = e['to']
    print(repr(v), repr(str(h)), [(a.display_name, a.username, a.domain) for a in h.addresses], [(g.display_name, len(g.addresses)) for g in h.groups], repr(e.as_string()))
for v in ['Fri, 09 Nov 2001 01:08:47 -0000', 'Mon, 20 Nov 1995 19:12:08 -0500', '  Tue, 1 Jul 2003 10:52:37 +0200  ']:
    e = EmailMessage(); e['Date'] = v
    print(repr(str(e['date'])), e['date'].datetime, repr(e.as_string()))
for v in ['7bit', ' BASE64 ', 'quoted-printable']:
    e = EmailMessage(); e['Content-Transfer-Encoding'] = v
    print(repr(str(e['content-transfer-encoding'])), e['content-transfer-encoding'].cte)
for v in ['1.0', ' 1.0 ', '2.1 (x)', 'junk']:
    e = EmailMessage(); e['MIME-Version'] = v
    h = e['mime-version']
    print(repr(str(h)), h.version, h.major, h.minor)
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
e = EmailMessage(); e['Subject'] = 'Gr\xfc\xdfe'; e['From'] = 'J\xfcrgen <j@x.de>'; e.set_content('h\xe9\n')
print(str(e)); print(e)
print(bytes(e))
e = EmailMessage(); e['To'] = Address('X', 'j\xfcrgen', 'x.de')
for pol in (policy.default, policy.SMTPUTF8):
    try:
        print(repr(e.as_string(policy=pol)))
    except Exception as ex:
        print(type(ex).__name__, ex)
e = EmailMessage(); e['Subject'] = 'a\tb  c'; print(repr(e.as_string()), repr(e['subject']))
e = EmailMessage(); e['Subject'] = ''; print(repr(e.as_string()))
e = EmailMessage(); e['Subject'] = 'x' * 200; print(repr(e.as_string()))
e = EmailMessage(); e['Subject'] = 'a (comment) b'; print(repr(e.as_string()))
e = EmailMessage(); e['Subject'] = 'caf\xe9 (x)'; print(repr(e.as_string()))
e = EmailMessage(); e['X-Weird'] = 'caf\xe9, r\xe9sum\xe9; "q"'; print(repr(e.as_string()))
e = EmailMessage(); e['Subject'] = '\u00e9' * 200; print(repr(e.as_string()))
e = EmailMessage(); e['Subject'] = 'w ' * 10 + '\u00e9' * 70 + ' w'; print(repr(e.as_string()))
import email
from email import policy
src = 'Content-Type: application/pdf; name="=?utf-8?q?r=C3=A9sum=C3=A9.pdf?="\nContent-Disposition: attachment; filename="=?utf-8?q?r=C3=A9sum=C3=A9.pdf?="\n\n'
for pol in (policy.compat32, policy.default):
    e = email.message_from_string(src, policy=pol)
    print(repr(e.get_filename()), repr(str(e['content-disposition'])), e.get_param('name'))
    if pol is policy.default:
        print(dict(e['content-disposition'].params), repr(e.as_string()))
src2 = 'Content-Disposition: attachment;\n filename*0*=utf-8\'\'%E6%97%A5%E6%9C%AC;\n filename*1*=%E8%AA%9E.txt\n\n'
for pol in (policy.compat32, policy.default):
    e = email.message_from_string(src2, policy=pol)
    print(repr(e.get_filename()), repr(str(e['content-disposition'])))
import email
from email import policy
from email.message import EmailMessage
for v in ['"=?utf-8?q?J=C3=BCrgen?=" <j@x>', '=?utf-8?q?J=C3=BCrgen?= =?utf-8?q?_M=C3=BCller?= <j@x>', '=?utf-8?b?SsO8cmdlbg==?= <j@x>, =?iso-8859-1?q?Fran=E7ois?= <f@x>', 'Team: =?utf-8?q?Z=C3=B6e?= <z@x>;']:
    m = email.message_from_string('To: ' + v + '\n\n', policy=policy.default)
    print(repr(str(m['to'])), [a.display_name for a in m['to'].addresses], repr(m.as_string()))
    e = EmailMessage(); e['To'] = v; print(repr(e.as_string()))
