import random
from email.message import EmailMessage, Message
from email.header import Header
from email import policy
rnd = random.Random(7)
words = ['a', 'hello', 'world', 'caf\xe9', 'na\xefve', '\u65e5\u672c', 'x' * 30, 'y' * 80, 'semi;colon', 'com,ma', '"quoted"', 'a.b', '(paren)', '\u2603', 'z' * 5, 'end.', '=?utf-8?q?x?=', 'tab\there']
for i in range(120):
    n = rnd.randint(1, 25)
    text = ' '.join(rnd.choice(words) for _ in range(n))
    m = EmailMessage()
    try:
        m['Subject'] = text
        m['X-Other'] = text.upper()
        out = m.as_string(policy=policy.default.clone(max_line_length=rnd.choice([40, 60, 78, 100])))
    except Exception as e:
        out = type(e).__name__ + str(e)
    print(i, repr(out))
    c = Message()
    c['Subject'] = text
    try:
        out = c.as_string(maxheaderlen=rnd.choice([0, 40, 78]))
    except Exception as e:
        out = type(e).__name__
    print(i, repr(out))
    try:
        print(i, repr(Header(text, 'utf-8' if rnd.random() < 0.5 else 'iso-8859-1' if all(ord(ch) < 256 for ch in text) else 'utf-8', header_name='Subject').encode()))
    except Exception as e:
        print(i, type(e).__name__)
names = ['Bob', 'J\xfcrgen M\xfcller', 'Smith, John', 'A very long display name that goes on and on', '\u65e5\u672c\u8a9e', '', 'O\'Brien', 'Dr. Who']
for i in range(60):
    n = rnd.randint(1, 8)
    addrs = []
    for j in range(n):
        name = rnd.choice(names)
        addr = 'user%d@example%d.com' % (j, rnd.randint(1, 999))
        if name:
            addrs.append('"%s" <%s>' % (name, addr) if ',' in name or '.' in name else '%s <%s>' % (name, addr))
        else:
            addrs.append(addr)
    m = EmailMessage()
    try:
        m['To'] = ', '.join(addrs)
        print(i, repr(m.as_string()), [str(a) for a in m['to'].addresses])
    except Exception as e:
        print(i, type(e).__name__, e)
