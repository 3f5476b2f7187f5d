# pickle: protocol 5 PickleBuffer in band (bytes / bytearray) and out of band (buffer_callback, buffers=), and its errors
import pickle
b = pickle.PickleBuffer(b'abc')
print(pickle.dumps(b, 5))
ba = bytearray(b'xyz')
print(pickle.dumps(pickle.PickleBuffer(ba), 5))
bufs = []
d = pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(ba)], 5, buffer_callback=bufs.append)
print(d, len(bufs))
r = pickle.loads(d, buffers=bufs)
print([bytes(x) for x in r])
try: pickle.dumps(b, 4)
except Exception as e: print(type(e).__name__, e)
try: pickle.loads(d)
except Exception as e: print(type(e).__name__, e)
print(bytes(b.raw()))
