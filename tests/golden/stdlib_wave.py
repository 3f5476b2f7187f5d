# wave: writing WAV files (header bytes, patched lengths), reading them back, positions,
# and the errors of bad parameters and malformed files.
import io
import os
import struct
import tempfile
import wave

buf = io.BytesIO()
w = wave.open(buf, 'wb')
w.setnchannels(2)
w.setsampwidth(2)
w.setframerate(8000.4)
w.setcomptype('NONE', 'not compressed')
print(w.getparams(), w.tell(), w.getnframes())
frames = struct.pack('<8h', 1, -1, 2, -2, 3, -3, 4, -4)
w.writeframes(frames[:8])
w.writeframesraw(bytearray(frames[8:]))
print(w.tell(), w.getnframes())
for setter, args in ((w.setnchannels, (1,)), (w.setparams, ((1, 1, 8000, 0, 'NONE', ''),))):
    try:
        setter(*args)
    except wave.Error as e:
        print("Error", e)
w.close()
w.close()
data = buf.getvalue()
print(len(data), data[:44])

r = wave.open(io.BytesIO(data))
print(r.getparams(), r.getmarkers(), r.tell())
print(r.readframes(1), r.tell(), r.readframes(0))
r.setpos(3)
print(r.readframes(5), r.tell())
r.rewind()
print(r.readframes(2))
for bad in (lambda: r.setpos(5), lambda: r.setpos(-1), lambda: r.getmark(1)):
    try:
        bad()
    except wave.Error as e:
        print("Error", e)
r.close()

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'x.wav')
    with wave.open(path, 'w') as w:
        w.setparams((1, 1, 11025, 10, 'NONE', 'not compressed'))
        w.writeframes(b'\x80\x81\x82')
    with open(path, 'rb') as f:
        raw = f.read()
    print(len(raw), struct.unpack('<4sL4s', raw[:12]), raw[40:44])
    with wave.open(path) as r:
        print(r.getnframes(), r.getsampwidth(), r.getframerate(), r.readframes(10), r.getfp() is not None)
    with open(path, 'rb') as f:
        print(type(wave.open(f)).__name__)

w = wave.Wave_write(io.BytesIO())
for call in (w.getnchannels, w.getsampwidth, w.getframerate, w.getparams,
             lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0),
             lambda: w.setcomptype('ULAW', ''), lambda: w.setmark(1, 2, 'x'),
             lambda: w.writeframes(b'ab')):
    try:
        call()
    except wave.Error as e:
        print("Error", e)
w.setnchannels(1)
for call in (lambda: w.writeframes(b'ab'), ):
    try:
        call()
    except wave.Error as e:
        print("Error", e)
w.setsampwidth(1)
try:
    w.close()
except wave.Error as e:
    print("Error", e)

def header(fmt_tag=1, channels=1, bits=8, data=b'ab', order=('fmt ', 'data'), form=b'WAVE', riff=b'RIFF'):
    fmt = struct.pack('<HHLLHH', fmt_tag, channels, 8000, 8000, 1, bits)
    chunks = {'fmt ': b'fmt ' + struct.pack('<L', len(fmt)) + fmt,
              'data': b'data' + struct.pack('<L', len(data)) + data,
              'junk': b'junk' + struct.pack('<L', 3) + b'xyz\0'}
    body = form + b''.join(chunks[c] for c in order)
    return riff + struct.pack('<L', len(body)) + body

print(wave.open(io.BytesIO(header(order=('junk', 'fmt ', 'data')))).readframes(5))
for kw in ({'riff': b'RIFX'}, {'form': b'AVI '}, {'fmt_tag': 3}, {'channels': 0}, {'bits': 0},
           {'order': ('data', 'fmt ')}, {'order': ('fmt ',)}, {'order': ('junk',)}):
    try:
        wave.open(io.BytesIO(header(**kw)))
    except wave.Error as e:
        print("Error", e)
for data in (b'', b'RIFF\x20\0\0\0WAVEfmt \x04\0\0\0ab'):
    try:
        wave.open(io.BytesIO(data))
    except EOFError as e:
        print("EOFError", repr(e))
try:
    wave.open(io.BytesIO(), 'a')
except wave.Error as e:
    print("Error", e)
