# The 'namereplace' error handler: \N{NAME} for a character with a name, \x, \u or \U
# escapes for the others, in every codec that encodes, and codecs.namereplace_errors.
import codecs

text = "é€\U0001F600\x00\u0378\ud800가\u4e00\U00020000\x7f\x85"
for enc in ["ascii", "latin-1", "utf-8", "cp1252", "utf-16-le", "koi8_r", "gbk", "iso2022_jp"]:
    try:
        print(enc, text.encode(enc, "namereplace"))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(codecs.encode("naïve café", "ascii", "namereplace"))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "xé€y", 1, 3, "r")))
print(codecs.lookup_error("namereplace")(UnicodeEncodeError("ascii", "\U0001F600", 0, 1, "r")))
for exc in [UnicodeDecodeError("ascii", b"\xff", 0, 1, "r"), UnicodeTranslateError("é", 0, 1, "r"), KeyError(1)]:
    try:
        codecs.namereplace_errors(exc)
    except TypeError as e:
        print("TypeError:", e)
try:
    b"\xff".decode("utf-8", "namereplace")
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("cp1252", "namereplace")
except TypeError as e:
    print("TypeError:", e)
