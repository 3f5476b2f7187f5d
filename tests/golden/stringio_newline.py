# io.StringIO(newline=...): translation on write (None, '\r', '\r\n') and line splitting for readline/iteration ('' is universal)
import io

text = 'one\r\ntwo\rthree\nfour\r\r\nfive'
for newline in ('\n', None, '', '\r', '\r\n'):
    s = io.StringIO(text, newline=newline)
    print(repr(newline), repr(s.getvalue()), list(s))
    s = io.StringIO(newline=newline)
    print(s.write('a\r'), s.write('\nb\n'), repr(s.getvalue()))
    s.seek(0)
    print(repr(s.readline()), repr(s.readline(1)), s.readlines())
s = io.StringIO('ab\r\ncd', newline='')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))
print(list(io.StringIO('x\r\ny', newline='\r\n')), list(io.StringIO('x\ry\r', newline='\r')))
for bad in ('x', '\n\r', 5, b'\n'):
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
