# tarfile and special files: a FIFO added from disk (gettarinfo), listed and extracted
# back as a FIFO; device members written with their numbers and read back.
import io
import os
import stat
import tarfile
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    fifo = os.path.join(tmp, "pipe")
    os.mkfifo(fifo, 0o640)
    os.chmod(fifo, 0o640)
    os.utime(fifo, (1650000000, 1650000000))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        ti = tf.gettarinfo(fifo, "pipe")
        ti.uid = ti.gid = 0
        ti.uname = ti.gname = "root"
        print(ti.type, oct(ti.mode), ti.size, ti.isfifo(), ti.isdev())
        tf.addfile(ti)
        for kind, major, minor in ((tarfile.CHRTYPE, 1, 3), (tarfile.BLKTYPE, 8, 1)):
            dev = tarfile.TarInfo("dev%s" % kind.decode())
            dev.type, dev.devmajor, dev.devminor, dev.mode, dev.mtime = kind, major, minor, 0o660, 1650000000
            tf.addfile(dev)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        for m in tf:
            print(m.name, m.type, m.devmajor, m.devminor, m.ischr(), m.isblk(), m.isfifo(), tf.extractfile(m))
        tf.list()
        out = os.path.join(tmp, "out")
        tf.extract("pipe", out)
        st = os.stat(os.path.join(out, "pipe"))
        print(stat.S_ISFIFO(st.st_mode), oct(stat.S_IMODE(st.st_mode)), int(st.st_mtime))
