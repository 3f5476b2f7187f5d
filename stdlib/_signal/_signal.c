/* _signal.c — the C core of `signal` (stdlib/signal adds the IntEnums on top): setting
 * and reading handlers, sending, blocking and waiting for signals, alarms and interval
 * timers, the wakeup fd, and the SIG* constants of Linux.  A Python handler does not
 * run in the C signal handler: the runtime (runtime/signals.c) notes the signal and
 * calls the handler in the main thread at its next safe point, as CPython does.
 * Handlers are ints (SIG_DFL 0, SIG_IGN 1), callables, or None for a C handler that
 * was not set from Python; error texts are CPython 3.11's. */
#include "tr.h"
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

static TrValue default_int_handler;
static TrValue itimer_error;
/* What signal.getsignal answers for a signal Python never set: its start-up disposition. */
static TrValue startup_handlers[NSIG];

static int signum_arg(TrValue v, int *sig) {
    int64_t n;
    if (tr_index(v, &n) < 0) return -1;
    if (n < 1 || n >= NSIG) {
        tr_err(TR_EXC_TYPE(ValueError), "signal number out of range");
        return -1;
    }
    *sig = (int)n;
    return 0;
}

static int main_thread_only(const char *fname) {
    if (tr_is_main_thread()) return 0;
    tr_err(TR_EXC_TYPE(ValueError), "%s only works in main thread of the main interpreter", fname);
    return -1;
}

static TrValue current_handler(int sig) {
    TrValue h = tr_signal_handler(sig);
    return h ? h : startup_handlers[sig];
}

/* ---------------------------------------------------------------- handlers */

static TrValue s_signal(TrValue *args, size_t nargs, TrValue kwnames) {
    int sig;
    if (tr_no_kwargs("signal", kwnames) < 0 || tr_check_nargs("signal", nargs, 2, 2) < 0) return 0;
    if (main_thread_only("signal") < 0 || signum_arg(args[0], &sig) < 0) return 0;
    TrValue handler = args[1];
    bool is_int = TR_TYPE(handler) == &tr_int_type;
    int64_t disposition = -1;
    if (is_int && tr_int_as_i64(handler, &disposition) < 0) tr_err_clear();
    if (!tr_callable(handler) && disposition != 0 && disposition != 1)
        return tr_err(TR_EXC_TYPE(TypeError),
                      "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    if (tr_handle_signals() < 0) return 0; /* the pending ones still go to the old handlers */
    TrValue old = current_handler(sig);
    if (tr_callable(handler)) {
        if (tr_signal_catch(sig, handler) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    } else {
        if (signal(sig, disposition ? SIG_IGN : SIG_DFL) == SIG_ERR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        tr_signal_forget(sig);
        startup_handlers[sig] = handler;
    }
    return old;
}

static TrValue s_getsignal(TrValue *args, size_t nargs, TrValue kwnames) {
    int sig;
    if (tr_no_kwargs("getsignal", kwnames) < 0 || tr_check_nargs("getsignal", nargs, 1, 1) < 0) return 0;
    if (signum_arg(args[0], &sig) < 0) return 0;
    return current_handler(sig);
}

static TrValue s_default_int_handler(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("default_int_handler", kwnames) < 0 || tr_check_nargs("default_int_handler", nargs, 2, 2) < 0)
        return 0;
    tr_raise((TrValue)TR_EXC_TYPE(KeyboardInterrupt));
    return 0;
}

static TrValue s_siginterrupt(TrValue *args, size_t nargs, TrValue kwnames) {
    int sig;
    int64_t flag;
    if (tr_no_kwargs("siginterrupt", kwnames) < 0 || tr_check_nargs("siginterrupt", nargs, 2, 2) < 0) return 0;
    if (signum_arg(args[0], &sig) < 0 || tr_index(args[1], &flag) < 0) return 0;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

static TrValue s_set_wakeup_fd(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/fd", "$warn_on_full_buffer", NULL};
    TrValue a[2];
    int64_t fd;
    if (tr_parse_args("set_wakeup_fd", args, nargs, kwnames, kw, 1, a) < 0 || tr_index(a[0], &fd) < 0) return 0;
    if (main_thread_only("set_wakeup_fd") < 0) return 0;
    if (fd != -1) {
        struct stat st;
        if (fd < 0 || fd > INT32_MAX || fstat((int)fd, &st) < 0) {
            if (fd < 0 || fd > INT32_MAX) errno = EBADF;
            return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        }
        int flags = fcntl((int)fd, F_GETFL);
        if (flags < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (!(flags & O_NONBLOCK))
            return tr_err(TR_EXC_TYPE(ValueError), "the fd %d must be in non-blocking mode", (int)fd);
    }
    return tr_int_from_i64(tr_signal_set_wakeup_fd((int)fd));
}

/* ---------------------------------------------------------------- sending and waiting */

static TrValue s_raise_signal(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t sig;
    if (tr_no_kwargs("raise_signal", kwnames) < 0 || tr_check_nargs("raise_signal", nargs, 1, 1) < 0) return 0;
    if (tr_index(args[0], &sig) < 0) return 0;
    if (sig < INT32_MIN || sig > INT32_MAX) errno = EINVAL;
    else if (raise((int)sig) == 0) return tr_handle_signals() < 0 ? 0 : tr_None;
    return tr_err_errno(TR_EXC_TYPE(OSError), 0);
}

static TrValue s_pthread_kill(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t thread, sig;
    if (tr_no_kwargs("pthread_kill", kwnames) < 0 || tr_check_nargs("pthread_kill", nargs, 2, 2) < 0) return 0;
    if (tr_index(args[0], &thread) < 0 || tr_index(args[1], &sig) < 0) return 0;
    int err = pthread_kill((pthread_t)thread, (int)sig);
    if (err) {
        errno = err;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    return tr_handle_signals() < 0 ? 0 : tr_None;
}

static TrValue s_alarm(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t seconds;
    if (tr_no_kwargs("alarm", kwnames) < 0 || tr_check_nargs("alarm", nargs, 1, 1) < 0) return 0;
    if (tr_index(args[0], &seconds) < 0) return 0;
    return tr_int_from_i64(alarm((unsigned)seconds));
}

static TrValue s_pause(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("pause", nargs, 0, 0) < 0) return 0;
    TR_WITHOUT_GIL(int, pause());
    return tr_handle_signals() < 0 ? 0 : tr_None;
}

/* An iterable of signal numbers as a sigset_t (CPython's texts for a bad number). */
static int sigset_arg(TrValue iterable, sigset_t *set) {
    sigemptyset(set);
    TrValue it = tr_iter(iterable), item;
    if (!it) return -1;
    while ((item = tr_next(it))) {
        int64_t sig;
        if (tr_index(item, &sig) < 0) return -1;
        if (sig <= 0 || sig >= NSIG) {
            tr_err(TR_EXC_TYPE(ValueError), "signal number %lld out of range [1; %d]", (long long)sig, NSIG - 1);
            return -1;
        }
        sigaddset(set, (int)sig);
    }
    return tr_err_occurred() ? -1 : 0;
}

static TrValue set_of_sigset(const sigset_t *set) {
    TrValue result = tr_set_new(0);
    for (int sig = 1; sig < NSIG; sig++)
        if (sigismember(set, sig) == 1 && tr_set_add(result, tr_int_from_i64(sig)) < 0) return 0;
    return result;
}

static TrValue s_pthread_sigmask(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t how;
    sigset_t set, old;
    if (tr_no_kwargs("pthread_sigmask", kwnames) < 0 || tr_check_nargs("pthread_sigmask", nargs, 2, 2) < 0) return 0;
    if (tr_index(args[0], &how) < 0 || sigset_arg(args[1], &set) < 0) return 0;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) {
        errno = err;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    if (tr_handle_signals() < 0) return 0; /* one it just unblocked */
    return set_of_sigset(&old);
}

static TrValue s_sigpending(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("sigpending", nargs, 0, 0) < 0) return 0;
    sigset_t set;
    if (sigpending(&set) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return set_of_sigset(&set);
}

static TrValue s_sigwait(TrValue *args, size_t nargs, TrValue kwnames) {
    sigset_t set;
    if (tr_no_kwargs("sigwait", kwnames) < 0 || tr_check_nargs("sigwait", nargs, 1, 1) < 0) return 0;
    if (sigset_arg(args[0], &set) < 0) return 0;
    int sig, err = TR_WITHOUT_GIL(int, sigwait(&set, &sig));
    if (err) {
        errno = err;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    return tr_int_from_i64(sig);
}

/* The fields of a siginfo_t, the tuple signal.struct_siginfo is made of. */
static TrValue siginfo_tuple(const siginfo_t *si) {
    return tr_tuple_pack(7, tr_int_from_i64(si->si_signo), tr_int_from_i64(si->si_code),
                         tr_int_from_i64(si->si_errno), tr_int_from_i64(si->si_pid),
                         tr_int_from_i64(si->si_uid), tr_int_from_i64(si->si_status),
                         tr_int_from_i64(si->si_band));
}

static TrValue s_sigwaitinfo(TrValue *args, size_t nargs, TrValue kwnames) {
    sigset_t set;
    siginfo_t si;
    if (tr_no_kwargs("sigwaitinfo", kwnames) < 0 || tr_check_nargs("sigwaitinfo", nargs, 1, 1) < 0) return 0;
    if (sigset_arg(args[0], &set) < 0) return 0;
    while (TR_WITHOUT_GIL(int, sigwaitinfo(&set, &si)) < 0) {
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (tr_handle_signals() < 0) return 0; /* another signal's handler; then wait on (PEP 475) */
    }
    return siginfo_tuple(&si);
}

static double monotonic_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* sigtimedwait(sigset, timeout): the siginfo tuple, or None when the time ran out. */
static TrValue s_sigtimedwait(TrValue *args, size_t nargs, TrValue kwnames) {
    sigset_t set;
    siginfo_t si;
    double timeout;
    if (tr_no_kwargs("sigtimedwait", kwnames) < 0 || tr_check_nargs("sigtimedwait", nargs, 2, 2) < 0) return 0;
    if (sigset_arg(args[0], &set) < 0 || tr_as_double(args[1], &timeout) < 0) return 0;
    if (timeout < 0) return tr_err(TR_EXC_TYPE(ValueError), "timeout must be non-negative");
    double deadline = monotonic_seconds() + timeout;
    for (;;) {
        struct timespec left = {(time_t)timeout, (long)((timeout - floor(timeout)) * 1e9)};
        if (TR_WITHOUT_GIL(int, sigtimedwait(&set, &si, &left)) >= 0) return siginfo_tuple(&si);
        if (errno == EAGAIN) return tr_None;
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (tr_handle_signals() < 0) return 0; /* then wait on for the time left (PEP 475) */
        timeout = deadline - monotonic_seconds();
        if (timeout < 0) return tr_None;
    }
}

static TrValue s_valid_signals(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("valid_signals", nargs, 0, 0) < 0) return 0;
    sigset_t set;
    sigfillset(&set);
    return set_of_sigset(&set);
}

static TrValue s_strsignal(TrValue *args, size_t nargs, TrValue kwnames) {
    int sig;
    if (tr_no_kwargs("strsignal", kwnames) < 0 || tr_check_nargs("strsignal", nargs, 1, 1) < 0) return 0;
    if (signum_arg(args[0], &sig) < 0) return 0;
    const char *text = strsignal(sig);
    if (!text || strstr(text, "Unknown signal")) return tr_None;
    return tr_str_from_cstr(text);
}

/* ---------------------------------------------------------------- interval timers */

static TrValue timer_tuple(const struct itimerval *t) {
    return tr_tuple_pack(2, tr_float_new(t->it_value.tv_sec + t->it_value.tv_usec / 1e6),
                         tr_float_new(t->it_interval.tv_sec + t->it_interval.tv_usec / 1e6));
}

/* Seconds as a timeval, rounded up to a microsecond so a tiny delay still arms the timer. */
static int timeval_arg(TrValue v, struct timeval *tv) {
    double seconds;
    if (tr_as_double(v, &seconds) < 0) return -1;
    if (seconds < 0) seconds = 0;
    double whole = floor(seconds);
    long usec = (long)ceil((seconds - whole) * 1e6);
    if (usec >= 1000000) {
        whole += 1;
        usec -= 1000000;
    }
    tv->tv_sec = (time_t)whole;
    tv->tv_usec = usec;
    return 0;
}

static TrValue s_setitimer(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/which", "/seconds", "/interval", NULL};
    TrValue a[3];
    int64_t which;
    struct itimerval new_timer = {{0, 0}, {0, 0}}, old;
    if (tr_parse_args("_signal.setitimer", args, nargs, kwnames, kw, 2, a) < 0 || tr_index(a[0], &which) < 0) return 0;
    if (timeval_arg(a[1], &new_timer.it_value) < 0 || (a[2] && timeval_arg(a[2], &new_timer.it_interval) < 0))
        return 0;
    if (setitimer((int)which, &new_timer, &old) < 0) return tr_err_errno((TrType *)itimer_error, 0);
    return timer_tuple(&old);
}

static TrValue s_getitimer(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t which;
    struct itimerval now;
    if (tr_no_kwargs("getitimer", kwnames) < 0 || tr_check_nargs("getitimer", nargs, 1, 1) < 0) return 0;
    if (tr_index(args[0], &which) < 0) return 0;
    if (getitimer((int)which, &now) < 0) return tr_err_errno((TrType *)itimer_error, 0);
    return timer_tuple(&now);
}

static const TrMethodDef signal_functions[] = {
    {"signal", s_signal}, {"getsignal", s_getsignal}, {"siginterrupt", s_siginterrupt},
    {"set_wakeup_fd", s_set_wakeup_fd}, {"raise_signal", s_raise_signal}, {"pthread_kill", s_pthread_kill},
    {"alarm", s_alarm}, {"pause", s_pause}, {"pthread_sigmask", s_pthread_sigmask},
    {"sigpending", s_sigpending}, {"sigwait", s_sigwait},
    {"sigwaitinfo", s_sigwaitinfo}, {"sigtimedwait", s_sigtimedwait}, {"valid_signals", s_valid_signals},
    {"strsignal", s_strsignal}, {"setitimer", s_setitimer}, {"getitimer", s_getitimer}, {0},
};

/* What each signal was set to when the program started (SIGINT: default_int_handler). */
static void note_startup_handlers(void) {
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sigaction(sig, NULL, &sa) < 0) continue;
        if (sa.sa_handler == SIG_DFL) startup_handlers[sig] = TR_FROM_SMALL(0);
        else if (sa.sa_handler == SIG_IGN) startup_handlers[sig] = TR_FROM_SMALL(1);
        else startup_handlers[sig] = tr_None;
    }
    if (startup_handlers[SIGINT] == tr_None && !tr_signal_handler(SIGINT))
        tr_signal_catch(SIGINT, default_int_handler); /* the runtime's own Ctrl-C handler */
}

TrValue trmod___signal_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_signal", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&default_int_handler, sizeof default_int_handler);
    tr_add_roots(&itimer_error, sizeof itimer_error);
    tr_add_roots(startup_handlers, sizeof startup_handlers);
    tr_module_add_functions(m, signal_functions);
    default_int_handler = tr_builtin_new("default_int_handler", s_default_int_handler);
    tr_module_add(m, "default_int_handler", default_int_handler);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("signal"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("itimer_error"));
    itimer_error = tr_class_new(tr_str_from_cstr("itimer_error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(OSError)), ns, 0, 0);
    tr_module_add(m, "ItimerError", itimer_error);
    note_startup_handlers();
    static const struct { const char *name; int value; } constants[] = {
        {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
        {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
        {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
        {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
        {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
        {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
        {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
        {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
        {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},         {"SIG_DFL", 0}, {"SIG_IGN", 1},
        {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
        {"NSIG", NSIG}, {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
        {"ITIMER_PROF", ITIMER_PROF}, {0, 0},
    };
    for (int k = 0; constants[k].name; k++) tr_module_add(m, constants[k].name, TR_FROM_SMALL(constants[k].value));
    tr_module_add(m, "SIGRTMIN", TR_FROM_SMALL(SIGRTMIN)); /* glibc reserves the first ones: not constants */
    tr_module_add(m, "SIGRTMAX", TR_FROM_SMALL(SIGRTMAX));
    return m;
}
