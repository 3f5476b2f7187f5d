# linecache: getline/getlines over files in a temporary directory, the cache entries,
# checkcache after a change, names it never reads, sys.path lookup, encodings, lazycache.
import linecache
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mod.py')
    with open(path, 'w', newline='') as f:
        f.write('first = 1\r\nsecond = 2\rthird = 3\nlast without newline')
    print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 4)))
    print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 5)), repr(linecache.getline(path, -1)))
    print(linecache.getlines(path))
    size, mtime, lines, full = linecache.cache[path]
    print(size, type(mtime).__name__, len(lines), full == path)
    with open(path, 'w') as f:
        f.write('changed and longer than before\n')
    print(repr(linecache.getline(path, 1)))
    linecache.checkcache(path)
    print(path in linecache.cache, repr(linecache.getline(path, 1)))
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache, linecache.getlines(path))

    latin = os.path.join(d, 'latin.py')
    with open(latin, 'wb') as f:
        f.write(b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\n')
    bom = os.path.join(d, 'bom.py')
    with open(bom, 'wb') as f:
        f.write(b'\xef\xbb\xbfx = "\xc3\xa9"\n')
    bad = os.path.join(d, 'bad.py')
    with open(bad, 'wb') as f:
        f.write(b'x = "\xff"\n')
    empty = os.path.join(d, 'empty.py')
    open(empty, 'w').close()
    print(linecache.getlines(latin), linecache.getlines(bom), linecache.getlines(bad), linecache.getlines(empty))

    sys.path.insert(0, d)
    with open(os.path.join(d, 'onpath.py'), 'w') as f:
        f.write('found = True\n')
    print(repr(linecache.getline('onpath.py', 1)), linecache.cache['onpath.py'][3] == os.path.join(d, 'onpath.py'))
    sys.path.pop(0)
    print(linecache.getline('no_such_file_anywhere.py', 1) == '', linecache.getlines(os.path.join(d, 'nope.py')))
    print(linecache.getlines('<string>'), linecache.getlines(''), linecache.getlines(d))
    print('<string>' in linecache.cache, '' in linecache.cache)

    class Loader:
        def get_source(self, name):
            return 'line one\nline two from ' + name

    print(linecache.lazycache('virtual.py', {'__name__': 'virt', '__loader__': Loader()}))
    print(len(linecache.cache['virtual.py']), linecache.lazycache('virtual.py', {}))
    print(linecache.getlines('virtual.py'), linecache.cache['virtual.py'][1])
    print(linecache.lazycache('virtual.py', {}), linecache.lazycache('<x>', {'__name__': 'x'}))
    print(linecache.lazycache('other.py', {'__name__': 'o'}), linecache.lazycache('other.py', None))
    linecache.clearcache()
    print(linecache.cache)
