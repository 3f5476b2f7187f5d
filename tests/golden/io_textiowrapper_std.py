import io, socket, sys

sys.stdout.write('start\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding='ascii', errors='replace')
print('naïve', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding='utf-8', errors='strict', line_buffering=False)
print(sys.stdout.line_buffering, sys.stdout.newlines)
try:
    sys.stdout.reconfigure(newline='?')
except ValueError as e:
    print(e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e:
    print(e)

out = io.TextIOWrapper(sys.stdout.buffer, encoding='latin-1', newline='\r\n')
out.write('café\n')
out.flush()
print(out.buffer is sys.stdout.buffer, out.encoding)
out.detach()
print('after detach')

inp = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8')
print(repr(inp.read()), repr(inp.readline()), inp.name)
inp.detach()

a, b = socket.socketpair()
with a, b:
    w = io.TextIOWrapper(a.makefile('wb'), encoding='utf-8', newline='\r\n')
    w.write('GET / HTTP/1.0\nHost: é\n\n')
    w.flush()
    r = io.TextIOWrapper(b.makefile('rb'), encoding='utf-8', newline='')
    print(repr(r.readline()), repr(r.readline()), repr(r.readline()))
    w.close()
    r.close()
