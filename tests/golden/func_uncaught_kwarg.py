def connect(host, port=80, *, timeout=10):
    return "%s:%d (timeout %d)" % (host, port, timeout)
print(connect("example"))
print(connect("example", 8080, timeout=1))
print(connect("example", tiemout=5))
