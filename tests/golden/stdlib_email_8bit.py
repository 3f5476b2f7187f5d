import email
from email import policy
from email.message import EmailMessage, Message
from email.headerregistry import Address
for text in ['A: 1\nnot header\n', 'Content-Type: multipart/mixed\n\nx']:
    try:
        email.message_from_string(text, policy=policy.strict)
        print('no error')
    except Exception as e:
        print(type(e).__name__)
m = EmailMessage(policy=policy.SMTPUTF8)
m['To'] = Address('J\xfcrgen', 'j\xfcrgen', 'b\xfccher.de')
m['Subject'] = 'x' * 100
print(m.as_bytes())
m = EmailMessage()
m['Subject'] = 'line one'
print(str(m), repr(m.as_string(maxheaderlen=0)))
m.set_content('\u00e9t\u00e9 ' * 30 + '\n')
print(str(m))
print(m.as_string())
print(m.get_content_charset(), m.get_charsets(), m.get_content_type(), m.get_params())
m2 = Message(); m2['Subject'] = 'Caf\xe9'; print(m2.as_string()); print(m2.as_bytes())
m3 = Message(); m3['X'] = 'a\udcffb'; print(m3.as_string())
msg = email.message_from_bytes(b'Subject: \xff bad\nFrom: J <j@x>\n\nbody \xfe\n')
print(type(msg['subject']).__name__, msg.as_string(), msg.as_bytes())
msg = email.message_from_bytes(b'Subject: \xff bad\nContent-Type: text/plain; charset=latin-1\n\nbody \xfe\n', policy=policy.default)
print(repr(str(msg['subject'])), repr(msg.get_content()), msg.as_bytes())
print(msg.as_string())
e = EmailMessage(); e['From'] = 'a@b'; e['To'] = ''; print(repr(e['to']), e['to'].addresses, e.as_string())
e = EmailMessage(); e['Content-Type'] = 'text/html; charset=utf-8; format=flowed'; print(e['content-type'].params, e.get_content_type(), e.get_param('format'))
e.set_param('charset', 'latin-1'); print(e['content-type'])
e = EmailMessage(); e['Sender'] = 'a@b'; print(e['sender'].address)
e = EmailMessage(); e['MIME-Version'] = '1.0'; print(e['mime-version'].major, e['mime-version'].minor)
e = EmailMessage(); e['Content-Disposition'] = 'Attachment; filename="A B.txt"'; print(e['content-disposition'].content_disposition, e.get_filename(), e.is_attachment())
e = EmailMessage(); e.set_content('x'); e.make_alternative(); e.add_alternative('<b>x</b>', subtype='html'); e.make_mixed(); e.add_attachment(b'1', 'application', 'x-y', filename='f'); e.set_boundary('B1'); e.get_payload(0).set_boundary('B2')
print(e.as_string())
print([p.get_content_type() for p in e.walk()], e.get_body().get_content_type(), e.get_body(('plain',)).get_content())
