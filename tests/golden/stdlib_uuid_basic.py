# uuid: the UUID class from every input form, all its views (str/repr/hex/int/bytes/
# bytes_le/urn/fields/time/clock_seq/node/variant/version), ordering and hashing,
# uuid3/uuid5 (deterministic), and properties of uuid1/uuid4 (random: not printed).
import uuid
from uuid import UUID

x = UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}')
print(x, repr(x), x.hex, x.int, x.urn)
print(x.bytes, x.bytes_le)
print(x.fields, x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant, x.clock_seq_low)
print(x.time, x.clock_seq, x.node, x.variant, x.version, int(x), x.is_safe)
forms = [
    UUID('12345678123456781234567812345678'),
    UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    UUID('{12345678-1234-5678-1234-567812345678}'),
    UUID(bytes=b'\x12\x34\x56\x78' * 4),
    UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
    UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    UUID(int=0x12345678123456781234567812345678),
    UUID(hex='12345678-1234-5678-1234-567812345678'),
]
print(all(f == forms[0] for f in forms), len(set(forms)), forms[0])
print(UUID('12345678-1234-5678-1234-567812345678', version=4))
print(UUID(int=0), UUID(int=(1 << 128) - 1), UUID(int=0).variant, UUID(int=0).version)
for v in range(1, 6):
    u = UUID(int=0, version=v)
    print(v, u, u.variant, u.version)
print(UUID(int=0xc000 << 48).variant, UUID(int=0xe000 << 48).variant, UUID(int=0xe000 << 48).version)
print(UUID('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'), UUID('a0eebc999c0b4ef8bb6d6bb9bd380a11').bytes_le)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/\u00e9'), uuid.uuid5(uuid.NAMESPACE_OID, ''))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version, uuid.uuid3(x, 'n').variant)

a, b, c = UUID(int=1), UUID(int=2), UUID(int=2)
print(a < b, a <= b, b > a, b >= c, b == c, a != b, a == 1, sorted([b, a, c]))
print(hash(b) == hash(c), {b: 'x'}[c], a.__eq__('x'), a.__lt__(1))
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
print(a.__getstate__(), UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
s = UUID(int=5)
s.__setstate__({'int': 7, 'is_safe': -1})
print(s, s.is_safe, repr(uuid.SafeUUID.unknown), uuid.SafeUUID(0))
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)

u4 = [uuid.uuid4() for _ in range(50)]
print(len(set(u4)), all(u.version == 4 and u.variant == uuid.RFC_4122 for u in u4))
print(all(len(str(u)) == 36 and str(u)[14] == '4' and str(u)[19] in '89ab' for u in u4))
u1 = [uuid.uuid1() for _ in range(50)]
print(len(set(u1)), all(u.version == 1 and u.variant == uuid.RFC_4122 for u in u1))
print(all(p.time < q.time for p, q in zip(u1, u1[1:])), u1[0].node == uuid.getnode())
n = uuid.getnode()
print(0 <= n < 1 << 48, n == uuid.getnode(), type(n).__name__)
v = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(v.node == 0x123456789abc, v.clock_seq == 0x1234, v.version, str(v)[14], str(v)[-12:])
print(uuid.uuid1(clock_seq=0).clock_seq, uuid.uuid1(node=1).node)
