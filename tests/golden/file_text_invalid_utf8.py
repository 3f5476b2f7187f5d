# Reading a text file decodes UTF-8 strictly: invalid bytes raise UnicodeDecodeError,
# valid multibyte text reads back unchanged. (Where a line-by-line read fails depends
# on CPython's buffering, so only whole reads of bad text are shown.)
path = "/tmp/trc_golden_file_text_invalid_utf8.txt"
with open(path, "wb") as f:
    f.write(b"ok caf\xc3\xa9\nbad \xff\xfe here\n")
with open(path, encoding="utf-8") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason, e.start, isinstance(e, UnicodeError))
with open(path) as f:
    try:
        f.read()
    except UnicodeError as e:
        print(type(e).__name__, e)
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    f.write("naïve ☃\n")
with open(path) as f:
    print([line for line in f], len(open(path).read()))
