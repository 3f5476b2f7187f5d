# urllib.request's file: and data: URLs: headers as CPython makes them (an
# email.message.Message, types from mimetypes, Last-modified from email.utils).
import urllib.request, tempfile, os, email.message
d = tempfile.mkdtemp()
for name in ['a.txt', 'b.css', 'c.unknownext', 'd.json', 'e.tar.gz']:
    p = os.path.join(d, name)
    with open(p, 'w') as f: f.write('x')
    os.utime(p, (0, 0))
    with urllib.request.urlopen('file://' + p) as r:
        print(name, r.headers.items(), type(r.headers).__name__, isinstance(r.headers, email.message.Message), r.read())
with urllib.request.urlopen('data:text/plain;base64,aGVsbG8=') as r:
    print(r.headers.items(), r.headers.get_content_type(), r.read(), str(r.headers).replace('\n', '|'))
