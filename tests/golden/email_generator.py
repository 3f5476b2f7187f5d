# email.generator under compat32: header folding at 78 columns (split characters,
# overlong words, continuation lines, non-ASCII text as encoded words), From mangling,
# line ends, unixfrom, maxheaderlen, Generator and BytesGenerator.
import io
from email.message import Message
from email.generator import Generator, BytesGenerator

values = [
    "short",
    ", ".join("user%d@example.com" % i for i in range(8)),
    "word " * 30,
    "a" * 100,
    "x " + "b" * 90 + " y",
    "k=v; " * 20,
    "semi;colon;" * 10 + " and, commas, " * 5,
    "tab\tseparated\t" * 8,
    "first line\n second line that is indented\n\tthird",
    "",
    "caf\u00e9",
    "Gr\u00fc\u00dfe aus K\u00f6ln, " * 6,
    "\u65e5\u672c\u8a9e\u306e\u4ef6\u540d" * 8,
    "mixed ascii then \u00e9\u00e8 accents " * 4,
]


def show(gen_cls, msg, **kw):
    out = io.BytesIO() if gen_cls is BytesGenerator else io.StringIO()
    args = {k: kw.pop(k) for k in ("mangle_from_", "maxheaderlen") if k in kw}
    gen_cls(out, **args).flatten(msg, **kw)
    print(repr(out.getvalue()))


for v in values:
    m = Message()
    m["Subject"] = v
    show(Generator, m)
m = Message()
m["X-A-Rather-Long-Header-Name-That-Eats-The-Line"] = "one two three four five six seven eight nine"
show(Generator, m)

m = Message()
m["From"] = "a@example.com"
m["To"] = "b@example.com"
m.set_payload("Hello\nFrom here\nfrom there\r\n>From quoted\rlast line without end")
show(Generator, m)
show(Generator, m, mangle_from_=False)
show(BytesGenerator, m, linesep="\r\n")
show(Generator, m, linesep="\r\n", unixfrom=False)
m.set_unixfrom("From someone Mon Jan  1 00:00:00 2024")
show(Generator, m, unixfrom=True)
m2 = Message()
m2["Subject"] = "word " * 30
show(Generator, m2, maxheaderlen=40)
show(Generator, m2, maxheaderlen=0)
m3 = Message()
m3["Subject"] = "no body"
show(BytesGenerator, m3)
m3.set_payload("")
show(BytesGenerator, m3)
m4 = Message()
m4["Subject"] = "bad"
m4.set_payload(["not", "text"])
try:
    show(Generator, m4)
except TypeError as e:
    print("TypeError", e)
