/* errno.c — the `errno` module: the C library's error numbers by name, and errorcode
 * (number -> name) as CPython builds it from the same <errno.h>. */
#include "tr.h"
#include <errno.h>

#define E(name) {#name, name},
static const struct { const char *name; int value; } codes[] = {
    E(EPERM) E(ENOENT) E(ESRCH) E(EINTR) E(EIO) E(ENXIO) E(E2BIG) E(ENOEXEC) E(EBADF) E(ECHILD)
    E(ENOMEM) E(EACCES) E(EFAULT) E(ENOTBLK) E(EBUSY) E(EEXIST) E(EXDEV) E(ENODEV)
    E(ENOTDIR) E(EISDIR) E(EINVAL) E(ENFILE) E(EMFILE) E(ENOTTY) E(ETXTBSY) E(EFBIG) E(ENOSPC)
    E(ESPIPE) E(EROFS) E(EMLINK) E(EPIPE) E(EDOM) E(ERANGE) E(EDEADLK) E(ENAMETOOLONG) E(ENOLCK)
    E(ENOSYS) E(ENOTEMPTY) E(ELOOP) E(EWOULDBLOCK) E(EAGAIN) E(ENOMSG) E(EIDRM) E(ENOSTR) E(ENODATA) E(ETIME)
    E(ENOSR) E(EREMOTE) E(ENOLINK) E(EPROTO) E(EMULTIHOP) E(EBADMSG) E(EOVERFLOW) E(EILSEQ) E(EUSERS)
    E(ENOTSOCK) E(EDESTADDRREQ) E(EMSGSIZE) E(EPROTOTYPE) E(ENOPROTOOPT) E(EPROTONOSUPPORT)
    E(ESOCKTNOSUPPORT) E(EOPNOTSUPP) E(ENOTSUP) E(EPFNOSUPPORT) E(EAFNOSUPPORT) E(EADDRINUSE)
    E(EADDRNOTAVAIL) E(ENETDOWN) E(ENETUNREACH) E(ENETRESET) E(ECONNABORTED) E(ECONNRESET)
    E(ENOBUFS) E(EISCONN) E(ENOTCONN) E(ESHUTDOWN) E(ETOOMANYREFS) E(ETIMEDOUT) E(ECONNREFUSED)
    E(EHOSTDOWN) E(EHOSTUNREACH) E(EALREADY) E(EINPROGRESS) E(ESTALE) E(EDQUOT) E(ECANCELED)
    E(EOWNERDEAD) E(ENOTRECOVERABLE)
#ifdef __linux__
    E(ECHRNG) E(EL2NSYNC) E(EL3HLT) E(EL3RST) E(ELNRNG) E(EUNATCH) E(ENOCSI) E(EL2HLT) E(EBADE) E(EBADR)
    E(EXFULL) E(ENOANO) E(EBADRQC) E(EBADSLT) E(EDEADLOCK) E(EBFONT) E(ENONET) E(ENOPKG) E(EADV)
    E(ESRMNT) E(ECOMM) E(EDOTDOT) E(ENOTUNIQ) E(EBADFD) E(EREMCHG) E(ELIBACC) E(ELIBBAD) E(ELIBSCN)
    E(ELIBMAX) E(ELIBEXEC) E(ERESTART) E(ESTRPIPE) E(EUCLEAN) E(ENOTNAM) E(ENAVAIL) E(EISNAM)
    E(EREMOTEIO) E(ENOMEDIUM) E(EMEDIUMTYPE) E(ENOKEY) E(EKEYEXPIRED) E(EKEYREVOKED) E(EKEYREJECTED)
    E(ERFKILL) E(EHWPOISON)
#endif
};
#undef E

TrValue trmod_errno_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("errno", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    TrValue errorcode = tr_dict_new();
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        TrValue v = TR_FROM_SMALL(codes[i].value);
        tr_module_add(m, codes[i].name, v);
        /* the last name of a number wins (EAGAIN over EWOULDBLOCK), as in CPython */
        tr_dict_set(errorcode, v, tr_str_intern(codes[i].name));
    }
    tr_module_add(m, "errorcode", errorcode);
    return m;
}
