# fileinput: several files as one stream with names and line numbers, the module
# functions, nextfile, binary mode, hooks, in-place editing with and without a backup,
# and the error texts. Files live in a temporary directory.
import fileinput
import gzip
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    def path(name):
        return os.path.join(d, name)

    for name, text in [('one.txt', 'a1\na2\na3\n'), ('two.txt', 'b1\nb2'), ('empty.txt', ''),
                       ('three.txt', 'c1\nc2\n')]:
        with open(path(name), 'w') as f:
            f.write(text)
    names = [path(n) for n in ('one.txt', 'two.txt', 'empty.txt', 'three.txt')]

    for line in fileinput.input(names):
        print(repr(line), os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2)
    print(fileinput.lineno(), fileinput.filelineno(), fileinput.fileno())
    fileinput.close()
    try:
        fileinput.lineno()
    except RuntimeError as e:
        print('RuntimeError', e)

    with fileinput.FileInput(names) as f:
        print(f.filename(), f.lineno(), f.readline())
        f.nextfile()
        print(repr(f.readline()), os.path.basename(f.filename()), f.lineno())
        for line in f:
            if f.isfirstline():
                print('first of', os.path.basename(f.filename()), repr(line))
    print(list(fileinput.FileInput(path('one.txt'), mode='rb')))
    print(list(fileinput.FileInput([path('two.txt')], openhook=fileinput.hook_encoded('ascii'))))

    with gzip.open(path('packed.gz'), 'wt') as g:
        g.write('zipped 1\nzipped 2\n')
    print(list(fileinput.input([path('packed.gz'), path('two.txt')], openhook=fileinput.hook_compressed)))
    with fileinput.input([path('packed.gz')], mode='rb', openhook=fileinput.hook_compressed) as f:
        print(list(f))

    fi = fileinput.input(names)
    next(fi)
    try:
        fileinput.input(names)
    except RuntimeError as e:
        print('RuntimeError', e)
    fileinput.close()

    for line in fileinput.input([path('one.txt'), path('two.txt')], inplace=True):
        print(line.rstrip('\n').upper() + '!')
    print('stdout restored')
    with open(path('one.txt')) as f:
        print(repr(f.read()))
    with open(path('two.txt')) as f:
        print(repr(f.read()))
    print(sorted(os.listdir(d)))
    os.chmod(path('three.txt'), 0o640)
    with fileinput.input(path('three.txt'), inplace=True, backup='.orig') as f:
        for line in f:
            sys.stdout.write('>' + line)
    with open(path('three.txt')) as f:
        print(repr(f.read()), oct(os.stat(path('three.txt')).st_mode & 0o777))
    with open(path('three.txt.orig')) as f:
        print(repr(f.read()))
    print(sorted(os.listdir(d)))

    for args, kw in [((names,), {'mode': 'w'}), ((names, True), {'openhook': fileinput.hook_encoded('utf-8')}),
                     ((names,), {'openhook': 'not callable'})]:
        try:
            fileinput.FileInput(*args, **kw)
        except ValueError as e:
            print('ValueError', e)
    try:
        list(fileinput.input([path('missing.txt')]))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    fileinput.close()
    sys.argv[1:] = [path('one.txt')]
    print(list(fileinput.FileInput()))
