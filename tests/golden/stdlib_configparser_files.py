# configparser with files: read() of several paths (missing ones skipped), read_file,
# and write() round trips byte for byte, with and without spaces around delimiters.
import configparser
import io
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    one = os.path.join(d, 'one.ini')
    two = os.path.join(d, 'two.ini')
    with open(one, 'w') as f:
        f.write("[DEFAULT]\nbase = /opt\n[app]\nname = demo\npath = %(base)s/demo\n")
    with open(two, 'w') as f:
        f.write("[app]\nname = override\n[db]\nhost = localhost\nport = 5432\n")
    cp = configparser.ConfigParser()
    found = cp.read([one, os.path.join(d, 'missing.ini'), pathlib.Path(two)])
    print([os.path.basename(p) for p in found])
    print(cp.get('app', 'name'), cp.get('app', 'path'), cp.getint('db', 'port'))
    print([os.path.basename(p) for p in cp.read(one)])

    cp['multi'] = {'text': 'line one\nline two', 'pct': '100%%', 'empty': ''}
    out = os.path.join(d, 'out.ini')
    with open(out, 'w') as f:
        cp.write(f)
    with open(out) as f:
        text = f.read()
    print(text, end='')
    back = configparser.ConfigParser()
    with open(out) as f:
        back.read_file(f)
    print(back.get('multi', 'text') == 'line one\nline two', back.get('multi', 'pct'))
    print({s: dict(back.items(s, raw=True)) == dict(cp.items(s, raw=True)) for s in cp.sections()})

    buf = io.StringIO()
    cp.write(buf, space_around_delimiters=False)
    print(buf.getvalue(), end='')

    nv = configparser.RawConfigParser(allow_no_value=True, delimiters=(':',))
    nv.read_string("[flags]\nverbose\nlevel: 3\n")
    buf = io.StringIO()
    nv.write(buf)
    print(buf.getvalue(), end='')

    strict = configparser.ConfigParser()
    with open(one) as f:
        strict.read_file(f, source='custom-name')
    try:
        strict.read_file(io.StringIO("[app]\n[app]\n"))
    except configparser.DuplicateSectionError as e:
        print(e)
    try:
        strict.read_file(["[x]\n", "a=1\n", "a=2\n"])
    except configparser.DuplicateOptionError as e:
        print(e)
    bad = os.path.join(d, 'bad.ini')
    with open(bad, 'w') as f:
        f.write("oops\n")
    try:
        configparser.ConfigParser().read(bad)
    except configparser.MissingSectionHeaderError as e:
        print(str(e).replace(d, '<tmp>'))
