/* faulthandler.c — the `faulthandler` module: dump_traceback() writes the thread's
 * frame stack (runtime/frame_stack.c) to a file descriptor in CPython's format, and
 * enable() installs handlers for SIGSEGV, SIGFPE, SIGABRT, SIGBUS and SIGILL that write
 * "Fatal Python error: <signal>" and the stack, then give the signal back to the
 * handler that was there before (by default: the process dies of it).  Everything
 * written from a handler goes through write(2) with no allocation, so it is
 * async-signal-safe.  Assumes: Linux; only the calling thread's stack is reachable (other
 * threads' stacks are thread-local to them), so all_threads=True shows the current
 * thread alone, under CPython's "Current thread 0x..." header. */
#include "tr.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_FRAME_DEPTH 100   /* CPython's: deeper frames are shown as "  ..." */
#define MAX_STRING_LENGTH 500 /* ... and longer names end in "..." */

TrValue trmod_sys_init(void);

static void put(int fd, const char *s, size_t n) {
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) return; /* as CPython's _Py_write_noraise: give up quietly */
        s += w;
        n -= (size_t)w;
    }
}
static void puts_fd(int fd, const char *s) { put(fd, s, strlen(s)); }

static void put_number(int fd, unsigned long v, unsigned base, int width) {
    char buf[32], *p = buf + sizeof buf;
    do {
        *--p = "0123456789abcdef"[v % base];
        v /= base;
    } while (v || buf + sizeof buf - p < width);
    put(fd, p, (size_t)(buf + sizeof buf - p));
}

/* a UTF-8 string as CPython's _Py_DumpASCII: printable ASCII as is, other code points
 * as \xNN, \uNNNN or \UNNNNNNNN, at most MAX_STRING_LENGTH of them */
static void put_ascii(int fd, const char *s) {
    const unsigned char *p = (const unsigned char *)s;
    for (int n = 0; *p; n++) {
        if (n == MAX_STRING_LENGTH) {
            puts_fd(fd, "...");
            return;
        }
        unsigned c = *p++;
        int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
        if (more) c &= 0x3f >> more;
        for (; more && (*p & 0xc0) == 0x80; more--) c = c << 6 | (*p++ & 0x3f);
        if (c >= ' ' && c <= 126) put(fd, (const char *)p - 1, 1);
        else {
            puts_fd(fd, c <= 0xff ? "\\x" : c <= 0xffff ? "\\u" : "\\U");
            put_number(fd, c, 16, c <= 0xff ? 2 : c <= 0xffff ? 4 : 8);
        }
    }
}

/* the calling thread's frames, innermost first, under the header of all_threads */
static void dump_stack(int fd, bool all_threads) {
    if (all_threads) {
        puts_fd(fd, "Current thread 0x");
        put_number(fd, (unsigned long)pthread_self(), 16, 2 * sizeof(unsigned long));
        puts_fd(fd, " (most recent call first):\n");
    } else puts_fd(fd, "Stack (most recent call first):\n");
    int shown = 0;
    for (int depth = tr_call_depth(); depth >= 1; depth--) {
        const TrFrameSlot *slot = tr_frame_slot(depth);
        if (!slot->code) continue; /* a runtime recursion guard */
        if (shown++ == MAX_FRAME_DEPTH) {
            puts_fd(fd, "  ...\n");
            break;
        }
        puts_fd(fd, "  File \"");
        put_ascii(fd, slot->code->filename ? slot->code->filename : "???");
        puts_fd(fd, "\", line ");
        put_number(fd, (unsigned long)(slot->line > 0 ? slot->line : 0), 10, 1);
        puts_fd(fd, " in ");
        put_ascii(fd, slot->code->name ? slot->code->name : "???");
        puts_fd(fd, "\n");
    }
}

/* ---------------------------------------------------------------- arguments */

/* The file argument as a descriptor: an int, or an object with fileno() (flushed
 * first), or sys.stderr for None; CPython's errors.  *keep gets the object to hold. */
static int file_fd(TrValue file, TrValue *keep) {
    *keep = 0;
    if (!file || file == tr_None) {
        TrValue sys = tr_import("sys", trmod_sys_init);
        if (!sys || !(file = tr_getattr(sys, TR_INTERN("stderr")))) return -1;
        if (file == tr_None) {
            tr_err(TR_EXC_TYPE(RuntimeError), "sys.stderr is None");
            return -1;
        }
    } else if (tr_int_check(file)) {
        int fd;
        if (tr_as_c_int(file, &fd) < 0) return -1;
        if (fd < 0) {
            tr_err(TR_EXC_TYPE(ValueError), "file is not a valid file descripter");
            return -1;
        }
        return fd;
    }
    TrValue r = tr_call_method_cstr(file, "fileno", 0);
    if (!r) return -1;
    int64_t fd = -1;
    if (tr_int_check(r) && tr_int_as_i64(r, &fd) < 0) tr_err_clear();
    if (fd < 0 || fd > INT32_MAX) {
        tr_err(TR_EXC_TYPE(RuntimeError), "file.fileno() is not a valid file descriptor");
        return -1;
    }
    if (!tr_call_method_cstr(file, "flush", 0)) tr_err_clear(); /* as CPython: a failing flush is ignored */
    *keep = file;
    return (int)fd;
}

/* the file and all_threads arguments (a[0], a[1], either may be 0) */
static int file_and_threads(TrValue *a, int *fd, bool *all, TrValue *keep) {
    int all_threads = a[1] ? tr_truthy(a[1]) : 1;
    if (all_threads < 0 || (*fd = file_fd(a[0], keep)) < 0) return -1;
    *all = all_threads;
    return 0;
}

static const char *const file_threads_kw[] = {"file", "all_threads", NULL};

static TrValue py_dump_traceback(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[2];
    int fd;
    bool all;
    TrValue keep;
    if (tr_parse_args_old("dump_traceback", args, nargs, kwnames, file_threads_kw, 0, a) < 0 ||
        file_and_threads(a, &fd, &all, &keep) < 0)
        return 0;
    dump_stack(fd, all);
    return tr_None;
}

/* ---------------------------------------------------------------- fatal signals */

static const struct { int signum; const char *name; } fatal_signals[] = {
    {SIGSEGV, "Segmentation fault"}, {SIGFPE, "Floating point exception"}, {SIGABRT, "Aborted"},
    {SIGBUS, "Bus error"}, {SIGILL, "Illegal instruction"},
};
#define NFATAL (sizeof fatal_signals / sizeof *fatal_signals)

static struct {
    bool enabled;
    int fd;
    bool all_threads;
    TrValue file; /* kept alive while its descriptor is used (a GC root) */
    struct sigaction previous[NFATAL];
} fatal;

static void fatal_handler(int signum) {
    int saved = errno;
    size_t i = 0;
    while (i < NFATAL - 1 && fatal_signals[i].signum != signum) i++;
    sigaction(signum, &fatal.previous[i], NULL); /* the signal goes back to it below */
    puts_fd(fatal.fd, "Fatal Python error: ");
    puts_fd(fatal.fd, fatal_signals[i].name);
    puts_fd(fatal.fd, "\n\n");
    dump_stack(fatal.fd, fatal.all_threads);
    errno = saved;
    raise(signum); /* a fault returns and faults again, now under the old handler */
}

/* a stack of its own for the handlers, so that a C stack overflow can be reported */
static int alternate_stack(void) {
    static void *stack;
    if (stack) return 0;
    size_t size = SIGSTKSZ * 2 > 65536 ? SIGSTKSZ * 2 : 65536;
    if (!(stack = malloc(size))) return -1; /* never freed: the handlers may run at any time */
    stack_t ss = {.ss_sp = stack, .ss_size = size};
    return sigaltstack(&ss, NULL);
}

static void disable_fatal(void) {
    for (size_t i = 0; i < NFATAL; i++) sigaction(fatal_signals[i].signum, &fatal.previous[i], NULL);
    fatal.enabled = false;
}

static TrValue py_enable(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[2];
    int fd;
    bool all;
    TrValue keep;
    if (tr_parse_args_old("enable", args, nargs, kwnames, file_threads_kw, 0, a) < 0 || file_and_threads(a, &fd, &all, &keep) < 0)
        return 0;
    if (fatal.enabled) disable_fatal(); /* again with the new file */
    if (alternate_stack() < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    fatal.fd = fd;
    fatal.all_threads = all;
    fatal.file = keep;
    for (size_t i = 0; i < NFATAL; i++) {
        struct sigaction sa = {.sa_handler = fatal_handler, .sa_flags = SA_NODEFER | SA_ONSTACK};
        sigemptyset(&sa.sa_mask);
        if (sigaction(fatal_signals[i].signum, &sa, &fatal.previous[i]) < 0) {
            while (i-- > 0) sigaction(fatal_signals[i].signum, &fatal.previous[i], NULL);
            return tr_err_errno(TR_EXC_TYPE(RuntimeError), 0);
        }
    }
    fatal.enabled = true;
    return tr_None;
}

static TrValue py_disable(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("faulthandler.disable", nargs, 0, 0) < 0 || tr_no_kwargs("faulthandler.disable", kwnames) < 0)
        return 0;
    if (!fatal.enabled) return tr_False;
    disable_fatal();
    fatal.file = 0;
    return tr_True;
}

static TrValue py_is_enabled(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("faulthandler.is_enabled", nargs, 0, 0) < 0 || tr_no_kwargs("faulthandler.is_enabled", kwnames) < 0)
        return 0;
    return tr_bool(fatal.enabled);
}

/* ---------------------------------------------------------------- user signals */

/* register(signum, ...): a signal that dumps the stack and goes on (chain: then runs the
 * handler that was there before as well) */
static struct {
    bool enabled, all_threads, chain;
    int fd;
    struct sigaction previous;
} user[NSIG];
static TrValue user_files[NSIG]; /* kept alive while registered (a GC root) */

static void user_handler(int signum) {
    int saved = errno;
    if (!user[signum].enabled) return;
    dump_stack(user[signum].fd, user[signum].all_threads);
    if (user[signum].chain) {
        struct sigaction mine;
        sigaction(signum, &user[signum].previous, &mine);
        errno = saved;
        raise(signum);
        sigaction(signum, &mine, NULL);
    }
    errno = saved;
}

/* a signal number register/unregister accept: CPython's errors */
static int user_signum(TrValue v, int *signum) {
    if (tr_as_c_int(v, signum) < 0) return -1;
    for (size_t i = 0; i < NFATAL; i++)
        if (fatal_signals[i].signum == *signum) {
            tr_err(TR_EXC_TYPE(RuntimeError), "signal %d cannot be registered, use enable() instead", *signum);
            return -1;
        }
    if (*signum < 1 || *signum >= NSIG) {
        tr_err(TR_EXC_TYPE(ValueError), "signal number out of range");
        return -1;
    }
    return 0;
}

static TrValue py_register(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"signum", "file", "all_threads", "chain", NULL};
    TrValue a[4];
    int signum, fd, chain = 0;
    bool all;
    TrValue keep;
    if (tr_parse_args_old("register", args, nargs, kwnames, kw, 1, a) < 0 || user_signum(a[0], &signum) < 0 ||
        file_and_threads(a + 1, &fd, &all, &keep) < 0 || (a[3] && (chain = tr_truthy(a[3])) < 0))
        return 0;
    if (!user[signum].enabled) {
        if (alternate_stack() < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        struct sigaction sa = {.sa_handler = user_handler, .sa_flags = SA_RESTART | SA_ONSTACK | (chain ? SA_NODEFER : 0)};
        sigemptyset(&sa.sa_mask);
        if (sigaction(signum, &sa, &user[signum].previous) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    user[signum].fd = fd;
    user[signum].all_threads = all;
    user[signum].chain = chain;
    user_files[signum] = keep;
    user[signum].enabled = true;
    return tr_None;
}

static TrValue py_unregister(TrValue *args, size_t nargs, TrValue kwnames) {
    int signum;
    if (tr_no_kwargs("faulthandler.unregister", kwnames) < 0 || tr_check_nargs("unregister", nargs, 1, 1) < 0 ||
        user_signum(args[0], &signum) < 0)
        return 0;
    if (!user[signum].enabled) return tr_False;
    sigaction(signum, &user[signum].previous, NULL);
    user[signum].enabled = false;
    user_files[signum] = 0;
    return tr_True;
}

static const TrMethodDef faulthandler_functions[] = {
    {"dump_traceback", py_dump_traceback}, {"enable", py_enable}, {"disable", py_disable},
    {"is_enabled", py_is_enabled}, {"register", py_register}, {"unregister", py_unregister}, {0},
};

TrValue trmod_faulthandler_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&fatal.file, sizeof fatal.file);
    tr_add_roots(user_files, sizeof user_files);
    m = tr_module_new("faulthandler", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, faulthandler_functions);
    return m;
}
