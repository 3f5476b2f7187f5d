# platform (uname, system, machine, platform(), libc_ver) and getpass.getuser over os.uname/os.confstr
import platform, getpass, os, sys
print(platform.system(), platform.node() == os.uname().nodename, platform.release() == os.uname().release,
      platform.machine() == os.uname().machine, repr(platform.processor()), platform.architecture())
u = platform.uname()
print(repr(u) == "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(os.uname()))
print(len(u), u[0], u[-1] == "", list(u)[:1], u.system, tuple(u)[5:], u.processor, type(u).__name__)
print(platform.libc_ver()[0], platform.platform().startswith("Linux-"), platform.platform() == "-".join([platform.system(), platform.release(), platform.machine(), "with", "".join(platform.libc_ver())]))
print(platform.python_version()[:4], platform.python_version_tuple()[:2], platform.platform(terse=True) == platform.platform())
os.environ["LOGNAME"] = "someone"
print(getpass.getuser())
del os.environ["LOGNAME"]
for k in ("USER", "LNAME", "USERNAME"):
    os.environ.pop(k, None)
print(getpass.getuser() == "root" if os.getuid() == 0 else True)
print(issubclass(getpass.GetPassWarning, UserWarning))
u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0], repr(u).startswith("posix.uname_result(sysname="))
print(os.confstr("CS_PATH"), os.confstr(os.confstr_names["CS_GNU_LIBC_VERSION"]).split()[0])
try:
    os.confstr("CS_NOPE")
except ValueError as e:
    print(e)
s = os.statvfs(".")
print(type(s).__name__, len(s), s.f_frsize == s[1], repr(s).startswith("os.statvfs_result(f_bsize="))
print(os.fsencode("aé"), os.fsdecode(b"x\xc3\xa9"), os.fsencode(b"q"), os.fsdecode("s"))
