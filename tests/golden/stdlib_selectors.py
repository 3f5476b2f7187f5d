# selectors: DefaultSelector/PollSelector/SelectSelector over socketpairs: register, modify, select, get_key, get_map, errors
import selectors
import socket

for cls in (selectors.DefaultSelector, selectors.SelectSelector, selectors.PollSelector):
    a, b = socket.socketpair()
    with cls() as sel:
        key = sel.register(a, selectors.EVENT_READ, data="reader")
        print(cls.__name__, key.fileobj is a, key.events, key.data, key.fd == a.fileno())
        print(sel.select(0))
        b.send(b"hello")
        ready = sel.select(1)
        print([(k.data, ev) for k, ev in ready])
        print(a.recv(10))
        key2 = sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
        ready = sel.select(0)
        print(sorted((k.data, ev) for k, ev in ready))
        k = sel.modify(b, selectors.EVENT_READ, data="b-read")
        print(k.events, k.data, sel.get_key(b).data)
        k = sel.modify(b, selectors.EVENT_READ, data="renamed")
        print(k.data, len(sel.get_map()), sorted(x.data for x in sel.get_map().values()))
        print(b in [x.fileobj for x in sel.get_map().values()], sel.get_map()[a].data)
        for bad in (0, 4, selectors.EVENT_READ | 8):
            try:
                sel.register(socket.socket(), bad)
            except ValueError as e:
                print("ValueError", e)
        try:
            sel.register(a, selectors.EVENT_READ)
        except KeyError as e:
            print("KeyError", str(e).startswith("'<socket.socket") or str(e)[:20])
        try:
            sel.register("notafile", selectors.EVENT_READ)
        except ValueError as e:
            print("ValueError", e)
        try:
            sel.register(-5, selectors.EVENT_READ)
        except ValueError as e:
            print("ValueError", e)
        try:
            sel.get_key(12345)
        except KeyError as e:
            print("KeyError", e)
        try:
            sel.unregister(12345)
        except KeyError as e:
            print("KeyError", e)
        try:
            sel.modify(12345, selectors.EVENT_READ)
        except KeyError as e:
            print("KeyError", e)
        print(sel.unregister(b).data, len(sel.get_map()))
        b.close()
        ready = sel.select(1)
        print([(k.data, ev) for k, ev in ready], a.recv(10))
    try:
        sel.get_key(a)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(sel.get_map())
    a.close()
print(selectors.EVENT_READ, selectors.EVENT_WRITE, issubclass(selectors.PollSelector, selectors.BaseSelector))
k = selectors.SelectorKey(1, 1, selectors.EVENT_READ, None)
print(k)
