/* _thread.c — the `_thread` module: OS threads running Python callables under the GIL
 * (runtime/gil.c), locks, re-entrant locks and thread-local data; `threading` builds
 * on it.  A lock is a POSIX semaphore, as CPython's: any thread may release it, and a
 * blocked acquire() drops the GIL and, in the main thread, is interrupted by Ctrl-C.
 * Assumes: threads are created with GC_pthread_create (tr.h defines GC_THREADS) so the
 * collector scans their stacks; SIGINT is blocked in every thread but the main one. */
#include "tr.h"
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

#define TIMEOUT_MAX 9223372036.0 /* CPython's on Linux: what a timespec in ns can hold */

static TrValue boots;         /* id -> (function, args, kwargs) of threads not finished yet */
static TrValue locals_touched; /* thread ident -> list of the _local objects it has data in */
static size_t thread_count;
static size_t stack_size_bytes;

static uint64_t current_ident(void) { return (uint64_t)pthread_self(); }

/* ---------------------------------------------------------------- waiting */

/* Take the semaphore: 1 taken, 0 not (non-blocking or timed out), -1 an exception
 * (KeyboardInterrupt in the main thread).  timeout < 0 waits forever. */
static int sem_acquire(sem_t *sem, bool blocking, double timeout) {
    if (sem_trywait(sem) == 0) return 1;
    if (!blocking) return 0;
    struct timespec deadline;
    if (timeout >= 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        double whole = floor(timeout);
        deadline.tv_sec += (time_t)whole;
        deadline.tv_nsec += (long)((timeout - whole) * 1e9);
        if (deadline.tv_nsec >= 1000000000) { deadline.tv_sec++; deadline.tv_nsec -= 1000000000; }
    }
    for (;;) {
        /* a Ctrl-C that came while this thread waited for the GIL */
        if (TR_UNLIKELY(tr_signal_pending) && tr_handle_signals() < 0) return -1;
        tr_gil_release();
        int rc = timeout < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
        int err = errno;
        tr_gil_acquire();
        if (rc == 0) return 1;
        if (err == ETIMEDOUT) return 0;
        if (err == EINTR && tr_handle_signals() < 0) return -1;
    }
}

/* acquire(blocking=True, timeout=-1)'s arguments, CPython's checks and texts. */
static int parse_acquire(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, bool *blocking,
                         double *timeout) {
    static const char *const kw[] = {"blocking", "timeout", NULL};
    TrValue a[2] = {0, 0};
    if (tr_parse_args(fname, args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return -1;
    *blocking = true;
    *timeout = -1;
    if (a[0]) {
        int b = tr_truthy(a[0]);
        if (b < 0) return -1;
        *blocking = b;
    }
    if (a[1] && tr_as_double(a[1], timeout) < 0) return -1;
    if (!*blocking && *timeout != -1) {
        tr_err(TR_EXC_TYPE(ValueError), "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (*timeout < 0 && *timeout != -1) {
        tr_err(TR_EXC_TYPE(ValueError), "timeout value must be positive");
        return -1;
    }
    if (*timeout > TIMEOUT_MAX) {
        tr_err(TR_EXC_TYPE(OverflowError), "timeout value is too large");
        return -1;
    }
    return 0;
}

static int no_args(const char *fname, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(fname, kwnames) < 0) return -1;
    return tr_check_nargs(fname, nargs - 1, 0, 0);
}

/* ---------------------------------------------------------------- lock */

typedef struct Lock {
    TrObject ob;
    sem_t sem; /* 1: unlocked */
} Lock;

static TrType lock_type;
#define LOCK(v) ((Lock *)(v))

static bool lock_is_locked(Lock *l) {
    int value;
    sem_getvalue(&l->sem, &value);
    return value == 0;
}

static TrValue lock_alloc(void) {
    Lock *l = (Lock *)tr_object_alloc(&lock_type, sizeof(Lock));
    sem_init(&l->sem, 0, 1);
    return (TrValue)l;
}

static TrValue lock_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("lock", kwnames) < 0 || tr_check_nargs("lock", nargs, 0, 0) < 0) return 0;
    return lock_alloc();
}

static TrValue lock_acquire(TrValue *args, size_t nargs, TrValue kwnames) {
    bool blocking;
    double timeout;
    if (parse_acquire("acquire", args, nargs, kwnames, &blocking, &timeout) < 0) return 0;
    int r = sem_acquire(&LOCK(args[0])->sem, blocking, timeout);
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue lock_enter(TrValue *args, size_t nargs, TrValue kwnames) {
    int r = sem_acquire(&LOCK(args[0])->sem, true, -1);
    return r < 0 ? 0 : tr_True;
}

static TrValue lock_release(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_args("release", nargs, kwnames) < 0) return 0;
    Lock *l = LOCK(args[0]);
    if (!lock_is_locked(l)) return tr_err(TR_EXC_TYPE(RuntimeError), "release unlocked lock");
    sem_post(&l->sem);
    return tr_None;
}

static TrValue lock_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    Lock *l = LOCK(args[0]);
    if (!lock_is_locked(l)) return tr_err(TR_EXC_TYPE(RuntimeError), "release unlocked lock");
    sem_post(&l->sem);
    return tr_None;
}

static TrValue lock_locked(TrValue *args, size_t nargs, TrValue kwnames) {
    if (no_args("locked", nargs, kwnames) < 0) return 0;
    return tr_bool(lock_is_locked(LOCK(args[0])));
}

static TrValue lock_repr(TrValue self) {
    char buf[96];
    snprintf(buf, sizeof buf, "<%s %s object at %p>", lock_is_locked(LOCK(self)) ? "locked" : "unlocked",
             "_thread.lock", (void *)self);
    return tr_str_from_cstr(buf);
}

static const TrMethodDef lock_methods[] = {
    {"acquire", lock_acquire}, {"acquire_lock", lock_acquire}, {"release", lock_release},
    {"release_lock", lock_release}, {"locked", lock_locked}, {"locked_lock", lock_locked},
    {"__enter__", lock_enter}, {"__exit__", lock_exit},
    {0},
};

static TrType lock_type = {
    .ob = {&tr_type_type}, .name = "lock", .basicsize = sizeof(Lock), .flags = TR_TF_ATOMIC | TR_TF_WEAKREFABLE,
    .repr = lock_repr, .new_ = lock_new,
};

/* ---------------------------------------------------------------- RLock */

typedef struct RLock {
    TrObject ob;
    sem_t sem;
    uint64_t owner; /* ident of the holding thread, 0 if none */
    uint64_t count;
} RLock;

static TrType rlock_type;
#define RLOCK(v) ((RLock *)(v))

static TrValue rlock_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    RLock *r = (RLock *)tr_object_alloc(type, type->basicsize);
    sem_init(&r->sem, 0, 1);
    return (TrValue)r;
}

static int rlock_take(RLock *r, bool blocking, double timeout) {
    uint64_t me = current_ident();
    if (r->count && r->owner == me) {
        r->count++;
        return 1;
    }
    int got = sem_acquire(&r->sem, blocking, timeout);
    if (got == 1) {
        r->owner = me;
        r->count = 1;
    }
    return got;
}

static TrValue rlock_acquire(TrValue *args, size_t nargs, TrValue kwnames) {
    bool blocking;
    double timeout;
    if (parse_acquire("acquire", args, nargs, kwnames, &blocking, &timeout) < 0) return 0;
    int r = rlock_take(RLOCK(args[0]), blocking, timeout);
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue rlock_enter(TrValue *args, size_t nargs, TrValue kwnames) {
    return rlock_take(RLOCK(args[0]), true, -1) < 0 ? 0 : tr_True;
}

static TrValue rlock_release(TrValue *args, size_t nargs, TrValue kwnames) {
    RLock *r = RLOCK(args[0]);
    if (!r->count || r->owner != current_ident())
        return tr_err(TR_EXC_TYPE(RuntimeError), "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        sem_post(&r->sem);
    }
    return tr_None;
}

static TrValue rlock_is_owned(TrValue *args, size_t nargs, TrValue kwnames) {
    RLock *r = RLOCK(args[0]);
    return tr_bool(r->count && r->owner == current_ident());
}

static TrValue rlock_recursion_count(TrValue *args, size_t nargs, TrValue kwnames) {
    RLock *r = RLOCK(args[0]);
    return tr_int_from_u64(r->owner == current_ident() ? r->count : 0);
}

/* Condition.wait's helpers: give the lock up completely, then take it back as it was. */
static TrValue rlock_release_save(TrValue *args, size_t nargs, TrValue kwnames) {
    RLock *r = RLOCK(args[0]);
    if (!r->count) return tr_err(TR_EXC_TYPE(RuntimeError), "cannot release un-acquired lock");
    TrValue state = tr_tuple_pack(2, tr_int_from_u64(r->count), tr_int_from_u64(r->owner));
    r->count = 0;
    r->owner = 0;
    sem_post(&r->sem);
    return state;
}

static TrValue rlock_acquire_restore(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_acquire_restore", nargs - 1, 1, 1) < 0) return 0;
    RLock *r = RLOCK(args[0]);
    TrValue state = args[1];
    if (!tr_isinstance_type(state, &tr_tuple_type) || TR_TUPLE(state)->len != 2)
        return tr_err(TR_EXC_TYPE(TypeError), "_acquire_restore() argument 1 must be tuple");
    int64_t count;
    if (tr_int_as_i64(TR_TUPLE(state)->items[0], &count) < 0) return 0;
    if (sem_acquire(&r->sem, true, -1) < 0) return 0;
    r->owner = current_ident();
    r->count = (uint64_t)count;
    return tr_None;
}

static TrValue rlock_repr(TrValue self) {
    RLock *r = RLOCK(self);
    char buf[160];
    snprintf(buf, sizeof buf, "<%s %s.%s object owner=%llu count=%llu at %p>", r->count ? "locked" : "unlocked",
             TR_TYPE(self) == &rlock_type ? "_thread" : "__main__", TR_TYPE(self)->name,
             (unsigned long long)r->owner, (unsigned long long)r->count, (void *)self);
    return tr_str_from_cstr(buf);
}

static const TrMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire}, {"release", rlock_release}, {"__enter__", rlock_enter},
    {"__exit__", rlock_release}, {"_is_owned", rlock_is_owned}, {"_recursion_count", rlock_recursion_count},
    {"_release_save", rlock_release_save}, {"_acquire_restore", rlock_acquire_restore},
    {0},
};

static TrType rlock_type = {
    .ob = {&tr_type_type}, .name = "RLock", .basicsize = sizeof(RLock), .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE,
    .repr = rlock_repr, .new_ = rlock_new,
};

/* ---------------------------------------------------------------- _local */

/* threading.local: one attribute dict per thread, made (and __init__ called again with
 * the constructor's arguments) the first time a thread touches the object. */
typedef struct Local {
    TrObject ob;
    TrValue dicts;   /* thread ident -> attribute dict */
    TrValue args;    /* the constructor's arguments, for the other threads' __init__ */
    TrValue kwnames;
    size_t nargs;
} Local;

static TrType local_type;
#define LOCAL(v) ((Local *)(v))

static TrValue local_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    if ((nargs || nkw) && type->init == local_type.init)
        return tr_err(TR_EXC_TYPE(TypeError), "Initialization arguments are not supported");
    Local *l = (Local *)tr_object_alloc(type, type->basicsize);
    l->dicts = tr_dict_new();
    l->args = tr_tuple_new(nargs + nkw);
    for (size_t i = 0; i < nargs + nkw; i++) TR_TUPLE(l->args)->items[i] = args[i];
    l->nargs = nargs;
    l->kwnames = kwnames;
    /* the creating thread's dict exists already: the normal __init__ call fills it */
    TrValue ident = tr_int_from_u64(current_ident());
    TrValue touched = tr_dict_get(locals_touched, ident);
    if (!touched) {
        touched = tr_list_new(0);
        tr_dict_set(locals_touched, ident, touched);
    }
    tr_list_append(touched, (TrValue)l);
    tr_dict_set(l->dicts, ident, tr_dict_new());
    return (TrValue)l;
}

/* This thread's attribute dict of self, 0 on error (from a re-run __init__). */
static TrValue local_dict(TrValue self) {
    Local *l = LOCAL(self);
    TrValue ident = tr_int_from_u64(current_ident());
    TrValue d = tr_dict_get(l->dicts, ident);
    if (d) return d;
    d = tr_dict_new();
    tr_dict_set(l->dicts, ident, d);
    TrValue touched = tr_dict_get(locals_touched, ident);
    if (!touched) {
        touched = tr_list_new(0);
        tr_dict_set(locals_touched, ident, touched);
    }
    tr_list_append(touched, self);
    if (TR_TYPE(self)->init != local_type.init) {
        TrValue init = tr_getattr_cstr(self, "__init__");
        if (!init || !tr_call(init, TR_TUPLE(l->args)->items, l->nargs, l->kwnames)) return 0;
    }
    return d;
}

static TrValue local_getattr(TrValue self, TrValue name) {
    TrValue d = local_dict(self);
    if (!d) return 0;
    if (tr_str_eq_cstr(name, "__dict__")) return d;
    TrValue v = tr_dict_get(d, name);
    return v ? v : tr_generic_getattr(self, name);
}

static int local_setattr(TrValue self, TrValue name, TrValue v) {
    if (tr_str_eq_cstr(name, "__dict__")) {
        tr_err(TR_EXC_TYPE(AttributeError), "'%s' object attribute '__dict__' is read-only", TR_TYPE_NAME(self));
        return -1;
    }
    TrValue d = local_dict(self);
    if (!d) return -1;
    if (v) return tr_dict_set(d, name, v);
    if (tr_dict_get(d, name)) return tr_dict_del(d, name);
    tr_err(TR_EXC_TYPE(AttributeError), "'%s' object has no attribute '%S'", TR_TYPE_NAME(self), name);
    return -1;
}

static int local_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) { return 0; }

static TrType local_type = {
    .ob = {&tr_type_type}, .name = "_thread._local", .basicsize = sizeof(Local), .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE,
    .getattr = local_getattr, .setattr = local_setattr, .new_ = local_new, .init = local_init,
};

/* A finished thread's data in every _local it touched goes. */
static void forget_thread_locals(uint64_t id) {
    TrValue ident = tr_int_from_u64(id);
    TrValue touched = tr_dict_get(locals_touched, ident);
    if (!touched) return;
    for (size_t i = 0; i < TR_LIST(touched)->len; i++) {
        Local *l = LOCAL(tr_list_items(TR_LIST(touched))[i]);
        if (tr_dict_get(l->dicts, ident)) tr_dict_del(l->dicts, ident);
    }
    tr_dict_del(locals_touched, ident);
}

/* ---------------------------------------------------------------- threads */

static void *thread_main(void *arg) {
    sigset_t blocked;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGINT);
    pthread_sigmask(SIG_BLOCK, &blocked, NULL);
    tr_gil_thread_enter();
    TrValue key = tr_int_from_u64((uintptr_t)arg);
    TrValue boot = tr_dict_get(boots, key);
    TrValue *parts = TR_TUPLE(boot)->items;
    TrValue result = tr_call_ex(parts[0], parts[1], parts[2] == tr_None ? 0 : parts[2]);
    if (!result) {
        TrValue exc = tr_err_fetch();
        if (!tr_isinstance_type(exc, TR_EXC_TYPE(SystemExit))) {
            TrValue fn = tr_repr(parts[0]);
            if (!fn) tr_err_clear();
            fflush(stdout);
            fprintf(stderr, "Exception ignored in thread started by: %s\n", fn ? tr_str_cstr(fn) : "?");
            tr_print_exception(exc);
        }
    }
    forget_thread_locals(current_ident());
    tr_dict_del(boots, key);
    thread_count--;
    tr_frame_stack_free();
    tr_gil_thread_exit();
    return NULL;
}

static TrValue t_start_new_thread(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("start_new_thread", kwnames) < 0 || tr_check_nargs("start_new_thread", nargs, 2, 3) < 0)
        return 0;
    if (!tr_callable(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "first arg must be callable");
    if (!tr_isinstance_type(args[1], &tr_tuple_type)) return tr_err(TR_EXC_TYPE(TypeError), "2nd arg must be a tuple");
    if (nargs == 3 && !tr_isinstance_type(args[2], &tr_dict_type))
        return tr_err(TR_EXC_TYPE(TypeError), "optional 3rd arg must be a dictionary");
    static uintptr_t next_boot;
    uintptr_t id = ++next_boot;
    TrValue boot = tr_tuple_pack(3, args[0], args[1], nargs == 3 ? args[2] : tr_None);
    if (tr_dict_set(boots, tr_int_from_u64(id), boot) < 0) return 0;
    tr_gil_enable();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (stack_size_bytes) pthread_attr_setstacksize(&attr, stack_size_bytes);
    pthread_t th;
    int rc = GC_pthread_create(&th, &attr, thread_main, (void *)id);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        tr_dict_del(boots, tr_int_from_u64(id));
        return tr_err(TR_EXC_TYPE(RuntimeError), "can't start new thread");
    }
    thread_count++;
    return tr_int_from_u64((uint64_t)th);
}

static TrValue t_get_ident(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_ident", nargs, 0, 0) < 0) return 0;
    return tr_int_from_u64(current_ident());
}

static TrValue t_get_native_id(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_native_id", nargs, 0, 0) < 0) return 0;
    return tr_int_from_i64((int64_t)syscall(SYS_gettid));
}

static TrValue t_allocate_lock(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("allocate_lock", nargs, 0, 0) < 0) return 0;
    return lock_alloc();
}

static TrValue t_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_count", nargs, 0, 0) < 0) return 0;
    return tr_int_from_u64(thread_count);
}

static TrValue t_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("exit", nargs, 0, 0) < 0) return 0;
    tr_raise((TrValue)TR_EXC_TYPE(SystemExit));
    return 0;
}

static TrValue t_stack_size(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("stack_size", nargs, 0, 1) < 0) return 0;
    TrValue old = tr_int_from_u64(stack_size_bytes);
    if (nargs == 0) return old;
    int64_t size;
    if (tr_int_as_i64(args[0], &size) < 0) return 0;
    if (size < 0) return tr_err(TR_EXC_TYPE(ValueError), "size must be 0 or a positive value");
    if (size != 0 && size < 32768) return tr_err(TR_EXC_TYPE(ValueError), "size not valid: %lld bytes", (long long)size);
    stack_size_bytes = (size_t)size;
    return old;
}

/* interrupt_main(signum=SIGINT): as if the signal had come (Ctrl-C: KeyboardInterrupt
 * in the main thread at its next check); nothing if it is not handled from Python. */
static TrValue t_interrupt_main(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"signum", NULL};
    TrValue a[1] = {0};
    int64_t sig = SIGINT;
    if (tr_parse_args("interrupt_main", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    if (a[0] && tr_index(a[0], &sig) < 0) return 0;
    if (sig < 1 || sig >= NSIG) return tr_err(TR_EXC_TYPE(ValueError), "signal number out of range");
    tr_signal_simulate((int)sig);
    return tr_None;
}

static const TrMethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread}, {"start_new", t_start_new_thread},
    {"get_ident", t_get_ident}, {"get_native_id", t_get_native_id},
    {"allocate_lock", t_allocate_lock}, {"allocate", t_allocate_lock},
    {"_count", t_count}, {"exit", t_exit}, {"exit_thread", t_exit},
    {"stack_size", t_stack_size}, {"interrupt_main", t_interrupt_main},
    {0},
};

TrValue trmod___thread_init(void) {
    static TrValue m;
    if (m) return m;
    boots = tr_dict_new();
    locals_touched = tr_dict_new();
    tr_add_roots(&boots, sizeof boots);
    tr_add_roots(&locals_touched, sizeof locals_touched);
    lock_type.module = rlock_type.module = TR_INTERN("_thread"); /* _local: its name says it */
    tr_type_ready(&lock_type);
    tr_type_add_methods(&lock_type, lock_methods);
    tr_type_ready(&rlock_type);
    tr_type_add_methods(&rlock_type, rlock_methods);
    tr_type_ready(&local_type);
    m = tr_module_new("_thread", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, thread_functions);
    tr_module_add(m, "LockType", (TrValue)&lock_type);
    tr_module_add(m, "RLock", (TrValue)&rlock_type);
    tr_module_add(m, "_local", (TrValue)&local_type);
    tr_module_add(m, "error", (TrValue)TR_EXC_TYPE(RuntimeError));
    tr_module_add(m, "TIMEOUT_MAX", tr_float_new(TIMEOUT_MAX));
    return m;
}
