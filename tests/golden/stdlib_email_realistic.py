import email
from email import policy
raw = b'''Return-Path: <sender@example.org>
Received: from mail.example.org (mail.example.org [192.0.2.1])
\tby mx.example.com (Postfix) with ESMTPS id 4ABC123
\tfor <rcpt@example.com>; Tue, 01 Feb 2022 10:00:00 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=sel; h=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP
From: =?UTF-8?Q?Fran=C3=A7oise_Dupont?= <sender@example.org>
To: "Rcpt, Someone" <rcpt@example.com>, other@example.com
Cc: Group: a@example.com, b@example.com;
Subject: =?UTF-8?B?UsOpc3Vtw6kgZXQgcGnDqGNlcyBqb2ludGVz?=
Date: Tue, 01 Feb 2022 10:00:00 +0100
Message-ID: <CAF123@mail.example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000abcdef"

--000000000000abcdef
Content-Type: multipart/related; boundary="000000000000related"

--000000000000related
Content-Type: multipart/alternative; boundary="000000000000alt"

--000000000000alt
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Voici le r=C3=A9sum=C3=A9.
--000000000000alt
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div>Bonjour,<br><img src=3D"cid:img1"></div>
--000000000000alt--
--000000000000related
Content-Type: image/png; name="logo.png"
Content-Disposition: inline; filename="logo.png"
Content-Transfer-Encoding: base64
Content-ID: <img1>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
--000000000000related--
--000000000000abcdef
Content-Type: application/pdf; name="=?UTF-8?Q?r=C3=A9sum=C3=A9=2Epdf?="
Content-Disposition: attachment; 
\tfilename*=UTF-8''r%C3%A9sum%C3%A9.pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--000000000000abcdef--
'''
for pol in (policy.compat32, policy.default, policy.SMTP):
    m = email.message_from_bytes(raw, policy=pol)
    print(m['subject'], '|', m['from'], '|', m['to'], '|', m['cc'])
    for part in m.walk():
        print(' ', part.get_content_type(), part.get_filename(), part.get_content_disposition(), part.get('content-id'), len(part.get_payload(decode=True) or b''))
    print(m.as_bytes() == raw, repr(m.as_string()[:1200]))
    if pol is not policy.compat32:
        print(m.get_body(('plain',)).get_content(), m.get_body().get_content_type(), [a.get_filename() for a in m.iter_attachments()], m['to'].addresses, m['cc'].groups, m['date'].datetime, m['received'])
        body = m.get_body(('html',)); print(body.get_content())
        print(m.get_body(('related',)).get_content_type())
        m2 = email.message_from_bytes(raw, policy=pol.clone(refold_source='all'))
        print(m2.as_string()[:1500])
