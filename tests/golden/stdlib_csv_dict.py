# csv.DictReader/DictWriter (restkey, restval, blank lines, extrasaction) and dialect classes and registry
import csv
import io

text = 'name,age,city\r\nAnn,30,Oslo\r\n\r\nBob,25\r\nCy,40,Rome,extra1,extra2\r\n'
r = csv.DictReader(io.StringIO(text, newline=''))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)

r = csv.DictReader(io.StringIO(text, newline=''), restkey='more', restval='?')
print(list(r))

r = csv.DictReader(['1;2;3', '4;5'], fieldnames=['a', 'b', 'c'], delimiter=';')
print(r.fieldnames, list(r))

r = csv.DictReader(['x,x,y', '1,2,3'])   # duplicate names: the last value wins
print(list(r))

r = csv.DictReader([])
print(r.fieldnames, list(r))

r = csv.DictReader(['a,b'])
r.fieldnames = ['p', 'q']
print(r.fieldnames, list(r))

r = csv.DictReader(['a\tb', '1\t2'], dialect='excel-tab')
print(next(r), r.dialect, r.reader.dialect.delimiter == '\t')

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'name', 'note'], restval='-')
print(w.writeheader())
print(w.writerow({'id': 1, 'name': 'Ann, A.', 'note': 'x"y'}))
w.writerows([{'id': 2}, {'name': 'Bob', 'id': 3}])
print(repr(out.getvalue()))
try:
    w.writerow({'id': 4, 'oops': 1})
except ValueError as e:
    print('ValueError:', e)

out = io.StringIO()
w = csv.DictWriter(out, ['a', 'b'], extrasaction='IGNORE', lineterminator='\n')
w.writerow({'a': 1, 'z': 2, 'b': None})
print(repr(out.getvalue()), w.extrasaction)
try:
    csv.DictWriter(out, ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError:', e)

# dialect classes
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting,
      repr(csv.unix_dialect.lineterminator), csv.excel().delimiter)
print(sorted(csv.list_dialects()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
try:
    csv.Dialect()
except csv.Error as e:
    print('Error:', e)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


Semi()
print(list(csv.reader(["a; 'b;c'; d"], Semi)))


class Broken(csv.excel):
    delimiter = '::'


try:
    Broken()
except csv.Error as e:
    print('Error:', e)
try:
    csv.reader([], Broken)
except TypeError as e:
    print('TypeError:', e)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(type(d).__name__, d.delimiter, d.quoting, repr(d.lineterminator), d.strict)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a', 1])
print(repr(out.getvalue()))
csv.register_dialect('semi', Semi, strict=True)
print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi').strict)
csv.register_dialect('pipes2', d)
print(csv.get_dialect('pipes2') is d, csv.reader([], d).dialect is d)
print(sorted(csv.list_dialects()))
csv.unregister_dialect('pipes')
csv.unregister_dialect('pipes2')
for action in (lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes'),
               lambda: csv.register_dialect(5), lambda: csv.register_dialect('bad', quoting=9)):
    try:
        action()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(csv.list_dialects()))
print(issubclass(csv.Error, Exception), csv.Error.__name__, csv.Error.__module__, repr(csv.Error('m')))
try:
    list(csv.reader(['"a"b'], strict=True))
except Exception as e:
    print(type(e), e.args)
raise csv.Error('final')
