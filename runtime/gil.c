/* gil.c — the global interpreter lock, CPython's "new GIL" scheme.  Only the thread
 * holding the GIL runs Python code or touches runtime objects; it drops the GIL around
 * blocking calls (tr_gil_release/tr_gil_acquire) and when asked to.  A thread waiting
 * for the GIL longer than the switch interval (5 ms, sys.setswitchinterval) sets
 * tr_gil_drop_request and the eval breaker tr_signal_pending, the flag compiled code
 * already polls at loop back-edges for Ctrl-C: the holder sees it in
 * tr_handle_signals, drops the GIL and waits until another thread has taken it
 * (handoff, so a CPU-bound thread cannot take it straight back and starve the others).
 * Until the first thread is started the GIL does not exist: release/acquire are a test
 * of one flag, and single-threaded programs never take a lock.
 * Assumes: the main thread calls tr_gil_init before anything else runs; threads are
 * created with GC_pthread_create (Boehm must scan their stacks). */
#include "tr.h"
#include <errno.h>
#include <pthread.h>
#include <time.h>

bool tr_threads_started;
volatile sig_atomic_t tr_gil_drop_request;

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_released = PTHREAD_COND_INITIALIZER; /* the GIL became free */
static pthread_cond_t gil_switched = PTHREAD_COND_INITIALIZER; /* another thread took it */
static bool gil_locked;
static unsigned long switch_number; /* counts the times the GIL changed hands */
static int waiters;
static long switch_interval_us = 5000;
static pthread_t main_thread;

void tr_gil_init(void) { main_thread = pthread_self(); }

bool tr_is_main_thread(void) { return pthread_equal(pthread_self(), main_thread); }

double tr_gil_get_switch_interval(void) { return switch_interval_us / 1e6; }

void tr_gil_set_switch_interval(double seconds) {
    long us = (long)(seconds * 1e6);
    switch_interval_us = us < 1 ? 1 : us;
}

static void deadline_after(struct timespec *ts, long us) {
    clock_gettime(CLOCK_REALTIME, ts);
    ts->tv_nsec += (us % 1000000) * 1000;
    ts->tv_sec += us / 1000000 + ts->tv_nsec / 1000000000;
    ts->tv_nsec %= 1000000000;
}

/* Wait for the GIL; after a switch interval without any hand-over, ask its holder to drop it. */
static void take_gil(void) {
    pthread_mutex_lock(&gil_mutex);
    if (gil_locked) {
        waiters++;
        while (gil_locked) {
            unsigned long seen = switch_number;
            struct timespec deadline;
            deadline_after(&deadline, switch_interval_us);
            int rc = pthread_cond_timedwait(&gil_released, &gil_mutex, &deadline);
            if (rc == ETIMEDOUT && gil_locked && switch_number == seen) {
                tr_gil_drop_request = 1;
                tr_signal_pending = 1;
            }
        }
        waiters--;
    }
    gil_locked = true;
    switch_number++;
    pthread_cond_broadcast(&gil_switched);
    pthread_mutex_unlock(&gil_mutex);
}

/* Free the GIL; when dropping on request, wait until a waiter has actually taken it. */
static void drop_gil(bool handoff) {
    pthread_mutex_lock(&gil_mutex);
    gil_locked = false;
    tr_gil_drop_request = 0;
    pthread_cond_signal(&gil_released);
    if (handoff) {
        unsigned long seen = switch_number;
        while (waiters && switch_number == seen) pthread_cond_wait(&gil_switched, &gil_mutex);
    }
    pthread_mutex_unlock(&gil_mutex);
}

void tr_gil_release(void) {
    if (tr_threads_started) drop_gil(false);
}

void tr_gil_acquire(void) {
    if (tr_threads_started) take_gil();
}

void tr_gil_yield(void) {
    if (!tr_threads_started) return;
    drop_gil(true);
    take_gil();
}

void tr_gil_enable(void) {
    if (tr_threads_started) return;
    gil_locked = true; /* the calling thread, holding the (so far virtual) GIL */
    tr_threads_started = true;
}

void tr_gil_thread_enter(void) { take_gil(); }

void tr_gil_thread_exit(void) { drop_gil(false); }

/* In the child of fork(): the calling thread is the only one left and keeps the GIL; the
 * lock and conditions are made anew (another thread may have held the mutex at the fork)
 * and this thread becomes the main one (it receives the signals). */
void tr_gil_after_fork_child(void) {
    pthread_mutex_init(&gil_mutex, NULL);
    pthread_cond_init(&gil_released, NULL);
    pthread_cond_init(&gil_switched, NULL);
    gil_locked = tr_threads_started;
    waiters = 0;
    tr_gil_drop_request = 0;
    main_thread = pthread_self();
}
