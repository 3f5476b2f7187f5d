/* format.c — the format-spec mini-language shared by int/float/str __format__ and
 * builtin format(), str.format/format_map field parsing, and printf-style `%`
 * formatting of str and bytes, with CPython 3.11's results and error texts.
 * Floats are rounded by the C library's correctly rounded printf (glibc). */
#include "strbase.h"
#include <ctype.h>
#include <math.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- specs */

typedef struct Spec {
    uint32_t fill;
    char align;      /* '<' '>' '^' '=' or 0 (the type's default) */
    char sign;       /* '+' '-' ' ' or 0 */
    bool alt, zero_coerce;
    int64_t width;   /* -1: none */
    char grouping;   /* ',' '_' or 0 */
    int64_t prec;    /* -1: none */
    char type;       /* 0: none */
} Spec;

static void spec_init(Spec *sp) {
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->width = sp->prec = -1;
}

static int parse_number(const char **s, const char *end, int64_t *out) {
    int64_t v = 0;
    for (; *s < end && **s >= '0' && **s <= '9'; (*s)++) {
        if (v > (INT64_MAX - 9) / 10) {
            tr_err(TR_EXC_TYPE(ValueError), "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (**s - '0');
    }
    *out = v;
    return 0;
}

/* Parse [[fill]align][sign][z][#][0][width][grouping][.precision][type]; default_align
 * is the type's ('>' numbers, '<' str), which decides what a '0' flag means. */
static int parse_spec(TrValue specv, Spec *sp, const char *tname, char default_align) {
    spec_init(sp);
    if (!specv) return 0;
    const char *s = tr_str_cstr(specv), *end = s + TR_STR(specv)->len;
    uint32_t c0 = 0;
    size_t n0 = s < end ? tr_utf8_decode(s, &c0) : 0;
    bool fill_given = false;
    if (s + n0 < end && strchr("<>^=", s[n0])) { sp->fill = c0; sp->align = s[n0]; s += n0 + 1; fill_given = true; }
    else if (s < end && strchr("<>^=", *s)) sp->align = *s++;
    if (s < end && strchr("+- ", *s)) sp->sign = *s++;
    if (s < end && *s == 'z') { sp->zero_coerce = true; s++; }
    if (s < end && *s == '#') { sp->alt = true; s++; }
    if (!fill_given && s < end && *s == '0') {
        sp->fill = '0';
        if (!sp->align && default_align == '>') sp->align = '=';
        s++;
    }
    if (s < end && *s >= '0' && *s <= '9' && parse_number(&s, end, &sp->width) < 0) return -1;
    if (s < end && (*s == ',' || *s == '_')) sp->grouping = *s++;
    if (s < end && (*s == ',' || *s == '_')) {
        tr_err(TR_EXC_TYPE(ValueError), "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (s < end && *s == '.') {
        s++;
        if (s >= end || *s < '0' || *s > '9') {
            tr_err(TR_EXC_TYPE(ValueError), "Format specifier missing precision");
            return -1;
        }
        if (parse_number(&s, end, &sp->prec) < 0) return -1;
    }
    if (end - s > 1 || (s < end && (unsigned char)*s >= 0x80)) {
        tr_err(TR_EXC_TYPE(ValueError), "Invalid format specifier '%s' for object of type '%s'", tr_str_cstr(specv), tname);
        return -1;
    }
    if (s < end) sp->type = *s;
    if (sp->grouping && sp->type && !strchr(sp->grouping == ',' ? "deEfFgG%" : "deEfFgG%bxXo", sp->type)) {
        if (sp->type >= 0x20 && sp->type < 0x7f)
            tr_err(TR_EXC_TYPE(ValueError), "Cannot specify '%c' with '%c'.", sp->grouping, sp->type);
        else
            tr_err(TR_EXC_TYPE(ValueError), "Cannot specify '%c' with '\\x%x'.", sp->grouping, (unsigned)(unsigned char)sp->type);
        return -1;
    }
    return 0;
}

/* Pad prefix (sign, base prefix) + body to the spec's width.  '=' puts the padding
 * between them. */
static TrValue pad_result(const Spec *sp, const char *prefix, const char *body, size_t body_len, char default_align,
                          TrBuf *out) {
    size_t plen = strlen(prefix), nchars = plen;
    for (size_t i = 0; i < body_len; i++) nchars += ((unsigned char)body[i] & 0xc0) != 0x80;
    char align = sp->align ? sp->align : default_align;
    size_t total = sp->width > (int64_t)nchars ? (size_t)sp->width - nchars : 0;
    size_t left = align == '>' || align == '=' ? total : align == '^' ? total / 2 : 0;
    char fill[4];
    size_t fl = tr_utf8_encode(sp->fill, fill);
    if (!out) { /* a new str, allocated at its size: its length and code points are known */
        TrValue r = tr_str_alloc(plen + body_len + total * fl, nchars + total);
        char *w = TR_STR(r)->data;
        if (align == '=') w = mempcpy(w, prefix, plen);
        for (size_t i = 0; i < left; i++) w = mempcpy(w, fill, fl);
        if (align != '=') w = mempcpy(w, prefix, plen);
        w = mempcpy(w, body, body_len);
        for (size_t i = left; i < total; i++) w = mempcpy(w, fill, fl);
        return tr_str_seal(r);
    }
    if (align == '=') tr_buf_add(out, prefix, plen);
    for (size_t i = 0; i < left; i++) tr_buf_add(out, fill, fl);
    if (align != '=') tr_buf_add(out, prefix, plen);
    tr_buf_add(out, body, body_len);
    for (size_t i = left; i < total; i++) tr_buf_add(out, fill, fl);
    return tr_None;
}

/* digits[0..n) with a separator every `every` digits from the right, left-padded
 * with (grouped) zeros to at least min_width characters: CPython's
 * _PyUnicode_InsertThousandsGrouping. */
static void add_grouped(TrBuf *out, const char *digits, size_t n, char sep, int every, int64_t min_width) {
    char *rev = tr_alloc_atomic(2 * (n + (size_t)(min_width > 0 ? min_width : 0)) + 8);
    size_t k = 0;
    int64_t remaining = (int64_t)n;
    for (bool first = true;; first = false) {
        int64_t want = remaining > min_width ? remaining : min_width;
        int64_t l = every < (want > 1 ? want : 1) ? every : (want > 1 ? want : 1);
        int64_t chars = remaining < l ? remaining : l;
        if (!first) rev[k++] = sep;
        for (int64_t i = 0; i < chars; i++) rev[k++] = digits[--remaining];
        for (int64_t i = chars; i < l; i++) rev[k++] = '0';
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width--;
    }
    while (k) tr_buf_addc(out, rev[--k]);
}

/* ---------------------------------------------------------------- floats */

/* printf into a buffer of the needed size */
static char *fmt_double(const char *fmt, int prec, double d) {
    char first[64]; /* one snprintf for the usual short text */
    int n = snprintf(first, sizeof first, fmt, prec, d);
    char *buf = tr_alloc_atomic((size_t)n + 3);
    if (n < (int)sizeof first) memcpy(buf, first, (size_t)n + 1);
    else snprintf(buf, (size_t)n + 1, fmt, prec, d);
    return buf;
}

/* "%.*f" of a >= 0 without printf, or NULL: when x = a * 10**prec is below 2**40 its
 * rounding error is under 2**-13, so a fraction of x farther than 2**-12 from .5
 * rounds to the integer the exact product rounds to (ties and near-ties go to printf,
 * whose rounding is exact).  The 2 spare bytes are the callers' (strcat of "%"). */
#define FIXED_FAST_MAX_PREC 9
static char *fixed_fast(double a, int prec) {
    static const double pow10[FIXED_FAST_MAX_PREC + 1] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    if (prec > FIXED_FAST_MAX_PREC) return NULL;
    double x = a * pow10[prec];
    if (!(x < 0x1p40)) return NULL;
    double whole = floor(x), frac = x - whole;
    if (fabs(frac - 0.5) <= 0x1p-12) return NULL;
    uint64_t n = (uint64_t)whole + (frac > 0.5), scale = (uint64_t)pow10[prec];
    uint64_t int_part = n / scale, frac_part = n % scale;
    char digits[24], *buf = tr_alloc_atomic(24 + (size_t)prec + 3), *w = buf;
    size_t k = 0;
    do digits[k++] = (char)('0' + int_part % 10); while (int_part /= 10);
    while (k) *w++ = digits[--k];
    if (prec) {
        *w++ = '.';
        for (int i = prec - 1; i >= 0; i--, frac_part /= 10) w[i] = (char)('0' + frac_part % 10);
        w += prec;
    }
    *w = 0;
    return buf;
}

/* Python's 'g' (and the no-type form with a precision, which switches to exponent
 * one digit earlier and keeps a ".0"): a >= 0 and finite. */
static char *format_general(double a, int prec, bool alt, bool upper, bool no_type) {
    if (prec == 0) prec = 1;
    char *e = fmt_double("%.*e", prec - 1, a);
    int decpt = atoi(strchr(e, 'e') + 1) + 1;
    bool use_exp = decpt <= -4 || decpt > (no_type ? prec - 1 : prec);
    char *buf = use_exp ? e : fmt_double("%.*f", prec - decpt > 0 ? prec - decpt : 0, a);
    char *exp = use_exp ? strchr(buf, 'e') : NULL, *mant_end = exp ? exp : buf + strlen(buf);
    if (!alt && strchr(buf, '.')) { /* drop trailing zeros and a bare point */
        char *p = mant_end;
        while (p[-1] == '0') p--;
        if (p[-1] == '.') p--;
        memmove(p, mant_end, strlen(mant_end) + 1);
        mant_end = p;
    } else if (alt && !memchr(buf, '.', (size_t)(mant_end - buf))) {
        memmove(mant_end + 1, mant_end, strlen(mant_end) + 1);
        *mant_end++ = '.';
    }
    if (no_type && !use_exp && !strchr(buf, '.')) strcat(buf, ".0");
    if (upper)
        for (char *p = buf; *p; p++) *p = (char)(*p == 'e' ? 'E' : *p);
    return buf;
}

/* The digits of |d| for presentation type `type` (0 = none) and precision. */
static char *float_body(double a, char type, int64_t prec, bool alt) {
    if (!isfinite(a)) {
        char *buf = tr_alloc_atomic(8);
        bool up = type == 'E' || type == 'F' || type == 'G';
        strcpy(buf, isnan(a) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"));
        if (type == '%') strcat(buf, "%");
        return buf;
    }
    int p = prec < 0 ? 6 : prec > 100000 ? 100000 : (int)prec;
    switch (type) {
    case 0:
        if (prec < 0) {
            char *buf = tr_alloc_atomic(40);
            tr_double_repr(a, buf, 32);
            char *e = strchr(buf, 'e');
            if (alt && e && !memchr(buf, '.', (size_t)(e - buf))) { memmove(e + 1, e, strlen(e) + 1); *e = '.'; }
            return buf;
        }
        return format_general(a, p, alt, false, true);
    case 'g': case 'G': case 'n': return format_general(a, p, alt, type == 'G', false);
    case 'e': case 'E': return fmt_double(alt ? (type == 'e' ? "%#.*e" : "%#.*E") : (type == 'e' ? "%.*e" : "%.*E"), p, a);
    case 'f': case 'F': {
        char *fast = alt ? NULL : fixed_fast(a, p);
        return fast ? fast : fmt_double(alt ? "%#.*f" : "%.*f", p, a);
    }
    default: { /* '%' */
        char *buf = alt ? NULL : fixed_fast(a * 100, p);
        if (!buf) buf = fmt_double(alt ? "%#.*f" : "%.*f", p, a * 100);
        strcat(buf, "%");
        return buf;
    }
    }
}

/* whether a finite body's digits are all zeros ("inf" and "nan" have none: not zero) */
static bool all_zero_digits(const char *s) {
    if (*s < '0' || *s > '9') return false;
    for (; *s && *s != 'e' && *s != 'E'; s++)
        if (*s >= '1' && *s <= '9') return false;
    return true;
}

/* out = the sign ('-', or the spec's '+'/' ' for a non-negative number) followed by
 * extra (a 0x-style prefix, at most 2 characters); out has 8 bytes */
static void sign_prefix(char *out, const Spec *sp, bool neg, const char *extra) {
    if (neg || sp->sign == '+' || sp->sign == ' ') *out++ = neg ? '-' : (char)sp->sign;
    strcpy(out, extra);
}

/* Sign, grouping and padding around a float body. */
static TrValue finish_number(const Spec *sp, bool neg, const char *prefix_extra, const char *body, int every) {
    char prefix[8];
    sign_prefix(prefix, sp, neg, prefix_extra);
    size_t nd = strspn(body, every == 3 ? "0123456789" : "0123456789abcdefABCDEF");
    if (!sp->grouping || !nd) return pad_result(sp, prefix, body, strlen(body), '>', NULL);
    int64_t min_width = 0;
    if (sp->fill == '0' && sp->align == '=')
        min_width = sp->width - (int64_t)strlen(prefix) - (int64_t)strlen(body + nd);
    TrBuf b;
    tr_buf_init(&b);
    add_grouped(&b, body, nd, sp->grouping, every, min_width);
    tr_buf_adds(&b, body + nd);
    return pad_result(sp, prefix, b.data, b.len, '>', NULL);
}

static TrValue unknown_format_code(char type, const char *tname) {
    if (type >= 0x20 && type < 0x7f)
        return tr_err(TR_EXC_TYPE(ValueError), "Unknown format code '%c' for object of type '%s'", type, tname);
    return tr_err(TR_EXC_TYPE(ValueError), "Unknown format code '\\x%x' for object of type '%s'", (unsigned)(unsigned char)type, tname);
}

static TrValue format_double(double d, const Spec *sp, const char *tname) {
    if (sp->type && !strchr("eEfFgGn%", sp->type)) return unknown_format_code(sp->type, tname);
    bool neg = signbit(d) && !isnan(d);
    char *body = float_body(fabs(d), sp->type, sp->prec, sp->alt);
    if (neg && sp->zero_coerce && all_zero_digits(body)) neg = false;
    return finish_number(sp, neg, "", body, 3);
}

TrValue tr_format_float(double d, TrValue spec) {
    Spec sp;
    if (parse_spec(spec, &sp, "float", '>') < 0) return 0;
    return format_double(d, &sp, "float");
}

/* One part of a complex: its sign (the spec's convention, or always one when sign is
 * '+'), the body of |d| grouped as the spec says; no padding */
static void add_complex_part(TrBuf *out, const Spec *sp, char sign, double d, char type, int64_t prec) {
    bool neg = signbit(d) && !isnan(d);
    char *body;
    if (type == 'r') { /* repr without the ".0" float's repr adds (CPython's 'r' mode) */
        body = float_body(fabs(d), 0, -1, false);
        size_t n = strlen(body);
        if (n > 2 && !strcmp(body + n - 2, ".0")) body[n - 2] = 0;
        char *e = strchr(body, 'e'), *end = e ? e : body + strlen(body);
        if (sp->alt && isfinite(d) && !memchr(body, '.', (size_t)(end - body))) {
            memmove(end + 1, end, strlen(end) + 1);
            *end = '.';
        }
    } else {
        body = float_body(fabs(d), type, prec, sp->alt);
    }
    if (neg && sp->zero_coerce && all_zero_digits(body)) neg = false;
    if (neg || sign == '+' || sign == ' ') tr_buf_addc(out, neg ? '-' : sign);
    size_t nd = strspn(body, "0123456789");
    if (sp->grouping && nd) add_grouped(out, body, nd, sp->grouping, 3, 0);
    else tr_buf_add(out, body, nd);
    tr_buf_adds(out, body + nd);
}

/* complex.__format__ (CPython's format_complex_internal): both parts as floats, the
 * imaginary one always signed unless the real part is left out; no type is str()'s
 * layout (a positive zero real part left out, else parentheses); padding around all */
TrValue tr_format_complex(double re, double im, TrValue spec) {
    Spec sp;
    if (parse_spec(spec, &sp, "complex", '>') < 0) return 0;
    if (sp.type && !strchr("eEfFgGn", sp.type)) return unknown_format_code(sp.type, "complex");
    if (sp.fill == '0')
        return tr_err(TR_EXC_TYPE(ValueError), "Zero padding is not allowed in complex format specifier");
    if (sp.align == '=')
        return tr_err(TR_EXC_TYPE(ValueError), "'=' alignment flag is not allowed in complex format specifier");
    char type = sp.type == 'n' ? 'g' : sp.type;
    bool skip_re = false, parens = false;
    if (!type) {
        type = sp.prec < 0 ? 'r' : 'g';
        skip_re = re == 0.0 && !signbit(re);
        parens = !skip_re;
    }
    TrBuf b;
    tr_buf_init(&b);
    if (parens) tr_buf_addc(&b, '(');
    if (!skip_re) add_complex_part(&b, &sp, sp.sign, re, type, sp.prec);
    add_complex_part(&b, &sp, skip_re ? sp.sign : '+', im, type, sp.prec);
    tr_buf_adds(&b, parens ? "j)" : "j");
    return pad_result(&sp, "", b.data, b.len, '>', NULL);
}

/* ---------------------------------------------------------------- ints */

/* the decimal digits of x, '-' first when negative, NUL-terminated (out: 24 bytes) */
static void small_decimal(char *out, intptr_t x) {
    char rev[24];
    size_t n = 0;
    uintptr_t u = x < 0 ? -(uintptr_t)x : (uintptr_t)x;
    do rev[n++] = (char)('0' + u % 10); while (u /= 10);
    if (x < 0) *out++ = '-';
    while (n) *out++ = rev[--n];
    *out = 0;
}

TrValue tr_format_int(TrValue v, TrValue spec) {
    if (!spec || !TR_STR(spec)->len) return tr_str(v);
    Spec sp;
    if (parse_spec(spec, &sp, "int", '>') < 0) return 0;
    char type = sp.type;
    if (type && strchr("eEfFgG%", type)) {
        double d;
        if (tr_as_double(v, &d) < 0) return 0;
        return format_double(d, &sp, "int");
    }
    if (type && !strchr("bcdoxXn", type)) return unknown_format_code(type, TR_TYPE_NAME(v));
    if (sp.prec >= 0) return tr_err(TR_EXC_TYPE(ValueError), "Precision not allowed in integer format specifier");
    if (sp.zero_coerce) return tr_err(TR_EXC_TYPE(ValueError), "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (sp.sign) return tr_err(TR_EXC_TYPE(ValueError), "Sign not allowed with integer format specifier 'c'");
        if (sp.alt) return tr_err(TR_EXC_TYPE(ValueError), "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t c;
        if (tr_index(v, &c) < 0) return 0;
        if (c < 0 || c > 0x10ffff) return tr_err(TR_EXC_TYPE(OverflowError), "%%c arg not in range(0x110000)");
        char ch[4];
        return pad_result(&sp, "", ch, tr_utf8_encode((uint32_t)c, ch), '>', NULL);
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    char small_digits[24]; /* a small int in decimal: written here, no str object */
    const char *ds;
    if (TR_IS_SMALL(v) && base == 10) {
        small_decimal(small_digits, TR_SMALL_VAL(v));
        ds = small_digits;
    } else {
        TrValue iv = tr_number_index(v);
        TrValue digits = iv ? tr_int_to_str_base(iv, base) : 0;
        if (!digits) return 0;
        ds = tr_str_cstr(digits);
    }
    bool neg = ds[0] == '-';
    ds += neg;
    if (base != 10 && ds[0] == '0' && ds[1] && strchr("box", ds[1])) ds += 2; /* a 0x-style prefix */
    const char *body = ds;
    if (type == 'X') {
        char *upper = tr_alloc_atomic(strlen(ds) + 1);
        for (size_t i = 0; (upper[i] = (char)toupper((unsigned char)ds[i])); i++) {}
        body = upper;
    }
    const char *prefix = !sp.alt || base == 10 ? "" : base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : "0x";
    return finish_number(&sp, neg, prefix, body, base == 10 ? 3 : 4);
}

TrValue tr_format_str(TrValue s, TrValue spec) {
    Spec sp;
    if (parse_spec(spec, &sp, "str", '<') < 0) return 0;
    if (sp.type && sp.type != 's') return unknown_format_code(sp.type, "str");
    if (sp.sign) return tr_err(TR_EXC_TYPE(ValueError), "Sign not allowed in string format specifier");
    if (sp.zero_coerce) return tr_err(TR_EXC_TYPE(ValueError), "Negative zero coercion (z) not allowed in string format specifier");
    if (sp.alt) return tr_err(TR_EXC_TYPE(ValueError), "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=') return tr_err(TR_EXC_TYPE(ValueError), "'=' alignment not allowed in string format specifier");
    if (sp.grouping) return tr_err(TR_EXC_TYPE(ValueError), "Cannot specify '%c' with 's'.", sp.grouping);
    size_t len = TR_STR(s)->len;
    if (sp.prec >= 0 && (size_t)sp.prec < TR_STR(s)->nchars) len = tr_str_offset(s, (size_t)sp.prec);
    if (sp.width <= (int64_t)TR_STR(s)->nchars && len == TR_STR(s)->len) return TR_TYPE(s) == &tr_str_type ? s : tr_str_new(tr_str_cstr(s), len);
    return pad_result(&sp, "", tr_str_cstr(s), len, '<', NULL);
}

TrValue tr_format(TrValue v, TrValue spec) {
    if (!spec) spec = TR_INTERN("");
    if (!tr_str_check(spec))
        return tr_err(TR_EXC_TYPE(TypeError), "format() argument 2 must be str, not %s", tr_arg_type_name(spec));
    TrType *t = TR_TYPE(v);
    TrValue r;
    if (t == &tr_str_type) r = tr_format_str(v, spec);
    else if (t == &tr_int_type || t == &tr_bool_type) r = tr_format_int(v, spec);
    else if (t == &tr_float_type) r = tr_format_float(TR_FLOAT_VAL(v), spec);
    else if (t == &tr_complex_type) r = tr_format_complex(((TrComplex *)v)->real, ((TrComplex *)v)->imag, spec);
    else { /* type(v).__format__(v, spec): for a class v, its metaclass's, not its own */
        TrValue m = tr_type_lookup(t, TR_INTERN("__format__"));
        if (!m) return tr_err(TR_EXC_TYPE(TypeError), "Type %s doesn't define __format__", t->name);
        TrType *mt = TR_TYPE(m);
        if (mt->descr_get && !(m = mt->descr_get(m, v, (TrValue)t))) return 0;
        r = tr_call1(m, spec);
    }
    if (r && !tr_str_check(r)) return tr_err(TR_EXC_TYPE(TypeError), "__format__ must return a str, not %s", TR_TYPE_NAME(r));
    return r;
}

/* ---------------------------------------------------------------- str.format */

typedef struct FormatState {
    TrValue args, kwargs;
    int64_t next_auto; /* -1 once manual numbering is used */
    bool used_auto;
} FormatState;

static TrValue format_string(const char *s, size_t len, FormatState *st, int depth);

static bool all_digits(const char *s, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static TrValue positional(FormatState *st, int64_t idx) {
    if (idx >= (int64_t)TR_TUPLE(st->args)->len)
        return tr_err(TR_EXC_TYPE(IndexError), "Replacement index %lld out of range for positional args tuple", (long long)idx);
    return TR_TUPLE(st->args)->items[idx];
}

/* The object a field name ("0", "name", "", with .attr and [key] parts) denotes. */
static TrValue lookup_field(const char *name, size_t len, FormatState *st) {
    size_t i = 0;
    while (i < len && name[i] != '.' && name[i] != '[') i++;
    TrValue obj;
    if (i == 0) {
        if (st->next_auto < 0)
            return tr_err(TR_EXC_TYPE(ValueError), "cannot switch from manual field specification to automatic field numbering");
        st->used_auto = true;
        obj = positional(st, st->next_auto++);
    } else if (all_digits(name, i)) {
        if (st->used_auto)
            return tr_err(TR_EXC_TYPE(ValueError), "cannot switch from automatic field numbering to manual field specification");
        st->next_auto = -1;
        obj = positional(st, strtoll(name, NULL, 10));
    } else {
        TrValue key = tr_str_new(name, i);
        obj = st->kwargs ? tr_getitem(st->kwargs, key) : 0;
        if (!obj && (!st->kwargs || tr_err_is(TR_EXC_TYPE(KeyError)))) {
            tr_err_clear();
            return tr_err_value(TR_EXC_TYPE(KeyError), key);
        }
    }
    while (obj && i < len) {
        size_t j = i + 1;
        if (name[i] == '.') {
            while (j < len && name[j] != '.' && name[j] != '[') j++;
            if (j == i + 1) return tr_err(TR_EXC_TYPE(ValueError), "Empty attribute in format string");
            obj = tr_getattr(obj, tr_str_new(name + i + 1, j - i - 1));
            i = j;
        } else if (name[i] == '[') {
            while (j < len && name[j] != ']') j++;
            if (j == len) return tr_err(TR_EXC_TYPE(ValueError), "Missing ']' in format string");
            if (j == i + 1) return tr_err(TR_EXC_TYPE(ValueError), "Empty attribute in format string");
            const char *k = name + i + 1;
            size_t kn = j - i - 1;
            obj = tr_getitem(obj, all_digits(k, kn) ? tr_int_from_string(k, kn, 10) : tr_str_new(k, kn));
            i = j + 1;
        } else {
            return tr_err(TR_EXC_TYPE(ValueError), "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

/* A replacement field as CPython's MarkupIterator reads it, from just after its '{':
 * the name runs to '!', ':' or '}' ('{' is an error, a '[...]' key may hold anything),
 * then an optional conversion character, then the spec up to the '}' that balances the
 * field's '{'.  *pos ends just after the field. */
typedef struct Field {
    const char *name, *conv, *spec; /* conv 0: none; spec_len 0: an empty spec */
    size_t name_len, conv_len, spec_len;
    bool spec_has_fields;           /* the spec holds '{': it is formatted itself */
} Field;

static int parse_field(const char *s, size_t len, size_t *pos, Field *f) {
    size_t i = *pos;
    char c = 0;
    memset(f, 0, sizeof *f);
    f->name = s + i;
    while (i < len) {
        c = s[i++];
        if (c == '{') { tr_err(TR_EXC_TYPE(ValueError), "unexpected '{' in field name"); return -1; }
        if (c == '}' || c == ':' || c == '!') break;
        if (c == '[')
            while (i < len && s[i] != ']') i++;
        c = 0;
    }
    f->name_len = (size_t)(s + (c ? i - 1 : i) - f->name);
    if (c == '!') {
        if (i >= len) {
            tr_err(TR_EXC_TYPE(ValueError), "end of string while looking for conversion specifier");
            return -1;
        }
        f->conv = s + i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++; /* one UTF-8 character */
        f->conv_len = (size_t)(s + i - f->conv);
        if (i < len) {
            c = s[i++];
            if (c == '}') { *pos = i; return 0; }
            if (c != ':') { tr_err(TR_EXC_TYPE(ValueError), "expected ':' after conversion specifier"); return -1; }
        }
    }
    if (c == ':' || c == '!') {
        size_t start = i;
        int depth = 1;
        while (i < len) {
            c = s[i++];
            if (c == '{') { depth++; f->spec_has_fields = true; }
            else if (c == '}' && --depth == 0) {
                f->spec = s + start;
                f->spec_len = i - 1 - start;
                *pos = i;
                return 0;
            }
        }
        tr_err(TR_EXC_TYPE(ValueError), "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') { tr_err(TR_EXC_TYPE(ValueError), "expected '}' before end of string"); return -1; }
    *pos = i;
    return 0;
}

/* Format one parsed replacement field onto out. */
static int format_field(const Field *f, FormatState *st, int depth, TrBuf *out) {
    TrValue obj = lookup_field(f->name, f->name_len, st);
    if (!obj) return -1;
    if (f->conv) {
        char conv = f->conv_len == 1 ? f->conv[0] : 0;
        if (conv == 'r') obj = tr_repr(obj);
        else if (conv == 's') obj = tr_str(obj);
        else if (conv == 'a') obj = tr_ascii(obj);
        else {
            uint32_t cp;
            tr_utf8_decode(f->conv, &cp);
            if (cp > 32 && cp < 127) tr_err(TR_EXC_TYPE(ValueError), "Unknown conversion specifier %c", (char)cp);
            else tr_err(TR_EXC_TYPE(ValueError), "Unknown conversion specifier \\x%x", (unsigned)cp);
            return -1;
        }
        if (!obj) return -1;
    }
    TrValue spec = 0;
    if (f->spec_has_fields) {
        spec = format_string(f->spec, f->spec_len, st, depth + 1);
        if (!spec) return -1;
    } else if (f->spec_len) {
        spec = tr_str_new(f->spec, f->spec_len);
    }
    TrValue r = tr_format(obj, spec);
    if (!r) return -1;
    tr_buf_add(out, tr_str_cstr(r), TR_STR(r)->len);
    return 0;
}

static TrValue format_string(const char *s, size_t len, FormatState *st, int depth) {
    if (depth >= 2) return tr_err(TR_EXC_TYPE(ValueError), "Max string recursion exceeded");
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < len;) {
        const char *lit = s + i;
        while (i < len && s[i] != '{' && s[i] != '}') i++;
        tr_buf_add(&b, lit, (size_t)(s + i - lit));
        if (i == len) break;
        char c = s[i];
        if (i + 1 < len && s[i + 1] == c) { tr_buf_addc(&b, c); i += 2; continue; }
        if (c == '}') return tr_err(TR_EXC_TYPE(ValueError), "Single '}' encountered in format string");
        if (i + 1 == len) return tr_err(TR_EXC_TYPE(ValueError), "Single '{' encountered in format string");
        Field f;
        i++;
        if (parse_field(s, len, &i, &f) < 0 || format_field(&f, st, depth, &b) < 0) return 0;
    }
    return tr_buf_finish(&b);
}

TrValue tr_str_format(TrValue fmt, TrValue args, TrValue kwargs) {
    FormatState st = {args, kwargs, 0, false};
    return format_string(tr_str_cstr(fmt), TR_STR(fmt)->len, &st, 0);
}

/* ---------------------------------------------------------------- % formatting */

/* Integer conversions d i u o x X of v: digits with sign, precision zeros, prefix. */
static TrValue percent_int(TrValue v, char type, Spec *sp) {
    bool hex_oct = type == 'x' || type == 'X' || type == 'o';
    TrValue iv = v;
    if (!tr_int_check(v)) {
        TrType *t = TR_TYPE(v);
        if (hex_oct ? !t->index : !(t->index || t->to_int || tr_float_check(v)))
            return tr_err(TR_EXC_TYPE(TypeError), "%%%c format: %s is required, not %s", type,
                          hex_oct ? "an integer" : "a real number", TR_TYPE_NAME(v));
        iv = t->index ? tr_number_index(v) : tr_float_check(v) ? tr_int_from_double(TR_FLOAT_VAL(v)) : t->to_int(v);
        if (!iv) return 0;
    }
    char small_digits[24]; /* a small int in decimal: written here, no str object */
    const char *ds;
    if (TR_IS_SMALL(iv) && !hex_oct) {
        small_decimal(small_digits, TR_SMALL_VAL(iv));
        ds = small_digits;
    } else {
        TrValue digits = tr_int_to_str_base(iv, type == 'o' ? 8 : hex_oct ? 16 : 10);
        if (!digits) return 0;
        ds = tr_str_cstr(digits);
    }
    bool neg = ds[0] == '-';
    ds += neg;
    if (hex_oct && ds[0] == '0' && ds[1] && strchr("ox", ds[1])) ds += 2;
    char prefix[8];
    sign_prefix(prefix, sp, neg, !sp->alt || !hex_oct ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X");
    size_t nd = strlen(ds);
    if (type != 'X' && sp->prec <= (int64_t)nd) return pad_result(sp, prefix, ds, nd, '>', NULL);
    TrBuf body; /* precision zeros, upper-case hex */
    tr_buf_init(&body);
    for (int64_t k = sp->prec - (int64_t)nd; k > 0; k--) tr_buf_addc(&body, '0');
    for (const char *p = ds; *p; p++) tr_buf_addc(&body, type == 'X' ? (char)toupper((unsigned char)*p) : *p);
    return pad_result(sp, prefix, body.data, body.len, '>', NULL);
}

/* The arguments of `%`, consumed as CPython does: a tuple's items, else the single
 * value; a %(key) conversion makes the looked-up value the single next argument. */
typedef struct PercentArgs { TrValue cur; int64_t len, idx; } PercentArgs;

static TrValue next_arg(PercentArgs *pa) {
    if (pa->idx >= pa->len) return tr_err(TR_EXC_TYPE(TypeError), "not enough arguments for format string");
    pa->idx++;
    return pa->len < 0 ? pa->cur : TR_TUPLE(pa->cur)->items[pa->idx - 1];
}

static size_t code_points(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xc0) != 0x80;
    return k;
}

/* printf-style formatting shared by str % args and bytes % args. */
static TrValue percent_format(const char *s, size_t len, TrValue args, bool bytes) {
    bool is_tuple = tr_tuple_check(args);
    PercentArgs pa = {args, is_tuple ? (int64_t)TR_TUPLE(args)->len : -1, is_tuple ? 0 : -2};
    bool mapping = !is_tuple && TR_TYPE(args)->getitem && !(bytes ? tr_bytes_view(args, &(size_t){0}) != NULL : tr_str_check(args));
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < len;) {
        const char *lit = s + i;
        while (i < len && s[i] != '%') i++;
        tr_buf_add(&b, lit, (size_t)(s + i - lit));
        if (i++ == len) break;
        if (i >= len) return tr_err(TR_EXC_TYPE(ValueError), "incomplete format");
        if (s[i] == '(') {
            if (!mapping) return tr_err(TR_EXC_TYPE(TypeError), "format requires a mapping");
            size_t j = ++i;
            for (int depth = 1; j < len; j++)
                if ((s[j] == '(' && ++depth) || (s[j] == ')' && --depth == 0)) break;
            if (j >= len) return tr_err(TR_EXC_TYPE(ValueError), "incomplete format key");
            TrValue key = bytes ? tr_bytes_new(s + i, j - i) : tr_str_new(s + i, j - i);
            if (!(pa.cur = tr_getitem(args, key))) return 0;
            pa.len = -1;
            pa.idx = -2;
            i = j + 1;
        }
        Spec sp;
        spec_init(&sp);
        bool left = false, zero = false;
        for (; i < len && strchr("-+ #0", s[i]); i++) {
            if (s[i] == '-') left = true;
            else if (s[i] == '+') sp.sign = '+';
            else if (s[i] == ' ') { if (sp.sign != '+') sp.sign = ' '; }
            else if (s[i] == '#') sp.alt = true;
            else zero = true;
        }
        for (int part = 0; part < 2; part++) { /* width, then .precision */
            int64_t *dst = part ? &sp.prec : &sp.width;
            if (part) {
                if (i >= len || s[i] != '.') break;
                i++;
                sp.prec = 0;
            }
            if (i < len && s[i] == '*') {
                TrValue w = next_arg(&pa);
                if (!w) return 0;
                if (!tr_int_check(w)) return tr_err(TR_EXC_TYPE(TypeError), "* wants int");
                if (tr_index(w, dst) < 0) return 0;
                if (!part && *dst < 0) { left = true; *dst = -*dst; }
                if (part && *dst < 0) *dst = 0;
                i++;
            } else if (i < len && s[i] >= '0' && s[i] <= '9') {
                const char *p = s + i;
                if (parse_number(&p, s + len, dst) < 0) return 0;
                i = (size_t)(p - s);
            }
        }
        while (i < len && (s[i] == 'l' || s[i] == 'h' || s[i] == 'L')) i++;
        if (i >= len) return tr_err(TR_EXC_TYPE(ValueError), "incomplete format");
        char type = s[i++];
        if (type == '%') { tr_buf_addc(&b, '%'); continue; }
        if (!type || !strchr(bytes ? "srabdiuoxXeEfFgGc" : "sradiuoxXeEfFgGc", type)) {
            uint32_t cp = (unsigned char)type;
            if (!bytes && cp >= 0x80) tr_utf8_decode(s + i - 1, &cp);
            return tr_err(TR_EXC_TYPE(ValueError), "unsupported format character '%c' (0x%x) at index %zu",
                          cp >= 0x20 && cp < 0x7f ? (char)cp : '?', cp, bytes ? i - 1 : code_points(s, i - 1));
        }
        TrValue v = next_arg(&pa);
        if (!v) return 0;
        bool numeric = strchr("diuoxXeEfFgG", type) != NULL;
        sp.align = left ? '<' : zero && numeric ? '=' : '>';
        if (sp.align == '=') sp.fill = '0';
        TrValue r = 0;
        const char *text = NULL;
        size_t tlen = 0;
        switch (type) {
        case 's': case 'r': case 'a': case 'b': {
            TrValue t;
            if (bytes && (type == 's' || type == 'b')) {
                if (!(text = tr_bytes_view(v, &tlen))) {
                    TrValue conv = (TR_TYPE(v)->flags & TR_TF_HEAPTYPE) ? tr_type_lookup(TR_TYPE(v), TR_INTERN("__bytes__")) : 0;
                    if (!conv)
                        return tr_err(TR_EXC_TYPE(TypeError), "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TR_TYPE_NAME(v));
                    if (!(t = tr_call1(conv, v))) return 0;
                    text = tr_bytes_view(t, &tlen);
                }
            } else {
                t = type == 's' ? tr_str(v) : type == 'r' && !bytes ? tr_repr(v) : tr_ascii(v);
                if (!t) return 0;
                text = tr_str_cstr(t);
                tlen = TR_STR(t)->len;
                if (sp.prec >= 0 && (size_t)sp.prec < TR_STR(t)->nchars) tlen = tr_str_offset(t, (size_t)sp.prec);
            }
            if (bytes && sp.prec >= 0 && (size_t)sp.prec < tlen) tlen = (size_t)sp.prec;
            pad_result(&sp, "", text, tlen, '>', &b);
            continue;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            r = percent_int(v, type, &sp);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (!tr_float_check(v) && !tr_int_check(v) && !TR_TYPE(v)->to_float && !TR_TYPE(v)->index)
                return tr_err(TR_EXC_TYPE(TypeError), "must be real number, not %s", TR_TYPE_NAME(v));
            if (tr_as_double(v, &d) < 0) return 0;
            sp.type = type;
            if (sp.prec < 0) sp.prec = 6;
            r = format_double(d, &sp, "float");
            break;
        }
        case 'c': {
            char ch[4];
            int64_t c;
            if (bytes) {
                size_t n;
                const char *one = tr_bytes_view(v, &n);
                if (one && n == 1) { ch[0] = one[0]; tlen = 1; }
                else if (!one && tr_int_check(v) && tr_index(v, &c) == 0 && c >= 0 && c < 256) { ch[0] = (char)c; tlen = 1; }
                else {
                    tr_err_clear();
                    return tr_err(TR_EXC_TYPE(TypeError), "%%c requires an integer in range(256) or a single byte");
                }
            } else if (tr_str_check(v)) {
                if (TR_STR(v)->nchars != 1) return tr_err(TR_EXC_TYPE(TypeError), "%%c requires int or char");
                memcpy(ch, tr_str_cstr(v), tlen = TR_STR(v)->len);
            } else {
                if (!tr_int_check(v)) return tr_err(TR_EXC_TYPE(TypeError), "%%c requires int or char");
                if (tr_index(v, &c) < 0) return 0;
                if (c < 0 || c > 0x10ffff) return tr_err(TR_EXC_TYPE(OverflowError), "%%c arg not in range(0x110000)");
                tlen = tr_utf8_encode((uint32_t)c, ch);
            }
            pad_result(&sp, "", ch, tlen, '>', &b);
            continue;
        }
        }
        if (!r) return 0;
        tr_buf_add(&b, tr_str_cstr(r), TR_STR(r)->len);
    }
    if (pa.idx < pa.len && !mapping)
        return tr_err(TR_EXC_TYPE(TypeError), bytes ? "not all arguments converted during bytes formatting"
                                                    : "not all arguments converted during string formatting");
    if (bytes) return tr_bytes_new(b.data ? b.data : "", b.len);
    return tr_buf_finish(&b);
}

TrValue tr_str_percent(TrValue fmt, TrValue args) {
    return percent_format(tr_str_cstr(fmt), TR_STR(fmt)->len, args, false);
}

TrValue tr_bytes_percent(TrValue fmt, TrValue args) {
    size_t n;
    const char *s = tr_bytes_view(fmt, &n);
    return percent_format(s, n, args, true);
}
