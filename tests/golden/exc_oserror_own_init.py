# OSError subclasses whose __init__ never calls OSError.__init__ still have errno/strerror/filename (None)
class WrappedError(OSError):
    def __init__(self, reason):
        self.args = (reason,)
        self.reason = reason

    def __str__(self):
        return '<wrapped %s>' % self.reason

e = WrappedError(ConnectionRefusedError(111, 'Connection refused'))
print(repr(e), str(e), e.args)
print(e.errno, e.strerror, e.filename, e.filename2, isinstance(e, OSError))
try:
    raise WrappedError('boom')
except OSError as caught:
    print(type(caught).__name__, caught, caught.errno)

class Silent(OSError):
    def __init__(self):
        pass

s = Silent()
print(s.args, s.errno, s.strerror, repr(s))
print(OSError(2, 'x', 'f').filename, OSError('one').errno)
