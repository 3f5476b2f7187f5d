import email.parser, email.message, email.utils
from email.message import Message
m = email.parser.Parser().parsestr('Host: x\r\nContent-Type: text/html; charset="UTF-8"; a=b; c\r\nX-Long: one\r\n two\r\nhost: y\r\n\r\nbody here\n')
print(m.items(), m['HOST'], m.get_all('host'), m.get('nope', 'dflt'), len(m), 'host' in m, list(m))
print(m.get_content_type(), m.get_content_charset(), m.get_params(), m.get_params(unquote=False), m.get_param('A'), repr(m.get_payload()))
print(repr(str(m)))
m2 = Message(); m2['A']='1'; m2.add_header('Content-Disposition', 'attachment', filename='a b.txt', x=None)
print(repr(m2.as_string()), m2.get_filename(), m2.get_content_disposition(), m2.get_content_type())
del m2['a']; print(m2.keys())
try: m2.replace_header('zz', 'v')
except KeyError as e: print('KeyError', e)
h = email.parser.HeaderParser().parsestr('A: 1\nB: 2\n\nbody\n'); print(h.items(), repr(h.get_payload()))
h = email.parser.Parser().parsestr('A: 1\nnot a header\nB: 2\n'); print(h.items(), repr(h.get_payload()))
h = email.parser.Parser().parsestr('From me\nA: 1\n B\n'); print(h.items(), h.get_unixfrom(), repr(h.get_payload()))
print(email.utils.formatdate(0), email.utils.formatdate(1234567890.5, usegmt=True))
for d in ['Fri, 09 Nov 2001 01:08:47 -0000', 'Sat, 13 Feb 2009 23:31:30 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994', '06 Nov 94 08:49 EST', '6 November 2001 1.2.3 +0130', 'garbage', '', 'Mon, 1 Jan 2000 10:00:00+0200']:
    print(repr(d), email.utils.parsedate_tz(d), email.utils.parsedate(d))
    try: print(email.utils.parsedate_to_datetime(d))
    except ValueError as e: print(type(e).__name__, e)
print(email.utils.mktime_tz(email.utils.parsedate_tz('Sat, 13 Feb 2009 23:31:30 +0100')))
import datetime
print(email.utils.format_datetime(datetime.datetime(2020,1,2,3,4,5)), email.utils.format_datetime(datetime.datetime(2020,1,2,3,4,5,tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))))
try: email.utils.format_datetime(datetime.datetime(2020,1,2), usegmt=True)
except ValueError as e: print(e)
print(email.utils.quote('a"b\\c'), email.utils.unquote('"a\\"b"'), email.utils.unquote('<x@y>'))
print(email.message_from_string('X: 1\n\nhi').get_payload())

# What the parser works around is noted in defects.
import email.errors
for text in [' cont first\nA: 1\n\nbody\n', 'A: 1\nno colon line\nB: 2\n', 'A: 1\n: no name\nB: 2\n\n',
             'A: 1\nFrom middle\nB: 2\n\n', 'A: 1\nFrom last\n\nbody\n', 'From first\nA: 1\n\n',
             'A: 1\r\nB: 2\r\n\r\nbody\r\n', 'A: x\x0cy\nB: 2\n\nb\x1cody\n', 'A: 1\rB: 2\r\rbody']:
    m = email.parser.Parser().parsestr(text)
    print(repr(text), m.items(), repr(m.get_payload()), m.get_unixfrom(),
          [(type(d).__name__, d.line, str(d)) for d in m.defects])
print(issubclass(email.errors.MessageDefect, ValueError), email.errors.MalformedHeaderDefect.__name__,
      issubclass(email.errors.InvalidHeaderDefect, email.errors.HeaderDefect))
print(str(email.errors.NonPrintableDefect(['\x01'])), repr(email.errors.MessageDefect()))
