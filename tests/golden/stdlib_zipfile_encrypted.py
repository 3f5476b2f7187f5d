# zipfile: members under traditional PKWARE encryption (written here by hand, as
# zipfile cannot write them) read with the right password, refused with a wrong or
# missing one, plus setpassword and the password type checks.
import io
import struct
import zipfile
import zlib


def crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


TABLE = crc_table()


class Cipher:
    def __init__(self, pwd):
        self.keys = [305419896, 591751049, 878082192]
        for c in pwd:
            self.update(c)

    def update(self, c):
        k = self.keys
        k[0] = (k[0] >> 8) ^ TABLE[(k[0] ^ c) & 0xFF]
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (k[2] >> 8) ^ TABLE[(k[2] ^ (k[1] >> 24)) & 0xFF]

    def encrypt(self, data):
        out = bytearray()
        for c in data:
            k = self.keys[2] | 2
            out.append(c ^ (((k * (k ^ 1)) >> 8) & 0xFF))
            self.update(c)
        return bytes(out)


def encrypted_zip(members, pwd):
    """members: (name, data, method); a zip whose members are encrypted with pwd."""
    out = bytearray()
    central = bytearray()
    for name, data, method in members:
        crc = zlib.crc32(data)
        body = data if method == zipfile.ZIP_STORED else zlib.compress(data, 9)[2:-4]
        header = bytes(range(11)) + bytes([crc >> 24])
        payload = Cipher(pwd).encrypt(header + body)
        fname = name.encode()
        offset = len(out)
        out += struct.pack("<4s2B4HL2L2H", b"PK\003\004", 20, 0, 1, method, 0, 0x5021, crc, len(payload),
                           len(data), len(fname), 0) + fname + payload
        central += struct.pack("<4s4B4HL2L5H2L", b"PK\001\002", 20, 3, 20, 0, 1, method, 0, 0x5021, crc,
                               len(payload), len(data), len(fname), 0, 0, 0, 0, 0o600 << 16, offset) + fname
    out += central + struct.pack("<4s4H2LH", b"PK\005\006", 0, 0, len(members), len(members), len(central),
                                 len(out), 0)
    return bytes(out)


blob = encrypted_zip([("secret.txt", b"the treasure is buried here\n" * 20, zipfile.ZIP_DEFLATED),
                      ("plain.bin", bytes(range(200)), zipfile.ZIP_STORED)], b"opensesame")
with zipfile.ZipFile(io.BytesIO(blob)) as zf:
    for zi in zf.infolist():
        print(zi.filename, zi.flag_bits, zi.compress_size, zi.file_size, zi.date_time)
    print(zf.read("secret.txt", pwd=b"opensesame")[:28], len(zf.read("plain.bin", b"opensesame")))
    with zf.open("secret.txt", pwd=b"opensesame") as f:
        print(f.read(10), f.seek(100), f.read(8), f.seek(0), f.read(3))
    for call in (lambda: zf.read("secret.txt"), lambda: zf.read("secret.txt", pwd=b"wrong"),
                 lambda: zf.read("secret.txt", pwd="str"), lambda: zf.setpassword("str"),
                 lambda: zf.open("plain.bin", "w", pwd=b"x")):
        try:
            call()
        except (RuntimeError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
    zf.setpassword(b"opensesame")
    print(zf.testzip(), zf.read("plain.bin")[-3:])
