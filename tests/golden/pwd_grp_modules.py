# pwd and grp: the password and group databases as struct sequences, with CPython's errors;
# struct sequences of os and time (fields by name, n_fields, repr, class attributes).
import grp
import os
import pwd
import time

root = pwd.getpwuid(0)
print(root)
print(type(root), type(root).__mro__, isinstance(root, tuple))
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, root[0], root[-1] == root.pw_shell, len(root))
print(root.n_fields, root.n_sequence_fields, root.n_unnamed_fields, pwd.struct_passwd.n_fields)
print(pwd.getpwnam("root") == root, tuple(root) == root, root[2:4])
name, passwd, uid, gid, gecos, home, shell = root
print(name, uid, gid)
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), me == pwd.getpwnam(me.pw_name))
entries = pwd.getpwall()
print(type(entries), root in entries, all(type(e) is pwd.struct_passwd for e in entries))

g = grp.getgrgid(0)
print(g)
print(type(g), g.gr_name, g.gr_gid, type(g.gr_mem), g.n_fields)
print(grp.getgrnam(g.gr_name) == g, g in grp.getgrall())
print(grp.getgrgid(os.getgid()).gr_gid == os.getgid())


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for f, arg in [(pwd.getpwuid, 987654), (pwd.getpwuid, "x"), (pwd.getpwuid, -5), (pwd.getpwuid, 2 ** 40),
               (pwd.getpwuid, 1.5), (pwd.getpwnam, "no such user"), (pwd.getpwnam, 5),
               (pwd.getpwnam, "a\0b"), (grp.getgrgid, 987654), (grp.getgrgid, "x"), (grp.getgrgid, -1),
               (grp.getgrgid, -7), (grp.getgrgid, 2 ** 70), (grp.getgrnam, "no such group"),
               (grp.getgrnam, 3)]:
    show(f, arg)
try:
    pwd.getpwnam("nobody here")
except KeyError as e:
    print(e.args)

# os and time struct sequences
st = os.stat(".")
print(type(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields, os.stat_result.n_fields, len(st))
print(st.st_mode == st[0], isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10 ** 9 == st[8])
u = os.uname()
print(type(u), u.n_fields, u.sysname == u[0], repr(u).startswith("posix.uname_result(sysname="))
t = time.gmtime(86400 * 365)
print(t)
print(type(t), t.n_fields, t.n_sequence_fields, time.struct_time.n_sequence_fields, t.tm_zone, t.tm_gmtoff, len(t))
print(t.tm_year, t[0], t[-1], t[:3])
