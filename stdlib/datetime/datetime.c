/* datetime.c — the `datetime` module with CPython 3.11's semantics: timedelta (days,
 * seconds, microseconds normalised as CPython does, exact arithmetic through GMP with
 * round-half-even for * and / by float), date, datetime (a subclass of date: its
 * object starts with a date's fields), time, tzinfo and timezone (fixed offsets).
 * Calendar arithmetic follows CPython's proleptic Gregorian ordinals (day 1 is
 * 0001-01-01).  strptime is a small backtracking matcher with the alternatives, in
 * order, of the regular expressions CPython's _strptime builds, so the same inputs
 * match or fail with the same ValueError texts. */
#include "tr.h"
#include <math.h>
#include <time.h>
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>

#define MINYEAR 1
#define MAXYEAR 9999
#define MAX_DELTA_DAYS 999999999
#define US_PER_DAY INT64_C(86400000000)

typedef struct Delta { TrObject ob; int64_t days; int32_t seconds, us; } Delta;
typedef struct Date { TrObject ob; int year, month, day; } Date;
typedef struct DateTime { TrObject ob; int year, month, day, hour, minute, second, us, fold; TrValue tzinfo; } DateTime;
typedef struct Time { TrObject ob; int hour, minute, second, us, fold; TrValue tzinfo; } Time;
typedef struct TimeZone { TrObject ob; TrValue offset; TrValue name; } TimeZone;

static TrType delta_type, date_type, datetime_type, time_type, tzinfo_type, timezone_type;
static TrValue utc_tz; /* timezone.utc */

#define TD(v) ((Delta *)(v))
#define DA(v) ((Date *)(v))
#define DT(v) ((DateTime *)(v))
#define TI(v) ((Time *)(v))
#define TZ(v) ((TimeZone *)(v))
#define IS_DELTA(v) tr_isinstance_type(v, &delta_type)
#define IS_DATE(v) tr_isinstance_type(v, &date_type)
#define IS_DATETIME(v) tr_isinstance_type(v, &datetime_type)
#define IS_TIME(v) tr_isinstance_type(v, &time_type)
#define IS_TZINFO(v) tr_isinstance_type(v, &tzinfo_type)
#define TYPE_ERR TR_EXC_TYPE(TypeError)
#define VALUE_ERR TR_EXC_TYPE(ValueError)
#define OVERFLOW_ERR TR_EXC_TYPE(OverflowError)

#define tpname(v) TR_TYPE_NAME(v) /* the module's types are named "datetime.date": CPython's tp_name */

/* ------------------------------------------------------------ calendar helpers */

static const int days_in_month_tab[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const int days_before_month_tab[] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

static int is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
static int days_in_month(int y, int m) { return m == 2 && is_leap(y) ? 29 : days_in_month_tab[m]; }
static int days_before_month(int y, int m) { return days_before_month_tab[m] + (m > 2 && is_leap(y)); }
static int64_t days_before_year(int64_t y) { y -= 1; return y * 365 + y / 4 - y / 100 + y / 400; }
static int64_t ymd_to_ord(int y, int m, int d) { return days_before_year(y) + days_before_month(y, m) + d; }
static int64_t floordiv(int64_t a, int64_t b) { int64_t q = a / b; return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q; }
static int64_t floormod(int64_t a, int64_t b) { return a - floordiv(a, b) * b; }

static void ord_to_ymd(int64_t n, int *year, int *month, int *day) {
    n -= 1;
    int64_t n400 = n / 146097; n %= 146097;
    int y = (int)(n400 * 400 + 1);
    int n100 = (int)(n / 36524); n %= 36524;
    int n4 = (int)(n / 1461); n %= 1461;
    int n1 = (int)(n / 365); n %= 365;
    y += n100 * 100 + n4 * 4 + n1;
    if (n1 == 4 || n100 == 4) { *year = y - 1; *month = 12; *day = 31; return; }
    int leap = n1 == 3 && (n4 != 24 || n100 == 3);
    int m = (int)((n + 50) >> 5);
    int preceding = days_before_month_tab[m] + (m > 2 && leap);
    if (preceding > n) { m -= 1; preceding -= days_in_month_tab[m] + (m == 2 && leap); }
    *year = y; *month = m; *day = (int)(n - preceding + 1);
}
static int weekday_of(int y, int m, int d) { return (int)((ymd_to_ord(y, m, d) + 6) % 7); }
static int64_t iso_week1_monday(int year) {
    int64_t first = ymd_to_ord(year, 1, 1);
    int64_t fw = (first + 6) % 7;
    int64_t monday = first - fw;
    if (fw > 3) monday += 7;
    return monday;
}

/* seconds since 0001-01-01 (less a day) of a wall time, and of local time at epoch
 * seconds u (CPython's utc_to_seconds and local) */
static int64_t wall_seconds(int y, int mo, int d, int h, int mi, int s) { return ((ymd_to_ord(y, mo, d) * 24 + h) * 60 + mi) * 60 + s; }
#define EPOCH_SECONDS (INT64_C(719163) * 86400)
static int64_t local_seconds(int64_t u) {
    struct tm tm;
    time_t t = (time_t)(u - EPOCH_SECONDS);
    if (!localtime_r(&t, &tm)) return INT64_MIN;
    return wall_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec > 59 ? 59 : tm.tm_sec);
}

static int check_date(int64_t y, int64_t m, int64_t d) {
    if (y < MINYEAR || y > MAXYEAR) { tr_err(VALUE_ERR, "year %lld is out of range", (long long)y); return -1; }
    if (m < 1 || m > 12) { tr_err(VALUE_ERR, "month must be in 1..12"); return -1; }
    if (d < 1 || d > days_in_month((int)y, (int)m)) { tr_err(VALUE_ERR, "day is out of range for month"); return -1; }
    return 0;
}
static int check_time(int64_t h, int64_t mi, int64_t s, int64_t us, int64_t fold) {
    if (h < 0 || h > 23) { tr_err(VALUE_ERR, "hour must be in 0..23"); return -1; }
    if (mi < 0 || mi > 59) { tr_err(VALUE_ERR, "minute must be in 0..59"); return -1; }
    if (s < 0 || s > 59) { tr_err(VALUE_ERR, "second must be in 0..59"); return -1; }
    if (us < 0 || us > 999999) { tr_err(VALUE_ERR, "microsecond must be in 0..999999"); return -1; }
    if (fold != 0 && fold != 1) { tr_err(VALUE_ERR, "fold must be either 0 or 1"); return -1; }
    return 0;
}
static int check_tzinfo(TrValue tz) {
    if (tz == tr_None || IS_TZINFO(tz)) return 0;
    tr_err(TYPE_ERR, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", tpname(tz));
    return -1;
}

/* an int argument (CPython's "i" format); v 0 = absent: dflt */
static int int_arg(TrValue v, int64_t dflt, int64_t *out) {
    if (!v) { *out = dflt; return 0; }
    if (tr_float_check(v)) { tr_err(TYPE_ERR, "'float' object cannot be interpreted as an integer"); return -1; }
    return tr_index(v, out);
}

/* the name a repr shows: "datetime.X" for the module's own types, else the class name */
static const char *type_repr_name(TrValue v, const char *own) {
    TrType *t = TR_TYPE(v);
    return (t == &delta_type || t == &date_type || t == &datetime_type || t == &time_type || t == &timezone_type) ? own : t->name;
}

/* ------------------------------------------------------------------ timedelta */

static TrValue delta_new_raw(int64_t days, int64_t secs, int64_t us) {
    Delta *d = (Delta *)tr_object_alloc(&delta_type, sizeof(Delta));
    d->days = days; d->seconds = (int32_t)secs; d->us = (int32_t)us;
    return (TrValue)d;
}
static void delta_to_mpz(TrValue v, mpz_t z) {
    mpz_set_si(z, (long)TD(v)->days);
    mpz_mul_ui(z, z, 86400);
    mpz_add_ui(z, z, (unsigned long)TD(v)->seconds);
    mpz_mul_ui(z, z, 1000000);
    mpz_add_ui(z, z, (unsigned long)TD(v)->us);
}
/* a timedelta of z microseconds, on type t; OverflowError past the days limit */
static TrValue delta_from_mpz_type(const mpz_t z, TrType *t) {
    /* floor divisions by 10**6 then 86400 (a day's 86400 * 10**6 microseconds do not fit
     * the unsigned long of 32-bit targets); each remainder is then in [0, divisor) */
    mpz_t q, secs;
    mpz_init(q); mpz_init(secs);
    unsigned long us = mpz_fdiv_q_ui(secs, z, 1000000);
    unsigned long seconds = mpz_fdiv_q_ui(q, secs, 86400);
    mpz_clear(secs);
    if (!mpz_fits_sint_p(q)) {
        mpz_clear(q);
        return tr_err(OVERFLOW_ERR, "Python int too large to convert to C int");
    }
    if (labs(mpz_get_si(q)) > MAX_DELTA_DAYS) {
        TrValue n = tr_int_from_mpz(q);
        mpz_clear(q);
        return tr_err(OVERFLOW_ERR, "days=%S; must have magnitude <= %d", n, MAX_DELTA_DAYS);
    }
    int64_t days = mpz_get_si(q);
    mpz_clear(q);
    Delta *d = (Delta *)tr_object_alloc(t, t->basicsize);
    d->days = days; d->seconds = (int32_t)seconds; d->us = (int32_t)us;
    return (TrValue)d;
}
static TrValue delta_from_mpz(const mpz_t z) { return delta_from_mpz_type(z, &delta_type); }
static TrValue delta_from_us(int64_t days, int64_t secs, int64_t us) {
    mpz_t z; mpz_init_set_si(z, (long)days);
    mpz_mul_ui(z, z, 86400);
    if (secs >= 0) mpz_add_ui(z, z, (unsigned long)secs); else mpz_sub_ui(z, z, (unsigned long)-secs);
    mpz_mul_ui(z, z, 1000000);
    if (us >= 0) mpz_add_ui(z, z, (unsigned long)us); else mpz_sub_ui(z, z, (unsigned long)-us);
    TrValue r = delta_from_mpz(z);
    mpz_clear(z);
    return r;
}
static int64_t delta_total_us_small(TrValue v) { /* only for values known to fit (offsets) */
    return (TD(v)->days * 86400 + TD(v)->seconds) * 1000000 + TD(v)->us;
}

/* q = a / b rounded half to even */
static void mpz_div_near(mpz_t q, const mpz_t a, const mpz_t b) {
    mpz_t r; mpz_init(r);
    mpz_fdiv_qr(q, r, a, b);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmpabs(r, b);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clear(r);
}
/* an exact fraction num/den of a finite double */
static void double_ratio(double x, mpz_t num, mpz_t den) {
    int e;
    double m = frexp(x, &e);
    mpz_set_d(num, ldexp(m, 53));
    mpz_set_ui(den, 1);
    e -= 53;
    if (e > 0) mpz_mul_2exp(num, num, (unsigned long)e);
    else if (e < 0) mpz_mul_2exp(den, den, (unsigned long)-e);
}

static TrValue delta_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks", NULL};
    TrValue a[7];
    if (tr_parse_args("__new__", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    /* CPython accumulates in the order us, ms, s, min, h, d, w */
    static const int order[] = {2, 3, 1, 4, 5, 0, 6};
    static const double factors[] = {86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 604800e6};
    mpz_t sum, x; mpz_init_set_ui(sum, 0); mpz_init(x);
    double leftover = 0;
    bool have_leftover = false;
    for (int k = 0; k < 7; k++) {
        int i = order[k];
        TrValue v = a[i];
        if (!v) continue;
        if (tr_int_check(v)) {
            tr_int_as_mpz(v, x);
            mpz_mul_ui(x, x, (unsigned long)factors[i]);
            mpz_add(sum, sum, x);
        } else if (tr_float_check(v)) {
            double d = TR_FLOAT_VAL(v), ip;
            if (!isfinite(d)) {
                mpz_clear(sum); mpz_clear(x);
                return tr_err(isnan(d) ? VALUE_ERR : OVERFLOW_ERR, isnan(d) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
            }
            double frac = modf(d, &ip);
            mpz_set_d(x, ip);
            mpz_mul_ui(x, x, (unsigned long)factors[i]);
            mpz_add(sum, sum, x);
            if (frac != 0) {
                double p = factors[i] * frac;
                frac = modf(p, &ip);
                mpz_set_d(x, ip);
                mpz_add(sum, sum, x);
                leftover += frac;
                have_leftover = true;
            }
        } else {
            mpz_clear(sum); mpz_clear(x);
            return tr_err(TYPE_ERR, "unsupported type for timedelta %s component: %s", kw[i], tpname(v));
        }
    }
    if (have_leftover && leftover != 0) {
        double whole = round(leftover);
        if (fabs(whole - leftover) == 0.5) {
            int odd = mpz_odd_p(sum) ? 1 : 0;
            whole = 2.0 * round((leftover + odd) * 0.5) - odd;
        }
        mpz_set_d(x, whole);
        mpz_add(sum, sum, x);
    }
    TrValue r = delta_from_mpz_type(sum, type);
    mpz_clear(sum); mpz_clear(x);
    return r;
}

static TrValue delta_repr(TrValue self) {
    Delta *d = TD(self);
    TrBuf b; tr_buf_init(&b);
    tr_buf_printf(&b, "%s(", type_repr_name(self, "datetime.timedelta"));
    const char *sep = "";
    if (d->days) { tr_buf_printf(&b, "days=%lld", (long long)d->days); sep = ", "; }
    if (d->seconds) { tr_buf_printf(&b, "%sseconds=%d", sep, d->seconds); sep = ", "; }
    if (d->us) { tr_buf_printf(&b, "%smicroseconds=%d", sep, d->us); sep = ", "; }
    if (!*sep) tr_buf_adds(&b, "0");
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}
static TrValue delta_str(TrValue self) {
    Delta *d = TD(self);
    TrBuf b; tr_buf_init(&b);
    if (d->days) tr_buf_printf(&b, "%lld day%s, ", (long long)d->days, (d->days == 1 || d->days == -1) ? "" : "s");
    tr_buf_printf(&b, "%d:%02d:%02d", d->seconds / 3600, d->seconds / 60 % 60, d->seconds % 60);
    if (d->us) tr_buf_printf(&b, ".%06d", d->us);
    return tr_buf_finish(&b);
}
static int64_t delta_hash(TrValue self) {
    return tr_hash(tr_tuple_pack(3, tr_int_from_i64(TD(self)->days), tr_int_from_i64(TD(self)->seconds), tr_int_from_i64(TD(self)->us)));
}
static int delta_cmp(TrValue a, TrValue b) {
    Delta *x = TD(a), *y = TD(b);
    if (x->days != y->days) return x->days < y->days ? -1 : 1;
    if (x->seconds != y->seconds) return x->seconds < y->seconds ? -1 : 1;
    if (x->us != y->us) return x->us < y->us ? -1 : 1;
    return 0;
}
static TrValue cmp_result(int c, int op) {
    switch (op) {
    case TR_LT: return tr_bool(c < 0);
    case TR_LE: return tr_bool(c <= 0);
    case TR_EQ: return tr_bool(c == 0);
    case TR_NE: return tr_bool(c != 0);
    case TR_GT: return tr_bool(c > 0);
    default: return tr_bool(c >= 0);
    }
}
static TrValue delta_richcompare(TrValue a, TrValue b, int op) {
    if (!IS_DELTA(a) || !IS_DELTA(b)) return tr_NotImplemented;
    return cmp_result(delta_cmp(a, b), op);
}
static int delta_truth(TrValue self) { return TD(self)->days || TD(self)->seconds || TD(self)->us; }

/* a op b on the microsecond counts; kind: 0 add, 1 sub */
static TrValue delta_addsub(TrValue a, TrValue b, int sub) {
    mpz_t x, y; mpz_init(x); mpz_init(y);
    delta_to_mpz(a, x); delta_to_mpz(b, y);
    if (sub) mpz_sub(x, x, y); else mpz_add(x, x, y);
    TrValue r = delta_from_mpz(x);
    mpz_clear(x); mpz_clear(y);
    return r;
}
static TrValue delta_add(TrValue a, TrValue b) {
    if (IS_DELTA(a) && IS_DELTA(b)) return delta_addsub(a, b, 0);
    return tr_NotImplemented;
}
static TrValue delta_sub(TrValue a, TrValue b) {
    if (IS_DELTA(a) && IS_DELTA(b)) return delta_addsub(a, b, 1);
    return tr_NotImplemented;
}
static TrValue delta_neg(TrValue a) {
    mpz_t x; mpz_init(x); delta_to_mpz(a, x); mpz_neg(x, x);
    TrValue r = delta_from_mpz(x); mpz_clear(x); return r;
}
static TrValue delta_pos(TrValue a) { return delta_new_raw(TD(a)->days, TD(a)->seconds, TD(a)->us); }
static TrValue delta_abs(TrValue a) { return TD(a)->days < 0 ? delta_neg(a) : delta_pos(a); }

/* td * (num/den) rounded half to even */
static TrValue delta_scale(TrValue td, const mpz_t num, const mpz_t den) {
    mpz_t x, q; mpz_init(x); mpz_init(q);
    delta_to_mpz(td, x);
    mpz_mul(x, x, num);
    mpz_div_near(q, x, den);
    TrValue r = delta_from_mpz(q);
    mpz_clear(x); mpz_clear(q);
    return r;
}
static TrValue delta_mul(TrValue a, TrValue b) {
    if (!IS_DELTA(a)) { TrValue t = a; a = b; b = t; }
    mpz_t num, den; mpz_init(num); mpz_init_set_ui(den, 1);
    TrValue r;
    if (tr_int_check(b)) { tr_int_as_mpz(b, num); r = delta_scale(a, num, den); }
    else if (tr_float_check(b)) {
        double d = TR_FLOAT_VAL(b);
        if (!isfinite(d)) r = tr_err(isnan(d) ? VALUE_ERR : OVERFLOW_ERR, isnan(d) ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
        else { double_ratio(d, num, den); r = delta_scale(a, num, den); }
    } else r = tr_NotImplemented;
    mpz_clear(num); mpz_clear(den);
    return r;
}
static TrValue us_int(TrValue td) {
    mpz_t x; mpz_init(x); delta_to_mpz(td, x);
    TrValue r = tr_int_from_mpz(x); mpz_clear(x); return r;
}
static TrValue delta_truediv(TrValue a, TrValue b) {
    if (!IS_DELTA(a)) return tr_NotImplemented;
    if (IS_DELTA(b)) return tr_binop(TR_TRUEDIV, us_int(a), us_int(b));
    mpz_t num, den; mpz_init_set_ui(num, 1); mpz_init(den);
    TrValue r;
    if (tr_int_check(b)) {
        tr_int_as_mpz(b, den);
        if (!mpz_sgn(den)) r = tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer division or modulo by zero");
        else r = delta_scale(a, num, den);
    } else if (tr_float_check(b)) {
        double d = TR_FLOAT_VAL(b);
        if (d == 0) r = tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer division or modulo by zero");
        else if (!isfinite(d)) r = tr_err(isnan(d) ? VALUE_ERR : OVERFLOW_ERR, isnan(d) ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
        else { double_ratio(d, den, num); r = delta_scale(a, num, den); }
    } else r = tr_NotImplemented;
    mpz_clear(num); mpz_clear(den);
    return r;
}
static TrValue delta_floordiv(TrValue a, TrValue b) {
    if (!IS_DELTA(a)) return tr_NotImplemented;
    if (IS_DELTA(b) && !delta_truth(b)) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer division or modulo by zero");
    if (IS_DELTA(b)) return tr_binop(TR_FLOORDIV, us_int(a), us_int(b));
    if (tr_int_check(b)) {
        TrValue q = tr_binop(TR_FLOORDIV, us_int(a), b);
        if (!q) return 0;
        mpz_t z; mpz_init(z); tr_int_as_mpz(q, z);
        TrValue r = delta_from_mpz(z); mpz_clear(z); return r;
    }
    return tr_NotImplemented;
}
static TrValue delta_mod(TrValue a, TrValue b) {
    if (!IS_DELTA(a) || !IS_DELTA(b)) return tr_NotImplemented;
    if (!delta_truth(b)) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer modulo by zero");
    TrValue m = tr_binop(TR_MOD, us_int(a), us_int(b));
    if (!m) return 0;
    mpz_t z; mpz_init(z); tr_int_as_mpz(m, z);
    TrValue r = delta_from_mpz(z); mpz_clear(z); return r;
}
static TrValue delta_divmod(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__divmod__", nargs - 1, 1, 1) < 0) return 0;
    if (!IS_DELTA(args[1])) return tr_NotImplemented;
    TrValue q = delta_floordiv(args[0], args[1]);
    if (!q) return 0;
    TrValue m = delta_mod(args[0], args[1]);
    return m ? tr_tuple_pack(2, q, m) : 0;
}
static TrValue delta_total_seconds(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("total_seconds", nargs - 1, 0, 0) < 0) return 0;
    return tr_binop(TR_TRUEDIV, us_int(args[0]), tr_int_from_i64(1000000));
}
static TrValue delta_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    Delta *d = TD(args[0]);
    return tr_tuple_pack(2, (TrValue)TR_TYPE(args[0]),
                         tr_tuple_pack(3, tr_int_from_i64(d->days), tr_int_from_i64(d->seconds), tr_int_from_i64(d->us)));
}
static TrValue delta_get_days(TrValue s) { return tr_int_from_i64(TD(s)->days); }
static TrValue delta_get_seconds(TrValue s) { return tr_int_from_i64(TD(s)->seconds); }
static TrValue delta_get_us(TrValue s) { return tr_int_from_i64(TD(s)->us); }

static const TrMethodDef delta_methods[] = {
    {"total_seconds", delta_total_seconds}, {"__divmod__", delta_divmod}, {"__reduce__", delta_reduce}, {0},
};
static TrType delta_type = {
    .ob = {&tr_type_type}, .name = "datetime.timedelta", .flags = TR_TF_BASETYPE | TR_TF_ATOMIC, .basicsize = sizeof(Delta),
    .repr = delta_repr, .str = delta_str, .hash = delta_hash, .richcompare = delta_richcompare, .truth = delta_truth,
    .nb = {[TR_ADD] = delta_add, [TR_SUB] = delta_sub, [TR_MUL] = delta_mul, [TR_TRUEDIV] = delta_truediv,
           [TR_FLOORDIV] = delta_floordiv, [TR_MOD] = delta_mod},
    .neg = delta_neg, .pos = delta_pos, .abs = delta_abs, .new_ = delta_new,
};

/* ----------------------------------------------------------------------- date */

static TrValue date_alloc(TrType *t, int y, int m, int d) {
    Date *o = (Date *)tr_object_alloc(t, t->basicsize);
    o->year = y; o->month = m; o->day = d;
    return (TrValue)o;
}
static TrValue datetime_alloc(TrType *t, int y, int mo, int d, int h, int mi, int s, int us, TrValue tz, int fold) {
    DateTime *o = (DateTime *)tr_object_alloc(t, t->basicsize);
    o->year = y; o->month = mo; o->day = d; o->hour = h; o->minute = mi; o->second = s; o->us = us;
    o->tzinfo = tz ? tz : tr_None; o->fold = fold;
    return (TrValue)o;
}
static TrValue time_new_raw(TrType *t, int h, int mi, int s, int us, TrValue tz, int fold) {
    Time *o = (Time *)tr_object_alloc(t, t->basicsize);
    o->hour = h; o->minute = mi; o->second = s; o->us = us; o->tzinfo = tz ? tz : tr_None; o->fold = fold;
    return (TrValue)o;
}

/* A date or datetime of type t: the module's own types are filled in directly, a
 * subclass is called with the fields, as CPython does (its __new__ and __init__ run). */
static TrValue date_new_raw(TrType *t, int y, int m, int d) {
    if (t == &date_type || t == &datetime_type) return t == &date_type ? date_alloc(t, y, m, d) : datetime_alloc(t, y, m, d, 0, 0, 0, 0, tr_None, 0);
    TrValue args[3] = {tr_int_from_i64(y), tr_int_from_i64(m), tr_int_from_i64(d)};
    return tr_call((TrValue)t, args, 3, 0);
}
static TrValue datetime_new_raw(TrType *t, int y, int mo, int d, int h, int mi, int s, int us, TrValue tz, int fold) {
    if (t == &datetime_type) return datetime_alloc(t, y, mo, d, h, mi, s, us, tz, fold);
    TrValue args[9] = {tr_int_from_i64(y), tr_int_from_i64(mo), tr_int_from_i64(d), tr_int_from_i64(h), tr_int_from_i64(mi),
                       tr_int_from_i64(s), tr_int_from_i64(us), tz ? tz : tr_None, tr_int_from_i64(fold)};
    return tr_call((TrValue)t, args, 8, fold ? tr_tuple_pack(1, TR_INTERN("fold")) : 0);
}

/* The arguments of the date, datetime and time constructors, with the texts of
 * CPython's nameless PyArg_ParseTupleAndKeywords ("function takes at most 3 arguments"). */
static int ctor_args(TrValue *args, size_t nargs, TrValue kwnames, const char *const *kw, size_t nreq, TrValue *out) {
    size_t nparams = 0, npos = 0, nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    while (kw[nparams]) {
        if (kw[nparams][0] != '$') npos = nparams + 1;
        nparams++;
    }
    if (nargs + nkw > nparams) {
        tr_err(TYPE_ERR, "function takes at most %zu argument%s (%zu given)", nparams, nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > npos) {
        tr_err(TYPE_ERR, "function takes at most %zu positional argument%s (%zu given)", npos, npos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = nargs; i < nreq; i++) { /* CPython looks for missing ones before odd keywords */
        bool found = false;
        for (size_t k = 0; k < nkw && !found; k++) found = !strcmp(tr_str_cstr(TR_TUPLE(kwnames)->items[k]), kw[i] + (kw[i][0] == '$'));
        if (!found) {
            tr_err(TYPE_ERR, "function missing required argument '%s' (pos %zu)", kw[i] + (kw[i][0] == '$'), i + 1);
            return -1;
        }
    }
    for (size_t k = 0; k < nkw; k++) {
        const char *name = tr_str_cstr(TR_TUPLE(kwnames)->items[k]);
        size_t i = 0;
        while (i < nparams && strcmp(kw[i] + (kw[i][0] == '$'), name)) i++;
        if (i == nparams) { tr_err(TYPE_ERR, "'%s' is an invalid keyword argument for this function", name); return -1; }
        if (i < nargs) { tr_err(TYPE_ERR, "argument for function given by name ('%s') and position (%zu)", name, i + 1); return -1; }
    }
    return tr_parse_args("function", args, nargs, kwnames, kw, nreq, out);
}

static TrValue date_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"year", "month", "day", NULL};
    TrValue a[3];
    int64_t y, m, d;
    if (ctor_args(args, nargs, kwnames, kw, 3, a) < 0) return 0;
    if (int_arg(a[0], 0, &y) < 0 || int_arg(a[1], 0, &m) < 0 || int_arg(a[2], 0, &d) < 0) return 0;
    if (check_date(y, m, d) < 0) return 0;
    return date_alloc(type, (int)y, (int)m, (int)d);
}
static TrType *cls_arg(TrValue v) { return (TrType *)v; }

/* a date from an ordinal, on type t (datetime: midnight) */
static TrValue date_from_ord(TrType *t, int64_t ord) {
    if (ord < 1 || ord > ymd_to_ord(MAXYEAR, 12, 31)) return tr_err(OVERFLOW_ERR, "date value out of range");
    int y, m, d;
    ord_to_ymd(ord, &y, &m, &d);
    if (tr_type_is_subtype(t, &datetime_type) || t == &datetime_type) return datetime_new_raw(t, y, m, d, 0, 0, 0, 0, tr_None, 0);
    return date_new_raw(t, y, m, d);
}

static int local_tm(time_t t, struct tm *tm) {
    if (!localtime_r(&t, tm)) { tr_err(OVERFLOW_ERR, "timestamp out of range for platform time_t"); return -1; }
    return 0;
}
/* a float/int timestamp split into whole seconds and microseconds (round half even) */
static int split_timestamp(TrValue ts, int64_t *secs, int *us) {
    if (tr_int_check(ts)) { *us = 0; return tr_int_as_i64(ts, secs); }
    double d;
    if (tr_as_double(ts, &d) < 0) return -1;
    if (!isfinite(d)) { tr_err(VALUE_ERR, isnan(d) ? "Invalid value NaN (not a number)" : "cannot convert float infinity to integer"); return -1; }
    double ip, frac = modf(d, &ip);
    frac *= 1e6;
    double r = nearbyint(frac); /* round half even (default rounding mode) */
    if (r >= 1e6) { r -= 1e6; ip += 1; }
    else if (r < 0) { r += 1e6; ip -= 1; }
    if (fabs(ip) > 1e17) { tr_err(OVERFLOW_ERR, "timestamp out of range for platform time_t"); return -1; }
    *secs = (int64_t)ip; *us = (int)r;
    return 0;
}

static TrValue date_today(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("date.today", nargs - 1, 0, 0) < 0) return 0;
    struct tm tm;
    if (local_tm(time(NULL), &tm) < 0) return 0;
    return date_new_raw(cls_arg(args[0]), tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
static TrValue date_fromtimestamp(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromtimestamp", nargs - 1, 1, 1) < 0) return 0;
    int64_t s; int us; struct tm tm;
    if (split_timestamp(args[1], &s, &us) < 0 || local_tm((time_t)s, &tm) < 0) return 0;
    if (tm.tm_year + 1900 < MINYEAR || tm.tm_year + 1900 > MAXYEAR) return tr_err(VALUE_ERR, "year %d is out of range", tm.tm_year + 1900);
    return date_new_raw(cls_arg(args[0]), tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
static TrValue date_fromordinal(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromordinal", nargs - 1, 1, 1) < 0) return 0;
    int64_t n;
    if (int_arg(args[1], 0, &n) < 0) return 0;
    if (n < 1) return tr_err(VALUE_ERR, "ordinal must be >= 1");
    if (n > ymd_to_ord(MAXYEAR, 12, 31)) return tr_err(VALUE_ERR, "year %d is out of range", MAXYEAR + 1);
    return date_from_ord(cls_arg(args[0]), n);
}

/* parsing ISO strings: digits at p (exactly n) */
static int digits(const char *p, int n, int *out) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)p[i])) return -1;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return 0;
}
/* YYYY-MM-DD, YYYYMMDD, YYYY-Www-D, YYYYWwwD: the length parsed, or -1 */
static int parse_iso_date(const char *s, size_t len, int *y, int *m, int *d) {
    if (len < 7 || digits(s, 4, y) < 0) return -1;
    bool ext = s[4] == '-';
    const char *p = s + 4 + ext;
    size_t rest = len - 4 - ext;
    if (*p == 'W') {
        int w, wd = 1;
        if (rest < 3 || digits(p + 1, 2, &w) < 0) return -1;
        size_t used = 4 + ext + 3;
        if (rest > 3 && (ext ? p[3] == '-' : isdigit((unsigned char)p[3]))) {
            const char *q = p + 3 + ext;
            if ((size_t)(q - s) >= len || digits(q, 1, &wd) < 0) return -1;
            used = (size_t)(q - s) + 1;
        }
        if (*y < MINYEAR || w < 1 || w > 53 || wd < 1 || wd > 7) return -2;
        if (w == 53) { /* only years starting on Thursday, or leap years starting on Wednesday */
            int first = weekday_of(*y, 1, 1);
            if (!(first == 3 || (first == 2 && is_leap(*y)))) return -2;
        }
        int64_t ord = iso_week1_monday(*y) + (w - 1) * 7 + (wd - 1);
        if (ord < 1 || ord > ymd_to_ord(MAXYEAR, 12, 31)) return -2;
        ord_to_ymd(ord, y, m, d);
        return (int)used;
    }
    if (rest < (size_t)(ext ? 5 : 4) || digits(p, 2, m) < 0) return -1;
    p += 2;
    if (ext && *p++ != '-') return -1;
    if (digits(p, 2, d) < 0) return -1;
    return (int)(p + 2 - s);
}

static TrValue date_fromisoformat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromisoformat", nargs - 1, 1, 1) < 0) return 0;
    TrValue sv = args[1];
    if (!tr_str_check(sv)) return tr_err(TYPE_ERR, "fromisoformat: argument must be str");
    const char *s = tr_str_cstr(sv);
    size_t len = TR_STR(sv)->len;
    int y, m, d;
    int n = parse_iso_date(s, len, &y, &m, &d);
    if (n == -2 && !tr_err_occurred()) return tr_err(VALUE_ERR, "Invalid isoformat string: %R", sv);
    if (n < 0 || (size_t)n != len || (len != 10 && len != 8 && len != 7 && len != 8)) return tr_err(VALUE_ERR, "Invalid isoformat string: %R", sv);
    if (check_date(y, m, d) < 0) return 0;
    return date_new_raw(cls_arg(args[0]), y, m, d);
}
static TrValue date_fromisocalendar(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"year", "week", "day", NULL};
    TrValue a[3];
    int64_t y, w, d;
    if (tr_parse_args("fromisocalendar", args + 1, nargs - 1, kwnames, kw, 3, a) < 0) return 0;
    if (int_arg(a[0], 0, &y) < 0 || int_arg(a[1], 0, &w) < 0 || int_arg(a[2], 0, &d) < 0) return 0;
    if (y < MINYEAR || y > MAXYEAR) return tr_err(VALUE_ERR, "Year is out of range: %lld", (long long)y);
    if (w <= 0 || w >= 53) {
        int first = weekday_of((int)y, 1, 1);
        if (!(w == 53 && (first == 3 || (first == 2 && is_leap((int)y))))) return tr_err(VALUE_ERR, "Invalid week: %lld", (long long)w);
    }
    if (d <= 0 || d > 7) return tr_err(VALUE_ERR, "Invalid weekday: %lld (range is [1, 7])", (long long)d);
    return date_from_ord(cls_arg(args[0]), iso_week1_monday((int)y) + (w - 1) * 7 + (d - 1));
}

static TrValue date_repr(TrValue self) {
    Date *d = DA(self);
    return tr_str_fmt("%s(%d, %d, %d)", type_repr_name(self, "datetime.date"), d->year, d->month, d->day);
}
static TrValue date_isoformat_v(TrValue self) { return tr_str_fmt("%04d-%02d-%02d", DA(self)->year, DA(self)->month, DA(self)->day); }
static TrValue date_isoformat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("isoformat", nargs - 1, 0, 0) < 0) return 0;
    return date_isoformat_v(args[0]);
}
static int64_t date_ord(TrValue v) { return ymd_to_ord(DA(v)->year, DA(v)->month, DA(v)->day); }
static TrValue date_toordinal(TrValue *args, size_t nargs, TrValue kwnames) { return tr_int_from_i64(date_ord(args[0])); }
static TrValue date_weekday(TrValue *args, size_t nargs, TrValue kwnames) { return tr_int_from_i64((date_ord(args[0]) + 6) % 7); }
static TrValue date_isoweekday(TrValue *args, size_t nargs, TrValue kwnames) { return tr_int_from_i64((date_ord(args[0]) + 6) % 7 + 1); }

static TrValue isocal_type; /* IsoCalendarDate: a namedtuple made on first use */
static TrValue isocal_repr(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue t = args[0];
    if (!tr_tuple_check(t) || TR_TUPLE(t)->len != 3) return tr_err(TYPE_ERR, "IsoCalendarDate expected");
    TrValue *it = TR_TUPLE(t)->items;
    return tr_str_fmt("datetime.IsoCalendarDate(year=%R, week=%R, weekday=%R)", it[0], it[1], it[2]);
}
static TrValue make_isocal_type(void) {
    extern TrValue trmod___collections_init(void);
    TrValue coll = trmod___collections_init();
    TrValue nt = coll ? tr_getattr_cstr(coll, "namedtuple") : 0;
    TrValue cls = nt ? tr_call2(nt, tr_str_from_cstr("IsoCalendarDate"), tr_str_from_cstr("year week weekday")) : 0;
    if (!cls) return 0;
    TrType *t = (TrType *)cls;
    t->module = TR_INTERN("datetime");
    TrBuiltin *r = (TrBuiltin *)tr_builtin_new("__repr__", isocal_repr);
    r->owner = t;
    if (tr_dict_set_str(t->dict, "__repr__", (TrValue)r) < 0) return 0;
    tr_class_update_slot(t, TR_INTERN("__repr__"));
    return cls;
}
static TrValue date_isocalendar(TrValue *args, size_t nargs, TrValue kwnames) {
    int year = DA(args[0])->year;
    int64_t today = date_ord(args[0]), monday = iso_week1_monday(year);
    int64_t week = floordiv(today - monday, 7), day = floormod(today - monday, 7);
    if (week < 0) {
        year--;
        monday = iso_week1_monday(year);
        week = floordiv(today - monday, 7); day = floormod(today - monday, 7);
    } else if (week >= 52 && today >= iso_week1_monday(year + 1)) {
        year++;
        week = 0;
    }
    TrValue items[3] = {tr_int_from_i64(year), tr_int_from_i64(week + 1), tr_int_from_i64(day + 1)};
    if (!isocal_type && !(isocal_type = make_isocal_type())) return 0;
    return tr_call(isocal_type, items, 3, 0);
}

/* struct tm of a date and time-of-day */
static void fill_tm(struct tm *tm, int y, int mo, int d, int h, int mi, int s) {
    memset(tm, 0, sizeof *tm);
    tm->tm_year = y - 1900; tm->tm_mon = mo - 1; tm->tm_mday = d;
    tm->tm_hour = h; tm->tm_min = mi; tm->tm_sec = s;
    tm->tm_wday = (weekday_of(y, mo, d) + 1) % 7;
    tm->tm_yday = days_before_month(y, mo) + d - 1;
    tm->tm_isdst = -1;
}

static TrValue utcoffset_of(TrValue tz, TrValue arg);
static TrValue tzname_of(TrValue tz, TrValue arg);

/* strftime with CPython's own %f, %z, %Z; the rest through the C library */
static TrValue do_strftime(TrValue fmtv, int y, int mo, int d, int h, int mi, int s, int us, TrValue tz, TrValue tzarg) {
    if (!tr_str_check(fmtv)) return tr_err(TYPE_ERR, "strftime() argument 1 must be str, not %s", tpname(fmtv));
    const char *f = tr_str_cstr(fmtv);
    size_t n = TR_STR(fmtv)->len;
    TrBuf pre; tr_buf_init(&pre);
    for (size_t i = 0; i < n; i++) {
        if (f[i] != '%' || i + 1 >= n) { tr_buf_addc(&pre, f[i]); continue; }
        char c = f[++i];
        if (c == 'f') tr_buf_printf(&pre, "%06d", us);
        else if (c == 'z' || c == 'Z') {
            if (tz && tz != tr_None) {
                if (c == 'z') {
                    TrValue off = utcoffset_of(tz, tzarg);
                    if (!off) return 0;
                    if (off != tr_None) {
                        int64_t t = delta_total_us_small(off);
                        char sign = t < 0 ? '-' : '+';
                        if (t < 0) t = -t;
                        int64_t secs = t / 1000000, u = t % 1000000;
                        tr_buf_printf(&pre, "%c%02d%02d", sign, (int)(secs / 3600), (int)(secs / 60 % 60));
                        if (secs % 60 || u) tr_buf_printf(&pre, "%02d", (int)(secs % 60));
                        if (u) tr_buf_printf(&pre, ".%06d", (int)u);
                    }
                } else {
                    TrValue name = tzname_of(tz, tzarg);
                    if (!name) return 0;
                    if (name != tr_None) {
                        /* '%' in a name must survive the C strftime */
                        for (const char *q = tr_str_cstr(name); *q; q++) {
                            if (*q == '%') tr_buf_addc(&pre, '%');
                            tr_buf_addc(&pre, *q);
                        }
                    }
                }
            }
        } else { tr_buf_addc(&pre, '%'); tr_buf_addc(&pre, c); }
    }
    tr_buf_addc(&pre, '\0');
    struct tm tm;
    fill_tm(&tm, y, mo, d, h, mi, s);
    if (pre.len == 1) return tr_str_new("", 0);
    for (size_t cap = 256;; cap *= 2) {
        char *out = tr_alloc_atomic(cap);
        size_t k = strftime(out, cap, pre.data, &tm);
        if (k > 0 || cap > 256 * pre.len) return tr_str_new(out, k);
    }
}
static TrValue date_strftime(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", NULL};
    TrValue a[1];
    if (tr_parse_args("strftime", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    Date *d = DA(args[0]);
    return do_strftime(a[0], d->year, d->month, d->day, 0, 0, 0, 0, 0, 0);
}
static TrValue date_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__format__", nargs - 1, 1, 1) < 0) return 0;
    if (!tr_str_check(args[1])) return tr_err(TYPE_ERR, "__format__() argument 1 must be str, not %s", tpname(args[1]));
    if (TR_STR(args[1])->len == 0) return tr_str(args[0]);
    return tr_call_method_cstr(args[0], "strftime", 1, args[1]);
}
static TrValue ctime_str(int y, int mo, int d, int h, int mi, int s) {
    static const char *const dn[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const mn[] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return tr_str_fmt("%s %s %2d %02d:%02d:%02d %04d", dn[weekday_of(y, mo, d)], mn[mo], d, h, mi, s, y);
}
static TrValue date_ctime(TrValue *args, size_t nargs, TrValue kwnames) {
    Date *d = DA(args[0]);
    return ctime_str(d->year, d->month, d->day, 0, 0, 0);
}
static TrValue date_timetuple(TrValue *args, size_t nargs, TrValue kwnames);

static TrValue date_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"year", "month", "day", NULL};
    TrValue a[3];
    if (tr_parse_args("replace", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    Date *d = DA(args[0]);
    int64_t y, m, dd;
    if (int_arg(a[0], d->year, &y) < 0 || int_arg(a[1], d->month, &m) < 0 || int_arg(a[2], d->day, &dd) < 0) return 0;
    if (check_date(y, m, dd) < 0) return 0;
    return date_new_raw(TR_TYPE(args[0]), (int)y, (int)m, (int)dd);
}
static TrValue date_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    Date *d = DA(args[0]);
    return tr_tuple_pack(2, (TrValue)TR_TYPE(args[0]),
                         tr_tuple_pack(3, tr_int_from_i64(d->year), tr_int_from_i64(d->month), tr_int_from_i64(d->day)));
}

static int date_cmp(TrValue a, TrValue b) {
    Date *x = DA(a), *y = DA(b);
    if (x->year != y->year) return x->year < y->year ? -1 : 1;
    if (x->month != y->month) return x->month < y->month ? -1 : 1;
    if (x->day != y->day) return x->day < y->day ? -1 : 1;
    return 0;
}
static TrValue datetime_richcompare(TrValue a, TrValue b, int op);
static TrValue date_richcompare(TrValue a, TrValue b, int op) {
    if (!IS_DATE(a) || !IS_DATE(b)) return tr_NotImplemented;
    if (IS_DATETIME(a) || IS_DATETIME(b)) return datetime_richcompare(a, b, op);
    return cmp_result(date_cmp(a, b), op);
}
static int64_t date_hash(TrValue self) {
    Date *d = DA(self);
    return tr_hash(tr_tuple_pack(3, tr_int_from_i64(d->year), tr_int_from_i64(d->month), tr_int_from_i64(d->day)));
}
/* date + days: the same kind of date, or OverflowError */
static TrValue date_plus_days(TrValue date, int64_t days) {
    int64_t ord = date_ord(date) + days;
    if (ord < 1 || ord > ymd_to_ord(MAXYEAR, 12, 31)) return tr_err(OVERFLOW_ERR, "date value out of range");
    int y, m, d;
    ord_to_ymd(ord, &y, &m, &d);
    return date_new_raw(TR_TYPE(date), y, m, d);
}
static TrValue datetime_add(TrValue a, TrValue b);
static TrValue datetime_sub(TrValue a, TrValue b);
static TrValue date_add(TrValue a, TrValue b) {
    if (IS_DATETIME(a) || IS_DATETIME(b)) return datetime_add(a, b);
    if (IS_DATE(a) && IS_DELTA(b)) return date_plus_days(a, TD(b)->days);
    if (IS_DELTA(a) && IS_DATE(b)) return date_plus_days(b, TD(a)->days);
    return tr_NotImplemented;
}
static TrValue date_sub(TrValue a, TrValue b) {
    if (IS_DATETIME(a) || IS_DATETIME(b)) return datetime_sub(a, b);
    if (!IS_DATE(a)) return tr_NotImplemented;
    if (IS_DELTA(b)) return date_plus_days(a, -TD(b)->days);
    if (IS_DATE(b)) return delta_from_us(date_ord(a) - date_ord(b), 0, 0);
    return tr_NotImplemented;
}
static TrValue date_get_year(TrValue s) { return tr_int_from_i64(DA(s)->year); }
static TrValue date_get_month(TrValue s) { return tr_int_from_i64(DA(s)->month); }
static TrValue date_get_day(TrValue s) { return tr_int_from_i64(DA(s)->day); }

static const TrMethodDef date_methods[] = {
    {"today", date_today, TR_METH_CLASS}, {"fromtimestamp", date_fromtimestamp, TR_METH_CLASS},
    {"fromordinal", date_fromordinal, TR_METH_CLASS}, {"fromisoformat", date_fromisoformat, TR_METH_CLASS},
    {"fromisocalendar", date_fromisocalendar, TR_METH_CLASS},
    {"isoformat", date_isoformat}, {"toordinal", date_toordinal}, {"weekday", date_weekday},
    {"isoweekday", date_isoweekday}, {"isocalendar", date_isocalendar}, {"strftime", date_strftime},
    {"__format__", date_format}, {"ctime", date_ctime}, {"replace", date_replace}, {"timetuple", date_timetuple},
    {"__reduce__", date_reduce}, {0},
};
static TrValue date_str(TrValue self) { return tr_call_method_cstr(self, "isoformat", 0); }
static TrType date_type = {
    .ob = {&tr_type_type}, .name = "datetime.date", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Date),
    .repr = date_repr, .str = date_str, .hash = date_hash, .richcompare = date_richcompare,
    .nb = {[TR_ADD] = date_add, [TR_SUB] = date_sub}, .new_ = date_new,
};

/* ------------------------------------------------------------ tzinfo, timezone */

static const char *const offset_err =
    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)";

/* tz.utcoffset(arg) checked: None or a timedelta of magnitude under a day */
static TrValue call_offset(TrValue tz, TrValue arg, const char *meth) {
    if (tz == tr_None) return tr_None;
    TrValue off;
    if (TR_TYPE(tz) == &timezone_type && strcmp(meth, "dst")) off = TZ(tz)->offset;
    else if (TR_TYPE(tz) == &timezone_type) return tr_None;
    else {
        off = tr_call_method_cstr(tz, meth, 1, arg);
        if (!off) return 0;
    }
    if (off == tr_None) return off;
    if (!IS_DELTA(off)) return tr_err(TYPE_ERR, "tzinfo.%s() must return None or timedelta, not '%s'", meth, tpname(off));
    if (TD(off)->days < -1 || TD(off)->days >= 1 || (TD(off)->days == -1 && TD(off)->seconds == 0 && TD(off)->us == 0))
        return tr_err(VALUE_ERR, "%s, not %R.", offset_err, off);
    return off;
}
static TrValue utcoffset_of(TrValue tz, TrValue arg) { return call_offset(tz, arg, "utcoffset"); }
static TrValue tzname_of(TrValue tz, TrValue arg) {
    if (tz == tr_None) return tr_None;
    TrValue r = tr_call_method_cstr(tz, "tzname", 1, arg);
    if (r && r != tr_None && !tr_str_check(r)) return tr_err(TYPE_ERR, "tzinfo.tzname() must return None or a string, not '%s'", tpname(r));
    return r;
}

static TrValue tzinfo_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_object_alloc(type, type->basicsize);
}
static TrValue tzinfo_utcoffset(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(NotImplementedError), "a tzinfo subclass must implement utcoffset()");
}
static TrValue tzinfo_dst(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(NotImplementedError), "a tzinfo subclass must implement dst()");
}
static TrValue tzinfo_tzname(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(NotImplementedError), "a tzinfo subclass must implement tzname()");
}
static TrValue dt_plus_us(TrValue dt, int64_t us, TrType *t);
/* tzinfo.fromutc: the standard algorithm for a tzinfo whose dst() is consistent */
static TrValue tzinfo_fromutc(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromutc", nargs - 1, 1, 1) < 0) return 0;
    TrValue dt = args[1];
    if (!IS_DATETIME(dt)) return tr_err(TYPE_ERR, "fromutc: argument must be a datetime");
    if (DT(dt)->tzinfo != args[0]) return tr_err(VALUE_ERR, "fromutc: dt.tzinfo is not self");
    TrValue off = utcoffset_of(args[0], dt);
    if (!off) return 0;
    if (off == tr_None) return tr_err(VALUE_ERR, "fromutc: non-None utcoffset() result required");
    TrValue dst = call_offset(args[0], dt, "dst");
    if (!dst) return 0;
    if (dst == tr_None) return tr_err(VALUE_ERR, "fromutc: non-None dst() result required");
    TrValue r = dt_plus_us(dt, delta_total_us_small(off) - delta_total_us_small(dst), TR_TYPE(dt));
    if (!r) return 0;
    dst = call_offset(args[0], r, "dst");
    if (!dst) return 0;
    if (dst == tr_None) return tr_err(VALUE_ERR, "fromutc: tz.dst() gave inconsistent results; cannot convert");
    return dt_plus_us(r, delta_total_us_small(dst), TR_TYPE(dt));
}
static const TrMethodDef tzinfo_methods[] = {
    {"utcoffset", tzinfo_utcoffset}, {"dst", tzinfo_dst}, {"tzname", tzinfo_tzname}, {"fromutc", tzinfo_fromutc}, {0},
};
static TrType tzinfo_type = {
    .ob = {&tr_type_type}, .name = "datetime.tzinfo", .flags = TR_TF_BASETYPE, .basicsize = sizeof(TrObject),
    .new_ = tzinfo_new,
};

static TrValue timezone_make(TrValue offset, TrValue name) {
    if (!name && !TD(offset)->days && !TD(offset)->seconds && !TD(offset)->us && utc_tz) return utc_tz;
    TimeZone *z = (TimeZone *)tr_object_alloc(&timezone_type, sizeof(TimeZone));
    z->offset = offset; z->name = name;
    return (TrValue)z;
}
static TrValue timezone_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"offset", "name", NULL};
    TrValue a[2];
    if (tr_parse_args("timezone", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (!IS_DELTA(a[0])) return tr_err(TYPE_ERR, "timezone() argument 1 must be datetime.timedelta, not %s", tpname(a[0]));
    if (a[1] && !tr_str_check(a[1])) return tr_err(TYPE_ERR, "timezone() argument 2 must be str, not %s", tpname(a[1]));
    Delta *d = TD(a[0]);
    if (d->days < -1 || d->days >= 1 || (d->days == -1 && !d->seconds && !d->us))
        return tr_err(VALUE_ERR, "%s, not %R.", offset_err, a[0]);
    return timezone_make(a[0], a[1]);
}
/* "UTC+05:30" style text of an offset (sep between the fields) */
static void add_offset(TrBuf *b, int64_t t, const char *sep) {
    char sign = '+';
    if (t < 0) { sign = '-'; t = -t; }
    int64_t secs = t / 1000000, us = t % 1000000;
    tr_buf_printf(b, "%c%02d%s%02d", sign, (int)(secs / 3600), sep, (int)(secs / 60 % 60));
    if (secs % 60 || us) tr_buf_printf(b, "%s%02d", sep, (int)(secs % 60));
    if (us) tr_buf_printf(b, ".%06d", (int)us);
}
static TrValue timezone_name(TrValue self) {
    if (TZ(self)->name) return TZ(self)->name;
    int64_t t = delta_total_us_small(TZ(self)->offset);
    if (t == 0) return tr_str_from_cstr("UTC");
    TrBuf b; tr_buf_init(&b);
    tr_buf_adds(&b, "UTC");
    add_offset(&b, t, ":");
    return tr_buf_finish(&b);
}
static TrValue timezone_check_arg(TrValue v, const char *meth) {
    if (v != tr_None && !IS_DATETIME(v))
        return tr_err(TYPE_ERR, "%s(dt) argument must be a datetime instance or None, not %s", meth, tpname(v));
    return tr_None;
}
static TrValue timezone_utcoffset(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("utcoffset", nargs - 1, 1, 1) < 0 || !timezone_check_arg(args[1], "utcoffset")) return 0;
    return TZ(args[0])->offset;
}
static TrValue timezone_dst(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("dst", nargs - 1, 1, 1) < 0 || !timezone_check_arg(args[1], "dst")) return 0;
    return tr_None;
}
static TrValue timezone_tzname(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("tzname", nargs - 1, 1, 1) < 0 || !timezone_check_arg(args[1], "tzname")) return 0;
    return timezone_name(args[0]);
}
static TrValue timezone_fromutc(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromutc", nargs - 1, 1, 1) < 0) return 0;
    TrValue dt = args[1];
    if (!IS_DATETIME(dt)) return tr_err(TYPE_ERR, "fromutc: argument must be a datetime");
    if (DT(dt)->tzinfo != args[0]) return tr_err(VALUE_ERR, "fromutc: dt.tzinfo is not self");
    return dt_plus_us(dt, delta_total_us_small(TZ(args[0])->offset), TR_TYPE(dt));
}
static TrValue timezone_repr(TrValue self) {
    if (self == utc_tz) return tr_str_from_cstr("datetime.timezone.utc");
    if (TZ(self)->name) return tr_str_fmt("datetime.timezone(%R, %R)", TZ(self)->offset, TZ(self)->name);
    return tr_str_fmt("datetime.timezone(%R)", TZ(self)->offset);
}
static TrValue timezone_str(TrValue self) { return timezone_name(self); }
static TrValue timezone_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || TR_TYPE(a) != &timezone_type || TR_TYPE(b) != &timezone_type) return tr_NotImplemented;
    return cmp_result(delta_cmp(TZ(a)->offset, TZ(b)->offset), op);
}
static int64_t timezone_hash(TrValue self) { return delta_hash(TZ(self)->offset); }
static TrValue timezone_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    TimeZone *z = TZ(args[0]);
    return tr_tuple_pack(2, (TrValue)&timezone_type, z->name ? tr_tuple_pack(2, z->offset, z->name) : tr_tuple_pack(1, z->offset));
}
static const TrMethodDef timezone_methods[] = {
    {"utcoffset", timezone_utcoffset}, {"dst", timezone_dst}, {"tzname", timezone_tzname},
    {"fromutc", timezone_fromutc}, {"__reduce__", timezone_reduce}, {0},
};
static TrType timezone_type = {
    .ob = {&tr_type_type}, .name = "datetime.timezone", .basicsize = sizeof(TimeZone), .base = &tzinfo_type,
    .repr = timezone_repr, .str = timezone_str, .hash = timezone_hash, .richcompare = timezone_richcompare,
    .new_ = timezone_new,
};

/* ----------------------------------------------------------------------- time */

static TrValue time_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"hour", "minute", "second", "microsecond", "tzinfo", "$fold", NULL};
    TrValue a[6];
    int64_t h, mi, s, us, fold;
    if (ctor_args(args, nargs, kwnames, kw, 0, a) < 0) return 0;
    if (int_arg(a[0], 0, &h) < 0 || int_arg(a[1], 0, &mi) < 0 || int_arg(a[2], 0, &s) < 0 ||
        int_arg(a[3], 0, &us) < 0 || int_arg(a[5], 0, &fold) < 0) return 0;
    if (check_time(h, mi, s, us, fold) < 0) return 0;
    TrValue tz = a[4] ? a[4] : tr_None;
    if (check_tzinfo(tz) < 0) return 0;
    return time_new_raw(type, (int)h, (int)mi, (int)s, (int)us, tz, (int)fold);
}
/* HH:MM:SS.ffffff per timespec; -1 + ValueError on an unknown one */
static int add_time_iso(TrBuf *b, int h, int mi, int s, int us, const char *spec) {
    if (!strcmp(spec, "auto")) spec = us ? "microseconds" : "seconds";
    if (!strcmp(spec, "hours")) tr_buf_printf(b, "%02d", h);
    else if (!strcmp(spec, "minutes")) tr_buf_printf(b, "%02d:%02d", h, mi);
    else if (!strcmp(spec, "seconds")) tr_buf_printf(b, "%02d:%02d:%02d", h, mi, s);
    else if (!strcmp(spec, "milliseconds")) tr_buf_printf(b, "%02d:%02d:%02d.%03d", h, mi, s, us / 1000);
    else if (!strcmp(spec, "microseconds")) tr_buf_printf(b, "%02d:%02d:%02d.%06d", h, mi, s, us);
    else { tr_err(VALUE_ERR, "Unknown timespec value"); return -1; }
    return 0;
}
static int add_tz_iso(TrBuf *b, TrValue tz, TrValue arg) {
    TrValue off = utcoffset_of(tz, arg);
    if (!off) return -1;
    if (off != tr_None) add_offset(b, delta_total_us_small(off), ":");
    return 0;
}
static TrValue time_isoformat(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"timespec", NULL};
    TrValue a[1];
    if (tr_parse_args("isoformat", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    if (a[0] && !tr_str_check(a[0])) return tr_err(TYPE_ERR, "isoformat() argument 1 must be str, not %s", tpname(a[0]));
    Time *t = TI(args[0]);
    TrBuf b; tr_buf_init(&b);
    if (add_time_iso(&b, t->hour, t->minute, t->second, t->us, a[0] ? tr_str_cstr(a[0]) : "auto") < 0) return 0;
    if (add_tz_iso(&b, t->tzinfo, tr_None) < 0) return 0;
    return tr_buf_finish(&b);
}
static TrValue time_str(TrValue self) { return tr_call_method_cstr(self, "isoformat", 0); }
static TrValue time_repr(TrValue self) {
    Time *t = TI(self);
    TrBuf b; tr_buf_init(&b);
    tr_buf_printf(&b, "%s(%d, %d", type_repr_name(self, "datetime.time"), t->hour, t->minute);
    if (t->second || t->us) tr_buf_printf(&b, ", %d", t->second);
    if (t->us) tr_buf_printf(&b, ", %d", t->us);
    if (t->tzinfo != tr_None) { tr_buf_adds(&b, ", tzinfo="); if (tr_buf_add_repr(&b, t->tzinfo) < 0) return 0; }
    if (t->fold) tr_buf_adds(&b, ", fold=1");
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}
static TrValue time_strftime(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", NULL};
    TrValue a[1];
    if (tr_parse_args("strftime", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    Time *t = TI(args[0]);
    return do_strftime(a[0], 1900, 1, 1, t->hour, t->minute, t->second, t->us, t->tzinfo, tr_None);
}
static TrValue time_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"hour", "minute", "second", "microsecond", "tzinfo", "$fold", NULL};
    TrValue a[6];
    if (tr_parse_args("replace", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    Time *t = TI(args[0]);
    int64_t h, mi, s, us, fold;
    if (int_arg(a[0], t->hour, &h) < 0 || int_arg(a[1], t->minute, &mi) < 0 || int_arg(a[2], t->second, &s) < 0 ||
        int_arg(a[3], t->us, &us) < 0 || int_arg(a[5], t->fold, &fold) < 0) return 0;
    if (check_time(h, mi, s, us, fold) < 0) return 0;
    TrValue tz = a[4] ? a[4] : t->tzinfo;
    if (check_tzinfo(tz) < 0) return 0;
    return time_new_raw(TR_TYPE(args[0]), (int)h, (int)mi, (int)s, (int)us, tz, (int)fold);
}
static TrValue time_utcoffset(TrValue *args, size_t nargs, TrValue kwnames) { return utcoffset_of(TI(args[0])->tzinfo, tr_None); }
static TrValue time_dst(TrValue *args, size_t nargs, TrValue kwnames) { return call_offset(TI(args[0])->tzinfo, tr_None, "dst"); }
static TrValue time_tzname(TrValue *args, size_t nargs, TrValue kwnames) { return tzname_of(TI(args[0])->tzinfo, tr_None); }
static int parse_iso_time(const char *s, size_t len, int *h, int *mi, int *sec, int *us, TrValue *tz);
static TrValue time_fromisoformat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromisoformat", nargs - 1, 1, 1) < 0) return 0;
    TrValue sv = args[1];
    if (!tr_str_check(sv)) return tr_err(TYPE_ERR, "fromisoformat: argument must be str");
    const char *s = tr_str_cstr(sv);
    size_t len = TR_STR(sv)->len;
    if (len && s[0] == 'T') { s++; len--; }
    int h, mi, sec, us; TrValue tz;
    if (parse_iso_time(s, len, &h, &mi, &sec, &us, &tz) < 0) {
        if (tr_err_occurred()) return 0;
        return tr_err(VALUE_ERR, "Invalid isoformat string: %R", sv);
    }
    return time_new_raw(cls_arg(args[0]), h, mi, sec, us, tz, 0);
}
static int64_t time_us(TrValue t) { return ((TI(t)->hour * 60 + TI(t)->minute) * 60 + TI(t)->second) * INT64_C(1000000) + TI(t)->us; }
static TrValue time_richcompare(TrValue a, TrValue b, int op) {
    if (!IS_TIME(a) || !IS_TIME(b)) return tr_NotImplemented;
    int64_t x = time_us(a), y = time_us(b);
    if (TI(a)->tzinfo != TI(b)->tzinfo) {
        TrValue o1 = utcoffset_of(TI(a)->tzinfo, tr_None), o2;
        if (!o1 || !(o2 = utcoffset_of(TI(b)->tzinfo, tr_None))) return 0;
        if ((o1 == tr_None) != (o2 == tr_None)) {
            if (op == TR_EQ || op == TR_NE) return tr_bool(op == TR_NE);
            return tr_err(TYPE_ERR, "can't compare offset-naive and offset-aware times");
        }
        if (o1 != tr_None) { x -= delta_total_us_small(o1); y -= delta_total_us_small(o2); }
    }
    return cmp_result(x < y ? -1 : x > y, op);
}
static int64_t time_hash(TrValue self) {
    TrValue off = utcoffset_of(TI(self)->tzinfo, tr_None);
    if (!off) return -1;
    int64_t x = time_us(self) - (off == tr_None ? 0 : delta_total_us_small(off));
    return tr_hash(tr_int_from_i64(x));
}
static TrValue time_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    Time *t = TI(args[0]);
    return tr_tuple_pack(2, (TrValue)TR_TYPE(args[0]),
                         tr_tuple_pack(5, tr_int_from_i64(t->hour), tr_int_from_i64(t->minute), tr_int_from_i64(t->second),
                                       tr_int_from_i64(t->us), t->tzinfo));
}
static TrValue time_get_hour(TrValue s) { return tr_int_from_i64(TI(s)->hour); }
static TrValue time_get_minute(TrValue s) { return tr_int_from_i64(TI(s)->minute); }
static TrValue time_get_second(TrValue s) { return tr_int_from_i64(TI(s)->second); }
static TrValue time_get_us(TrValue s) { return tr_int_from_i64(TI(s)->us); }
static TrValue time_get_tzinfo(TrValue s) { return TI(s)->tzinfo; }
static TrValue time_get_fold(TrValue s) { return tr_int_from_i64(TI(s)->fold); }
static const TrMethodDef time_methods[] = {
    {"isoformat", time_isoformat}, {"strftime", time_strftime}, {"__format__", date_format}, {"replace", time_replace},
    {"utcoffset", time_utcoffset}, {"dst", time_dst}, {"tzname", time_tzname},
    {"fromisoformat", time_fromisoformat, TR_METH_CLASS}, {"__reduce__", time_reduce}, {0},
};
static TrType time_type = {
    .ob = {&tr_type_type}, .name = "datetime.time", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Time),
    .repr = time_repr, .str = time_str, .hash = time_hash, .richcompare = time_richcompare, .new_ = time_new,
};

/* ------------------------------------------------------------------- datetime */

static int64_t dt_total_us(TrValue dt) { /* microseconds since 0001-01-01 00:00 minus one day */
    DateTime *d = DT(dt);
    return ((date_ord(dt) * 86400 + d->hour * 3600 + d->minute * 60 + d->second) * INT64_C(1000000)) + d->us;
}
/* a datetime of t from a microsecond count as dt_total_us gives, with tzinfo tz */
static TrValue dt_from_total(int64_t total, TrValue tz, TrType *t) {
    int64_t ord = floordiv(total, US_PER_DAY), rem = floormod(total, US_PER_DAY);
    if (ord < 1 || ord > ymd_to_ord(MAXYEAR, 12, 31)) return tr_err(OVERFLOW_ERR, "date value out of range");
    int y, m, d;
    ord_to_ymd(ord, &y, &m, &d);
    int64_t secs = rem / 1000000;
    return datetime_new_raw(t, y, m, d, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60), (int)(rem % 1000000), tz, 0);
}
static TrValue dt_plus_us(TrValue dt, int64_t us, TrType *t) {
    return dt_from_total(dt_total_us(dt) + us, DT(dt)->tzinfo, t);
}
static TrValue dt_plus_delta(TrValue dt, TrValue td, int sign) {
    if (TD(td)->days > 4000000 || TD(td)->days < -4000000) return tr_err(OVERFLOW_ERR, "date value out of range");
    return dt_plus_us(dt, sign * delta_total_us_small(td), TR_TYPE(dt));
}

static TrValue datetime_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "$fold", NULL};
    TrValue a[9];
    int64_t v[9];
    if (ctor_args(args, nargs, kwnames, kw, 3, a) < 0) return 0;
    for (int i = 0; i < 9; i++)
        if (i != 7 && int_arg(a[i], 0, &v[i]) < 0) return 0;
    if (check_date(v[0], v[1], v[2]) < 0 || check_time(v[3], v[4], v[5], v[6], v[8]) < 0) return 0;
    TrValue tz = a[7] ? a[7] : tr_None;
    if (check_tzinfo(tz) < 0) return 0;
    return datetime_alloc(type, (int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5], (int)v[6], tz, (int)v[8]);
}

/* the datetime of t at epoch seconds s + us: local time (tz None) or tz.fromutc of UTC */
static TrValue dt_from_epoch(TrType *t, int64_t s, int us, TrValue tz, bool utc) {
    struct tm tm;
    time_t tt = (time_t)s;
    if (utc || tz != tr_None) {
        if (!gmtime_r(&tt, &tm)) return tr_err(OVERFLOW_ERR, "timestamp out of range for platform time_t");
    } else if (local_tm(tt, &tm) < 0) return 0;
    if (tm.tm_year + 1900 < MINYEAR || tm.tm_year + 1900 > MAXYEAR) return tr_err(VALUE_ERR, "year %d is out of range", tm.tm_year + 1900);
    int sec = tm.tm_sec > 59 ? 59 : tm.tm_sec, fold = 0;
    if (!utc && tz == tr_None) { /* the second reading of a repeated local hour has fold=1 */
        const int64_t max_fold = 24 * 3600;
        int64_t result = wall_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, sec);
        int64_t probe = local_seconds(EPOCH_SECONDS + s - max_fold);
        int64_t transition = result - probe - max_fold;
        if (transition < 0 && local_seconds(EPOCH_SECONDS + s + transition) == result) fold = 1;
    }
    TrValue r = datetime_new_raw(t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, sec, us, tz, fold);
    if (tz != tr_None) return tr_call_method_cstr(tz, "fromutc", 1, r);
    return r;
}
static TrValue datetime_now(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"tz", NULL};
    TrValue a[1];
    if (tr_parse_args("now", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    TrValue tz = a[0] ? a[0] : tr_None;
    if (check_tzinfo(tz) < 0) return 0;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return dt_from_epoch(cls_arg(args[0]), ts.tv_sec, (int)(ts.tv_nsec / 1000), tz, false);
}
static TrValue datetime_utcnow(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("utcnow", nargs - 1, 0, 0) < 0) return 0;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return dt_from_epoch(cls_arg(args[0]), ts.tv_sec, (int)(ts.tv_nsec / 1000), tr_None, true);
}
static TrValue datetime_today(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("datetime.today", nargs - 1, 0, 0) < 0) return 0;
    return datetime_now(args, 1, 0);
}
static TrValue datetime_fromtimestamp(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"timestamp", "tz", NULL};
    TrValue a[2];
    if (tr_parse_args("fromtimestamp", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    TrValue tz = a[1] ? a[1] : tr_None;
    if (check_tzinfo(tz) < 0) return 0;
    int64_t s; int us;
    if (split_timestamp(a[0], &s, &us) < 0) return 0;
    return dt_from_epoch(cls_arg(args[0]), s, us, tz, false);
}
static TrValue datetime_utcfromtimestamp(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("utcfromtimestamp", nargs - 1, 1, 1) < 0) return 0;
    int64_t s; int us;
    if (split_timestamp(args[1], &s, &us) < 0) return 0;
    return dt_from_epoch(cls_arg(args[0]), s, us, tr_None, true);
}
static TrValue datetime_combine(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"date", "time", "tzinfo", NULL};
    TrValue a[3];
    if (tr_parse_args("combine", args + 1, nargs - 1, kwnames, kw, 2, a) < 0) return 0;
    if (!IS_DATE(a[0])) return tr_err(TYPE_ERR, "combine() argument 1 must be datetime.date, not %s", tpname(a[0]));
    if (!IS_TIME(a[1])) return tr_err(TYPE_ERR, "combine() argument 2 must be datetime.time, not %s", tpname(a[1]));
    TrValue tz = a[2] ? a[2] : TI(a[1])->tzinfo;
    if (check_tzinfo(tz) < 0) return 0;
    Date *d = DA(a[0]); Time *t = TI(a[1]);
    return datetime_new_raw(cls_arg(args[0]), d->year, d->month, d->day, t->hour, t->minute, t->second, t->us, tz, t->fold);
}

/* [HH[:]MM[:]SS[.ffffff]]: the fields of a time or UTC offset; -1 if malformed */
static int parse_hms(const char *s, size_t len, int *h, int *mi, int *sec, int *us) {
    const char *p = s, *end = s + len;
    *h = *mi = *sec = *us = 0;
    int *fields[3] = {h, mi, sec};
    for (int i = 0; i < 3; i++) {
        if (end - p < 2 || digits(p, 2, fields[i]) < 0) return -1;
        p += 2;
        if (p == end) return 0;
        if (*p == ':') { p++; if (i == 2) return -1; }
        else if (i == 2 || !isdigit((unsigned char)*p)) break;
    }
    if (p == end) return -1;
    if (*p != '.' && *p != ',') return -1;
    p++;
    int n = 0;
    while (p < end && isdigit((unsigned char)*p)) {
        if (n < 6) { *us = *us * 10 + (*p - '0'); n++; }
        p++;
    }
    if (n == 0 || p != end) return -1;
    while (n++ < 6) *us *= 10;
    return 0;
}
static int parse_iso_time(const char *s, size_t len, int *h, int *mi, int *sec, int *us, TrValue *tz) {
    size_t tpos = 0;
    while (tpos < len && s[tpos] != '+' && s[tpos] != '-' && s[tpos] != 'Z') tpos++;
    *tz = tr_None;
    if (parse_hms(s, tpos, h, mi, sec, us) < 0) return -1;
    if (tpos < len) {
        if (s[tpos] == 'Z') {
            if (tpos + 1 != len) return -1;
            *tz = utc_tz;
        } else {
            int th, tm, ts, tus;
            if (parse_hms(s + tpos + 1, len - tpos - 1, &th, &tm, &ts, &tus) < 0) return -1;
            int64_t off = ((th * 60 + tm) * 60 + ts) * INT64_C(1000000) + tus;
            if (s[tpos] == '-') off = -off;
            if (off <= -US_PER_DAY || off >= US_PER_DAY) {
                tr_err(VALUE_ERR, "%s, not %R.", offset_err, delta_from_us(0, 0, off));
                return -1;
            }
            *tz = timezone_make(delta_from_us(0, 0, off), 0);
        }
    }
    if (check_time(*h, *mi, *sec, *us, 0) < 0) return -1;
    return 0;
}
static TrValue datetime_fromisoformat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromisoformat", nargs - 1, 1, 1) < 0) return 0;
    TrValue sv = args[1];
    if (!tr_str_check(sv)) return tr_err(TYPE_ERR, "fromisoformat: argument must be str");
    const char *s = tr_str_cstr(sv);
    size_t len = TR_STR(sv)->len;
    int y, m, d, h = 0, mi = 0, sec = 0, us = 0;
    TrValue tz = tr_None;
    int n = parse_iso_date(s, len, &y, &m, &d);
    if (n < 0) return tr_err(VALUE_ERR, "Invalid isoformat string: %R", sv);
    if ((size_t)n < len) {
        /* one separator character (any code point) */
        size_t k = n + 1;
        while (k < len && (s[k] & 0xC0) == 0x80) k++;
        if (k >= len || parse_iso_time(s + k, len - k, &h, &mi, &sec, &us, &tz) < 0) {
            if (tr_err_occurred()) return 0;
            return tr_err(VALUE_ERR, "Invalid isoformat string: %R", sv);
        }
    }
    if (check_date(y, m, d) < 0) return 0;
    return datetime_new_raw(cls_arg(args[0]), y, m, d, h, mi, sec, us, tz, 0);
}

static TrValue datetime_repr(TrValue self) {
    DateTime *d = DT(self);
    TrBuf b; tr_buf_init(&b);
    tr_buf_printf(&b, "%s(%d, %d, %d, %d, %d", type_repr_name(self, "datetime.datetime"), d->year, d->month, d->day, d->hour, d->minute);
    if (d->second || d->us) tr_buf_printf(&b, ", %d", d->second);
    if (d->us) tr_buf_printf(&b, ", %d", d->us);
    if (d->fold) tr_buf_adds(&b, ", fold=1");
    if (d->tzinfo != tr_None) { tr_buf_adds(&b, ", tzinfo="); if (tr_buf_add_repr(&b, d->tzinfo) < 0) return 0; }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}
static TrValue datetime_isoformat(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"sep", "timespec", NULL};
    TrValue a[2];
    if (tr_parse_args("isoformat", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    if (a[0] && (!tr_str_check(a[0]) || TR_STR(a[0])->nchars != 1))
        return tr_err(TYPE_ERR, "isoformat() argument 1 must be a unicode character, not %s", tpname(a[0]));
    if (a[1] && !tr_str_check(a[1])) return tr_err(TYPE_ERR, "isoformat() argument 2 must be str, not %s", tpname(a[1]));
    DateTime *d = DT(args[0]);
    TrBuf b; tr_buf_init(&b);
    tr_buf_printf(&b, "%04d-%02d-%02d", d->year, d->month, d->day);
    if (a[0]) tr_buf_adds(&b, tr_str_cstr(a[0])); else tr_buf_addc(&b, 'T');
    if (add_time_iso(&b, d->hour, d->minute, d->second, d->us, a[1] ? tr_str_cstr(a[1]) : "auto") < 0) return 0;
    if (add_tz_iso(&b, d->tzinfo, args[0]) < 0) return 0;
    return tr_buf_finish(&b);
}
static TrValue datetime_str(TrValue self) { return tr_call_method_cstr(self, "isoformat", 1, TR_INTERN(" ")); }
static TrValue datetime_strftime(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", NULL};
    TrValue a[1];
    if (tr_parse_args("strftime", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    DateTime *d = DT(args[0]);
    return do_strftime(a[0], d->year, d->month, d->day, d->hour, d->minute, d->second, d->us, d->tzinfo, args[0]);
}
static TrValue datetime_ctime(TrValue *args, size_t nargs, TrValue kwnames) {
    DateTime *d = DT(args[0]);
    return ctime_str(d->year, d->month, d->day, d->hour, d->minute, d->second);
}
static TrValue datetime_date(TrValue *args, size_t nargs, TrValue kwnames) {
    return date_new_raw(&date_type, DT(args[0])->year, DT(args[0])->month, DT(args[0])->day);
}
static TrValue datetime_time(TrValue *args, size_t nargs, TrValue kwnames) {
    DateTime *d = DT(args[0]);
    return time_new_raw(&time_type, d->hour, d->minute, d->second, d->us, tr_None, d->fold);
}
static TrValue datetime_timetz(TrValue *args, size_t nargs, TrValue kwnames) {
    DateTime *d = DT(args[0]);
    return time_new_raw(&time_type, d->hour, d->minute, d->second, d->us, d->tzinfo, d->fold);
}
static TrValue datetime_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "$fold", NULL};
    TrValue a[9];
    if (tr_parse_args("replace", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    DateTime *d = DT(args[0]);
    int64_t dflt[9] = {d->year, d->month, d->day, d->hour, d->minute, d->second, d->us, 0, d->fold}, v[9];
    for (int i = 0; i < 9; i++)
        if (i != 7 && int_arg(a[i], dflt[i], &v[i]) < 0) return 0;
    if (check_date(v[0], v[1], v[2]) < 0 || check_time(v[3], v[4], v[5], v[6], v[8]) < 0) return 0;
    TrValue tz = a[7] ? a[7] : d->tzinfo;
    if (check_tzinfo(tz) < 0) return 0;
    return datetime_new_raw(TR_TYPE(args[0]), (int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5], (int)v[6], tz, (int)v[8]);
}
static TrValue datetime_utcoffset(TrValue *args, size_t nargs, TrValue kwnames) { return utcoffset_of(DT(args[0])->tzinfo, args[0]); }
static TrValue datetime_dst(TrValue *args, size_t nargs, TrValue kwnames) { return call_offset(DT(args[0])->tzinfo, args[0], "dst"); }
static TrValue datetime_tzname(TrValue *args, size_t nargs, TrValue kwnames) { return tzname_of(DT(args[0])->tzinfo, args[0]); }

/* epoch seconds of a naive datetime taken as local time, fold choosing between the
 * two readings of a repeated hour (CPython's local_to_seconds) */
static int64_t local_to_epoch(TrValue dt) {
    DateTime *d = DT(dt);
    const int64_t max_fold = 24 * 3600;
    int64_t t = wall_seconds(d->year, d->month, d->day, d->hour, d->minute, d->second);
    int64_t a = local_seconds(t) - t, u1 = t - a, t1 = local_seconds(u1), b, u2;
    if (t1 == t) {
        u2 = u1 + (d->fold ? max_fold : -max_fold);
        b = local_seconds(u2) - u2;
        if (a == b) return u1 - EPOCH_SECONDS;
    } else b = t1 - u1;
    u2 = t - b;
    int64_t t2 = local_seconds(u2);
    if (t2 == t) return u2 - EPOCH_SECONDS;
    if (t1 == t) return u1 - EPOCH_SECONDS;
    return (d->fold ? (u1 < u2 ? u1 : u2) : (u1 > u2 ? u1 : u2)) - EPOCH_SECONDS;
}
static const int64_t EPOCH_TOTAL_US = INT64_C(719163) * 86400 * 1000000; /* dt_total_us of 1970-01-01 */
static TrValue datetime_timestamp(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue self = args[0];
    if (DT(self)->tzinfo == tr_None) return tr_float_new((double)local_to_epoch(self) + DT(self)->us / 1e6);
    TrValue off = utcoffset_of(DT(self)->tzinfo, self);
    if (!off) return 0;
    int64_t t = dt_total_us(self) - (off == tr_None ? 0 : delta_total_us_small(off)) - EPOCH_TOTAL_US;
    return tr_binop(TR_TRUEDIV, tr_int_from_i64(t), tr_int_from_i64(1000000));
}
static TrValue local_timezone(int64_t epoch) {
    struct tm tm;
    time_t t = (time_t)epoch;
    localtime_r(&t, &tm);
    return timezone_make(delta_from_us(0, tm.tm_gmtoff, 0), tr_str_from_cstr(tm.tm_zone ? tm.tm_zone : ""));
}
static TrValue datetime_astimezone(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"tz", NULL};
    TrValue a[1];
    if (tr_parse_args("astimezone", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    TrValue self = args[0], tz = a[0] ? a[0] : tr_None;
    if (check_tzinfo(tz) < 0) return 0;
    if (tz != tr_None && DT(self)->tzinfo == tz) return self;
    int64_t utc_us; /* dt_total_us of the UTC time */
    TrValue off = utcoffset_of(DT(self)->tzinfo, self);
    if (!off) return 0;
    if (off == tr_None) {
        int64_t e = local_to_epoch(self);
        utc_us = e * 1000000 + DT(self)->us + EPOCH_TOTAL_US;
    } else utc_us = dt_total_us(self) - delta_total_us_small(off);
    if (tz == tr_None) {
        int64_t e = floordiv(utc_us - EPOCH_TOTAL_US, 1000000);
        TrValue ltz = local_timezone(e);
        return dt_from_total(utc_us + delta_total_us_small(TZ(ltz)->offset), ltz, TR_TYPE(self));
    }
    TrValue u = dt_from_total(utc_us, tz, TR_TYPE(self));
    if (!u) return 0;
    return tr_call_method_cstr(tz, "fromutc", 1, u);
}
static TrValue make_struct_time(int y, int mo, int d, int h, int mi, int s, int isdst) {
    extern TrValue trmod_time_init(void);
    TrValue tm = trmod_time_init();
    if (!tm) return 0;
    TrValue st = tr_getattr_cstr(tm, "struct_time");
    if (!st) return 0;
    TrValue items[9] = {tr_int_from_i64(y), tr_int_from_i64(mo), tr_int_from_i64(d), tr_int_from_i64(h), tr_int_from_i64(mi),
                        tr_int_from_i64(s), tr_int_from_i64(weekday_of(y, mo, d)), tr_int_from_i64(days_before_month(y, mo) + d),
                        tr_int_from_i64(isdst)};
    return tr_call1(st, tr_tuple_from(items, 9));
}
static TrValue date_timetuple(TrValue *args, size_t nargs, TrValue kwnames) {
    Date *d = DA(args[0]);
    if (IS_DATETIME(args[0])) {
        DateTime *t = DT(args[0]);
        int isdst = -1;
        if (t->tzinfo != tr_None) {
            TrValue dst = call_offset(t->tzinfo, args[0], "dst");
            if (!dst) return 0;
            if (dst != tr_None) isdst = delta_truth(dst) ? 1 : 0;
        }
        return make_struct_time(t->year, t->month, t->day, t->hour, t->minute, t->second, isdst);
    }
    return make_struct_time(d->year, d->month, d->day, 0, 0, 0, -1);
}

static TrValue datetime_utctimetuple(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue self = args[0];
    TrValue off = utcoffset_of(DT(self)->tzinfo, self);
    if (!off) return 0;
    if (off != tr_None && delta_truth(off)) {
        self = dt_from_total(dt_total_us(self) - delta_total_us_small(off), tr_None, &datetime_type);
        if (!self) return 0;
    }
    DateTime *d = DT(self);
    return make_struct_time(d->year, d->month, d->day, d->hour, d->minute, d->second, 0);
}
static TrValue dt_offset_pair(TrValue a, TrValue b, TrValue *o1, TrValue *o2) {
    *o1 = *o2 = tr_None;
    if (DT(a)->tzinfo == DT(b)->tzinfo) return tr_None;
    if (!(*o1 = utcoffset_of(DT(a)->tzinfo, a)) || !(*o2 = utcoffset_of(DT(b)->tzinfo, b))) return 0;
    return tr_None;
}
static TrValue datetime_richcompare(TrValue a, TrValue b, int op) {
    if (!IS_DATE(a) || !IS_DATE(b)) return tr_NotImplemented;
    if (!IS_DATETIME(a) || !IS_DATETIME(b)) {
        if (op == TR_EQ || op == TR_NE) return tr_bool(op == TR_NE);
        TrValue x = IS_DATETIME(a) ? a : b, y = x == a ? b : a;
        return tr_err(TYPE_ERR, "can't compare %s to %s", TR_TYPE(x) == &datetime_type ? "datetime.datetime" : tpname(x),
                      TR_TYPE(y) == &date_type ? "datetime.date" : tpname(y));
    }
    TrValue o1, o2;
    if (!dt_offset_pair(a, b, &o1, &o2)) return 0;
    if ((o1 == tr_None) != (o2 == tr_None)) {
        if (op == TR_EQ || op == TR_NE) return tr_bool(op == TR_NE);
        return tr_err(TYPE_ERR, "can't compare offset-naive and offset-aware datetimes");
    }
    int64_t x = dt_total_us(a), y = dt_total_us(b);
    if (o1 != tr_None) { x -= delta_total_us_small(o1); y -= delta_total_us_small(o2); }
    return cmp_result(x < y ? -1 : x > y, op);
}
static int64_t datetime_hash(TrValue self) {
    TrValue off = utcoffset_of(DT(self)->tzinfo, self);
    if (!off) return -1;
    return tr_hash(tr_int_from_i64(dt_total_us(self) - (off == tr_None ? 0 : delta_total_us_small(off))));
}
static TrValue datetime_add(TrValue a, TrValue b) {
    if (IS_DATETIME(a) && IS_DELTA(b)) return dt_plus_delta(a, b, 1);
    if (IS_DELTA(a) && IS_DATETIME(b)) return dt_plus_delta(b, a, 1);
    return tr_NotImplemented;
}
static TrValue datetime_sub(TrValue a, TrValue b) {
    if (!IS_DATETIME(a)) return tr_NotImplemented;
    if (IS_DELTA(b)) return dt_plus_delta(a, b, -1);
    if (!IS_DATETIME(b)) return tr_NotImplemented;
    TrValue o1, o2;
    if (!dt_offset_pair(a, b, &o1, &o2)) return 0;
    if ((o1 == tr_None) != (o2 == tr_None)) return tr_err(TYPE_ERR, "can't subtract offset-naive and offset-aware datetimes");
    int64_t x = dt_total_us(a), y = dt_total_us(b);
    if (o1 != tr_None) { x -= delta_total_us_small(o1); y -= delta_total_us_small(o2); }
    return delta_from_us(0, 0, x - y);
}
static TrValue datetime_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    DateTime *d = DT(args[0]);
    TrValue items[8] = {tr_int_from_i64(d->year), tr_int_from_i64(d->month), tr_int_from_i64(d->day), tr_int_from_i64(d->hour),
                        tr_int_from_i64(d->minute), tr_int_from_i64(d->second), tr_int_from_i64(d->us), d->tzinfo};
    return tr_tuple_pack(2, (TrValue)TR_TYPE(args[0]), tr_tuple_from(items, 8));
}
static TrValue dt_get_hour(TrValue s) { return tr_int_from_i64(DT(s)->hour); }
static TrValue dt_get_minute(TrValue s) { return tr_int_from_i64(DT(s)->minute); }
static TrValue dt_get_second(TrValue s) { return tr_int_from_i64(DT(s)->second); }
static TrValue dt_get_us(TrValue s) { return tr_int_from_i64(DT(s)->us); }
static TrValue dt_get_tzinfo(TrValue s) { return DT(s)->tzinfo; }
static TrValue dt_get_fold(TrValue s) { return tr_int_from_i64(DT(s)->fold); }
static TrValue datetime_strptime(TrValue *args, size_t nargs, TrValue kwnames);
static TrValue datetime_fromordinal(TrValue *args, size_t nargs, TrValue kwnames) { return date_fromordinal(args, nargs, kwnames); }

static const TrMethodDef datetime_methods[] = {
    {"now", datetime_now, TR_METH_CLASS}, {"utcnow", datetime_utcnow, TR_METH_CLASS}, {"today", datetime_today, TR_METH_CLASS},
    {"fromtimestamp", datetime_fromtimestamp, TR_METH_CLASS}, {"utcfromtimestamp", datetime_utcfromtimestamp, TR_METH_CLASS},
    {"combine", datetime_combine, TR_METH_CLASS}, {"fromisoformat", datetime_fromisoformat, TR_METH_CLASS},
    {"strptime", datetime_strptime, TR_METH_CLASS}, {"fromordinal", datetime_fromordinal, TR_METH_CLASS},
    {"isoformat", datetime_isoformat}, {"strftime", datetime_strftime}, {"ctime", datetime_ctime},
    {"date", datetime_date}, {"time", datetime_time}, {"timetz", datetime_timetz}, {"replace", datetime_replace},
    {"utcoffset", datetime_utcoffset}, {"dst", datetime_dst}, {"tzname", datetime_tzname},
    {"timestamp", datetime_timestamp}, {"utctimetuple", datetime_utctimetuple}, {"astimezone", datetime_astimezone}, {"__reduce__", datetime_reduce}, {0},
};
static TrType datetime_type = {
    .ob = {&tr_type_type}, .name = "datetime.datetime", .flags = TR_TF_BASETYPE, .basicsize = sizeof(DateTime), .base = &date_type,
    .repr = datetime_repr, .str = datetime_str, .hash = datetime_hash, .richcompare = datetime_richcompare,
    .nb = {[TR_ADD] = datetime_add, [TR_SUB] = datetime_sub}, .new_ = datetime_new,
};

/* ------------------------------------------------------------------- strptime */

/* The alternatives, in order, of _strptime's regex for each numeric directive:
 * 'D' is any digit, "[xy]" a range, anything else itself. */
static const char *const *directive_alts(char c) {
    static const char *const d[] = {"3[01]", "[12]D", "0[19]", "[19]", " [19]", 0};
    static const char *const H[] = {"2[03]", "[01]D", "D", 0};
    static const char *const I[] = {"1[02]", "0[19]", "[19]", 0};
    static const char *const j[] = {"36[06]", "3[05]D", "[12]DD", "0[19]D", "00[19]", "[19]D", "0[19]", "[19]", 0};
    static const char *const m[] = {"1[02]", "0[19]", "[19]", 0};
    static const char *const M[] = {"[05]D", "D", 0};
    static const char *const S[] = {"6[01]", "[05]D", "D", 0};
    static const char *const y[] = {"DD", 0};
    static const char *const Y[] = {"DDDD", 0};
    static const char *const w[] = {"[06]", 0};
    static const char *const U[] = {"5[03]", "[04]D", "D", 0};
    static const char *const V[] = {"5[03]", "0[19]", "[14]D", "D", 0};
    static const char *const u[] = {"[17]", 0};
    static const char *const A[] = {"wednesday", "thursday", "saturday", "tuesday", "monday", "friday", "sunday", 0};
    static const char *const aa[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", 0};
    static const char *const B[] = {"september", "february", "november", "december", "january", "october", "august",
                                    "march", "april", "june", "july", "may", 0};
    static const char *const b[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", 0};
    static const char *const p[] = {"am", "pm", 0};
    switch (c) {
    case 'd': return d; case 'H': return H; case 'I': return I; case 'j': return j; case 'm': return m;
    case 'M': return M; case 'S': return S; case 'y': return y; case 'Y': case 'G': return Y; case 'V': return V; case 'u': return u; case 'w': return w;
    case 'U': case 'W': return U; case 'A': return A; case 'a': return aa; case 'B': return B; case 'b': return b;
    case 'p': return p;
    default: return 0;
    }
}
/* length of pattern pat matched at s (case-insensitively), or -1 */
static int match_alt(const char *pat, const char *s, const char *end) {
    const char *q = s;
    for (const char *p = pat; *p; p++) {
        if (q >= end) return -1;
        unsigned char ch = (unsigned char)*q;
        if (*p == 'D') { if (!isdigit(ch)) return -1; }
        else if (*p == '[') { if (ch < (unsigned char)p[1] || ch > (unsigned char)p[2]) return -1; p += 3; }
        else if (tolower(ch) != *p) return -1;
        q++;
    }
    return (int)(q - s);
}

typedef struct { char kind; char c; } Tok; /* kind: 'l' literal byte, 's' whitespace run, '%' directive c */
typedef struct { const char *s, *end; Tok *toks; int ntoks; int start[64], len[64]; const char *tznames[4]; } Matcher;

static int is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static int z_candidates(const char *s, const char *end, int *out) {
    /* [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z), in backtracking order */
    int n = 0;
    if (s < end && *s == 'Z') { out[n++] = 1; return n; }
    if (s >= end || (*s != '+' && *s != '-')) return 0;
    if (end - s < 3 || !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[2])) return 0;
    for (int colon = 1; colon >= 0; colon--) {
        const char *p = s + 3;
        if (colon) { if (p < end && *p == ':') p++; else continue; }
        if (end - p < 2 || p[0] < '0' || p[0] > '5' || !isdigit((unsigned char)p[1])) continue;
        p += 2;
        for (int c2 = 1; c2 >= 0; c2--) {
            const char *q = p;
            if (c2) { if (q < end && *q == ':') q++; else continue; }
            if (end - q < 2 || q[0] < '0' || q[0] > '5' || !isdigit((unsigned char)q[1])) continue;
            q += 2;
            if (q < end && *q == '.') {
                int k = 0;
                while (k < 6 && q + 1 + k < end && isdigit((unsigned char)q[1 + k])) k++;
                for (; k >= 1; k--) out[n++] = (int)(q + 1 + k - s);
            }
            out[n++] = (int)(q - s);
        }
        out[n++] = (int)(p - s);
    }
    return n;
}

static int match_from(Matcher *m, int ti, const char *s) {
    if (ti == m->ntoks) return (int)(s - m->s);
    Tok t = m->toks[ti];
    if (t.kind == 'l') {
        if (s >= m->end) return -1;
        unsigned char a = (unsigned char)*s, b = (unsigned char)t.c;
        if (a != b && !(a < 128 && tolower(a) == tolower(b))) return -1;
        return match_from(m, ti + 1, s + 1);
    }
    if (t.kind == 's') {
        int k = 0;
        while (s + k < m->end && is_space((unsigned char)s[k])) k++;
        for (; k >= 1; k--) {
            int r = match_from(m, ti + 1, s + k);
            if (r >= 0) return r;
        }
        return -1;
    }
    int cand[64], n = 0;
    if (t.c == '%') { if (s < m->end && *s == '%') cand[n++] = 1; }
    else if (t.c == 'f') {
        int k = 0;
        while (k < 6 && s + k < m->end && isdigit((unsigned char)s[k])) k++;
        for (; k >= 1; k--) cand[n++] = k;
    } else if (t.c == 'z') n = z_candidates(s, m->end, cand);
    else if (t.c == 'Z') {
        for (int i = 0; i < 4 && m->tznames[i]; i++) {
            int l = match_alt(m->tznames[i], s, m->end);
            if (l > 0) cand[n++] = l;
        }
    } else {
        const char *const *alts = directive_alts(t.c);
        for (int i = 0; alts[i]; i++) {
            int l = match_alt(alts[i], s, m->end);
            if (l >= 0) cand[n++] = l;
        }
    }
    for (int i = 0; i < n; i++) {
        m->start[ti] = (int)(s - m->s);
        m->len[ti] = cand[i];
        int r = match_from(m, ti + 1, s + cand[i]);
        if (r >= 0) return r;
    }
    return -1;
}

static int name_index(const char *const *names, const char *s, int len) {
    for (int i = 0; names[i]; i++)
        if ((int)strlen(names[i]) == len && !strncasecmp(names[i], s, len)) return i;
    return 0;
}
static int num_at(const char *s, int len) {
    int v = 0;
    for (int i = 0; i < len; i++) if (isdigit((unsigned char)s[i])) v = v * 10 + (s[i] - '0');
    return v;
}

/* tm_isdst for a %Z name as _strptime finds it: 0 for UTC, GMT and the standard zone, 1 for the
 * daylight one, -1 when unknown or when both zones share a name under daylight saving */
static int64_t isdst_of(TrValue zone) {
    if (!zone) return -1;
    char low[64];
    size_t n = TR_STR(zone)->len < 63 ? TR_STR(zone)->len : 63;
    for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)tr_str_cstr(zone)[i]);
    low[n] = 0;
    bool utc = !strcmp(low, "utc") || !strcmp(low, "gmt");
    if (!utc && daylight && tzname[0] && tzname[1] && !strcmp(tzname[0], tzname[1])) return -1;
    if (utc || (tzname[0] && !strcasecmp(low, tzname[0]))) return 0;
    if (daylight && tzname[1] && !strcasecmp(low, tzname[1])) return 1;
    return -1;
}

/* The parser shared by datetime.strptime (cls is the class to build) and time.strptime (cls is 0:
 * the result is struct_time's 11 fields, with tm_zone and tm_gmtoff None when not parsed). */
static TrValue strptime_parse(TrValue cls, TrValue data, TrValue fmt) {
    /* the C locale's %c %x %X, expanded */
    TrBuf fb; tr_buf_init(&fb);
    const char *f = tr_str_cstr(fmt);
    size_t fn = TR_STR(fmt)->len;
    for (size_t i = 0; i < fn; i++) {
        if (f[i] == '%' && i + 1 < fn && (f[i + 1] == 'c' || f[i + 1] == 'x' || f[i + 1] == 'X')) {
            tr_buf_adds(&fb, f[i + 1] == 'c' ? "%a %b %d %H:%M:%S %Y" : f[i + 1] == 'x' ? "%m/%d/%y" : "%H:%M:%S");
            i++;
        } else tr_buf_addc(&fb, f[i]);
    }
    Tok *toks = tr_alloc((fb.len + 1) * sizeof(Tok));
    int nt = 0;
    for (size_t i = 0; i < fb.len; i++) {
        char c = fb.data[i];
        if (is_space((unsigned char)c)) {
            while (i + 1 < fb.len && is_space((unsigned char)fb.data[i + 1])) i++;
            toks[nt++] = (Tok){'s', ' '};
        } else if (c == '%') {
            if (i + 1 >= fb.len) return tr_err(VALUE_ERR, "stray %% in format '%s'", f);
            char d = fb.data[++i];
            if (!strchr("dfHIjmMSyYwuUWGVaAbBpzZ%", d) || !d) {
                if ((unsigned char)d >= 0x80) { /* the whole code point */
                    size_t k = i + 1;
                    while (k < fb.len && ((unsigned char)fb.data[k] & 0xC0) == 0x80) k++;
                    return tr_err(VALUE_ERR, "'%.*s' is a bad directive in format '%s'", (int)(k - i), fb.data + i, f);
                }
                return tr_err(VALUE_ERR, "'%c' is a bad directive in format '%s'", d == '\\' ? '%' : d, f);
            }
            toks[nt++] = (Tok){'%', d};
        } else toks[nt++] = (Tok){'l', c};
        if (nt >= 64) return tr_err(VALUE_ERR, "format too long: '%s'", f);
    }
    Matcher m = {.s = tr_str_cstr(data), .end = tr_str_cstr(data) + TR_STR(data)->len, .toks = toks, .ntoks = nt};
    tzset();
    static char tzn[2][16];
    int nz = 0;
    m.tznames[nz++] = "utc";
    m.tznames[nz++] = "gmt";
    for (int i = 0; i < 2; i++) {
        if (!tzname[i] || !*tzname[i] || strlen(tzname[i]) >= 16) continue;
        for (size_t k = 0; k <= strlen(tzname[i]); k++) tzn[i][k] = (char)tolower((unsigned char)tzname[i][k]);
        if (strcmp(tzn[i], "utc") && strcmp(tzn[i], "gmt") && (i == 0 || strcmp(tzn[0], tzn[1]))) m.tznames[nz++] = tzn[i];
    }
    int end = match_from(&m, 0, m.s);
    if (end < 0) return tr_err(VALUE_ERR, "time data %R does not match format %R", data, fmt);
    if ((size_t)end != TR_STR(data)->len) return tr_err(VALUE_ERR, "unconverted data remains: %s", m.s + end);

    static const char *const full_months[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december", 0};
    static const char *const abbr_months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", 0};
    static const char *const full_days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", 0};
    static const char *const abbr_days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", 0};
    int64_t year = -1, month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0, julian = -1;
    int64_t weekday = -1, week_of_year = -1, iso_week = -1, iso_year = -1;
    bool week_starts_mon = false;
    bool have_off = false;
    int64_t gmtoff = 0, gmtoff_frac = 0;
    TrValue tzname_v = 0;
    const char *ampm = 0;
    for (int i = 0; i < nt; i++)
        if (toks[i].kind == '%' && toks[i].c == 'p') ampm = m.s + m.start[i];
    for (int i = 0; i < nt; i++) {
        if (toks[i].kind != '%') continue;
        const char *v = m.s + m.start[i];
        int len = m.len[i];
        switch (toks[i].c) {
        case 'y': year = num_at(v, len); year += year <= 68 ? 2000 : 1900; break;
        case 'Y': year = num_at(v, len); break;
        case 'm': month = num_at(v, len); break;
        case 'B': month = name_index(full_months, v, len) + 1; break;
        case 'b': month = name_index(abbr_months, v, len) + 1; break;
        case 'A': weekday = name_index(full_days, v, len); break;
        case 'a': weekday = name_index(abbr_days, v, len); break;
        case 'w': weekday = num_at(v, len); weekday = weekday == 0 ? 6 : weekday - 1; break;
        case 'u': weekday = num_at(v, len) - 1; break;
        case 'U': case 'W': week_of_year = num_at(v, len); week_starts_mon = toks[i].c == 'W'; break;
        case 'V': iso_week = num_at(v, len); break;
        case 'G': iso_year = num_at(v, len); break;
        case 'd': day = num_at(v, len); break;
        case 'H': hour = num_at(v, len); break;
        case 'I':
            hour = num_at(v, len);
            if (!ampm || tolower((unsigned char)ampm[0]) == 'a') { if (hour == 12) hour = 0; }
            else if (hour != 12) hour += 12;
            break;
        case 'M': minute = num_at(v, len); break;
        case 'S': second = num_at(v, len); break;
        case 'f': fraction = num_at(v, len); for (int k = len; k < 6; k++) fraction *= 10; break;
        case 'j': julian = num_at(v, len); break;
        case 'z':
            have_off = true;
            if (len == 1 && v[0] == 'Z') { gmtoff = 0; break; }
            {
                char z[32];
                int zl = 0;
                memcpy(z, v, len); z[len] = 0; zl = len;
                if (z[3] == ':') {
                    memmove(z + 3, z + 4, zl - 3); zl--;
                    if (zl > 5) {
                        if (z[5] != ':') return tr_err(VALUE_ERR, "Inconsistent use of : in %.*s", len, v);
                        memmove(z + 5, z + 6, zl - 5); zl--;
                    }
                }
                gmtoff = num_at(z + 1, 2) * 3600 + num_at(z + 3, 2) * 60 + (zl >= 7 ? num_at(z + 5, 2) : 0);
                gmtoff_frac = 0;
                if (zl > 8) { gmtoff_frac = num_at(z + 8, zl - 8); for (int k = zl - 8; k < 6; k++) gmtoff_frac *= 10; }
                if (z[0] == '-') { gmtoff = -gmtoff; gmtoff_frac = -gmtoff_frac; }
            }
            break;
        case 'Z': tzname_v = tr_str_new(v, len); break;
        default: break;
        }
    }
    if (year < 0 && iso_year >= 0) {
        if (iso_week < 0 || weekday < 0)
            return tr_err(VALUE_ERR, "ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
        if (julian >= 0)
            return tr_err(VALUE_ERR, "Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.");
    } else if (week_of_year < 0 && iso_week >= 0) {
        if (weekday < 0)
            return tr_err(VALUE_ERR, "ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
        return tr_err(VALUE_ERR, "ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.");
    }
    bool leap_fix = false;
    if (year < 0 && month == 2 && day == 29) { year = 1904; leap_fix = true; }
    else if (year < 0) year = 1900;
    if (julian < 0 && weekday >= 0) {
        bool have = false;
        if (week_of_year >= 0) { /* _calc_julian_from_U_or_W */
            if (check_date(year, 1, 1) < 0) return 0;
            int64_t first = weekday_of((int)year, 1, 1), dow = weekday;
            if (!week_starts_mon) { first = (first + 1) % 7; dow = (dow + 1) % 7; }
            int64_t week0 = (7 - first) % 7;
            julian = week_of_year == 0 ? 1 + dow - first : 1 + week0 + 7 * (week_of_year - 1) + dow;
            have = true;
        } else if (iso_year >= 0 && iso_week >= 0) { /* _calc_julian_from_V */
            if (check_date(iso_year, 1, 4) < 0) return 0;
            int64_t correction = weekday_of((int)iso_year, 1, 4) + 1 + 3;
            int64_t ordinal = iso_week * 7 + weekday + 1 - correction;
            if (ordinal < 1) {
                ordinal += ymd_to_ord((int)iso_year, 1, 1);
                iso_year--;
                if (check_date(iso_year, 1, 1) < 0) return 0;
                ordinal -= ymd_to_ord((int)iso_year, 1, 1);
            }
            year = iso_year; julian = ordinal;
            have = true;
        }
        if (have && julian <= 0) {
            year--;
            julian += is_leap((int)year) ? 366 : 365;
        }
    }
    if (julian < 0) {
        if (check_date(year, month, day) < 0) return 0;
    } else {
        if (check_date(year, 1, 1) < 0) return 0;
        int64_t ord = julian - 1 + ymd_to_ord((int)year, 1, 1);
        int y, mo, d;
        if (ord < 1 || ord > ymd_to_ord(MAXYEAR, 12, 31)) return tr_err(OVERFLOW_ERR, "date value out of range");
        ord_to_ymd(ord, &y, &mo, &d);
        year = y; month = mo; day = d;
    }
    if (!cls) {
        int64_t yday = julian >= 0 ? julian : ymd_to_ord((int)year, (int)month, (int)day) - ymd_to_ord((int)year, 1, 1) + 1;
        if (weekday < 0) weekday = weekday_of((int)year, (int)month, (int)day);
        if (leap_fix) year = 1900;
        return tr_tuple_pack(11, tr_int_from_i64(year), tr_int_from_i64(month), tr_int_from_i64(day), tr_int_from_i64(hour),
                             tr_int_from_i64(minute), tr_int_from_i64(second), tr_int_from_i64(weekday), tr_int_from_i64(yday),
                             tr_int_from_i64(isdst_of(tzname_v)), tzname_v ? tzname_v : tr_None,
                             have_off ? tr_int_from_i64(gmtoff) : tr_None);
    }
    if (leap_fix) year = 1900;
    TrValue cargs[8] = {tr_int_from_i64(year), tr_int_from_i64(month), tr_int_from_i64(day), tr_int_from_i64(hour),
                        tr_int_from_i64(minute), tr_int_from_i64(second), tr_int_from_i64(fraction), 0};
    size_t nc = 7;
    if (have_off) {
        TrValue off = delta_from_us(0, gmtoff, gmtoff_frac);
        if (!off) return 0;
        TrValue targs[2] = {off, tzname_v};
        TrValue tz = timezone_new(&timezone_type, targs, tzname_v && TR_STR(tzname_v)->len ? 2 : 1, 0);
        if (!tz) return 0;
        cargs[nc++] = tz;
    }
    return tr_call(cls, cargs, nc, 0);
}

static TrValue datetime_strptime(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("strptime", kwnames) < 0) return 0;
    if (nargs != 3) return tr_err(TYPE_ERR, "strptime() takes exactly 2 arguments (%zu given)", nargs - 1);
    if (!tr_str_check(args[1])) return tr_err(TYPE_ERR, "strptime() argument 1 must be str, not %s", tpname(args[1]));
    if (!tr_str_check(args[2])) return tr_err(TYPE_ERR, "strptime() argument 2 must be str, not %s", tpname(args[2]));
    return strptime_parse(args[0], args[1], args[2]);
}

/* time.strptime's fields (strings checked by the caller) */
TrValue tr_datetime_strptime_fields(TrValue data, TrValue fmt) { return strptime_parse(0, data, fmt); }

/* --------------------------------------------------------------------- module */

static void set_class_attr(TrType *t, const char *name, TrValue v) { tr_dict_set_str(t->dict, name, v); }

TrValue trmod_datetime_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("datetime", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&utc_tz, sizeof utc_tz);
    tr_add_roots(&isocal_type, sizeof isocal_type);
    TrType *types[] = {&delta_type, &date_type, &datetime_type, &time_type, &tzinfo_type, &timezone_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        types[i]->module = TR_INTERN("datetime");
        types[i]->qualname = tr_str_intern(strchr(types[i]->name, '.') + 1);
        tr_type_ready(types[i]);
    }
    tr_type_add_methods(&delta_type, delta_methods);
    tr_type_add_getter(&delta_type, "days", delta_get_days);
    tr_type_add_getter(&delta_type, "seconds", delta_get_seconds);
    tr_type_add_getter(&delta_type, "microseconds", delta_get_us);
    tr_type_add_methods(&date_type, date_methods);
    tr_type_add_getter(&date_type, "year", date_get_year);
    tr_type_add_getter(&date_type, "month", date_get_month);
    tr_type_add_getter(&date_type, "day", date_get_day);
    tr_type_add_methods(&datetime_type, datetime_methods);
    tr_type_add_getter(&datetime_type, "hour", dt_get_hour);
    tr_type_add_getter(&datetime_type, "minute", dt_get_minute);
    tr_type_add_getter(&datetime_type, "second", dt_get_second);
    tr_type_add_getter(&datetime_type, "microsecond", dt_get_us);
    tr_type_add_getter(&datetime_type, "tzinfo", dt_get_tzinfo);
    tr_type_add_getter(&datetime_type, "fold", dt_get_fold);
    tr_type_add_methods(&time_type, time_methods);
    tr_type_add_getter(&time_type, "hour", time_get_hour);
    tr_type_add_getter(&time_type, "minute", time_get_minute);
    tr_type_add_getter(&time_type, "second", time_get_second);
    tr_type_add_getter(&time_type, "microsecond", time_get_us);
    tr_type_add_getter(&time_type, "tzinfo", time_get_tzinfo);
    tr_type_add_getter(&time_type, "fold", time_get_fold);
    tr_type_add_methods(&tzinfo_type, tzinfo_methods);
    tr_type_add_methods(&timezone_type, timezone_methods);

    set_class_attr(&delta_type, "min", delta_new_raw(-MAX_DELTA_DAYS, 0, 0));
    set_class_attr(&delta_type, "max", delta_new_raw(MAX_DELTA_DAYS, 86399, 999999));
    set_class_attr(&delta_type, "resolution", delta_new_raw(0, 0, 1));
    set_class_attr(&date_type, "min", date_alloc(&date_type, 1, 1, 1));
    set_class_attr(&date_type, "max", date_alloc(&date_type, MAXYEAR, 12, 31));
    set_class_attr(&date_type, "resolution", delta_new_raw(1, 0, 0));
    set_class_attr(&datetime_type, "min", datetime_alloc(&datetime_type, 1, 1, 1, 0, 0, 0, 0, tr_None, 0));
    set_class_attr(&datetime_type, "max", datetime_alloc(&datetime_type, MAXYEAR, 12, 31, 23, 59, 59, 999999, tr_None, 0));
    set_class_attr(&datetime_type, "resolution", delta_new_raw(0, 0, 1));
    set_class_attr(&time_type, "min", time_new_raw(&time_type, 0, 0, 0, 0, tr_None, 0));
    set_class_attr(&time_type, "max", time_new_raw(&time_type, 23, 59, 59, 999999, tr_None, 0));
    set_class_attr(&time_type, "resolution", delta_new_raw(0, 0, 1));
    utc_tz = timezone_make(delta_new_raw(0, 0, 0), 0);
    set_class_attr(&timezone_type, "utc", utc_tz);
    set_class_attr(&timezone_type, "min", timezone_make(delta_new_raw(-1, 60, 0), 0));
    set_class_attr(&timezone_type, "max", timezone_make(delta_new_raw(0, 86340, 0), 0));

    tr_module_add(m, "MINYEAR", tr_int_from_i64(MINYEAR));
    tr_module_add(m, "MAXYEAR", tr_int_from_i64(MAXYEAR));
    tr_module_add(m, "timedelta", (TrValue)&delta_type);
    tr_module_add(m, "date", (TrValue)&date_type);
    tr_module_add(m, "datetime", (TrValue)&datetime_type);
    tr_module_add(m, "time", (TrValue)&time_type);
    tr_module_add(m, "tzinfo", (TrValue)&tzinfo_type);
    tr_module_add(m, "timezone", (TrValue)&timezone_type);
    tr_module_add(m, "UTC", utc_tz);
    return m;
}
