import builtins
import gettext
import os
import struct
import tempfile
import warnings


def make_mo(entries, byteorder="<", version=0, magic=0x950412de):
    """A .mo file's bytes from (msgid bytes, msgstr bytes) pairs, sorted as msgfmt does."""
    entries = sorted(entries)
    n = len(entries)
    ids = b""
    strs = b""
    id_offsets = []
    str_offsets = []
    header_size = 7 * 4
    table_size = n * 8
    for msgid, msgstr in entries:
        id_offsets.append((len(msgid), len(ids)))
        ids += msgid + b"\0"
        str_offsets.append((len(msgstr), len(strs)))
        strs += msgstr + b"\0"
    ids_start = header_size + 2 * table_size
    strs_start = ids_start + len(ids)
    out = struct.pack(byteorder + "7I", magic, version, n, header_size, header_size + table_size, 0, 0)
    for length, off in id_offsets:
        out += struct.pack(byteorder + "II", length, ids_start + off)
    for length, off in str_offsets:
        out += struct.pack(byteorder + "II", length, strs_start + off)
    return out + ids + strs


HEADER_DE = (b"Project-Id-Version: test 1.0\n"
             b"Content-Type: text/plain; charset=UTF-8\n"
             b"Plural-Forms: nplurals=2; plural=(n != 1);\n"
             b"X-Long: first part\n"
             b" continued here\n"
             b"#-#-#-#-#  merged  #-#-#-#-#\n")
de_entries = [
    (b"", HEADER_DE),
    (b"Hello", b"Hallo"),
    (b"World", "Welt \u00fc".encode()),
    (b"file\x00files", b"Datei\x00Dateien"),
    (b"menu\x04Open", b"\xc3\x96ffnen"),
    (b"menu\x04item\x00items", b"Eintrag\x00Eintr\xc3\xa4ge"),
]
HEADER_PL = (b"Content-Type: text/plain; charset=ISO-8859-2\n"
             b"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
pl_entries = [(b"", HEADER_PL), (b"file\x00files", b"plik\x00pliki\x00plik\xf3w"), (b"Hello", b"Cze\xb6\xe6")]

root = tempfile.mkdtemp()
def write(lang, domain, data):
    d = os.path.join(root, lang, "LC_MESSAGES")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, domain + ".mo"), "wb") as f:
        f.write(data)

write("de", "app", make_mo(de_entries))
write("pl", "app", make_mo(pl_entries, byteorder=">", magic=0x950412de))
write("fr", "app", make_mo([(b"", b"Content-Type: text/plain; charset=ascii\n"), (b"Bye", b"Au revoir")], version=1 << 16))
write("xx", "bad", b"\x00\x01\x02\x03" + bytes(20))
write("yy", "bad", make_mo([(b"a", b"b")], version=5 << 16))
write("zz", "bad", make_mo([(b"a", b"b")])[:-3])

t = gettext.translation("app", localedir=root, languages=["de"])
print(type(t).__name__, t.gettext("Hello"), t.gettext("World"), t.gettext("missing"))
print(t.ngettext("file", "files", 1), t.ngettext("file", "files", 2), t.ngettext("file", "files", 0),
      t.ngettext("dog", "dogs", 1), t.ngettext("dog", "dogs", 3))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.npgettext("menu", "item", "items", 1),
      t.npgettext("menu", "item", "items", 5), t.npgettext("x", "a", "b", 5))
print(sorted(t.info().items()), t.charset())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(t.ngettext("file", "files", 1.0), t.ngettext("file", "files", 2.5))
    print([str(x.message) for x in w])
try:
    t.ngettext("file", "files", "3")
except TypeError as e:
    print(type(e).__name__, e)

p = gettext.translation("app", root, ["pl"])
print(p.gettext("Hello"), [p.ngettext("file", "files", n) for n in (1, 2, 4, 5, 12, 22, 25, 101, 0)], p.charset())
f = gettext.translation("app", root, ["fr"])
print(f.gettext("Bye"), f.gettext("Hello"))

chain = gettext.translation("app", root, ["fr", "de", "pl"])
print(chain.gettext("Bye"), chain.gettext("Hello"), chain.ngettext("file", "files", 5),
      chain.pgettext("menu", "Open"), chain.npgettext("menu", "item", "items", 2))
print(gettext.find("app", root, ["de_DE.UTF-8", "pl", "en"], all=True) == [
    os.path.join(root, "de", "LC_MESSAGES", "app.mo"), os.path.join(root, "pl", "LC_MESSAGES", "app.mo")])
print(gettext.find("app", root, ["en", "C", "de"]), gettext.find("app", root, ["en"], all=True),
      gettext.find("app", root, ["C"]))
print(gettext.find("app", root, ["de"]) == os.path.join(root, "de", "LC_MESSAGES", "app.mo"))
for lang in ["de", "de_DE", "de_DE.UTF-8@euro", "sr@latin", "C", "en_US.utf8", "pt_BR"]:
    print(lang, gettext._expand_lang(lang))

for domain, lang in [("bad", "xx"), ("bad", "yy"), ("bad", "zz")]:
    try:
        gettext.translation(domain, root, [lang])
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    gettext.translation("nothing", root, ["de"])
except FileNotFoundError as e:
    print(type(e).__name__, e)
nt = gettext.translation("nothing", root, ["de"], fallback=True)
print(type(nt).__name__, nt.gettext("x"), nt.ngettext("a", "b", 1), nt.ngettext("a", "b", 2), nt.pgettext("c", "m"),
      nt.npgettext("c", "a", "b", 0), nt.info(), nt.charset())
nt.add_fallback(t)
nt.add_fallback(p)
print(nt.gettext("Hello"), nt.ngettext("file", "files", 2), nt.pgettext("menu", "Open"), nt.npgettext("menu", "item", "items", 1))

os.environ["LANGUAGE"] = "de:pl"
t2 = gettext.translation("app", root)
print(t2.gettext("Hello"), t2 is not gettext.translation("app", root))
print(gettext.bindtextdomain("app", root) == root, gettext.bindtextdomain("other"), gettext.textdomain(),
      gettext.textdomain("app"), gettext.textdomain())
print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 3), gettext.pgettext("menu", "Open"),
      gettext.npgettext("menu", "item", "items", 3), gettext.dgettext("other", "Hello"),
      gettext.dngettext("other", "a", "b", 1), gettext.dpgettext("other", "c", "m"),
      gettext.dnpgettext("other", "c", "a", "b", 2), gettext.dgettext("app", "World"))
gettext.install("app", root, names=["ngettext", "pgettext", "bogus"])
print(_("Hello"), builtins.ngettext("file", "files", 2), builtins.pgettext("menu", "Open"), hasattr(builtins, "bogus"))
gettext.NullTranslations().install()
print(_("Hello"))
del os.environ["LANGUAGE"]

for expr, ns in [("n != 1", range(4)), ("n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2", [1, 2, 5, 12, 22]),
                 ("0", [0, 7]), ("n > 1", [0, 1, 2]), ("(n % 10 == 1 && n % 100 != 11) ? 0 : 1", [1, 11, 21]),
                 ("!n", [0, 3]), ("!n == 1", [0, 1, 2]), ("n<2<3", [1, 5]), ("n/2", [5, 6]), ("n - 1 - 1", [4]),
                 ("n ? n : 1", [0, 9]), ("n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5", [0, 1, 2, 5, 50, 101]),
                 ("n || 0", [0, 3]), ("n && 5", [0, 3]), ("n*2+1", [3]), ("!!n", [0, 4])]:
    f = gettext.c2py(expr)
    print(repr(expr), [f(n) for n in ns])
for bad in ["n $ 1", "n +", "(n", "n ? 1", "12a", "n == = 1", "x", "n ? 1 : 2 )", "nn", "n & 1",
            "(" * 30 + "n" + ")" * 30, "n" + "+n" * 600, "1 +\n2", ""]:
    try:
        gettext.c2py(bad)
        print("accepted", repr(bad[:20]))
    except ValueError as e:
        print(type(e).__name__, str(e)[:60])
for odd in ["n == !n", "n ? 1 : n < !n", "n < !n ? 1 : 2", "(n < !n) ? 1 : 2", "n ? (n == !1 ? 2 : 3) : 4",
            "5 > (n == !n ? 1 : 2) ? 3 : 4", "n && !n", "!n || !!n ? !n : !!n"]:
    try:
        print(repr(odd), [gettext.c2py(odd)(n) for n in range(3)])
    except SyntaxError as e:
        print(repr(odd), type(e).__name__, e)
try:
    gettext.c2py("n/0")(1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(gettext.Catalog is gettext.translation, gettext.GNUTranslations.CONTEXT, gettext.__all__)
gettext.translation("app", root, ["es"])
