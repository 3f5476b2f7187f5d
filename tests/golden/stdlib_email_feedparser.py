import email
from email import policy
texts = [
 'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\n\n--R\nContent-Type: text/plain\n\nfailed\n--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@b\nAction: failed\n\n--R--\n',
 'Content-Type: multipart/digest; boundary="D"\n\n--D\n\nSubject: one\n\nbody one\n--D\n\nSubject: two\n\nbody two\n--D--\n',
 'Content-Type: multipart/mixed; boundary="A"\r\n\r\npre\r\n--A\r\nContent-Type: multipart/alternative; boundary="B"\r\n\r\n--B\r\n\r\nplain\r\n--B--\r\nepiB\r\n--A\r\n\r\nlast\r\n--A--\r\nepiA',
 'Content-Type: multipart/mixed; boundary="A"\n\n--A\n\nx\n--A--',
 'Content-Type: multipart/mixed; boundary="A"\n\n--A\n\nx\n\n--A--\n\n\nafter\n',
 'Content-Type: message/rfc822\n\nSubject: inner\n\ninner body\n',
 'Content-Type: multipart/mixed; boundary="A"\nContent-Transfer-Encoding: base64\n\n--A\n\nx\n--A--\n',
 'Subject: no body',
 '',
 'Content-Type: multipart/mixed; boundary="A"\n\n--A   \n\nx\n--A--  \n',
]
for t in texts:
    for pol in (policy.compat32, policy.default):
        m = email.message_from_string(t, policy=pol)
        print([ (p.get_content_type(), p.get_payload() if not p.is_multipart() else len(p.get_payload()), repr(p.preamble), repr(p.epilogue), [type(d).__name__ for d in p.defects]) for p in m.walk()])
        print(repr(m.as_string()))
import email
from email import policy
for body in ['aGVsbG8=', 'aGVsbG8', 'aGVs bG8=\n', 'a$GVsbG8=', 'a', 'aGVsbG8=\naGVsbG8=\n', '']:
    for pol in (policy.compat32, policy.default):
        m = email.message_from_string('Content-Transfer-Encoding: base64\n\n' + body, policy=pol)
        print(repr(body), repr(m.get_payload(decode=True)), [type(d).__name__ for d in m.defects])
m = email.message_from_string('Content-Transfer-Encoding: base64\n\naGVsbG8', policy=policy.strict)
try:
    m.get_payload(decode=True)
except Exception as e:
    print(type(e).__name__)
m = email.message_from_string('Content-Transfer-Encoding: quoted-printable\n\nh=C3=A9llo=\n wor=\nld\n')
print(m.get_payload(decode=True))
m = email.message_from_string('Content-Transfer-Encoding: x-uuencode\n\nbegin 644 f\n%:&5L;&\\\n`\nend\n')
print(m.get_payload(decode=True))
m = email.message_from_string('Content-Transfer-Encoding: uuencode\n\nno begin\n')
print(m.get_payload(decode=True))
