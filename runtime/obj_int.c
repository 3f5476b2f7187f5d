/* obj_int.c — Python ints: tagged small ints with allocation-free fast paths, and
 * GMP big ints (TrLong) for everything else.  Canonical form: a TrLong never holds
 * a value that fits a small int, so equal ints of the small range are identical words.
 * bool (obj_bool.c) and user subclasses are accepted wherever an int is. */
#include "tr.h"
#include "strbase.h"
#include "seq.h"
#include <limits.h>
#include <math.h>
#include <float.h>
#include <stdlib.h>

int tr_int_check(TrValue v) { return TR_IS_SMALL(v) || (v->type->flags & TR_TF_INT_SUBCLASS); }


static TrValue long_new(TrType *type) {
    TrLong *l = (TrLong *)tr_object_alloc(type, type->basicsize ? type->basicsize : sizeof(TrLong));
    mpz_init(l->z);
    return (TrValue)l;
}

/* 64-bit values and GMP: the _si/_ui functions take a long, 32 bits on 32-bit targets,
 * so 64-bit values go through the limbs (GMP_NUMB_BITS 32 or 64, no nail bits). */
static void mpz_set_u64(mpz_t z, uint64_t u) {
    if (ULONG_MAX >= UINT64_MAX) { mpz_set_ui(z, (unsigned long)u); return; }
    mpz_set_ui(z, (unsigned long)(u >> 32));
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, (unsigned long)(u & 0xffffffffu));
}

static void mpz_set_i64(mpz_t z, int64_t i) {
    mpz_set_u64(z, i < 0 ? -(uint64_t)i : (uint64_t)i);
    if (i < 0) mpz_neg(z, z);
}

/* The low 64 bits of |z|. */
static uint64_t mpz_low_u64(const mpz_t z) {
    uint64_t u = mpz_getlimbn(z, 0);
    if (GMP_NUMB_BITS < 64) u |= (uint64_t)mpz_getlimbn(z, 1) << 32;
    return u;
}

/* Any int value as an mpz (out must be initialised). */
void tr_int_as_mpz(TrValue v, mpz_t out) {
    if (TR_IS_SMALL(v)) mpz_set_si(out, (long)TR_SMALL_VAL(v));
    else if (v->type == &tr_bool_type) mpz_set_si(out, ((TrBool *)v)->value);
    else mpz_set(out, ((TrLong *)v)->z);
}

/* An int as a read-only mpz: a big int's own (no copy of its limbs), or a small int's
 * or bool's value in limbs of the caller's IntView (mpz_roinit_n: nothing allocated,
 * nothing to clear). */
typedef struct {
    mpz_t z;
    mp_limb_t limbs[(64 + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS];
} IntView;

static mpz_srcptr mpz_view(TrValue v, IntView *view) {
    if (!TR_IS_SMALL(v) && v->type != &tr_bool_type) return ((TrLong *)v)->z;
    int64_t i = TR_IS_SMALL(v) ? (int64_t)TR_SMALL_VAL(v) : ((TrBool *)v)->value;
    uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
    mp_size_t n = 0; /* the magnitude's limbs, low first: one on 64-bit limbs, two on 32-bit */
    for (; u; u = GMP_NUMB_BITS < 64 ? u >> (GMP_NUMB_BITS % 64) : 0) view->limbs[n++] = (mp_limb_t)u;
    return mpz_roinit_n(view->z, view->limbs, i < 0 ? -n : n);
}

/* z as a tagged int, or 0 when it does not fit one */
static TrValue small_of_mpz(mpz_srcptr z) {
    if (!mpz_fits_slong_p(z)) return 0;
    long i = mpz_get_si(z);
    return TR_FITS_SMALL(i) ? TR_FROM_SMALL(i) : 0;
}

TrValue tr_int_from_mpz(const mpz_t z) {
    TrValue small = small_of_mpz(z);
    if (small) return small;
    TrValue l = long_new(&tr_int_type);
    mpz_set(((TrLong *)l)->z, z);
    return l;
}

TrValue tr_int_from_i64(int64_t i) {
    if (TR_FITS_SMALL(i)) return TR_FROM_SMALL(i);
    TrValue l = long_new(&tr_int_type);
    mpz_set_i64(((TrLong *)l)->z, i);
    return l;
}

TrValue tr_int_from_u64(uint64_t u) {
    if (u <= (uint64_t)TR_SMALL_MAX) return TR_FROM_SMALL((intptr_t)u);
    TrValue l = long_new(&tr_int_type);
    mpz_set_u64(((TrLong *)l)->z, u);
    return l;
}

TrValue tr_int_from_double(double d) {
    if (isnan(d)) return tr_err(TR_EXC_TYPE(ValueError), "cannot convert float NaN to integer");
    if (isinf(d)) return tr_err(TR_EXC_TYPE(OverflowError), "cannot convert float infinity to integer");
    d = trunc(d);
    if (fabs(d) < 4e18) return tr_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    TrValue r = tr_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

int tr_int_sign(TrValue v) {
    if (TR_IS_SMALL(v)) return (TR_SMALL_VAL(v) > 0) - (TR_SMALL_VAL(v) < 0);
    if (v->type == &tr_bool_type) return ((TrBool *)v)->value != 0;
    return mpz_sgn(((TrLong *)v)->z);
}

int tr_int_as_i64(TrValue v, int64_t *out) {
    if (TR_IS_SMALL(v)) { *out = TR_SMALL_VAL(v); return 0; }
    if (v->type == &tr_bool_type) { *out = ((TrBool *)v)->value; return 0; }
    const mpz_ptr z = ((TrLong *)v)->z;
    uint64_t mag = mpz_low_u64(z);
    if (mpz_sizeinbase(z, 2) <= 64 && (mag <= (uint64_t)INT64_MAX || (mpz_sgn(z) < 0 && mag == (uint64_t)INT64_MAX + 1))) {
        *out = mpz_sgn(z) < 0 ? (int64_t)(0 - mag) : (int64_t)mag;
        return 0;
    }
    tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C ssize_t");
    return -1;
}

double tr_int_as_double(TrValue v, int *overflow) {
    *overflow = 0;
    if (TR_IS_SMALL(v)) return (double)TR_SMALL_VAL(v);
    if (v->type == &tr_bool_type) return ((TrBool *)v)->value;
    const mpz_ptr z = ((TrLong *)v)->z;
    if (mpz_sizeinbase(z, 2) > 1024) { *overflow = 1; return 0; }
    /* correctly rounded: mpz_get_d truncates, so round by hand on the top 54 bits */
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53) return mpz_get_d(z);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = bits - 54;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    unsigned long low = mpz_get_ui(t) & 3;
    mpz_tdiv_q_2exp(t, t, 1);
    if ((low & 1) && (sticky || (low & 2))) mpz_add_ui(t, t, 1);
    double d = ldexp(mpz_get_d(t), (int)shift + 1);
    mpz_clear(t);
    if (isinf(d)) { *overflow = 1; return 0; }
    return mpz_sgn(z) < 0 ? -d : d;
}

static TrValue too_large_for_float(void) {
    return tr_err(TR_EXC_TYPE(OverflowError), "int too large to convert to float");
}

int tr_index(TrValue v, int64_t *out) {
    if (tr_int_check(v)) return tr_int_as_i64(v, out);
    TrValue i = tr_number_index(v);
    if (!i) return -1;
    return tr_int_as_i64(i, out);
}

int tr_as_c_int(TrValue v, int *out) {
    int64_t c;
    if (tr_index(v, &c) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
        tr_err_clear();
        c = INT64_MAX;
    }
    if (c > INT_MAX || c < INT_MIN) {
        tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)c;
    return 0;
}

int tr_as_c_long(TrValue v, int64_t *out) {
    if (tr_index(v, out) == 0) return 0;
    if (tr_err_is(TR_EXC_TYPE(OverflowError))) {
        tr_err_clear();
        tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C long");
    }
    return -1;
}

int tr_as_id(TrValue v, const char *kind, uint32_t *out) {
    TrType *t = TR_TYPE(v);
    if (!tr_int_check(v) && (!t->index || t->index == tr_int_type.index)) {
        tr_err(TR_EXC_TYPE(TypeError), "%s should be integer, not %s", kind, t->name);
        return -1;
    }
    TrValue i = tr_number_index(v);
    if (!i) return -1;
    int64_t c;
    if (tr_int_as_i64(i, &c) < 0) {
        tr_err_clear();
        c = tr_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (c < -1 || c > UINT32_MAX) {
        tr_err(TR_EXC_TYPE(OverflowError), "%s is %s", kind, c < 0 ? "less than minimum" : "greater than maximum");
        return -1;
    }
    *out = (uint32_t)c; /* -1 is the all-ones id */
    return 0;
}

TrValue tr_from_id(uint32_t id) { return id == (uint32_t)-1 ? TR_FROM_SMALL(-1) : tr_int_from_u64(id); }

TrValue tr_number_index(TrValue v) {
    if (TR_IS_SMALL(v)) return v;
    if (tr_int_check(v)) {
        if (v->type == &tr_int_type) return v;
        mpz_t z;
        mpz_init(z);
        tr_int_as_mpz(v, z);
        TrValue r = tr_int_from_mpz(z);
        mpz_clear(z);
        return r;
    }
    TrType *t = TR_TYPE(v);
    if (t->index && t->index != tr_int_type.index) {
        TrValue r = t->index(v);
        if (r && !tr_int_check(r))
            return tr_err(TR_EXC_TYPE(TypeError), "__index__ returned non-int (type %s)", TR_TYPE_NAME(r));
        return r;
    }
    return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", t->name);
}

/* ---------------------------------------------------------------- parsing and printing */

/* int(str, base): the digit limit applies (limited) in bases not a power of two, counted
 * over the valid digits before any bad character, so it wins over a bad literal as in
 * CPython; a source literal is not limited here.  A bad literal's message shows shown
 * (the str or bytes the caller was given), or the text itself when 0. */
static TrValue int_from_string(const char *s, size_t len, int base, bool limited, TrValue shown) {
    const char *orig = s;
    size_t origlen = len;
    while (len && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r' ||
                   s[len - 1] == '\f' || s[len - 1] == '\v'))
        len--;
    bool neg = false;
    if (len && (*s == '+' || *s == '-')) { neg = *s == '-'; s++; len--; }
    int b = base;
    if (len >= 2 && s[0] == '0') {
        char p = s[1] | 0x20;
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { b = pb; s += 2; len -= 2; if (len && *s == '_') s++, len--; }
    }
    if (b == 0) b = 10;
    char *digits = tr_alloc_atomic(len + 1);
    size_t n = 0;
    bool ok = len > 0, prev_us = true;
    for (size_t i = 0; i < len && ok; i++) {
        char c = s[i];
        if (c == '_') { ok = !prev_us && i + 1 < len; prev_us = true; continue; }
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= b) { ok = false; break; }
        digits[n++] = c;
        prev_us = false;
    }
    digits[n] = 0;
    if (limited && (b & (b - 1)) && tr_int_max_str_digits && n > (size_t)tr_int_max_str_digits)
        return tr_int_str_limit_error_to_int(n);
    /* base 0: a decimal with leading zeros is invalid ("010") */
    if (ok && base == 0 && b == 10 && n > 1 && digits[0] == '0') {
        for (size_t i = 0; i < n; i++) if (digits[i] != '0') { ok = false; break; }
    }
    if (!ok) {
        TrValue r = shown ? shown : tr_str_new(orig, origlen);
        return tr_err(TR_EXC_TYPE(ValueError), "invalid literal for int() with base %d: %R", base, r);
    }
    if (n < 18 && b == 10) {
        int64_t v = strtoll(digits, NULL, 10);
        return tr_int_from_i64(neg ? -v : v);
    }
    mpz_t z;
    mpz_init_set_str(z, digits, b);
    if (neg) mpz_neg(z, z);
    TrValue r = tr_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

TrValue tr_int_from_string(const char *s, size_t len, int base) { return int_from_string(s, len, base, true, 0); }

/* int(bytes-like): errors show the bytes (b'...'), as CPython's */
static TrValue int_from_bytes_text(const char *d, size_t n, int base) {
    return int_from_string(d, n, base, true, tr_bytes_new(d, n));
}

/* int(str): Unicode digits and spaces count; errors show the original text */
static TrValue int_from_str(TrValue s, int base) {
    TrValue text = tr_str_ascii_digits(s);
    if (!text) return 0;
    return int_from_string(tr_str_cstr(text), TR_STR(text)->len, base, true, s);
}

TrValue tr_int_literal(const char *digits) { return int_from_string(digits, strlen(digits), 0, false, 0); }

TrValue tr_int_to_str_base(TrValue v, int base) {
    if (TR_IS_SMALL(v) && base == 10) { /* digits right to left: no printf */
        char buf[32], *p = buf + sizeof buf;
        intptr_t i = TR_SMALL_VAL(v);
        uintptr_t u = i < 0 ? -(uintptr_t)i : (uintptr_t)i;
        do *--p = (char)('0' + u % 10); while (u /= 10);
        if (i < 0) *--p = '-';
        return tr_str_new(p, (size_t)(buf + sizeof buf - p));
    }
    IntView view;
    mpz_srcptr z = mpz_view(v, &view);
    /* the decimal digit limit: mpz_sizeinbase is exact or one too many, so past
     * limit + 1 the digits are too many without converting, at limit or below never */
    size_t most = (base & (base - 1)) && tr_int_max_str_digits ? mpz_sizeinbase(z, base) : 0;
    if (most > (size_t)tr_int_max_str_digits + 1) return tr_int_str_limit_error_to_str();
    char *s = mpz_get_str(NULL, base, z);
    if (most > (size_t)tr_int_max_str_digits && strlen(s) - (s[0] == '-') > (size_t)tr_int_max_str_digits)
        return tr_int_str_limit_error_to_str();
    return tr_str_from_cstr(s);
}

static TrValue int_repr(TrValue self) { return tr_int_to_str_base(self, 10); }

static int64_t int_hash(TrValue self) {
    if (TR_IS_SMALL(self)) return tr_hash(self);
    if (self->type == &tr_bool_type) return ((TrBool *)self)->value;
    const uint64_t P = TR_HASH_MODULUS;
    uint64_t h = mpz_tdiv_ui(((TrLong *)self)->z, P); /* of the magnitude */
    int64_t r = mpz_sgn(((TrLong *)self)->z) < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* ---------------------------------------------------------------- comparison */

static int int_cmp(TrValue a, TrValue b) {
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b)) return (TR_SMALL_VAL(a) > TR_SMALL_VAL(b)) - (TR_SMALL_VAL(a) < TR_SMALL_VAL(b));
    IntView x, y;
    int c = mpz_cmp(mpz_view(a, &x), mpz_view(b, &y));
    return (c > 0) - (c < 0);
}

/* int vs float compared exactly (CPython float_richcompare semantics) */
int tr_int_cmp_double(TrValue a, double d, int *unordered) {
    *unordered = isnan(d);
    if (*unordered) return 0;
    if (isinf(d)) return d > 0 ? -1 : 1;
    IntView x;
    int c = mpz_cmp_d(mpz_view(a, &x), d);
    return (c > 0) - (c < 0);
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

static TrValue int_richcompare(TrValue a, TrValue b, int op) {
    if (tr_int_check(b)) return cmp_result(int_cmp(a, b), op);
    if (TR_TYPE(b) == &tr_float_type || tr_isinstance_type(b, &tr_float_type)) {
        int unordered;
        int c = tr_int_cmp_double(a, TR_FLOAT_VAL(b), &unordered);
        if (unordered) return tr_bool(op == TR_NE);
        return cmp_result(c, op);
    }
    return tr_NotImplemented;
}

/* ---------------------------------------------------------------- arithmetic */

#define BOTH_INTS(a, b) if (!tr_int_check(a) || !tr_int_check(b)) return tr_NotImplemented

/* A new big int r as its canonical value: a tagged int when it fits one. */
static TrValue canonical(TrValue r) {
    TrValue small = small_of_mpz(((TrLong *)r)->z);
    return small ? small : r;
}

typedef void (*MpzOp)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* a op b computed straight into the result's own mpz; a small result is a tagged int */
static TrValue mpz_binary(TrValue a, TrValue b, MpzOp op) {
    IntView ta, tb;
    TrValue r = long_new(&tr_int_type);
    mpz_ptr z = ((TrLong *)r)->z;
    op(z, mpz_view(a, &ta), mpz_view(b, &tb));
    return canonical(r);
}

TrValue tr_int_slow_add(TrValue a, TrValue b) { return mpz_binary(a, b, mpz_add); }
TrValue tr_int_slow_sub(TrValue a, TrValue b) { return mpz_binary(a, b, mpz_sub); }
TrValue tr_int_slow_mul(TrValue a, TrValue b) { return mpz_binary(a, b, mpz_mul); }

static TrValue int_add(TrValue a, TrValue b) {
    BOTH_INTS(a, b);
    intptr_t r;
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b) && !__builtin_add_overflow(TR_SMALL_VAL(a), TR_SMALL_VAL(b), &r) && TR_FITS_SMALL(r))
        return TR_FROM_SMALL(r);
    return tr_int_slow_add(a, b);
}

static TrValue int_sub(TrValue a, TrValue b) {
    BOTH_INTS(a, b);
    intptr_t r;
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b) && !__builtin_sub_overflow(TR_SMALL_VAL(a), TR_SMALL_VAL(b), &r) && TR_FITS_SMALL(r))
        return TR_FROM_SMALL(r);
    return tr_int_slow_sub(a, b);
}

static TrValue int_mul(TrValue a, TrValue b) {
    if (!tr_int_check(a) || !tr_int_check(b)) return tr_NotImplemented;
    intptr_t r;
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b) && !__builtin_mul_overflow(TR_SMALL_VAL(a), TR_SMALL_VAL(b), &r) && TR_FITS_SMALL(r))
        return TR_FROM_SMALL(r);
    return tr_int_slow_mul(a, b);
}

static bool is_zero(TrValue v) { return tr_int_sign(v) == 0; }

static TrValue int_floordiv(TrValue a, TrValue b) {
    BOTH_INTS(a, b);
    if (is_zero(b)) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer division or modulo by zero");
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b)) {
        intptr_t x = TR_SMALL_VAL(a), y = TR_SMALL_VAL(b), q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return tr_int_from_i64(q);
    }
    return mpz_binary(a, b, mpz_fdiv_q);
}

static TrValue int_mod(TrValue a, TrValue b) {
    BOTH_INTS(a, b);
    if (is_zero(b)) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer modulo by zero");
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b)) {
        intptr_t x = TR_SMALL_VAL(a), y = TR_SMALL_VAL(b), m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return TR_FROM_SMALL(m);
    }
    return mpz_binary(a, b, mpz_fdiv_r);
}

/* divmod(a, b) of ints in one division (tr_builtin_divmod) */
TrValue tr_int_divmod(TrValue a, TrValue b) {
    BOTH_INTS(a, b);
    if (is_zero(b)) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer division or modulo by zero");
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b)) return tr_tuple_pack(2, int_floordiv(a, b), int_mod(a, b));
    IntView ta, tb;
    TrValue q = long_new(&tr_int_type), r = long_new(&tr_int_type);
    mpz_fdiv_qr(((TrLong *)q)->z, ((TrLong *)r)->z, mpz_view(a, &ta), mpz_view(b, &tb));
    return tr_tuple_pack(2, canonical(q), canonical(r));
}

static TrValue int_truediv(TrValue a, TrValue b) {
    BOTH_INTS(a, b);
    if (is_zero(b)) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "division by zero");
    int ov1, ov2;
    double x = tr_int_as_double(a, &ov1), y = tr_int_as_double(b, &ov2);
    bool exact = TR_IS_SMALL(a) && TR_IS_SMALL(b) && fabs(x) < 9007199254740992.0 && fabs(y) < 9007199254740992.0;
    if (exact) return tr_float_new(x / y);
    /* big operands, correctly rounded as CPython: an integer quotient of at least 55
     * bits (fewer where the result is subnormal) with a sticky bit for the remainder,
     * rounded half-even once to the double's last place */
    mpz_t n, d, q, r;
    mpz_init(n); mpz_init(d); mpz_init(q); mpz_init(r);
    tr_int_as_mpz(a, n);
    tr_int_as_mpz(b, d);
    bool neg = (mpz_sgn(n) < 0) != (mpz_sgn(d) < 0);
    mpz_abs(n, n);
    mpz_abs(d, d);
    long e = (long)mpz_sizeinbase(n, 2) - (long)mpz_sizeinbase(d, 2); /* n/d in [2^(e-1), 2^(e+1)) */
    double res = INFINITY;
    if (e <= DBL_MAX_EXP + 1) {
        long shift = 55 - e; /* the last place of a double is at most 2^-1074: keep 2 bits below */
        if (shift > 1076) shift = 1076;
        if (shift >= 0) mpz_mul_2exp(n, n, (unsigned long)shift);
        else mpz_mul_2exp(d, d, (unsigned long)-shift);
        mpz_tdiv_qr(q, r, n, d);
        if (mpz_sgn(r)) mpz_setbit(q, 0);
        uint64_t qq = mpz_low_u64(q); /* < 2^57; 0 only for a zero numerator */
        if (qq == 0) {
            res = 0.0;
        } else {
            int bits = 64 - __builtin_clzll(qq);
            long k = bits - 53 > shift - 1074 ? bits - 53 : shift - 1074; /* bits dropped, >= 2 */
            uint64_t hi = qq >> k, low = qq & ((UINT64_C(1) << k) - 1), half = UINT64_C(1) << (k - 1);
            if (low > half || (low == half && (hi & 1))) hi++;
            res = ldexp((double)hi, (int)(k - shift));
        }
    }
    mpz_clear(n); mpz_clear(d); mpz_clear(q); mpz_clear(r);
    if (isinf(res)) return tr_err(TR_EXC_TYPE(OverflowError), "integer division result too large for a float");
    return tr_float_new(neg ? -res : res);
}

static TrValue int_pow(TrValue a, TrValue b) {
    BOTH_INTS(a, b);
    if (tr_int_sign(b) < 0) {
        int ov1, ov2;
        double x = tr_int_as_double(a, &ov1), y = tr_int_as_double(b, &ov2);
        if (ov1 || ov2) return too_large_for_float();
        if (x == 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "0.0 cannot be raised to a negative power");
        return tr_float_new(pow(x, y));
    }
    /* 0, 1 and -1 to any power, also one beyond 64 bits */
    int64_t base = 2;
    if (TR_IS_SMALL(a) || tr_isinstance_type(a, &tr_bool_type)) tr_int_as_i64(a, &base);
    if (base >= -1 && base <= 1) {
        if (tr_int_sign(b) == 0) return TR_FROM_SMALL(1);
        if (base >= 0) return TR_FROM_SMALL(base);
        mpz_t z;
        mpz_init(z);
        tr_int_as_mpz(b, z);
        int odd = mpz_odd_p(z);
        mpz_clear(z);
        return TR_FROM_SMALL(odd ? -1 : 1);
    }
    int64_t e;
    if (tr_int_as_i64(b, &e) < 0) {
        tr_err_clear(); /* the result would not fit in memory */
        return tr_err(TR_EXC_TYPE(MemoryError), "");
    }
    if (e > 100000000) return tr_err(TR_EXC_TYPE(MemoryError), "");
    mpz_t x;
    mpz_init(x);
    tr_int_as_mpz(a, x);
    mpz_pow_ui(x, x, (unsigned long)e);
    TrValue r = tr_int_from_mpz(x);
    mpz_clear(x);
    return r;
}

TrValue tr_int_pow3(TrValue a, TrValue b, TrValue m) {
    if (!tr_int_check(a) || !tr_int_check(b) || !tr_int_check(m))
        return tr_err(TR_EXC_TYPE(TypeError), "pow() 3rd argument not allowed unless all arguments are integers");
    if (is_zero(m)) return tr_err(TR_EXC_TYPE(ValueError), "pow() 3rd argument cannot be 0");
    mpz_t x, y, z;
    mpz_init(x); mpz_init(y); mpz_init(z);
    tr_int_as_mpz(a, x);
    tr_int_as_mpz(b, y);
    tr_int_as_mpz(m, z);
    bool neg_mod = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    if (mpz_sgn(y) < 0) {
        if (!mpz_invert(x, x, z)) {
            mpz_clear(x); mpz_clear(y); mpz_clear(z);
            return tr_err(TR_EXC_TYPE(ValueError), "base is not invertible for the given modulus");
        }
        mpz_neg(y, y);
    }
    mpz_powm(x, x, y, z);
    if (neg_mod && mpz_sgn(x) != 0) mpz_sub(x, x, z);
    TrValue r = tr_int_from_mpz(x);
    mpz_clear(x); mpz_clear(y); mpz_clear(z);
    return r;
}

static TrValue int_shift(TrValue a, TrValue b, bool left) {
    BOTH_INTS(a, b);
    if (tr_int_sign(b) < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative shift count");
    int64_t n;
    if (tr_int_as_i64(b, &n) < 0) {
        tr_err_clear(); /* a count past int64: every bit shifted out, or too many digits */
        if (!left) return TR_FROM_SMALL(tr_int_sign(a) < 0 ? -1 : 0);
        if (tr_int_sign(a) == 0) return TR_FROM_SMALL(0);
        return tr_err(TR_EXC_TYPE(OverflowError), "too many digits in integer");
    }
    const int64_t word = (int64_t)sizeof(intptr_t) * 8; /* small ints have word - 1 bits (32 on armhf) */
    if (TR_IS_SMALL(a) && !left) return TR_FROM_SMALL(n >= word - 1 ? (TR_SMALL_VAL(a) < 0 ? -1 : 0) : TR_SMALL_VAL(a) >> n);
    if (TR_IS_SMALL(a) && left && n < word - 2) {
        intptr_t v = TR_SMALL_VAL(a);
        if (v == 0) return a;
        if ((v > 0 ? v : -v) < ((intptr_t)1 << (word - 3 - n))) return TR_FROM_SMALL(v * ((intptr_t)1 << n));
    }
    if (left && n > 1000000000) return tr_err(TR_EXC_TYPE(OverflowError), "too many digits in integer");
    IntView view;
    TrValue r = long_new(&tr_int_type);
    if (left) mpz_mul_2exp(((TrLong *)r)->z, mpz_view(a, &view), (unsigned long)n);
    else mpz_fdiv_q_2exp(((TrLong *)r)->z, mpz_view(a, &view), (unsigned long)n);
    return canonical(r);
}

static TrValue int_lshift(TrValue a, TrValue b) { return int_shift(a, b, true); }
static TrValue int_rshift(TrValue a, TrValue b) { return int_shift(a, b, false); }

#define BITOP(name, cop, mop)                                                                     \
    static TrValue name(TrValue a, TrValue b) {                                                   \
        BOTH_INTS(a, b);                                                                          \
        if (TR_IS_SMALL(a) && TR_IS_SMALL(b)) return TR_FROM_SMALL(TR_SMALL_VAL(a) cop TR_SMALL_VAL(b)); \
        return mpz_binary(a, b, mop);                                                             \
    }
BITOP(int_and, &, mpz_and)
BITOP(int_or, |, mpz_ior)
BITOP(int_xor, ^, mpz_xor)

static TrValue int_neg(TrValue a) {
    if (TR_IS_SMALL(a)) return tr_int_from_i64(-(int64_t)TR_SMALL_VAL(a));
    IntView view;
    TrValue r = long_new(&tr_int_type);
    mpz_neg(((TrLong *)r)->z, mpz_view(a, &view));
    return canonical(r);
}

static TrValue int_pos(TrValue a) { return tr_number_index(a); }
static TrValue int_abs(TrValue a) { return tr_int_sign(a) < 0 ? int_neg(a) : int_pos(a); }
static TrValue int_invert(TrValue a) { return tr_sub(int_neg(a), TR_FROM_SMALL(1)); }
static int int_truth(TrValue a) { return tr_int_sign(a) != 0; }
static TrValue int_to_float(TrValue a) {
    int ov;
    double d = tr_int_as_double(a, &ov);
    return ov ? too_large_for_float() : tr_float_new(d);
}

/* ---------------------------------------------------------------- construction */

static TrValue int_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/x", "base", NULL};
    TrValue a[2];
    if (tr_parse_args("int", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue r;
    if (!a[0]) {
        if (a[1]) return tr_err(TR_EXC_TYPE(TypeError), "int() missing string argument");
        r = TR_FROM_SMALL(0);
    } else if (a[1]) {
        int64_t base;
        if (tr_index(a[1], &base) < 0) return 0;
        if ((base != 0 && base < 2) || base > 36) return tr_err(TR_EXC_TYPE(ValueError), "int() base must be >= 2 and <= 36, or 0");
        if (tr_str_check(a[0])) r = int_from_str(a[0], (int)base);
        else if (tr_bytes_check(a[0]) || tr_isinstance_type(a[0], &tr_bytearray_type)) {
            size_t n;
            const char *d = tr_buffer_view(a[0], &n);
            r = int_from_bytes_text(d, n, (int)base);
        } else return tr_err(TR_EXC_TYPE(TypeError), "int() can't convert non-string with explicit base");
    } else {
        TrValue x = a[0];
        TrType *t = TR_TYPE(x);
        if (tr_int_check(x)) r = tr_number_index(x);
        else if (tr_str_check(x)) r = int_from_str(x, 10);
        else if (tr_bytes_check(x)) r = int_from_bytes_text(((TrBytes *)x)->data, ((TrBytes *)x)->len, 10);
        else if (t->to_int) r = t->to_int(x);
        else if (t->index) r = tr_number_index(x);
        else if (tr_type_lookup(t, TR_INTERN("__trunc__"))) r = tr_call_method_cstr(x, "__trunc__", 0);
        else if (tr_buffer_view(x, &(size_t){0})) { /* bytearray, memoryview, array: the text of their bytes */
            size_t n;
            const char *d = tr_buffer_view(x, &n);
            r = int_from_bytes_text(d, n, 10);
        } else return tr_err(TR_EXC_TYPE(TypeError), "int() argument must be a string, a bytes-like object or a real number, not '%s'", t->name);
        if (r && !tr_int_check(r)) return tr_err(TR_EXC_TYPE(TypeError), "__int__ returned non-int (type %s)", TR_TYPE_NAME(r));
    }
    if (!r || type == &tr_int_type) return r;
    TrValue sub = long_new(type);
    tr_int_as_mpz(r, ((TrLong *)sub)->z);
    return sub;
}

/* ---------------------------------------------------------------- methods */

#define SELF args[0]

static TrValue int_m_bit_length(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "bit_length", 0, 0) < 0) return 0;
    if (is_zero(SELF)) return TR_FROM_SMALL(0);
    IntView x;
    return tr_int_from_i64((int64_t)mpz_sizeinbase(mpz_view(SELF, &x), 2));
}

static TrValue int_m_bit_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "bit_count", 0, 0) < 0) return 0;
    IntView x;
    mpz_srcptr z = mpz_view(SELF, &x);
    mp_size_t n = mpz_size(z);
    return tr_int_from_i64(n ? (int64_t)mpn_popcount(mpz_limbs_read(z), n) : 0);
}

/* int.to_bytes: the value must fit in length bytes, two's complement when signed
 * (-2**(8*length-1) <= v < 2**(8*length-1)), unsigned otherwise (0 <= v < 2**(8*length)). */
static TrValue int_m_to_bytes(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"length", "byteorder", "$signed", NULL};
    TrValue a[3];
    if (tr_parse_args("to_bytes", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    int64_t len = 1;
    if (a[0] && tr_index(a[0], &len) < 0) return 0;
    if (len < 0) return tr_err(TR_EXC_TYPE(ValueError), "length argument must be non-negative");
    if (a[1] && !tr_str_check(a[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "to_bytes() argument 'byteorder' must be str, not %s", tr_arg_type_name(a[1]));
    bool little = a[1] && tr_str_eq_cstr(a[1], "little");
    if (a[1] && !little && !tr_str_eq_cstr(a[1], "big"))
        return tr_err(TR_EXC_TYPE(ValueError), "byteorder must be either 'little' or 'big'");
    int is_signed = a[2] ? tr_truthy(a[2]) : 0;
    if (is_signed < 0) return 0;
    mpz_t x, limit;
    mpz_init(x);
    tr_int_as_mpz(SELF, x);
    if (mpz_sgn(x) < 0 && !is_signed) {
        mpz_clear(x);
        return tr_err(TR_EXC_TYPE(OverflowError), "can't convert negative int to unsigned");
    }
    /* limit = 2**(8*len) unsigned, 2**(8*len-1) signed: x must lie in [-limit, limit) */
    mpz_init_set_ui(limit, 1);
    if (len > 0) mpz_mul_2exp(limit, limit, (mp_bitcnt_t)(8 * len - (is_signed ? 1 : 0)));
    /* with no bytes, 0 fits and (as in CPython) -1 signed: all sign bits */
    bool fits = len == 0 ? mpz_sgn(x) == 0 || (is_signed && mpz_cmp_si(x, -1) == 0)
                         : mpz_cmp(x, limit) < 0 && (mpz_sgn(x) >= 0 || mpz_cmpabs(x, limit) <= 0);
    if (fits && len == 0) mpz_set_ui(x, 0);
    if (fits && mpz_sgn(x) < 0) { /* two's complement: x + 2**(8*len) */
        mpz_mul_2exp(limit, limit, 1);
        mpz_add(x, x, limit);
    }
    mpz_clear(limit);
    if (!fits) {
        mpz_clear(x);
        return tr_err(TR_EXC_TYPE(OverflowError), "int too big to convert");
    }
    char *buf = tr_alloc_atomic((size_t)len + 1);
    memset(buf, 0, (size_t)len + 1);
    size_t count = 0;
    if (mpz_sgn(x)) { /* count <= len: the value fits */
        unsigned char *digits = tr_alloc_atomic((mpz_sizeinbase(x, 2) + 7) / 8 + 1);
        mpz_export(digits, &count, -1, 1, 0, 0, x);
        for (size_t i = 0; i < count; i++) buf[little ? i : (size_t)len - 1 - i] = (char)digits[i];
    }
    mpz_clear(x);
    return tr_bytes_new(buf, (size_t)len);
}

static TrValue int_m_from_bytes(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"bytes", "byteorder", "$signed", NULL};
    TrValue a[3];
    if (tr_parse_args("from_bytes", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    /* CPython's PyObject_Bytes: bytes(x) without its count and string forms */
    if (tr_int_check(a[0]) || tr_str_check(a[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "cannot convert '%s' object to bytes", TR_TYPE_NAME(a[0]));
    TrValue data = tr_bytes_check(a[0]) ? a[0] : tr_call1((TrValue)&tr_bytes_type, a[0]);
    if (!data) return 0;
    if (a[1] && !tr_str_check(a[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "from_bytes() argument 'byteorder' must be str, not %s", tr_arg_type_name(a[1]));
    bool little = a[1] && tr_str_eq_cstr(a[1], "little");
    if (a[1] && !little && !tr_str_eq_cstr(a[1], "big"))
        return tr_err(TR_EXC_TYPE(ValueError), "byteorder must be either 'little' or 'big'");
    TrBytes *b = (TrBytes *)data;
    mpz_t x;
    mpz_init(x);
    if (b->len) mpz_import(x, b->len, little ? -1 : 1, 1, 0, 0, b->data);
    if (a[2] && tr_truthy(a[2]) == 1 && b->len && (b->data[little ? b->len - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, 8 * b->len);
        mpz_sub(x, x, m);
        mpz_clear(m);
    }
    TrValue r = tr_int_from_mpz(x);
    mpz_clear(x);
    if (args[0] != (TrValue)&tr_int_type) return tr_call1(args[0], r);
    return r;
}

static TrValue int_m_self(TrValue *args, size_t nargs, TrValue kwnames) { return tr_number_index(SELF); }
/* the methods that are the int itself and, unlike __int__ and __index__, no slot wrappers */
#define INT_M_SELF(cname, name)                                                                      \
    static TrValue cname(TrValue *args, size_t nargs, TrValue kwnames) {                             \
        return tr_method_args(args, nargs, kwnames, name, 0, 0) < 0 ? 0 : tr_number_index(SELF);     \
    }
INT_M_SELF(int_m_conjugate, "conjugate")
INT_M_SELF(int_m_trunc, "__trunc__")
INT_M_SELF(int_m_floor, "__floor__")
INT_M_SELF(int_m_ceil, "__ceil__")
static TrValue int_m_float(TrValue *args, size_t nargs, TrValue kwnames) { return int_to_float(SELF); }
static TrValue int_m_ratio(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "as_integer_ratio", 0, 0) < 0) return 0;
    return tr_tuple_pack(2, tr_number_index(SELF), TR_FROM_SMALL(1));
}

static TrValue int_m_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__format__", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "__format__() argument must be str, not %s", tr_arg_type_name(args[1]));
    return tr_format_int(SELF, args[1]);
}

static TrValue int_m_round(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__round__", 0, 1) < 0) return 0;
    if (nargs < 2 || args[1] == tr_None) return tr_number_index(SELF);
    int64_t nd;
    if (tr_index(args[1], &nd) < 0) return 0;
    if (nd >= 0) return tr_number_index(SELF);
    /* round half to even at 10**-nd */
    mpz_t x, p, q, r;
    mpz_init(x); mpz_init(p); mpz_init(q); mpz_init(r);
    tr_int_as_mpz(SELF, x);
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    TrValue res = tr_int_from_mpz(q);
    mpz_clear(x); mpz_clear(p); mpz_clear(q); mpz_clear(r);
    return res;
}

static TrValue int_get_self(TrValue self) { return tr_number_index(self); }
static TrValue int_get_zero(TrValue self) { return TR_FROM_SMALL(0); }
static TrValue int_get_one(TrValue self) { return TR_FROM_SMALL(1); }

static TrValue int_m_getnewargs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__getnewargs__", 0, 0) < 0) return 0;
    return tr_tuple_pack(1, tr_number_index(SELF));
}
/* the digits (a small int, kept in the pointer, counts as an int object of one limb) */
static TrValue int_m_sizeof(TrValue *args, size_t nargs, TrValue kwnames) {
    IntView view;
    size_t limbs = mpz_size(mpz_view(SELF, &view));
    return tr_sizeof(args, nargs, kwnames, (limbs ? limbs : 1) * sizeof(mp_limb_t));
}

static const TrMethodDef int_methods[] = {
    {"__getnewargs__", int_m_getnewargs, TR_METH_INSTANCE}, {"__sizeof__", int_m_sizeof, TR_METH_INSTANCE},
    {"bit_length", int_m_bit_length, TR_METH_INSTANCE}, {"bit_count", int_m_bit_count, TR_METH_INSTANCE},
    {"to_bytes", int_m_to_bytes, TR_METH_INSTANCE}, {"from_bytes", int_m_from_bytes, TR_METH_CLASS},
    {"conjugate", int_m_conjugate, TR_METH_INSTANCE}, {"as_integer_ratio", int_m_ratio, TR_METH_INSTANCE},
    {"__format__", int_m_format, TR_METH_INSTANCE},
    {"__round__", int_m_round, TR_METH_INSTANCE}, {"__index__", int_m_self, TR_METH_INSTANCE},
    {"__int__", int_m_self, TR_METH_INSTANCE}, {"__float__", int_m_float, TR_METH_INSTANCE},
    {"__trunc__", int_m_trunc, TR_METH_INSTANCE}, {"__floor__", int_m_floor, TR_METH_INSTANCE},
    {"__ceil__", int_m_ceil, TR_METH_INSTANCE},
    {0},
};

TrType tr_int_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "int", .flags = TR_TF_BASETYPE | TR_TF_INT_SUBCLASS, .basicsize = sizeof(TrLong),
    .repr = int_repr, .hash = int_hash, .richcompare = int_richcompare, .truth = int_truth,
    .nb = {[TR_ADD] = int_add, [TR_SUB] = int_sub, [TR_MUL] = int_mul, [TR_TRUEDIV] = int_truediv,
           [TR_FLOORDIV] = int_floordiv, [TR_MOD] = int_mod, [TR_POW] = int_pow, [TR_LSHIFT] = int_lshift,
           [TR_RSHIFT] = int_rshift, [TR_AND] = int_and, [TR_OR] = int_or, [TR_XOR] = int_xor},
    .neg = int_neg, .pos = int_pos, .invert = int_invert, .abs = int_abs, .to_int = int_pos,
    .to_float = int_to_float, .index = int_pos, .new_ = int_new,
};

/* Limbs hold no pointers, so GMP's blocks are atomic, except large ones: GMP allocates
 * its temporaries past TMP_ALLOC's stack limit (0x7f00 bytes) with this function too,
 * chains them through a pointer in each block's header, and keeps arrays of pointers
 * into other temporaries (mpn_mul_fft); a collection during a big multiplication
 * then freed blocks still in use.  Large blocks are scanned: a big int's limbs are
 * then scanned too, which costs a pass over them at each collection. */
/* GMP's blocks are scanned: besides limbs, GMP allocates its large temporaries with
 * this function, chains them through a pointer in each block, and keeps pointers into
 * other temporaries in them (mpn_mul_fft); as atomic blocks, a collection during a big
 * multiplication freed blocks still in use.  Not zeroed: GMP writes before it reads. */
static void *gmp_alloc(size_t n) { return tr_alloc_uncleared(n); }
static void *gmp_realloc(void *p, size_t old, size_t n) { return tr_realloc(p, n); }
static void gmp_free(void *p, size_t n) {}

void tr_init_int(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    tr_type_ready(&tr_int_type);
    tr_type_add_methods(&tr_int_type, int_methods);
    tr_type_add_getter(&tr_int_type, "real", int_get_self);
    tr_type_add_getter(&tr_int_type, "numerator", int_get_self);
    tr_type_add_getter(&tr_int_type, "imag", int_get_zero);
    tr_type_add_getter(&tr_int_type, "denominator", int_get_one);
}
