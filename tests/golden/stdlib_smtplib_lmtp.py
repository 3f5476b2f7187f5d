# smtplib.LMTP over a Unix socket: LHLO, a command, QUIT, and a path that does not exist.
import os, smtplib, socket, tempfile, threading
d = tempfile.mkdtemp()
path = os.path.join(d, "lmtp.sock")
ls = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
ls.bind(path)
ls.listen(1)
got = []
def serve():
    c, _ = ls.accept()
    f = c.makefile("rb")
    c.sendall(b"220 lmtp ready\r\n")
    while True:
        line = f.readline()
        if not line:
            break
        got.append(line)
        if line.startswith(b"LHLO") or line.startswith(b"lhlo"):
            c.sendall(b"250-lmtp.local\r\n250 PIPELINING\r\n")
        elif line.startswith(b"quit"):
            c.sendall(b"221 bye\r\n")
            break
        else:
            c.sendall(b"250 ok\r\n")
    f.close(); c.close()
t = threading.Thread(target=serve); t.start()
l = smtplib.LMTP(path, local_hostname="me")
print(l.ehlo(), l.esmtp_features, l.noop(), l.quit())
t.join(); ls.close(); os.remove(path); os.rmdir(d)
print(got)
try:
    smtplib.LMTP("/nonexistent/sock", local_hostname="x")
except OSError as e:
    print(type(e).__name__, e.errno)
