from email.message import EmailMessage
from email import policy
from email.headerregistry import Address
m = EmailMessage()
m['Subject'] = 'Caf\xe9 au lait cr\xe8me'
m['X-Long'] = ' '.join(['word%d' % i for i in range(30)])
m['X-LongU'] = ' '.join(['w\xf6rd%d' % i for i in range(20)])
m['X-Mixed'] = 'Plain start then \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 and plain words after it that go on and on and on'
m['From'] = 'Jos\xe9 Garc\xeda <jose@example.com>'
m['To'] = 'bob@example.com, "Smith, Carol" <carol@example.com>, Dave <dave@example.com>, eve@example.com, mallory@example.org'
m['Cc'] = Address('J\xfcrgen M\xfcller', 'jm', 'example.de')
m['Bcc'] = [Address('A B', 'ab', 'x.com'), Address(addr_spec='c@x.com')]
m['Date'] = 'Fri, 09 Nov 2001 01:08:47 -0000'
m['Message-ID'] = '<abc@example.com>'
m.set_content('Hello \u2603\n')
print(m.as_string())
for h in m.keys(): 
    v = m[h]; print(h, type(v).__name__, repr(str(v)))
print(m['to'].addresses)
print([ (a.display_name, a.username, a.domain, a.addr_spec) for a in m['to'].addresses])
print(m['date'].datetime, m['content-type'].content_type, m['content-type'].params, m['content-type'].maintype)

# Folding: long address lists, long names, parameters, other line lengths.
import email
m = EmailMessage()
m['To'] = ', '.join('Person Number %d <person%d@example.com>' % (i, i) for i in range(6))
m['Cc'] = ', '.join('Pers\xf6n %d <p%d@example.com>' % (i, i) for i in range(4))
m['Subject'] = 'x' * 90
m['X-Word'] = 'short ' + 'y' * 85 + ' tail'
m['X-Utf'] = '\u00e9' * 50
m.set_content(b'data', maintype='application', subtype='octet-stream',
              filename='a very long file name with spaces that will need folding ' * 2 + '.bin')
m.add_header('X-Param', 'v', name='\u00fcber' * 25)
print(m.as_string())
print(m.as_string(policy=policy.default.clone(max_line_length=40)))
print(m.as_bytes(policy=policy.SMTP)[:300])
print(m.as_string(policy=policy.HTTP)[:200])
src = ('Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= aus =?iso-8859-1?q?M=FCnchen?=\n'
       'To: "M\xfcller, Hans" <hans@example.de>, Undisclosed recipients:;\n'
       'X-Long: ' + 'word ' * 30 + '\n'
       'X-Folded: first\n second\n\nbody\n')
p = email.message_from_string(src, policy=policy.default)
print(p['subject'], '|', p['to'], '|', p['to'].groups, '|', p['x-folded'])
print(p.as_string())
print(p.as_string(policy=policy.default.clone(refold_source='all')))
print(p.as_string(policy=policy.compat32))
for name in ('subject', 'to', 'x-long'):
    print(repr(p[name].fold(policy=policy.default)))
print(p['date'], p.get('date', 'none'))
d = EmailMessage(); d['Date'] = 'not a date'; print(repr(d['date']), d['date'].datetime, d['date'].defects)
import datetime
d = EmailMessage(); d['Date'] = datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone.utc); print(d['date'], d.as_string())
