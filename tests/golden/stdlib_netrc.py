# netrc: entries, default, macros, comments, quoting and escapes, repr, and
# NetrcParseError's texts and line numbers; the ~/.netrc permission check through HOME.
import netrc
import os
import tempfile

tmp = tempfile.mkdtemp()


def parse(text, name="netrc"):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
    except netrc.NetrcParseError as e:
        print("NetrcParseError:", str(e).replace(tmp, "TMP"), "|", e.msg, e.lineno,
              e.filename.replace(tmp, "TMP"), e.args)
        return None
    print(n.hosts, n.macros)
    return n


n = parse("""# a comment line
machine host1.example.com login alice password secret1
machine host2 login bob account acct2 password "pass word"
machine host3
    user carol
    password p\\ w\\"x   # trailing comment
default login anonymous password guest@
macdef init
cd /pub
ls

""")
print(n.authenticators("host1.example.com"), n.authenticators("host2"), n.authenticators("host3"),
      n.authenticators("unknown"))
print(repr(n))
n = parse("machine only login me password pw\n")
print(n.authenticators("other"), repr(n))
parse("")
parse("   \n\n  ")
parse('machine "quoted host" login "a b" password "c\\"d"\n')
parse("machine m login l\nmachine m login l2 password p2\n")
parse("machine a password x login\n")
parse("#\nmachine a login b password c\n#c\n")
parse("machine a login b\n# a comment on its own line\n")
parse("#comment machine x login y\nmachine a login b\n")
parse("machine a #\n login b password c\n")
parse("machine a login b password c # x\n  machine d login e\n")
parse("machine m login l password p\nmacdef one\nline 1\nline 2\n\nmacdef two\n\nmachine z login q\n")
parse("machine a login \\\"x password y\n")
parse('machine a login "unterminated')

# errors
parse("machine a login b bogus c\n")
parse("login x\n")
parse("\n\nfoo bar\n")
parse("machine\n")
parse("machine m login l\nmacdef m\nno terminator\n")
parse("macdef")
parse("machine a login b\n\n\nmachine c frob d\n")

try:
    netrc.netrc(os.path.join(tmp, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

e = netrc.NetrcParseError("msg")
print(str(e), e.args, e.filename, e.lineno)
print(str(netrc.NetrcParseError("m", "f", 3)), netrc.__all__)

# ~/.netrc: the default file, checked for permissions unless only anonymous
old_home = os.environ.get("HOME")
os.environ["HOME"] = tmp
path = os.path.join(tmp, ".netrc")
with open(path, "w") as f:
    f.write("machine h login user password pw\n")
os.chmod(path, 0o644)
try:
    netrc.netrc()
except netrc.NetrcParseError as e:
    print("NetrcParseError:", e.msg, e.filename, e.lineno)
os.chmod(path, 0o600)
print(netrc.netrc().hosts)
with open(path, "w") as f:
    f.write("machine h login anonymous password pw\n")
os.chmod(path, 0o644)
print(netrc.netrc().hosts)
print(netrc.netrc(path).hosts)
if old_home is None:
    del os.environ["HOME"]
else:
    os.environ["HOME"] = old_home

import shutil
shutil.rmtree(tmp)
