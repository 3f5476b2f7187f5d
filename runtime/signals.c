/* signals.c — Ctrl-C as KeyboardInterrupt, and the eval breaker.  The SIGINT handler
 * only sets flags; the generated code polls tr_signal_pending (the eval breaker: a
 * signal came or another thread asks for the GIL, gil.c) at every loop iteration
 * (TR_CHECK_SIGNALS) and blocking calls poll it when interrupted (EINTR); then
 * KeyboardInterrupt is raised there, in the main thread only, as CPython does between
 * bytecodes.  The eval breaker also runs the work tr_schedule_pending_calls queued
 * (weak reference callbacks), in whichever thread holds the GIL.  An uncaught KeyboardInterrupt ends the process by SIGINT
 * (tr_runtime_finish).  Assumes: a program that starts with SIGINT ignored (nohup, a
 * background job) keeps it ignored. */
#include "tr.h"
#include <signal.h>

volatile sig_atomic_t tr_signal_pending;
static volatile sig_atomic_t sigint_received;
static volatile sig_atomic_t pending_calls;
bool (*tr_pending_calls_fn)(void);

static void on_sigint(int sig) {
    sigint_received = 1;
    tr_signal_pending = 1;
}

void tr_init_signals(void) {
    tr_gil_init();
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    struct sigaction sa = {0};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL); /* no SA_RESTART: blocking calls return EINTR */
}

void tr_schedule_pending_calls(void) {
    pending_calls = 1;
    tr_signal_pending = 1;
}

bool tr_run_pending_calls(void) {
    if (!pending_calls) return false;
    pending_calls = 0;
    return tr_pending_calls_fn();
}

int tr_handle_signals(void) {
    if (!tr_signal_pending) return 0;
    tr_signal_pending = 0; /* before reading the flags: a request that comes now sets it again */
    bool main_thread = tr_is_main_thread();
    if (sigint_received && !main_thread) tr_signal_pending = 1; /* still the main thread's to handle */
    if (tr_gil_drop_request) tr_gil_yield();
    tr_run_pending_calls();
    if (!sigint_received || !main_thread) return 0;
    sigint_received = 0;
    tr_raise((TrValue)TR_EXC_TYPE(KeyboardInterrupt));
    return -1;
}

void tr_exit_by_sigint(void) {
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
}
