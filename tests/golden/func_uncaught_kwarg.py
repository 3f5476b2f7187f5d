def tag(name, **attrs):
    return "<" + name + "".join([" %s=%r" % kv for kv in attrs.items()]) + ">"
print(tag("a", href="x"), tag("br"))
def connect(host, port=80, *, timeout=10):
    return "%s:%d (timeout %d)" % (host, port, timeout)
print(connect("example"))
print(connect("example", 8080, timeout=1))
print(tag("p", id=1, cls="c"))
print(connect.__defaults__, connect.__kwdefaults__)
print(connect("example", tiemout=5))
