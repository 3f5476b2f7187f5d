# select: select.select, select.poll and select.epoll on socketpairs (readiness, modify/unregister, timeouts, error texts)
import select
import socket

a, b = socket.socketpair()
print(select.select([a], [], [], 0))
r, w, x = select.select([a, b], [a, b], [], 0)
print(len(r), len(w) == 2, x)
b.send(b"ping")
r, w, x = select.select([a, b.fileno()], [], [], 1.5)
print(r == [a], w, x)
print(a.recv(10))

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno())
print(sorted(p.poll(0)) == [(b.fileno(), select.POLLOUT)])
b.send(b"x")
events = dict(p.poll(100))
print(events[a.fileno()] & select.POLLIN != 0, events[b.fileno()] == select.POLLOUT)
p.modify(a, select.POLLOUT)
print(sorted(p.poll(0)) == sorted([(a.fileno(), select.POLLOUT), (b.fileno(), select.POLLOUT)]))
p.unregister(b)
print(p.poll(None) == [(a.fileno(), select.POLLOUT)])
try:
    p.unregister(b)
except KeyError as e:
    print("KeyError", e.args == (b.fileno(),))
try:
    p.modify(b, select.POLLIN)
except FileNotFoundError as e:
    print(type(e).__name__, e)
b.close()
p.modify(a, select.POLLIN)
ev = p.poll(1000)
print(ev[0][0] == a.fileno(), ev[0][1] & (select.POLLIN | select.POLLHUP) != 0)
print(a.recv(10), a.recv(10))
print(select.select([a], [], [], 0)[0] == [a])
a.close()

class Holder:
    def __init__(self, sock):
        self.sock = sock
    def fileno(self):
        return self.sock.fileno()

c, d = socket.socketpair()
h = Holder(d)
c.send(b"1")
r, w, x = select.select([h], [], [])
print(r[0] is h)
for bad in ([-1], ["x"], [1.5]):
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for t in (-1, "x"):
    try:
        select.select([], [], [], t)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select(3, [], [])
except TypeError as e:
    print(e)
print(select.select([], [], [], 0.01))
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL)
c.close(); d.close()


def epoll_checks():
    a, b = socket.socketpair()
    ep = select.epoll()
    print(ep.closed, ep.fileno() > 2)
    ep.register(a.fileno(), select.EPOLLIN)
    print(ep.poll(0))
    b.send(b"x")
    print(ep.poll(1) == [(a.fileno(), select.EPOLLIN)])
    ep.modify(a, select.EPOLLIN | select.EPOLLOUT)
    print(ep.poll(0, 4) == [(a.fileno(), select.EPOLLIN | select.EPOLLOUT)])
    try:
        ep.register(a, select.EPOLLIN)
    except FileExistsError as e:
        print(type(e).__name__, e)
    ep.unregister(a)
    try:
        ep.unregister(a)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        ep.poll(0, 0)
    except ValueError as e:
        print(e)
    with select.epoll() as ep2:
        print(ep2.closed)
    print(ep2.closed)
    ep.close(); ep.close()
    try:
        ep.poll()
    except ValueError as e:
        print(e)
    print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLHUP)
    a.close(); b.close()

epoll_checks()
