/* _asyncio.c — the C core of `asyncio` (the package stdlib/asyncio re-exports it and adds
 * streams and subprocesses in Tauraro), single-threaded: an event loop with a FIFO
 * ready queue and a timer heap that polls libuv as its selector (uv_run(UV_RUN_ONCE)
 * with a timer for the earliest deadline, like CPython's select(timeout)), I/O on top
 * (add_reader/add_writer on uv_poll, TCP transports and listeners on uv_tcp, child
 * processes on uv_spawn with uv_pipe transports, signal handlers on uv_signal),
 * Future and Task with CPython 3.11's semantics (done callbacks are scheduled, never
 * called inline; a new task's first step runs at the next loop iteration;
 * cancellation throws CancelledError into the awaiting coroutine), run, sleep,
 * create_task, ensure_future, gather, wait_for, wait, as_completed, shield,
 * timeout/timeout_at, current_task/all_tasks, get_running_loop/get_event_loop, Queue,
 * Event, Lock, Semaphore/BoundedSemaphore and the exceptions.  Programs print what
 * they print under CPython because every step happens in the same order as in
 * CPython 3.11.2's asyncio (the interpreter the golden tests are recorded with).
 *
 * The async functions of this module (sleep, wait_for, Queue.get, Event.wait, ...)
 * return real coroutine objects: TrGens whose resume function is written by hand here
 * in the shape the compiler emits (a switch on gen->state, tr_gen_delegate for await).
 * Assumes: one thread, one running loop at a time (asyncio.run), monotonic clock.
 * GC: libuv's own (malloc'd) lists are not scanned, so every object embedding a libuv
 * handle or request in use is kept in its loop's `live` (or `polls`) dict. */
#include "tr.h"
#include <errno.h>
#include <math.h>
#include <time.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <uv.h>

typedef struct Loop Loop;
typedef struct Future Future;

static TrType loop_type, handle_type, future_type, task_type, gathering_type, future_iter_type;
static TrType poll_type, transport_type, listener_type, request_type, signal_watch_type, child_type;
static TrType queue_type, event_type, lock_type, semaphore_type, bounded_semaphore_type, timeout_type;
static TrType *cancelled_error, *invalid_state_error, *queue_empty_error, *queue_full_error;

/* Module state: GC roots (tr_add_roots in the init function). */
static struct {
    Loop *running;          /* the loop asyncio.run is running, or 0 */
    Loop *idle;             /* get_event_loop() outside a running loop */
    Future *current_task;
    int64_t task_counter;   /* Task-N names */
    TrValue coro_funcs[16]; /* function objects naming the C coroutines (repr), made */
    const TrCode *coro_codes[16]; /* once per TrCode of this file (fewer than 16) */
    TrValue contextvars;    /* the contextvars module once a program imported it, else 0 */
} S;

static double monotonic(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ================================================================ contexts */

/* *out = contextvars.NAME(arg) (no argument when arg is 0) when the program imported
 * contextvars: 1 done, 0 never imported (a program without the module has no
 * ContextVar, so its tasks need no context of their own), -1 error. */
static int contextvars_call(TrValue name, TrValue arg, TrValue *out) {
    if (!S.contextvars) {
        S.contextvars = tr_dict_get(tr_sys_modules, TR_INTERN("contextvars"));
        if (!S.contextvars) return 0;
    }
    TrValue fn = tr_getattr(S.contextvars, name);
    *out = !fn ? 0 : arg ? tr_call1(fn, arg) : tr_call0(fn);
    return *out ? 1 : -1;
}

/* ================================================================ handles */

/* A callback: a C function of two values, or a Python callable with its args.  Timer
 * handles also carry their time and a sequence number (ties keep call order). */
typedef int (*CFn)(TrValue a, TrValue b); /* -1: an error that must stop the loop */
typedef struct Handle {
    TrObject ob;
    CFn cfn;
    TrValue a, b;
    TrValue callable, args;
    TrValue context;      /* the contextvars.Context a Python callback runs in, 0: none */
    double when;
    int64_t seq;
    int cancelled;
} Handle;

static Handle *handle_c(CFn fn, TrValue a, TrValue b) {
    Handle *h = (Handle *)tr_object_alloc(&handle_type, sizeof(Handle));
    h->cfn = fn;
    h->a = a;
    h->b = b;
    return h;
}

/* A Python callback runs in the context current when it was scheduled (CPython's
 * Handle copies it), or in the one given. */
static Handle *handle_py_in(TrValue callable, TrValue args, TrValue context) {
    Handle *h = (Handle *)tr_object_alloc(&handle_type, sizeof(Handle));
    h->callable = callable;
    h->args = args;
    if (context && context != tr_None) h->context = context;
    else if (contextvars_call(TR_INTERN("copy_context"), 0, &h->context) < 0)
        return 0;
    return h;
}

static Handle *handle_py(TrValue callable, TrValue args) { return handle_py_in(callable, args, 0); }

/* Runs a handle.  Exceptions of Python callbacks are reported on stderr and the loop
 * goes on (CPython logs them); KeyboardInterrupt and SystemExit stop the loop. */
static int handle_run(Handle *h) {
    if (h->cfn) return h->cfn(h->a, h->b);
    TrValue ignored, done;
    if (h->context && contextvars_call(TR_INTERN("_enter"), h->context, &ignored) < 0) done = 0;
    else {
        done = tr_call_ex(h->callable, h->args, 0);
        TrValue pending = done ? 0 : tr_err_fetch();
        if (h->context && contextvars_call(TR_INTERN("_exit"), h->context, &ignored) < 0) done = 0;
        else if (pending) tr_err_restore(pending);
    }
    if (done) return 0;
    if (tr_err_is(TR_EXC_TYPE(KeyboardInterrupt)) || tr_err_is(TR_EXC_TYPE(SystemExit))) return -1;
    TrValue exc = tr_err_fetch();
    TrValue r = tr_repr(h->callable);
    fprintf(stderr, "Exception in callback %s\n", r ? tr_str_cstr(r) : "?");
    tr_err_clear();
    tr_print_exception(exc);
    return 0;
}

static TrValue handle_cancel_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("cancel", nargs - 1, 0, 0) < 0) return 0;
    ((Handle *)args[0])->cancelled = 1;
    return tr_None;
}

static TrValue handle_cancelled_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("cancelled", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(((Handle *)args[0])->cancelled);
}

static TrValue handle_when_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("when", nargs - 1, 0, 0) < 0) return 0;
    return tr_float_new(((Handle *)args[0])->when);
}

/* ================================================================ the loop */

struct Loop {
    TrObject ob;
    Handle **ready;          /* ring buffer */
    size_t rhead, rlen, rcap;
    Handle **timers;         /* binary heap by (when, seq) */
    size_t ntimers, tcap;
    int64_t seq;
    int stopping, closed;
    TrValue tasks;           /* list: tasks created on this loop (shutdown cancels them) */
    TrWeakList asyncgens;    /* async generators first iterated while it ran (weakly: CPython's WeakSet) */
    uv_loop_t *uv;           /* the selector, made on first wait or I/O (uv_for) */
    TrValue polls;           /* dict: fd -> Poll (add_reader/add_writer) */
    TrValue live;            /* dict: objects whose libuv handles or requests are in use
                              * (libuv's malloc'd lists are not scanned: this keeps them) */
};

static Loop *loop_new(void) {
    Loop *L = (Loop *)tr_object_alloc(&loop_type, sizeof(Loop));
    L->tasks = tr_list_new(0);
    L->polls = tr_dict_new();
    L->live = tr_dict_new();
    return L;
}

/* The libuv loop of L, initialized on first use. */
static uv_loop_t *uv_for(Loop *L) {
    if (!L->uv) {
        L->uv = tr_alloc(sizeof(uv_loop_t));
        uv_loop_init(L->uv);
        L->uv->data = L;
    }
    return L->uv;
}

static void keep_alive(Loop *L, TrValue obj) { tr_dict_set(L->live, obj, obj); }

static void let_go(Loop *L, TrValue obj) {
    if (tr_dict_get(L->live, obj)) tr_dict_del(L->live, obj);
}

static void close_handle_cb(uv_handle_t *h) { (void)h; }

static void close_each_handle(uv_handle_t *h, void *arg) {
    if (!uv_is_closing(h)) uv_close(h, close_handle_cb);
}

static int remove_signal(Loop *L, int64_t sig);

/* Closes every libuv handle of L and the libuv loop (asyncio.run's end, loop.close()):
 * its epoll descriptor is not leaked from one asyncio.run to the next. */
static void uv_release(Loop *L) {
    if (!L->uv) return;
    for (int sig = 1; sig < NSIG; sig++) remove_signal(L, sig); /* as CPython's close: handlers go */
    uv_walk(L->uv, close_each_handle, 0);
    uv_run(L->uv, UV_RUN_DEFAULT);
    uv_loop_close(L->uv);
    L->uv = 0;
    L->polls = tr_dict_new();
    L->live = tr_dict_new();
}

/* Does I/O still in progress (a poll, a connection, a listener, a write) keep L alive? */
static int io_pending(Loop *L) { return L->uv && uv_loop_alive(L->uv); }

/* The selector step of an iteration: wait up to `timeout` seconds (< 0: until an event)
 * for I/O by polling libuv's backend descriptor without the GIL (other threads run
 * meanwhile; a signal ends the wait), then let libuv run the callbacks of the ready
 * descriptors, which put theirs on the ready queue.  -1 with KeyboardInterrupt on
 * Ctrl-C. */
static int poll_io(Loop *L, double timeout) {
    uv_loop_t *uv = uv_for(L);
    int ms = timeout < 0 ? -1 : (int)ceil(timeout * 1000);
    int uv_ms = uv_backend_timeout(uv); /* libuv's own work: 0 now, -1 none */
    if (uv_ms >= 0 && (ms < 0 || uv_ms < ms)) ms = uv_ms;
    if (ms != 0) {
        struct pollfd p = {uv_backend_fd(uv), POLLIN, 0};
        tr_gil_release();
        poll(&p, 1, ms);
        tr_gil_acquire();
    }
    uv_run(uv, UV_RUN_NOWAIT);
    return tr_handle_signals();
}

static void ready_push(Loop *L, Handle *h) {
    if (L->rlen == L->rcap) {
        size_t cap = L->rcap ? L->rcap * 2 : 16;
        Handle **r = tr_alloc(sizeof(Handle *) * cap);
        for (size_t i = 0; i < L->rlen; i++) r[i] = L->ready[(L->rhead + i) % L->rcap];
        L->ready = r;
        L->rcap = cap;
        L->rhead = 0;
    }
    L->ready[(L->rhead + L->rlen++) % L->rcap] = h;
}

static Handle *ready_pop(Loop *L) {
    Handle *h = L->ready[L->rhead];
    L->ready[L->rhead] = 0;
    L->rhead = (L->rhead + 1) % L->rcap;
    L->rlen--;
    return h;
}

static int timer_before(Handle *a, Handle *b) { return a->when < b->when || (a->when == b->when && a->seq < b->seq); }

static void timer_push(Loop *L, Handle *h) {
    if (L->ntimers == L->tcap) {
        L->tcap = L->tcap ? L->tcap * 2 : 16;
        L->timers = tr_realloc(L->timers, sizeof(Handle *) * L->tcap);
    }
    size_t i = L->ntimers++;
    while (i > 0 && timer_before(h, L->timers[(i - 1) / 2])) {
        L->timers[i] = L->timers[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    L->timers[i] = h;
}

static Handle *timer_pop(Loop *L) {
    Handle *top = L->timers[0], *last = L->timers[--L->ntimers];
    size_t i = 0, n = L->ntimers;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && timer_before(L->timers[c + 1], L->timers[c])) c++;
        if (!timer_before(L->timers[c], last)) break;
        L->timers[i] = L->timers[c];
        i = c;
    }
    if (n) L->timers[i] = last;
    L->timers[n] = 0;
    return top;
}

static Handle *call_soon(Loop *L, Handle *h) {
    if (!h) return 0;
    ready_push(L, h);
    return h;
}

static Handle *call_at(Loop *L, double when, Handle *h) {
    if (!h) return 0;
    h->when = when;
    h->seq = L->seq++;
    timer_push(L, h);
    return h;
}

static Handle *call_later(Loop *L, double delay, Handle *h) { return call_at(L, monotonic() + delay, h); }

/* One iteration (CPython's _run_once): poll I/O, waiting for the first timer or an
 * event if nothing is ready, move due timers to the ready queue, run the handles that
 * were ready on entry. */
static int run_once(Loop *L) {
    while (L->ntimers && L->timers[0]->cancelled) timer_pop(L);
    int idle = !L->rlen && !L->stopping;
    if (idle && !L->ntimers && !io_pending(L)) {
        tr_err(TR_EXC_TYPE(RuntimeError), "event loop deadlock: every task waits and no timer is pending");
        return -1;
    }
    double timeout = 0;
    if (idle) timeout = L->ntimers ? fmax(L->timers[0]->when - monotonic(), 0) : -1;
    if ((timeout != 0 || io_pending(L)) && poll_io(L, timeout) < 0) return -1;
    double end = monotonic() + 1e-9;
    while (L->ntimers && L->timers[0]->when < end) {
        Handle *h = timer_pop(L);
        if (!h->cancelled) ready_push(L, h);
    }
    for (size_t n = L->rlen; n > 0; n--) {
        Handle *h = ready_pop(L);
        if (!h->cancelled && handle_run(h) < 0) return -1;
    }
    return 0;
}

static Loop *running_loop(void) {
    if (!S.running) tr_err(TR_EXC_TYPE(RuntimeError), "no running event loop");
    return S.running;
}

/* get_event_loop(): the running loop, else the current one (made on first use). */
static Loop *event_loop(void) {
    if (S.running) return S.running;
    if (!S.idle) S.idle = loop_new();
    return S.idle;
}

/* ================================================================ futures */

enum { PENDING, CANCELLED, FINISHED };
static const char *const state_names[] = {"pending", "cancelled", "finished"};

/* Future, Task and _GatheringFuture share this layout (distinct types). */
struct Future {
    TrObject ob;
    Loop *loop;
    int state;
    int blocking;            /* _asyncio_future_blocking: yielded to a task by await */
    TrValue result, exception;
    TrValue cancel_msg;      /* 0 for None */
    TrValue cancelled_exc;   /* the CancelledError that cancelled a task's coroutine */
    TrValue callbacks;       /* list of Handle, scheduled when the future is done */
    /* Task */
    TrValue coro, name;
    TrValue context;         /* the contextvars.Context each step runs in, 0: none */
    Future *waiter;          /* the future the task's coroutine waits on */
    int must_cancel, num_cancels;
    /* _GatheringFuture */
    TrValue children;        /* list of futures, one per argument */
    int nfuts, nfinished, return_exceptions, cancel_requested;
};

static int is_future(TrValue v) {
    TrType *t = TR_TYPE(v);
    return t == &future_type || t == &task_type || t == &gathering_type;
}

static Future *future_new(TrType *type, Loop *L) {
    Future *f = (Future *)tr_object_alloc(type, sizeof(Future));
    f->loop = L;
    f->state = PENDING;
    f->callbacks = tr_list_new(0);
    return f;
}

static void schedule_callbacks(Future *f) {
    TrList *cbs = TR_LIST(f->callbacks);
    for (size_t i = 0; i < cbs->len; i++) {
        Handle *h = (Handle *)tr_list_items(cbs)[i];
        call_soon(f->loop, h);
    }
    f->callbacks = tr_list_new(0);
}

/* add_done_callback: a handle whose last argument becomes the future. */
static void add_done_handle(Future *f, Handle *h) {
    if (h->cfn) h->b = (TrValue)f;
    else h->args = tr_tuple_pack(1, (TrValue)f);
    if (f->state != PENDING) call_soon(f->loop, h);
    else tr_list_append(f->callbacks, (TrValue)h);
}

/* Removes the C callbacks (fn, a) or Python callbacks equal to callable; the count. */
static int remove_done_callbacks(Future *f, CFn fn, TrValue a, TrValue callable) {
    TrList *cbs = TR_LIST(f->callbacks);
    size_t k = 0;
    int removed = 0;
    for (size_t i = 0; i < cbs->len; i++) {
        Handle *h = (Handle *)tr_list_items(cbs)[i];
        int match;
        if (callable) {
            match = h->callable ? tr_equal(h->callable, callable) : 0;
            if (match < 0) return -1;
        } else {
            match = h->cfn == fn && h->a == a;
        }
        if (match) removed++;
        else tr_list_items(cbs)[k++] = (TrValue)h;
    }
    cbs->len = k;
    return removed;
}

static int future_set_result(Future *f, TrValue v) {
    if (f->state != PENDING) { tr_err(invalid_state_error, "invalid state"); return -1; }
    f->result = v;
    f->state = FINISHED;
    schedule_callbacks(f);
    return 0;
}

static int future_set_exception(Future *f, TrValue exc) {
    if (f->state != PENDING) { tr_err(invalid_state_error, "invalid state"); return -1; }
    if (tr_isinstance_type(exc, &tr_type_type)) {
        exc = tr_call0(exc);
        if (!exc) return -1;
    }
    if (!(TR_TYPE(exc)->flags & TR_TF_EXCEPTION)) {
        tr_err(TR_EXC_TYPE(TypeError), "invalid exception object");
        return -1;
    }
    if (tr_isinstance_type(exc, TR_EXC_TYPE(StopIteration))) {
        tr_err(TR_EXC_TYPE(TypeError), "StopIteration interacts badly with generators and cannot be raised into a Future");
        return -1;
    }
    f->exception = exc;
    f->state = FINISHED;
    schedule_callbacks(f);
    return 0;
}

static int future_cancel(Future *f, TrValue msg) {
    if (f->state != PENDING) return 0;
    f->state = CANCELLED;
    f->cancel_msg = msg;
    schedule_callbacks(f);
    return 1;
}

static int task_cancel(Future *t, TrValue msg);
static int gather_cancel(Future *g, TrValue msg);

/* fut.cancel(msg) on any kind of future. */
static int cancel_any(Future *f, TrValue msg) {
    if (TR_TYPE((TrValue)f) == &task_type) return task_cancel(f, msg);
    if (TR_TYPE((TrValue)f) == &gathering_type) return gather_cancel(f, msg);
    return future_cancel(f, msg);
}

static TrValue make_cancelled_error(Future *f) {
    if (f->cancelled_exc) {
        TrValue e = f->cancelled_exc;
        f->cancelled_exc = 0;
        return e;
    }
    return f->cancel_msg ? tr_call1((TrValue)cancelled_error, f->cancel_msg) : tr_call0((TrValue)cancelled_error);
}

/* fut.result(): the value, or 0 with the stored (or cancellation) exception raised. */
static TrValue future_result(Future *f) {
    if (f->state == CANCELLED) {
        TrValue e = make_cancelled_error(f);
        if (e) tr_raise(e);
        return 0;
    }
    if (f->state != FINISHED) return tr_err(invalid_state_error, "Result is not set.");
    if (f->exception) {
        tr_err_restore(f->exception);
        return 0;
    }
    return f->result;
}

/* ---------------------------------------------------------------- await fut */

/* The iterator of `await fut`: yields the future itself to the task once (which then
 * waits for it), afterwards finishes with its result. */
typedef struct FutureIter { TrObject ob; Future *fut; } FutureIter;

static TrValue future_iter_new(Future *f) {
    FutureIter *it = (FutureIter *)tr_object_alloc(&future_iter_type, sizeof(FutureIter));
    it->fut = f;
    return (TrValue)it;
}

static TrValue future_iter_next(TrValue self) {
    Future *f = ((FutureIter *)self)->fut;
    if (f->state == PENDING) {
        if (!f->blocking) {
            f->blocking = 1;
            return (TrValue)f;
        }
        return tr_err(TR_EXC_TYPE(RuntimeError), "await wasn't used with future");
    }
    TrValue r = future_result(f);
    if (r) tr_err_value(TR_EXC_TYPE(StopIteration), r);
    return 0;
}

static TrValue future_iter_iter(TrValue self) { return self; }

static TrValue future_iter_send(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("send", nargs - 1, 1, 1) < 0) return 0;
    return future_iter_next(args[0]);
}

static TrValue future_iter_throw(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("throw", nargs - 1, 1, 3) < 0) return 0;
    tr_raise(args[1]);
    return 0;
}

static TrValue future_iter_close(TrValue *args, size_t nargs, TrValue kwnames) { return tr_None; }

/* ---------------------------------------------------------------- C coroutines */

/* A coroutine object run by a resume function of this file (see the file comment). */
static TrValue c_coro_new(const TrCode *code, TrValue (*resume)(TrGen *, TrValue), size_t frame_size) {
    int k = 0;
    while (S.coro_codes[k] && S.coro_codes[k] != code) k++;
    if (!S.coro_codes[k]) {
        S.coro_codes[k] = code;
        S.coro_funcs[k] = tr_func_new(code, TR_INTERN("asyncio"), 0, 0, 0, 0);
    }
    return tr_gen_new(&tr_coroutine_type, (TrFunc *)S.coro_funcs[k], resume, frame_size);
}

/* The state machine of every C coroutine: `AWAIT(k, it)` delegates to the iterator `it`
 * until it finishes, suspending with gen->state = k; afterwards `r` is 0 with the
 * result in `out`, or -1 with the exception current. */
#define AWAIT(k, it)                                                       \
    F->aw = (it);                                                          \
    sent = tr_None;                                                        \
    __attribute__((fallthrough));                                          \
    case k:                                                                \
        r = tr_gen_delegate(g, F->aw, sent, &out);                         \
        if (r > 0) { g->state = k; return out; }

/* ================================================================ tasks */

static int task_step(TrValue task, TrValue exc);

static int task_step_cb(TrValue task, TrValue exc) { return task_step(task, exc); }

/* The waiter of a task finished: resume the task with its result or exception. */
static int task_wakeup(TrValue task, TrValue fut) {
    Future *f = (Future *)fut;
    if (f->state == FINISHED && !f->exception) return task_step(task, 0);
    if (!future_result(f)) {
        TrValue e = tr_err_fetch();
        return task_step(task, e);
    }
    return task_step(task, 0);
}

/* A task runs each step in its context: the one given, else a copy of the current one
 * (CPython's Task.__init__). */
static Future *task_new(Loop *L, TrValue coro, TrValue name, TrValue context) {
    if (!context || context == tr_None) {
        context = 0;
        if (contextvars_call(TR_INTERN("copy_context"), 0, &context) < 0) return 0;
    }
    Future *t = future_new(&task_type, L);
    t->coro = coro;
    t->context = context;
    t->name = name && name != tr_None ? name : tr_str_fmt("Task-%lld", (long long)++S.task_counter);
    call_soon(L, handle_c(task_step_cb, (TrValue)t, 0));
    /* forget finished tasks now and then: only pending ones matter at shutdown */
    TrList *tl = TR_LIST(L->tasks);
    if (tl->len >= 64 && (tl->len & (tl->len - 1)) == 0) {
        size_t k = 0;
        for (size_t i = 0; i < tl->len; i++)
            if (((Future *)tr_list_items(tl)[i])->state == PENDING) tr_list_items(tl)[k++] = tr_list_items(tl)[i];
        tl->len = k;
    }
    tr_list_append(L->tasks, (TrValue)t);
    return t;
}

static int task_cancel(Future *t, TrValue msg) {
    if (t->state != PENDING) return 0;
    t->num_cancels++;
    if (t->waiter && cancel_any(t->waiter, msg)) return 1;
    t->must_cancel = 1;
    t->cancel_msg = msg;
    return 1;
}

/* Schedule a step that throws a RuntimeError about a bad yield into the task. */
static int step_with_error(Future *t, TrValue msg) {
    if (!msg) return -1;
    TrValue e = tr_call1((TrValue)TR_EXC_TYPE(RuntimeError), msg);
    if (!e) return -1;
    call_soon(t->loop, handle_c(task_step_cb, (TrValue)t, e));
    return 0;
}

/* One step of a task (CPython's Task.__step): run the coroutine to its next yield. */
static int task_step(TrValue task, TrValue exc) {
    Future *t = (Future *)task;
    if (t->state != PENDING) return 0;
    if (t->must_cancel) {
        if (!exc || !tr_isinstance_type(exc, cancelled_error)) {
            exc = make_cancelled_error(t);
            if (!exc) return -1;
        }
        t->must_cancel = 0;
    }
    t->waiter = 0;
    TrValue ignored;
    if (t->context && contextvars_call(TR_INTERN("_enter"), t->context, &ignored) < 0) return -1;
    Future *prev = S.current_task;
    S.current_task = t;
    TrValue out;
    if (exc) tr_err_restore(exc);
    int r = tr_gen_delegate(0, t->coro, exc ? 0 : tr_None, &out);
    S.current_task = prev;
    if (t->context) {
        TrValue pending = r < 0 ? tr_err_fetch() : 0;
        if (contextvars_call(TR_INTERN("_exit"), t->context, &ignored) < 0) return -1;
        if (pending) tr_err_restore(pending);
    }
    if (r == 0) {
        if (t->must_cancel) {
            t->must_cancel = 0;
            future_cancel(t, t->cancel_msg);
        } else {
            future_set_result(t, out);
        }
        return 0;
    }
    if (r < 0) {
        TrValue e = tr_err_fetch();
        if (tr_isinstance_type(e, cancelled_error)) {
            t->cancelled_exc = e;
            future_cancel(t, 0);
            return 0;
        }
        future_set_exception(t, e);
        if (tr_isinstance_type(e, TR_EXC_TYPE(KeyboardInterrupt)) || tr_isinstance_type(e, TR_EXC_TYPE(SystemExit))) {
            tr_err_restore(e);
            return -1;
        }
        return 0;
    }
    if (is_future(out) && ((Future *)out)->blocking) {
        Future *w = (Future *)out;
        if (w == t) return step_with_error(t, tr_str_fmt("Task cannot await on itself: %R", task));
        w->blocking = 0;
        add_done_handle(w, handle_c(task_wakeup, task, 0));
        t->waiter = w;
        if (t->must_cancel && cancel_any(w, t->cancel_msg)) t->must_cancel = 0;
        return 0;
    }
    if (is_future(out))
        return step_with_error(t, tr_str_fmt("yield was used instead of yield from in task %R with %R", task, out));
    if (out == tr_None) {
        call_soon(t->loop, handle_c(task_step_cb, task, 0));
        return 0;
    }
    if (TR_TYPE(out) == &tr_generator_type)
        return step_with_error(
            t, tr_str_fmt("yield was used instead of yield from for generator in task %R with %R", task, out));
    return step_with_error(t, tr_str_fmt("Task got bad yield: %R", out));
}

/* _wrap_awaitable(aw): a coroutine that awaits any awaitable (for ensure_future). */
typedef struct WrapFrame { TrValue arg, aw; } WrapFrame;
static const TrCode wrap_code = {"_wrap_awaitable", "_wrap_awaitable", "asyncio", 0, 0, 0, 0, 0, 0, 0};

static TrValue wrap_resume(TrGen *g, TrValue sent) {
    WrapFrame *F = g->frame;
    TrValue out = 0;
    int r;
    switch (g->state) {
    case 0:
        if (!sent || !(F->aw = tr_awaitable(F->arg, 0))) break;
        AWAIT(1, F->aw)
        if (r < 0) out = 0;
    }
    g->state = -1;
    return out;
}

/* ensure_future: a future stays itself, a coroutine (or another awaitable, wrapped in
 * a coroutine) becomes a task. */
static Future *ensure_future(Loop *L, TrValue v) {
    if (is_future(v)) return (Future *)v;
    if (TR_TYPE(v) == &tr_coroutine_type) return task_new(L, v, 0, 0);
    if (!tr_type_lookup(TR_TYPE(v), TR_INTERN("__await__"))) {
        tr_err(TR_EXC_TYPE(TypeError), "An asyncio.Future, a coroutine or an awaitable is required");
        return 0;
    }
    TrValue c = c_coro_new(&wrap_code, wrap_resume, sizeof(WrapFrame));
    ((WrapFrame *)((TrGen *)c)->frame)->arg = v;
    return task_new(L, c, 0, 0);
}

/* ================================================================ gather */

static int gather_child_done(TrValue outer_v, TrValue child_v) {
    Future *outer = (Future *)outer_v, *child = (Future *)child_v;
    outer->nfinished++;
    if (outer->state != PENDING) return 0;
    if (!outer->return_exceptions) {
        if (child->state == CANCELLED) {
            TrValue e = make_cancelled_error(child);
            return e ? future_set_exception(outer, e) : -1;
        }
        if (child->exception) return future_set_exception(outer, child->exception);
    }
    if (outer->nfinished < outer->nfuts) return 0;
    TrList *ch = TR_LIST(outer->children);
    TrValue results = tr_list_new(ch->len);
    for (size_t i = 0; i < ch->len; i++) {
        Future *c = (Future *)tr_list_items(ch)[i];
        TrValue res;
        if (c->state == CANCELLED)
            res = tr_call1((TrValue)cancelled_error, c->cancel_msg ? c->cancel_msg : tr_str_from_cstr(""));
        else
            res = c->exception ? c->exception : c->result;
        if (!res) return -1;
        tr_list_append(results, res);
    }
    if (outer->cancel_requested) {
        TrValue e = make_cancelled_error(child);
        return e ? future_set_exception(outer, e) : -1;
    }
    return future_set_result(outer, results);
}

static int gather_cancel(Future *g, TrValue msg) {
    if (g->state != PENDING) return 0;
    int ret = 0;
    TrList *ch = TR_LIST(g->children);
    for (size_t i = 0; i < ch->len; i++)
        if (cancel_any((Future *)tr_list_items(ch)[i], msg)) ret = 1;
    if (ret) g->cancel_requested = 1;
    return ret;
}

static Future *gather(Loop *L, TrValue *aws, size_t n, int return_exceptions) {
    Future *outer = future_new(&gathering_type, L);
    outer->children = tr_list_new(n);
    outer->return_exceptions = return_exceptions;
    if (!n) {
        future_set_result(outer, tr_list_new(0));
        return outer;
    }
    for (size_t i = 0; i < n; i++) {
        Future *f = 0;
        for (size_t j = 0; j < i && !f; j++) /* the same awaitable twice: one future */
            if (aws[j] == aws[i]) f = (Future *)tr_list_items(TR_LIST(outer->children))[j];
        if (!f) {
            f = ensure_future(L, aws[i]);
            if (!f) return 0;
            outer->nfuts++;
            add_done_handle(f, handle_c(gather_child_done, (TrValue)outer, 0));
        }
        tr_list_append(outer->children, (TrValue)f);
    }
    return outer;
}

static TrValue aio_gather(TrValue *args, size_t nargs, TrValue kwnames) {
    int return_exceptions = 0;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++) {
        TrValue k = TR_TUPLE(kwnames)->items[i];
        if (!tr_str_eq_cstr(k, "return_exceptions"))
            return tr_err(TR_EXC_TYPE(TypeError), "gather() got an unexpected keyword argument '%s'", tr_str_cstr(k));
        if ((return_exceptions = tr_truthy(args[nargs + i])) < 0) return 0;
    }
    return (TrValue)gather(event_loop(), args, nargs, return_exceptions);
}

/* ================================================================ sleep */

static int set_result_unless_cancelled(TrValue fut, TrValue result) {
    Future *f = (Future *)fut;
    if (f->state == CANCELLED) return 0;
    return future_set_result(f, result);
}

typedef struct SleepFrame { double delay; TrValue result, aw; Handle *timer; } SleepFrame;
static const TrCode sleep_code = {"sleep", "sleep", "asyncio", 0, 0, 0, 0, 0, 0, 0};

static TrValue sleep_resume(TrGen *g, TrValue sent) {
    SleepFrame *F = g->frame;
    TrValue out;
    int r;
    switch (g->state) {
    case 0:
        if (!sent) break;
        if (F->delay <= 0) { /* one bare yield: the task runs again at the next iteration */
            g->state = 1;
            return tr_None;
        }
        {
            Loop *L = running_loop();
            if (!L) break;
            Future *f = future_new(&future_type, L);
            F->timer = call_later(L, F->delay, handle_c(set_result_unless_cancelled, (TrValue)f, F->result));
            AWAIT(2, future_iter_new(f))
            F->timer->cancelled = 1;
            if (r < 0) break;
            g->state = -1;
            return out;
        }
    case 1:
        if (!sent) break;
        g->state = -1;
        return F->result;
    }
    g->state = -1;
    return 0;
}

static TrValue aio_sleep(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"delay", "result", 0};
    TrValue a[2] = {0, 0};
    if (tr_parse_args("sleep", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    double d;
    if (tr_as_double(a[0], &d) < 0) return 0;
    TrValue c = c_coro_new(&sleep_code, sleep_resume, sizeof(SleepFrame));
    SleepFrame *F = ((TrGen *)c)->frame;
    F->delay = d;
    F->result = a[1] ? a[1] : tr_None;
    return c;
}

/* ================================================================ wait_for */

static int release_waiter(TrValue waiter, TrValue unused) {
    Future *w = (Future *)waiter;
    return w->state == PENDING ? future_set_result(w, tr_None) : 0;
}

/* What wait_for does once the inner future has been cancelled and has finished. */
enum { AFTER_TIMEOUT, AFTER_CANCELLED };
typedef struct WaitForFrame {
    TrValue arg, aw, saved_exc;
    double timeout;
    int has_timeout, after;
    Future *fut, *waiter, *cw_waiter;
    Handle *timer;
} WaitForFrame;
static const TrCode wait_for_code = {"wait_for", "wait_for", "asyncio", 0, 0, 0, 0, 0, 0, 0};

/* fut.result() where a CancelledError means the timeout expired. */
static TrValue result_or_timeout(Future *f) {
    TrValue r = future_result(f);
    if (r || !tr_err_is(cancelled_error)) return r;
    TrValue cause = tr_err_fetch();
    TrValue te = tr_call0((TrValue)TR_EXC_TYPE(TimeoutError));
    if (te) tr_raise_from(te, cause);
    return 0;
}

static TrValue wait_for_resume(TrGen *g, TrValue sent) {
    WaitForFrame *F = g->frame;
    TrValue out = 0;
    int r;
    Loop *L;
    switch (g->state) {
    case 0:
        if (!sent || !(L = running_loop())) break;
        if (!F->has_timeout) {
            TrValue it = tr_awaitable(F->arg, 0);
            if (!it) break;
            AWAIT(1, it)
            g->state = -1;
            return r < 0 ? 0 : out;
        }
        if (!(F->fut = ensure_future(L, F->arg))) break;
        if (F->timeout <= 0) {
            if (F->fut->state != PENDING) { out = future_result(F->fut); break; }
            F->after = AFTER_TIMEOUT;
            goto cancel_and_wait;
        }
        F->waiter = future_new(&future_type, L);
        F->timer = call_later(L, F->timeout, handle_c(release_waiter, (TrValue)F->waiter, 0));
        add_done_handle(F->fut, handle_c(release_waiter, (TrValue)F->waiter, 0));
        AWAIT(2, future_iter_new(F->waiter))
        if (r < 0) {
            if (!tr_err_is(cancelled_error)) break;
            if (F->fut->state != PENDING) {
                tr_err_clear();
                out = future_result(F->fut);
                break;
            }
            F->saved_exc = tr_err_fetch();
            F->after = AFTER_CANCELLED;
        } else {
            if (F->fut->state != PENDING) { out = future_result(F->fut); break; }
            F->after = AFTER_TIMEOUT;
        }
        remove_done_callbacks(F->fut, release_waiter, (TrValue)F->waiter, 0);
    cancel_and_wait:
        F->cw_waiter = future_new(&future_type, F->fut->loop);
        add_done_handle(F->fut, handle_c(release_waiter, (TrValue)F->cw_waiter, 0));
        cancel_any(F->fut, 0);
        AWAIT(3, future_iter_new(F->cw_waiter))
        remove_done_callbacks(F->fut, release_waiter, (TrValue)F->cw_waiter, 0);
        if (r < 0) break;
        if (F->after == AFTER_CANCELLED) tr_err_restore(F->saved_exc);
        else out = result_or_timeout(F->fut);
        break;
    }
    if (F->timer) F->timer->cancelled = 1;
    g->state = -1;
    return out;
}

static TrValue aio_wait_for(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fut", "timeout", 0};
    TrValue a[2] = {0, 0};
    if (tr_parse_args("wait_for", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue c = c_coro_new(&wait_for_code, wait_for_resume, sizeof(WaitForFrame));
    WaitForFrame *F = ((TrGen *)c)->frame;
    F->arg = a[0];
    if (a[1] != tr_None) {
        F->has_timeout = 1;
        if (tr_as_double(a[1], &F->timeout) < 0) return 0;
    }
    return c;
}

/* ================================================================ wait, shield */

enum { FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED };
static const char *const return_when_names[] = {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"};

typedef struct WaitFrame {
    TrValue arg, fs, aw;     /* fs: list of the distinct futures */
    double timeout;
    int has_timeout, return_when;
    int64_t counter;
    Future *waiter;
    Handle *timer;
} WaitFrame;
static const TrCode wait_code = {"wait", "wait", "asyncio", 0, 0, 0, 0, 0, 0, 0};

/* A future of wait() finished: wake the waiter when return_when is satisfied. */
static int wait_on_completion(TrValue coro, TrValue fut) {
    WaitFrame *F = ((TrGen *)coro)->frame;
    Future *f = (Future *)fut;
    F->counter--;
    if (F->counter <= 0 || F->return_when == FIRST_COMPLETED ||
        (F->return_when == FIRST_EXCEPTION && f->state != CANCELLED && f->exception)) {
        if (F->timer) F->timer->cancelled = 1;
        if (F->waiter->state == PENDING) return future_set_result(F->waiter, tr_None);
    }
    return 0;
}

/* The futures of wait(fs) (set(fs) as a list), checked as CPython's wait() does. */
static TrValue wait_futures(TrValue fs) {
    if (is_future(fs) || TR_TYPE(fs) == &tr_coroutine_type)
        return tr_err(TR_EXC_TYPE(TypeError), "expect a list of futures, not %s", TR_TYPE_NAME(fs));
    TrValue set = tr_set_new(fs);
    TrValue list = set ? tr_list_from_iterable(set) : 0;
    if (!list) return 0;
    if (!TR_LIST(list)->len) return tr_err(TR_EXC_TYPE(ValueError), "Set of Tasks/Futures is empty.");
    for (size_t i = 0; i < TR_LIST(list)->len; i++) {
        TrValue f = tr_list_items(TR_LIST(list))[i];
        if (TR_TYPE(f) == &tr_coroutine_type)
            return tr_err(TR_EXC_TYPE(TypeError), "Passing coroutines is forbidden, use tasks explicitly.");
        if (!is_future(f)) return tr_err(TR_EXC_TYPE(TypeError), "An asyncio.Future or Task is required");
    }
    return list;
}

static TrValue wait_resume(TrGen *g, TrValue sent) {
    WaitFrame *F = g->frame;
    TrValue out = 0;
    int r;
    Loop *L;
    switch (g->state) {
    case 0:
        if (!sent || !(F->fs = wait_futures(F->arg)) || !(L = running_loop())) break;
        F->waiter = future_new(&future_type, L);
        if (F->has_timeout) F->timer = call_later(L, F->timeout, handle_c(release_waiter, (TrValue)F->waiter, 0));
        F->counter = TR_LIST(F->fs)->len;
        for (size_t i = 0; i < TR_LIST(F->fs)->len; i++)
            add_done_handle((Future *)tr_list_items(TR_LIST(F->fs))[i], handle_c(wait_on_completion, (TrValue)g, 0));
        AWAIT(1, future_iter_new(F->waiter))
        if (F->timer) F->timer->cancelled = 1;
        for (size_t i = 0; i < TR_LIST(F->fs)->len; i++)
            remove_done_callbacks((Future *)tr_list_items(TR_LIST(F->fs))[i], wait_on_completion, (TrValue)g, 0);
        if (r < 0) break;
        TrValue done = tr_set_new(0), pending = tr_set_new(0);
        for (size_t i = 0; i < TR_LIST(F->fs)->len; i++) {
            TrValue f = tr_list_items(TR_LIST(F->fs))[i];
            if (tr_set_add(((Future *)f)->state != PENDING ? done : pending, f) < 0) { out = 0; goto finished; }
        }
        out = tr_tuple_pack(2, done, pending);
    }
finished:
    g->state = -1;
    return out;
}

static TrValue aio_wait(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fs", "$timeout", "$return_when", 0};
    TrValue a[3] = {0, 0, 0};
    if (tr_parse_args("wait", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    int rw = ALL_COMPLETED;
    if (a[2]) {
        for (rw = 0; rw < 3; rw++)
            if (tr_str_check(a[2]) && tr_str_eq_cstr(a[2], return_when_names[rw])) break;
        if (rw == 3) return tr_err(TR_EXC_TYPE(ValueError), "Invalid return_when value: %S", a[2]);
    }
    TrValue c = c_coro_new(&wait_code, wait_resume, sizeof(WaitFrame));
    WaitFrame *F = ((TrGen *)c)->frame;
    F->arg = a[0];
    F->return_when = rw;
    if (a[1] && a[1] != tr_None) {
        F->has_timeout = 1;
        if (tr_as_double(a[1], &F->timeout) < 0) return 0;
    }
    return c;
}

static int shield_inner_done(TrValue outer_v, TrValue inner_v) {
    Future *outer = (Future *)outer_v, *inner = (Future *)inner_v;
    if (outer->state == CANCELLED) return 0;
    if (inner->state == CANCELLED) {
        future_cancel(outer, 0);
        return 0;
    }
    if (inner->exception) return future_set_exception(outer, inner->exception);
    return future_set_result(outer, inner->result);
}

static int shield_outer_done(TrValue inner_v, TrValue outer_v) {
    Future *inner = (Future *)inner_v;
    if (inner->state == PENDING) remove_done_callbacks(inner, shield_inner_done, outer_v, 0);
    return 0;
}

/* shield(aw): a future that mirrors aw's outcome, whose cancellation leaves aw running. */
static TrValue aio_shield(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("shield", kwnames) < 0 || tr_check_nargs("shield", nargs, 1, 1) < 0) return 0;
    Loop *L = is_future(args[0]) ? ((Future *)args[0])->loop : running_loop();
    Future *inner = L ? ensure_future(L, args[0]) : 0;
    if (!inner) return 0;
    if (inner->state != PENDING) return (TrValue)inner;
    Future *outer = future_new(&future_type, inner->loop);
    add_done_handle(inner, handle_c(shield_inner_done, (TrValue)outer, 0));
    add_done_handle(outer, handle_c(shield_outer_done, (TrValue)inner, 0));
    return (TrValue)outer;
}

/* ================================================================ run */

static int stop_loop(TrValue loop, TrValue fut) {
    ((Loop *)loop)->stopping = 1;
    return 0;
}

static TrValue run_until_complete(Loop *L, Future *f) {
    add_done_handle(f, handle_c(stop_loop, (TrValue)L, 0));
    int rc;
    do rc = run_once(L);
    while (rc == 0 && !L->stopping);
    L->stopping = 0;
    remove_done_callbacks(f, stop_loop, (TrValue)L, 0);
    if (rc < 0) return 0;
    if (f->state == PENDING) return tr_err(TR_EXC_TYPE(RuntimeError), "Event loop stopped before Future completed.");
    return future_result(f);
}

/* asyncio.run's shutdown: cancel the tasks still pending and let them finish. */
static void cancel_all_tasks(Loop *L) {
    TrValue pending = tr_list_new(0);
    TrList *tl = TR_LIST(L->tasks);
    for (size_t i = 0; i < tl->len; i++)
        if (((Future *)tr_list_items(tl)[i])->state == PENDING) tr_list_append(pending, tr_list_items(tl)[i]);
    TrList *pl = TR_LIST(pending);
    if (!pl->len) return;
    for (size_t i = 0; i < pl->len; i++) task_cancel((Future *)tr_list_items(pl)[i], 0);
    Future *all = gather(L, tr_list_items(pl), pl->len, 1);
    if (!all || !run_until_complete(L, all)) {
        tr_err_clear();
        return;
    }
    for (size_t i = 0; i < pl->len; i++) {
        Future *t = (Future *)tr_list_items(pl)[i];
        if (t->state == FINISHED && t->exception) {
            fprintf(stderr, "unhandled exception during asyncio.run() shutdown\n");
            tr_print_exception(t->exception);
        }
    }
}

/* The firstiter hook: remember async generators to finalize them at shutdown. */
static void track_asyncgen(TrValue agen) {
    if (S.running) tr_weak_list_add(&S.running->asyncgens, agen);
}

static int start_aclose_task(TrValue loop, TrValue aclose) {
    if (ensure_future((Loop *)loop, aclose)) return 0;
    TrValue exc = tr_err_fetch();
    fprintf(stderr, "an error occurred during closing of asynchronous generator\n");
    tr_print_exception(exc);
    return 0;
}

/* The finalizer hook: an async generator its `async for` dropped unfinished is closed
 * by a task the loop starts on its next round (CPython's _asyncgen_finalizer_hook). */
static void finalize_asyncgen(TrValue agen) {
    Loop *L = S.running;
    if (!L || L->closed) return;
    TrValue aclose = tr_call_method_cstr(agen, "aclose", 0);
    if (aclose) call_soon(L, handle_c(start_aclose_task, (TrValue)L, aclose));
    else tr_err_clear();
}

/* asyncio.run's loop.shutdown_asyncgens(): aclose() the async generators left
 * suspended, concurrently. */
static void shutdown_asyncgens(Loop *L) {
    TrValue closing = tr_list_new(0);
    TrList *gl = TR_LIST(tr_weak_list_items(&L->asyncgens));
    L->asyncgens = (TrWeakList){0};
    for (size_t i = 0; i < gl->len; i++) {
        TrGen *ag = (TrGen *)tr_list_items(gl)[i];
        if (ag->closed || ag->state == -1) continue;
        TrValue aw = tr_call_method_cstr((TrValue)ag, "aclose", 0);
        if (!aw) { tr_err_clear(); continue; }
        tr_list_append(closing, aw);
    }
    TrList *cl = TR_LIST(closing);
    if (!cl->len) return;
    Future *all = gather(L, tr_list_items(cl), cl->len, 1);
    TrValue results = all ? run_until_complete(L, all) : 0;
    if (!results) {
        tr_err_clear();
        return;
    }
    for (size_t i = 0; i < TR_LIST(results)->len; i++) {
        TrValue r = tr_list_items(TR_LIST(results))[i];
        if (tr_isinstance_type(r, TR_EXC_TYPE(Exception))) {
            fprintf(stderr, "an error occurred during closing of asynchronous generator\n");
            tr_print_exception(r);
        }
    }
}

static TrValue aio_run(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"main", "$debug", 0};
    TrValue a[2] = {0, 0};
    if (tr_parse_args("run", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (S.running) return tr_err(TR_EXC_TYPE(RuntimeError), "asyncio.run() cannot be called from a running event loop");
    if (TR_TYPE(a[0]) != &tr_coroutine_type)
        return tr_err(TR_EXC_TYPE(ValueError), "a coroutine was expected, got %R", a[0]);
    Loop *L = loop_new();
    S.running = L;
    Future *t = task_new(L, a[0], 0, 0);
    TrValue r = t ? run_until_complete(L, t) : 0;
    TrValue err = r ? 0 : tr_err_fetch();
    cancel_all_tasks(L);
    shutdown_asyncgens(L);
    uv_release(L);
    S.running = 0;
    if (err) tr_err_restore(err);
    return r;
}

static TrValue aio_create_task(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"coro", "$name", "$context", 0};
    TrValue a[3] = {0, 0, 0};
    if (tr_parse_args("create_task", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (TR_TYPE(a[0]) != &tr_coroutine_type)
        return tr_err(TR_EXC_TYPE(TypeError), "a coroutine was expected, got %R", a[0]);
    Loop *L = running_loop();
    if (!L) return 0;
    return (TrValue)task_new(L, a[0], a[1], a[2]);
}

static TrValue aio_ensure_future(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("ensure_future", nargs, 1, 1) < 0) return 0;
    return (TrValue)ensure_future(event_loop(), args[0]);
}

static TrValue aio_current_task(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("current_task", nargs, 0, 1) < 0) return 0;
    if (!running_loop()) return 0;
    return S.current_task ? (TrValue)S.current_task : tr_None;
}

static TrValue aio_all_tasks(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("all_tasks", nargs, 0, 1) < 0) return 0;
    Loop *L = running_loop();
    if (!L) return 0;
    TrValue s = tr_set_new(0);
    TrList *tl = TR_LIST(L->tasks);
    for (size_t i = 0; i < tl->len; i++)
        if (((Future *)tr_list_items(tl)[i])->state == PENDING && tr_set_add(s, tr_list_items(tl)[i]) < 0) return 0;
    return s;
}

static TrValue aio_get_running_loop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_running_loop", nargs, 0, 0) < 0) return 0;
    return (TrValue)running_loop();
}

static TrValue aio_get_event_loop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_event_loop", nargs, 0, 0) < 0) return 0;
    return (TrValue)event_loop();
}

static TrValue aio_new_event_loop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("new_event_loop", nargs, 0, 0) < 0) return 0;
    return (TrValue)loop_new();
}

static TrValue aio_set_event_loop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("set_event_loop", nargs, 1, 1) < 0) return 0;
    if (args[0] != tr_None && TR_TYPE(args[0]) != &loop_type)
        return tr_err(TR_EXC_TYPE(TypeError), "loop must be an instance of AbstractEventLoop or None, not '%s'",
                      TR_TYPE_NAME(args[0]));
    S.idle = args[0] == tr_None ? 0 : (Loop *)args[0];
    return tr_None;
}

static int is_coroutine_function(TrValue f) {
    if (TR_TYPE(f) == &tr_method_type) f = ((TrMethod *)f)->func;
    return TR_TYPE(f) == &tr_function_type && (((TrFunc *)f)->code->flags & TR_CO_COROUTINE);
}

static TrValue aio_iscoroutinefunction(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("iscoroutinefunction", nargs, 1, 1) < 0) return 0;
    return tr_bool(is_coroutine_function(args[0]));
}

static TrValue aio_iscoroutine(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("iscoroutine", nargs, 1, 1) < 0) return 0;
    return tr_bool(TR_TYPE(args[0]) == &tr_coroutine_type);
}

/* ================================================================ loop methods */

static TrValue loop_time_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("time", nargs - 1, 0, 0) < 0) return 0;
    return tr_float_new(monotonic());
}

/* The only keyword of call_soon/call_later/call_at (`context=`, after *args): 0 when
 * absent, -1 on another keyword. */
static int context_keyword(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, TrValue *context) {
    *context = 0;
    for (size_t i = 0; kwnames && i < TR_TUPLE(kwnames)->len; i++) {
        TrValue key = TR_TUPLE(kwnames)->items[i];
        if (strcmp(tr_str_cstr(key), "context")) {
            tr_err(TR_EXC_TYPE(TypeError), "%s() got an unexpected keyword argument '%s'", fname, tr_str_cstr(key));
            return -1;
        }
        *context = args[nargs + i];
    }
    return 0;
}

static TrValue loop_call_soon_m(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue context;
    if (tr_check_nargs("call_soon", nargs - 1, 1, (size_t)-1) < 0 ||
        context_keyword("BaseEventLoop.call_soon", args, nargs, kwnames, &context) < 0)
        return 0;
    return (TrValue)call_soon((Loop *)args[0], handle_py_in(args[1], tr_tuple_from(args + 2, nargs - 2), context));
}

static TrValue loop_call_later_m(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue context;
    if (tr_check_nargs("call_later", nargs - 1, 2, (size_t)-1) < 0 ||
        context_keyword("BaseEventLoop.call_later", args, nargs, kwnames, &context) < 0)
        return 0;
    double d;
    if (tr_as_double(args[1], &d) < 0) return 0;
    return (TrValue)call_later((Loop *)args[0], d, handle_py_in(args[2], tr_tuple_from(args + 3, nargs - 3), context));
}

static TrValue loop_create_future_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("create_future", nargs - 1, 0, 0) < 0) return 0;
    return (TrValue)future_new(&future_type, (Loop *)args[0]);
}

static TrValue loop_create_task_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("create_task", nargs - 1, 1, 1) < 0) return 0;
    if (TR_TYPE(args[1]) != &tr_coroutine_type)
        return tr_err(TR_EXC_TYPE(TypeError), "a coroutine was expected, got %R", args[1]);
    return (TrValue)task_new((Loop *)args[0], args[1], 0, 0);
}

/* The classic API: loop.run_until_complete(aw), run_forever() until stop(), close(). */
static int loop_enter(Loop *L) {
    if (L->closed) { tr_err(TR_EXC_TYPE(RuntimeError), "Event loop is closed"); return -1; }
    if (L == S.running) { tr_err(TR_EXC_TYPE(RuntimeError), "This event loop is already running"); return -1; }
    if (S.running) {
        tr_err(TR_EXC_TYPE(RuntimeError), "Cannot run the event loop while another loop is running");
        return -1;
    }
    S.running = L;
    return 0;
}

static TrValue loop_run_until_complete_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("run_until_complete", nargs - 1, 1, 1) < 0) return 0;
    Loop *L = (Loop *)args[0];
    if (loop_enter(L) < 0) return 0;
    Future *f = ensure_future(L, args[1]);
    TrValue r = f ? run_until_complete(L, f) : 0;
    S.running = 0;
    return r;
}

static TrValue loop_run_forever_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("run_forever", nargs - 1, 0, 0) < 0) return 0;
    Loop *L = (Loop *)args[0];
    if (loop_enter(L) < 0) return 0;
    int rc;
    do rc = run_once(L);
    while (rc == 0 && !L->stopping);
    L->stopping = 0;
    S.running = 0;
    return rc < 0 ? 0 : tr_None;
}

static TrValue loop_stop_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("stop", nargs - 1, 0, 0) < 0) return 0;
    ((Loop *)args[0])->stopping = 1;
    return tr_None;
}

static TrValue loop_close_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("close", nargs - 1, 0, 0) < 0) return 0;
    Loop *L = (Loop *)args[0];
    if (L == S.running) return tr_err(TR_EXC_TYPE(RuntimeError), "Cannot close a running event loop");
    L->closed = 1;
    L->rlen = L->ntimers = 0;
    uv_release(L);
    return tr_None;
}

static TrValue loop_is_closed_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("is_closed", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(((Loop *)args[0])->closed);
}

static TrValue loop_is_running_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("is_running", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool((Loop *)args[0] == S.running);
}

/* ================================================================ future methods */

static TrValue future_new_m(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("Future", nargs, 0, 0) < 0) return 0;
    return (TrValue)future_new(&future_type, event_loop());
}

static TrValue task_new_m(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"coro", "$loop", "$name", "$context", 0};
    TrValue a[4] = {0, 0, 0, 0};
    if (tr_parse_args("Task", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (TR_TYPE(a[0]) != &tr_coroutine_type)
        return tr_err(TR_EXC_TYPE(TypeError), "a coroutine was expected, got %R", a[0]);
    if (a[1] && a[1] != tr_None && TR_TYPE(a[1]) != &loop_type)
        return tr_err(TR_EXC_TYPE(TypeError), "loop must be an event loop, not '%s'", TR_TYPE_NAME(a[1]));
    return (TrValue)task_new(a[1] && a[1] != tr_None ? (Loop *)a[1] : event_loop(), a[0], a[2], a[3]);
}

#define SELF ((Future *)args[0])

static TrValue fut_result_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("result", nargs - 1, 0, 0) < 0) return 0;
    return future_result(SELF);
}

static TrValue fut_exception_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("exception", nargs - 1, 0, 0) < 0) return 0;
    Future *f = SELF;
    if (f->state == CANCELLED) {
        TrValue e = make_cancelled_error(f);
        if (e) tr_raise(e);
        return 0;
    }
    if (f->state != FINISHED) return tr_err(invalid_state_error, "Exception is not set.");
    return f->exception ? f->exception : tr_None;
}

static TrValue fut_set_result_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("set_result", nargs - 1, 1, 1) < 0) return 0;
    return future_set_result(SELF, args[1]) < 0 ? 0 : tr_None;
}

static TrValue fut_set_exception_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("set_exception", nargs - 1, 1, 1) < 0) return 0;
    return future_set_exception(SELF, args[1]) < 0 ? 0 : tr_None;
}

static TrValue fut_done_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("done", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(SELF->state != PENDING);
}

static TrValue fut_cancelled_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("cancelled", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(SELF->state == CANCELLED);
}

static TrValue fut_cancel_m(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/self", "msg", 0};
    TrValue a[2] = {0, 0};
    if (tr_parse_args("cancel", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return tr_bool(cancel_any(SELF, a[1] && a[1] != tr_None ? a[1] : 0));
}

static TrValue fut_add_done_callback_m(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/self", "fn", "$context", 0};
    TrValue a[3] = {0, 0, 0};
    if (tr_parse_args("add_done_callback", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    Handle *h = handle_py_in(a[1], 0, a[2]);
    if (!h) return 0;
    add_done_handle(SELF, h);
    return tr_None;
}

static TrValue fut_remove_done_callback_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("remove_done_callback", nargs - 1, 1, 1) < 0) return 0;
    int n = remove_done_callbacks(SELF, 0, 0, args[1]);
    return n < 0 ? 0 : TR_FROM_SMALL(n);
}

static TrValue fut_get_loop_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_loop", nargs - 1, 0, 0) < 0) return 0;
    return (TrValue)SELF->loop;
}

static TrValue fut_await_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__await__", nargs - 1, 0, 0) < 0) return 0;
    return future_iter_new(SELF);
}

static TrValue task_get_name_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_name", nargs - 1, 0, 0) < 0) return 0;
    return SELF->name;
}

static TrValue task_set_name_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("set_name", nargs - 1, 1, 1) < 0) return 0;
    TrValue s = tr_str(args[1]);
    if (!s) return 0;
    SELF->name = s;
    return tr_None;
}

static TrValue task_get_coro_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_coro", nargs - 1, 0, 0) < 0) return 0;
    return SELF->coro;
}

static TrValue task_cancelling_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("cancelling", nargs - 1, 0, 0) < 0) return 0;
    return TR_FROM_SMALL(SELF->num_cancels);
}

static TrValue task_uncancel_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("uncancel", nargs - 1, 0, 0) < 0) return 0;
    if (SELF->num_cancels > 0) SELF->num_cancels--;
    return TR_FROM_SMALL(SELF->num_cancels);
}

#undef SELF

/* <Future pending>, <Future finished result=3>, <Task cancelled name='Task-2' coro=...> */
static TrValue future_repr(TrValue self) {
    Future *f = (Future *)self;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_printf(&b, "<%s %s", TR_TYPE_NAME(self), state_names[f->state]);
    if (TR_TYPE(self) == &task_type) {
        tr_buf_adds(&b, " name=");
        if (tr_buf_add_repr(&b, f->name) < 0) return 0;
        tr_buf_adds(&b, " coro=");
        if (tr_buf_add_repr(&b, f->coro) < 0) return 0;
    }
    if (f->state == FINISHED) {
        tr_buf_adds(&b, f->exception ? " exception=" : " result=");
        if (tr_buf_add_repr(&b, f->exception ? f->exception : f->result) < 0) return 0;
    }
    tr_buf_addc(&b, '>');
    return tr_buf_finish(&b);
}

static TrValue future_get_blocking(TrValue self) { return tr_bool(((Future *)self)->blocking); }

/* ================================================================ Queue, Event, Lock */

/* Waiting in these primitives is `await fut` on a fresh future kept in a waiters list;
 * one C coroutine (SyncWait) runs every such wait, with per-operation hooks. */
typedef struct Queue {
    TrObject ob;
    TrValue items;            /* list used as a deque (head index) */
    size_t head;
    int64_t maxsize, unfinished;
    TrValue getters, putters; /* lists of futures */
    TrValue finished;         /* Event */
} Queue;

typedef struct Event { TrObject ob; TrValue waiters; int value; } Event;
typedef struct Lock { TrObject ob; TrValue waiters; int locked; } Lock;
typedef struct Semaphore { TrObject ob; TrValue waiters; int64_t value, bound; } Semaphore;

static size_t queue_len(Queue *q) { return TR_LIST(q->items)->len - q->head; }
static int queue_full(Queue *q) { return q->maxsize > 0 && (int64_t)queue_len(q) >= q->maxsize; }

/* Wake the first waiter that is still pending (CPython's _wakeup_next). */
static void wakeup_next(TrValue waiters) {
    TrList *w = TR_LIST(waiters);
    while (w->len) {
        TrValue *items = tr_list_items(w);
        Future *f = (Future *)items[0];
        memmove(items, items + 1, sizeof(TrValue) * --w->len);
        if (f->state == PENDING) {
            future_set_result(f, tr_None);
            break;
        }
    }
}

static void list_remove_item(TrValue list, TrValue item) {
    TrList *l = TR_LIST(list);
    for (size_t i = 0; i < l->len; i++)
        if (tr_list_items(l)[i] == item) {
            memmove(tr_list_items(l) + i, tr_list_items(l) + i + 1, sizeof(TrValue) * (l->len - i - 1));
            l->len--;
            return;
        }
}

static void event_set(Event *e) {
    if (e->value) return;
    e->value = 1;
    TrList *w = TR_LIST(e->waiters);
    for (size_t i = 0; i < w->len; i++) {
        Future *f = (Future *)tr_list_items(w)[i];
        if (f->state == PENDING) future_set_result(f, tr_True);
    }
}

static TrValue queue_put_nowait(Queue *q, TrValue item) {
    if (queue_full(q)) {
        tr_raise((TrValue)queue_full_error);
        return 0;
    }
    tr_list_append(q->items, item);
    q->unfinished++;
    ((Event *)q->finished)->value = 0;
    wakeup_next(q->getters);
    return tr_None;
}

static TrValue queue_get_nowait(Queue *q) {
    if (!queue_len(q)) {
        tr_raise((TrValue)queue_empty_error);
        return 0;
    }
    TrList *l = TR_LIST(q->items);
    TrValue v = tr_list_items(l)[q->head];
    tr_list_items(l)[q->head++] = 0;
    if (q->head == l->len) q->head = l->len = 0;
    else if (q->head > 32 && q->head * 2 > l->len) {
        memmove(tr_list_items(l), tr_list_items(l) + q->head, sizeof(TrValue) * (l->len - q->head));
        l->len -= q->head;
        q->head = 0;
    }
    wakeup_next(q->putters);
    return v;
}

/* The operations that may wait.  ready(): 1 = done (result in *out), 0 = must wait,
 * -1 = error; waiters(): the list a new future joins; woken(): after the future is
 * done, 1 to finish with *out or 0 to check ready() again; failed(): cleanup when the
 * wait raised (the exception stays current).  arg: the item of put(); for
 * Lock.acquire, None when it runs as __aenter__ (whose result is None). */
typedef struct SyncOp {
    TrCode code;
    int (*ready)(TrValue obj, TrValue arg, TrValue *out);
    TrValue (*waiters)(TrValue obj);
    int (*woken)(TrValue obj, TrValue arg, Future *fut, TrValue *out);
    void (*failed)(TrValue obj, Future *fut);
} SyncOp;

static int queue_get_ready(TrValue obj, TrValue arg, TrValue *out) {
    if (!queue_len((Queue *)obj)) return 0;
    *out = queue_get_nowait((Queue *)obj);
    return *out ? 1 : -1;
}
static int queue_put_ready(TrValue obj, TrValue arg, TrValue *out) {
    if (queue_full((Queue *)obj)) return 0;
    *out = queue_put_nowait((Queue *)obj, arg);
    return *out ? 1 : -1;
}
static TrValue queue_getters(TrValue obj) { return ((Queue *)obj)->getters; }
static TrValue queue_putters(TrValue obj) { return ((Queue *)obj)->putters; }
static int woken_retry(TrValue obj, TrValue arg, Future *fut, TrValue *out) { return 0; }
static void queue_get_failed(TrValue obj, Future *fut) {
    Queue *q = (Queue *)obj;
    future_cancel(fut, 0);
    list_remove_item(q->getters, (TrValue)fut);
    if (queue_len(q) && fut->state != CANCELLED) wakeup_next(q->getters);
}
static void queue_put_failed(TrValue obj, Future *fut) {
    Queue *q = (Queue *)obj;
    future_cancel(fut, 0);
    list_remove_item(q->putters, (TrValue)fut);
    if (!queue_full(q) && fut->state != CANCELLED) wakeup_next(q->putters);
}
static int queue_join_ready(TrValue obj, TrValue arg, TrValue *out) {
    *out = tr_None;
    return ((Queue *)obj)->unfinished <= 0;
}
static TrValue queue_finished_waiters(TrValue obj) { return ((Event *)((Queue *)obj)->finished)->waiters; }
static int event_woken(TrValue obj, TrValue arg, Future *fut, TrValue *out) {
    list_remove_item(((Event *)obj)->waiters, (TrValue)fut);
    *out = tr_True;
    return 1;
}
static int join_woken(TrValue obj, TrValue arg, Future *fut, TrValue *out) {
    event_woken(((Queue *)obj)->finished, arg, fut, out);
    *out = tr_None;
    return 1;
}
static void event_failed(TrValue obj, Future *fut) { list_remove_item(((Event *)obj)->waiters, (TrValue)fut); }
static void join_failed(TrValue obj, Future *fut) { event_failed(((Queue *)obj)->finished, fut); }
static int event_wait_ready(TrValue obj, TrValue arg, TrValue *out) {
    *out = tr_True;
    return ((Event *)obj)->value;
}
static TrValue event_waiters(TrValue obj) { return ((Event *)obj)->waiters; }

static void lock_wake_first(Lock *l) {
    TrList *w = TR_LIST(l->waiters);
    if (w->len && ((Future *)tr_list_items(w)[0])->state == PENDING) future_set_result((Future *)tr_list_items(w)[0], tr_True);
}
static int lock_acquire_ready(TrValue obj, TrValue arg, TrValue *out) {
    Lock *l = (Lock *)obj;
    if (l->locked) return 0;
    TrList *w = TR_LIST(l->waiters);
    for (size_t i = 0; i < w->len; i++)
        if (((Future *)tr_list_items(w)[i])->state != CANCELLED) return 0;
    l->locked = 1;
    *out = arg ? arg : tr_True;
    return 1;
}
static TrValue lock_waiters(TrValue obj) { return ((Lock *)obj)->waiters; }
static int lock_woken(TrValue obj, TrValue arg, Future *fut, TrValue *out) {
    Lock *l = (Lock *)obj;
    list_remove_item(l->waiters, (TrValue)fut);
    l->locked = 1;
    *out = arg ? arg : tr_True;
    return 1;
}
static void lock_failed(TrValue obj, Future *fut) {
    Lock *l = (Lock *)obj;
    list_remove_item(l->waiters, (TrValue)fut);
    if (tr_err_is(cancelled_error) && !l->locked) lock_wake_first(l);
}

static int sema_locked(Semaphore *s) {
    if (s->value == 0) return 1;
    TrList *w = TR_LIST(s->waiters);
    for (size_t i = 0; i < w->len; i++)
        if (((Future *)tr_list_items(w)[i])->state != CANCELLED) return 1;
    return 0;
}
/* Hand the semaphore to the first waiter still pending (CPython's _wake_up_next). */
static void sema_wake_up_next(Semaphore *s) {
    TrList *w = TR_LIST(s->waiters);
    for (size_t i = 0; i < w->len; i++) {
        Future *f = (Future *)tr_list_items(w)[i];
        if (f->state == PENDING) {
            s->value--;
            future_set_result(f, tr_True);
            return;
        }
    }
}
static int sema_acquire_ready(TrValue obj, TrValue arg, TrValue *out) {
    Semaphore *s = (Semaphore *)obj;
    if (sema_locked(s)) return 0;
    s->value--;
    *out = arg ? arg : tr_True;
    return 1;
}
static TrValue sema_waiters(TrValue obj) { return ((Semaphore *)obj)->waiters; }
static int sema_woken(TrValue obj, TrValue arg, Future *fut, TrValue *out) {
    Semaphore *s = (Semaphore *)obj;
    list_remove_item(s->waiters, (TrValue)fut);
    if (s->value > 0) sema_wake_up_next(s);
    *out = arg ? arg : tr_True;
    return 1;
}
static void sema_failed(TrValue obj, Future *fut) {
    Semaphore *s = (Semaphore *)obj;
    list_remove_item(s->waiters, (TrValue)fut);
    if (tr_err_is(cancelled_error) && fut->state != CANCELLED) {
        s->value++;
        sema_wake_up_next(s);
    }
}

#define SYNC_CODE(name) {name, name, "asyncio", 0, 0, 0, 0, 0, 0, 0}
enum { OP_GET, OP_PUT, OP_JOIN, OP_WAIT, OP_ACQUIRE, OP_SEM_ACQUIRE, OP_COUNT };
static const SyncOp sync_ops[OP_COUNT] = {
    [OP_GET] = {SYNC_CODE("Queue.get"), queue_get_ready, queue_getters, woken_retry, queue_get_failed},
    [OP_PUT] = {SYNC_CODE("Queue.put"), queue_put_ready, queue_putters, woken_retry, queue_put_failed},
    [OP_JOIN] = {SYNC_CODE("Queue.join"), queue_join_ready, queue_finished_waiters, join_woken, join_failed},
    [OP_WAIT] = {SYNC_CODE("Event.wait"), event_wait_ready, event_waiters, event_woken, event_failed},
    [OP_ACQUIRE] = {SYNC_CODE("Lock.acquire"), lock_acquire_ready, lock_waiters, lock_woken, lock_failed},
    [OP_SEM_ACQUIRE] = {SYNC_CODE("Semaphore.acquire"), sema_acquire_ready, sema_waiters, sema_woken, sema_failed},
};

typedef struct SyncFrame { const SyncOp *op; TrValue obj, arg, aw; Future *fut; } SyncFrame;

static TrValue sync_resume(TrGen *g, TrValue sent) {
    SyncFrame *F = g->frame;
    TrValue out = 0;
    int r;
    switch (g->state) {
    case 0:
        if (!sent) break;
        for (;;) {
            r = F->op->ready(F->obj, F->arg, &out);
            if (r) break;
            Loop *L = running_loop();
            if (!L) break;
            F->fut = future_new(&future_type, L);
            tr_list_append(F->op->waiters(F->obj), (TrValue)F->fut);
            AWAIT(1, future_iter_new(F->fut))
            if (r < 0) {
                F->op->failed(F->obj, F->fut);
                break;
            }
            if (F->op->woken(F->obj, F->arg, F->fut, &out)) break;
        }
        if (r < 0) out = 0;
    }
    g->state = -1;
    return out;
}

static TrValue sync_op_start(int op, TrValue obj, TrValue arg) {
    TrValue c = c_coro_new(&sync_ops[op].code, sync_resume, sizeof(SyncFrame));
    SyncFrame *F = ((TrGen *)c)->frame;
    F->op = &sync_ops[op];
    F->obj = obj;
    F->arg = arg;
    return c;
}

static TrValue event_new_instance(void) {
    Event *e = (Event *)tr_object_alloc(&event_type, sizeof(Event));
    e->waiters = tr_list_new(0);
    return (TrValue)e;
}

static Queue *queue_create(void) {
    Queue *q = (Queue *)tr_object_alloc(&queue_type, sizeof(Queue));
    q->items = tr_list_new(0);
    q->getters = tr_list_new(0);
    q->putters = tr_list_new(0);
    q->finished = event_new_instance();
    ((Event *)q->finished)->value = 1;
    return q;
}

static TrValue queue_new_m(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"maxsize", 0};
    TrValue a[1] = {0};
    if (tr_parse_args("Queue", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    Queue *q = queue_create();
    if (a[0] && tr_index(a[0], &q->maxsize) < 0) return 0;
    return (TrValue)q;
}

#define Q ((Queue *)args[0])
static TrValue queue_put_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("put", nargs - 1, 1, 1) < 0) return 0;
    return sync_op_start(OP_PUT, args[0], args[1]);
}
static TrValue queue_get_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get", nargs - 1, 0, 0) < 0) return 0;
    return sync_op_start(OP_GET, args[0], 0);
}
static TrValue queue_join_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("join", nargs - 1, 0, 0) < 0) return 0;
    return sync_op_start(OP_JOIN, args[0], 0);
}
static TrValue queue_put_nowait_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("put_nowait", nargs - 1, 1, 1) < 0) return 0;
    return queue_put_nowait(Q, args[1]);
}
static TrValue queue_get_nowait_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_nowait", nargs - 1, 0, 0) < 0) return 0;
    return queue_get_nowait(Q);
}
static TrValue queue_task_done_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("task_done", nargs - 1, 0, 0) < 0) return 0;
    if (Q->unfinished <= 0) return tr_err(TR_EXC_TYPE(ValueError), "task_done() called too many times");
    if (--Q->unfinished == 0) event_set((Event *)Q->finished);
    return tr_None;
}
static TrValue queue_qsize_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("qsize", nargs - 1, 0, 0) < 0) return 0;
    return TR_FROM_SMALL(queue_len(Q));
}
static TrValue queue_empty_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("empty", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(!queue_len(Q));
}
static TrValue queue_full_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("full", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(queue_full(Q));
}
static TrValue queue_get_maxsize(TrValue self) { return tr_int_from_i64(((Queue *)self)->maxsize); }
#undef Q

static TrValue event_new_m(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("Event", nargs, 0, 0) < 0) return 0;
    return event_new_instance();
}
static TrValue event_set_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("set", nargs - 1, 0, 0) < 0) return 0;
    event_set((Event *)args[0]);
    return tr_None;
}
static TrValue event_clear_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("clear", nargs - 1, 0, 0) < 0) return 0;
    ((Event *)args[0])->value = 0;
    return tr_None;
}
static TrValue event_is_set_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("is_set", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(((Event *)args[0])->value);
}
static TrValue event_wait_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("wait", nargs - 1, 0, 0) < 0) return 0;
    return sync_op_start(OP_WAIT, args[0], 0);
}

static TrValue lock_new_m(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("Lock", nargs, 0, 0) < 0) return 0;
    Lock *l = (Lock *)tr_object_alloc(&lock_type, sizeof(Lock));
    l->waiters = tr_list_new(0);
    return (TrValue)l;
}
static TrValue lock_acquire_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("acquire", nargs - 1, 0, 0) < 0) return 0;
    return sync_op_start(OP_ACQUIRE, args[0], 0);
}
static TrValue lock_release_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("release", nargs - 1, 0, 0) < 0) return 0;
    Lock *l = (Lock *)args[0];
    if (!l->locked) return tr_err(TR_EXC_TYPE(RuntimeError), "Lock is not acquired.");
    l->locked = 0;
    lock_wake_first(l);
    return tr_None;
}
static TrValue lock_locked_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("locked", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(((Lock *)args[0])->locked);
}

static TrValue sema_new_m(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"value", 0};
    TrValue a[1] = {0};
    if (tr_parse_args(type->name, args, nargs, kwnames, kw, 0, a) < 0) return 0;
    Semaphore *s = (Semaphore *)tr_object_alloc(type, sizeof(Semaphore));
    s->value = 1;
    if (a[0] && tr_index(a[0], &s->value) < 0) return 0;
    if (s->value < 0) return tr_err(TR_EXC_TYPE(ValueError), "Semaphore initial value must be >= 0");
    s->bound = type == &bounded_semaphore_type ? s->value : -1;
    s->waiters = tr_list_new(0);
    return (TrValue)s;
}
static TrValue sema_acquire_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("acquire", nargs - 1, 0, 0) < 0) return 0;
    return sync_op_start(OP_SEM_ACQUIRE, args[0], 0);
}
static TrValue sema_release_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("release", nargs - 1, 0, 0) < 0) return 0;
    Semaphore *s = (Semaphore *)args[0];
    if (s->bound >= 0 && s->value >= s->bound)
        return tr_err(TR_EXC_TYPE(ValueError), "BoundedSemaphore released too many times");
    s->value++;
    sema_wake_up_next(s);
    return tr_None;
}
static TrValue sema_locked_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("locked", nargs - 1, 0, 0) < 0) return 0;
    return tr_bool(sema_locked((Semaphore *)args[0]));
}

/* async with lock/semaphore: __aenter__ acquires (result None), __aexit__ releases and
 * returns a coroutine that finishes at once. */
static TrValue aenter_acquire_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__aenter__", nargs - 1, 0, 0) < 0) return 0;
    return sync_op_start(TR_TYPE(args[0]) == &lock_type ? OP_ACQUIRE : OP_SEM_ACQUIRE, args[0], tr_None);
}

/* A coroutine that finishes at once with a value (the results of __aenter__/__aexit__
 * whose work is synchronous). */
static TrValue done_coro_resume(TrGen *g, TrValue sent) {
    g->state = -1;
    return sent ? *(TrValue *)g->frame : 0;
}
static const TrCode ctx_code = {"__aexit__", "__aexit__", "asyncio", 0, 0, 0, 0, 0, 0, 0};
static TrValue done_coro(TrValue result) {
    TrValue c = c_coro_new(&ctx_code, done_coro_resume, sizeof(TrValue));
    *(TrValue *)((TrGen *)c)->frame = result;
    return c;
}

static TrValue aexit_release_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__aexit__", nargs - 1, 3, 3) < 0) return 0;
    if (!tr_call_method_cstr(args[0], "release", 0)) return 0;
    return done_coro(tr_None);
}

/* ---------------------------------------------------------------- timeout() */
/* As CPython 3.11.2 (the reference of the tests) has it: no bookkeeping of earlier
 * cancellation requests, a plain `raise TimeoutError` (context, no cause). */

enum { T_CREATED, T_ENTERED, T_EXPIRING, T_EXPIRED, T_EXITED };
static const char *const timeout_states[] = {"created", "active", "expiring", "expired", "finished"};
typedef struct Timeout {
    TrObject ob;
    int state, has_when;
    double when;
    Handle *handler;
    Future *task;
} Timeout;

static TrValue timeout_new(int has_when, double when) {
    Timeout *t = (Timeout *)tr_object_alloc(&timeout_type, sizeof(Timeout));
    t->has_when = has_when;
    t->when = when;
    return (TrValue)t;
}

static int timeout_fire(TrValue self, TrValue unused) {
    Timeout *t = (Timeout *)self;
    task_cancel(t->task, 0);
    t->state = T_EXPIRING;
    t->handler = 0;
    return 0;
}

static TrValue timeout_reschedule(Timeout *t, TrValue when) {
    if (t->state == T_CREATED) {
        tr_raise((TrValue)TR_EXC_TYPE(AssertionError));
        return 0;
    }
    if (t->state != T_ENTERED)
        return tr_err(TR_EXC_TYPE(RuntimeError), "Cannot change state of %s Timeout", timeout_states[t->state]);
    t->has_when = when != tr_None;
    if (t->has_when && tr_as_double(when, &t->when) < 0) return 0;
    if (t->handler) t->handler->cancelled = 1;
    t->handler = 0;
    if (!t->has_when) return tr_None;
    Loop *L = running_loop();
    if (!L) return 0;
    Handle *h = handle_c(timeout_fire, (TrValue)t, 0);
    t->handler = t->when <= monotonic() ? call_soon(L, h) : call_at(L, t->when, h);
    return tr_None;
}

static TrValue timeout_when_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("when", nargs - 1, 0, 0) < 0) return 0;
    Timeout *t = (Timeout *)args[0];
    return t->has_when ? tr_float_new(t->when) : tr_None;
}

static TrValue timeout_reschedule_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("reschedule", nargs - 1, 1, 1) < 0) return 0;
    return timeout_reschedule((Timeout *)args[0], args[1]);
}

static TrValue timeout_expired_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("expired", nargs - 1, 0, 0) < 0) return 0;
    int s = ((Timeout *)args[0])->state;
    return tr_bool(s == T_EXPIRING || s == T_EXPIRED);
}

static TrValue timeout_aenter_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__aenter__", nargs - 1, 0, 0) < 0) return 0;
    Timeout *t = (Timeout *)args[0];
    if (!running_loop()) return 0;
    t->state = T_ENTERED;
    t->task = S.current_task;
    if (!t->task) return tr_err(TR_EXC_TYPE(RuntimeError), "Timeout should be used inside a task");
    if (!timeout_reschedule(t, t->has_when ? tr_float_new(t->when) : tr_None)) return 0;
    return done_coro(args[0]);
}

/* Leaving the block: a cancellation this timeout caused becomes TimeoutError. */
static TrValue timeout_aexit_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__aexit__", nargs - 1, 3, 3) < 0) return 0;
    Timeout *t = (Timeout *)args[0];
    if (t->handler) t->handler->cancelled = 1;
    t->handler = 0;
    if (t->state == T_EXPIRING) {
        t->state = T_EXPIRED;
        if (t->task->num_cancels > 0) t->task->num_cancels--;
        if (t->task->num_cancels == 0 && args[1] == (TrValue)cancelled_error) {
            tr_raise((TrValue)TR_EXC_TYPE(TimeoutError));
            return 0;
        }
    } else if (t->state == T_ENTERED) {
        t->state = T_EXITED;
    }
    return done_coro(tr_None);
}

static TrValue timeout_repr(TrValue self) {
    Timeout *t = (Timeout *)self;
    if (t->state != T_ENTERED) return tr_str_fmt("<Timeout [%s]>", timeout_states[t->state]);
    if (!t->has_when) return tr_str_from_cstr("<Timeout [active] when=None>");
    return tr_str_fmt("<Timeout [active] when=%R>", tr_float_round(tr_float_new(t->when), TR_FROM_SMALL(3)));
}

static TrValue aio_timeout(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("timeout", kwnames) < 0 || tr_check_nargs("timeout", nargs, 1, 1) < 0) return 0;
    if (!running_loop()) return 0;
    double d = 0;
    if (args[0] != tr_None && tr_as_double(args[0], &d) < 0) return 0;
    return timeout_new(args[0] != tr_None, monotonic() + d);
}

static TrValue aio_timeout_at(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("timeout_at", kwnames) < 0 || tr_check_nargs("timeout_at", nargs, 1, 1) < 0) return 0;
    double w = 0;
    if (args[0] != tr_None && tr_as_double(args[0], &w) < 0) return 0;
    return timeout_new(args[0] != tr_None, w);
}

/* ================================================================ as_completed */

/* as_completed(fs): an iterator of len(fs) coroutines; each awaits the next future to
 * finish (through a Queue the futures' callbacks fill) and returns its result.  Like
 * CPython's generator it does its work (and raises) at the first next(). */
typedef struct AsCompleted {
    TrObject ob;
    TrValue fs, timeout;     /* the arguments, until started */
    int started;
    Queue *done;
    TrValue todo;            /* list of futures not finished yet */
    Handle *timer;
    size_t remaining;        /* coroutines still to hand out */
} AsCompleted;
static TrType as_completed_type;

static int as_completed_on_completion(TrValue self, TrValue fut) {
    AsCompleted *a = (AsCompleted *)self;
    if (!TR_LIST(a->todo)->len) return 0; /* the timeout came first */
    list_remove_item(a->todo, fut);
    if (!queue_put_nowait(a->done, fut)) return -1;
    if (!TR_LIST(a->todo)->len && a->timer) a->timer->cancelled = 1;
    return 0;
}

static int as_completed_on_timeout(TrValue self, TrValue unused) {
    AsCompleted *a = (AsCompleted *)self;
    TrList *todo = TR_LIST(a->todo);
    for (size_t i = 0; i < todo->len; i++) {
        remove_done_callbacks((Future *)tr_list_items(todo)[i], as_completed_on_completion, self, 0);
        if (!queue_put_nowait(a->done, tr_None)) return -1;
    }
    todo->len = 0;
    return 0;
}

typedef struct WaitOneFrame { AsCompleted *owner; TrValue aw; } WaitOneFrame;
static const TrCode wait_one_code = {"_wait_for_one", "as_completed.<locals>._wait_for_one", "asyncio", 0, 0, 0, 0, 0, 0, 0};

static TrValue wait_one_resume(TrGen *g, TrValue sent) {
    WaitOneFrame *F = g->frame;
    TrValue out = 0;
    int r;
    switch (g->state) {
    case 0:
        if (!sent) break;
        AWAIT(1, sync_op_start(OP_GET, (TrValue)F->owner->done, 0))
        if (r < 0) out = 0;
        else if (out == tr_None) {
            tr_raise((TrValue)TR_EXC_TYPE(TimeoutError));
            out = 0;
        } else {
            out = future_result((Future *)out);
        }
    }
    g->state = -1;
    return out;
}

static int as_completed_start(AsCompleted *ac) {
    ac->started = 1;
    if (is_future(ac->fs) || TR_TYPE(ac->fs) == &tr_coroutine_type) {
        tr_err(TR_EXC_TYPE(TypeError), "expect an iterable of futures, not %s", TR_TYPE_NAME(ac->fs));
        return -1;
    }
    Loop *L = running_loop();
    TrValue set = L ? tr_set_new(ac->fs) : 0;
    TrValue fs = set ? tr_list_from_iterable(set) : 0;
    if (!fs) return -1;
    ac->done = queue_create();
    ac->todo = tr_list_new(0);
    for (size_t i = 0; i < TR_LIST(fs)->len; i++) {
        Future *f = ensure_future(L, tr_list_items(TR_LIST(fs))[i]);
        if (!f) return -1;
        tr_list_append(ac->todo, (TrValue)f);
    }
    for (size_t i = 0; i < TR_LIST(ac->todo)->len; i++)
        add_done_handle((Future *)tr_list_items(TR_LIST(ac->todo))[i], handle_c(as_completed_on_completion, (TrValue)ac, 0));
    ac->remaining = TR_LIST(ac->todo)->len;
    if (ac->remaining && ac->timeout && ac->timeout != tr_None) {
        double t;
        if (tr_as_double(ac->timeout, &t) < 0) return -1;
        ac->timer = call_later(L, t, handle_c(as_completed_on_timeout, (TrValue)ac, 0));
    }
    return 0;
}

static TrValue as_completed_next(TrValue self) {
    AsCompleted *a = (AsCompleted *)self;
    if (!a->started && as_completed_start(a) < 0) return 0;
    if (!a->remaining) return 0;
    a->remaining--;
    TrValue c = c_coro_new(&wait_one_code, wait_one_resume, sizeof(WaitOneFrame));
    ((WaitOneFrame *)((TrGen *)c)->frame)->owner = a;
    return c;
}

static TrValue as_completed_iter(TrValue self) { return self; }

static TrValue aio_as_completed(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fs", "$timeout", 0};
    TrValue a[2] = {0, 0};
    if (tr_parse_args("as_completed", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    AsCompleted *ac = (AsCompleted *)tr_object_alloc(&as_completed_type, sizeof(AsCompleted));
    ac->fs = a[0];
    ac->timeout = a[1];
    return (TrValue)ac;
}

/* ================================================================ I/O: polls */

/* add_reader/add_writer on one descriptor: a uv_poll watching the events that have a
 * callback; a ready descriptor puts its callback's handle on the ready queue, as
 * CPython's selector loop does in _process_events. */
typedef struct Poll {
    TrObject ob;
    Loop *loop;
    int fd;
    Handle *reader, *writer;
    uv_poll_t uv;
} Poll;

static void poll_cb(uv_poll_t *w, int status, int events) {
    Poll *p = w->data;
    if (status < 0) events = UV_READABLE | UV_WRITABLE;
    if ((events & UV_READABLE) && p->reader && !p->reader->cancelled) ready_push(p->loop, p->reader);
    if ((events & UV_WRITABLE) && p->writer && !p->writer->cancelled) ready_push(p->loop, p->writer);
}

/* The descriptor of an int or of an object with fileno() (CPython's _fileobj_to_fd). */
static int fileobj_fd(TrValue obj) {
    int64_t fd;
    if (tr_int_check(obj)) {
        if (tr_index(obj, &fd) < 0) return -1;
    } else {
        TrValue r = tr_call_method_cstr(obj, "fileno", 0);
        if (!r) {
            if (tr_err_is(TR_EXC_TYPE(AttributeError))) {
                tr_err_clear();
                tr_err(TR_EXC_TYPE(ValueError), "Invalid file object: %R", obj);
            }
            return -1;
        }
        if (tr_index(r, &fd) < 0) return -1;
    }
    if (fd < 0 || fd > INT32_MAX) {
        tr_err(TR_EXC_TYPE(ValueError), "Invalid file descriptor: %lld", (long long)fd);
        return -1;
    }
    return (int)fd;
}

/* Sets errno from a libuv error code and raises the matching OSError. */
static TrValue uv_error(int rc) {
    errno = -rc;
    return tr_err_errno(TR_EXC_TYPE(OSError), 0);
}

/* Starts or stops watching p's descriptor for the events that have a callback. */
static int poll_update(Poll *p) {
    int events = (p->reader ? UV_READABLE : 0) | (p->writer ? UV_WRITABLE : 0);
    int rc = events ? uv_poll_start(&p->uv, events, poll_cb) : uv_poll_stop(&p->uv);
    if (rc < 0) { uv_error(rc); return -1; }
    return 0;
}

static Poll *poll_for(Loop *L, int fd) {
    TrValue key = tr_int_from_i64(fd);
    Poll *p = (Poll *)tr_dict_get(L->polls, key);
    if (p) return p;
    p = (Poll *)tr_object_alloc(&poll_type, sizeof(Poll));
    p->loop = L;
    p->fd = fd;
    int rc = uv_poll_init(uv_for(L), &p->uv, fd);
    if (rc < 0) return (Poll *)uv_error(rc);
    p->uv.data = p;
    tr_dict_set(L->polls, key, (TrValue)p);
    return p;
}

static TrValue add_io(const char *name, TrValue *args, size_t nargs, int writing) {
    if (tr_check_nargs(name, nargs - 1, 2, (size_t)-1) < 0) return 0;
    Loop *L = (Loop *)args[0];
    int fd = fileobj_fd(args[1]);
    Poll *p = fd < 0 ? 0 : poll_for(L, fd);
    if (!p) return 0;
    Handle **slot = writing ? &p->writer : &p->reader;
    if (*slot) (*slot)->cancelled = 1;
    Handle *h = handle_py(args[2], tr_tuple_from(args + 3, nargs - 3));
    if (!h) return 0;
    *slot = h;
    return poll_update(p) < 0 ? 0 : tr_None;
}

static TrValue remove_io(const char *name, TrValue *args, size_t nargs, int writing) {
    if (tr_check_nargs(name, nargs - 1, 1, 1) < 0) return 0;
    Loop *L = (Loop *)args[0];
    int fd = fileobj_fd(args[1]);
    if (fd < 0) return 0;
    Poll *p = (Poll *)tr_dict_get(L->polls, tr_int_from_i64(fd));
    Handle **slot = p ? (writing ? &p->writer : &p->reader) : 0;
    if (!slot || !*slot) return tr_False;
    (*slot)->cancelled = 1;
    *slot = 0;
    return poll_update(p) < 0 ? 0 : tr_True;
}

static TrValue loop_add_reader_m(TrValue *args, size_t nargs, TrValue kwnames) { return add_io("add_reader", args, nargs, 0); }
static TrValue loop_add_writer_m(TrValue *args, size_t nargs, TrValue kwnames) { return add_io("add_writer", args, nargs, 1); }
static TrValue loop_remove_reader_m(TrValue *args, size_t nargs, TrValue kwnames) { return remove_io("remove_reader", args, nargs, 0); }
static TrValue loop_remove_writer_m(TrValue *args, size_t nargs, TrValue kwnames) { return remove_io("remove_writer", args, nargs, 1); }

/* ================================================================ I/O: TCP */

/* A TCP connection on a uv_tcp handle (or a subprocess pipe on a uv_pipe): the
 * transport under asyncio's streams (asyncio/streams.tr).  Received data goes to on_data(bytes) (b'' at end of file) and
 * the end of the connection to on_lost(exc or None), both through the ready queue.
 * Writes that the socket does not take at once are queued by libuv; close() waits for
 * them, as CPython's transports do. */
typedef struct Transport {
    TrObject ob;
    Loop *loop;
    TrValue on_data, on_lost;
    TrValue flushed;         /* list of futures resolved when nothing is left to send */
    size_t buffered;         /* bytes queued but not yet sent */
    int reading, closing, eof_written, eof_received;
    char *rbuf;              /* read buffer (GC, not scanned) */
    union { uv_handle_t handle; uv_stream_t stream; uv_tcp_t tcp; uv_pipe_t pipe; } s;
} Transport;

/* A listening socket: on_connection(transport) for each accepted connection. */
typedef struct Listener {
    TrObject ob;
    Loop *loop;
    TrValue on_connection;
    int closed;
    uv_tcp_t tcp;
} Listener;

/* A write, shutdown or connect in progress, kept alive (with its data) until done. */
typedef struct Request {
    TrObject ob;
    Loop *loop;
    Transport *t;
    TrValue data;
    size_t len;
    Future *fut;             /* connect: the future of open_connection */
    TrValue addrs;           /* connect: the addresses left to try (bytes of sockaddr) */
    TrValue errors;          /* connect: an OSError per failed address */
    union { uv_write_t write; uv_shutdown_t shutdown; uv_connect_t connect; } req;
} Request;

static TrValue sockaddr_tuple(const struct sockaddr *sa) {
    char host[INET6_ADDRSTRLEN] = "";
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        uv_ip6_name(a, host, sizeof host);
        return tr_tuple_pack(4, tr_str_from_cstr(host), tr_int_from_i64(ntohs(a->sin6_port)),
                             tr_int_from_i64(ntohl(a->sin6_flowinfo)), tr_int_from_i64(a->sin6_scope_id));
    }
    const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
    uv_ip4_name(a, host, sizeof host);
    return tr_tuple_pack(2, tr_str_from_cstr(host), tr_int_from_i64(ntohs(a->sin_port)));
}

/* getaddrinfo(host, port) for TCP (port: an int or a service name): a list of
 * sockaddrs (as bytes); raises OSError (CPython: socket.gaierror, a subclass). */
static TrValue resolve(TrValue host, TrValue port, int passive) {
    if (host != tr_None && TR_TYPE(host) != &tr_str_type)
        return tr_err(TR_EXC_TYPE(TypeError), "getaddrinfo() argument 1 must be string or None");
    char service[32];
    if (TR_TYPE(port) == &tr_str_type) {
        snprintf(service, sizeof service, "%s", tr_str_cstr(port));
    } else {
        int64_t portnum;
        if (tr_index(port, &portnum) < 0) return 0;
        snprintf(service, sizeof service, "%lld", (long long)portnum);
    }
    struct addrinfo hints = {0}, *res;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = passive ? AI_PASSIVE : 0;
    const char *name = host == tr_None ? NULL : tr_str_cstr(host);
    int rc = getaddrinfo(name && *name ? name : NULL, service, &hints, &res);
    if (rc != 0) {
        TrValue args[2] = {tr_int_from_i64(rc), tr_str_from_cstr(gai_strerror(rc))};
        TrValue exc = tr_call((TrValue)TR_EXC_TYPE(OSError), args, 2, 0);
        if (exc) tr_raise(exc);
        return 0;
    }
    TrValue out = tr_list_new(0);
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next)
        if (ai->ai_family == AF_INET || ai->ai_family == AF_INET6)
            tr_list_append(out, tr_bytes_new((const char *)ai->ai_addr, ai->ai_addrlen));
    freeaddrinfo(res);
    return out;
}

/* A request of L on t's connection; kept alive (keep_alive) from its start until its
 * callback calls let_go. */
static Request *request_new(Loop *L, Transport *t) {
    Request *r = (Request *)tr_object_alloc(&request_type, sizeof(Request));
    r->loop = L;
    r->t = t;
    return r;
}

static Transport *transport_alloc(Loop *L) {
    Transport *t = (Transport *)tr_object_alloc(&transport_type, sizeof(Transport));
    t->loop = L;
    t->flushed = tr_list_new(0);
    return t;
}

/* The handle must be initialized before the transport is kept alive. */
static Transport *transport_new(Loop *L) {
    Transport *t = transport_alloc(L);
    uv_tcp_init(uv_for(L), &t->s.tcp);
    t->s.handle.data = t;
    keep_alive(L, (TrValue)t);
    return t;
}

static void transport_closed_cb(uv_handle_t *h) {
    Transport *t = h->data;
    let_go(t->loop, (TrValue)t);
}

/* The end of a connection: close the handle, tell on_lost (error or None). */
static void transport_lost(Transport *t, TrValue exc) {
    if (uv_is_closing(&t->s.handle)) return;
    uv_close(&t->s.handle, transport_closed_cb);
    TrList *fl = TR_LIST(t->flushed);
    for (size_t i = 0; i < fl->len; i++)
        if (((Future *)tr_list_items(fl)[i])->state == PENDING) future_set_result((Future *)tr_list_items(fl)[i], tr_None);
    t->flushed = tr_list_new(0);
    if (t->on_lost) call_soon(t->loop, handle_py(t->on_lost, tr_tuple_pack(1, exc ? exc : tr_None)));
}

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    Transport *t = h->data;
    if (!t->rbuf) t->rbuf = tr_alloc_atomic(65536);
    *buf = uv_buf_init(t->rbuf, 65536);
}

static TrValue error_value(int rc) {
    uv_error(rc);
    return tr_err_fetch();
}

static void read_cb(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    Transport *t = s->data;
    if (nread == 0) return;
    if (nread > 0) {
        call_soon(t->loop, handle_py(t->on_data, tr_tuple_pack(1, tr_bytes_new(buf->base, nread))));
        return;
    }
    uv_read_stop(s);
    t->reading = 0;
    if (nread == UV_EOF) {
        t->eof_received = 1;
        call_soon(t->loop, handle_py(t->on_data, tr_tuple_pack(1, tr_bytes_new("", 0))));
        if (t->eof_written) transport_lost(t, 0);
        return;
    }
    transport_lost(t, error_value((int)nread));
}

static void flushed(Transport *t) {
    if (t->buffered) return;
    TrList *fl = TR_LIST(t->flushed);
    for (size_t i = 0; i < fl->len; i++)
        if (((Future *)tr_list_items(fl)[i])->state == PENDING) future_set_result((Future *)tr_list_items(fl)[i], tr_None);
    t->flushed = tr_list_new(0);
    if (t->closing) transport_lost(t, 0);
}

static void write_cb(uv_write_t *w, int status) {
    Request *r = w->data;
    Transport *t = r->t;
    let_go(t->loop, (TrValue)r);
    t->buffered -= r->len;
    if (status < 0 && status != UV_ECANCELED) {
        t->buffered = 0;
        transport_lost(t, error_value(status));
        return;
    }
    flushed(t);
}


static TrValue transport_write_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("write", nargs - 1, 1, 1) < 0) return 0;
    Transport *t = (Transport *)args[0];
    TrBuffer view;
    if (tr_get_buffer(args[1], &view) < 0) return 0;
    if (t->eof_written) return tr_err(TR_EXC_TYPE(RuntimeError), "Cannot call write() after write_eof()");
    if (!view.len || t->closing || uv_is_closing(&t->s.handle)) return tr_None;
    uv_buf_t b = uv_buf_init(view.data, view.len);
    int sent = t->buffered ? 0 : uv_try_write(&t->s.stream, &b, 1);
    if (sent < 0 && sent != UV_EAGAIN) {
        transport_lost(t, error_value(sent));
        return tr_None;
    }
    if (sent < 0) sent = 0;
    if ((size_t)sent == view.len) return tr_None;
    Request *r = request_new(t->loop, t);
    keep_alive(t->loop, (TrValue)r);
    r->len = view.len - sent;
    r->data = tr_bytes_new(view.data + sent, r->len);
    r->req.write.data = r;
    b = uv_buf_init(((TrBytes *)r->data)->data, r->len);
    t->buffered += r->len;
    int rc = uv_write(&r->req.write, &t->s.stream, &b, 1, write_cb);
    if (rc < 0) {
        let_go(t->loop, (TrValue)r);
        t->buffered -= r->len;
        transport_lost(t, error_value(rc));
    }
    return tr_None;
}

/* A future resolved once every queued byte is sent (StreamWriter.drain). */
static TrValue transport_flushed_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("flushed", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    Future *f = future_new(&future_type, t->loop);
    if (!t->buffered || uv_is_closing(&t->s.handle)) future_set_result(f, tr_None);
    else tr_list_append(t->flushed, (TrValue)f);
    return (TrValue)f;
}

static TrValue transport_buffer_size_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_write_buffer_size", nargs - 1, 0, 0) < 0) return 0;
    return tr_int_from_i64((int64_t)((Transport *)args[0])->buffered);
}

static void shutdown_cb(uv_shutdown_t *s, int status) {
    Request *r = s->data;
    Transport *t = r->t;
    let_go(t->loop, (TrValue)r);
    if (t->eof_received) transport_lost(t, 0);
}

static TrValue transport_write_eof_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("write_eof", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    if (t->eof_written || t->closing || uv_is_closing(&t->s.handle)) return tr_None;
    t->eof_written = 1;
    Request *r = request_new(t->loop, t);
    keep_alive(t->loop, (TrValue)r);
    r->req.shutdown.data = r;
    int rc = uv_shutdown(&r->req.shutdown, &t->s.stream, shutdown_cb);
    if (rc < 0) let_go(t->loop, (TrValue)r);
    return tr_None;
}

/* start_reading(on_data, on_lost), also resume_reading() after pause_reading(). */
static TrValue transport_start_reading_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("start_reading", nargs - 1, 0, 2) < 0) return 0;
    Transport *t = (Transport *)args[0];
    if (nargs == 3) {
        t->on_data = args[1];
        t->on_lost = args[2];
    }
    if (t->reading || uv_is_closing(&t->s.handle)) return tr_None;
    int rc = uv_read_start(&t->s.stream, alloc_cb, read_cb);
    if (rc < 0) return uv_error(rc);
    t->reading = 1;
    return tr_None;
}

static TrValue transport_pause_reading_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("pause_reading", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    if (t->reading) uv_read_stop(&t->s.stream);
    t->reading = 0;
    return tr_None;
}

/* close(): the connection ends once queued data is sent. */
static TrValue transport_close_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("close", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    if (t->closing) return tr_None;
    t->closing = 1;
    if (t->reading) uv_read_stop(&t->s.stream);
    t->reading = 0;
    flushed(t);
    return tr_None;
}

static TrValue transport_is_closing_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("is_closing", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    return tr_bool(t->closing || uv_is_closing(&t->s.handle));
}

static TrValue tcp_name(uv_tcp_t *tcp, int peer) {
    struct sockaddr_storage ss;
    int len = sizeof ss;
    int rc = peer ? uv_tcp_getpeername(tcp, (struct sockaddr *)&ss, &len)
                  : uv_tcp_getsockname(tcp, (struct sockaddr *)&ss, &len);
    return rc < 0 ? tr_None : sockaddr_tuple((struct sockaddr *)&ss);
}

static TrValue transport_peername_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getpeername", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    return t->s.handle.type == UV_TCP ? tcp_name(&t->s.tcp, 1) : tr_None;
}

static TrValue transport_sockname_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getsockname", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    return t->s.handle.type == UV_TCP ? tcp_name(&t->s.tcp, 0) : tr_None;
}

/* fileno(): the connection's descriptor (-1 once closed), for code that reads it
 * directly while the loop is not running (serveit's WSGI request bodies). */
static TrValue transport_fileno_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fileno", nargs - 1, 0, 0) < 0) return 0;
    Transport *t = (Transport *)args[0];
    uv_os_fd_t fd = -1;
    if (uv_is_closing(&t->s.handle) || uv_fileno(&t->s.handle, &fd) < 0) fd = -1;
    return TR_FROM_SMALL(fd);
}

/* ---------------------------------------------------------------- connect */

static void connect_next(Request *r);

static int resolve_connect(TrValue req, TrValue result) {
    Request *r = (Request *)req;
    if (r->fut->state != PENDING) {
        if (TR_TYPE(result) == &transport_type) transport_lost((Transport *)result, 0);
        return 0;
    }
    if (TR_TYPE(result) == &transport_type) return future_set_result(r->fut, result) < 0 ? -1 : 0;
    return future_set_exception(r->fut, result) < 0 ? -1 : 0;
}

/* The connection to the first address failed with libuv error `status`: remember
 * CPython's OSError for it and drop the address. */
static void connect_failed(Request *r, int status) {
    TrValue addr = tr_list_items(TR_LIST(r->addrs))[0];
    TrValue args[2] = {tr_int_from_i64(-status),
                       tr_str_fmt("Connect call failed %R", sockaddr_tuple((struct sockaddr *)((TrBytes *)addr)->data))};
    TrValue exc = tr_call((TrValue)TR_EXC_TYPE(OSError), args, 2, 0);
    tr_list_append(r->errors, exc ? exc : tr_err_fetch());
    uv_close(&r->t->s.handle, transport_closed_cb);
    r->addrs = tr_list_from(tr_list_items(TR_LIST(r->addrs)) + 1, TR_LIST(r->addrs)->len - 1);
}

static void connect_cb(uv_connect_t *c, int status) {
    Request *r = c->data;
    let_go(r->loop, (TrValue)r);
    if (status == 0) {
        call_soon(r->loop, handle_c(resolve_connect, (TrValue)r, (TrValue)r->t));
        return;
    }
    connect_failed(r, status);
    connect_next(r);
}

/* Tries the addresses left in turn; when none is left, fails with the error (CPython:
 * one error as is, several as "Multiple exceptions: ..."). */
static void connect_next(Request *r) {
    Loop *L = r->loop;
    while (TR_LIST(r->addrs)->len) {
        r->t = transport_new(L);
        r->req.connect.data = r;
        struct sockaddr *sa = (struct sockaddr *)((TrBytes *)tr_list_items(TR_LIST(r->addrs))[0])->data;
        int rc = uv_tcp_connect(&r->req.connect, &r->t->s.tcp, sa, connect_cb);
        if (rc == 0) {
            keep_alive(L, (TrValue)r);
            return;
        }
        connect_failed(r, rc);
    }
    TrList *el = TR_LIST(r->errors);
    TrValue msg = tr_str_from_cstr("getaddrinfo() returned empty list");
    if (el->len > 1) {
        TrBuf b;
        tr_buf_init(&b);
        tr_buf_adds(&b, "Multiple exceptions: ");
        for (size_t i = 0; i < el->len; i++) {
            if (i) tr_buf_adds(&b, ", ");
            tr_buf_add_str(&b, tr_list_items(el)[i]);
        }
        msg = tr_buf_finish(&b);
    }
    TrValue exc = el->len == 1 ? tr_list_items(el)[0] : tr_call((TrValue)TR_EXC_TYPE(OSError), &msg, 1, 0);
    call_soon(L, handle_c(resolve_connect, (TrValue)r, exc ? exc : tr_err_fetch()));
}

/* _tcp_connect(host, port) -> Future of a Transport */
static TrValue aio_tcp_connect(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_tcp_connect", nargs, 2, 2) < 0) return 0;
    Loop *L = running_loop();
    TrValue addrs = L ? resolve(args[0], args[1], 0) : 0;
    if (!addrs) return 0;
    Request *r = request_new(L, 0);
    r->fut = future_new(&future_type, L);
    r->addrs = addrs;
    r->errors = tr_list_new(0);
    connect_next(r);
    return (TrValue)r->fut;
}

/* ---------------------------------------------------------------- listen */

static void connection_cb(uv_stream_t *server, int status) {
    Listener *l = server->data;
    if (status < 0 || l->closed) return;
    Transport *t = transport_new(l->loop);
    if (uv_accept(server, &t->s.stream) < 0) {
        uv_close(&t->s.handle, transport_closed_cb);
        return;
    }
    call_soon(l->loop, handle_py(l->on_connection, tr_tuple_pack(1, (TrValue)t)));
}

static void listener_closed_cb(uv_handle_t *h) {
    Listener *l = h->data;
    let_go(l->loop, (TrValue)l);
}

/* _tcp_listen(host, port, on_connection, backlog) -> [Listener], one per address */
static TrValue aio_tcp_listen(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_tcp_listen", nargs, 4, 4) < 0) return 0;
    Loop *L = running_loop();
    TrValue addrs = L ? resolve(args[0], args[1], 1) : 0;
    int64_t backlog;
    if (!addrs || tr_index(args[3], &backlog) < 0) return 0;
    TrValue out = tr_list_new(0);
    for (size_t i = 0; i < TR_LIST(addrs)->len; i++) {
        struct sockaddr *sa = (struct sockaddr *)((TrBytes *)tr_list_items(TR_LIST(addrs))[i])->data;
        Listener *l = (Listener *)tr_object_alloc(&listener_type, sizeof(Listener));
        l->loop = L;
        l->on_connection = args[2];
        uv_tcp_init(uv_for(L), &l->tcp);
        l->tcp.data = l;
        keep_alive(L, (TrValue)l);
        tr_list_append(out, (TrValue)l);
        int rc = uv_tcp_bind(&l->tcp, sa, sa->sa_family == AF_INET6 ? UV_TCP_IPV6ONLY : 0);
        if (rc == 0) rc = uv_listen((uv_stream_t *)&l->tcp, (int)backlog, connection_cb);
        if (rc < 0) {
            TrValue name = sockaddr_tuple(sa);
            TrValue msg = tr_str_fmt("[Errno %d] error while attempting to bind on address %R: %s", -rc,
                                     tr_tuple_pack(2, TR_TUPLE(name)->items[0], TR_TUPLE(name)->items[1]),
                                     uv_strerror(rc));
            TrValue eargs[2] = {tr_int_from_i64(-rc), msg};
            for (size_t j = 0; j < TR_LIST(out)->len; j++) {
                Listener *o = (Listener *)tr_list_items(TR_LIST(out))[j];
                o->closed = 1;
                uv_close((uv_handle_t *)&o->tcp, listener_closed_cb);
            }
            TrValue exc = tr_call((TrValue)TR_EXC_TYPE(OSError), eargs, 2, 0);
            if (exc) tr_raise(exc);
            return 0;
        }
    }
    return out;
}

static TrValue listener_close_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("close", nargs - 1, 0, 0) < 0) return 0;
    Listener *l = (Listener *)args[0];
    if (!l->closed) uv_close((uv_handle_t *)&l->tcp, listener_closed_cb);
    l->closed = 1;
    return tr_None;
}

static TrValue listener_sockname_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getsockname", nargs - 1, 0, 0) < 0) return 0;
    Listener *l = (Listener *)args[0];
    return l->closed ? tr_err(TR_EXC_TYPE(OSError), "[Errno 9] Bad file descriptor") : tcp_name(&l->tcp, 0);
}

static TrValue listener_repr(TrValue self) {
    Listener *l = (Listener *)self;
    if (l->closed) return tr_str_from_cstr("<asyncio.TransportSocket [closed]>");
    TrValue name = tcp_name(&l->tcp, 0);
    return tr_str_fmt("<asyncio.TransportSocket type=SocketKind.SOCK_STREAM, laddr=%R>", name);
}


/* ================================================================ I/O: subprocesses */

/* A child process started by uv_spawn (asyncio.create_subprocess_exec/shell): its
 * pipes are Transports on uv_pipe handles, its exit resolves `exited` with the return
 * code (-N when killed by signal N). */
typedef struct Child {
    TrObject ob;
    Loop *loop;
    TrValue returncode;      /* None while running */
    TrValue pipes;           /* (stdin, stdout, stderr): Transport or None each */
    Future *exited;
    uv_process_t proc;
} Child;

enum { SPAWN_PIPE = -1, SPAWN_STDOUT = -2, SPAWN_DEVNULL = -3 }; /* asyncio.subprocess */

static void child_closed_cb(uv_handle_t *h) {
    Child *c = h->data;
    let_go(c->loop, (TrValue)c);
}

static void exit_cb(uv_process_t *p, int64_t status, int term_signal) {
    Child *c = p->data;
    c->returncode = tr_int_from_i64(term_signal ? -term_signal : status);
    if (c->exited->state == PENDING) future_set_result(c->exited, c->returncode);
    uv_close((uv_handle_t *)p, child_closed_cb);
}

/* A NULL-terminated char* array of a list of str (GC memory, for one uv_spawn call). */
static char **cstr_array(TrValue seq) {
    TrValue list = tr_list_from_iterable(seq);
    if (!list) return 0;
    TrList *l = TR_LIST(list);
    char **out = tr_alloc(sizeof(char *) * (l->len + 1));
    for (size_t i = 0; i < l->len; i++) {
        TrValue v = tr_list_items(l)[i];
        if (TR_TYPE(v) == &tr_bytes_type) v = tr_str_from_cstr(((TrBytes *)v)->data);
        else if (TR_TYPE(v) != &tr_str_type && !(v = tr_str(v))) return 0;
        out[i] = (char *)tr_str_cstr(v);
    }
    return out;
}

/* The pipe transport of the parent's end `fd`. */
static Transport *pipe_transport(Loop *L, int fd) {
    Transport *t = transport_alloc(L);
    uv_pipe_init(uv_for(L), &t->s.pipe, 0);
    t->s.handle.data = t;
    uv_pipe_open(&t->s.pipe, fd);
    keep_alive(L, (TrValue)t);
    return t;
}

/* _spawn(args, cwd, env, stdin, stdout, stderr) -> Child; each of stdin/stdout/stderr is
 * None (inherit), PIPE, DEVNULL, STDOUT (stderr only) or a file descriptor. */
static TrValue aio_spawn(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_spawn", nargs, 6, 6) < 0) return 0;
    Loop *L = running_loop();
    char **argv = L ? cstr_array(args[0]) : 0;
    if (!argv) return 0;
    if (!argv[0]) return tr_err(TR_EXC_TYPE(ValueError), "args must not be empty");
    char **env = 0;
    if (args[2] != tr_None) {
        TrValue pairs = tr_list_new(0), key, value;
        size_t pos = 0;
        while (tr_dict_next(args[2], &pos, &key, &value)) tr_list_append(pairs, tr_str_fmt("%S=%S", key, value));
        if (!(env = cstr_array(pairs))) return 0;
    }
    uv_stdio_container_t stdio[3];
    int child_fds[3] = {-1, -1, -1}, parent_fds[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        TrValue mode = args[3 + i];
        int64_t m = 0;
        if (mode != tr_None && tr_index(mode, &m) < 0) return 0;
        if (mode == tr_None) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = i;
        } else if (m == SPAWN_PIPE) {
            uv_file fds[2];
            int rc = uv_pipe(fds, 0, 0);
            if (rc < 0) return uv_error(rc);
            child_fds[i] = i == 0 ? fds[0] : fds[1];
            parent_fds[i] = i == 0 ? fds[1] : fds[0];
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = child_fds[i];
        } else if (m == SPAWN_DEVNULL) {
            child_fds[i] = open("/dev/null", (i == 0 ? O_RDONLY : O_WRONLY) | O_CLOEXEC);
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = child_fds[i];
        } else if (m == SPAWN_STDOUT && i == 2) {
            stdio[i] = stdio[1];
        } else if (m >= 0) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = (int)m;
        } else {
            return tr_err(TR_EXC_TYPE(ValueError), "invalid %s argument: %R", (const char *[]){"stdin", "stdout", "stderr"}[i], mode);
        }
    }
    Child *c = (Child *)tr_object_alloc(&child_type, sizeof(Child));
    c->loop = L;
    c->returncode = tr_None;
    c->exited = future_new(&future_type, L);
    uv_process_options_t opts = {0};
    opts.exit_cb = exit_cb;
    opts.file = argv[0];
    opts.args = argv;
    opts.env = env;
    opts.cwd = args[1] == tr_None ? NULL : tr_str_cstr(args[1]);
    opts.stdio_count = 3;
    opts.stdio = stdio;
    int rc = uv_spawn(uv_for(L), &c->proc, &opts);
    for (int i = 0; i < 3; i++)
        if (child_fds[i] >= 0) close(child_fds[i]);
    if (rc < 0) {
        for (int i = 0; i < 3; i++)
            if (parent_fds[i] >= 0) close(parent_fds[i]);
        uv_close((uv_handle_t *)&c->proc, 0);
        errno = -rc;
        return tr_err_errno(TR_EXC_TYPE(OSError), tr_str_from_cstr(argv[0]));
    }
    c->proc.data = c;
    keep_alive(L, (TrValue)c);
    TrValue pipes[3];
    for (int i = 0; i < 3; i++) pipes[i] = parent_fds[i] >= 0 ? (TrValue)pipe_transport(L, parent_fds[i]) : tr_None;
    c->pipes = tr_tuple_from(pipes, 3);
    return (TrValue)c;
}

static TrValue child_pid_get(TrValue self) { return tr_int_from_i64(((Child *)self)->proc.pid); }
static TrValue child_returncode_get(TrValue self) { return ((Child *)self)->returncode; }
static TrValue child_pipes_get(TrValue self) { return ((Child *)self)->pipes; }
static TrValue child_exited_get(TrValue self) { return (TrValue)((Child *)self)->exited; }

/* send_signal(sig): ProcessLookupError once the child has exited, as CPython. */
static TrValue child_send_signal_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("send_signal", nargs - 1, 1, 1) < 0) return 0;
    Child *c = (Child *)args[0];
    int64_t sig;
    if (tr_index(args[1], &sig) < 0) return 0;
    if (c->returncode != tr_None) {
        tr_raise((TrValue)TR_EXC_TYPE(ProcessLookupError));
        return 0;
    }
    int rc = uv_process_kill(&c->proc, (int)sig);
    return rc < 0 ? uv_error(rc) : tr_None;
}

/* ================================================================ executor, signals */

/* run_in_executor(executor, func, *args): there are no threads, so func runs at once,
 * synchronously, and the returned future holds its result or exception. */
static TrValue loop_run_in_executor_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("run_in_executor", nargs - 1, 2, (size_t)-1) < 0) return 0;
    Future *f = future_new(&future_type, (Loop *)args[0]);
    TrValue r = tr_call(args[2], args + 3, nargs - 3, 0);
    int rc = r ? future_set_result(f, r) : future_set_exception(f, tr_err_fetch());
    return rc < 0 ? 0 : (TrValue)f;
}

/* add_signal_handler(sig, callback, *args): a uv_signal whose arrival puts the
 * callback on the ready queue. */
typedef struct SignalWatch {
    TrObject ob;
    Loop *loop;
    Handle *handle;
    uv_signal_t uv;
} SignalWatch;

static void signal_cb(uv_signal_t *s, int signum) {
    SignalWatch *w = s->data;
    if (!w->handle->cancelled) ready_push(w->loop, w->handle);
}

static void signal_closed_cb(uv_handle_t *h) {
    SignalWatch *w = h->data;
    let_go(w->loop, (TrValue)w);
}

/* The watch of signal `sig` on L (a key of L->live: the signal number), or 0. */
static SignalWatch *signal_watch(Loop *L, int64_t sig) {
    TrValue key = tr_int_from_i64(sig);
    TrValue w = tr_dict_get(L->live, key);
    return w ? (SignalWatch *)w : 0;
}

static int check_signal(TrValue v, int64_t *sig) {
    if (tr_index(v, sig) < 0) return -1;
    if (*sig < 1 || *sig >= NSIG) {
        tr_err(TR_EXC_TYPE(ValueError), "sig %lld out of range(1, %d)", (long long)*sig, NSIG);
        return -1;
    }
    return 0;
}

static int remove_signal(Loop *L, int64_t sig) {
    SignalWatch *w = signal_watch(L, sig);
    if (!w) return 0;
    w->handle->cancelled = 1;
    tr_dict_del(L->live, tr_int_from_i64(sig));
    keep_alive(L, (TrValue)w);
    uv_close((uv_handle_t *)&w->uv, signal_closed_cb); /* libuv leaves the signal SIG_DFL */
    if (sig == SIGINT) tr_signal_catch(SIGINT, tr_signal_handler(SIGINT)); /* as CPython: Ctrl-C raises again */
    else tr_signal_forget((int)sig);
    return 1;
}

static TrValue loop_add_signal_handler_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("add_signal_handler", nargs - 1, 2, (size_t)-1) < 0) return 0;
    Loop *L = (Loop *)args[0];
    int64_t sig;
    if (check_signal(args[1], &sig) < 0) return 0;
    if (TR_TYPE(args[2]) == &tr_coroutine_type || is_coroutine_function(args[2]))
        return tr_err(TR_EXC_TYPE(TypeError), "coroutines cannot be used with add_signal_handler()");
    if (sig == SIGKILL || sig == SIGSTOP) {
        errno = EINVAL;
        return tr_err_errno(TR_EXC_TYPE(RuntimeError), 0);
    }
    remove_signal(L, sig);
    SignalWatch *w = (SignalWatch *)tr_object_alloc(&signal_watch_type, sizeof(SignalWatch));
    w->loop = L;
    if (!(w->handle = handle_py(args[2], tr_tuple_from(args + 3, nargs - 3)))) return 0;
    uv_signal_init(uv_for(L), &w->uv);
    w->uv.data = w;
    int rc = uv_signal_start(&w->uv, signal_cb, (int)sig);
    if (rc < 0) return uv_error(rc);
    tr_dict_set(L->live, tr_int_from_i64(sig), (TrValue)w);
    return tr_None;
}

static TrValue loop_remove_signal_handler_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("remove_signal_handler", nargs - 1, 1, 1) < 0) return 0;
    int64_t sig;
    if (check_signal(args[1], &sig) < 0) return 0;
    return tr_bool(remove_signal((Loop *)args[0], sig));
}

/* ================================================================ tables */

static const TrMethodDef handle_methods[] = {
    {"cancel", handle_cancel_m, TR_METH_INSTANCE},
    {"cancelled", handle_cancelled_m, TR_METH_INSTANCE},
    {"when", handle_when_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef loop_methods[] = {
    {"time", loop_time_m, TR_METH_INSTANCE},
    {"call_soon", loop_call_soon_m, TR_METH_INSTANCE},
    {"call_later", loop_call_later_m, TR_METH_INSTANCE},
    {"create_future", loop_create_future_m, TR_METH_INSTANCE},
    {"create_task", loop_create_task_m, TR_METH_INSTANCE},
    {"is_running", loop_is_running_m, TR_METH_INSTANCE},
    {"run_until_complete", loop_run_until_complete_m, TR_METH_INSTANCE},
    {"run_forever", loop_run_forever_m, TR_METH_INSTANCE},
    {"stop", loop_stop_m, TR_METH_INSTANCE},
    {"close", loop_close_m, TR_METH_INSTANCE},
    {"is_closed", loop_is_closed_m, TR_METH_INSTANCE},
    {"add_reader", loop_add_reader_m, TR_METH_INSTANCE},
    {"add_writer", loop_add_writer_m, TR_METH_INSTANCE},
    {"remove_reader", loop_remove_reader_m, TR_METH_INSTANCE},
    {"remove_writer", loop_remove_writer_m, TR_METH_INSTANCE},
    {"run_in_executor", loop_run_in_executor_m, TR_METH_INSTANCE},
    {"call_soon_threadsafe", loop_call_soon_m, TR_METH_INSTANCE},
    {"add_signal_handler", loop_add_signal_handler_m, TR_METH_INSTANCE},
    {"remove_signal_handler", loop_remove_signal_handler_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef transport_methods[] = {
    {"write", transport_write_m, TR_METH_INSTANCE},
    {"write_eof", transport_write_eof_m, TR_METH_INSTANCE},
    {"flushed", transport_flushed_m, TR_METH_INSTANCE},
    {"get_write_buffer_size", transport_buffer_size_m, TR_METH_INSTANCE},
    {"start_reading", transport_start_reading_m, TR_METH_INSTANCE},
    {"pause_reading", transport_pause_reading_m, TR_METH_INSTANCE},
    {"close", transport_close_m, TR_METH_INSTANCE},
    {"is_closing", transport_is_closing_m, TR_METH_INSTANCE},
    {"getpeername", transport_peername_m, TR_METH_INSTANCE},
    {"getsockname", transport_sockname_m, TR_METH_INSTANCE},
    {"fileno", transport_fileno_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef child_methods[] = {
    {"send_signal", child_send_signal_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef listener_methods[] = {
    {"close", listener_close_m, TR_METH_INSTANCE},
    {"getsockname", listener_sockname_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef future_methods[] = {
    {"result", fut_result_m, TR_METH_INSTANCE},
    {"exception", fut_exception_m, TR_METH_INSTANCE},
    {"set_result", fut_set_result_m, TR_METH_INSTANCE},
    {"set_exception", fut_set_exception_m, TR_METH_INSTANCE},
    {"done", fut_done_m, TR_METH_INSTANCE},
    {"cancelled", fut_cancelled_m, TR_METH_INSTANCE},
    {"cancel", fut_cancel_m, TR_METH_INSTANCE},
    {"add_done_callback", fut_add_done_callback_m, TR_METH_INSTANCE},
    {"remove_done_callback", fut_remove_done_callback_m, TR_METH_INSTANCE},
    {"get_loop", fut_get_loop_m, TR_METH_INSTANCE},
    {"__await__", fut_await_m, TR_METH_INSTANCE},
    {"__iter__", fut_await_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef task_methods[] = {
    {"get_name", task_get_name_m, TR_METH_INSTANCE},
    {"set_name", task_set_name_m, TR_METH_INSTANCE},
    {"get_coro", task_get_coro_m, TR_METH_INSTANCE},
    {"cancelling", task_cancelling_m, TR_METH_INSTANCE},
    {"uncancel", task_uncancel_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef future_iter_methods[] = {
    {"send", future_iter_send, TR_METH_INSTANCE},
    {"throw", future_iter_throw, TR_METH_INSTANCE},
    {"close", future_iter_close, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef queue_methods[] = {
    {"put", queue_put_m, TR_METH_INSTANCE},
    {"get", queue_get_m, TR_METH_INSTANCE},
    {"join", queue_join_m, TR_METH_INSTANCE},
    {"put_nowait", queue_put_nowait_m, TR_METH_INSTANCE},
    {"get_nowait", queue_get_nowait_m, TR_METH_INSTANCE},
    {"task_done", queue_task_done_m, TR_METH_INSTANCE},
    {"qsize", queue_qsize_m, TR_METH_INSTANCE},
    {"empty", queue_empty_m, TR_METH_INSTANCE},
    {"full", queue_full_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef event_methods[] = {
    {"set", event_set_m, TR_METH_INSTANCE},
    {"clear", event_clear_m, TR_METH_INSTANCE},
    {"is_set", event_is_set_m, TR_METH_INSTANCE},
    {"wait", event_wait_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef lock_methods[] = {
    {"acquire", lock_acquire_m, TR_METH_INSTANCE},
    {"release", lock_release_m, TR_METH_INSTANCE},
    {"locked", lock_locked_m, TR_METH_INSTANCE},
    {"__aenter__", aenter_acquire_m, TR_METH_INSTANCE},
    {"__aexit__", aexit_release_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef timeout_methods[] = {
    {"when", timeout_when_m, TR_METH_INSTANCE},
    {"reschedule", timeout_reschedule_m, TR_METH_INSTANCE},
    {"expired", timeout_expired_m, TR_METH_INSTANCE},
    {"__aenter__", timeout_aenter_m, TR_METH_INSTANCE},
    {"__aexit__", timeout_aexit_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef semaphore_methods[] = {
    {"acquire", sema_acquire_m, TR_METH_INSTANCE},
    {"release", sema_release_m, TR_METH_INSTANCE},
    {"locked", sema_locked_m, TR_METH_INSTANCE},
    {"__aenter__", aenter_acquire_m, TR_METH_INSTANCE},
    {"__aexit__", aexit_release_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef asyncio_functions[] = {
    {"run", aio_run, TR_METH_STATIC},
    {"sleep", aio_sleep, TR_METH_STATIC},
    {"create_task", aio_create_task, TR_METH_STATIC},
    {"ensure_future", aio_ensure_future, TR_METH_STATIC},
    {"gather", aio_gather, TR_METH_STATIC},
    {"wait_for", aio_wait_for, TR_METH_STATIC},
    {"wait", aio_wait, TR_METH_STATIC},
    {"shield", aio_shield, TR_METH_STATIC},
    {"as_completed", aio_as_completed, TR_METH_STATIC},
    {"timeout", aio_timeout, TR_METH_STATIC},
    {"timeout_at", aio_timeout_at, TR_METH_STATIC},
    {"current_task", aio_current_task, TR_METH_STATIC},
    {"all_tasks", aio_all_tasks, TR_METH_STATIC},
    {"get_running_loop", aio_get_running_loop, TR_METH_STATIC},
    {"get_event_loop", aio_get_event_loop, TR_METH_STATIC},
    {"new_event_loop", aio_new_event_loop, TR_METH_STATIC},
    {"set_event_loop", aio_set_event_loop, TR_METH_STATIC},
    {"iscoroutine", aio_iscoroutine, TR_METH_STATIC},
    {"iscoroutinefunction", aio_iscoroutinefunction, TR_METH_STATIC},
    {"_tcp_connect", aio_tcp_connect, TR_METH_STATIC},
    {"_tcp_listen", aio_tcp_listen, TR_METH_STATIC},
    {"_spawn", aio_spawn, TR_METH_STATIC},
    {0},
};

#define ASYNCIO_TYPE(var, tname, size)                       \
    static TrType var = {                                     \
        .ob = {&tr_type_type}, .name = tname, .basicsize = size, \
    }
ASYNCIO_TYPE(loop_type, "_UnixSelectorEventLoop", sizeof(Loop));
ASYNCIO_TYPE(handle_type, "TimerHandle", sizeof(Handle));
ASYNCIO_TYPE(future_type, "Future", sizeof(Future));
ASYNCIO_TYPE(task_type, "Task", sizeof(Future));
ASYNCIO_TYPE(gathering_type, "_GatheringFuture", sizeof(Future));
ASYNCIO_TYPE(future_iter_type, "FutureIter", sizeof(FutureIter));
ASYNCIO_TYPE(queue_type, "Queue", sizeof(Queue));
ASYNCIO_TYPE(event_type, "Event", sizeof(Event));
ASYNCIO_TYPE(lock_type, "Lock", sizeof(Lock));
ASYNCIO_TYPE(semaphore_type, "Semaphore", sizeof(Semaphore));
ASYNCIO_TYPE(timeout_type, "Timeout", sizeof(Timeout));
ASYNCIO_TYPE(as_completed_type, "as_completed", sizeof(AsCompleted));
ASYNCIO_TYPE(bounded_semaphore_type, "BoundedSemaphore", sizeof(Semaphore));
ASYNCIO_TYPE(poll_type, "_Poll", sizeof(Poll));
ASYNCIO_TYPE(transport_type, "_SelectorSocketTransport", sizeof(Transport));
ASYNCIO_TYPE(listener_type, "TransportSocket", sizeof(Listener));
ASYNCIO_TYPE(request_type, "_Request", sizeof(Request));
ASYNCIO_TYPE(signal_watch_type, "_SignalWatch", sizeof(SignalWatch));
ASYNCIO_TYPE(child_type, "_Child", sizeof(Child));

/* class NAME(BASE) with __module__ = MODULE, as a heap class */
static TrType *new_exception(const char *name, TrType *base, const char *module) {
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr(module));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr(name));
    return (TrType *)tr_class_new(tr_str_from_cstr(name), tr_tuple_pack(1, (TrValue)base), ns, 0, 0);
}

TrValue trmod___asyncio_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&S, sizeof S);
    tr_agen_firstiter_hook = track_asyncgen;
    tr_agen_finalizer_hook = finalize_asyncgen;
    TrValue mod = TR_INTERN("asyncio");
    TrType *types[] = {&loop_type, &handle_type, &future_type, &task_type, &gathering_type, &future_iter_type,
                       &queue_type, &event_type, &lock_type, &semaphore_type, &bounded_semaphore_type, &timeout_type, &as_completed_type,
                       &poll_type, &transport_type, &listener_type, &request_type, &signal_watch_type, &child_type};
    task_type.base = gathering_type.base = &future_type;
    bounded_semaphore_type.base = &semaphore_type;
    future_type.new_ = gathering_type.new_ = future_new_m;
    task_type.new_ = task_new_m;
    queue_type.new_ = queue_new_m;
    event_type.new_ = event_new_m;
    lock_type.new_ = lock_new_m;
    semaphore_type.new_ = bounded_semaphore_type.new_ = sema_new_m;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        types[i]->module = mod;
        tr_type_ready(types[i]);
    }
    future_type.repr = task_type.repr = gathering_type.repr = future_repr;
    future_iter_type.iter = future_iter_iter;
    future_iter_type.next = future_iter_next;
    tr_type_add_methods(&handle_type, handle_methods);
    tr_type_add_methods(&loop_type, loop_methods);
    tr_type_add_methods(&future_type, future_methods);
    tr_type_add_methods(&task_type, task_methods);
    tr_type_add_methods(&future_iter_type, future_iter_methods);
    tr_type_add_methods(&queue_type, queue_methods);
    tr_type_add_methods(&event_type, event_methods);
    tr_type_add_methods(&lock_type, lock_methods);
    tr_type_add_methods(&semaphore_type, semaphore_methods);
    tr_type_add_methods(&timeout_type, timeout_methods);
    timeout_type.repr = timeout_repr;
    tr_type_add_methods(&transport_type, transport_methods);
    tr_type_add_methods(&listener_type, listener_methods);
    listener_type.repr = listener_repr;
    tr_type_add_methods(&child_type, child_methods);
    tr_type_add_getter(&child_type, "pid", child_pid_get);
    tr_type_add_getter(&child_type, "returncode", child_returncode_get);
    tr_type_add_getter(&child_type, "pipes", child_pipes_get);
    tr_type_add_getter(&child_type, "exited", child_exited_get);
    as_completed_type.iter = as_completed_iter;
    as_completed_type.next = as_completed_next;
    tr_type_add_getter(&future_type, "_asyncio_future_blocking", future_get_blocking);
    tr_type_add_getter(&queue_type, "maxsize", queue_get_maxsize);

    cancelled_error = new_exception("CancelledError", TR_EXC_TYPE(BaseException), "asyncio.exceptions");
    invalid_state_error = new_exception("InvalidStateError", TR_EXC_TYPE(Exception), "asyncio.exceptions");
    queue_empty_error = new_exception("QueueEmpty", TR_EXC_TYPE(Exception), "asyncio.queues");
    queue_full_error = new_exception("QueueFull", TR_EXC_TYPE(Exception), "asyncio.queues");
    if (!cancelled_error || !invalid_state_error || !queue_empty_error || !queue_full_error) return 0;

    m = tr_module_new("_asyncio", 0, NULL, NULL);
    tr_module_add_functions(m, asyncio_functions);
    tr_module_add(m, "CancelledError", (TrValue)cancelled_error);
    tr_module_add(m, "InvalidStateError", (TrValue)invalid_state_error);
    tr_module_add(m, "QueueEmpty", (TrValue)queue_empty_error);
    tr_module_add(m, "QueueFull", (TrValue)queue_full_error);
    tr_module_add(m, "TimeoutError", (TrValue)TR_EXC_TYPE(TimeoutError));
    for (int i = 0; i < 3; i++) tr_module_add(m, return_when_names[i], tr_str_intern(return_when_names[i]));
    tr_module_add(m, "Future", (TrValue)&future_type);
    tr_module_add(m, "Task", (TrValue)&task_type);
    tr_module_add(m, "Queue", (TrValue)&queue_type);
    tr_module_add(m, "Event", (TrValue)&event_type);
    tr_module_add(m, "Lock", (TrValue)&lock_type);
    tr_module_add(m, "Semaphore", (TrValue)&semaphore_type);
    tr_module_add(m, "BoundedSemaphore", (TrValue)&bounded_semaphore_type);
    tr_module_add(m, "Timeout", (TrValue)&timeout_type);
    return m;
}
