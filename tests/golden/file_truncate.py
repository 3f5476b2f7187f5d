# binary and text files: truncate() cuts at the current position or a given size,
# extends with zeros, keeps the position, and refuses read-only and closed files.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.bin")
    with open(path, "w+b") as f:
        f.write(b"0123456789")
        f.seek(4)
        print(f.truncate(), f.tell())
        print(f.truncate(7), f.tell())
        f.seek(0)
        print(f.read())
        print(f.truncate(None), f.tell())
    print(open(path, "rb").read())
    with open(path, "w") as f:
        f.write("hello world")
        print(f.truncate(5))
    print(open(path).read())
    with open(path, "rb") as f:
        try:
            f.truncate()
        except OSError as e:
            print(type(e).__name__, e)
    f = open(path, "r+b")
    f.close()
    try:
        f.truncate()
    except ValueError as e:
        print(type(e).__name__, e)
