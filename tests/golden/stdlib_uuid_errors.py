# uuid: CPython's errors for bad input and for changing a UUID.
import uuid
from uuid import UUID

cases = [
    ('none', lambda: UUID()),
    ('two', lambda: UUID('12345678123456781234567812345678', int=5)),
    ('short', lambda: UUID('1234')),
    ('long', lambda: UUID('0' * 33)),
    ('nonhex', lambda: UUID('g' * 32)),
    ('bytes', lambda: UUID(bytes=b'\x00' * 15)),
    ('bytes_le', lambda: UUID(bytes_le=b'\x00' * 17)),
    ('fields len', lambda: UUID(fields=(1, 2, 3))),
    ('field 1', lambda: UUID(fields=(1 << 32, 0, 0, 0, 0, 0))),
    ('field 2', lambda: UUID(fields=(0, -1, 0, 0, 0, 0))),
    ('field 3', lambda: UUID(fields=(0, 0, 1 << 16, 0, 0, 0))),
    ('field 4', lambda: UUID(fields=(0, 0, 0, 256, 0, 0))),
    ('field 5', lambda: UUID(fields=(0, 0, 0, 0, 256, 0))),
    ('field 6', lambda: UUID(fields=(0, 0, 0, 0, 0, 1 << 48))),
    ('int', lambda: UUID(int=1 << 128)),
    ('int neg', lambda: UUID(int=-1)),
    ('version', lambda: UUID(int=0, version=6)),
    ('version 0', lambda: UUID(int=0, version=0)),
    ('bytes str', lambda: UUID(bytes='0123456789abcdef')),
    ('uuid3 bytes', lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x')),
    ('safe', lambda: uuid.SafeUUID(3)),
]
for label, call in cases:
    try:
        print(label, call())
    except (TypeError, ValueError, AssertionError) as e:
        print(label, type(e).__name__, e)
u = uuid.uuid4()
for name in ('int', 'hex', 'x'):
    try:
        setattr(u, name, 1)
    except TypeError as e:
        print(name, 'TypeError', e)
try:
    u.hex = 'x'
except TypeError as e:
    print('TypeError', e)
print(u.int == UUID(str(u)).int)
uuid.UUID(int=0).int = 1
