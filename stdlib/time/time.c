/* time.c — the `time` module: clocks (time, monotonic, perf_counter, process_time
 * and their _ns forms), sleep, and calendar conversions through struct_time
 * (localtime, gmtime, mktime, strftime, asctime, ctime). */
#include "tr.h"
#include <errno.h>
#include <math.h>
#include <time.h>

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static TrValue clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return tr_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FN(name, id)                                                                  \
    static TrValue t_##name(TrValue *a, size_t n, TrValue k) {                              \
        if (tr_check_nargs(#name, n, 0, 0) < 0) return 0;                                   \
        return tr_float_new(clock_seconds(id));                                             \
    }                                                                                       \
    static TrValue t_##name##_ns(TrValue *a, size_t n, TrValue k) {                         \
        if (tr_check_nargs(#name "_ns", n, 0, 0) < 0) return 0;                             \
        return clock_ns(id);                                                                \
    }
CLOCK_FN(time, CLOCK_REALTIME)
CLOCK_FN(monotonic, CLOCK_MONOTONIC)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)

static TrValue t_sleep(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("sleep", nargs, 1, 1) < 0) return 0;
    double s;
    if (tr_as_double(args[0], &s) < 0) return 0;
    if (s < 0) return tr_err(TR_EXC_TYPE(ValueError), "sleep length must be non-negative");
    struct timespec ts = {(time_t)s, (long)((s - floor(s)) * 1e9)};
    if (tr_handle_signals() < 0) return 0; /* a Ctrl-C that came just before the call */
    while (TR_WITHOUT_GIL(int, nanosleep(&ts, &ts)) != 0 && errno == EINTR)
        if (tr_handle_signals() < 0) return 0; /* other threads ran while it slept */
    return tr_None;
}

/* ---------------------------------------------------------------- struct_time */

static const char *const tm_names[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                       "tm_wday", "tm_yday", "tm_isdst", /* hidden: */ "tm_zone", "tm_gmtoff"};
static const TrStructSeqFields tm_fields = {tm_names, 9, 11, 0};
static TrType struct_time_type = {.name = "struct_time"};

static TrValue struct_time_from(const struct tm *t) {
    int vals[9] = {t->tm_year + 1900, t->tm_mon + 1, t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec,
                   (t->tm_wday + 6) % 7, t->tm_yday + 1, t->tm_isdst};
    TrTuple *r = (TrTuple *)tr_structseq_new(&struct_time_type);
    for (int i = 0; i < 9; i++) r->items[i] = TR_FROM_SMALL(vals[i]);
    r->items[9] = t->tm_zone ? tr_str_from_cstr(t->tm_zone) : tr_None;
    r->items[10] = tr_int_from_i64(t->tm_gmtoff);
    return (TrValue)r;
}

static int struct_tm_from(TrValue v, struct tm *t) {
    TrValue tup = tr_tuple_from_iterable(v);
    if (!tup) return -1;
    if (TR_TUPLE(tup)->len != 9) {
        tr_err(TR_EXC_TYPE(TypeError), "time.struct_time() takes a 9-sequence (%zu-sequence given)", TR_TUPLE(tup)->len);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (tr_index(TR_TUPLE(tup)->items[i], &f[i]) < 0) return -1;
    memset(t, 0, sizeof *t);
    t->tm_year = (int)f[0] - 1900; t->tm_mon = (int)f[1] - 1; t->tm_mday = (int)f[2];
    t->tm_hour = (int)f[3]; t->tm_min = (int)f[4]; t->tm_sec = (int)f[5];
    t->tm_wday = (int)(f[6] + 1) % 7; t->tm_yday = (int)f[7] - 1; t->tm_isdst = (int)f[8];
    return 0;
}

static int arg_seconds(TrValue *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == tr_None) { *out = time(NULL); return 0; }
    double d;
    if (tr_as_double(args[0], &d) < 0) return -1;
    *out = (time_t)floor(d);
    return 0;
}

static TrValue convert(const char *name, TrValue *args, size_t nargs, struct tm *(*fn)(const time_t *, struct tm *)) {
    if (tr_check_nargs(name, nargs, 0, 1) < 0) return 0;
    time_t s;
    if (arg_seconds(args, nargs, &s) < 0) return 0;
    struct tm t;
    if (!fn(&s, &t)) return tr_err(TR_EXC_TYPE(OverflowError), "timestamp out of range for platform time_t");
    return struct_time_from(&t);
}
static TrValue t_localtime(TrValue *a, size_t n, TrValue k) { return convert("localtime", a, n, localtime_r); }
static TrValue t_gmtime(TrValue *a, size_t n, TrValue k) { return convert("gmtime", a, n, gmtime_r); }

static int arg_tm(TrValue *args, size_t nargs, size_t i, struct tm *t) {
    if (nargs > i) return struct_tm_from(args[i], t);
    time_t now = time(NULL);
    localtime_r(&now, t);
    return 0;
}

static TrValue t_mktime(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("mktime", nargs, 1, 1) < 0) return 0;
    struct tm t;
    if (struct_tm_from(args[0], &t) < 0) return 0;
    time_t s = mktime(&t);
    return tr_float_new((double)s);
}

static TrValue t_strftime(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("strftime", nargs, 1, 2) < 0) return 0;
    if (!tr_str_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "strftime() argument 1 must be str, not %s", TR_TYPE_NAME(args[0]));
    struct tm t;
    if (arg_tm(args, nargs, 1, &t) < 0) return 0;
    char buf[1024];
    size_t n = strftime(buf, sizeof buf, tr_str_cstr(args[0]), &t);
    return tr_str_new(buf, n);
}

static TrValue asctime_of(struct tm *t) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return tr_str_fmt("%s %s %2d %02d:%02d:%02d %d", days[t->tm_wday % 7], months[t->tm_mon % 12], t->tm_mday,
                      t->tm_hour, t->tm_min, t->tm_sec, t->tm_year + 1900);
}

static TrValue t_asctime(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("asctime", nargs, 0, 1) < 0) return 0;
    struct tm t;
    if (arg_tm(args, nargs, 0, &t) < 0) return 0;
    return asctime_of(&t);
}

static TrValue t_ctime(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("ctime", nargs, 0, 1) < 0) return 0;
    time_t s;
    if (arg_seconds(args, nargs, &s) < 0) return 0;
    struct tm t;
    localtime_r(&s, &t);
    return asctime_of(&t);
}

/* strptime(string, format="%a %b %d %H:%M:%S %Y"): datetime's parser, as CPython's _strptime serves both */
static TrValue t_strptime(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("strptime", nargs, 1, 2) < 0) return 0;
    TrValue a[2] = {args[0], nargs > 1 ? args[1] : tr_str_from_cstr("%a %b %d %H:%M:%S %Y")};
    for (int i = 0; i < 2; i++)
        if (!tr_str_check(a[i]))
            return tr_err(TR_EXC_TYPE(TypeError), "strptime() argument %d must be str, not <class '%s'>", i, TR_TYPE_NAME(a[i]));
    extern TrValue trmod_datetime_init(void);
    extern TrValue tr_datetime_strptime_fields(TrValue data, TrValue fmt);
    if (!trmod_datetime_init()) return 0;
    TrValue f = tr_datetime_strptime_fields(a[0], a[1]);
    if (!f) return 0;
    TrTuple *r = (TrTuple *)tr_structseq_new(&struct_time_type);
    for (int i = 0; i < 11; i++) r->items[i] = TR_TUPLE(f)->items[i];
    return (TrValue)r;
}

static const TrMethodDef time_functions[] = {
    {"time", t_time}, {"time_ns", t_time_ns}, {"monotonic", t_monotonic}, {"monotonic_ns", t_monotonic_ns},
    {"perf_counter", t_perf_counter}, {"perf_counter_ns", t_perf_counter_ns}, {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns}, {"sleep", t_sleep}, {"localtime", t_localtime}, {"gmtime", t_gmtime},
    {"mktime", t_mktime}, {"strftime", t_strftime}, {"asctime", t_asctime}, {"ctime", t_ctime},
    {"strptime", t_strptime}, {0},
};

TrValue trmod_time_init(void) {
    static TrValue m;
    if (m) return m;
    tr_structseq_ready(&struct_time_type, "time", &tm_fields);
    m = tr_module_new("time", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, time_functions);
    tr_module_add(m, "struct_time", (TrValue)&struct_time_type);
    tzset();
    tr_module_add(m, "timezone", tr_int_from_i64(timezone));
    tr_module_add(m, "tzname", tr_tuple_pack(2, tr_str_from_cstr(tzname[0]), tr_str_from_cstr(tzname[1])));
    return m;
}
