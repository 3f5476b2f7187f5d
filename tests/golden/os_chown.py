# os.chown and os.lchown: -1 keeps an id, a file descriptor works for chown, a symlink
# is changed itself by lchown, and a missing path raises FileNotFoundError.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f")
    open(path, "w").close()
    uid, gid = os.getuid(), os.getgid()
    print(os.chown(path, uid, gid), os.chown(path, -1, -1))
    st = os.stat(path)
    print(st.st_uid == uid, st.st_gid == gid)
    fd = os.open(path, os.O_RDONLY)
    print(os.chown(fd, -1, gid))
    os.close(fd)
    link = os.path.join(tmp, "l")
    os.symlink("missing-target", link)
    print(os.lchown(link, uid, -1), os.chown(link, -1, -1, follow_symlinks=False))
    for bad in (lambda: os.chown(os.path.join(tmp, "nope"), uid, gid), lambda: os.chown(link, uid, gid),
                lambda: os.lchown(path, uid, gid, follow_symlinks=False)):
        try:
            bad()
        except (OSError, TypeError) as e:
            print(type(e).__name__, e.errno if isinstance(e, OSError) else e)
