ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba, ba.decode())
ba[1:3] = b"EE"
print(ba)
ba[0:1] = b""
print(ba)
del ba[0]
print(ba, ba.pop(), ba, ba.pop(0), ba)
ba.insert(0, 65)
ba.reverse()
print(ba, bytes(ba), ba.upper(), ba.find(b"l"))
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]), bytearray("abc", "ascii"), bytearray(b"x") * 3)
print(ba == bytes(ba), bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
try:
    ba.append(300)
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = -1
except ValueError as e:
    print("ValueError:", e)
ba3 = bytearray(b"abcabc")
ba3.remove(ord("b"))
print(ba3, ba3.count(b"c"), ba3.index(b"c"), ba3.replace(b"c", b"C"))
ba3.clear()
print(ba3, len(ba3), bool(ba3))
ba4 = bytearray(b"xyz")
ba4 += b"w"
ba4 *= 2
print(ba4, ba4[::-1], ba4.hex())
