/* resource.c — the `resource` module: getrlimit/setrlimit/prlimit with the RLIMIT_*
 * constants (limits as (soft, hard) ints, RLIM_INFINITY as -1), getrusage as a
 * resource.struct_rusage struct sequence (times as float seconds), getpagesize, and
 * resource.error, which is OSError; CPython 3.11's ValueError texts for bad resources,
 * who values and limits.  Assumes: Linux, glibc (rlim_t is 64 bits). */
#include "tr.h"
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

static const char *const rusage_names[] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
    "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};
static const TrStructSeqFields rusage_fields = {rusage_names, 16, 16, 0};
static TrType struct_rusage_type = {.name = "struct_rusage"};

static TrValue py_getrusage(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/who", NULL};
    TrValue a[1];
    if (tr_parse_args("resource.getrusage", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    int who;
    if (tr_as_c_int(a[0], &who) < 0) return 0;
    struct rusage ru;
    if (getrusage(who, &ru) < 0) {
        if (errno == EINVAL) return tr_err(TR_EXC_TYPE(ValueError), "invalid who parameter");
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    TrTuple *t = (TrTuple *)tr_structseq_new(&struct_rusage_type);
    t->items[0] = tr_float_new((double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 0.000001);
    t->items[1] = tr_float_new((double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 0.000001);
    long counts[14] = {ru.ru_maxrss, ru.ru_ixrss, ru.ru_idrss,  ru.ru_isrss,  ru.ru_minflt,   ru.ru_majflt, ru.ru_nswap,
                       ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw};
    for (int i = 0; i < 14; i++) t->items[2 + i] = tr_int_from_i64(counts[i]);
    return (TrValue)t;
}

/* the resource argument: an int in 0..RLIM_NLIMITS */
static int resource_arg(TrValue v, int *out) {
    if (tr_as_c_int(v, out) < 0) return -1;
    if (*out < 0 || *out >= RLIM_NLIMITS) {
        tr_err(TR_EXC_TYPE(ValueError), "invalid resource specified");
        return -1;
    }
    return 0;
}

/* (soft, hard) from any iterable of two ints; negative values wrap (-1: RLIM_INFINITY) */
static int limits_arg(TrValue v, struct rlimit *rl) {
    TrValue t = tr_tuple_from_iterable(v);
    if (!t) return -1;
    if (TR_TUPLE(t)->len != 2) {
        tr_err(TR_EXC_TYPE(ValueError), "expected a tuple of 2 integers");
        return -1;
    }
    int64_t cur, max;
    if (tr_as_c_long(TR_TUPLE(t)->items[0], &cur) < 0 || tr_as_c_long(TR_TUPLE(t)->items[1], &max) < 0) return -1;
    rl->rlim_cur = (rlim_t)cur;
    rl->rlim_max = (rlim_t)max;
    return 0;
}

static TrValue limits_value(struct rlimit rl) {
    return tr_tuple_pack(2, tr_int_from_i64((int64_t)rl.rlim_cur), tr_int_from_i64((int64_t)rl.rlim_max));
}

static TrValue py_getrlimit(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/resource", NULL};
    TrValue a[1];
    int res;
    if (tr_parse_args("resource.getrlimit", args, nargs, kwnames, kw, 1, a) < 0 || resource_arg(a[0], &res) < 0) return 0;
    struct rlimit rl;
    if (getrlimit(res, &rl) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return limits_value(rl);
}

/* the ValueError CPython gives for setrlimit's EINVAL (and prlimit's) and EPERM */
static TrValue limit_error(bool eperm_too) {
    if (errno == EINVAL) return tr_err(TR_EXC_TYPE(ValueError), "current limit exceeds maximum limit");
    if (errno == EPERM && eperm_too) return tr_err(TR_EXC_TYPE(ValueError), "not allowed to raise maximum limit");
    return tr_err_errno(TR_EXC_TYPE(OSError), 0);
}

static TrValue py_setrlimit(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/resource", "/limits", NULL};
    TrValue a[2];
    int res;
    struct rlimit rl;
    if (tr_parse_args("setrlimit", args, nargs, kwnames, kw, 2, a) < 0 || resource_arg(a[0], &res) < 0 ||
        limits_arg(a[1], &rl) < 0)
        return 0;
    if (setrlimit(res, &rl) < 0) return limit_error(true);
    return tr_None;
}

/* prlimit(pid, resource, limits=None): the old limits of process pid, set if limits */
static TrValue py_prlimit(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/pid", "/resource", "/limits", NULL};
    TrValue a[3];
    int64_t pid;
    int res;
    if (tr_no_kwargs("prlimit", kwnames) < 0) return 0;
    if (nargs < 2 || nargs > 3) return tr_err(TR_EXC_TYPE(TypeError), "resource.prlimit requires 2 to 3 arguments");
    if (tr_parse_args("prlimit", args, nargs, kwnames, kw, 2, a) < 0 || tr_index(a[0], &pid) < 0 ||
        resource_arg(a[1], &res) < 0)
        return 0;
    struct rlimit new_limit, old_limit;
    bool set = a[2] && a[2] != tr_None;
    if (set && limits_arg(a[2], &new_limit) < 0) return 0;
    if (prlimit((pid_t)pid, res, set ? &new_limit : NULL, &old_limit) < 0) return limit_error(false);
    return limits_value(old_limit);
}

static TrValue py_getpagesize(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {NULL};
    if (tr_parse_args("resource.getpagesize", args, nargs, kwnames, kw, 0, 0) < 0) return 0;
    return tr_int_from_i64(getpagesize());
}

static const TrMethodDef resource_functions[] = {
    {"getrusage", py_getrusage}, {"getrlimit", py_getrlimit}, {"setrlimit", py_setrlimit},
    {"prlimit", py_prlimit},     {"getpagesize", py_getpagesize}, {0},
};

#define C(constant) {#constant, constant}
static const TrIntConstant resource_constants[] = {
    C(RLIMIT_CPU), C(RLIMIT_FSIZE), C(RLIMIT_DATA), C(RLIMIT_STACK), C(RLIMIT_CORE), C(RLIMIT_NOFILE),
    C(RLIMIT_OFILE), C(RLIMIT_AS), C(RLIMIT_RSS), C(RLIMIT_NPROC), C(RLIMIT_MEMLOCK), C(RLIMIT_MSGQUEUE),
    C(RLIMIT_NICE), C(RLIMIT_RTPRIO), C(RLIMIT_RTTIME), C(RLIMIT_SIGPENDING), C(RUSAGE_SELF), C(RUSAGE_CHILDREN),
    C(RUSAGE_THREAD), {"RLIM_INFINITY", (long)RLIM_INFINITY},
};
#undef C

TrValue trmod_resource_init(void) {
    static TrValue m;
    if (m) return m;
    tr_structseq_ready(&struct_rusage_type, "resource", &rusage_fields);
    m = tr_module_new("resource", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, resource_functions);
    tr_module_add(m, "struct_rusage", (TrValue)&struct_rusage_type);
    tr_module_add(m, "error", (TrValue)TR_EXC_TYPE(OSError));
    tr_module_add_int_constants(m, resource_constants, sizeof resource_constants / sizeof *resource_constants);
    return m;
}
