# C types' __init__ is a slot wrapper a subclass reaches through super() and a program
# may call again, as CPython's tp_init
import collections, io, struct, functools

class Ring(collections.deque):
    def __init__(self, items):
        super().__init__(items, 3)
r = Ring([1, 2, 3, 4, 5])
print(r, r.maxlen)
d = collections.deque([1])
d.__init__([7, 8])
print(d)
collections.deque.__init__(d, 'ab', 1)
print(d, d.maxlen)
print(collections.deque.__init__ is collections.deque.__dict__['__init__'])

class Text(io.StringIO):
    def __init__(self):
        super().__init__('hello')
print(Text().read())

class Half(struct.Struct):
    def __init__(self):
        super().__init__('<e')
print(Half().unpack(Half().pack(0.5)))

try:
    struct.Struct.__init__(1)
except TypeError as e:
    print(e)
try:
    Ring()
except TypeError as e:
    print(e)
