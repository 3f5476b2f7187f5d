# email.utils address parsing: parseaddr and getaddresses (strict and not) over names,
# comments, quoted names with commas, route addresses, groups and malformed input;
# formataddr quoting and encoding.
from email.utils import parseaddr, getaddresses, formataddr
import email.utils

cases = [
    "alice@example.com", "Alice <alice@example.com>", '"Smith, Alice" <alice@example.com>',
    "alice@example.com (Alice Smith)", "<alice@example.com>", "  Alice   B.  Smith <a@b.c> ",
    "Alice (the boss) <a@b.c>", "<@route1,@route2:user@host>", "a.b . c@ example . com",
    '"quoted local"@example.com', "user@[127.0.0.1]", "", "   ", "@", "plainword", "a@", "<>",
    "Alice <a@b.c", "(unbalanced <a@b.c>", "a@b.c)", "group: a@b.c, d@e.f;", "a@b.c, d@e.f",
    '"a\\"b" <x@y.z>', "Al\u00efce <al@ex.com>", "x@y.z (c1) (c2)", "=?utf-8?q?J=C3=B6rg?= <j@x.de>",
    "undisclosed-recipients:;", "a@b@c", "foo bar@baz.com",
]
for c in cases:
    print(repr(c), parseaddr(c), parseaddr(c, strict=False))
print(parseaddr(["Bob <bob@x.org>", "z"]), parseaddr(5))

fields = [
    ["Alice <a@x.org>", "bob@y.org"], ["a@x.org, b@y.org", "c@z.org (C)"], ['"Doe, J" <j@d.org>, k@d.org'],
    ["alice@example.com <bob@example.com>"], [""], [], ["g: a@b.c, d@e.f;"], ["(x <a@b.c>"],
    ["a@[1.2.3.4]", "b@c.d"], ["x@y.z,"],
]
for f in fields:
    print(f, getaddresses(f), getaddresses(f, strict=False))

for pair in [("", "a@b.c"), ("Alice", "a@b.c"), ("Smith, Alice", "a@b.c"), ('Al "the" Pal', "a@b.c"),
             ("back\\slash", "a@b.c"), ("J\u00f6rg", "j@x.de"), ("Dr. Who", "who@tardis"), (None, "x@y")]:
    print(repr(formataddr(pair)))
try:
    formataddr(("A", "\u00e9@x"))
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
print(email.utils.formataddr(("J\u00f6rg Q. M\u00fcller", "j@x.de"), "iso-8859-1"))
