/* os.c — the `os` module (files, directories, the environment, processes) and its
 * submodule `os.path` (CPython's posixpath: `import posixpath` gives the same module), over POSIX calls.
 * Paths are str, bytes or os.PathLike (__fspath__); a function given bytes answers in
 * bytes.  Failures raise the OSError subclass of errno with CPython's text
 * ("[Errno 2] No such file or directory: 'x'", rename's "'a' -> 'b'").  os.path's
 * string functions follow posixpath.py line by line (join, split, splitext, normpath,
 * realpath, relpath ...), on UTF-8 bytes: '/' and '.' never occur inside a multi-byte
 * character, so byte indices give the same splits as code point indices.
 * os.environ is a snapshot of the environment at first import (as CPython's) whose
 * writes call setenv/unsetenv; os.getenv reads it, os.putenv does not change it. */
#include "tr.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pwd.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* The checks of a function taking no arguments (METH_NOARGS), named "posix.<name>" */
static int no_arguments(const char *fname, size_t nargs, TrValue kwnames) {
    static const char *const no_params[] = {NULL};
    return tr_parse_args(fname, 0, nargs, kwnames, no_params, 0, 0);
}

/* ---------------------------------------------------------------- paths */

/* A path argument as bytes: s (NUL-terminated), n, and whether it came as bytes. */
typedef struct PStr { const char *s; size_t n; bool bytes; TrValue obj; } PStr;

/* os.fspath(v): str or bytes, or __fspath__()'s result; 0 + TypeError otherwise (the
 * message of os.fspath; callers with their own message pass quiet and get 0 without
 * an error when v has no __fspath__). */
static TrValue fspath(TrValue v, bool quiet) {
    if (tr_str_check(v) || tr_bytes_check(v)) return v;
    TrValue f = tr_type_lookup(TR_TYPE(v), TR_INTERN("__fspath__"));
    if (!f) {
        if (quiet) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "expected str, bytes or os.PathLike object, not %s", TR_TYPE_NAME(v));
    }
    TrValue r = tr_call_method(TR_INTERN("__fspath__"), &v, 1, 0);
    if (!r) return 0;
    if (!tr_str_check(r) && !tr_bytes_check(r))
        return tr_err(TR_EXC_TYPE(TypeError), "expected %s.__fspath__() to return str or bytes, not %s",
                      TR_TYPE_NAME(v), TR_TYPE_NAME(r));
    return r;
}

static int pstr_of(TrValue v, PStr *p) {
    p->obj = v;
    p->bytes = !tr_str_check(v);
    if (p->bytes) {
        const char *d = tr_buffer_view(v, &p->n);
        size_t n = p->n;
        char *c = tr_alloc_atomic(n + 1);
        memcpy(c, d, n);
        c[n] = 0;
        p->s = c;
    } else {
        p->s = tr_str_cstr(v);
        p->n = TR_STR(v)->len;
    }
    return 0;
}

/* An os function's path argument ("remove: path should be string, bytes or
 * os.PathLike, not int"); allow_fd: an int is a file descriptor (*fd set). */
static int path_arg(const char *fname, const char *argname, TrValue v, PStr *p, bool allow_fd, int *fd) {
    if (allow_fd && tr_int_check(v) && !tr_isinstance_type(v, &tr_bool_type)) {
        int64_t i;
        if (tr_int_as_i64(v, &i) < 0) return -1;
        *fd = (int)i;
        p->s = NULL;
        return 0;
    }
    TrValue s = fspath(v, true);
    if (!s) {
        if (tr_err_occurred()) return -1;
        tr_err(TR_EXC_TYPE(TypeError), "%s: %s should be string, bytes%s os.PathLike%s, not %s", fname, argname,
               allow_fd ? "," : " or", allow_fd ? " or integer" : "", TR_TYPE_NAME(v));
        return -1;
    }
    pstr_of(s, p);
    if (!p->bytes && !(p->s = tr_fs_encode(s, &p->n))) return -1; /* lone surrogates as the bytes they escape */
    if (strlen(p->s) != p->n) {
        tr_err(TR_EXC_TYPE(ValueError), "%s: embedded null character in %s", fname, argname);
        return -1;
    }
    return 0;
}

static TrValue pmake(bool bytes, const char *s, size_t n) { return bytes ? tr_bytes_new(s, n) : tr_str_new(s, n); }

/* a name the system gave: bytes, or str with undecodable bytes as surrogates (os.fsdecode) */
static TrValue pname(bool bytes, const char *s, size_t n) { return bytes ? tr_bytes_new(s, n) : tr_fs_decode(s, n); }

/* os.path's argument: fspath with posixpath's messages */
static int ppath(const char *fname, TrValue v, PStr *p) {
    TrValue s = fspath(v, false);
    if (!s) return -1;
    return pstr_of(s, p);
}

/* OSError from errno for a call on p (filename: the object the caller passed, as
 * CPython reports it). */
static TrValue os_error(PStr *p) { return tr_err_errno(TR_EXC_TYPE(OSError), p && p->s ? p->obj : 0); }

/* ---------------------------------------------------------------- stat_result */

/* os.stat_result: a tuple of the ten classic fields (integer times) that also answers
 * the float times, nanosecond times, st_blksize, st_blocks and st_rdev by name (the
 * float times win over the ints of the same names, which CPython leaves unnamed). */
static const char *const stat_names[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
    /* hidden: */ "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
    "st_blocks", "st_rdev",
};
static const TrStructSeqFields stat_fields = {stat_names, 10, 19, 3};
static TrType stat_result_type = {.name = "stat_result"};
static TrNewFn structseq_new;

/* os.stat_result(sequence, dict=None): as any struct sequence, and the float times
 * not given are the int ones, as CPython's statresult_new does */
static TrValue stat_result_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue r = structseq_new(type, args, nargs, kwnames);
    for (int i = 10; r && i < 13; i++)
        if (TR_TUPLE(r)->items[i] == tr_None) TR_TUPLE(r)->items[i] = TR_TUPLE(r)->items[i - 3];
    return r;
}

/* os.statvfs_result: the ten classic statvfs fields, plus f_fsid by name only */
static const char *const statvfs_names[] = {
    "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag",
    "f_namemax", /* hidden: */ "f_fsid",
};
static const TrStructSeqFields statvfs_fields = {statvfs_names, 10, 11, 0};
static TrType statvfs_result_type = {.name = "statvfs_result"};

/* os.statvfs(path): the file system's sizes (shutil.disk_usage) */
static TrValue os_statvfs(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", NULL};
    TrValue a[1];
    PStr p;
    int fd = -1;
    struct statvfs sv;
    if (tr_parse_args("statvfs", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (path_arg("statvfs", "path", a[0], &p, true, &fd) < 0) return 0;
    if ((p.s ? statvfs(p.s, &sv) : fstatvfs(fd, &sv)) < 0) return os_error(&p);
    TrTuple *t = (TrTuple *)tr_structseq_new(&statvfs_result_type);
    uint64_t v[11] = {sv.f_bsize, sv.f_frsize, sv.f_blocks, sv.f_bfree, sv.f_bavail, sv.f_files,
                               sv.f_ffree, sv.f_favail, sv.f_flag, sv.f_namemax, sv.f_fsid};
    for (int i = 0; i < 11; i++)
        if (!(t->items[i] = tr_int_from_u64(v[i]))) return 0;
    return (TrValue)t;
}

/* os.uname_result and os.uname(): the running kernel's names (platform.uname) */
static const char *const uname_names[] = {"sysname", "nodename", "release", "version", "machine"};
static const TrStructSeqFields uname_fields = {uname_names, 5, 5, 0};
static TrType uname_result_type = {.name = "uname_result"};

static TrValue os_uname(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_arguments("posix.uname", nargs, kwnames) < 0) return 0;
    struct utsname u;
    if (uname(&u) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    TrTuple *t = (TrTuple *)tr_structseq_new(&uname_result_type);
    const char *v[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    for (int i = 0; i < 5; i++)
        if (!(t->items[i] = tr_str_from_cstr(v[i]))) return 0;
    return (TrValue)t;
}

/* os.confstr(name): a configuration string (name: a key of os.confstr_names or its
 * number); None when the value is undefined */
static const struct { const char *name; int value; } confstr_names[] = {
    {"CS_PATH", _CS_PATH}, {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
};

static TrValue os_confstr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.confstr", kwnames) < 0 || tr_check_nargs("posix.confstr", nargs, 1, 1) < 0) return 0;
    int64_t name = -1;
    if (tr_str_check(args[0])) {
        for (size_t i = 0; i < sizeof confstr_names / sizeof *confstr_names; i++)
            if (tr_str_eq_cstr(args[0], confstr_names[i].name)) name = confstr_names[i].value;
        if (name < 0) return tr_err(TR_EXC_TYPE(ValueError), "unrecognized configuration name");
    } else if (tr_index(args[0], &name) < 0) {
        return 0;
    }
    char buf[1024];
    errno = 0;
    size_t n = confstr((int)name, buf, sizeof buf);
    if (n == 0) return errno ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_None;
    return tr_str_from_cstr(buf);
}

static TrValue ns_of(time_t s, long ns) {
    TrValue a = tr_int_slow_mul(tr_int_from_i64(s), tr_int_from_i64(1000000000));
    return a ? tr_int_slow_add(a, tr_int_from_i64(ns)) : 0;
}

static TrValue make_stat(struct stat *st) {
    TrTuple *t = (TrTuple *)tr_structseq_new(&stat_result_type);
    TrValue *v = t->items;
    v[0] = tr_int_from_i64(st->st_mode);
    v[1] = tr_int_from_u64(st->st_ino);
    v[2] = tr_int_from_u64(st->st_dev);
    v[3] = tr_int_from_i64(st->st_nlink);
    v[4] = tr_int_from_i64(st->st_uid);
    v[5] = tr_int_from_i64(st->st_gid);
    v[6] = tr_int_from_i64(st->st_size);
    v[7] = tr_int_from_i64(st->st_atim.tv_sec);
    v[8] = tr_int_from_i64(st->st_mtim.tv_sec);
    v[9] = tr_int_from_i64(st->st_ctim.tv_sec);
    v[10] = tr_float_new((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9);
    v[11] = tr_float_new((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9);
    v[12] = tr_float_new((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9);
    v[13] = ns_of(st->st_atim.tv_sec, st->st_atim.tv_nsec);
    v[14] = ns_of(st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
    v[15] = ns_of(st->st_ctim.tv_sec, st->st_ctim.tv_nsec);
    v[16] = tr_int_from_i64(st->st_blksize);
    v[17] = tr_int_from_i64(st->st_blocks);
    v[18] = tr_int_from_u64(st->st_rdev);
    for (int i = 0; i < 19; i++)
        if (!v[i]) return 0;
    return (TrValue)t;
}

/* stat/lstat of a path argument; -1 with the OSError set */
static int do_stat(const char *fname, TrValue arg, bool follow, struct stat *st, PStr *p) {
    int fd = -1;
    if (path_arg(fname, "path", arg, p, true, &fd) < 0) return -1;
    int r = p->s ? (follow ? stat(p->s, st) : lstat(p->s, st)) : fstat(fd, st);
    if (r < 0) {
        os_error(p);
        return -1;
    }
    return 0;
}

static TrValue stat_common(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, bool follow_default) {
    static const char *const kw[] = {"path", "$dir_fd", "$follow_symlinks", NULL};
    TrValue a[3];
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 1, a) < 0) return 0;
    bool follow = follow_default;
    if (a[2]) {
        int t = tr_truthy(a[2]);
        if (t < 0) return 0;
        follow = t;
    }
    struct stat st;
    PStr p;
    if (do_stat(fname, a[0], follow, &st, &p) < 0) return 0;
    return make_stat(&st);
}

static TrValue os_stat(TrValue *args, size_t nargs, TrValue kwnames) { return stat_common("stat", args, nargs, kwnames, true); }
static TrValue os_lstat(TrValue *args, size_t nargs, TrValue kwnames) { return stat_common("lstat", args, nargs, kwnames, false); }

/* ---------------------------------------------------------------- files and directories */

static TrValue os_getcwd(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_arguments("posix.getcwd", nargs, kwnames) < 0) return 0;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    TrValue r = tr_fs_decode(cwd, strlen(cwd));
    free(cwd);
    return r;
}

static TrValue os_getcwdb(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_arguments("posix.getcwdb", nargs, kwnames) < 0) return 0;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    TrValue r = tr_bytes_new(cwd, strlen(cwd));
    free(cwd);
    return r;
}

/* a function of one path: f(path, *, dir_fd=None) */
#define ONE_PATH(cname, pyname, call)                                                   \
    static TrValue cname(TrValue *args, size_t nargs, TrValue kwnames) {                 \
        static const char *const kw[] = {"path", "$dir_fd", NULL};                       \
        TrValue a[2];                                                                    \
        PStr p;                                                                          \
        int fd = -1;                                                                     \
        if (tr_parse_args(pyname, args, nargs, kwnames, kw, 1, a) < 0) return 0;         \
        if (path_arg(pyname, "path", a[0], &p, false, &fd) < 0) return 0;                \
        if (call(p.s) < 0) return os_error(&p);                                         \
        return tr_None;                                                                  \
    }
ONE_PATH(os_remove, "remove", unlink)
ONE_PATH(os_unlink, "unlink", unlink)
ONE_PATH(os_rmdir, "rmdir", rmdir)

static TrValue os_chdir(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", NULL};
    TrValue a[1];
    PStr p;
    int fd = -1;
    if (tr_parse_args("chdir", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (path_arg("chdir", "path", a[0], &p, true, &fd) < 0) return 0;
    if ((p.s ? chdir(p.s) : fchdir(fd)) < 0) return os_error(&p);
    return tr_None;
}

static int mode_arg(TrValue v, int dflt, int *out) {
    if (!v) { *out = dflt; return 0; }
    int64_t m;
    if (tr_index(v, &m) < 0) return -1;
    *out = (int)m;
    return 0;
}

static int do_mkdir(TrValue path, TrValue mode, PStr *p) {
    int fd = -1, m;
    if (path_arg("mkdir", "path", path, p, false, &fd) < 0 || mode_arg(mode, 0777, &m) < 0) return -1;
    if (mkdir(p->s, (mode_t)m) < 0) { os_error(p); return -1; }
    return 0;
}

static TrValue os_mkdir(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "mode", "$dir_fd", NULL};
    TrValue a[3];
    PStr p;
    if (tr_parse_args("mkdir", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return do_mkdir(a[0], a[1], &p) < 0 ? 0 : tr_None;
}

/* mkfifo(path, mode=0o666, *, dir_fd=None) and mknod(path, mode=0o600, device=0, *,
 * dir_fd=None): a named pipe, or a file system node of the type in mode's S_IF bits */
static TrValue os_mkfifo(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "mode", "$dir_fd", NULL};
    TrValue a[3];
    PStr p;
    int fd = -1, m;
    if (tr_parse_args("mkfifo", args, nargs, kwnames, kw, 1, a) < 0 ||
        path_arg("mkfifo", "path", a[0], &p, false, &fd) < 0 || mode_arg(a[1], 0666, &m) < 0)
        return 0;
    if (mkfifo(p.s, (mode_t)m) < 0) return os_error(&p);
    return tr_None;
}

static TrValue os_mknod(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "mode", "device", "$dir_fd", NULL};
    TrValue a[4];
    PStr p;
    int fd = -1, m;
    int64_t device = 0;
    if (tr_parse_args("mknod", args, nargs, kwnames, kw, 1, a) < 0 ||
        path_arg("mknod", "path", a[0], &p, false, &fd) < 0 || mode_arg(a[1], 0600, &m) < 0 ||
        (a[2] && tr_index(a[2], &device) < 0))
        return 0;
    if (mknod(p.s, (mode_t)m, (dev_t)device) < 0) return os_error(&p);
    return tr_None;
}

/* major(device), minor(device) and makedev(major, minor): device numbers */
static TrValue os_major(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t d;
    if (tr_check_nargs("major", nargs, 1, 1) < 0 || tr_index(args[0], &d) < 0) return 0;
    return tr_int_from_i64(major((dev_t)d));
}

static TrValue os_minor(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t d;
    if (tr_check_nargs("minor", nargs, 1, 1) < 0 || tr_index(args[0], &d) < 0) return 0;
    return tr_int_from_i64(minor((dev_t)d));
}

static TrValue os_makedev(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t maj, min;
    if (tr_check_nargs("makedev", nargs, 2, 2) < 0 || tr_index(args[0], &maj) < 0 || tr_index(args[1], &min) < 0)
        return 0;
    return tr_int_from_u64(makedev((unsigned)maj, (unsigned)min));
}

static TrValue two_paths(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, int (*call)(const char *, const char *)) {
    static const char *const kw[] = {"src", "dst", "$src_dir_fd", "$dst_dir_fd", NULL};
    TrValue a[4];
    PStr s, d;
    int fd;
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 2, a) < 0) return 0;
    if (path_arg(fname, "src", a[0], &s, false, &fd) < 0 || path_arg(fname, "dst", a[1], &d, false, &fd) < 0) return 0;
    if (call(s.s, d.s) < 0) return tr_err_errno2(TR_EXC_TYPE(OSError), s.obj, d.obj);
    return tr_None;
}

static TrValue os_rename(TrValue *args, size_t nargs, TrValue kwnames) { return two_paths("rename", args, nargs, kwnames, rename); }
static TrValue os_replace(TrValue *args, size_t nargs, TrValue kwnames) { return two_paths("replace", args, nargs, kwnames, rename); }
static TrValue os_link(TrValue *args, size_t nargs, TrValue kwnames) { return two_paths("link", args, nargs, kwnames, link); }
static TrValue os_symlink(TrValue *args, size_t nargs, TrValue kwnames) { return two_paths("symlink", args, nargs, kwnames, symlink); }

static TrValue os_readlink(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "$dir_fd", NULL};
    TrValue a[2];
    PStr p;
    int fd;
    if (tr_parse_args("readlink", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (path_arg("readlink", "path", a[0], &p, false, &fd) < 0) return 0;
    char buf[4096];
    ssize_t n = readlink(p.s, buf, sizeof buf);
    if (n < 0) return os_error(&p);
    return pname(p.bytes, buf, (size_t)n);
}

static TrValue os_chmod(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "mode", "$dir_fd", "$follow_symlinks", NULL};
    TrValue a[4];
    PStr p;
    int fd = -1, m;
    if (tr_parse_args("chmod", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    if (path_arg("chmod", "path", a[0], &p, true, &fd) < 0 || mode_arg(a[1], 0, &m) < 0) return 0;
    int follow = a[3] ? tr_truthy(a[3]) : 1;
    if (follow < 0) return 0;
    int r = !p.s ? fchmod(fd, (mode_t)m) : follow ? chmod(p.s, (mode_t)m)
                                                  : fchmodat(AT_FDCWD, p.s, (mode_t)m, AT_SYMLINK_NOFOLLOW);
    if (r < 0 && errno == EOPNOTSUPP) /* Linux cannot chmod a symlink itself */
        return tr_err(TR_EXC_TYPE(NotImplementedError), "chmod: follow_symlinks unavailable on this platform");
    if (r < 0) return os_error(&p);
    return tr_None;
}

/* chown(path, uid, gid, *, dir_fd, follow_symlinks) and lchown(path, uid, gid): -1
 * leaves the id unchanged; path may be a file descriptor for chown */
static TrValue change_owner(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, bool follow_default) {
    static const char *const chown_kw[] = {"path", "uid", "gid", "$dir_fd", "$follow_symlinks", NULL};
    static const char *const lchown_kw[] = {"path", "uid", "gid", NULL};
    const char *const *kw = follow_default ? chown_kw : lchown_kw;
    TrValue a[5] = {0};
    PStr p;
    int fd = -1;
    int64_t uid, gid;
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 3, a) < 0) return 0;
    if (path_arg(fname, "path", a[0], &p, follow_default, &fd) < 0 || tr_index(a[1], &uid) < 0 ||
        tr_index(a[2], &gid) < 0)
        return 0;
    int follow = a[4] ? tr_truthy(a[4]) : follow_default;
    if (follow < 0) return 0;
    int r = !p.s ? fchown(fd, (uid_t)uid, (gid_t)gid)
                 : follow ? chown(p.s, (uid_t)uid, (gid_t)gid) : lchown(p.s, (uid_t)uid, (gid_t)gid);
    if (r < 0) return os_error(&p);
    return tr_None;
}

static TrValue os_chown(TrValue *args, size_t nargs, TrValue kwnames) {
    return change_owner("chown", args, nargs, kwnames, true);
}

static TrValue os_lchown(TrValue *args, size_t nargs, TrValue kwnames) {
    return change_owner("lchown", args, nargs, kwnames, false);
}

/* one time of utime's times= (seconds, int or float) or ns= (int nanoseconds) */
static int timespec_of(TrValue v, bool ns, struct timespec *ts) {
    if (ns) {
        int64_t n;
        if (tr_int_as_i64(v, &n) < 0) return -1;
        ts->tv_sec = n / 1000000000;
        ts->tv_nsec = n % 1000000000;
    } else {
        double d;
        if (tr_as_double(v, &d) < 0) return -1;
        ts->tv_sec = (time_t)floor(d);
        ts->tv_nsec = (long)((d - floor(d)) * 1e9);
    }
    if (ts->tv_nsec < 0) { ts->tv_sec--; ts->tv_nsec += 1000000000; }
    return 0;
}

/* os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True) */
static TrValue os_utime(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "times", "$ns", "$dir_fd", "$follow_symlinks", NULL};
    TrValue a[5];
    PStr p;
    int fd = -1;
    if (tr_parse_args("utime", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (path_arg("utime", "path", a[0], &p, true, &fd) < 0) return 0;
    bool have_times = a[1] && a[1] != tr_None, have_ns = a[2] != 0;
    if (have_times && have_ns)
        return tr_err(TR_EXC_TYPE(ValueError), "utime: you may specify either 'times' or 'ns' but not both");
    struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    TrValue pair = have_times ? a[1] : a[2];
    if (have_times || have_ns) {
        if (!tr_tuple_check(pair) || TR_TUPLE(pair)->len != 2)
            return tr_err(TR_EXC_TYPE(TypeError), have_ns ? "utime: 'ns' must be a tuple of two ints"
                                                          : "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++)
            if (timespec_of(TR_TUPLE(pair)->items[i], have_ns, &ts[i]) < 0) return 0;
    }
    int follow = a[4] ? tr_truthy(a[4]) : 1;
    if (follow < 0) return 0;
    int r = p.s ? utimensat(AT_FDCWD, p.s, ts, follow ? 0 : AT_SYMLINK_NOFOLLOW) : futimens(fd, ts);
    if (r < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0); /* CPython names no file here */
    return tr_None;
}

static TrValue os_fstat(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fd", NULL};
    TrValue a[1];
    int64_t fd;
    struct stat st;
    if (tr_parse_args("fstat", args, nargs, kwnames, kw, 1, a) < 0 || tr_index(a[0], &fd) < 0) return 0;
    if (fstat((int)fd, &st) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return make_stat(&st);
}

static TrValue os_access(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks", NULL};
    TrValue a[5];
    PStr p;
    int fd = -1, m;
    if (tr_parse_args("access", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    if (path_arg("access", "path", a[0], &p, false, &fd) < 0 || mode_arg(a[1], 0, &m) < 0) return 0;
    return tr_bool(access(p.s, m) == 0);
}

/* the names in a directory (without . and ..), in the directory's order */
static TrValue list_dir(const char *fname, TrValue arg) {
    PStr p = {".", 1, false, 0};
    int fd = -1;
    if (arg && arg != tr_None && path_arg(fname, "path", arg, &p, true, &fd) < 0) return 0;
    DIR *d = p.s ? opendir(p.s) : fdopendir(dup(fd));
    if (!d) return os_error(arg && arg != tr_None ? &p : &(PStr){".", 1, false, tr_str_from_cstr(".")});
    TrValue out = tr_list_new(0);
    struct dirent *e;
    while ((errno = 0, e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        tr_list_append(out, pname(p.bytes, e->d_name, strlen(e->d_name)));
    }
    int err = errno;
    closedir(d);
    if (err) { errno = err; return os_error(&p); }
    return out;
}

static TrValue os_listdir(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", NULL};
    TrValue a[1];
    if (tr_parse_args("listdir", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    return list_dir("listdir", a[0]);
}

/* ---------------------------------------------------------------- scandir */

typedef struct DirEntry {
    TrObject ob;
    TrValue name, path;
    unsigned char d_type;
    uint64_t ino;
} DirEntry;
static TrType direntry_type, scandir_type;

static int entry_stat(DirEntry *e, bool follow, struct stat *st) {
    const char *p = tr_str_check(e->path) ? tr_str_cstr(e->path) : tr_buffer_view(e->path, &(size_t){0});
    int r = follow ? stat(p, st) : lstat(p, st);
    if (r < 0) tr_err_errno(TR_EXC_TYPE(OSError), e->path);
    return r;
}

static int follow_kw(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, bool *follow) {
    static const char *const kw[] = {"$follow_symlinks", NULL};
    TrValue a[1];
    if (tr_parse_args(fname, args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return -1;
    *follow = true;
    if (a[0]) {
        int t = tr_truthy(a[0]);
        if (t < 0) return -1;
        *follow = t;
    }
    return 0;
}

/* is_dir()/is_file(): the d_type of readdir when it is known and not a link to follow */
static TrValue entry_is(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, unsigned char dt, mode_t fmt) {
    DirEntry *e = (DirEntry *)args[0];
    bool follow;
    if (follow_kw(fname, args, nargs, kwnames, &follow) < 0) return 0;
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK)) return tr_bool(e->d_type == dt);
    struct stat st;
    if (entry_stat(e, follow, &st) < 0) {
        if (tr_err_is(TR_EXC_TYPE(FileNotFoundError))) { tr_err_clear(); return tr_False; }
        return 0;
    }
    return tr_bool((st.st_mode & S_IFMT) == fmt);
}

static TrValue entry_is_dir(TrValue *args, size_t nargs, TrValue kwnames) { return entry_is(args, nargs, kwnames, "is_dir", DT_DIR, S_IFDIR); }
static TrValue entry_is_file(TrValue *args, size_t nargs, TrValue kwnames) { return entry_is(args, nargs, kwnames, "is_file", DT_REG, S_IFREG); }

static TrValue entry_is_symlink(TrValue *args, size_t nargs, TrValue kwnames) {
    DirEntry *e = (DirEntry *)args[0];
    if (tr_check_nargs("is_symlink", nargs - 1, 0, 0) < 0) return 0;
    if (e->d_type != DT_UNKNOWN) return tr_bool(e->d_type == DT_LNK);
    struct stat st;
    if (entry_stat(e, false, &st) < 0) {
        if (tr_err_is(TR_EXC_TYPE(FileNotFoundError))) { tr_err_clear(); return tr_False; }
        return 0;
    }
    return tr_bool(S_ISLNK(st.st_mode));
}

static TrValue entry_stat_m(TrValue *args, size_t nargs, TrValue kwnames) {
    bool follow;
    if (follow_kw("stat", args, nargs, kwnames, &follow) < 0) return 0;
    struct stat st;
    if (entry_stat((DirEntry *)args[0], follow, &st) < 0) return 0;
    return make_stat(&st);
}

static TrValue entry_inode(TrValue *args, size_t nargs, TrValue kwnames) { return tr_int_from_u64(((DirEntry *)args[0])->ino); }
static TrValue entry_fspath(TrValue *args, size_t nargs, TrValue kwnames) { return ((DirEntry *)args[0])->path; }
static TrValue entry_get_name(TrValue self) { return ((DirEntry *)self)->name; }
static TrValue entry_get_path(TrValue self) { return ((DirEntry *)self)->path; }
static TrValue entry_repr(TrValue self) { return tr_str_fmt("<DirEntry %R>", ((DirEntry *)self)->name); }

static const TrMethodDef direntry_methods[] = {
    {"is_dir", entry_is_dir}, {"is_file", entry_is_file}, {"is_symlink", entry_is_symlink},
    {"stat", entry_stat_m}, {"inode", entry_inode}, {"__fspath__", entry_fspath}, {0},
};

/* os.scandir(): the entries are read at once; the iterator hands them out and is its
 * own context manager. */
typedef struct ScandirIter { TrObject ob; TrValue entries; size_t pos; } ScandirIter;

static TrValue join2(PStr *dir, const char *name, bool bytes);

static TrValue scandir_list(const char *fname, TrValue arg) {
    PStr p = {".", 1, false, 0};
    int fd = -1;
    if (arg && arg != tr_None && path_arg(fname, "path", arg, &p, false, &fd) < 0) return 0;
    DIR *d = opendir(p.s);
    if (!d) return os_error(arg && arg != tr_None ? &p : &(PStr){".", 1, false, tr_str_from_cstr(".")});
    PStr dir = p; /* the path as str, its lone surrogates as themselves, to join names to */
    if (!p.bytes && p.obj) pstr_of(p.obj, &dir);
    TrValue out = tr_list_new(0);
    struct dirent *de;
    while ((errno = 0, de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        DirEntry *e = (DirEntry *)tr_object_alloc(&direntry_type, sizeof(DirEntry));
        e->name = pname(p.bytes, de->d_name, strlen(de->d_name));
        /* os.path.join(path, name), path '.' by default */
        e->path = join2(&dir, p.bytes ? de->d_name : tr_str_cstr(e->name), p.bytes);
        e->d_type = de->d_type;
        e->ino = de->d_ino;
        tr_list_append(out, (TrValue)e);
    }
    int err = errno;
    closedir(d);
    if (err) { errno = err; return os_error(&p); }
    return out;
}

static TrValue os_scandir(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", NULL};
    TrValue a[1];
    if (tr_parse_args("scandir", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue l = scandir_list("scandir", a[0]);
    if (!l) return 0;
    ScandirIter *it = (ScandirIter *)tr_object_alloc(&scandir_type, sizeof(ScandirIter));
    it->entries = l;
    return (TrValue)it;
}

static TrValue scandir_iter(TrValue self) { return self; }
static TrValue scandir_next(TrValue self) {
    ScandirIter *it = (ScandirIter *)self;
    if (!it->entries || it->pos >= TR_LIST(it->entries)->len) return 0;
    return tr_list_items(TR_LIST(it->entries))[it->pos++];
}
static TrValue scandir_enter(TrValue *args, size_t nargs, TrValue kwnames) { return args[0]; }
static TrValue scandir_close(TrValue *args, size_t nargs, TrValue kwnames) {
    ((ScandirIter *)args[0])->entries = 0;
    return tr_None;
}
static const TrMethodDef scandir_methods[] = {
    {"__enter__", scandir_enter}, {"__exit__", scandir_close}, {"close", scandir_close}, {0},
};

/* ---------------------------------------------------------------- os.walk */

/* os.walk(top, topdown=True, onerror=None, followlinks=False): lazy, so that a topdown
 * caller may prune the dirnames list it was given; the subdirectories of a directory
 * are visited after its tuple was handed out, in the order of that (possibly edited)
 * list.  Bottom-up walks are computed when the iterator starts. */
typedef struct Walk {
    TrObject ob;
    TrValue stack;    /* list of directories still to visit (last first) */
    TrValue last;     /* topdown: the (top, dirs, nondirs) handed out last, or 0 */
    TrValue results;  /* bottom-up: the tuples, in order */
    size_t pos;
    TrValue onerror;
    bool topdown, followlinks;
} Walk;
static TrType walk_type;

static int islink_path(TrValue path) {
    PStr p;
    pstr_of(path, &p);
    struct stat st;
    return lstat(p.s, &st) == 0 && S_ISLNK(st.st_mode);
}

/* (top, dirs, nondirs) of one directory, or 0 with onerror called (or an error: -1) */
static TrValue walk_one(Walk *w, TrValue top, int *failed) {
    *failed = 0;
    TrValue entries = scandir_list("scandir", top);
    if (!entries) {
        if (!tr_err_is(TR_EXC_TYPE(OSError))) { *failed = 1; return 0; }
        TrValue err = tr_err_fetch();
        if (w->onerror && w->onerror != tr_None && !tr_call1(w->onerror, err)) *failed = 1;
        return 0;
    }
    TrValue dirs = tr_list_new(0), nondirs = tr_list_new(0);
    for (size_t i = 0; i < TR_LIST(entries)->len; i++) {
        DirEntry *e = (DirEntry *)tr_list_items(TR_LIST(entries))[i];
        TrValue a[1] = {(TrValue)e};
        TrValue isdir = entry_is_dir(a, 1, 0);
        if (!isdir) { tr_err_clear(); isdir = tr_False; }
        tr_list_append(isdir == tr_True ? dirs : nondirs, e->name);
    }
    return tr_tuple_pack(3, top, dirs, nondirs);
}

static int walk_bottom_up(Walk *w, TrValue top) {
    int failed;
    TrValue t = walk_one(w, top, &failed);
    if (!t) return failed ? -1 : 0;
    TrValue dirs = TR_TUPLE(t)->items[1];
    PStr tp;
    pstr_of(top, &tp);
    for (size_t i = 0; i < TR_LIST(dirs)->len; i++) {
        TrValue d = tr_list_items(TR_LIST(dirs))[i];
        PStr dp;
        pstr_of(d, &dp);
        TrValue sub = join2(&tp, dp.s, tp.bytes);
        if ((w->followlinks || !islink_path(sub)) && walk_bottom_up(w, sub) < 0) return -1;
    }
    return tr_list_append(w->results, t);
}

static TrValue walk_next(TrValue self) {
    Walk *w = (Walk *)self;
    if (!w->topdown) {
        if (!w->results) {
            w->results = tr_list_new(0);
            TrValue top = tr_list_items(TR_LIST(w->stack))[0];
            if (walk_bottom_up(w, top) < 0) return 0;
        }
        return w->pos < TR_LIST(w->results)->len ? tr_list_items(TR_LIST(w->results))[w->pos++] : 0;
    }
    if (w->last) { /* push the subdirectories of the last directory, as edited since */
        TrValue top = TR_TUPLE(w->last)->items[0], dirs = TR_TUPLE(w->last)->items[1];
        w->last = 0;
        PStr tp;
        pstr_of(top, &tp);
        TrValue subs = tr_list_from_iterable(dirs);
        if (!subs) return 0;
        for (size_t i = TR_LIST(subs)->len; i-- > 0;) {
            PStr dp;
            if (ppath("join", tr_list_items(TR_LIST(subs))[i], &dp) < 0) return 0;
            TrValue sub = join2(&tp, dp.s, tp.bytes);
            if (w->followlinks || !islink_path(sub)) tr_list_append(w->stack, sub);
        }
    }
    while (TR_LIST(w->stack)->len) {
        TrList *st = TR_LIST(w->stack);
        TrValue top = tr_list_items(st)[st->len - 1];
        st->len--;
        int failed;
        TrValue t = walk_one(w, top, &failed);
        if (failed) return 0;
        if (t) return w->last = t;
    }
    return 0;
}

static TrValue walk_iter(TrValue self) { return self; }

static TrValue os_walk(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"top", "topdown", "onerror", "followlinks", NULL};
    TrValue a[4];
    if (tr_parse_args("walk", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue top = fspath(a[0], false);
    if (!top) return 0;
    Walk *w = (Walk *)tr_object_alloc(&walk_type, sizeof(Walk));
    w->stack = tr_list_new(0);
    tr_list_append(w->stack, top);
    w->topdown = !a[1] || tr_truthy(a[1]) == 1;
    w->onerror = a[2];
    w->followlinks = a[3] && tr_truthy(a[3]) == 1;
    return (TrValue)w;
}

/* ---------------------------------------------------------------- os.path */

static TrValue join2(PStr *dir, const char *name, bool bytes) {
    size_t dn = dir->n, nn = strlen(name);
    if (name[0] == '/') return pmake(bytes, name, nn);
    char *buf = tr_alloc_atomic(dn + nn + 2);
    memcpy(buf, dir->s, dn);
    size_t k = dn;
    if (dn && dir->s[dn - 1] != '/') buf[k++] = '/';
    memcpy(buf + k, name, nn);
    return pmake(bytes, buf, k + nn);
}

static TrValue path_join(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("join", kwnames) < 0) return 0;
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "join() missing 1 required positional argument: 'a'");
    PStr first;
    if (ppath("join", args[0], &first) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_add(&b, first.s, first.n);
    for (size_t i = 1; i < nargs; i++) {
        TrValue s = fspath(args[i], true);
        if (!s) {
            if (tr_err_occurred()) return 0;
            return tr_err(TR_EXC_TYPE(TypeError), "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                          TR_TYPE_NAME(args[i]));
        }
        PStr p;
        pstr_of(s, &p);
        if (p.bytes != first.bytes) return tr_err(TR_EXC_TYPE(TypeError), "Can't mix strings and bytes in path components");
        if (p.n && p.s[0] == '/') b.len = 0;
        else if (b.len && b.data[b.len - 1] != '/') tr_buf_addc(&b, '/');
        tr_buf_add(&b, p.s, p.n);
    }
    if (first.bytes) return tr_bytes_new(b.data ? b.data : "", b.len);
    return tr_buf_finish(&b);
}

/* index after the last '/' (0 if none) */
static size_t tail_start(PStr *p) {
    size_t i = p->n;
    while (i && p->s[i - 1] != '/') i--;
    return i;
}

/* split's head: p[:i] with trailing slashes stripped unless it is all slashes */
static size_t head_len(PStr *p, size_t i) {
    size_t h = i;
    bool all_slash = true;
    for (size_t k = 0; k < i; k++) if (p->s[k] != '/') { all_slash = false; break; }
    if (h && !all_slash) while (h && p->s[h - 1] == '/') h--;
    return h;
}

#define ONE_ARG(fname)                                                                     \
    PStr p;                                                                                \
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, 1, 1) < 0) return 0; \
    if (ppath(fname, args[0], &p) < 0) return 0;

static TrValue path_split(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("split")
    size_t i = tail_start(&p);
    return tr_tuple_pack(2, pmake(p.bytes, p.s, head_len(&p, i)), pmake(p.bytes, p.s + i, p.n - i));
}

static TrValue path_basename(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("basename")
    size_t i = tail_start(&p);
    return pmake(p.bytes, p.s + i, p.n - i);
}

static TrValue path_dirname(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("dirname")
    return pmake(p.bytes, p.s, head_len(&p, tail_start(&p)));
}

static TrValue path_splitext(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("splitext")
    ssize_t sep = -1, dot = -1;
    for (size_t k = 0; k < p.n; k++) {
        if (p.s[k] == '/') sep = (ssize_t)k;
        if (p.s[k] == '.') dot = (ssize_t)k;
    }
    if (dot > sep)
        for (ssize_t f = sep + 1; f < dot; f++)
            if (p.s[f] != '.') return tr_tuple_pack(2, pmake(p.bytes, p.s, (size_t)dot), pmake(p.bytes, p.s + dot, p.n - (size_t)dot));
    return tr_tuple_pack(2, p.obj, pmake(p.bytes, "", 0));
}

static TrValue path_isabs(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("isabs")
    return tr_bool(p.n && p.s[0] == '/');
}

/* posixpath.normpath on bytes: the result in a fresh buffer */
static char *normpath_c(const char *s, size_t n, size_t *outn) {
    if (!n) { *outn = 1; return "."; }
    int initial = s[0] == '/';
    if (initial && n > 1 && s[1] == '/' && !(n > 2 && s[2] == '/')) initial = 2;
    /* components as (start, len) */
    size_t cap = n / 2 + 2, nc = 0;
    size_t *cs = tr_alloc_atomic(cap * sizeof(size_t)), *cl = tr_alloc_atomic(cap * sizeof(size_t));
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != '/') j++;
        size_t len = j - i;
        const char *c = s + i;
        bool dotdot = len == 2 && c[0] == '.' && c[1] == '.';
        if (len == 0 || (len == 1 && c[0] == '.')) {
        } else if (!dotdot || (!initial && !nc) || (nc && cl[nc - 1] == 2 && s[cs[nc - 1]] == '.' && s[cs[nc - 1] + 1] == '.')) {
            cs[nc] = i; cl[nc] = len; nc++;
        } else if (nc) nc--;
        i = j + 1;
    }
    char *out = tr_alloc_atomic(n + 3);
    size_t k = 0;
    for (int q = 0; q < initial; q++) out[k++] = '/';
    for (size_t c = 0; c < nc; c++) {
        if (c) out[k++] = '/';
        memcpy(out + k, s + cs[c], cl[c]);
        k += cl[c];
    }
    if (!k) out[k++] = '.';
    out[k] = 0;
    *outn = k;
    return out;
}

static TrValue path_normpath(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("normpath")
    size_t n;
    char *r = normpath_c(p.s, p.n, &n);
    return pmake(p.bytes, r, n);
}

/* abspath on bytes: join(getcwd(), path) unless absolute, then normpath */
static char *abspath_c(const char *s, size_t n, size_t *outn) {
    if (n && s[0] == '/') return normpath_c(s, n, outn);
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return NULL;
    size_t cn = strlen(cwd);
    char *j = tr_alloc_atomic(cn + n + 2);
    memcpy(j, cwd, cn);
    size_t k = cn;
    if (!cn || cwd[cn - 1] != '/') j[k++] = '/';
    memcpy(j + k, s, n);
    free(cwd);
    return normpath_c(j, k + n, outn);
}

static TrValue path_abspath(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("abspath")
    size_t n;
    char *r = abspath_c(p.s, p.n, &n);
    if (!r) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return pmake(p.bytes, r, n);
}

/* posixpath._joinrealpath (non-strict): symlinks resolved one component at a time;
 * a loop leaves the rest unresolved.  path is a growable C string. */
typedef struct Seen { char *link; char *resolved; struct Seen *next; } Seen;

static char *cjoin(const char *a, const char *b) {
    if (b[0] == '/') return GC_strdup(b);
    size_t an = strlen(a), bn = strlen(b);
    char *r = tr_alloc_atomic(an + bn + 2);
    memcpy(r, a, an);
    size_t k = an;
    if (an && a[an - 1] != '/') r[k++] = '/';
    memcpy(r + k, b, bn + 1);
    return r;
}

/* strict: a component that cannot be lstat'ed, or a symlink loop, stops the walk:
 * NULL with errno set and *failed the path that failed (as posixpath's os.lstat and
 * os.stat raise it). */
static char *joinrealpath(const char *path, const char *rest, Seen **seen, bool *ok, bool strict, char **failed) {
    char *cur = GC_strdup(path);
    if (rest[0] == '/') { rest++; cur = GC_strdup("/"); }
    *ok = true;
    while (*rest) {
        const char *slash = strchr(rest, '/');
        size_t len = slash ? (size_t)(slash - rest) : strlen(rest);
        char *name = tr_alloc_atomic(len + 1);
        memcpy(name, rest, len);
        name[len] = 0;
        rest = slash ? slash + 1 : rest + len;
        if (!len || !strcmp(name, ".")) continue;
        if (!strcmp(name, "..")) {
            if (*cur) {
                PStr p = {cur, strlen(cur), false, 0};
                size_t i = tail_start(&p);
                bool was_pardir = !strcmp(cur + i, "..");
                size_t h = head_len(&p, i);
                cur[h] = 0;
                if (was_pardir) cur = cjoin(cjoin(cur, ".."), "..");
            } else cur = GC_strdup("..");
            continue;
        }
        char *newpath = cjoin(cur, name);
        struct stat st;
        if (lstat(newpath, &st) < 0) {
            if (strict) { *failed = newpath; return NULL; }
            cur = newpath;
            continue;
        }
        if (!S_ISLNK(st.st_mode)) { cur = newpath; continue; }
        Seen *s = *seen;
        while (s && strcmp(s->link, newpath)) s = s->next;
        if (s) {
            if (s->resolved) { cur = s->resolved; continue; }
            if (strict) { errno = ELOOP; *failed = newpath; return NULL; }
            *ok = false;
            return cjoin(newpath, rest);
        }
        s = tr_alloc(sizeof(Seen));
        s->link = newpath;
        s->next = *seen;
        *seen = s;
        char target[4096];
        ssize_t tn = readlink(newpath, target, sizeof target - 1);
        if (tn < 0) { cur = newpath; continue; }
        target[tn] = 0;
        bool sub_ok;
        cur = joinrealpath(cur, target, seen, &sub_ok, strict, failed);
        if (!cur) return NULL;
        if (!sub_ok) { *ok = false; return cjoin(cur, rest); }
        s->resolved = cur;
    }
    return cur;
}

static TrValue path_realpath(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"filename", "$strict", NULL};
    TrValue a[2];
    if (tr_parse_args("realpath", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    PStr p;
    if (ppath("realpath", a[0], &p) < 0) return 0;
    Seen *seen = NULL;
    bool ok;
    int strict = a[1] ? tr_truthy(a[1]) : 0;
    if (strict < 0) return 0;
    char *failed = NULL;
    char *r = joinrealpath("", p.s, &seen, &ok, strict, &failed);
    if (!r) return tr_err_errno(TR_EXC_TYPE(OSError), pmake(p.bytes, failed, strlen(failed)));
    size_t n;
    char *ab = abspath_c(r, strlen(r), &n);
    if (!ab) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return pmake(p.bytes, ab, n);
}

static TrValue path_relpath(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "start", NULL};
    TrValue a[2];
    if (tr_parse_args("relpath", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    PStr p, s = {".", 1, false, 0};
    if (ppath("relpath", a[0], &p) < 0) return 0;
    if (!p.n) return tr_err(TR_EXC_TYPE(ValueError), "no path specified");
    if (a[1] && a[1] != tr_None && ppath("relpath", a[1], &s) < 0) return 0;
    if (a[1] && a[1] != tr_None && s.bytes != p.bytes)
        return tr_err(TR_EXC_TYPE(TypeError), "Can't mix strings and bytes in path components");
    size_t an, bn;
    char *sa = abspath_c(s.s, s.n, &an), *pa = abspath_c(p.s, p.n, &bn);
    if (!sa || !pa) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    /* common leading components */
    const char *x = sa, *y = pa;
    size_t common_x = 0, common_y = 0;
    for (;;) {
        while (*x == '/') x++;
        while (*y == '/') y++;
        if (!*x || !*y) break;
        size_t lx = strcspn(x, "/"), ly = strcspn(y, "/");
        if (lx != ly || memcmp(x, y, lx)) break;
        x += lx;
        y += ly;
        common_x = (size_t)(x - sa);
        common_y = (size_t)(y - pa);
    }
    TrBuf b;
    tr_buf_init(&b);
    for (const char *q = sa + common_x; *q;) { /* one '..' per remaining start component */
        while (*q == '/') q++;
        if (!*q) break;
        q += strcspn(q, "/");
        if (b.len) tr_buf_addc(&b, '/');
        tr_buf_adds(&b, "..");
    }
    for (const char *q = pa + common_y; *q;) {
        while (*q == '/') q++;
        if (!*q) break;
        size_t l = strcspn(q, "/");
        if (b.len) tr_buf_addc(&b, '/');
        tr_buf_add(&b, q, l);
        q += l;
    }
    if (!b.len) tr_buf_addc(&b, '.');
    if (p.bytes) return tr_bytes_new(b.data, b.len);
    return tr_buf_finish(&b);
}

static TrValue path_commonprefix(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("commonprefix", kwnames) < 0 || tr_check_nargs("commonprefix", nargs, 1, 1) < 0) return 0;
    TrValue m = tr_list_from_iterable(args[0]);
    if (!m) return 0;
    TrList *l = TR_LIST(m);
    if (!l->len) return tr_str_from_cstr("");
    if (!tr_list_check(tr_list_items(l)[0]) && !tr_tuple_check(tr_list_items(l)[0]))
        for (size_t i = 0; i < l->len; i++)
            if (!(tr_list_items(l)[i] = fspath(tr_list_items(l)[i], false))) return 0;
    TrValue s1 = tr_list_items(l)[0], s2 = tr_list_items(l)[0];
    for (size_t i = 1; i < l->len; i++) {
        int lt = tr_compare_bool(tr_list_items(l)[i], s1, TR_LT);
        if (lt < 0) return 0;
        if (lt) s1 = tr_list_items(l)[i];
        int gt = tr_compare_bool(tr_list_items(l)[i], s2, TR_GT);
        if (gt < 0) return 0;
        if (gt) s2 = tr_list_items(l)[i];
    }
    intptr_t n = tr_len(s1);
    if (n < 0) return 0;
    for (intptr_t i = 0; i < n; i++) {
        TrValue c1 = tr_getitem(s1, TR_FROM_SMALL(i)), c2 = c1 ? tr_getitem(s2, TR_FROM_SMALL(i)) : 0;
        if (!c2) return 0;
        int eq = tr_equal(c1, c2);
        if (eq < 0) return 0;
        if (!eq) return tr_getslice(s1, TR_FROM_SMALL(0), TR_FROM_SMALL(i), 0);
    }
    return s1;
}

static TrValue path_expanduser(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("expanduser")
    if (!p.n || p.s[0] != '~') return p.obj;
    size_t i = 1;
    while (i < p.n && p.s[i] != '/') i++;
    const char *home = NULL;
    if (i == 1) {
        home = getenv("HOME");
        if (!home) {
            struct passwd *pw = getpwuid(getuid());
            if (!pw) return p.obj;
            home = pw->pw_dir;
        }
    } else {
        char *name = tr_alloc_atomic(i);
        memcpy(name, p.s + 1, i - 1);
        name[i - 1] = 0;
        struct passwd *pw = getpwnam(name);
        if (!pw) return p.obj;
        home = pw->pw_dir;
    }
    size_t hn = strlen(home);
    while (hn && home[hn - 1] == '/') hn--;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_add(&b, home, hn);
    tr_buf_add(&b, p.s + i, p.n - i);
    if (!b.len) tr_buf_addc(&b, '/');
    if (p.bytes) return tr_bytes_new(b.data, b.len);
    return tr_buf_finish(&b);
}

/* expandvars: $name and ${name} replaced by os.environ's values, unknown ones kept */
static TrValue environ_dict;
static TrValue path_expandvars(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("expandvars")
    if (!memchr(p.s, '$', p.n)) return p.obj;
    TrBuf b;
    tr_buf_init(&b);
    size_t i = 0;
    while (i < p.n) {
        if (p.s[i] != '$') { tr_buf_addc(&b, p.s[i++]); continue; }
        size_t start = i + 1, end;
        bool brace = start < p.n && p.s[start] == '{';
        if (brace) {
            end = start + 1;
            while (end < p.n && p.s[end] != '}') end++;
            if (end >= p.n) { tr_buf_add(&b, p.s + i, p.n - i); break; }
            start++;
        } else {
            end = start;
            while (end < p.n && (p.s[end] == '_' || (p.s[end] >= 'a' && p.s[end] <= 'z') ||
                                 (p.s[end] >= 'A' && p.s[end] <= 'Z') || (p.s[end] >= '0' && p.s[end] <= '9')))
                end++;
        }
        TrValue v = end > start ? tr_dict_get(environ_dict, tr_str_new(p.s + start, end - start)) : 0;
        size_t after = brace ? end + 1 : end;
        if (v) tr_buf_add(&b, tr_str_cstr(v), TR_STR(v)->len);
        else tr_buf_add(&b, p.s + i, after - i);
        i = after;
    }
    if (p.bytes) return tr_bytes_new(b.data ? b.data : "", b.len);
    return tr_buf_finish(&b);
}

/* exists/isfile/isdir/islink: False for any OSError or ValueError (genericpath) */
static int test_stat(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, bool follow, struct stat *st) {
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, 1, 1) < 0) return -1;
    PStr p;
    if (do_stat("stat", args[0], follow, st, &p) < 0) {
        if (tr_err_is(TR_EXC_TYPE(OSError)) || tr_err_is(TR_EXC_TYPE(ValueError))) { tr_err_clear(); return 0; }
        return -1;
    }
    return 1;
}

#define STAT_TEST(cname, fname, follow, cond)                                        \
    static TrValue cname(TrValue *args, size_t nargs, TrValue kwnames) {              \
        struct stat st;                                                               \
        int r = test_stat(args, nargs, kwnames, fname, follow, &st);                  \
        return r < 0 ? 0 : tr_bool(r && (cond));                                      \
    }
STAT_TEST(path_exists, "exists", true, 1)
STAT_TEST(path_lexists, "lexists", false, 1)
STAT_TEST(path_isfile, "isfile", true, S_ISREG(st.st_mode))
STAT_TEST(path_isdir, "isdir", true, S_ISDIR(st.st_mode))
STAT_TEST(path_islink, "islink", false, S_ISLNK(st.st_mode))

#define STAT_FIELD(cname, fname, expr)                                               \
    static TrValue cname(TrValue *args, size_t nargs, TrValue kwnames) {              \
        struct stat st;                                                               \
        PStr p;                                                                       \
        if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, 1, 1) < 0) return 0; \
        if (do_stat("stat", args[0], true, &st, &p) < 0) return 0;                     \
        return expr;                                                                  \
    }
STAT_FIELD(path_getsize, "getsize", tr_int_from_i64(st.st_size))
STAT_FIELD(path_getmtime, "getmtime", tr_float_new((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9))
STAT_FIELD(path_getatime, "getatime", tr_float_new((double)st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9))
STAT_FIELD(path_getctime, "getctime", tr_float_new((double)st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9))

static TrValue path_samefile(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("samefile", kwnames) < 0 || tr_check_nargs("samefile", nargs, 2, 2) < 0) return 0;
    struct stat a, b;
    PStr p;
    if (do_stat("stat", args[0], true, &a, &p) < 0 || do_stat("stat", args[1], true, &b, &p) < 0) return 0;
    return tr_bool(a.st_ino == b.st_ino && a.st_dev == b.st_dev);
}

static TrValue path_splitdrive(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("splitdrive")
    return tr_tuple_pack(2, pmake(p.bytes, "", 0), p.obj);
}

static TrValue path_normcase(TrValue *args, size_t nargs, TrValue kwnames) {
    ONE_ARG("normcase")
    return p.obj;
}

/* samestat(s1, s2): the same inode on the same device, of any objects with st_ino/st_dev */
static int same_stat(TrValue s1, TrValue s2) {
    TrValue i1 = tr_getattr(s1, TR_INTERN("st_ino")), i2 = i1 ? tr_getattr(s2, TR_INTERN("st_ino")) : 0;
    if (!i2) return -1;
    int eq = tr_equal(i1, i2);
    if (eq <= 0) return eq;
    TrValue d1 = tr_getattr(s1, TR_INTERN("st_dev")), d2 = d1 ? tr_getattr(s2, TR_INTERN("st_dev")) : 0;
    return d2 ? tr_equal(d1, d2) : -1;
}

static TrValue path_samestat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("samestat", kwnames) < 0 || tr_check_nargs("samestat", nargs, 2, 2) < 0) return 0;
    int r = same_stat(args[0], args[1]);
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue path_sameopenfile(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("sameopenfile", kwnames) < 0 || tr_check_nargs("sameopenfile", nargs, 2, 2) < 0) return 0;
    struct stat a, b;
    PStr p;
    if (!tr_int_check(args[0]) || !tr_int_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer",
                      TR_TYPE_NAME(tr_int_check(args[0]) ? args[1] : args[0]));
    if (do_stat("fstat", args[0], true, &a, &p) < 0 || do_stat("fstat", args[1], true, &b, &p) < 0) return 0;
    return tr_bool(a.st_ino == b.st_ino && a.st_dev == b.st_dev);
}

/* ismount(path): not a symbolic link, and on another device than its parent or the
 * same inode as it (the root); False when either cannot be stat'ed */
static TrValue path_ismount(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("ismount", kwnames) < 0 || tr_check_nargs("ismount", nargs, 1, 1) < 0) return 0;
    struct stat s1, s2;
    PStr p, q;
    int fd;
    if (path_arg("lstat", "path", args[0], &p, false, &fd) < 0) goto arg_failed;
    if (lstat(p.s, &s1) < 0 || S_ISLNK(s1.st_mode)) return tr_False;
    TrValue parts[2] = {fspath(args[0], false), 0};
    parts[1] = pmake(p.bytes, "..", 2);
    TrValue parent = path_join(parts, 2, 0);
    if (!parent || !(parent = path_realpath(&parent, 1, 0))) return 0;
    if (path_arg("lstat", "path", parent, &q, false, &fd) < 0) goto arg_failed;
    if (lstat(q.s, &s2) < 0) return tr_False;
    return tr_bool(s1.st_dev != s2.st_dev || s1.st_ino == s2.st_ino);
arg_failed: /* an embedded NUL: False */
    if (!tr_err_is(TR_EXC_TYPE(ValueError))) return 0;
    tr_err_clear();
    return tr_False;
}

/* one path of commonpath's: its components without empty ones and '.' */
typedef struct Parts { const char **s; size_t *n; size_t len; } Parts;

static void split_parts(PStr *p, Parts *out) {
    out->s = tr_alloc(sizeof(char *) * (p->n / 2 + 1));
    out->n = tr_alloc_atomic(sizeof(size_t) * (p->n / 2 + 1));
    out->len = 0;
    for (size_t i = 0; i < p->n;) {
        size_t j = i;
        while (j < p->n && p->s[j] != '/') j++;
        if (j > i && !(j - i == 1 && p->s[i] == '.')) {
            out->s[out->len] = p->s + i;
            out->n[out->len++] = j - i;
        }
        i = j + 1;
    }
}

static int part_cmp(const char *a, size_t an, const char *b, size_t bn) {
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an > bn) - (an < bn);
}

static int parts_cmp(Parts *a, Parts *b) {
    for (size_t i = 0; i < a->len && i < b->len; i++) {
        int c = part_cmp(a->s[i], a->n[i], b->s[i], b->n[i]);
        if (c) return c;
    }
    return (a->len > b->len) - (a->len < b->len);
}

/* commonpath(paths): the longest common sub-path, compared component by component
 * between the least and the greatest of the split paths (as lists) */
static TrValue path_commonpath(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("commonpath", kwnames) < 0 || tr_check_nargs("commonpath", nargs, 1, 1) < 0) return 0;
    TrValue m = tr_list_from_iterable(args[0]);
    if (!m) return 0;
    TrList *l = TR_LIST(m);
    if (!l->len) return tr_err(TR_EXC_TYPE(ValueError), "commonpath() arg is an empty sequence");
    PStr *ps = tr_alloc(sizeof(PStr) * l->len);
    for (size_t i = 0; i < l->len; i++)
        if (ppath("commonpath", tr_list_items(l)[i], &ps[i]) < 0) return 0;
    for (size_t i = 1; i < l->len; i++)
        if (ps[i].bytes != ps[0].bytes) return tr_err(TR_EXC_TYPE(TypeError), "Can't mix strings and bytes in path components");
    bool isabs = ps[0].n && ps[0].s[0] == '/';
    for (size_t i = 1; i < l->len; i++)
        if ((ps[i].n && ps[i].s[0] == '/') != isabs) return tr_err(TR_EXC_TYPE(ValueError), "Can't mix absolute and relative paths");
    Parts lo, hi, cur;
    split_parts(&ps[0], &lo);
    hi = lo;
    for (size_t i = 1; i < l->len; i++) {
        split_parts(&ps[i], &cur);
        if (parts_cmp(&cur, &lo) < 0) lo = cur;
        if (parts_cmp(&cur, &hi) > 0) hi = cur;
    }
    TrBuf b;
    tr_buf_init(&b);
    if (isabs) tr_buf_addc(&b, '/');
    for (size_t i = 0; i < lo.len && !part_cmp(lo.s[i], lo.n[i], hi.s[i], hi.n[i]); i++) {
        if (i) tr_buf_addc(&b, '/');
        tr_buf_add(&b, lo.s[i], lo.n[i]);
    }
    if (ps[0].bytes) return tr_bytes_new(b.data ? b.data : "", b.len);
    return tr_buf_finish(&b);
}

static const TrMethodDef path_functions[] = {
    {"join", path_join}, {"split", path_split}, {"basename", path_basename}, {"dirname", path_dirname},
    {"splitext", path_splitext}, {"isabs", path_isabs}, {"normpath", path_normpath}, {"abspath", path_abspath},
    {"realpath", path_realpath}, {"relpath", path_relpath}, {"commonprefix", path_commonprefix},
    {"expanduser", path_expanduser}, {"expandvars", path_expandvars}, {"exists", path_exists},
    {"lexists", path_lexists}, {"isfile", path_isfile}, {"isdir", path_isdir}, {"islink", path_islink},
    {"getsize", path_getsize}, {"getmtime", path_getmtime}, {"getatime", path_getatime},
    {"getctime", path_getctime}, {"samefile", path_samefile}, {"splitdrive", path_splitdrive},
    {"normcase", path_normcase}, {"samestat", path_samestat}, {"sameopenfile", path_sameopenfile},
    {"ismount", path_ismount}, {"commonpath", path_commonpath}, {0},
};

/* ---------------------------------------------------------------- makedirs, removedirs */

static TrValue call_path1(TrCFunc f, TrValue v) { return f(&v, 1, 0); }

static int makedirs(TrValue name, TrValue mode, bool exist_ok) {
    TrValue ht = call_path1(path_split, name);
    if (!ht) return -1;
    TrValue head = TR_TUPLE(ht)->items[0], tail = TR_TUPLE(ht)->items[1];
    if (!tr_truthy(tail)) {
        if (!(ht = call_path1(path_split, head))) return -1;
        head = TR_TUPLE(ht)->items[0], tail = TR_TUPLE(ht)->items[1];
    }
    if (tr_truthy(head) && tr_truthy(tail)) {
        TrValue ex = call_path1(path_exists, head);
        if (!ex) return -1;
        if (ex == tr_False) {
            if (makedirs(head, mode, exist_ok) < 0) {
                if (!tr_err_is(TR_EXC_TYPE(FileExistsError))) return -1;
                tr_err_clear();
            }
            PStr t;
            pstr_of(tail, &t);
            if (!strcmp(t.s, ".")) return 0;
        }
    }
    PStr p;
    if (do_mkdir(name, mode, &p) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OSError))) return -1;
        TrValue err = tr_err_fetch();
        TrValue isdir = call_path1(path_isdir, name);
        if (!isdir) return -1;
        if (!exist_ok || isdir == tr_False) { tr_err_restore(err); return -1; }
    }
    return 0;
}

static TrValue os_makedirs(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"name", "mode", "exist_ok", NULL};
    TrValue a[3];
    if (tr_parse_args("makedirs", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    int ok = a[2] ? tr_truthy(a[2]) : 0;
    if (ok < 0) return 0;
    TrValue name = fspath(a[0], false);
    if (!name) return 0;
    return makedirs(name, a[1], ok) < 0 ? 0 : tr_None;
}

static TrValue os_removedirs(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"name", NULL};
    TrValue a[1];
    if (tr_parse_args("removedirs", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (!os_rmdir(a, 1, 0)) return 0;
    TrValue ht = call_path1(path_split, a[0]);
    if (!ht) return 0;
    TrValue head = TR_TUPLE(ht)->items[0], tail = TR_TUPLE(ht)->items[1];
    if (!tr_truthy(tail)) {
        if (!(ht = call_path1(path_split, head))) return 0;
        head = TR_TUPLE(ht)->items[0], tail = TR_TUPLE(ht)->items[1];
    }
    while (tr_truthy(head) && tr_truthy(tail)) {
        if (!os_rmdir(&head, 1, 0)) {
            if (!tr_err_is(TR_EXC_TYPE(OSError))) return 0;
            tr_err_clear();
            break;
        }
        if (!(ht = call_path1(path_split, head))) return 0;
        head = TR_TUPLE(ht)->items[0], tail = TR_TUPLE(ht)->items[1];
    }
    return tr_None;
}

/* ---------------------------------------------------------------- the environment */

/* os.environ: a mapping over a dict snapshot; writes go through to the process. */
typedef struct Environ { TrObject ob; TrValue dict; } Environ;
static TrType environ_type;
#define ENV(v) (((Environ *)(v))->dict)

static int env_check(TrValue v) {
    if (tr_str_check(v)) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "str expected, not %s", TR_TYPE_NAME(v));
    return -1;
}

static int env_set(TrValue key, TrValue v) {
    if (env_check(key) < 0 || env_check(v) < 0) return -1;
    if (strlen(tr_str_cstr(key)) != TR_STR(key)->len || strlen(tr_str_cstr(v)) != TR_STR(v)->len) {
        tr_err(TR_EXC_TYPE(ValueError), "embedded null byte");
        return -1;
    }
    if (!TR_STR(key)->len || strchr(tr_str_cstr(key), '=')) {
        tr_err(TR_EXC_TYPE(ValueError), "illegal environment variable name");
        return -1;
    }
    if (setenv(tr_str_cstr(key), tr_str_cstr(v), 1) < 0) { tr_err_errno(TR_EXC_TYPE(OSError), 0); return -1; }
    return tr_dict_set(environ_dict, key, v);
}

static TrValue env_getitem(TrValue self, TrValue key) {
    TrValue v = tr_dict_get(ENV(self), key);
    if (v) return v;
    if (tr_err_occurred()) return 0;
    if (env_check(key) < 0) return 0;
    return tr_err_value(TR_EXC_TYPE(KeyError), key);
}

static int env_setitem(TrValue self, TrValue key, TrValue v) {
    if (v) return env_set(key, v);
    if (env_check(key) < 0) return -1;
    unsetenv(tr_str_cstr(key));
    if (!tr_dict_get(ENV(self), key)) {
        tr_err_value(TR_EXC_TYPE(KeyError), key);
        return -1;
    }
    return tr_dict_del(ENV(self), key);
}

static int env_contains(TrValue self, TrValue key) {
    if (env_check(key) < 0) return -1;
    return tr_dict_get(ENV(self), key) != 0;
}
static intptr_t env_len(TrValue self) { return (intptr_t)tr_dict_len(ENV(self)); }
static TrValue env_iter(TrValue self) { return tr_iter(tr_list_from_iterable(ENV(self))); }
static TrValue env_repr(TrValue self) {
    TrValue r = tr_repr(ENV(self));
    return r ? tr_str_fmt("environ(%S)", r) : 0;
}

/* read-only methods answer from the snapshot dict */
static TrValue env_delegate(const char *name, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue *a = tr_alloc(sizeof(TrValue) * (nargs + (kwnames ? TR_TUPLE(kwnames)->len : 0)));
    memcpy(a, args, sizeof(TrValue) * (nargs + (kwnames ? TR_TUPLE(kwnames)->len : 0)));
    a[0] = ENV(args[0]);
    return tr_call_method(tr_str_intern(name), a, nargs, kwnames);
}
static TrValue env_get(TrValue *args, size_t nargs, TrValue kwnames) { return env_delegate("get", args, nargs, kwnames); }
static TrValue env_keys(TrValue *args, size_t nargs, TrValue kwnames) { return env_delegate("keys", args, nargs, kwnames); }
static TrValue env_values(TrValue *args, size_t nargs, TrValue kwnames) { return env_delegate("values", args, nargs, kwnames); }
static TrValue env_items(TrValue *args, size_t nargs, TrValue kwnames) { return env_delegate("items", args, nargs, kwnames); }
static TrValue env_copy(TrValue *args, size_t nargs, TrValue kwnames) { return env_delegate("copy", args, nargs, kwnames); }

static TrValue env_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("pop", kwnames) < 0 || tr_check_nargs("pop", nargs - 1, 1, 2) < 0) return 0;
    TrValue v = tr_dict_get(ENV(args[0]), args[1]);
    if (!v) {
        if (nargs == 3) return args[2];
        return tr_err_value(TR_EXC_TYPE(KeyError), args[1]);
    }
    return env_setitem(args[0], args[1], 0) < 0 ? 0 : v;
}

static TrValue env_setdefault(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("setdefault", kwnames) < 0 || tr_check_nargs("setdefault", nargs - 1, 1, 2) < 0) return 0;
    TrValue v = tr_dict_get(ENV(args[0]), args[1]);
    if (v) return v;
    TrValue d = nargs == 3 ? args[2] : tr_None;
    return env_set(args[1], d) < 0 ? 0 : d;
}

static TrValue env_update(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("update", nargs - 1, 0, 1) < 0) return 0;
    TrValue d = tr_dict_new();
    if (nargs == 2 && tr_dict_update(d, args[1]) < 0) return 0;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++) tr_dict_set(d, TR_TUPLE(kwnames)->items[i], args[nargs + i]);
    size_t pos = 0;
    TrValue k, v;
    while (tr_dict_next(d, &pos, &k, &v))
        if (env_set(k, v) < 0) return 0;
    return tr_None;
}

static TrValue env_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue keys = tr_list_from_iterable(ENV(args[0]));
    for (size_t i = 0; i < TR_LIST(keys)->len; i++)
        if (env_setitem(args[0], tr_list_items(TR_LIST(keys))[i], 0) < 0) return 0;
    return tr_None;
}

static const TrMethodDef environ_methods[] = {
    {"get", env_get}, {"keys", env_keys}, {"values", env_values}, {"items", env_items}, {"copy", env_copy},
    {"pop", env_pop}, {"setdefault", env_setdefault}, {"update", env_update}, {"clear", env_clear}, {0},
};

static TrValue os_getenv(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"key", "default", NULL};
    TrValue a[2];
    if (tr_parse_args("getenv", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (env_check(a[0]) < 0) return 0;
    TrValue v = tr_dict_get(environ_dict, a[0]);
    return v ? v : a[1] ? a[1] : tr_None;
}

static TrValue os_putenv(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.putenv", kwnames) < 0 || tr_check_nargs("posix.putenv", nargs, 2, 2) < 0) return 0;
    for (int i = 0; i < 2; i++)
        if (!tr_str_check(args[i]))
            return tr_err(TR_EXC_TYPE(TypeError), "putenv() argument %d must be str, not %s", i + 1, TR_TYPE_NAME(args[i]));
    if (!TR_STR(args[0])->len || strchr(tr_str_cstr(args[0]), '='))
        return tr_err(TR_EXC_TYPE(ValueError), "illegal environment variable name");
    if (setenv(tr_str_cstr(args[0]), tr_str_cstr(args[1]), 1) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

static TrValue os_unsetenv(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.unsetenv", kwnames) < 0 || tr_check_nargs("posix.unsetenv", nargs, 1, 1) < 0) return 0;
    if (!tr_str_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "unsetenv() argument must be str, not %s", TR_TYPE_NAME(args[0]));
    if (!TR_STR(args[0])->len || strchr(tr_str_cstr(args[0]), '='))
        return tr_err(TR_EXC_TYPE(ValueError), "illegal environment variable name");
    unsetenv(tr_str_cstr(args[0]));
    return tr_None;
}

/* ---------------------------------------------------------------- processes, misc */

static TrValue os_system(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"command", NULL};
    TrValue a[1];
    if (tr_parse_args("system", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    PStr p;
    int fd;
    if (path_arg("system", "command", a[0], &p, false, &fd) < 0) return 0;
    int r = system(p.s);
    return tr_int_from_i64(r);
}

#define PROCESS_ID(name) \
    static TrValue os_##name(TrValue *args, size_t nargs, TrValue kwnames) { \
        return no_arguments("posix." #name, nargs, kwnames) < 0 ? 0 : tr_int_from_i64(name()); \
    }
PROCESS_ID(getpid)
PROCESS_ID(getppid)
PROCESS_ID(getuid)
PROCESS_ID(getgid)
PROCESS_ID(geteuid)

static TrValue os_cpu_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_arguments("posix.cpu_count", nargs, kwnames) < 0) return 0;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? tr_int_from_i64(n) : tr_None;
}

static TrValue os_urandom(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.urandom", kwnames) < 0 || tr_check_nargs("posix.urandom", nargs, 1, 1) < 0) return 0;
    int64_t n;
    if (tr_index(args[0], &n) < 0) return 0;
    if (n < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative argument not allowed");
    char *buf = tr_alloc_atomic((size_t)n + 1);
    for (int64_t got = 0; got < n;) {
        ssize_t r = getrandom(buf + got, (size_t)(n - got), 0);
        if (r < 0) {
            if (errno == EINTR) { if (tr_handle_signals() < 0) return 0; continue; }
            return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        }
        got += r;
    }
    return tr_bytes_new(buf, (size_t)n);
}

static TrValue os_strerror(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("posix.strerror", nargs, 1, 1) < 0) return 0;
    int64_t e;
    if (tr_index(args[0], &e) < 0) return 0;
    return tr_str_from_cstr(strerror((int)e));
}

static TrValue os_fspath(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", NULL};
    TrValue a[1];
    if (tr_parse_args("fspath", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return fspath(a[0], false);
}

/* os.fsencode/os.fsdecode: a path as bytes / as str in the file system encoding, UTF-8
 * with the 'surrogateescape' handler (bytes that are not UTF-8 as U+DC80..U+DCFF) */
static TrValue os_fsencode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"filename", NULL};
    TrValue a[1];
    if (tr_parse_args("fsencode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue v = fspath(a[0], false);
    if (!v || tr_bytes_check(v)) return v;
    size_t n;
    const char *s = tr_fs_encode(v, &n);
    return s ? tr_bytes_new(s, n) : 0;
}

static TrValue os_fsdecode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"filename", NULL};
    TrValue a[1];
    if (tr_parse_args("fsdecode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue v = fspath(a[0], false);
    if (!v || tr_str_check(v)) return v;
    size_t n;
    const char *s = tr_buffer_view(v, &n);
    return tr_fs_decode(s, n);
}

static TrValue os_umask(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("posix.umask", nargs, 1, 1) < 0) return 0;
    int m;
    if (mode_arg(args[0], 0, &m) < 0) return 0;
    return tr_int_from_i64(umask((mode_t)m));
}

static TrValue os_isatty(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("posix.isatty", nargs, 1, 1) < 0) return 0;
    int64_t fd;
    if (tr_index(args[0], &fd) < 0) return 0;
    return tr_bool(isatty((int)fd));
}

/* get_blocking(fd) / set_blocking(fd, blocking): the descriptor's O_NONBLOCK flag */
static TrValue os_get_blocking(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t fd;
    if (tr_no_kwargs("posix.get_blocking", kwnames) < 0 || tr_check_nargs("posix.get_blocking", nargs, 1, 1) < 0) return 0;
    if (tr_index(args[0], &fd) < 0) return 0;
    int flags = fcntl((int)fd, F_GETFL);
    if (flags < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_bool(!(flags & O_NONBLOCK));
}

static TrValue os_set_blocking(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t fd;
    if (tr_no_kwargs("posix.set_blocking", kwnames) < 0 || tr_check_nargs("posix.set_blocking", nargs, 2, 2) < 0) return 0;
    if (tr_index(args[0], &fd) < 0) return 0;
    int blocking = tr_truthy(args[1]);
    if (blocking < 0) return 0;
    int flags = fcntl((int)fd, F_GETFL);
    if (flags < 0 || fcntl((int)fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0)
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

/* os.terminal_size: the (columns, lines) tuple os.get_terminal_size() returns. */
static const char *const terminal_size_names[] = {"columns", "lines"};
static const TrStructSeqFields terminal_size_fields = {terminal_size_names, 2, 2, 0};
static TrType terminal_size_type = {.name = "terminal_size"};

/* os.get_terminal_size(fd=1): the window size of the terminal on fd; OSError when fd
 * is not a terminal (ENOTTY), as CPython. */
static TrValue os_get_terminal_size(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.get_terminal_size", kwnames) < 0 || tr_check_nargs("posix.get_terminal_size", nargs, 0, 1) < 0)
        return 0;
    int64_t fd = STDOUT_FILENO;
    if (nargs && tr_index(args[0], &fd) < 0) return 0;
    struct winsize size;
    if (ioctl((int)fd, TIOCGWINSZ, &size) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    TrTuple *t = (TrTuple *)tr_structseq_new(&terminal_size_type);
    t->items[0] = tr_int_from_i64(size.ws_col);
    t->items[1] = tr_int_from_i64(size.ws_row);
    return (TrValue)t;
}

static TrValue os_kill(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.kill", kwnames) < 0) return 0;
    if (nargs != 2) /* pid_t has no Clinic converter: CPython parses with _PyArg_ParseStack */
        return tr_err(TR_EXC_TYPE(TypeError), "kill() takes exactly 2 arguments (%zu given)", nargs);
    int64_t pid, sig;
    if (tr_index(args[0], &pid) < 0 || tr_index(args[1], &sig) < 0) return 0;
    if (kill((pid_t)pid, (int)sig) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    if (tr_handle_signals() < 0) return 0; /* a signal sent to itself is handled at once, as in CPython */
    return tr_None;
}

/* os.fork: the collector and the GIL are told, so that the child (only the calling
 * thread, holding the GIL) can allocate and run Python code */
static TrValue os_fork(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_arguments("posix.fork", nargs, kwnames) < 0) return 0;
    GC_atfork_prepare();
    pid_t pid = fork();
    if (pid == 0) {
        GC_atfork_child();
        tr_gil_after_fork_child();
        return tr_int_from_i64(0);
    }
    int saved = errno;
    GC_atfork_parent();
    errno = saved;
    if (pid < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_int_from_i64(pid);
}

static TrValue os_waitpid(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.waitpid", kwnames) < 0 || tr_check_nargs("posix.waitpid", nargs, 2, 2) < 0) return 0;
    int64_t pid, options;
    if (tr_index(args[0], &pid) < 0 || tr_index(args[1], &options) < 0) return 0;
    int status = 0;
    pid_t r;
    while ((r = TR_WITHOUT_GIL(pid_t, waitpid((pid_t)pid, &status, (int)options))) < 0) {
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(ChildProcessError), 0);
        if (tr_handle_signals() < 0) return 0;
    }
    return tr_tuple_pack(2, tr_int_from_i64(r), tr_int_from_i64(status));
}

static TrValue os_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("posix._exit", nargs, 1, 1) < 0) return 0;
    int64_t st;
    if (tr_index(args[0], &st) < 0) return 0;
    _exit((int)st);
}

/* file descriptors: open, read, write, close */
static TrValue os_open(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "flags", "mode", "$dir_fd", NULL};
    TrValue a[4];
    PStr p;
    int fd, flags, mode;
    if (tr_parse_args("open", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    if (path_arg("open", "path", a[0], &p, false, &fd) < 0 || mode_arg(a[1], 0, &flags) < 0 ||
        mode_arg(a[2], 0777, &mode) < 0)
        return 0;
    while ((fd = open(p.s, flags | O_CLOEXEC, mode)) < 0) {
        if (errno != EINTR) return os_error(&p);
        if (tr_handle_signals() < 0) return 0;
    }
    return tr_int_from_i64(fd);
}

static int fd_arg(TrValue v, int *fd) {
    int64_t i;
    if (tr_index(v, &i) < 0) return -1;
    *fd = (int)i;
    return 0;
}

static TrValue os_read(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    int64_t n;
    if (tr_no_kwargs("posix.read", kwnames) < 0 || tr_check_nargs("posix.read", nargs, 2, 2) < 0) return 0;
    if (fd_arg(args[0], &fd) < 0 || tr_index(args[1], &n) < 0) return 0;
    if (n < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative argument not allowed");
    char *buf = tr_alloc_atomic((size_t)n + 1);
    ssize_t r;
    while ((r = TR_WITHOUT_GIL(ssize_t, read(fd, buf, (size_t)n))) < 0) {
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (tr_handle_signals() < 0) return 0;
    }
    return tr_bytes_new(buf, (size_t)r);
}

/* abort(): SIGABRT, whatever handler (faulthandler's) is installed for it */
static TrValue os_abort(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_arguments("posix.abort", nargs, kwnames) < 0) return 0;
    abort();
}

/* The wait status macros (WIFEXITED(status=...), ...): bool or int results */
static TrValue wait_macro(const char *fname, int which, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"status", NULL};
    TrValue a[1];
    int st;
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 1, a) < 0 || tr_as_c_int(a[0], &st) < 0) return 0;
    switch (which) {
    case 0: return tr_bool(WIFEXITED(st));
    case 1: return TR_FROM_SMALL(WEXITSTATUS(st));
    case 2: return tr_bool(WIFSIGNALED(st));
    case 3: return TR_FROM_SMALL(WTERMSIG(st));
    case 4: return tr_bool(WIFSTOPPED(st));
    case 5: return TR_FROM_SMALL(WSTOPSIG(st));
    case 6: return tr_bool(WCOREDUMP(st));
    default: return tr_bool(WIFCONTINUED(st));
    }
}
#define WAIT_MACRO(name, which) \
    static TrValue os_##name(TrValue *a, size_t n, TrValue k) { return wait_macro(#name, which, a, n, k); }
WAIT_MACRO(WIFEXITED, 0)
WAIT_MACRO(WEXITSTATUS, 1)
WAIT_MACRO(WIFSIGNALED, 2)
WAIT_MACRO(WTERMSIG, 3)
WAIT_MACRO(WIFSTOPPED, 4)
WAIT_MACRO(WSTOPSIG, 5)
WAIT_MACRO(WCOREDUMP, 6)
WAIT_MACRO(WIFCONTINUED, 7)
#undef WAIT_MACRO

/* lseek(fd, position, whence) -> the new position; ftruncate(fd, length) */
static TrValue os_lseek(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd, how;
    int64_t pos;
    if (tr_no_kwargs("posix.lseek", kwnames) < 0 || tr_check_nargs("posix.lseek", nargs, 3, 3) < 0) return 0;
    if (fd_arg(args[0], &fd) < 0 || tr_as_c_long(args[1], &pos) < 0 || tr_as_c_int(args[2], &how) < 0) return 0;
    off_t r = lseek(fd, (off_t)pos, how);
    return r < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_int_from_i64((int64_t)r);
}

static TrValue os_ftruncate(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    int64_t length;
    if (tr_no_kwargs("posix.ftruncate", kwnames) < 0 || tr_check_nargs("posix.ftruncate", nargs, 2, 2) < 0) return 0;
    if (fd_arg(args[0], &fd) < 0 || tr_as_c_long(args[1], &length) < 0) return 0;
    while (TR_WITHOUT_GIL(int, ftruncate(fd, (off_t)length)) < 0) {
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (tr_handle_signals() < 0) return 0;
    }
    return tr_None;
}

static TrValue os_write(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    if (tr_no_kwargs("posix.write", kwnames) < 0 || tr_check_nargs("posix.write", nargs, 2, 2) < 0) return 0;
    if (fd_arg(args[0], &fd) < 0) return 0;
    TrBuffer b;
    if (tr_get_buffer(args[1], &b) < 0) return 0;
    ssize_t r;
    while ((r = TR_WITHOUT_GIL(ssize_t, write(fd, b.data, b.len))) < 0) {
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (tr_handle_signals() < 0) return 0;
    }
    return tr_int_from_i64(r);
}

static TrValue os_close(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    if (tr_no_kwargs("posix.close", kwnames) < 0 || tr_check_nargs("posix.close", nargs, 1, 1) < 0 || fd_arg(args[0], &fd) < 0) return 0;
    if (close(fd) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

/* os.pipe(): (read end, write end), non-inheritable like CPython's. */
static TrValue os_pipe(TrValue *args, size_t nargs, TrValue kwnames) {
    int fds[2];
    if (no_arguments("posix.pipe", nargs, kwnames) < 0) return 0;
    if (pipe2(fds, O_CLOEXEC) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_tuple_pack(2, tr_int_from_i64(fds[0]), tr_int_from_i64(fds[1]));
}

/* os.get_inheritable(fd), os.set_inheritable(fd, inheritable): the close-on-exec flag */
static TrValue os_get_inheritable(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    if (tr_no_kwargs("posix.get_inheritable", kwnames) < 0 || tr_check_nargs("posix.get_inheritable", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &fd) < 0)
        return 0;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_bool(!(flags & FD_CLOEXEC));
}

static TrValue os_set_inheritable(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    if (tr_no_kwargs("posix.set_inheritable", kwnames) < 0 || tr_check_nargs("posix.set_inheritable", nargs, 2, 2) < 0 ||
        tr_as_c_int(args[0], &fd) < 0)
        return 0;
    int inheritable = tr_truthy(args[1]), flags = inheritable < 0 ? -1 : fcntl(fd, F_GETFD);
    if (inheritable < 0) return 0;
    if (flags < 0 || fcntl(fd, F_SETFD, inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0)
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

/* os.openpty(): (master, slave) descriptors of a new pseudo-terminal, not inheritable */
static TrValue os_openpty(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_arguments("posix.openpty", nargs, kwnames) < 0) return 0;
    char name[64];
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC), slave = -1;
    if (master < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    if (grantpt(master) < 0 || unlockpt(master) < 0 || ptsname_r(master, name, sizeof name) != 0 ||
        (slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0) {
        int e = errno;
        close(master);
        errno = e;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    return tr_tuple_pack(2, tr_int_from_i64(master), tr_int_from_i64(slave));
}

extern const TrMethodDef os_exec_functions[];

static const TrMethodDef os_functions[] = {
    {"getcwd", os_getcwd}, {"getcwdb", os_getcwdb}, {"chdir", os_chdir}, {"listdir", os_listdir},
    {"scandir", os_scandir}, {"walk", os_walk}, {"mkdir", os_mkdir}, {"makedirs", os_makedirs},
    {"rmdir", os_rmdir}, {"removedirs", os_removedirs}, {"remove", os_remove}, {"unlink", os_unlink},
    {"rename", os_rename}, {"replace", os_replace}, {"link", os_link}, {"symlink", os_symlink},
    {"readlink", os_readlink}, {"chmod", os_chmod}, {"chown", os_chown}, {"mkfifo", os_mkfifo}, {"mknod", os_mknod},
    {"major", os_major}, {"minor", os_minor}, {"makedev", os_makedev}, {"lchown", os_lchown}, {"utime", os_utime}, {"access", os_access}, {"stat", os_stat}, {"lstat", os_lstat},
    {"fstat", os_fstat}, {"statvfs", os_statvfs}, {"uname", os_uname}, {"confstr", os_confstr},
    {"getenv", os_getenv}, {"putenv", os_putenv}, {"unsetenv", os_unsetenv}, {"system", os_system},
    {"getpid", os_getpid}, {"getppid", os_getppid}, {"getuid", os_getuid}, {"getgid", os_getgid},
    {"geteuid", os_geteuid}, {"cpu_count", os_cpu_count}, {"urandom", os_urandom}, {"strerror", os_strerror},
    {"fspath", os_fspath}, {"fsencode", os_fsencode}, {"fsdecode", os_fsdecode}, {"umask", os_umask}, {"isatty", os_isatty}, {"get_blocking", os_get_blocking}, {"set_blocking", os_set_blocking}, {"get_terminal_size", os_get_terminal_size}, {"kill", os_kill}, {"fork", os_fork}, {"waitpid", os_waitpid}, {"_exit", os_exit},
    {"open", os_open}, {"read", os_read}, {"write", os_write}, {"lseek", os_lseek}, {"ftruncate", os_ftruncate}, {"abort", os_abort},
    {"WIFEXITED", os_WIFEXITED}, {"WEXITSTATUS", os_WEXITSTATUS}, {"WIFSIGNALED", os_WIFSIGNALED}, {"WTERMSIG", os_WTERMSIG},
    {"WIFSTOPPED", os_WIFSTOPPED}, {"WSTOPSIG", os_WSTOPSIG}, {"WCOREDUMP", os_WCOREDUMP}, {"WIFCONTINUED", os_WIFCONTINUED}, {"close", os_close}, {"pipe", os_pipe}, {"openpty", os_openpty},
    {"get_inheritable", os_get_inheritable}, {"set_inheritable", os_set_inheritable}, {0},
};

/* ---------------------------------------------------------------- types, modules */

static TrType direntry_type = {
    .ob = {&tr_type_type}, .name = "DirEntry", .basicsize = sizeof(DirEntry), .repr = entry_repr,
};
static TrType scandir_type = {
    .ob = {&tr_type_type}, .name = "ScandirIterator", .basicsize = sizeof(ScandirIter),
    .iter = scandir_iter, .next = scandir_next,
};
static TrType walk_type = {
    .ob = {&tr_type_type}, .name = "generator", .basicsize = sizeof(Walk), .iter = walk_iter, .next = walk_next,
};
static TrType environ_type = {
    .ob = {&tr_type_type}, .name = "_Environ", .basicsize = sizeof(Environ), .getitem = env_getitem,
    .setitem = env_setitem, .contains = env_contains, .len = env_len, .iter = env_iter, .repr = env_repr,
};

static void add_int(TrValue m, const char *name, int64_t v) { tr_module_add(m, name, tr_int_from_i64(v)); }

TrValue trmod_os_2epath_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("posixpath", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_dict_set_str(tr_sys_modules, "os.path", m);
    tr_dict_set_str(tr_sys_modules, "posixpath", m);
    tr_module_add_functions(m, path_functions);
    tr_module_add(m, "sep", tr_str_from_cstr("/"));
    tr_module_add(m, "altsep", tr_None);
    tr_module_add(m, "extsep", tr_str_from_cstr("."));
    tr_module_add(m, "pathsep", tr_str_from_cstr(":"));
    tr_module_add(m, "curdir", tr_str_from_cstr("."));
    tr_module_add(m, "pardir", tr_str_from_cstr(".."));
    tr_module_add(m, "devnull", tr_str_from_cstr("/dev/null"));
    tr_module_add(m, "defpath", tr_str_from_cstr("/bin:/usr/bin"));
    tr_module_add(m, "supports_unicode_filenames", tr_False);
    static const char *const all[] = {
        "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname", "commonprefix",
        "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
        "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat", "curdir",
        "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
        "supports_unicode_filenames", "relpath", "commonpath",
    };
    TrValue names = tr_list_new(0);
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) tr_list_append(names, tr_str_from_cstr(all[i]));
    tr_module_add(m, "__all__", names);
    return m;
}

/* `import posixpath`: the module os.path is */
TrValue trmod_posixpath_init(void) {
    TrValue m = trmod_os_2epath_init();
    tr_dict_set_str(tr_sys_modules, "posixpath", m);
    return m;
}

TrValue trmod_os_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("os", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&environ_dict, sizeof environ_dict);
    TrValue mod = TR_INTERN("os");
    direntry_type.module = scandir_type.module = environ_type.module = mod;
    tr_structseq_ready(&stat_result_type, "os", &stat_fields);
    structseq_new = stat_result_type.new_;
    stat_result_type.new_ = stat_result_new;
    tr_structseq_ready(&uname_result_type, "posix", &uname_fields);
    tr_structseq_ready(&statvfs_result_type, "os", &statvfs_fields);
    tr_structseq_ready(&terminal_size_type, "os", &terminal_size_fields);
    tr_type_ready(&direntry_type);
    tr_type_add_methods(&direntry_type, direntry_methods);
    tr_type_add_getter(&direntry_type, "name", entry_get_name);
    tr_type_add_getter(&direntry_type, "path", entry_get_path);
    tr_type_ready(&scandir_type);
    tr_type_add_methods(&scandir_type, scandir_methods);
    tr_type_ready(&walk_type);
    tr_type_ready(&environ_type);
    tr_type_add_methods(&environ_type, environ_methods);
    tr_module_add_functions(m, os_functions);
    tr_module_add_functions(m, os_exec_functions); /* os_exec.c */

    environ_dict = tr_dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        tr_dict_set(environ_dict, tr_str_new(*e, (size_t)(eq - *e)), tr_str_from_cstr(eq + 1));
    }
    Environ *env = (Environ *)tr_object_alloc(&environ_type, sizeof(Environ));
    env->dict = environ_dict;
    tr_module_add(m, "environ", (TrValue)env);

    tr_module_add(m, "name", tr_str_from_cstr("posix"));
    tr_module_add(m, "sep", tr_str_from_cstr("/"));
    tr_module_add(m, "altsep", tr_None);
    tr_module_add(m, "extsep", tr_str_from_cstr("."));
    tr_module_add(m, "pathsep", tr_str_from_cstr(":"));
    tr_module_add(m, "linesep", tr_str_from_cstr("\n"));
    tr_module_add(m, "curdir", tr_str_from_cstr("."));
    tr_module_add(m, "pardir", tr_str_from_cstr(".."));
    tr_module_add(m, "devnull", tr_str_from_cstr("/dev/null"));
    tr_module_add(m, "defpath", tr_str_from_cstr("/bin:/usr/bin"));
    tr_module_add(m, "error", (TrValue)TR_EXC_TYPE(OSError));
    tr_module_add(m, "stat_result", (TrValue)&stat_result_type);
    tr_module_add(m, "terminal_size", (TrValue)&terminal_size_type);
    tr_module_add(m, "statvfs_result", (TrValue)&statvfs_result_type);
    tr_module_add(m, "uname_result", (TrValue)&uname_result_type);
    TrValue names = tr_dict_new();
    for (size_t i = 0; i < sizeof confstr_names / sizeof *confstr_names; i++)
        tr_dict_set_str(names, confstr_names[i].name, tr_int_from_i64(confstr_names[i].value));
    tr_module_add(m, "confstr_names", names);
    tr_module_add(m, "DirEntry", (TrValue)&direntry_type);
    add_int(m, "F_OK", F_OK);
    add_int(m, "R_OK", R_OK);
    add_int(m, "W_OK", W_OK);
    add_int(m, "X_OK", X_OK);
    add_int(m, "WNOHANG", WNOHANG);
    add_int(m, "WUNTRACED", WUNTRACED);
    add_int(m, "WCONTINUED", WCONTINUED);
    add_int(m, "O_RDONLY", O_RDONLY);
    add_int(m, "O_WRONLY", O_WRONLY);
    add_int(m, "O_RDWR", O_RDWR);
    add_int(m, "O_CREAT", O_CREAT);
    add_int(m, "O_EXCL", O_EXCL);
    add_int(m, "O_TRUNC", O_TRUNC);
    add_int(m, "O_APPEND", O_APPEND);
    add_int(m, "O_NOFOLLOW", O_NOFOLLOW);
    add_int(m, "O_CLOEXEC", O_CLOEXEC);
    add_int(m, "O_DIRECTORY", O_DIRECTORY);
    add_int(m, "O_NOCTTY", O_NOCTTY);
    add_int(m, "O_NONBLOCK", O_NONBLOCK);
    add_int(m, "O_SYNC", O_SYNC);
    static const TrIntConstant flags[] = {
        {"O_ACCMODE", O_ACCMODE}, {"O_NDELAY", O_NDELAY}, {"O_FSYNC", O_FSYNC}, {"O_DSYNC", O_DSYNC},
        {"O_RSYNC", O_RSYNC}, {"O_ASYNC", O_ASYNC}, {"O_DIRECT", O_DIRECT}, {"O_LARGEFILE", O_LARGEFILE},
        {"O_NOATIME", O_NOATIME}, {"O_PATH", O_PATH}, {"O_TMPFILE", O_TMPFILE},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END}, {"SEEK_DATA", SEEK_DATA},
        {"SEEK_HOLE", SEEK_HOLE},
    };
    tr_module_add_int_constants(m, flags, sizeof flags / sizeof *flags);
    /* os.path, imported with os as CPython's os does */
    TrValue path = tr_import("os.path", trmod_os_2epath_init);
    if (!path) return 0;
    tr_module_add(m, "path", path);
    return m;
}
