/* termios.c — the `termios` module: terminal attributes (tcgetattr/tcsetattr as CPython's
 * 7-item lists), tcsendbreak, tcdrain, tcflush, tcflow, tcgetwinsize/tcsetwinsize, the
 * Linux constants, and termios.error (args (errno, strerror)), with CPython 3.11's
 * errors.  Descriptors are ints or objects with fileno() (tr_object_fd).
 * Assumes: Linux (<termios.h> and <sys/ioctl.h> names). */
#include "tr.h"
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/ttydefaults.h>
#include <termio.h>
#include <termios.h>

#if defined(VSWTC) && !defined(VSWTCH)
#define VSWTCH VSWTC /* CPython offers both names */
#endif

static TrValue termios_error;

/* termios.error(errno, strerror) from errno */
static TrValue error_from_errno(void) {
    int e = errno;
    tr_raise(tr_call((TrValue)termios_error,
                     (TrValue[]){tr_int_from_i64(e), tr_str_from_cstr(strerror(e))}, 2, 0));
    return 0;
}

static TrValue py_tcgetattr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tcgetattr", kwnames) < 0 || tr_check_nargs("tcgetattr", nargs, 1, 1) < 0) return 0;
    int fd;
    if (tr_object_fd(args[0], &fd) < 0) return 0;
    struct termios mode;
    if (tcgetattr(fd, &mode) < 0) return error_from_errno();
    TrValue cc = tr_list_new(NCCS);
    for (int i = 0; i < NCCS; i++) {
        char c = (char)mode.c_cc[i];
        tr_list_append(cc, tr_bytes_new(&c, 1));
    }
    if (!(mode.c_lflag & ICANON)) { /* in non-canonical mode these two are counts, not characters */
        tr_list_items(TR_LIST(cc))[VMIN] = TR_FROM_SMALL(mode.c_cc[VMIN]);
        tr_list_items(TR_LIST(cc))[VTIME] = TR_FROM_SMALL(mode.c_cc[VTIME]);
    }
    TrValue r = tr_list_new(7);
    TrValue v[7] = {tr_int_from_i64(mode.c_iflag), tr_int_from_i64(mode.c_oflag), tr_int_from_i64(mode.c_cflag),
                    tr_int_from_i64(mode.c_lflag), tr_int_from_i64(cfgetispeed(&mode)),
                    tr_int_from_i64(cfgetospeed(&mode)), cc};
    for (int i = 0; i < 7; i++) tr_list_append(r, v[i]);
    return r;
}

static TrValue py_tcsetattr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tcsetattr", kwnames) < 0 || tr_check_nargs("tcsetattr", nargs, 3, 3) < 0) return 0;
    int fd, when;
    if (tr_object_fd(args[0], &fd) < 0 || tr_as_c_int(args[1], &when) < 0) return 0;
    TrValue term = args[2];
    if (!tr_isinstance_type(term, &tr_list_type) || TR_LIST(term)->len != 7)
        return tr_err(TR_EXC_TYPE(TypeError), "tcsetattr, arg 3: must be 7 element list");
    struct termios mode;
    if (tcgetattr(fd, &mode) < 0) return error_from_errno();
    int64_t flag[6];
    for (int i = 0; i < 6; i++)
        if (tr_index(tr_list_items(TR_LIST(term))[i], &flag[i]) < 0) return 0;
    TrValue cc = tr_list_items(TR_LIST(term))[6];
    if (!tr_isinstance_type(cc, &tr_list_type) || TR_LIST(cc)->len != NCCS)
        return tr_err(TR_EXC_TYPE(TypeError), "tcsetattr: attributes[6] must be %d element list", NCCS);
    mode.c_iflag = (tcflag_t)flag[0];
    mode.c_oflag = (tcflag_t)flag[1];
    mode.c_cflag = (tcflag_t)flag[2];
    mode.c_lflag = (tcflag_t)flag[3];
    for (int i = 0; i < NCCS; i++) {
        TrValue c = tr_list_items(TR_LIST(cc))[i];
        int64_t k;
        if (tr_bytes_check(c) && ((TrBytes *)c)->len == 1) mode.c_cc[i] = (cc_t)((TrBytes *)c)->data[0];
        else if (tr_int_check(c) && tr_index(c, &k) == 0) mode.c_cc[i] = (cc_t)k;
        else {
            tr_err_clear();
            return tr_err(TR_EXC_TYPE(TypeError), "tcsetattr: elements of attributes must be characters or integers");
        }
    }
    if (cfsetispeed(&mode, (speed_t)flag[4]) < 0 || cfsetospeed(&mode, (speed_t)flag[5]) < 0 ||
        tcsetattr(fd, when, &mode) < 0)
        return error_from_errno();
    return tr_None;
}

/* tcsendbreak(fd, duration), tcflush(fd, queue), tcflow(fd, action): one int after fd */
static TrValue fd_and_int(const char *name, int (*call)(int, int), TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(name, kwnames) < 0 || tr_check_nargs(name, nargs, 2, 2) < 0) return 0;
    int fd, n;
    if (tr_object_fd(args[0], &fd) < 0 || tr_as_c_int(args[1], &n) < 0) return 0;
    if (call(fd, n) < 0) return error_from_errno();
    return tr_None;
}
static TrValue py_tcsendbreak(TrValue *a, size_t n, TrValue k) { return fd_and_int("tcsendbreak", tcsendbreak, a, n, k); }
static TrValue py_tcflush(TrValue *a, size_t n, TrValue k) { return fd_and_int("tcflush", tcflush, a, n, k); }
static TrValue py_tcflow(TrValue *a, size_t n, TrValue k) { return fd_and_int("tcflow", tcflow, a, n, k); }

static TrValue py_tcdrain(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tcdrain", kwnames) < 0 || tr_check_nargs("tcdrain", nargs, 1, 1) < 0) return 0;
    int fd;
    if (tr_object_fd(args[0], &fd) < 0) return 0;
    if (TR_WITHOUT_GIL(int, tcdrain(fd)) < 0) return error_from_errno();
    return tr_None;
}

static TrValue py_tcgetwinsize(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tcgetwinsize", kwnames) < 0 || tr_check_nargs("tcgetwinsize", nargs, 1, 1) < 0) return 0;
    int fd;
    if (tr_object_fd(args[0], &fd) < 0) return 0;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return error_from_errno();
    return tr_tuple_pack(2, TR_FROM_SMALL(w.ws_row), TR_FROM_SMALL(w.ws_col));
}

static TrValue py_tcsetwinsize(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tcsetwinsize", kwnames) < 0 || tr_check_nargs("tcsetwinsize", nargs, 2, 2) < 0) return 0;
    int fd;
    if (tr_object_fd(args[0], &fd) < 0) return 0;
    TrValue size = tr_isinstance_type(args[1], &tr_tuple_type) || tr_isinstance_type(args[1], &tr_list_type)
                       ? tr_tuple_from_iterable(args[1]) : 0;
    if (!size || TR_TUPLE(size)->len != 2)
        return tr_err(TR_EXC_TYPE(TypeError), "tcsetwinsize, arg 2: must be a two-item sequence");
    int64_t rows, cols;
    if (tr_index(TR_TUPLE(size)->items[0], &rows) < 0 || tr_index(TR_TUPLE(size)->items[1], &cols) < 0) return 0;
    struct winsize w; /* the old size first: it has the pixel fields too */
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return error_from_errno();
    w.ws_row = (unsigned short)rows;
    w.ws_col = (unsigned short)cols;
    if (w.ws_row != rows || w.ws_col != cols) return tr_err(TR_EXC_TYPE(OverflowError), "winsize value(s) out of range.");
    if (ioctl(fd, TIOCSWINSZ, &w) < 0) return error_from_errno();
    return tr_None;
}

static const TrMethodDef termios_functions[] = {
    {"tcgetattr", py_tcgetattr}, {"tcsetattr", py_tcsetattr}, {"tcsendbreak", py_tcsendbreak},
    {"tcdrain", py_tcdrain}, {"tcflush", py_tcflush}, {"tcflow", py_tcflow},
    {"tcgetwinsize", py_tcgetwinsize}, {"tcsetwinsize", py_tcsetwinsize}, {0},
};

#define C(constant) {#constant, constant}
static const TrIntConstant termios_constants[] = {
    /* speeds */
    C(B0), C(B50), C(B75), C(B110), C(B134), C(B150), C(B200), C(B300), C(B600), C(B1200), C(B1800), C(B2400),
    C(B4800), C(B9600), C(B19200), C(B38400), C(B57600), C(B115200), C(B230400), C(B460800), C(B500000),
    C(B576000), C(B921600), C(B1000000), C(B1152000), C(B1500000), C(B2000000), C(B2500000), C(B3000000),
    C(B3500000), C(B4000000),
    /* tcsetattr, tcflush, tcflow */
    C(TCSANOW), C(TCSADRAIN), C(TCSAFLUSH), C(TCIFLUSH), C(TCOFLUSH), C(TCIOFLUSH), C(TCOOFF), C(TCOON),
    C(TCIOFF), C(TCION),
    /* c_iflag */
    C(IGNBRK), C(BRKINT), C(IGNPAR), C(PARMRK), C(INPCK), C(ISTRIP), C(INLCR), C(IGNCR), C(ICRNL), C(IUCLC),
    C(IXON), C(IXANY), C(IXOFF), C(IMAXBEL),
    /* c_oflag */
    C(OPOST), C(OLCUC), C(ONLCR), C(OCRNL), C(ONOCR), C(ONLRET), C(OFILL), C(OFDEL), C(NLDLY), C(CRDLY),
    C(TABDLY), C(BSDLY), C(VTDLY), C(FFDLY), C(NL0), C(NL1), C(CR0), C(CR1), C(CR2), C(CR3), C(TAB0), C(TAB1),
    C(TAB2), C(TAB3), C(XTABS), C(BS0), C(BS1), C(VT0), C(VT1), C(FF0), C(FF1),
    /* c_cflag */
    C(CSIZE), C(CSTOPB), C(CREAD), C(PARENB), C(PARODD), C(HUPCL), C(CLOCAL), C(CIBAUD), C(CRTSCTS), C(CBAUD),
    C(CBAUDEX), C(CS5), C(CS6), C(CS7), C(CS8), C(EXTA), C(EXTB),
    /* c_lflag */
    C(ISIG), C(ICANON), C(XCASE), C(ECHO), C(ECHOE), C(ECHOK), C(ECHONL), C(ECHOCTL), C(ECHOPRT), C(ECHOKE),
    C(FLUSHO), C(NOFLSH), C(TOSTOP), C(PENDIN), C(IEXTEN),
    /* c_cc indices */
    C(VINTR), C(VQUIT), C(VERASE), C(VKILL), C(VEOF), C(VTIME), C(VMIN), C(VSWTC), C(VSTART), C(VSTOP),
    C(VSUSP), C(VEOL), C(VREPRINT), C(VDISCARD), C(VWERASE), C(VLNEXT), C(VEOL2), C(VSWTCH), C(NCCS), C(NCC),
    /* the default control characters (<sys/ttydefaults.h>) */
    C(CDSUSP), C(CEOF), C(CEOL), C(CEOT), C(CERASE), C(CFLUSH), C(CINTR), C(CKILL), C(CLNEXT), C(CQUIT),
    C(CRPRNT), C(CSTART), C(CSTOP), C(CSUSP), C(CWERASE),
    /* line disciplines and ioctls */
    C(N_TTY), C(N_SLIP), C(N_MOUSE), C(N_PPP), C(N_STRIP), C(IOCSIZE_MASK), C(IOCSIZE_SHIFT),
    C(TCGETS), C(TCSETS), C(TCSETSW), C(TCSETSF), C(TCGETA), C(TCSETA), C(TCSETAW), C(TCSETAF), C(TCSBRK),
    C(TCXONC), C(TCFLSH), C(TCSBRKP), C(TIOCEXCL), C(TIOCNXCL), C(TIOCSCTTY), C(TIOCGPGRP), C(TIOCSPGRP),
    C(TIOCOUTQ), C(TIOCSTI), C(TIOCGWINSZ), C(TIOCSWINSZ), C(TIOCMGET), C(TIOCMBIS), C(TIOCMBIC), C(TIOCMSET),
    C(TIOCGSOFTCAR), C(TIOCSSOFTCAR), C(FIONREAD), C(TIOCINQ), C(TIOCLINUX), C(TIOCCONS), C(TIOCGSERIAL),
    C(TIOCSSERIAL), C(TIOCPKT), C(FIONBIO), C(TIOCNOTTY), C(TIOCSETD), C(TIOCGETD), C(FIONCLEX), C(FIOCLEX),
    C(FIOASYNC), C(TIOCSERCONFIG), C(TIOCSERGWILD), C(TIOCSERSWILD), C(TIOCGLCKTRMIOS), C(TIOCSLCKTRMIOS),
    C(TIOCSERGSTRUCT), C(TIOCSERGETLSR), C(TIOCSERGETMULTI), C(TIOCSERSETMULTI), C(TIOCMIWAIT),
    C(TIOCGICOUNT), C(TIOCPKT_DATA), C(TIOCPKT_FLUSHREAD), C(TIOCPKT_FLUSHWRITE), C(TIOCPKT_STOP),
    C(TIOCPKT_START), C(TIOCPKT_NOSTOP), C(TIOCPKT_DOSTOP), C(TIOCSER_TEMT), C(TIOCM_LE), C(TIOCM_DTR),
    C(TIOCM_RTS), C(TIOCM_ST), C(TIOCM_SR), C(TIOCM_CTS), C(TIOCM_CAR), C(TIOCM_RNG), C(TIOCM_DSR), C(TIOCM_CD),
    C(TIOCM_RI),
};
#undef C

TrValue trmod_termios_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&termios_error, sizeof termios_error);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("termios"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("error"));
    if (!(termios_error = tr_class_new(tr_str_from_cstr("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0)))
        return 0;
    m = tr_module_new("termios", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, termios_functions);
    tr_module_add(m, "error", termios_error);
    tr_module_add_int_constants(m, termios_constants, sizeof termios_constants / sizeof *termios_constants);
    return m;
}
