from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email.header import Header, decode_header, make_header
from email import encoders
from email.charset import Charset, add_charset, QP, BASE64

msg = MIMEMultipart(boundary='BOUNDARY-1')
msg['Subject'] = 'Hello there'
msg['From'] = 'Alice <alice@example.com>'
msg['To'] = 'bob@example.com, carol@example.com, dave@example.com, eve@example.com, mallory@example.com'
msg.preamble = 'This is a multi-part message in MIME format.'
msg.attach(MIMEText('plain text body\nline two\n'))
msg.attach(MIMEText('caf\xe9 cr\xe8me br\xfbl\xe9e', 'plain', 'utf-8'))
msg.attach(MIMEText('caf\xe9 cr\xe8me', 'html', 'iso-8859-1'))
msg.attach(MIMEText('\u20ac'*40))
att = MIMEApplication(b'\x00\x01\x02binary data' * 10, Name='data.bin')
att.add_header('Content-Disposition', 'attachment', filename='data.bin')
msg.attach(att)
msg.attach(MIMEImage(b'\x89PNG\r\n\x1a\n' + b'\x00' * 30))
msg.attach(MIMEImage(b'GIF89a' + b'\x00' * 30))
msg.attach(MIMEAudio(b'RIFF\x00\x00\x00\x00WAVEfmt ' + b'\x00' * 20))
msg.attach(MIMEAudio(b'.snd' + b'\x00' * 20))
inner = MIMEText('inner')
inner['Subject'] = 'inner'
msg.attach(MIMEMessage(inner))
print(msg.as_string())
try:
    MIMEImage(b'nothing')
except TypeError as e:
    print('TypeError:', e)
try:
    MIMEAudio(b'nothing')
except TypeError as e:
    print('TypeError:', e)
t = MIMEText('x')
try:
    t.attach(MIMEText('y'))
except Exception as e:
    print(type(e).__name__, e)
h = Header('Caf\xe9 \u20ac \u65e5\u672c\u8a9e', 'utf-8', header_name='Subject')
print(h.encode())
print(str(h))
h = Header('A very long subject line that certainly will need to be folded because it is much longer than seventy eight characters', header_name='Subject')
print(h.encode())
h = Header('ascii part ', header_name='Subject')
h.append('Gr\xfc\xdfe aus M\xfcnchen', 'iso-8859-1')
h.append(' and more ascii')
print(h.encode())
print(str(h))
print(decode_header('=?utf-8?q?Caf=C3=A9?= =?utf-8?b?4oKs?= plain =?iso-8859-1?q?Gr=FC=DFe?='))
print(decode_header('no encoded words'))
print(str(make_header(decode_header('=?utf-8?q?Caf=C3=A9?= plain'))))
print(Header('\u00e9' * 60, 'utf-8').encode())
print(Header('\u00e9' * 60, 'iso-8859-1', header_name='Subject').encode())
print(Header('x' * 100, header_name='Subject').encode())
print(Header('a; b; c; ' * 15, header_name='X').encode(linesep='\r\n'))
c = Charset('utf-8'); print(c, c.header_encoding, c.body_encoding, c.get_output_charset(), c.get_body_encoding())
c = Charset('latin_1'); print(c, c.get_body_encoding(), c.header_encode('caf\xe9'), repr(c.body_encode('caf\xe9 = x')))
c = Charset('euc-jp'); print(c.output_charset, c.get_body_encoding().__name__ if callable(c.get_body_encoding()) else c.get_body_encoding())
print(Charset('us-ascii').header_encode('abc'), Charset('utf-8').header_encode('abc d'), Charset('utf-8').header_encode('\u20ac\u20ac\u20ac'))
add_charset('x-test', QP, BASE64, 'utf-8')
c = Charset('x-test'); print(c.output_charset, c.get_body_encoding().__name__ if callable(c.get_body_encoding()) else c.get_body_encoding())
try:
    add_charset('x-bad', body_enc=3)
except ValueError as e:
    print('ValueError:', e)
m = MIMEText('hello')
del m['Content-Transfer-Encoding']
encoders.encode_quopri(m); print(m.as_string())
m = MIMEText('h\xe9llo w\xf6rld  \nend', _charset='iso-8859-1'); print(m.as_string())
m = MIMEText('hello\n', _charset='utf-8'); print(m.as_string())
m = MIMEApplication(b'abc', _encoder=encoders.encode_7or8bit); print(m.as_string())
m = MIMEApplication(b'ab\xffc', _encoder=encoders.encode_noop); print(m.as_bytes())
m = MIMEApplication(b'ab\xffc', _encoder=encoders.encode_7or8bit); print(m.as_bytes())
print(repr(m.get_payload(decode=True)))

# Parameters: set_param / del_param / set_type / RFC 2231 names.
from email.message import Message
m = MIMEText('x')
m.set_param('format', 'flowed')
m.set_param('charset', 'utf-8')
m.del_param('format')
m.set_type('text/html')
m.add_header('Content-Disposition', 'attachment', filename='na\xefve \u2603.txt')
print(m.as_string())
print(m.get_filename(), m.get_params(header='content-disposition'))
m.set_param('title', 'caf\xe9', header='Content-Disposition', charset='iso-8859-1', language='fr')
print(m['Content-Disposition'], '|', m.get_param('title', header='Content-Disposition'))
try:
    m.set_type('nonsense')
except ValueError as e:
    print('ValueError', repr(e))
try:
    Message().set_boundary('x')
except Exception as e:
    print(type(e).__name__, e)
n = Message(); n.set_payload('caf\xe9', 'iso-8859-1'); print(n.as_string(), n.get_charset(), n.get_payload(decode=True))
n = Message(); n['Subject'] = 'a' * 30 + ', ' + 'b' * 30 + '; ' + 'c' * 30 + ' ' + 'd' * 30; print(n.as_string())
n = Message(); n['X'] = Header('\u00fcber ' * 20, 'utf-8'); print(n.as_string())
try:
    Header('a\nB: injected').encode()
except Exception as e:
    print(type(e).__name__, e)
try:
    Header(b'caf\xe9', 'ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError')
print(Header(b'caf\xe9', 'latin-1').encode(), Header('x', 'utf-8') == 'x')
print(decode_header('=?utf-8?b?4oKs?='), decode_header('=?UTF-8?Q?a_b?=  =?utf-8?q?c?='))
try:
    decode_header('=?utf-8?b?4?=')
except Exception as e:
    print(type(e).__name__, e)
import email.errors
try:
    Charset('caf\xe9')
except email.errors.CharsetError as e:
    print('CharsetError', e)
import email.base64mime, email.quoprimime
print(repr(email.base64mime.body_encode(b'x' * 100)), email.base64mime.header_length(b'abcd'))
print(repr(email.quoprimime.body_encode('a' * 80 + '=b \t\nlast ')), email.quoprimime.header_decode('a_b=3Dc'))
print(repr(email.quoprimime.decode('ab=\ncd=3D\n')))
from email.mime.text import MIMEText
from email.header import Header
for cs, text in [('koi8-r', '\u041f\u0440\u0438\u0432\u0435\u0442'), ('windows-1252', 'caf\xe9 \u20ac'), ('iso-8859-15', '\u20ac'), ('utf-16', 'x')]:
    try:
        m = MIMEText(text, 'plain', cs)
        print(cs, repr(m.as_string()))
        print(cs, Header(text, cs).encode())
    except Exception as e:
        print(cs, type(e).__name__, e)
