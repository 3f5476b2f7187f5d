# csv.writer: quoting modes, escapechar, doublequote, lineterminator, number formatting, errors, round trip through a real file
import csv
import io
import os


def show(rows, **kw):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for row in rows:
            w.writerow(row)
        print(repr(out.getvalue()))
    except Exception as e:
        print(repr(out.getvalue()), type(e).__module__, type(e).__name__ + ':', e)


rows = [['a', 'b,c', 'say "hi"', ''], [1, 2.5, -0.1, 1e20, 10**20, True, None],
        ['line\nbreak', 'cr\rhere', ' space ']]
show(rows)
show(rows, quoting=csv.QUOTE_ALL)
show(rows, quoting=csv.QUOTE_NONNUMERIC)
show([['a', 1.0, 3, 2+3j, False, None, '']], quoting=csv.QUOTE_NONNUMERIC)
show([['a,b']], quoting=csv.QUOTE_NONE)
show([['a,b', 'c"d', 'e\\f', 'g\nh']], quoting=csv.QUOTE_NONE, escapechar='\\')
show([['c"d']], doublequote=False)
show([['c"d', 'x,y']], doublequote=False, escapechar='\\')
show([['esc\\aped', 'plain']], escapechar='\\')
show([['a', 'b']], lineterminator='\n')
show([['a\rb', 'c\nd']], lineterminator='\n')
show([['a', 'b']], lineterminator='')
show([['x;y', 'z']], delimiter=';', quotechar="'")
show([["it's", 'a;b']], delimiter=';', quotechar="'")
show([['a', 'b c']], quotechar=None)
show([['a b', 'c,d']], quotechar=None)
show([[''], [None], [], ['', '']])
show([['']], quoting=csv.QUOTE_NONE)
show([['x', 'y']], dialect='unix')
show([['x', 'y']], dialect=csv.excel_tab)
show([3])
show([['ok'], 'abc', ('t', 1), range(3)])
show([['a']], dialect='nope')
show([['a']], escapechar='ab')


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return '%d.%02d' % divmod(self.cents, 100)


show([[Money(1234), Money(5)]])

# writerow returns what write() returned; writerows returns None
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['abc', 'de']), w.writerows([['1'], ['2', '3']]), repr(out.getvalue()))
print(type(w).__name__, w.dialect.delimiter, repr(w.dialect.lineterminator))

try:
    csv.writer(42)
except TypeError as e:
    print('TypeError:', e)


class Collector:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)
        return 'written'


c = Collector()
print(csv.writer(c, quoting=csv.QUOTE_ALL).writerow(['q', 7]), c.lines)

# write a real file with newline='' and read it back
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stdlib_csv_writer.tmp.csv')
data = [['name', 'note', 'score'], ['Ann', 'multi\nline "quote"', 9.5],
        ['Bob', 'a,b', 7], ['', '', '']]
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerows(data)
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(path, newline='') as f:
    back = list(csv.reader(f))
print(back == [[str(x) for x in row] for row in data])
os.remove(path)
print(os.path.exists(path))
