# sys.stdout/stderr/stdin.buffer: binary layers whose writes interleave with text writes; f.buffer of files, closing
import sys

print("text 1")
sys.stdout.buffer.write(b"bytes 2\n")
sys.stdout.write("text 3\n")
n = sys.stdout.buffer.write(bytearray(b"bytes 4\n"))
print(n, sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.mode, sys.stdin.buffer.mode)
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stderr.buffer.fileno())
sys.stdout.buffer.write("caf\u00e9 \u2713\n".encode())
print(sys.stdout.buffer.name, sys.stdin.buffer.name, sys.stderr.buffer.name)
sys.stdout.buffer.flush()
sys.stderr.buffer.write(b"to stderr\n")
for bad in ("str", 5):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.stdin.buffer.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
print(type(sys.stdin.buffer.read()), sys.stdin.buffer.read())

path = "/tmp/_trc_sys_stdio_buffer.txt"
with open(path, "w") as f:
    b = f.buffer
    b.write(b"binary\n")
    print(f.closed, b.closed, b.mode, b.name == path)
print(f.closed, b.closed)
with open(path) as f:
    print(repr(f.buffer.read()), f.buffer.mode)
f = open(path, "a")
f.buffer.close()
print(f.closed, f.buffer.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
import os
os.remove(path)
print("done")
