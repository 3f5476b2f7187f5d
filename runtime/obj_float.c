/* obj_float.c — floats (C double) with CPython's repr (shortest round-tripping
 * digits), hashing that agrees with ints, exact int/float comparison, Python's
 * floor division and modulo, round() with round-half-even; and a basic complex type. */
#include "tr.h"
#include "strbase.h"
#include "seq.h"
#include <math.h>
#include <stdlib.h>
#include <ctype.h>
#include <float.h>

int tr_int_cmp_double(TrValue a, double d, int *unordered); /* obj_int.c */

/* tr_float_new is in alloc.c, next to the free list it allocates from. */

int tr_float_check(TrValue v) { return !TR_IS_SMALL(v) && tr_isinstance_type(v, &tr_float_type); }

int tr_as_double(TrValue v, double *out) {
    if (TR_IS_SMALL(v)) { *out = (double)TR_SMALL_VAL(v); return 0; }
    if (tr_float_check(v)) { *out = TR_FLOAT_VAL(v); return 0; }
    if (tr_int_check(v)) {
        int ov;
        *out = tr_int_as_double(v, &ov);
        if (ov) { tr_err(TR_EXC_TYPE(OverflowError), "int too large to convert to float"); return -1; }
        return 0;
    }
    TrType *t = TR_TYPE(v);
    if (t->to_float) {
        TrValue f = t->to_float(v);
        if (!f) return -1;
        if (!tr_float_check(f)) { tr_err(TR_EXC_TYPE(TypeError), "__float__ returned non-float (type %s)", TR_TYPE_NAME(f)); return -1; }
        *out = TR_FLOAT_VAL(f);
        return 0;
    }
    if (t->index) {
        TrValue i = tr_number_index(v);
        return i ? tr_as_double(i, out) : -1;
    }
    tr_err(TR_EXC_TYPE(TypeError), "must be real number, not %s", t->name);
    return -1;
}

/* ---------------------------------------------------------------- repr */

/* The correctly rounded prec-digit string `digits` ("-d.ddde+XX") does not read back
 * as d; the other prec-digit string next to d (one unit up when the rounded value is
 * below d in magnitude, down otherwise) may: near a power of two the doubles below are twice as
 * dense as those above, so the shortest string that reads back is not always the
 * nearest one. Replaces digits with it and returns true when it reads back. */
static bool shortest_neighbour(char *digits, size_t cap, bool up, double d) {
    const char *p = digits;
    bool neg = *p == '-';
    if (neg) p++;
    uint64_t m = 0;
    int ndig = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') m = m * 10 + (uint64_t)(*p - '0'), ndig++;
    int exp10 = atoi(p + 1) - (ndig - 1); /* value = m * 10**exp10 */
    m = up ? m + 1 : m - 1;
    char ms[24];
    int len = snprintf(ms, sizeof ms, "%llu", (unsigned long long)m);
    char cand[48];
    snprintf(cand, sizeof cand, "%s%se%d", neg ? "-" : "", ms, exp10);
    if (strtod(cand, NULL) != d) return false;
    snprintf(digits, cap, "%s%c%s%s%se%+03d", neg ? "-" : "", ms[0], len > 1 ? "." : "", ms + 1, "", exp10 + len - 1);
    return true;
}

size_t tr_double_repr(double d, char *buf, size_t cap) {
    if (isnan(d)) return (size_t)snprintf(buf, cap, "nan");
    if (isinf(d)) return (size_t)snprintf(buf, cap, d > 0 ? "inf" : "-inf");
    char digits[48];
    /* A string of k <= 15 digits that reads back as d is d's nearest 15-digit string
     * (15-digit decimals are further apart than doubles), so when that one reads back
     * it is the shortest once its trailing zeros go, and when it does not, no shorter
     * string does: one printf+strtod instead of up to 15 for most values.  Subnormals
     * (fewer bits) search from one digit. */
    bool normal = fabs(d) >= DBL_MIN || d == 0;
    snprintf(digits, sizeof digits, "%.14e", d);
    if (!normal || strtod(digits, NULL) != d)
        for (int prec = normal ? 16 : 1; prec <= 17; prec++) {
            snprintf(digits, sizeof digits, "%.*e", prec - 1, d);
            double v = strtod(digits, NULL);
            if (v == d || (prec < 17 && shortest_neighbour(digits, sizeof digits, fabs(v) < fabs(d), d))) break;
        }
    /* digits is like -1.2345e+06: split mantissa digits and exponent */
    char mant[32];
    size_t nm = 0;
    const char *p = digits;
    bool neg = *p == '-';
    if (neg) p++;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') mant[nm++] = *p;
    mant[nm] = 0;
    int exp10 = atoi(p + 1);
    while (nm > 1 && mant[nm - 1] == '0') mant[--nm] = 0;
    size_t n = 0;
    char *out = buf;
    if (neg) out[n++] = '-';
    if (exp10 < -4 || exp10 >= 16) {
        out[n++] = mant[0];
        if (nm > 1) {
            out[n++] = '.';
            for (size_t i = 1; i < nm; i++) out[n++] = mant[i];
        }
        n += (size_t)snprintf(out + n, cap - n, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
        return n;
    }
    if (exp10 < 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = -1; i > exp10; i--) out[n++] = '0';
        for (size_t i = 0; i < nm; i++) out[n++] = mant[i];
    } else {
        for (int i = 0; i <= exp10; i++) out[n++] = (size_t)i < nm ? mant[i] : '0';
        out[n++] = '.';
        if ((size_t)exp10 + 1 < nm)
            for (size_t i = (size_t)exp10 + 1; i < nm; i++) out[n++] = mant[i];
        else out[n++] = '0';
    }
    out[n] = 0;
    return n;
}

TrValue tr_float_repr(TrValue v) {
    char buf[64];
    size_t n = tr_double_repr(TR_FLOAT_VAL(v), buf, sizeof buf);
    return tr_str_new(buf, n);
}

/* ---------------------------------------------------------------- hash and compare */

static int64_t float_hash(TrValue self) {
    double d = TR_FLOAT_VAL(self);
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return (int64_t)((uintptr_t)self >> 4);
    double ip;
    if (modf(d, &ip) == 0 && fabs(d) < 9.2e18) {
        int64_t i = (int64_t)d;
        if (i == -1) return -2;
        if ((i >= 0 ? i : -i) < TR_HASH_MODULUS) return i;
    }
    /* CPython's _Py_HashDouble */
    const uint64_t P = TR_HASH_MODULUS;
    const int bits = TR_HASH_BITS;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (bits - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & P) | x >> (bits - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static TrValue cmp_double(double a, double b, int op) {
    switch (op) {
    case TR_LT: return tr_bool(a < b);
    case TR_LE: return tr_bool(a <= b);
    case TR_EQ: return tr_bool(a == b);
    case TR_NE: return tr_bool(a != b);
    case TR_GT: return tr_bool(a > b);
    default: return tr_bool(a >= b);
    }
}

static TrValue float_richcompare(TrValue a, TrValue b, int op) {
    double x = TR_FLOAT_VAL(a);
    if (tr_float_check(b)) return cmp_double(x, TR_FLOAT_VAL(b), op);
    if (tr_int_check(b)) {
        int unordered;
        int c = -tr_int_cmp_double(b, x, &unordered);
        if (unordered) return tr_bool(op == TR_NE);
        return cmp_double((double)c, 0.0, op);
    }
    return tr_NotImplemented;
}

/* ---------------------------------------------------------------- arithmetic */

/* Both operands as doubles, or NotImplemented for non-numbers. */
static int operands(TrValue a, TrValue b, double *x, double *y) {
    if (!(tr_float_check(a) || tr_int_check(a)) || !(tr_float_check(b) || tr_int_check(b))) return 1;
    if (tr_as_double(a, x) < 0 || tr_as_double(b, y) < 0) return -1;
    return 0;
}

#define FLOAT_OP(name, body)                                         \
    static TrValue name(TrValue a, TrValue b) {                      \
        double x, y;                                                 \
        int rc = operands(a, b, &x, &y);                             \
        if (rc) return rc < 0 ? 0 : tr_NotImplemented;               \
        body                                                         \
    }
FLOAT_OP(float_add, return tr_float_new(x + y);)
FLOAT_OP(float_sub, return tr_float_new(x - y);)
FLOAT_OP(float_mul, return tr_float_new(x * y);)
FLOAT_OP(float_div, if (y == 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "float division by zero");
         return tr_float_new(x / y);)

static double py_fmod(double x, double y) {
    double m = fmod(x, y);
    if (m) { if ((y < 0) != (m < 0)) m += y; }
    else m = copysign(0.0, y);
    return m;
}

static double py_floordiv(double x, double y) {
    double m = fmod(x, y), div = (x - m) / y;
    if (m && ((y < 0) != (m < 0))) div -= 1.0;
    if (div) {
        double f = floor(div);
        if (div - f > 0.5) f += 1.0;
        return f;
    }
    return copysign(0.0, x / y);
}

FLOAT_OP(float_mod, if (y == 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "float modulo");
         return tr_float_new(py_fmod(x, y));)
FLOAT_OP(float_floordiv, if (y == 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "float floor division by zero");
         return tr_float_new(py_floordiv(x, y));)
static TrValue float_pow(TrValue a, TrValue b) {
    double x, y;
    int rc = operands(a, b, &x, &y);
    if (rc) return rc < 0 ? 0 : tr_NotImplemented;
    /* 0.0 ** -inf is inf (C99's pow, as CPython's float_pow) */
    if (x == 0 && y < 0 && isfinite(y)) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "0.0 cannot be raised to a negative power");
    if (x < 0 && y != floor(y) && isfinite(x) && isfinite(y)) { /* a negative finite base to a fractional power is complex */
        double mag = pow(-x, y);
        return tr_complex_new(mag * cos(y * M_PI), mag * sin(y * M_PI));
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return tr_err(TR_EXC_TYPE(OverflowError), "(34, 'Numerical result out of range')");
    return tr_float_new(r);
}

static TrValue float_neg(TrValue a) { return tr_float_new(-TR_FLOAT_VAL(a)); }
static TrValue float_pos(TrValue a) { return tr_float_new(TR_FLOAT_VAL(a)); }
static TrValue float_abs(TrValue a) { return tr_float_new(fabs(TR_FLOAT_VAL(a))); }
static int float_truth(TrValue a) { return TR_FLOAT_VAL(a) != 0; }
static TrValue float_to_int(TrValue a) { return tr_int_from_double(TR_FLOAT_VAL(a)); }
static TrValue float_to_float(TrValue a) { return TR_TYPE(a) == &tr_float_type ? a : tr_float_new(TR_FLOAT_VAL(a)); }

/* ---------------------------------------------------------------- construction */

static TrValue parse_float(const char *s, size_t len, TrValue orig) {
    char *buf = tr_alloc_atomic(len + 1);
    size_t n = 0;
    size_t i = 0, end = len;
    while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v')) i++;
    while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n' || s[end - 1] == '\r')) end--;
    bool ok = end > i;
    for (size_t k = i; k < end; k++) {
        char c = s[k];
        if (c == '_') {
            bool digit_before = k > i && s[k - 1] >= '0' && s[k - 1] <= '9';
            bool digit_after = k + 1 < end && s[k + 1] >= '0' && s[k + 1] <= '9';
            if (!digit_before || !digit_after) ok = false;
            continue;
        }
        buf[n++] = c;
    }
    buf[n] = 0;
    char *endp;
    double d = ok ? strtod(buf, &endp) : 0;
    if (!ok || endp != buf + n || n == 0 || (buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) ||
        ((buf[0] == '+' || buf[0] == '-') && buf[1] == '0' && (buf[2] == 'x' || buf[2] == 'X')))
        return tr_err(TR_EXC_TYPE(ValueError), "could not convert string to float: %R", orig);
    return tr_float_new(d);
}

static TrValue float_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("float", kwnames) < 0 || tr_check_nargs("float", nargs, 0, 1) < 0) return 0;
    TrValue r;
    if (!nargs) r = tr_float_new(0.0);
    else if (tr_str_check(args[0])) {
        TrValue text = tr_str_ascii_digits(args[0]);
        r = text ? parse_float(tr_str_cstr(text), TR_STR(text)->len, args[0]) : 0;
    }
    else if (tr_bytes_check(args[0])) r = parse_float(((TrBytes *)args[0])->data, ((TrBytes *)args[0])->len, args[0]);
    else if (!TR_TYPE(args[0])->to_float && !TR_TYPE(args[0])->index && tr_buffer_view(args[0], &(size_t){0})) {
        size_t n; /* bytearray, memoryview, array: the text of their bytes */
        const char *d = tr_buffer_view(args[0], &n);
        r = parse_float(d, n, args[0]);
    } else {
        double d;
        if (!tr_float_check(args[0]) && !tr_int_check(args[0]) && !TR_TYPE(args[0])->to_float && !TR_TYPE(args[0])->index)
            return tr_err(TR_EXC_TYPE(TypeError), "float() argument must be a string or a real number, not '%s'", TR_TYPE_NAME(args[0]));
        if (tr_as_double(args[0], &d) < 0) return 0;
        r = tr_float_new(d);
    }
    if (!r || type == &tr_float_type) return r;
    TrFloat *f = (TrFloat *)tr_object_alloc(type, type->basicsize);
    f->value = TR_FLOAT_VAL(r);
    return (TrValue)f;
}

/* ---------------------------------------------------------------- rounding */

static double round_half_even(double x) {
    double r = round(x);
    if (fabs(x - trunc(x)) == 0.5) r = 2.0 * round(x / 2.0);
    return r;
}

TrValue tr_float_round(TrValue x, TrValue ndigits) {
    double d = TR_FLOAT_VAL(x);
    if (!ndigits || ndigits == tr_None) return tr_int_from_double(round_half_even(d));
    int64_t nd;
    if (tr_index(ndigits, &nd) < 0) return 0;
    if (!isfinite(d) || nd > 308) return tr_float_new(d);
    if (nd < -308) return tr_float_new(copysign(0.0, d));
    /* correctly rounded: let the C library print the exact decimal rounding
     * (glibc rounds halfway cases of the exact binary value to even) */
    char buf[400];
    if (nd >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)nd, d);
        return tr_float_new(strtod(buf, NULL));
    }
    double p = pow(10.0, (double)-nd);
    double r = round_half_even(d / p) * p;
    if (isinf(r)) return tr_err(TR_EXC_TYPE(OverflowError), "rounded value too large to represent");
    return tr_float_new(copysign(r, d));
}

/* ---------------------------------------------------------------- methods */

#define SELFD TR_FLOAT_VAL(args[0])

static TrValue float_m_is_integer(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "is_integer", 0, 0) < 0) return 0;
    return tr_bool(isfinite(SELFD) && floor(SELFD) == SELFD);
}

static TrValue float_m_ratio(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "as_integer_ratio", 0, 0) < 0) return 0;
    double d = SELFD;
    if (isinf(d)) return tr_err(TR_EXC_TYPE(OverflowError), "cannot convert Infinity to integer ratio");
    if (isnan(d)) return tr_err(TR_EXC_TYPE(ValueError), "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (unsigned long)e);
    else mpz_mul_2exp(den, den, (unsigned long)-e);
    TrValue r = tr_tuple_pack(2, tr_int_from_mpz(num), tr_int_from_mpz(den));
    mpz_clear(num);
    mpz_clear(den);
    return r;
}

static TrValue float_m_round(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__round__", 0, 1) < 0) return 0;
    return tr_float_round(args[0], nargs > 1 ? args[1] : tr_None);
}
static TrValue float_m_int(TrValue *args, size_t nargs, TrValue kwnames) { return tr_int_from_double(trunc(SELFD)); }
static TrValue float_m_trunc(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_method_args(args, nargs, kwnames, "__trunc__", 0, 0) < 0 ? 0 : tr_int_from_double(trunc(SELFD));
}
static TrValue float_m_floor(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_method_args(args, nargs, kwnames, "__floor__", 0, 0) < 0 ? 0 : tr_int_from_double(floor(SELFD));
}
static TrValue float_m_ceil(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_method_args(args, nargs, kwnames, "__ceil__", 0, 0) < 0 ? 0 : tr_int_from_double(ceil(SELFD));
}
static TrValue float_m_float(TrValue *args, size_t nargs, TrValue kwnames) { return float_to_float(args[0]); }
static TrValue float_m_conj(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_method_args(args, nargs, kwnames, "conjugate", 0, 0) < 0 ? 0 : float_to_float(args[0]);
}
static TrValue float_m_getnewargs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__getnewargs__", 0, 0) < 0) return 0;
    return tr_tuple_pack(1, float_to_float(args[0]));
}
/* float.__getformat__('double' or 'float'): the C formats, IEEE here */
static TrValue float_m_getformat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__getformat__", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "__getformat__() argument must be str, not %s", tr_arg_type_name(args[1]));
    const char *s = tr_str_cstr(args[1]);
    if (strcmp(s, "double") && strcmp(s, "float"))
        return tr_err(TR_EXC_TYPE(ValueError), "__getformat__() argument 1 must be 'double' or 'float'");
    uint16_t one = 1;
    return tr_str_from_cstr(*(uint8_t *)&one ? "IEEE, little-endian" : "IEEE, big-endian");
}
static TrValue float_m_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__format__", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "__format__() argument must be str, not %s", tr_arg_type_name(args[1]));
    return tr_format_float(SELFD, args[1]);
}
/* CPython's format: all 13 hex digits of the mantissa, subnormals as 0x0.<digits>p-1022 */
static TrValue float_m_hex(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "hex", 0, 0) < 0) return 0;
    double d = SELFD;
    if (!isfinite(d)) return tr_float_repr(args[0]);
    if (d == 0) return tr_str_from_cstr(signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    int biased = (int)(bits >> 52) & 0x7ff;
    return tr_str_fmt("%s0x%d.%013llxp%+d", bits >> 63 ? "-" : "", biased != 0,
                      (unsigned long long)(bits & ((UINT64_C(1) << 52) - 1)), biased ? biased - 1023 : -1022);
}

/* float.fromhex(s): hex digits with or without the 0x prefix, surrounding whitespace */
static TrValue float_m_fromhex(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "fromhex", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "bad argument type for built-in operation"); /* PyErr_BadArgument */
    const char *p = tr_str_cstr(args[1]);
    while (isspace((unsigned char)*p)) p++;
    const char *sign = *p == '-' || *p == '+' ? p++ : NULL;
    bool prefixed = p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
    bool special = tolower((unsigned char)*p) == 'i' || tolower((unsigned char)*p) == 'n';
    TrValue text = tr_str_fmt("%s%s%s", sign && *sign == '-' ? "-" : "", prefixed || special ? "" : "0x", p);
    char *end;
    double d = strtod(tr_str_cstr(text), &end);
    while (isspace((unsigned char)*end)) end++;
    if (*end || end == tr_str_cstr(text) || isspace((unsigned char)*p) || *p == '-' || *p == '+')
        return tr_err(TR_EXC_TYPE(ValueError), "invalid hexadecimal floating-point string");
    if (isinf(d) && !special) return tr_err(TR_EXC_TYPE(OverflowError), "hexadecimal value too large to represent as a float");
    return tr_float_new(d);
}
static TrValue float_get_real(TrValue self) { return float_to_float(self); }
static TrValue float_get_imag(TrValue self) { return tr_float_new(0.0); }

static const TrMethodDef float_methods[] = {
    {"is_integer", float_m_is_integer, TR_METH_INSTANCE}, {"as_integer_ratio", float_m_ratio, TR_METH_INSTANCE},
    {"__round__", float_m_round, TR_METH_INSTANCE}, {"__trunc__", float_m_trunc, TR_METH_INSTANCE},
    {"__floor__", float_m_floor, TR_METH_INSTANCE}, {"__ceil__", float_m_ceil, TR_METH_INSTANCE},
    {"__int__", float_m_int, TR_METH_INSTANCE}, {"__float__", float_m_float, TR_METH_INSTANCE},
    {"conjugate", float_m_conj, TR_METH_INSTANCE}, {"__format__", float_m_format, TR_METH_INSTANCE},
    {"hex", float_m_hex, TR_METH_INSTANCE}, {"fromhex", float_m_fromhex, TR_METH_CLASS},
    {"__getnewargs__", float_m_getnewargs, TR_METH_INSTANCE}, {"__getformat__", float_m_getformat, TR_METH_CLASS},
    {0},
};

TrType tr_float_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "float", .flags = TR_TF_BASETYPE | TR_TF_ATOMIC, .basicsize = sizeof(TrFloat),
    .repr = tr_float_repr, .hash = float_hash, .richcompare = float_richcompare, .truth = float_truth,
    .nb = {[TR_ADD] = float_add, [TR_SUB] = float_sub, [TR_MUL] = float_mul, [TR_TRUEDIV] = float_div,
           [TR_FLOORDIV] = float_floordiv, [TR_MOD] = float_mod, [TR_POW] = float_pow},
    .neg = float_neg, .pos = float_pos, .abs = float_abs, .to_int = float_to_int, .to_float = float_to_float,
    .new_ = float_new,
};

/* ---------------------------------------------------------------- complex */

TrValue tr_complex_new(double re, double im) {
    /* atomic, and every field set here: tr_object_alloc's clearing would be wasted */
    TrComplex *c = tr_alloc_atomic(sizeof(TrComplex));
    c->ob.type = &tr_complex_type;
    c->real = re;
    c->imag = im;
    return (TrValue)c;
}

static int as_complex(TrValue v, double *re, double *im) {
    if (tr_isinstance_type(v, &tr_complex_type)) { *re = ((TrComplex *)v)->real; *im = ((TrComplex *)v)->imag; return 0; }
    if (tr_float_check(v) || tr_int_check(v)) { *im = 0; return tr_as_double(v, re) < 0 ? -1 : 0; }
    return 1;
}

static TrValue complex_repr(TrValue self) {
    TrComplex *c = (TrComplex *)self;
    char re[64], im[64];
    tr_double_repr(c->imag, im, sizeof im);
    size_t n = strlen(im);
    if (n > 2 && !strcmp(im + n - 2, ".0")) im[n - 2] = 0;
    if (c->real == 0 && !signbit(c->real)) return tr_str_fmt("%sj", im);
    tr_double_repr(c->real, re, sizeof re);
    n = strlen(re);
    if (n > 2 && !strcmp(re + n - 2, ".0")) re[n - 2] = 0;
    return tr_str_fmt("(%s%s%sj)", re, isnan(c->imag) || !signbit(c->imag) ? "+" : "", im); /* nan has no sign */
}

/* a op b for op TR_ADD, TR_SUB, TR_MUL or TR_TRUEDIV.  Division is Smith's algorithm,
 * as CPython's _Py_c_quot (the naive formula overflows and rounds differently). */
TrValue tr_complex_arith(int op, double ar, double ai, double br, double bi) {
    switch (op) {
    case TR_ADD: return tr_complex_new(ar + br, ai + bi);
    case TR_SUB: return tr_complex_new(ar - br, ai - bi);
    case TR_MUL: return tr_complex_new(ar * br - ai * bi, ar * bi + ai * br);
    default: break;
    }
    double abr = fabs(br), abi = fabs(bi), rr, ri;
    if (abr >= abi) {
        if (abr == 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "complex division by zero");
        double ratio = bi / br, denom = br + bi * ratio;
        rr = (ar + ai * ratio) / denom, ri = (ai - ar * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = br / bi, denom = br * ratio + bi;
        rr = (ar * ratio + ai) / denom, ri = (ai * ratio - ar) / denom;
    } else rr = ri = NAN;
    return tr_complex_new(rr, ri);
}

#define COMPLEX_OP(name, op)                                                            \
    static TrValue name(TrValue a, TrValue b) {                                         \
        double ar, ai, br, bi;                                                          \
        int r1 = as_complex(a, &ar, &ai), r2 = as_complex(b, &br, &bi);                 \
        if (r1 < 0 || r2 < 0) return 0;                                                 \
        if (r1 || r2) return tr_NotImplemented;                                         \
        return tr_complex_arith(op, ar, ai, br, bi);                                    \
    }
COMPLEX_OP(complex_add, TR_ADD)
COMPLEX_OP(complex_sub, TR_SUB)
COMPLEX_OP(complex_mul, TR_MUL)
COMPLEX_OP(complex_div, TR_TRUEDIV)

typedef struct { double re, im; } Cx;
static Cx cx_mul(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* CPython's c_pow / c_powi: integral exponents up to 100 by repeated squaring */
static TrValue complex_pow(TrValue a, TrValue b) {
    double ar, ai, br, bi;
    int r1 = as_complex(a, &ar, &ai), r2 = as_complex(b, &br, &bi);
    if (r1 < 0 || r2 < 0) return 0;
    if (r1 || r2) return tr_NotImplemented;
    Cx x = {ar, ai}, r;
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        long n = (long)br;
        unsigned long u = n < 0 ? (unsigned long)-n : (unsigned long)n;
        Cx p = x;
        r = (Cx){1, 0};
        for (unsigned long mask = 1; mask > 0 && u >= mask; mask <<= 1) {
            if (u & mask) r = cx_mul(r, p);
            p = cx_mul(p, p);
        }
        if (n < 0) { /* 1 / r */
            TrValue q = tr_complex_arith(TR_TRUEDIV, 1, 0, r.re, r.im);
            if (!q) {
                tr_err_clear();
                return tr_err(TR_EXC_TYPE(ZeroDivisionError), "0.0 to a negative or complex power");
            }
            return q;
        }
    } else if (br == 0 && bi == 0) {
        r = (Cx){1, 0};
    } else if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "0.0 to a negative or complex power");
        r = (Cx){0, 0};
    } else {
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
        if (bi != 0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        r = (Cx){len * cos(phase), len * sin(phase)};
    }
    if ((isinf(r.re) || isinf(r.im)) && isfinite(ar) && isfinite(ai) && isfinite(br) && isfinite(bi))
        return tr_err(TR_EXC_TYPE(OverflowError), "complex exponentiation");
    return tr_complex_new(r.re, r.im);
}

static TrValue complex_pos(TrValue a) { return tr_complex_new(((TrComplex *)a)->real, ((TrComplex *)a)->imag); }

static TrValue complex_richcompare(TrValue a, TrValue b, int op) {
    double ar, ai, br, bi;
    if (as_complex(a, &ar, &ai) || as_complex(b, &br, &bi) || (op != TR_EQ && op != TR_NE)) return tr_NotImplemented;
    bool eq = ar == br && ai == bi;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static TrValue complex_abs(TrValue a) { return tr_float_new(hypot(((TrComplex *)a)->real, ((TrComplex *)a)->imag)); }
static TrValue complex_neg(TrValue a) { return tr_complex_new(-((TrComplex *)a)->real, -((TrComplex *)a)->imag); }
static int complex_truth(TrValue a) { return ((TrComplex *)a)->real != 0 || ((TrComplex *)a)->imag != 0; }
static int64_t complex_hash(TrValue a) {
    int64_t hr = float_hash(tr_float_new(((TrComplex *)a)->real)), hi = float_hash(tr_float_new(((TrComplex *)a)->imag));
    intptr_t h = (intptr_t)((uintptr_t)hr + 1000003u * (uintptr_t)hi);
    return h == -1 ? -2 : h;
}
static TrValue complex_get_real(TrValue a) { return tr_float_new(((TrComplex *)a)->real); }
static TrValue complex_get_imag(TrValue a) { return tr_float_new(((TrComplex *)a)->imag); }
static TrValue complex_m_conj(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "conjugate", 0, 0) < 0) return 0;
    return tr_complex_new(((TrComplex *)args[0])->real, -((TrComplex *)args[0])->imag);
}

/* one float of a complex literal at *p (strtod's syntax without hex), advancing *p */
static bool complex_number(const char **p, double *out) {
    const char *s = *p, *d = s + (*s == '+' || *s == '-');
    if (d[0] == '0' && (d[1] == 'x' || d[1] == 'X')) return false;
    char *end;
    *out = strtod(s, &end);
    if (end == s) return false;
    *p = end;
    return true;
}

/* complex("1+2j"), "(-j)", " 3.5 ", "nan-infj": CPython's complex_from_string */
static int complex_from_string(const char *s, size_t len, double *re, double *im) {
    char *buf = tr_alloc_atomic(len + 1);
    memcpy(buf, s, len);
    buf[len] = 0;
    if (strlen(buf) != len) return -1;
    const char *p = buf, *end = buf + len;
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    if (p < end && *p == '(' && end[-1] == ')') {
        p++, end--;
        while (p < end && isspace((unsigned char)*p)) p++;
        while (end > p && isspace((unsigned char)end[-1])) end--;
    }
    *(char *)end = 0;
    double x = 0, y = 0;
    *re = *im = 0;
    if (complex_number(&p, &x)) {
        if (*p == 'j' || *p == 'J') { *im = x; p++; }
        else if (*p == '+' || *p == '-') {
            const char *q = p;
            if (!complex_number(&p, &y)) { y = *q == '-' ? -1.0 : 1.0; p = q + 1; }
            if (*p != 'j' && *p != 'J') return -1;
            p++;
            *re = x, *im = y;
        } else *re = x;
    } else { /* "j", "+j", "-j" */
        if (*p == '+' || *p == '-') y = *p++ == '-' ? -1.0 : 1.0;
        else y = 1.0;
        if (*p != 'j' && *p != 'J') return -1;
        p++;
        *im = y;
    }
    return p == end ? 0 : -1;
}

/* the first argument of complex(): a number, a string, or an object with __complex__,
 * __float__ or __index__; 1 (no error set) when it is none of them */
static int complex_arg(TrValue v, double *re, double *im, bool first) {
    /* a class's __complex__ comes first, even a subclass of complex's or float's (CPython's
     * try_complex_special_method); builtin types have none but complex's own */
    TrValue m = TR_TYPE(v)->flags & TR_TF_HEAPTYPE ? tr_type_lookup(TR_TYPE(v), TR_INTERN("__complex__")) : 0;
    if (!m && !as_complex(v, re, im)) return 0;
    if (tr_str_check(v)) {
        if (!first) {
            tr_err(TR_EXC_TYPE(TypeError), "complex() second arg can't be a string");
            return -1;
        }
        const char *text = tr_str_cstr(v);
        size_t len = TR_STR(v)->len;
        if (memchr(text, '_', len)) { /* single underscores between digits, as in literals */
            char *clean = tr_alloc_atomic(len + 1);
            size_t n = 0;
            for (size_t i = 0; i < len; i++) {
                if (text[i] != '_') { clean[n++] = text[i]; continue; }
                if (!i || i + 1 == len || !isdigit((unsigned char)text[i - 1]) || !isdigit((unsigned char)text[i + 1])) {
                    tr_err(TR_EXC_TYPE(ValueError), "could not convert string to complex: %R", v);
                    return -1;
                }
            }
            text = clean, len = n;
        }
        if (complex_from_string(text, len, re, im) < 0) {
            tr_err(TR_EXC_TYPE(ValueError), "complex() arg is a malformed string");
            return -1;
        }
        return 0;
    }
    if (!m) m = tr_type_lookup(TR_TYPE(v), TR_INTERN("__complex__"));
    if (m) {
        TrValue r = tr_call_method_cstr(v, "__complex__", 0);
        if (!r) return -1;
        if (!tr_isinstance_type(r, &tr_complex_type)) {
            tr_err(TR_EXC_TYPE(TypeError), "__complex__ returned non-complex (type %s)", TR_TYPE_NAME(r));
            return -1;
        }
        *re = ((TrComplex *)r)->real, *im = ((TrComplex *)r)->imag;
        return 0;
    }
    if (TR_TYPE(v)->to_float || TR_TYPE(v)->index) {
        *im = 0;
        return tr_as_double(v, re) < 0 ? -1 : 0;
    }
    return 1;
}

static TrValue complex_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"real", "imag", NULL};
    TrValue a[2];
    if (tr_parse_args("complex", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    double rr = 0, ri = 0, ir = 0, ii = 0;
    if (a[0] && tr_str_check(a[0]) && a[1])
        return tr_err(TR_EXC_TYPE(TypeError), "complex() can't take second arg if first is a string");
    /* CPython: real = r.real - i.imag, imag = i.real + r.imag, the terms of a complex
     * argument only (so complex(0.0, -0.0) keeps its -0.0) */
    if (a[0] && complex_arg(a[0], &rr, &ri, true)) return tr_err_occurred() ? 0 : tr_err(TR_EXC_TYPE(TypeError), "complex() first argument must be a string or a number, not '%s'", TR_TYPE_NAME(a[0]));
    if (a[1] && complex_arg(a[1], &ir, &ii, false)) return tr_err_occurred() ? 0 : tr_err(TR_EXC_TYPE(TypeError), "complex() second argument must be a number, not '%s'", TR_TYPE_NAME(a[1]));
    bool r_complex = a[0] && (tr_str_check(a[0]) || tr_isinstance_type(a[0], &tr_complex_type) ||
                              tr_type_lookup(TR_TYPE(a[0]), TR_INTERN("__complex__")));
    bool i_complex = a[1] && tr_isinstance_type(a[1], &tr_complex_type);
    double re = i_complex ? rr - ii : rr, im = r_complex ? (a[1] ? ir + ri : ri) : ir;
    if (type == &tr_complex_type) return tr_complex_new(re, im);
    TrComplex *c = (TrComplex *)tr_object_alloc(type, type->basicsize); /* a subclass's instance */
    c->real = re;
    c->imag = im;
    return (TrValue)c;
}

static TrValue complex_m_getnewargs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__getnewargs__", 0, 0) < 0) return 0;
    TrComplex *c = (TrComplex *)args[0];
    return tr_tuple_pack(2, tr_float_new(c->real), tr_float_new(c->imag));
}
static TrValue complex_m_complex(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__complex__", 0, 0) < 0) return 0;
    TrComplex *c = (TrComplex *)args[0];
    return TR_TYPE(args[0]) == &tr_complex_type ? args[0] : tr_complex_new(c->real, c->imag);
}

static TrValue complex_m_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__format__", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "__format__() argument must be str, not %s", tr_arg_type_name(args[1]));
    if (!TR_STR(args[1])->len) return tr_str(args[0]); /* str(self), a subclass's __str__ too */
    return tr_format_complex(((TrComplex *)args[0])->real, ((TrComplex *)args[0])->imag, args[1]);
}

static const TrMethodDef complex_methods[] = {
    {"__format__", complex_m_format, TR_METH_INSTANCE},
    {"conjugate", complex_m_conj, TR_METH_INSTANCE}, {"__getnewargs__", complex_m_getnewargs, TR_METH_INSTANCE},
    {"__complex__", complex_m_complex, TR_METH_INSTANCE}, {0},
};

TrType tr_complex_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "complex", .flags = TR_TF_BASETYPE | TR_TF_ATOMIC, .basicsize = sizeof(TrComplex),
    .repr = complex_repr, .hash = complex_hash, .richcompare = complex_richcompare, .truth = complex_truth,
    .nb = {[TR_ADD] = complex_add, [TR_SUB] = complex_sub, [TR_MUL] = complex_mul, [TR_TRUEDIV] = complex_div,
           [TR_POW] = complex_pow},
    .neg = complex_neg, .pos = complex_pos, .abs = complex_abs, .new_ = complex_new_slot,
};

void tr_init_float(void) {
    tr_type_ready(&tr_float_type);
    tr_type_add_methods(&tr_float_type, float_methods);
    tr_type_add_getter(&tr_float_type, "real", float_get_real);
    tr_type_add_getter(&tr_float_type, "imag", float_get_imag);
    tr_type_ready(&tr_complex_type);
    tr_type_add_methods(&tr_complex_type, complex_methods);
    tr_type_add_getter(&tr_complex_type, "real", complex_get_real);
    tr_type_add_getter(&tr_complex_type, "imag", complex_get_imag);
}
