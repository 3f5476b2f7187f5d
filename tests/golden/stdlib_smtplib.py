# smtplib against a small SMTP server this test runs on 127.0.0.1 (socketserver, one
# thread per connection): EHLO features, HELO fallback, AUTH PLAIN / LOGIN / CRAM-MD5,
# sendmail with several and refused recipients and dot-stuffing, send_message's
# From/To/Cc/Bcc/Resent- handling, the other commands, the exceptions and their texts,
# the debug output, starttls refused.  It prints what the server received.
import base64
import hmac
import io
import socketserver
import smtplib
import sys
import threading
from email.message import Message

USERS = {"alice": "wonderland"}
CHALLENGE = b"<1896.697170952@test.local>"
received = []


class Handler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")

    def line(self):
        data = self.rfile.readline()
        if data:
            received.append(data)
        return data.decode().rstrip("\r\n")

    def check(self, user, password):
        self.reply("235 2.7.0 Authentication successful" if USERS.get(user) == password
                   else "535 5.7.8 Authentication credentials invalid")

    def auth(self, args):
        words = args.split()
        mech = words[0].upper()
        if mech == "PLAIN":
            if len(words) == 1:
                self.reply("334 ")
                words.append(self.line())
            _, user, password = base64.b64decode(words[1]).decode().split("\0")
            self.check(user, password)
        elif mech == "LOGIN":
            if len(words) == 1:
                self.reply("334 VXNlcm5hbWU6")
                words.append(self.line())
            user = base64.b64decode(words[1]).decode()
            self.reply("334 UGFzc3dvcmQ6")
            self.check(user, base64.b64decode(self.line()).decode())
        elif mech == "CRAM-MD5":
            self.reply("334 " + base64.b64encode(CHALLENGE).decode())
            user, digest = base64.b64decode(self.line()).decode().split()
            good = hmac.new(USERS.get(user, "").encode(), CHALLENGE, "md5").hexdigest()
            self.check(user, USERS.get(user) if hmac.compare_digest(digest, good) else None)
        elif mech == "LOOP":
            while True:
                self.reply("334 bW9yZQ==")
                if not self.line():
                    return
        else:
            self.reply("504 5.5.4 Unrecognized authentication type")

    def handle(self):
        self.reply("220 test.local ESMTP ready")
        mode = ""
        while True:
            text = self.line()
            if not text:
                return
            verb, _, args = text.partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                mode = args
                if mode == "old.example":
                    self.reply("502 5.5.2 Error: command not recognized")
                    continue
                features = ["SIZE 1000000", "8BITMIME", "STARTTLS", "HELP"]
                if mode == "plain.example":
                    features.append("AUTH PLAIN")
                elif mode == "login.example":
                    features += ["AUTH=LOGIN", "auth login"]
                elif mode == "loop.example":
                    features.append("AUTH LOOP PLAIN")
                elif mode == "odd.example":
                    features.append("AUTH GSSAPI")
                elif mode != "noauth.example":
                    features += ["AUTH PLAIN LOGIN CRAM-MD5", "SMTPUTF8"]
                lines = ["test.local Hello " + args] + features
                for i, f in enumerate(lines):
                    self.reply("250" + ("-" if i < len(lines) - 1 else " ") + f)
            elif verb == "HELO":
                mode = args
                self.reply("250 test.local")
            elif verb == "MAIL":
                self.reply("553 5.1.8 Sender address rejected" if "bad" in args else "250 2.1.0 Ok")
            elif verb == "RCPT":
                if "nobody" in args:
                    self.reply("550 5.1.1 No such user")
                elif "forward" in args:
                    self.reply("251 User not local; will forward")
                elif "busy" in args:
                    self.reply("421 4.3.2 Service not available")
                    return
                else:
                    self.reply("250 2.1.5 Ok")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                while self.line() != ".":
                    pass
                self.reply("554 5.7.1 Rejected: spam" if mode == "spam.example" else "250 2.0.0 Ok: queued as 12345")
            elif verb == "AUTH":
                self.auth(args)
            elif verb in ("NOOP", "RSET"):
                self.reply("250 2.0.0 Ok")
            elif verb == "VRFY":
                self.reply("252 2.0.0 " + args)
            elif verb == "EXPN":
                self.reply("502 5.5.1 EXPN not allowed")
            elif verb == "HELP":
                self.reply("214-Commands:\r\n214 HELO EHLO MAIL RCPT DATA")
            elif verb == "STARTTLS":
                self.reply("454 4.7.0 TLS not available due to temporary reason")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            elif verb == "DROP":
                return
            else:
                self.reply("502 5.5.2 Error: command not recognized")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


server = Server(("127.0.0.1", 0), Handler)
PORT = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()


def show(title):
    print("--", title)
    for data in received:
        print("  ", data)
    received.clear()


def connect(name="client.example"):
    return smtplib.SMTP("127.0.0.1", PORT, local_hostname=name)


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e, e.args)
        return e


# ehlo, features, sendmail to several recipients with dot-stuffing
s = connect()
print(s.ehlo())
print(s.does_esmtp, sorted(s.esmtp_features.items()), s.has_extn("size"), s.has_extn("AUTH"), s.has_extn("dsn"))
print(s.ehlo_resp)
msg = "Subject: dots\n\nline one\n.starts with a dot\n..two dots\nlast\r\nno newline at end"
print(s.sendmail("me@example.com", ["you@example.com", "Them <them@example.com>", "x@forward.example"], msg))
print(s.noop(), s.rset(), s.verify("Someone <someone@example.com>"), s.expn("list"), s.help())
print(s.docmd("WHAT", "is this"), s.quit())
show("session 1")

# HELO fallback, bytes message, a refused recipient
s = connect("old.example")
print(s.sendmail("me@example.com", ["you@example.com", "nobody@example.com"], b"Subject: b\r\n\r\nbytes body\r\n"))
print(s.helo_resp, s.ehlo_resp, s.does_esmtp, s.esmtp_features)
s.quit()
show("helo fallback")

# the context manager, mail options, rcpt options and a single recipient string
with connect() as s:
    print(s.sendmail("me@example.com", "you@example.com", "hi", ["BODY=8BITMIME"], ["NOTIFY=NEVER"]))
print(s.sock, s.file)
show("context manager")

# login: CRAM-MD5 first, then PLAIN, LOGIN, the old AUTH= form, failures
for name in ["client.example", "plain.example", "login.example"]:
    s = connect(name)
    print(name, s.login("alice", "wonderland"), s.esmtp_features.get("auth"))
    s.quit()
    show("login " + name)
s = connect("login.example")
print(s.login("alice", "wonderland", initial_response_ok=False))
s.quit()
show("login without initial response")
s = connect()
e = err(s.login, "alice", "wrong")
print(e.smtp_code, e.smtp_error, isinstance(e, smtplib.SMTPResponseException), isinstance(e, OSError))
e = err(s.auth, "digest-md5", s.auth_plain)
err(s.auth, "loop", lambda challenge=None: "x")
s.close()
show("bad logins")
s = connect("noauth.example")
err(s.login, "alice", "wonderland")
s.quit()
s = connect("odd.example")
err(s.login, "alice", "wonderland")
s.quit()
show("no auth")

# refusals
s = connect()
e = err(s.sendmail, "bad@example.com", ["you@example.com"], "x")
print(e.smtp_code, e.smtp_error, e.sender)
e = err(s.sendmail, "me@example.com", ["nobody@example.com", "nobody2@example.com"], "x")
print(e.recipients)
s.quit()
s = connect("spam.example")
e = err(s.sendmail, "me@example.com", ["you@example.com"], "spam")
s.quit()
s = connect()
e = err(s.sendmail, "me@example.com", ["you@example.com", "busy@example.com"], "x")
print(s.sock)
show("refusals")

# send_message
m = Message()
m["From"] = "Alice Example <alice@example.com>"
m["To"] = "Bob <bob@example.com>, carol@example.com"
m["Cc"] = '"Dave, Jr." <dave@example.com>'
m["Bcc"] = "secret@example.com"
m["Subject"] = "Hello, this subject is long enough that the generator has to fold it over two lines"
m.set_payload("Hi all,\n.\nFrom the team\nbye\n")
s = connect()
print(s.send_message(m))
print(m["Bcc"])
show("send_message")
print(s.send_message(m, from_addr="other@example.com", to_addrs=["only@example.com"]))
show("send_message with addresses")
m2 = Message()
m2["From"] = "alice@example.com"
m2["Sender"] = "Secretary <sec@example.com>"
m2["To"] = "bob@example.com"
m2["Resent-Date"] = "Mon, 1 Jan 2024 00:00:00 +0000"
m2["Resent-From"] = "resender@example.com"
m2["Resent-To"] = "new@example.com"
m2["Resent-Bcc"] = "hidden@example.com"
m2.set_payload("resent")
print(s.send_message(m2))
show("resent")
m2["Resent-Date"] = "Tue, 2 Jan 2024 00:00:00 +0000"
err(s.send_message, m2)
m3 = Message()
m3["From"] = "J\u00f6rg <j\u00f6rg@example.com>"
m3["To"] = "bob@example.com"
m3.set_payload("utf8")
err(s.send_message, m3)
s.quit()
show("international")
s = connect("noauth.example")
err(s.send_message, m3)
err(s.mail, "x@y", ["SMTPUTF8"])
s.quit()
show("no smtputf8")

# debug output (the port masked)
old = sys.stderr
sys.stderr = io.StringIO()
s = smtplib.SMTP(local_hostname="dbg.example")
s.set_debuglevel(1)
s.connect("127.0.0.1:%d" % PORT)
s.noop()
s.sendmail("me@example.com", ["you@example.com"], "short")
s.quit()
out, sys.stderr = sys.stderr.getvalue(), old
print(out.replace(str(PORT), "PORT"))
show("debug")

# starttls refused by the server
s = connect()
e = err(s.starttls)
print(e.smtp_code, e.smtp_error)
s = connect("noauth.example")
s.ehlo()
s.esmtp_features.pop("starttls")
err(s.starttls)
s.quit()
show("starttls")

# errors without a connection, disconnects, bad arguments
s = smtplib.SMTP(local_hostname="x")
err(s.noop)
err(s.send, "x")
err(s.connect, "127.0.0.1:port")
s = connect()
err(s.docmd, "NOOP\r\nQUIT")
err(s.putcmd, "a\nb")
err(s.docmd, "DROP")
err(s.noop)
err(s.ehlo)
print(s.sock)
err(smtplib.SMTP, "127.0.0.1", PORT, local_hostname="x", timeout=0)
show("errors")

# module helpers and the exception classes
print(smtplib.quoteaddr("Alice <a@b.c>"), smtplib.quoteaddr("a@b.c"), smtplib.quoteaddr("<>"),
      smtplib.quoteaddr(""), smtplib.quoteaddr("<not closed"))
print(repr(smtplib.quotedata(".a\n..b\rc\r\n.d")))
print(smtplib.SMTP_PORT, smtplib.SMTP_SSL_PORT, smtplib.LMTP_PORT, smtplib.CRLF == "\r\n", smtplib.bCRLF)
for cls in [smtplib.SMTPNotSupportedError, smtplib.SMTPServerDisconnected, smtplib.SMTPResponseException,
            smtplib.SMTPSenderRefused, smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError,
            smtplib.SMTPConnectError, smtplib.SMTPHeloError, smtplib.SMTPAuthenticationError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])
e = smtplib.SMTPResponseException(550, b"no")
print(e, repr(e), e.smtp_code, e.smtp_error)
e = smtplib.SMTPSenderRefused(553, b"bad", "x@y")
print(e, e.sender, e.args)
e = smtplib.SMTPRecipientsRefused({"a": (550, b"no")})
print(e, e.recipients)
print(str(smtplib.SMTPServerDisconnected("gone")))
print(sorted(n for n in smtplib.__all__ if n != "SMTP_SSL"))
print(smtplib.LMTP.ehlo_msg, smtplib.SMTP.ehlo_msg, smtplib.SMTP.default_port)

server.shutdown()
server.server_close()
thread.join()
print("done")
