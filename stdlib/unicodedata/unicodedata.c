/* unicodedata.c — the unicodedata module: character properties (category, bidirectional,
 * combining, mirrored, east_asian_width, decimal/digit/numeric, decomposition) from the
 * tables of unicodedata_db.c, names through uniname.c (the table `\N{...}` uses), and
 * normalize/is_normalized for NFC, NFD, NFKC and NFKD (UAX #15: full decomposition,
 * canonical ordering, canonical composition; Hangul syllables algorithmically).
 * Assumes the tables are CPython 3.11's (Unicode 14.0.0), so results match it exactly. */
#include "tr.h"
#include "uniname.h"
#include "unicodedata_db.h"
#include <string.h>

/* A type as CPython's argument errors name it ("None" for None). */
static const char *arg_type(TrValue v) { return v == tr_None ? "None" : TR_TYPE_NAME(v); }

/* The single code point of a one-character str argument; TypeError in CPython's words
 * otherwise (which " 1" when the function takes a second argument, else ""). */
static int one_char(const char *fname, const char *which, TrValue v, uint32_t *cp) {
    if (!tr_str_check(v) || TR_STR(v)->nchars != 1)
        return tr_err(TR_EXC_TYPE(TypeError), "%s() argument%s must be a unicode character, not %s", fname, which,
                      arg_type(v)),
               -1;
    tr_utf8_decode(TR_STR(v)->data, cp);
    return 0;
}

/* The record of a one-character argument (functions of one argument), or NULL. */
static const TrUdRecord *record_arg(const char *fname, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/chr", NULL};
    TrValue a[1];
    uint32_t cp;
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 1, a) < 0 || one_char(fname, "", a[0], &cp) < 0) return NULL;
    return tr_ud_record(cp);
}

static TrValue py_category(TrValue *args, size_t nargs, TrValue kwnames) {
    const TrUdRecord *r = record_arg("category", args, nargs, kwnames);
    return r ? tr_str_from_cstr(tr_ud_categories[r->category]) : 0;
}

static TrValue py_bidirectional(TrValue *args, size_t nargs, TrValue kwnames) {
    const TrUdRecord *r = record_arg("bidirectional", args, nargs, kwnames);
    return r ? tr_str_from_cstr(tr_ud_bidi[r->bidi]) : 0;
}

static TrValue py_east_asian_width(TrValue *args, size_t nargs, TrValue kwnames) {
    const TrUdRecord *r = record_arg("east_asian_width", args, nargs, kwnames);
    return r ? tr_str_from_cstr(tr_ud_eaw[r->eaw]) : 0;
}

static TrValue py_combining(TrValue *args, size_t nargs, TrValue kwnames) {
    const TrUdRecord *r = record_arg("combining", args, nargs, kwnames);
    return r ? tr_int_from_i64(r->combining) : 0;
}

static TrValue py_mirrored(TrValue *args, size_t nargs, TrValue kwnames) {
    const TrUdRecord *r = record_arg("mirrored", args, nargs, kwnames);
    return r ? tr_int_from_i64(r->mirrored) : 0;
}

static TrValue py_decomposition(TrValue *args, size_t nargs, TrValue kwnames) {
    const TrUdRecord *r = record_arg("decomposition", args, nargs, kwnames);
    if (!r) return 0;
    if (!r->decomp) return tr_str_from_cstr("");
    const uint32_t *d = &tr_ud_decomps[r->decomp];
    char buf[256];
    size_t len = 0;
    unsigned tag = d[0] >> 8, n = d[0] & 0xff;
    if (tag) len += (size_t)snprintf(buf, sizeof buf, "%s", tr_ud_tags[tag]);
    for (unsigned i = 0; i < n && len < sizeof buf - 8; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%04X", len ? " " : "", (unsigned)d[1 + i]);
    return tr_str_new(buf, len);
}

/* decimal, digit and numeric: (chr, default) -> the value, default, or ValueError. */
static TrValue numeric_value(const char *fname, const char *missing, TrValue *args, size_t nargs, TrValue kwnames,
                             int which) {
    static const char *const kw[] = {"/chr", "/default", NULL};
    TrValue a[2];
    uint32_t cp;
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 1, a) < 0 || one_char(fname, " 1", a[0], &cp) < 0) return 0;
    const TrUdRecord *r = tr_ud_record(cp);
    if (which == 0 && r->decimal >= 0) return tr_int_from_i64(r->decimal);
    if (which == 1 && r->digit >= 0) return tr_int_from_i64(r->digit);
    if (which == 2 && r->numeric) return tr_float_new(tr_ud_numerics[r->numeric]);
    return a[1] ? a[1] : tr_err(TR_EXC_TYPE(ValueError), "%s", missing);
}

static TrValue py_decimal(TrValue *args, size_t nargs, TrValue kwnames) {
    return numeric_value("decimal", "not a decimal", args, nargs, kwnames, 0);
}

static TrValue py_digit(TrValue *args, size_t nargs, TrValue kwnames) {
    return numeric_value("digit", "not a digit", args, nargs, kwnames, 1);
}

static TrValue py_numeric(TrValue *args, size_t nargs, TrValue kwnames) {
    return numeric_value("numeric", "not a numeric character", args, nargs, kwnames, 2);
}

static TrValue py_name(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/chr", "/default", NULL};
    TrValue a[2];
    uint32_t cp;
    if (tr_parse_args("name", args, nargs, kwnames, kw, 1, a) < 0 || one_char("name", " 1", a[0], &cp) < 0) return 0;
    char buf[TR_UNINAME_MAX];
    if (tr_uniname_name(cp, buf, sizeof buf)) return tr_str_from_cstr(buf);
    return a[1] ? a[1] : tr_err(TR_EXC_TYPE(ValueError), "no such name");
}

static TrValue py_lookup(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/name", NULL};
    TrValue a[1];
    TrBuffer b;
    if (tr_parse_args("lookup", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *name;
    size_t len;
    if (tr_str_check(a[0])) {
        name = TR_STR(a[0])->data;
        len = TR_STR(a[0])->len;
    } else {
        if (tr_get_buffer(a[0], &b) < 0) return 0;
        name = b.data;
        len = b.len;
    }
    if (len > 256) return tr_err(TR_EXC_TYPE(KeyError), "name too long");
    uint32_t cp;
    char out[4];
    if (tr_uniname_lookup(name, len, &cp)) return tr_str_new(out, tr_utf8_encode(cp, out));
    return tr_err(TR_EXC_TYPE(KeyError), "undefined character name '%.*s'", (int)len, name);
}

/* --- normalization -------------------------------------------------------------------- */

enum { S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7, L_COUNT = 19, V_COUNT = 21,
       T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT };

typedef struct { uint32_t *cp; size_t n, cap; } CpBuf;

static void push(CpBuf *b, uint32_t cp) {
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *d = tr_alloc_atomic(cap * sizeof *d);
        if (b->n) memcpy(d, b->cp, b->n * sizeof *d);
        b->cp = d;
        b->cap = cap;
    }
    b->cp[b->n++] = cp;
}

/* Appends the full decomposition of cp (canonical, or compatibility too if compat). */
static void decompose(CpBuf *b, uint32_t cp, bool compat) {
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        uint32_t s = cp - S_BASE;
        push(b, L_BASE + s / N_COUNT);
        push(b, V_BASE + s % N_COUNT / T_COUNT);
        if (s % T_COUNT) push(b, T_BASE + s % T_COUNT);
        return;
    }
    const TrUdRecord *r = tr_ud_record(cp);
    const uint32_t *d = &tr_ud_decomps[r->decomp];
    if (!r->decomp || (d[0] >> 8 && !compat)) {
        push(b, cp);
        return;
    }
    for (unsigned i = 0; i < (d[0] & 0xff); i++) decompose(b, d[1 + i], compat);
}

static unsigned ccc(uint32_t cp) { return tr_ud_record(cp)->combining; }

/* Canonical ordering: each run of non-starters stably sorted by combining class. */
static void reorder(CpBuf *b) {
    for (size_t i = 1; i < b->n; i++) {
        uint32_t c = b->cp[i];
        unsigned k = ccc(c);
        if (!k) continue;
        size_t j = i;
        while (j > 0 && ccc(b->cp[j - 1]) > k) {
            b->cp[j] = b->cp[j - 1];
            j--;
        }
        b->cp[j] = c;
    }
}

/* The primary composite of a + b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b) {
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE && b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    size_t lo = 0, hi = tr_ud_npairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uint32_t *p = tr_ud_pairs[mid];
        if (p[0] < a || (p[0] == a && p[1] < b)) lo = mid + 1;
        else hi = mid;
    }
    return lo < tr_ud_npairs && tr_ud_pairs[lo][0] == a && tr_ud_pairs[lo][1] == b ? tr_ud_pairs[lo][2] : 0;
}

/* Canonical composition in place: a character joins the last starter unless a character
 * between them has class 0 or one at least its own. */
static void compose(CpBuf *b) {
    size_t out = 0;
    long starter = -1;
    unsigned last = 0;
    for (size_t i = 0; i < b->n; i++) {
        uint32_t c = b->cp[i];
        unsigned k = ccc(c);
        if (starter >= 0 && ((size_t)starter == out - 1 || (last != 0 && last < k))) {
            uint32_t composite = compose_pair(b->cp[starter], c);
            if (composite) {
                b->cp[starter] = composite;
                continue;
            }
        }
        if (k == 0) starter = (long)out;
        last = k;
        b->cp[out++] = c;
    }
    b->n = out;
}

/* normalize(form, s) as a new str; 0 + ValueError for an unknown form. */
static TrValue normalized(TrValue form, TrValue s) {
    const char *f = TR_STR(form)->data;
    bool compat, recompose;
    if (!strcmp(f, "NFC")) compat = false, recompose = true;
    else if (!strcmp(f, "NFD")) compat = false, recompose = false;
    else if (!strcmp(f, "NFKC")) compat = true, recompose = true;
    else if (!strcmp(f, "NFKD")) compat = true, recompose = false;
    else return tr_err(TR_EXC_TYPE(ValueError), "invalid normalization form");
    if (TR_STR(s)->ascii) return s;
    CpBuf b = {0};
    const char *p = TR_STR(s)->data, *end = p + TR_STR(s)->len;
    while (p < end) {
        uint32_t cp;
        p += tr_utf8_decode(p, &cp);
        decompose(&b, cp, compat);
    }
    reorder(&b);
    if (recompose) compose(&b);
    char *utf8 = tr_alloc_atomic(b.n * 4 + 1);
    size_t len = 0;
    for (size_t i = 0; i < b.n; i++) len += tr_utf8_encode(b.cp[i], utf8 + len);
    return tr_str_new(utf8, len);
}

/* The (form, unistr) arguments of normalize and is_normalized, both str. */
static int form_args(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, TrValue *a) {
    static const char *const kw[] = {"/form", "/unistr", NULL};
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 2, a) < 0) return -1;
    for (int i = 0; i < 2; i++)
        if (!tr_str_check(a[i]))
            return tr_err(TR_EXC_TYPE(TypeError), "%s() argument %d must be str, not %s", fname, i + 1,
                          arg_type(a[i])),
                   -1;
    return 0;
}

static TrValue py_normalize(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[2];
    return form_args("normalize", args, nargs, kwnames, a) < 0 ? 0 : normalized(a[0], a[1]);
}

static TrValue py_is_normalized(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[2];
    if (form_args("is_normalized", args, nargs, kwnames, a) < 0) return 0;
    TrValue n = normalized(a[0], a[1]);
    return n ? tr_bool(tr_str_eq(n, a[1])) : 0;
}

TrValue trmod_unicodedata_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("unicodedata", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    static const TrMethodDef functions[] = {
        {"lookup", py_lookup}, {"name", py_name}, {"decimal", py_decimal}, {"digit", py_digit},
        {"numeric", py_numeric}, {"category", py_category}, {"bidirectional", py_bidirectional},
        {"combining", py_combining}, {"east_asian_width", py_east_asian_width}, {"mirrored", py_mirrored},
        {"decomposition", py_decomposition}, {"normalize", py_normalize}, {"is_normalized", py_is_normalized},
        {0},
    };
    tr_module_add_functions(m, functions);
    tr_module_add(m, "unidata_version", tr_str_from_cstr(tr_ud_version));
    return m;
}
