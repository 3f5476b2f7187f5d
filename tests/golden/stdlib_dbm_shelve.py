# dbm (dbm.dumb backend, CPython's .dat/.dir format) and shelve: flags, whichdb, errors,
# bytes/str keys, values growing past their block, deletion, reopening, shelve writeback.
# New databases are made with dbm.dumb.open: CPython's dbm.open would pick dbm.ndbm for
# them; on existing dbm.dumb files both pick dbm.dumb.
import dbm
import dbm.dumb
import os
import shelve
import tempfile

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, 'db')

print(dbm.whichdb(base))
try:
    dbm.open(base)
except dbm.error as e:
    print(type(e).__name__, e)
try:
    dbm.open(base, 'w')
except dbm.error[0] as e:
    print(type(e).__module__, type(e).__name__, e)

with dbm.dumb.open(base, 'c') as db:
    db[b'a'] = b'alpha'
    db['b'] = 'b\u00e9ta'
    db['quote\'s "key"\n\t\\'] = b'\x00\x01'
    db[b'\xff\xfe'] = b'x' * 600
    db['a'] = b'A'                     # shrinks: same place
    db[b'\xff\xfe'] = b'y' * 1100      # grows past its blocks: moved to the end
    print(sorted(db.keys()), len(db), b'a' in db, 'zz' in db)
    print(db['b'], db[b'a'], len(db[b'\xff\xfe']), db.get(b'missing', b'dflt'))
    try:
        db[1] = b'x'
    except TypeError as e:
        print('TypeError:', e)
    try:
        db[b'k'] = 2
    except TypeError as e:
        print('TypeError:', e)
    try:
        db[b'nope']
    except KeyError as e:
        print('KeyError:', e)

print(dbm.whichdb(base), sorted(n for n in os.listdir(tmp)))
print(os.path.getsize(base + '.dat'))
with open(base + '.dir', encoding='latin-1') as f:
    print(sorted(f.read().splitlines()))

db = dbm.open(base, 'r')
print(sorted(db.items()))
try:
    db[b'x'] = b'y'
except dbm.error as e:
    print(type(e).__name__, e)
try:
    del db[b'a']
except dbm.error as e:
    print(type(e).__name__, e)
db.close()
try:
    db[b'a']
except dbm.error as e:
    print(type(e).__name__, e)
try:
    len(db)
except OSError as e:
    print(type(e).__name__, e)

db = dbm.open(base, 'w')
del db['a']
try:
    del db['a']
except KeyError as e:
    print('KeyError:', e)
print(sorted(db), list(db.values())[:0])
db.close()

db = dbm.dumb.open(base, 'n')
print(len(db), dbm.whichdb(base))
db.close()

try:
    dbm.dumb.open(base, 'x')
except ValueError as e:
    print('ValueError:', e)

with open(os.path.join(tmp, 'junk'), 'wb') as f:
    f.write(b'not a database at all')
print(repr(dbm.whichdb(os.path.join(tmp, 'junk'))))
try:
    dbm.open(os.path.join(tmp, 'junk'))
except dbm.error as e:
    print(type(e).__name__, e)

# shelve
sh_path = os.path.join(tmp, 'shelf')
dbm.dumb.open(sh_path, 'c').close()
with shelve.open(sh_path) as sh:
    sh['list'] = [1, 2, 3]
    sh['dict'] = {'k': (1.5, None, True)}
    sh['text'] = 'h\u00e9llo'
    print(sorted(sh), len(sh), 'list' in sh, 'nope' in sh)
    sh['list'].append(4)              # lost: no writeback
    print(sh['list'], sh.get('nope'), sh.get('nope', 7))
    try:
        sh['nope']
    except KeyError as e:
        print('KeyError:', e)
    del sh['text']
    try:
        del sh['text']
    except KeyError as e:
        print('KeyError:', e)
print(isinstance(sh, shelve.DbfilenameShelf), isinstance(sh, shelve.Shelf))
try:
    sh['list']
except ValueError as e:
    print('ValueError:', e)
print(repr(sh.dict))
sh.close()

sh = shelve.open(sh_path, writeback=True)
sh['list'].append(4)
sh['list'].append(5)
print(sh['list'], sorted(sh.cache))
sh.sync()
print(sh.cache)
sh['dict']['new'] = 1
sh.close()

sh = shelve.open(sh_path, flag='r')
print(sorted(sh.items()))
try:
    sh['x'] = 1
except dbm.error as e:
    print(type(e).__name__, e)
sh.close()

d = {}
s = shelve.Shelf(d, protocol=2)
s['x'] = {'a': 1}
print(sorted(d), type(d[b'x']).__name__, s['x'], dict(s))
s.close()

for name in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
print('done')
