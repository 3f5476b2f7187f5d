/* math.c — the `math` module: CPython 3.11's functions and constants with its error
 * behaviour (ValueError "math domain error", OverflowError "math range error"),
 * exact integer functions over big ints (factorial, gcd, isqrt, comb, perm), plus the
 * spec's math.abs. */
#include "tr.h"
#include <math.h>

static int arg_double(TrValue v, double *out) { return tr_as_double(v, out); }

static TrValue domain_error(void) { return tr_err(TR_EXC_TYPE(ValueError), "math domain error"); }
static TrValue range_error(void) { return tr_err(TR_EXC_TYPE(OverflowError), "math range error"); }

/* The calling convention's checks of a math function that takes min..max positional
 * arguments and no keywords, naming it "math.<name>" as CPython does */
static int math_args(const char *name, size_t nargs, TrValue kwnames, size_t min, size_t max) {
    if (TR_LIKELY(nargs >= min && nargs <= max && !(kwnames && TR_TUPLE(kwnames)->len))) return 0;
    char fname[32];
    snprintf(fname, sizeof fname, "math.%s", name);
    return tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, min, max) < 0 ? -1 : 0;
}

/* One-argument real functions: NaN out of a non-NaN input is a domain error; an
 * infinite result from a finite input is a range error (or domain error for poles). */
typedef struct Math1 { const char *name; double (*fn)(double); bool overflow_is_range; } Math1;

static const Math1 math1_table[] = {
    {"sqrt", sqrt, true}, {"exp", exp, true}, {"exp2", exp2, true}, {"expm1", expm1, true},
    {"log2", log2, false}, {"log10", log10, false}, {"log1p", log1p, false},
    {"sin", sin, true}, {"cos", cos, true}, {"tan", tan, true}, {"asin", asin, true}, {"acos", acos, true},
    {"atan", atan, true}, {"sinh", sinh, true}, {"cosh", cosh, true}, {"tanh", tanh, true},
    {"asinh", asinh, true}, {"acosh", acosh, true}, {"atanh", atanh, false}, {"fabs", fabs, true},
    {"erf", erf, true}, {"erfc", erfc, true}, {"cbrt", cbrt, true},
    {0},
};

static TrValue math1(const Math1 *m, TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args(m->name, nargs, kwnames, 1, 1) < 0) return 0;
    double x;
    if (arg_double(args[0], &x) < 0) return 0;
    double r = m->fn(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return m->overflow_is_range ? range_error() : domain_error();
    return tr_float_new(r);
}

#define M1(i) static TrValue m1_##i(TrValue *a, size_t n, TrValue k) { return math1(&math1_table[i], a, n, k); }
M1(0) M1(1) M1(2) M1(3) M1(4) M1(5) M1(6) M1(7) M1(8) M1(9) M1(10) M1(11) M1(12) M1(13) M1(14) M1(15)
M1(16) M1(17) M1(18) M1(19) M1(20) M1(21) M1(22)
static const TrCFunc math1_funcs[] = {m1_0, m1_1, m1_2, m1_3, m1_4, m1_5, m1_6, m1_7, m1_8, m1_9, m1_10, m1_11,
                                      m1_12, m1_13, m1_14, m1_15, m1_16, m1_17, m1_18, m1_19, m1_20, m1_21, m1_22};

/* The C function of math's one-argument function callee, or 0 (tr_compiled.h). */
double (*tr_math_unary_of(TrValue callee))(double) {
    if (TR_IS_SMALL(callee) || callee->type != &tr_builtin_type) return 0;
    for (int i = 0; math1_table[i].name; i++)
        if (((TrBuiltin *)callee)->fn == math1_funcs[i]) return math1_table[i].fn;
    return 0;
}

static TrValue math_log(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("log", kwnames) < 0) return 0; /* METH_VARARGS: _PyArg_NoKeywords */
    if (nargs < 1 || nargs > 2) return tr_err(TR_EXC_TYPE(TypeError), "math.log requires 1 to 2 arguments"); /* an optional group */
    double x, b = M_E;
    /* big ints: log of the value, not of its float conversion (which may overflow) */
    if (tr_int_check(args[0]) && !TR_IS_SMALL(args[0]) && tr_int_sign(args[0]) > 0) {
        mpz_t z;
        mpz_init(z);
        tr_int_as_mpz(args[0], z);
        long e;
        double d = mpz_get_d_2exp(&e, z);
        x = log(d) + e * log(2.0);
        mpz_clear(z);
    } else {
        if (arg_double(args[0], &x) < 0) return 0;
        if (x <= 0) return domain_error();
        x = log(x);
    }
    if (nargs == 2) {
        if (arg_double(args[1], &b) < 0) return 0;
        if (b <= 0 || b == 1) return b == 1 ? tr_err(TR_EXC_TYPE(ZeroDivisionError), "float division by zero") : domain_error();
        return tr_float_new(x / log(b));
    }
    return tr_float_new(x);
}

static TrValue two_doubles(const char *name, TrValue *args, size_t nargs, TrValue kwnames, double *x, double *y) {
    if (math_args(name, nargs, kwnames, 2, 2) < 0) return 0;
    if (arg_double(args[0], x) < 0 || arg_double(args[1], y) < 0) return 0;
    return tr_None;
}

static TrValue math_pow(TrValue *args, size_t nargs, TrValue kwnames) {
    double x, y;
    if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return 0;
    if (x == 0 && y < 0 && isfinite(y)) return domain_error(); /* pow(0.0, -inf) is inf since 3.11 */
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y)) return domain_error();
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return tr_float_new(r);
}

static TrValue math_atan2(TrValue *args, size_t nargs, TrValue kwnames) {
    double y, x;
    if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return 0;
    return tr_float_new(atan2(y, x));
}

static TrValue math_fmod(TrValue *args, size_t nargs, TrValue kwnames) {
    double x, y;
    if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return 0;
    if (y == 0 && !isnan(x)) return domain_error();
    if (isinf(x) && !isnan(y)) return domain_error();
    return tr_float_new(fmod(x, y));
}

static TrValue math_copysign(TrValue *args, size_t nargs, TrValue kwnames) {
    double x, y;
    if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return 0;
    return tr_float_new(copysign(x, y));
}

static TrValue math_remainder(TrValue *args, size_t nargs, TrValue kwnames) {
    double x, y;
    if (!two_doubles("remainder", args, nargs, kwnames, &x, &y)) return 0;
    if ((y == 0 && !isnan(x)) || (isinf(x) && !isnan(y))) return domain_error();
    return tr_float_new(remainder(x, y));
}

static TrValue math_nextafter(TrValue *args, size_t nargs, TrValue kwnames) {
    double x, y;
    if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y)) return 0;
    return tr_float_new(nextafter(x, y));
}

static TrValue math_ldexp(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("ldexp", nargs, kwnames, 2, 2) < 0) return 0;
    double x;
    int64_t e;
    if (arg_double(args[0], &x) < 0) return 0;
    if (!tr_int_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "Expected an int as second argument to ldexp.");
    if (tr_int_as_i64(args[1], &e) < 0) { tr_err_clear(); e = tr_int_sign(args[1]) > 0 ? 100000 : -100000; }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) return range_error();
    return tr_float_new(r);
}

static TrValue math_frexp(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("frexp", nargs, kwnames, 1, 1) < 0) return 0;
    double x;
    if (arg_double(args[0], &x) < 0) return 0;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    return tr_tuple_pack(2, tr_float_new(m), TR_FROM_SMALL(e));
}

static TrValue math_modf(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("modf", nargs, kwnames, 1, 1) < 0) return 0;
    double x, ip;
    if (arg_double(args[0], &x) < 0) return 0;
    if (isinf(x)) return tr_tuple_pack(2, tr_float_new(copysign(0.0, x)), tr_float_new(x));
    double fp = modf(x, &ip);
    return tr_tuple_pack(2, tr_float_new(fp), tr_float_new(ip));
}

static TrValue math_predicate(const char *name, TrValue *args, size_t nargs, TrValue kwnames, int (*p)(double)) {
    if (math_args(name, nargs, kwnames, 1, 1) < 0) return 0;
    double x;
    if (arg_double(args[0], &x) < 0) return 0;
    return tr_bool(p(x));
}
static int is_finite(double x) { return isfinite(x); }
static int is_inf(double x) { return isinf(x); }
static int is_nan(double x) { return isnan(x); }
static TrValue math_isfinite(TrValue *a, size_t n, TrValue k) { return math_predicate("isfinite", a, n, k, is_finite); }
static TrValue math_isinf(TrValue *a, size_t n, TrValue k) { return math_predicate("isinf", a, n, k, is_inf); }
static TrValue math_isnan(TrValue *a, size_t n, TrValue k) { return math_predicate("isnan", a, n, k, is_nan); }

static TrValue math_isclose(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/a", "/b", "$rel_tol", "$abs_tol", NULL};
    TrValue v[4];
    if (tr_parse_args("isclose", args, nargs, kwnames, kw, 2, v) < 0) return 0;
    double a, b, rel = 1e-9, abs_tol = 0;
    if (arg_double(v[0], &a) < 0 || arg_double(v[1], &b) < 0) return 0;
    if (v[2] && arg_double(v[2], &rel) < 0) return 0;
    if (v[3] && arg_double(v[3], &abs_tol) < 0) return 0;
    if (rel < 0 || abs_tol < 0) return tr_err(TR_EXC_TYPE(ValueError), "tolerances must be non-negative");
    if (a == b) return tr_True;
    if (isinf(a) || isinf(b)) return tr_False;
    double diff = fabs(b - a);
    return tr_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* floor/ceil/trunc: ints pass through; floats become exact ints; else __floor__ etc. */
static TrValue rounding(const char *name, const char *dunder, TrValue *args, size_t nargs, TrValue kwnames, double (*fn)(double)) {
    if (math_args(name, nargs, kwnames, 1, 1) < 0) return 0;
    TrValue x = args[0];
    if (tr_int_check(x)) return tr_number_index(x);
    if (tr_float_check(x)) return tr_int_from_double(fn(TR_FLOAT_VAL(x)));
    if (tr_type_lookup(TR_TYPE(x), tr_str_intern(dunder))) return tr_call_method_cstr(x, dunder, 0);
    double d;
    if (arg_double(x, &d) < 0) return 0;
    return tr_int_from_double(fn(d));
}
static TrValue math_floor(TrValue *a, size_t n, TrValue k) { return rounding("floor", "__floor__", a, n, k, floor); }
static TrValue math_ceil(TrValue *a, size_t n, TrValue k) { return rounding("ceil", "__ceil__", a, n, k, ceil); }
static TrValue math_trunc(TrValue *a, size_t n, TrValue k) {
    if (math_args("trunc", n, k, 1, 1) < 0) return 0;
    if (!tr_int_check(a[0]) && !tr_float_check(a[0]) && !tr_type_lookup(TR_TYPE(a[0]), TR_INTERN("__trunc__")))
        return tr_err(TR_EXC_TYPE(TypeError), "type %s doesn't define __trunc__ method", TR_TYPE_NAME(a[0]));
    return rounding("trunc", "__trunc__", a, n, k, trunc);
}

/* ---------------------------------------------------------------- integer functions */

static int arg_mpz(const char *name, TrValue v, mpz_t out) {
    TrValue i = tr_number_index(v);
    if (!i) return -1;
    tr_int_as_mpz(i, out);
    return 0;
}

static TrValue math_factorial(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("factorial", nargs, kwnames, 1, 1) < 0) return 0;
    if (tr_float_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (tr_index(args[0], &n) < 0) return 0;
    if (n < 0) return tr_err(TR_EXC_TYPE(ValueError), "factorial() not defined for negative values");
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)n);
    TrValue r = tr_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static TrValue gcd_lcm(TrValue *args, size_t nargs, TrValue kwnames, bool lcm) {
    if (tr_no_kwargs(lcm ? "math.lcm" : "math.gcd", kwnames) < 0) return 0;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    for (size_t i = 0; i < nargs; i++) {
        if (arg_mpz(lcm ? "lcm" : "gcd", args[i], x) < 0) return 0;
        if (lcm) mpz_lcm(acc, acc, x);
        else mpz_gcd(acc, acc, x);
    }
    TrValue r = tr_int_from_mpz(acc);
    mpz_clear(acc);
    mpz_clear(x);
    return r;
}
static TrValue math_gcd(TrValue *a, size_t n, TrValue k) { return gcd_lcm(a, n, k, false); }
static TrValue math_lcm(TrValue *a, size_t n, TrValue k) { return gcd_lcm(a, n, k, true); }

static TrValue math_isqrt(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("isqrt", nargs, kwnames, 1, 1) < 0) return 0;
    mpz_t z;
    mpz_init(z);
    if (arg_mpz("isqrt", args[0], z) < 0) return 0;
    if (mpz_sgn(z) < 0) return tr_err(TR_EXC_TYPE(ValueError), "isqrt() argument must be nonnegative");
    mpz_sqrt(z, z);
    TrValue r = tr_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* comb(n, k) and perm(n, k) over big ints (n may be any size; k, or min(k, n - k) for
 * comb, must fit an unsigned long: GMP's limit, and more terms than memory anyway). */
static TrValue comb_perm(TrValue *args, size_t nargs, TrValue kwnames, bool comb) {
    const char *name = comb ? "comb" : "perm";
    if (math_args(name, nargs, kwnames, comb ? 2 : 1, 2) < 0) return 0;
    mpz_t n, k;
    mpz_init(n);
    mpz_init(k);
    if (arg_mpz(name, args[0], n) < 0) return 0;
    if (nargs > 1 && args[1] != tr_None) {
        if (arg_mpz(name, args[1], k) < 0) return 0;
    } else { /* perm(n) is n! */
        if (mpz_sgn(n) < 0) return tr_err(TR_EXC_TYPE(ValueError), "factorial() not defined for negative values");
        mpz_set(k, n);
    }
    if (mpz_sgn(n) < 0) return tr_err(TR_EXC_TYPE(ValueError), "n must be a non-negative integer");
    if (mpz_sgn(k) < 0) return tr_err(TR_EXC_TYPE(ValueError), "k must be a non-negative integer");
    if (mpz_cmp(k, n) > 0) return TR_FROM_SMALL(0);
    if (comb) { /* C(n, k) == C(n, n - k) */
        mpz_t rest;
        mpz_init(rest);
        mpz_sub(rest, n, k);
        if (mpz_cmp(rest, k) < 0) mpz_set(k, rest);
        mpz_clear(rest);
    }
    if (!mpz_fits_ulong_p(k))
        return tr_err(TR_EXC_TYPE(OverflowError), comb ? "min(n - k, k) must not exceed %lu" : "k must not exceed %lu",
                      (unsigned long)-1);
    unsigned long terms = mpz_get_ui(k);
    mpz_t r;
    mpz_init(r);
    if (comb) mpz_bin_ui(r, n, terms);
    else {
        mpz_set_ui(r, 1);
        for (unsigned long i = 0; i < terms; i++) {
            mpz_mul(r, r, n);
            mpz_sub_ui(n, n, 1);
        }
    }
    TrValue v = tr_int_from_mpz(r);
    mpz_clear(r);
    mpz_clear(n);
    mpz_clear(k);
    return v;
}
static TrValue math_comb(TrValue *a, size_t n, TrValue k) { return comb_perm(a, n, k, true); }
static TrValue math_perm(TrValue *a, size_t n, TrValue k) { return comb_perm(a, n, k, false); }

/* ---------------------------------------------------------------- sequences */

static TrValue math_fsum(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("fsum", nargs, kwnames, 1, 1) < 0) return 0;
    /* Shewchuk's exact partial sums, as CPython */
    double partials[64];
    int np = 0;
    double special = 0;
    TrValue it = tr_iter(args[0]), v;
    if (!it) return 0;
    while ((v = tr_next(it))) {
        double x;
        if (arg_double(v, &x) < 0) return 0;
        if (!isfinite(x)) { special += x; continue; }
        int j = 0;
        for (int i = 0; i < np; i++) {
            double y = partials[i];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) partials[j++] = lo;
            x = hi;
        }
        np = j;
        if (np < 64) partials[np++] = x;
    }
    if (tr_err_occurred()) return 0;
    if (special != 0 || isnan(special)) return tr_float_new(special);
    double hi = 0;
    if (np > 0) {
        hi = partials[--np];
        double lo = 0;
        while (np > 0) {
            double x = hi, y = partials[--np];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (np > 0 && ((lo < 0 && partials[np - 1] < 0) || (lo > 0 && partials[np - 1] > 0))) {
            double y = lo * 2, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return tr_float_new(hi);
}

static TrValue math_prod(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/iterable", "$start", NULL};
    TrValue a[2];
    if (tr_parse_args("prod", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue acc = a[1] ? a[1] : TR_FROM_SMALL(1), it = tr_iter(a[0]), v;
    if (!it) return 0;
    while ((v = tr_next(it)))
        if (!(acc = tr_binop(TR_MUL, acc, v))) return 0;
    return tr_err_occurred() ? 0 : acc;
}

static TrValue math_hypot(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("math.hypot", kwnames) < 0) return 0;
    double acc = 0;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (arg_double(args[i], &x) < 0) return 0;
        acc = hypot(acc, x);
    }
    return tr_float_new(acc);
}

static TrValue math_dist(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("dist", nargs, kwnames, 2, 2) < 0) return 0;
    TrValue p = tr_tuple_from_iterable(args[0]), q = p ? tr_tuple_from_iterable(args[1]) : 0;
    if (!q) return 0;
    if (TR_TUPLE(p)->len != TR_TUPLE(q)->len)
        return tr_err(TR_EXC_TYPE(ValueError), "both points must have the same number of dimensions");
    double acc = 0;
    for (size_t i = 0; i < TR_TUPLE(p)->len; i++) {
        double a, b;
        if (arg_double(TR_TUPLE(p)->items[i], &a) < 0 || arg_double(TR_TUPLE(q)->items[i], &b) < 0) return 0;
        acc = hypot(acc, a - b);
    }
    return tr_float_new(acc);
}

static TrValue math_degrees(TrValue *args, size_t nargs, TrValue kwnames) {
    double x;
    if (math_args("degrees", nargs, kwnames, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    return tr_float_new(x * (180.0 / M_PI));
}

static TrValue math_radians(TrValue *args, size_t nargs, TrValue kwnames) {
    double x;
    if (math_args("radians", nargs, kwnames, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    return tr_float_new(x * (M_PI / 180.0));
}

static TrValue math_gamma_fn(TrValue *args, size_t nargs, TrValue kwnames, bool lgam) {
    double x;
    if (math_args(lgam ? "lgamma" : "gamma", nargs, kwnames, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (isfinite(x) && x <= 0 && x == floor(x)) return domain_error();
    if (!lgam && x == -INFINITY) return domain_error(); /* lgamma(-inf) is inf */
    double r = lgam ? lgamma(x) : tgamma(x);
    if (isinf(r) && isfinite(x)) return range_error();
    return tr_float_new(r);
}
static TrValue math_gamma(TrValue *a, size_t n, TrValue k) { return math_gamma_fn(a, n, k, false); }
static TrValue math_lgamma(TrValue *a, size_t n, TrValue k) { return math_gamma_fn(a, n, k, true); }

static TrValue math_ulp(TrValue *args, size_t nargs, TrValue kwnames) {
    double x;
    if (math_args("ulp", nargs, kwnames, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (isnan(x)) return tr_float_new(x);
    x = fabs(x);
    if (isinf(x)) return tr_float_new(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) return tr_float_new(x - nextafter(x, -INFINITY));
    return tr_float_new(next - x);
}

/* math.abs (the spec's extra): the builtin abs */
static TrValue math_abs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (math_args("abs", nargs, kwnames, 1, 1) < 0) return 0;
    TrType *t = TR_TYPE(args[0]);
    if (!t->abs) return tr_err(TR_EXC_TYPE(TypeError), "bad operand type for abs(): '%s'", t->name);
    return t->abs(args[0]);
}

static const TrMethodDef math_functions[] = {
    {"log", math_log}, {"pow", math_pow}, {"atan2", math_atan2}, {"fmod", math_fmod},
    {"copysign", math_copysign}, {"remainder", math_remainder}, {"nextafter", math_nextafter},
    {"ldexp", math_ldexp}, {"frexp", math_frexp}, {"modf", math_modf}, {"isfinite", math_isfinite},
    {"isinf", math_isinf}, {"isnan", math_isnan}, {"isclose", math_isclose}, {"floor", math_floor},
    {"ceil", math_ceil}, {"trunc", math_trunc}, {"factorial", math_factorial}, {"gcd", math_gcd},
    {"lcm", math_lcm}, {"isqrt", math_isqrt}, {"comb", math_comb}, {"perm", math_perm}, {"fsum", math_fsum},
    {"prod", math_prod}, {"hypot", math_hypot}, {"dist", math_dist}, {"degrees", math_degrees},
    {"radians", math_radians}, {"gamma", math_gamma}, {"lgamma", math_lgamma}, {"ulp", math_ulp},
    {"abs", math_abs},
    {0},
};

TrValue trmod_math_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("math", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, math_functions);
    for (int i = 0; math1_table[i].name; i++)
        tr_module_add(m, math1_table[i].name, tr_builtin_new(math1_table[i].name, math1_funcs[i]));
    tr_module_add(m, "pi", tr_float_new(M_PI));
    tr_module_add(m, "e", tr_float_new(M_E));
    tr_module_add(m, "tau", tr_float_new(2 * M_PI));
    tr_module_add(m, "inf", tr_float_new(INFINITY));
    tr_module_add(m, "nan", tr_float_new(NAN));
    return m;
}
