/* signals.c — signals as CPython handles them, and the eval breaker.  A caught signal's
 * C handler only sets flags (one per signal, plus tr_signal_pending, the eval breaker:
 * a signal came or another thread asks for the GIL, gil.c) and writes the signal number
 * to the wakeup fd if one is set.  The generated code polls tr_signal_pending at every
 * loop iteration (TR_CHECK_SIGNALS) and blocking calls poll it when interrupted (EINTR,
 * then they retry: PEP 475); tr_handle_signals then runs, in the main thread only, the
 * Python handler of each signal that came (the signal module sets them), as CPython does
 * between bytecodes.  The eval breaker also runs the work tr_schedule_pending_calls
 * queued (__del__ and dropped generators: finalize.c; weak reference callbacks), in whichever thread holds the GIL.  SIGINT
 * without a Python handler raises KeyboardInterrupt; an
 * uncaught KeyboardInterrupt ends the process by SIGINT (tr_runtime_finish).
 * At start-up SIGPIPE and SIGXFSZ are ignored, like CPython: writing to a closed pipe
 * raises BrokenPipeError instead of killing the process (child processes get them back
 * to default: subprocess's restore_signals).  Assumes: a program that starts with SIGINT
 * ignored (nohup, a background job) keeps it ignored. */
#include "tr.h"
#include <errno.h>
#include <signal.h>
#include <unistd.h>

volatile sig_atomic_t tr_signal_pending;
static volatile sig_atomic_t signals_tripped; /* some tripped[] flag is set */
static volatile sig_atomic_t tripped[NSIG];
static TrValue python_handlers[NSIG]; /* callables; 0: none (SIGINT: KeyboardInterrupt) */
static volatile sig_atomic_t wakeup_fd = -1;
static volatile sig_atomic_t pending_calls;
bool (*tr_pending_calls_fn)(void);

void tr_schedule_pending_calls(void) {
    pending_calls = 1;
    tr_signal_pending = 1;
}

bool tr_run_pending_calls(void) {
    if (!pending_calls) return false;
    pending_calls = 0;
    bool ran = tr_run_finalizers(); /* __del__ before weak reference callbacks, as CPython */
    if (tr_pending_calls_fn && tr_pending_calls_fn()) ran = true;
    return ran;
}

static void on_signal(int sig) {
    int saved_errno = errno;
    tripped[sig] = 1;
    signals_tripped = 1;
    tr_signal_pending = 1;
    if (wakeup_fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        ssize_t ignored = write(wakeup_fd, &byte, 1); /* a full pipe already wakes its reader */
        (void)ignored;
    }
    errno = saved_errno;
}

int tr_signal_catch(int sig, TrValue handler) {
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_ONSTACK; /* no SA_RESTART: blocking calls return EINTR */
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) < 0) return -1;
    python_handlers[sig] = handler;
    return 0;
}

void tr_signal_forget(int sig) {
    python_handlers[sig] = 0;
    tripped[sig] = 0;
}

TrValue tr_signal_handler(int sig) { return python_handlers[sig]; }

void tr_signal_simulate(int sig) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) == 0 && current.sa_handler == on_signal) on_signal(sig);
}

int tr_signal_set_wakeup_fd(int fd) {
    int old = wakeup_fd;
    wakeup_fd = fd;
    return old;
}

void tr_init_signals(void) {
    tr_gil_init();
    tr_add_roots(python_handlers, sizeof python_handlers);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    tr_signal_catch(SIGINT, 0);
}

void tr_restore_child_signals(void) {
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
}

/* Run the handlers of the signals that came; on an exception the others stay tripped. */
static int run_python_handlers(void) {
    signals_tripped = 0;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!tripped[sig]) continue;
        tripped[sig] = 0;
        TrValue handler = python_handlers[sig];
        bool ok;
        if (handler) ok = tr_call2(handler, tr_int_from_i64(sig), tr_None) != 0;
        else if (sig == SIGINT) {
            tr_raise((TrValue)TR_EXC_TYPE(KeyboardInterrupt));
            ok = false;
        } else continue; /* caught by the runtime but its Python handler was dropped */
        if (!ok) {
            signals_tripped = 1;
            tr_signal_pending = 1;
            return -1;
        }
    }
    return 0;
}

int tr_handle_signals(void) {
    if (!tr_signal_pending) return 0;
    tr_signal_pending = 0; /* before reading the flags: a request that comes now sets it again */
    bool main_thread = tr_is_main_thread();
    if (signals_tripped && !main_thread) tr_signal_pending = 1; /* still the main thread's to handle */
    if (tr_gil_drop_request) tr_gil_yield();
    tr_run_pending_calls();
    if (!signals_tripped || !main_thread) return 0;
    return run_python_handlers();
}

void tr_exit_by_sigint(void) {
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
}
