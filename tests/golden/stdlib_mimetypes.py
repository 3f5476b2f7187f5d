import mimetypes
print(len(mimetypes.types_map), mimetypes.inited)
print(mimetypes.guess_type('index.html'), mimetypes.guess_type('a.PNG'), mimetypes.guess_type('b.tar.gz'), mimetypes.guess_extension('text/html'))
# The module's database adds the system's /etc/mime.types; a MimeTypes() instance
# holds only the built-in tables, the same on every machine.
builtin = mimetypes.MimeTypes()
for name in ['a.html', 'A.HTML', 'x.tar.gz', 'x.tgz', 'x.svgz', 'README', 'x.Z', 'x.z', 'photo.jpg', 'style.css', 'app.js', 'data.json', 'x.py', 'x.rtf', 'x.mid', 'x.xul', 'x.pict', 'x.txt.bz2', 'x.mp4', 'x.wasm', 'x.webp', '/dir.d/file', 'http://h/a.png?x=1', 'data:,hello', 'data:text/html;base64,xx', 'data:foo', 'data:a=b,x', 'x.unknownext', 'x.pdf', 'x.c', 'x.h', 'x.svg', 'x.ico', 'x.md', 'x.woff2']:
    print(name, builtin.guess_type(name), builtin.guess_type(name, strict=False))
print(mimetypes.inited, len(mimetypes.types_map) > 100, len(mimetypes.common_types))
for t in ['text/html', 'image/jpeg', 'text/plain', 'application/javascript', 'text/javascript', 'image/x-icon', 'text/rtf', 'application/x-unknown', 'TEXT/HTML', 'application/octet-stream', 'video/mp4']:
    print(t, builtin.guess_extension(t), builtin.guess_all_extensions(t), builtin.guess_extension(t, strict=False))
mimetypes.add_type('application/x-thing', '.thing')
print(mimetypes.guess_type('a.thing'), mimetypes.guess_extension('application/x-thing'))
db = mimetypes.MimeTypes()
print(db.guess_type('a.thing'), db.guess_type('a.html'), sorted(db.encodings_map.items()), sorted(db.suffix_map.items()))
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'my.types')
    with open(p, 'w') as f:
        f.write('# comment\napplication/x-mine  mine mn # trailing\n\ntext/x-other other\n')
    print(mimetypes.read_mime_types(p)['.mn'], len(mimetypes.read_mime_types(p)) == len(builtin.types_map[True]) + 3)
    db2 = mimetypes.MimeTypes([p])
    print(db2.guess_type('f.mn'), db2.guess_extension('text/x-other'))
print(mimetypes.read_mime_types('/nonexistent/file'))
import pathlib
print(mimetypes.guess_type(pathlib.Path('dir/page.htm')))
print(sorted(mimetypes.__all__))
