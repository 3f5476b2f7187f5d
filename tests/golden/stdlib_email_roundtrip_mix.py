import random, email
from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.message import EmailMessage
rnd = random.Random(3)
texts = ['hello\n', 'caf\xe9\n', 'From the start\nline\n', '', 'no newline', '\u65e5\u672c\n' * 3, 'x' * 200 + '\n', 'a\r\nb\r\n', ' trailing space \n']
def build(depth, n):
    if depth > 2 or rnd.random() < 0.4:
        k = rnd.random()
        if k < 0.6:
            return MIMEText(rnd.choice(texts), rnd.choice(['plain', 'html']), rnd.choice([None, 'utf-8', 'iso-8859-1', 'us-ascii']) if True else None)
        return MIMEApplication(bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 100))))
    m = MIMEMultipart(rnd.choice(['mixed', 'alternative', 'related']), boundary='b%d_%d' % (depth, n))
    if rnd.random() < 0.3:
        m.preamble = rnd.choice(['pre', 'pre\n', ''])
    if rnd.random() < 0.3:
        m.epilogue = rnd.choice(['epi', 'epi\n', ''])
    for i in range(rnd.randint(0, 3)):
        m.attach(build(depth + 1, i))
    return m
for i in range(40):
    try:
        m = build(0, i)
    except Exception as e:
        print(i, 'build', type(e).__name__, e); continue
    try:
        s = m.as_string()
        b = m.as_bytes()
    except Exception as e:
        print(i, 'gen', type(e).__name__, e); continue
    print(i, repr(s))
    for pol in (policy.compat32, policy.default):
        p = email.message_from_string(s, policy=pol)
        print(i, [ (x.get_content_type(), x.get_content_charset(), repr(x.preamble), repr(x.epilogue), len(x.defects)) for x in p.walk()])
        print(i, p.as_string() == s, repr(p.as_bytes()) if p.as_string() != s else '')
        q = email.message_from_bytes(b, policy=pol)
        print(i, q.as_bytes() == b)
        for x in q.walk():
            if not x.is_multipart():
                try:
                    print(i, repr(x.get_payload(decode=True))[:80], repr(x.get_content())[:60] if pol is policy.default else '')
                except Exception as e:
                    print(i, type(e).__name__, e)
