# smtplib without ssl (trc has no ssl module): starttls raises CPython's "No SSL
# support" RuntimeError once the server agrees, and SMTP_SSL raises it when made.
import smtplib
import socket
import threading

listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]


def serve():
    conn, _ = listener.accept()
    f = conn.makefile("rb")
    conn.sendall(b"220 ready\r\n")
    f.readline()
    conn.sendall(b"250-test.local\r\n250 STARTTLS\r\n")
    print("server got", f.readline())
    conn.sendall(b"220 go ahead\r\n")
    f.close()
    conn.close()


t = threading.Thread(target=serve)
t.start()
s = smtplib.SMTP("127.0.0.1", port, local_hostname="me.example")
try:
    s.starttls()
except RuntimeError as e:
    print("RuntimeError:", e)
s.close()
t.join()
listener.close()
try:
    smtplib.SMTP_SSL("127.0.0.1", port)
except RuntimeError as e:
    print("RuntimeError:", e)
print(smtplib.SMTP_SSL.default_port, issubclass(smtplib.SMTP_SSL, smtplib.SMTP))
