# csv.reader: quoting, doubled quotes, escapechar, embedded newlines, skipinitialspace, strict errors, line_num, field_size_limit
import csv
import io


def parse(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        rows = []
        for row in r:
            rows.append(row)
        print(rows, r.line_num)
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ':', e)


parse(['a,b,c\r\n', '1,2,3\r\n'])
parse(['a,"b,c",d'])
parse(['"a ""quoted"" word",x'])
parse(['"multi\n', 'line",2\n', 'next,row\n'])
parse(['', 'a', '\r\n', 'b,'])
parse([',,', ',"",'])
parse(['a, b,  "c"'], skipinitialspace=True)
parse(['a, b,  "c"'])
parse(['  a  b ,c'], delimiter=' ', skipinitialspace=True)
parse(['a;b;"c;d"'], delimiter=';')
parse(["'x,y',z"], quotechar="'")
parse(['a\\,b,c\\\\d'], escapechar='\\')
parse(['"a\\"b",c'], escapechar='\\', doublequote=False)
parse(['"a""b",c'], doublequote=False)
parse(['abc\\'], escapechar='\\')
parse(['a\\\n', 'bc\n', 'd\n'], escapechar='\\')
parse(['"a"b,c'])
parse(['"a"b,c'], strict=True)
parse(['"abc'])
parse(['"abc'], strict=True)
parse(['a\rb'])
parse(['a\nb\n'])
parse(['a\r\n'])
parse(['"a,b",c'], quoting=csv.QUOTE_NONE)
parse(['1,2.5,"x",,-3e2'], quoting=csv.QUOTE_NONNUMERIC)
parse(['abc'], quoting=csv.QUOTE_NONNUMERIC)
parse(['a\0b'])
parse([b'a,b'])
parse(['a|b|c'], dialect='unix', delimiter='|')
parse(['a\tb'], dialect='excel-tab')
parse(['x'], dialect='nope')
parse(['x'], delimiter='ab')
parse(['x'], delimiter=None)
parse(['x'], quotechar=5)
parse(['x'], quotechar=None)
parse(['x'], dialect='excel', quotechar=None)
parse(['x'], quoting=7)
parse(['x'], quoting='all')
parse(['x'], lineterminator=None)
parse(['x'], bogus=1)

# line_num counts physical lines, records may span several
r = csv.reader(io.StringIO('h1,h2\r\n"x\r\ny",2\r\n\r\nlast,1\r\n', newline=''))
for row in r:
    print(r.line_num, row)

# a reader is its own iterator; reading after the end keeps raising StopIteration
r = csv.reader(['a,b'])
print(iter(r) is r, next(r), next(r, 'done'), next(r, 'done'))

# the dialect object is validated and read-only
d = csv.reader([], delimiter=';', quotechar="'", strict=True).dialect
print(type(d).__name__, d.delimiter, d.quotechar, d.escapechar, d.doublequote,
      d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
try:
    d.delimiter = ','
except AttributeError as e:
    print('AttributeError:', e)

# field_size_limit: old value returned, checked before each character is added
print(csv.field_size_limit())
print(csv.field_size_limit(5))
parse(['12345,x'])
parse(['123456,x'])
parse(['"1234"""'])
print(csv.field_size_limit(new_limit=131072))
try:
    csv.field_size_limit('big')
except TypeError as e:
    print('TypeError:', e)

# generator input and a file-like iterable
def lines():
    yield 'g1,g2'
    yield 'g3,"g4'
    yield 'cont"'
print(list(csv.reader(lines())))
print(list(csv.reader(io.StringIO('p,q\nr,s\n'))))
