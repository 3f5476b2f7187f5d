/* fcntl.c — the `fcntl` module: fcntl(), ioctl(), flock() and lockf() over the libc
 * calls, with an int argument or a bytes/str argument copied into a 1024-byte buffer
 * (and, for ioctl, a writable buffer such as a bytearray filled in place), the Linux
 * F_*, LOCK_*, DN_*, FD_CLOEXEC and F_SEAL_* constants, and CPython 3.11's errors
 * (OSError from errno, its TypeError/ValueError texts).  Descriptors are ints or
 * objects with fileno() (tr_object_fd).  Assumes: Linux, glibc. */
#include "tr.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>

#define ARG_MAX_LEN 1024 /* CPython's buffer for a bytes argument */

/* An int converted as CPython's "I": through __index__, the low 32 bits of any value */
static int as_uint_mask(TrValue v, unsigned *out) {
    TrValue i = tr_number_index(v);
    if (!i || !(i = tr_binop(TR_AND, i, tr_int_from_i64(0xffffffffu)))) return -1;
    int64_t x;
    if (tr_index(i, &x) < 0) return -1;
    *out = (unsigned)x;
    return 0;
}

/* A bytes or str argument (a read-only buffer, CPython's "s#") copied into buf; 1 if
 * it is one, 0 if not (no error), -1 + ValueError if too long */
static int copy_arg(const char *fname, TrValue v, char *buf, size_t *len) {
    const char *d;
    if (tr_str_check(v)) {
        d = tr_str_cstr(v);
        *len = TR_STR(v)->len;
    } else {
        TrBuffer view;
        if (tr_isinstance_type(v, &tr_bytearray_type) || TR_IS_SMALL(v) || (!tr_bytes_check(v) && !TR_TYPE(v)->buffer))
            return 0;
        if (tr_get_buffer(v, &view) < 0) return -1;
        if (!view.readonly) return 0;
        d = view.data;
        *len = view.len;
    }
    if (*len > ARG_MAX_LEN) {
        tr_err(TR_EXC_TYPE(ValueError), "%s string arg too long", fname);
        return -1;
    }
    memcpy(buf, d, *len);
    return 1;
}

static TrValue py_fcntl(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("fcntl.fcntl", kwnames) < 0 || tr_check_nargs("fcntl", nargs, 2, 3) < 0) return 0;
    int fd, cmd;
    if (tr_object_fd(args[0], &fd) < 0 || tr_as_c_int(args[1], &cmd) < 0) return 0;
    unsigned arg = 0;
    if (nargs == 3) {
        char buf[ARG_MAX_LEN];
        size_t len;
        int k = copy_arg("fcntl", args[2], buf, &len);
        if (k < 0) return 0;
        if (k) {
            if (TR_WITHOUT_GIL(int, fcntl(fd, cmd, buf)) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
            return tr_bytes_new(buf, len);
        }
        if (as_uint_mask(args[2], &arg) < 0) return 0;
    }
    int r = TR_WITHOUT_GIL(int, fcntl(fd, cmd, arg));
    return r < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_int_from_i64(r);
}

/* ioctl(fd, request, arg=0, mutate_flag=True): a writable buffer is passed (through a
 * copy when it fits in 1024 bytes, copied back if mutate_flag) and the call's result
 * returned; a read-only one as fcntl's bytes argument; else an int */
static TrValue py_ioctl(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("fcntl.ioctl", kwnames) < 0 || tr_check_nargs("ioctl", nargs, 2, 4) < 0) return 0;
    int fd;
    unsigned request;
    if (tr_object_fd(args[0], &fd) < 0 || as_uint_mask(args[1], &request) < 0) return 0;
    bool mutate = nargs < 4 || tr_truthy(args[3]) == 1;
    if (nargs == 4 && tr_err_occurred()) return 0;
    if (nargs >= 3) {
        TrValue v = args[2];
        char buf[ARG_MAX_LEN + 1];
        TrBuffer view;
        if (!TR_IS_SMALL(v) && (tr_isinstance_type(v, &tr_bytearray_type) || TR_TYPE(v)->buffer) &&
            tr_get_buffer(v, &view) == 0 && !view.readonly) {
            if (mutate && view.len > ARG_MAX_LEN) {
                int r = ioctl(fd, request, view.data);
                return r < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_int_from_i64(r);
            }
            if (view.len > ARG_MAX_LEN) return tr_err(TR_EXC_TYPE(ValueError), "ioctl string arg too long");
            memcpy(buf, view.data, view.len);
            buf[view.len] = 0;
            int r = ioctl(fd, request, buf);
            if (r < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
            if (mutate) {
                memcpy(view.data, buf, view.len);
                return tr_int_from_i64(r);
            }
            return tr_bytes_new(buf, view.len);
        }
        tr_err_clear();
        size_t len;
        int k = copy_arg("ioctl", v, buf, &len);
        if (k < 0) return 0;
        if (k) {
            buf[len] = 0;
            if (ioctl(fd, request, buf) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
            return tr_bytes_new(buf, len);
        }
        int arg;
        if (tr_as_c_int(v, &arg) < 0) return 0;
        int r = ioctl(fd, request, arg);
        return r < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_int_from_i64(r);
    }
    int r = ioctl(fd, request, 0);
    return r < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_int_from_i64(r);
}

static TrValue py_flock(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("fcntl.flock", kwnames) < 0 || tr_check_nargs("flock", nargs, 2, 2) < 0) return 0;
    int fd, op;
    if (tr_object_fd(args[0], &fd) < 0 || tr_as_c_int(args[1], &op) < 0) return 0;
    if (TR_WITHOUT_GIL(int, flock(fd, op)) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

/* lockf(fd, cmd, len=0, start=0, whence=0): a POSIX record lock through fcntl, as
 * CPython does it (so LOCK_SH takes a read lock, which lockf(3) has not) */
static TrValue py_lockf(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("fcntl.lockf", kwnames) < 0 || tr_check_nargs("lockf", nargs, 2, 5) < 0) return 0;
    int fd, code, whence = 0;
    int64_t len = 0, start = 0;
    if (tr_object_fd(args[0], &fd) < 0 || tr_as_c_int(args[1], &code) < 0) return 0;
    if ((nargs > 2 && tr_as_c_long(args[2], &len) < 0) || (nargs > 3 && tr_as_c_long(args[3], &start) < 0) ||
        (nargs > 4 && tr_as_c_int(args[4], &whence) < 0))
        return 0;
    struct flock l = {.l_start = start, .l_len = len, .l_whence = (short)whence};
    if (code == LOCK_UN) l.l_type = F_UNLCK;
    else if (code & LOCK_SH) l.l_type = F_RDLCK;
    else if (code & LOCK_EX) l.l_type = F_WRLCK;
    else return tr_err(TR_EXC_TYPE(ValueError), "unrecognized lockf argument");
    int cmd = code & LOCK_NB ? F_SETLK : F_SETLKW;
    if (TR_WITHOUT_GIL(int, fcntl(fd, cmd, &l)) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

static const TrMethodDef fcntl_functions[] = {
    {"fcntl", py_fcntl}, {"ioctl", py_ioctl}, {"flock", py_flock}, {"lockf", py_lockf}, {0},
};

#ifndef LOCK_MAND /* gone from newer glibc headers; CPython 3.11 built on older ones has them */
#define LOCK_MAND 32
#define LOCK_READ 64
#define LOCK_WRITE 128
#define LOCK_RW 192
#endif

#define C(constant) {#constant, constant}
static const TrIntConstant fcntl_constants[] = {
    C(LOCK_SH), C(LOCK_EX), C(LOCK_NB), C(LOCK_UN), C(LOCK_MAND), C(LOCK_READ), C(LOCK_WRITE), C(LOCK_RW),
    C(F_DUPFD), C(F_DUPFD_CLOEXEC), C(F_GETFD), C(F_SETFD), C(F_GETFL), C(F_SETFL), C(F_GETLK), C(F_SETLK),
    C(F_SETLKW), C(F_GETLK64), C(F_SETLK64), C(F_SETLKW64), C(F_OFD_GETLK), C(F_OFD_SETLK), C(F_OFD_SETLKW),
    C(F_GETOWN), C(F_SETOWN), C(F_GETSIG), C(F_SETSIG), C(F_RDLCK), C(F_WRLCK), C(F_UNLCK), C(F_EXLCK),
    C(F_SHLCK), C(F_GETLEASE), C(F_SETLEASE), C(F_NOTIFY), C(F_GETPIPE_SZ), C(F_SETPIPE_SZ), C(F_ADD_SEALS),
    C(F_GET_SEALS), C(F_SEAL_SEAL), C(F_SEAL_SHRINK), C(F_SEAL_GROW), C(F_SEAL_WRITE), C(FD_CLOEXEC), C(FASYNC),
    C(DN_ACCESS), C(DN_MODIFY), C(DN_CREATE), C(DN_DELETE), C(DN_RENAME), C(DN_ATTRIB), C(DN_MULTISHOT),
};
#undef C

TrValue trmod_fcntl_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("fcntl", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, fcntl_functions);
    tr_module_add_int_constants(m, fcntl_constants, sizeof fcntl_constants / sizeof *fcntl_constants);
    return m;
}
