/* select.c — the `select` module: select.select() and select.poll() over poll(2) (so
 * descriptors above FD_SETSIZE work too), the POLL* constants, and error = OSError.
 * select.epoll (Linux) wraps an epoll descriptor. Descriptors are ints or objects with a fileno() method, as in CPython 3.11; an
 * interrupted wait (EINTR) runs pending signal handlers and resumes with the time left.
 * The blocking calls are wait_ready() and wait_epoll(), kept small so a GIL release
 * can wrap them. */
#include "tr.h"
#include <errno.h>
#include <math.h>
#include <limits.h>
#include <poll.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

/* The blocking wait: poll(2) with EINTR handled.  timeout_ms < 0 waits forever.
 * Returns the count of ready descriptors, or -1 with an exception set. */
static int wait_ready(struct pollfd *fds, size_t n, int timeout_ms) {
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        int r = TR_WITHOUT_GIL(int, poll(fds, n, timeout_ms)); /* other threads run meanwhile */
        if (r >= 0) return r;
        if (errno != EINTR) {
            tr_err_errno(TR_EXC_TYPE(OSError), 0);
            return -1;
        }
        if (tr_handle_signals() < 0) return -1;
        if (timeout_ms > 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            int64_t spent = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
            timeout_ms = spent >= timeout_ms ? 0 : (int)(timeout_ms - spent);
        }
    }
}

/* A timeout in seconds (select) as milliseconds rounded up; None is -1 (forever). */
static int seconds_to_ms(TrValue t, const char *type_error, int *ms) {
    if (!t || t == tr_None) { *ms = -1; return 0; }
    double d;
    if (tr_str_check(t) || tr_as_double(t, &d) < 0) {
        tr_err_clear();
        tr_err(TR_EXC_TYPE(TypeError), "%s", type_error);
        return -1;
    }
    if (isnan(d)) { tr_err(TR_EXC_TYPE(ValueError), "Invalid value NaN (not a number)"); return -1; }
    if (d < 0) { tr_err(TR_EXC_TYPE(ValueError), "timeout must be non-negative"); return -1; }
    if (d * 1000 > INT32_MAX) { tr_err(TR_EXC_TYPE(OverflowError), "timeout is too large"); return -1; }
    *ms = (int)ceil(d * 1000);
    return 0;
}

/* ------------------------------------------------------------------ select() */

/* The items of one select() list, with their descriptors appended to fds. */
static TrValue collect(TrValue seq, short events, struct pollfd **fds, size_t *n, size_t *cap) {
    TrValue items = tr_list_from_iterable(seq);
    if (!items) {
        if (tr_err_is(TR_EXC_TYPE(TypeError))) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(TypeError), "arguments 1-3 must be sequences");
        }
        return 0;
    }
    for (size_t i = 0; i < TR_LIST(items)->len; i++) {
        int fd;
        if (tr_object_fd(tr_list_items(TR_LIST(items))[i], &fd) < 0) return 0;
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 16;
            struct pollfd *bigger = tr_alloc_atomic(*cap * sizeof **fds);
            if (*n) memcpy(bigger, *fds, *n * sizeof **fds);
            *fds = bigger;
        }
        (*fds)[(*n)++] = (struct pollfd){.fd = fd, .events = events};
    }
    return items;
}

/* The items of `items` whose descriptor (fds[first..]) reported one of `mask`. */
static TrValue ready_items(TrValue items, struct pollfd *fds, short mask) {
    TrValue out = tr_list_new(0);
    for (size_t i = 0; i < TR_LIST(items)->len; i++)
        if (fds[i].revents & mask) tr_list_append(out, tr_list_items(TR_LIST(items))[i]);
    return out;
}

static TrValue select_select(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("select", kwnames) < 0 || tr_check_nargs("select", nargs, 3, 4) < 0) return 0;
    int ms;
    if (seconds_to_ms(nargs > 3 ? args[3] : 0, "timeout must be a float or None", &ms) < 0) return 0;
    struct pollfd *fds = NULL;
    size_t n = 0, cap = 0;
    static const short events[3] = {POLLIN, POLLOUT, POLLPRI};
    TrValue lists[3];
    size_t starts[4];
    for (int k = 0; k < 3; k++) {
        starts[k] = n;
        if (!(lists[k] = collect(args[k], events[k], &fds, &n, &cap))) return 0;
    }
    starts[3] = n;
    if (wait_ready(fds, n, ms) < 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (fds[i].revents & POLLNVAL) {
            errno = EBADF;
            return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        }
    /* as select(2): a hung-up or failed descriptor is readable (and writable) */
    static const short masks[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
    TrValue result[3];
    for (int k = 0; k < 3; k++) result[k] = ready_items(lists[k], fds + starts[k], masks[k]);
    return tr_tuple_from(result, 3);
}

/* ------------------------------------------------------------------ poll objects */

typedef struct Poll {
    TrObject ob;
    TrValue registered; /* dict fd -> event mask */
    bool polling;
} Poll;

static TrType poll_type;

static int event_mask_arg(TrValue v, short *mask) {
    int64_t i;
    if (tr_index(v, &i) < 0) return -1;
    if (i < 0 || i > 0xffff) {
        tr_err(TR_EXC_TYPE(OverflowError), i < 0 ? "can't convert negative int to unsigned"
                                                  : "Python int too large for C unsigned short");
        return -1;
    }
    *mask = (short)i;
    return 0;
}

static TrValue poll_register(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("register", kwnames) < 0 || tr_check_nargs("register", nargs, 2, 3) < 0) return 0;
    int fd;
    short mask = POLLIN | POLLPRI | POLLOUT;
    if (tr_object_fd(args[1], &fd) < 0 || (nargs > 2 && event_mask_arg(args[2], &mask) < 0)) return 0;
    if (tr_dict_set(((Poll *)args[0])->registered, TR_FROM_SMALL(fd), TR_FROM_SMALL(mask)) < 0) return 0;
    return tr_None;
}

static TrValue poll_modify(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("modify", kwnames) < 0 || tr_check_nargs("modify", nargs, 3, 3) < 0) return 0;
    int fd;
    short mask;
    if (tr_object_fd(args[1], &fd) < 0 || event_mask_arg(args[2], &mask) < 0) return 0;
    TrValue reg = ((Poll *)args[0])->registered;
    if (!tr_dict_get(reg, TR_FROM_SMALL(fd))) {
        errno = ENOENT;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    if (tr_dict_set(reg, TR_FROM_SMALL(fd), TR_FROM_SMALL(mask)) < 0) return 0;
    return tr_None;
}

static TrValue poll_unregister(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("unregister", kwnames) < 0 || tr_check_nargs("unregister", nargs, 2, 2) < 0) return 0;
    int fd;
    if (tr_object_fd(args[1], &fd) < 0) return 0;
    if (tr_dict_del(((Poll *)args[0])->registered, TR_FROM_SMALL(fd)) < 0) return 0;
    return tr_None;
}

/* poll([timeout]): timeout in milliseconds, None or negative waits forever. */
static TrValue poll_poll(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("poll", kwnames) < 0 || tr_check_nargs("poll", nargs, 1, 2) < 0) return 0;
    Poll *p = (Poll *)args[0];
    int ms = -1;
    if (nargs > 1 && args[1] != tr_None) {
        double d;
        if (tr_str_check(args[1]) || tr_as_double(args[1], &d) < 0) {
            tr_err_clear();
            return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(args[1]));
        }
        if (d > INT32_MAX) return tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C int");
        ms = d < 0 ? -1 : (int)ceil(d);
    }
    if (p->polling) return tr_err(TR_EXC_TYPE(RuntimeError), "concurrent poll() invocation");
    size_t n = tr_dict_len(p->registered), pos = 0, i = 0;
    struct pollfd *fds = tr_alloc_atomic((n ? n : 1) * sizeof *fds);
    TrValue k, v;
    while (tr_dict_next(p->registered, &pos, &k, &v))
        fds[i++] = (struct pollfd){.fd = (int)TR_SMALL_VAL(k), .events = (short)TR_SMALL_VAL(v)};
    p->polling = true;
    int r = wait_ready(fds, n, ms);
    p->polling = false;
    if (r < 0) return 0;
    TrValue out = tr_list_new((size_t)r);
    for (i = 0; i < n; i++)
        if (fds[i].revents)
            tr_list_append(out, tr_tuple_pack(2, TR_FROM_SMALL(fds[i].fd), TR_FROM_SMALL(fds[i].revents & 0xffff)));
    return out;
}

static const TrMethodDef poll_methods[] = {
    {"register", poll_register}, {"modify", poll_modify}, {"unregister", poll_unregister},
    {"poll", poll_poll}, {0},
};

static TrType poll_type = {
    .ob = {&tr_type_type}, .name = "poll", .basicsize = sizeof(Poll),
};

static TrValue select_poll(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("poll", kwnames) < 0 || tr_check_nargs("poll", nargs, 0, 0) < 0) return 0;
    Poll *p = (Poll *)tr_object_alloc(&poll_type, sizeof(Poll));
    p->registered = tr_dict_new();
    return (TrValue)p;
}


/* ------------------------------------------------------------------ epoll objects */

typedef struct Epoll {
    TrObject ob;
    int epfd; /* -1 once closed */
} Epoll;

static TrType epoll_type;

/* The blocking wait of epoll.poll(), EINTR handled as in wait_ready(). */
static int wait_epoll(int epfd, struct epoll_event *events, int max, int timeout_ms) {
    for (;;) {
        int r = TR_WITHOUT_GIL(int, epoll_wait(epfd, events, max, timeout_ms));
        if (r >= 0) return r;
        if (errno != EINTR) {
            tr_err_errno(TR_EXC_TYPE(OSError), 0);
            return -1;
        }
        if (tr_handle_signals() < 0) return -1;
    }
}

static Epoll *open_epoll(TrValue self) {
    Epoll *e = (Epoll *)self;
    if (e->epfd < 0) {
        tr_err(TR_EXC_TYPE(ValueError), "I/O operation on closed epoll object");
        return NULL;
    }
    return e;
}

static TrValue epoll_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"sizehint", "flags", NULL};
    TrValue a[2];
    if (tr_parse_args("epoll", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    int64_t sizehint = -1;
    if (a[0] && tr_index(a[0], &sizehint) < 0) return 0;
    if (sizehint == 0 || sizehint < -1) return tr_err(TR_EXC_TYPE(ValueError), "negative sizehint");
    Epoll *e = (Epoll *)tr_object_alloc(type, sizeof(Epoll));
    if ((e->epfd = epoll_create1(EPOLL_CLOEXEC)) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return (TrValue)e;
}

/* register/modify/unregister: one epoll_ctl call */
static TrValue epoll_control(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, int op) {
    size_t max = op == EPOLL_CTL_DEL ? 2 : 3, min = op == EPOLL_CTL_MOD ? 3 : 2;
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, min, max) < 0) return 0;
    Epoll *e = open_epoll(args[0]);
    int fd;
    if (!e || tr_object_fd(args[1], &fd) < 0) return 0;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLPRI | EPOLLOUT, .data.fd = fd};
    if (nargs > 2) {
        int64_t mask;
        if (tr_index(args[2], &mask) < 0) return 0;
        ev.events = (uint32_t)mask;
    }
    if (epoll_ctl(e->epfd, op, fd, &ev) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

static TrValue epoll_register(TrValue *args, size_t nargs, TrValue kwnames) {
    return epoll_control(args, nargs, kwnames, "register", EPOLL_CTL_ADD);
}
static TrValue epoll_modify(TrValue *args, size_t nargs, TrValue kwnames) {
    return epoll_control(args, nargs, kwnames, "modify", EPOLL_CTL_MOD);
}
static TrValue epoll_unregister(TrValue *args, size_t nargs, TrValue kwnames) {
    return epoll_control(args, nargs, kwnames, "unregister", EPOLL_CTL_DEL);
}

/* poll(timeout=None, maxevents=-1): timeout in seconds, None or negative forever */
static TrValue epoll_poll(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/self", "timeout", "maxevents", NULL};
    TrValue a[3];
    if (tr_parse_args("poll", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Epoll *e = open_epoll(a[0]);
    if (!e) return 0;
    int ms = -1;
    if (a[1] && a[1] != tr_None) {
        double d;
        if (tr_str_check(a[1]) || tr_as_double(a[1], &d) < 0) {
            tr_err_clear();
            return tr_err(TR_EXC_TYPE(TypeError), "timeout must be an integer or None");
        }
        if (d * 1000 > INT32_MAX) return tr_err(TR_EXC_TYPE(OverflowError), "timeout is too large");
        ms = d < 0 ? -1 : (int)ceil(d * 1000);
    }
    int64_t max = -1;
    if (a[2] && tr_index(a[2], &max) < 0) return 0;
    if (max == -1) max = FD_SETSIZE - 1;
    else if (max < 1) return tr_err(TR_EXC_TYPE(ValueError), "maxevents must be greater than 0, got %lld", (long long)max);
    struct epoll_event *events = tr_alloc_atomic((size_t)max * sizeof *events);
    int r = wait_epoll(e->epfd, events, (int)max, ms);
    if (r < 0) return 0;
    TrValue out = tr_list_new((size_t)r);
    for (int i = 0; i < r; i++)
        tr_list_append(out, tr_tuple_pack(2, TR_FROM_SMALL(events[i].data.fd), tr_int_from_u64(events[i].events)));
    return out;
}

static TrValue epoll_close(TrValue *args, size_t nargs, TrValue kwnames) {
    Epoll *e = (Epoll *)args[0];
    if (e->epfd >= 0) {
        close(e->epfd);
        e->epfd = -1;
    }
    return tr_None;
}

static TrValue epoll_fileno(TrValue *args, size_t nargs, TrValue kwnames) {
    Epoll *e = open_epoll(args[0]);
    return e ? TR_FROM_SMALL(e->epfd) : 0;
}

static TrValue epoll_enter(TrValue *args, size_t nargs, TrValue kwnames) { return open_epoll(args[0]) ? args[0] : 0; }
static TrValue epoll_get_closed(TrValue self) { return tr_bool(((Epoll *)self)->epfd < 0); }

static const TrMethodDef epoll_methods[] = {
    {"register", epoll_register}, {"modify", epoll_modify}, {"unregister", epoll_unregister},
    {"poll", epoll_poll}, {"close", epoll_close}, {"fileno", epoll_fileno},
    {"__enter__", epoll_enter}, {"__exit__", epoll_close}, {0},
};

static TrType epoll_type = {
    .ob = {&tr_type_type}, .name = "epoll", .basicsize = sizeof(Epoll), .new_ = epoll_new,
};

static const TrMethodDef select_functions[] = {
    {"select", select_select}, {"poll", select_poll}, {0},
};

TrValue trmod_select_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("select", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    poll_type.module = TR_INTERN("select");
    tr_type_ready(&poll_type);
    tr_type_add_methods(&poll_type, poll_methods);
    epoll_type.module = TR_INTERN("select");
    tr_type_ready(&epoll_type);
    tr_type_add_methods(&epoll_type, epoll_methods);
    tr_type_add_getter(&epoll_type, "closed", epoll_get_closed);
    tr_module_add(m, "epoll", (TrValue)&epoll_type);
    tr_module_add_functions(m, select_functions);
    tr_module_add(m, "error", (TrValue)TR_EXC_TYPE(OSError));
    static const struct { const char *name; uint32_t value; } constants[] = {
        {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
        {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
        {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},
        {"POLLRDHUP", POLLRDHUP}, {"PIPE_BUF", PIPE_BUF},
        {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
        {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", EPOLLET}, {"EPOLLONESHOT", EPOLLONESHOT},
        {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM},
        {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND},
        {"EPOLLMSG", EPOLLMSG}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC}, {0, 0},
    };
    for (int k = 0; constants[k].name; k++) tr_module_add(m, constants[k].name, tr_int_from_u64(constants[k].value));
    return m;
}
