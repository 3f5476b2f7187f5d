import random, email
from email.message import EmailMessage, Message
from email.header import Header, decode_header, make_header
from email import policy
rnd = random.Random(11)
parts = ['report', 'r\xe9sum\xe9', '\u65e5\u672c\u8a9e', 'x' * 40, 'with space', 'semi;colon', 'quote"d', 'long' * 20]
for i in range(60):
    fn = '-'.join(rnd.choice(parts) for _ in range(rnd.randint(1, 4))) + '.txt'
    m = EmailMessage()
    m.set_content(b'data', maintype='application', subtype='octet-stream', filename=fn)
    if rnd.random() < 0.5:
        m.set_param('title', rnd.choice(parts), header='Content-Disposition')
    try:
        print(i, repr(m.as_string(policy=policy.default.clone(max_line_length=rnd.choice([50, 78])))), m.get_filename())
    except Exception as e:
        print(i, type(e).__name__, e)
chunks = ['plain text', 'caf\xe9 au lait', '\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8', ' leading', 'trailing ', 'x' * 60, 'a,b;c d']
charsets = ['us-ascii', 'utf-8', 'iso-8859-1', None]
for i in range(80):
    h = Header(header_name=rnd.choice(['Subject', 'X-A-Much-Longer-Header-Name', None]), continuation_ws=rnd.choice([' ', '\t']))
    for _ in range(rnd.randint(1, 4)):
        c = rnd.choice(chunks); cs = rnd.choice(charsets)
        try:
            h.append(c, cs)
        except Exception as e:
            pass
    try:
        enc = h.encode(maxlinelen=rnd.choice([None, 30, 60, 76]), splitchars=rnd.choice([';, \t', ' ', ',;']))
        print(i, repr(enc), repr(str(h)), decode_header(enc), str(make_header(decode_header(enc))))
    except Exception as e:
        print(i, type(e).__name__, e)
for i in range(40):
    words = [rnd.choice(['alpha', 'beta', '=?utf-8?q?caf=C3=A9?=', '=?iso-8859-1?b?4+k=?=', 'gamma' * 4]) for _ in range(rnd.randint(1, 20))]
    src = 'Subject: ' + ' '.join(words[:len(words)//2]) + '\n ' + ' '.join(words[len(words)//2:]) + '\nTo: a@b\n\nbody\n'
    for pol in (policy.default, policy.compat32, policy.SMTP):
        m = email.message_from_string(src, policy=pol)
        print(i, repr(str(m['subject'])), repr(m.as_string()))
