# The codecs module: lookup() and CodecInfo, encode()/decode() through the registry
# (their wrapped error texts), getencoder()/getdecoder(), the BOM constants.
import codecs
ci = codecs.lookup("windows-1252")
print(ci.name, ci.encode("a€"), ci.decode(b"a\x80"), ci[0] is ci.encode, len(ci), isinstance(ci, tuple))
print(codecs.encode("é", "latin-1"), codecs.decode(b"\xe9", "latin-1"), codecs.encode("x"), codecs.decode(b"x"))
for f in [lambda: codecs.encode('\udc00','utf-8','foo'), lambda: codecs.encode(b'x','utf-8'), lambda: codecs.decode('x','latin-1'), lambda: codecs.lookup(1), lambda: codecs.encode('x', 'nope'), lambda: codecs.decode(b'\xff', 'utf-8'), lambda: codecs.encode(b'x', 'cp1252'), lambda: codecs.decode(memoryview(b'\xe9'), 'cp1252'), lambda: codecs.getencoder('koi8-r')('Мир'), lambda: codecs.getdecoder('utf-16')(b'\xff\xfea\x00')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_UTF32_BE)
print(repr(ci).startswith("<codecs.CodecInfo object for encoding cp1252 at 0x"))
for n in ["latin1", "utf8", "U8", "koi8_r", "mac_roman", "utf_16le", "iso.8859_2", "l2", "646", "utf-8-sig"]:
    print(n, codecs.lookup(n).name)
