/* obj_str.c — immutable UTF-8 strings: construction and interning, CPython's repr,
 * code-point indexing and slicing (O(1) for ASCII, a UTF-8 walk otherwise), and the
 * str methods.  Invariant: data is valid UTF-8 and NUL-terminated; nchars counts code
 * points; ascii == (len == nchars). */
#include "tr.h"
#include "seq.h"
#include <locale.h>
#include <wctype.h>

/* ---------------------------------------------------------------- construction */

static TrValue str_alloc(TrType *type, size_t len) {
    TrStr *s = (TrStr *)tr_object_alloc(type, sizeof(TrStr) + len + 1);
    s->len = len;
    s->hash = -1;
    return (TrValue)s;
}

static void str_measure(TrStr *s) {
    size_t n = 0;
    for (size_t i = 0; i < s->len; i++) n += ((unsigned char)s->data[i] & 0xc0) != 0x80;
    s->nchars = n;
    s->ascii = n == s->len;
}

TrValue tr_str_new(const char *utf8, size_t len) {
    TrValue v = str_alloc(&tr_str_type, len);
    memcpy(TR_STR(v)->data, utf8, len);
    TR_STR(v)->data[len] = 0;
    str_measure(TR_STR(v));
    return v;
}

TrValue tr_str_from_cstr(const char *s) { return tr_str_new(s, strlen(s)); }

int tr_str_check(TrValue v) { return !TR_IS_SMALL(v) && (v->type->flags & TR_TF_STR_SUBCLASS); }

int64_t tr_str_hash(TrValue sv) {
    TrStr *s = TR_STR(sv);
    if (s->hash != -1) return s->hash;
    uint64_t h = 14695981039346656037ULL; /* FNV-1a, then a final mix */
    for (size_t i = 0; i < s->len; i++) h = (h ^ (unsigned char)s->data[i]) * 1099511628211ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    int64_t r = (int64_t)(h >> 1);
    s->hash = r == -1 ? -2 : r;
    return s->hash;
}

int tr_str_eq(TrValue a, TrValue b) {
    if (a == b) return 1;
    TrStr *x = TR_STR(a), *y = TR_STR(b);
    return x->len == y->len && memcmp(x->data, y->data, x->len) == 0;
}

int tr_str_eq_cstr(TrValue a, const char *s) {
    size_t n = strlen(s);
    return TR_STR(a)->len == n && memcmp(TR_STR(a)->data, s, n) == 0;
}

/* The intern table: open addressing over interned strings. */
static TrValue *intern_table;
static size_t intern_mask, intern_used;

TrValue tr_str_intern(const char *s) {
    size_t n = strlen(s);
    if (!intern_table) {
        intern_mask = 1023;
        intern_table = tr_alloc(sizeof(TrValue) * (intern_mask + 1));
        tr_add_roots(&intern_table, sizeof intern_table);
    }
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    size_t i = h & intern_mask;
    while (intern_table[i]) {
        if (tr_str_eq_cstr(intern_table[i], s)) return intern_table[i];
        i = (i + 1) & intern_mask;
    }
    TrValue v = tr_str_new(s, n);
    TR_STR(v)->interned = 1;
    intern_table[i] = v;
    if (++intern_used * 2 > intern_mask) {
        TrValue *old = intern_table;
        size_t oldsize = intern_mask + 1;
        intern_mask = intern_mask * 2 + 1;
        intern_table = tr_alloc(sizeof(TrValue) * (intern_mask + 1));
        for (size_t k = 0; k < oldsize; k++) {
            if (!old[k]) continue;
            uint64_t hh = 14695981039346656037ULL;
            for (size_t j = 0; j < TR_STR(old[k])->len; j++) hh = (hh ^ (unsigned char)TR_STR(old[k])->data[j]) * 1099511628211ULL;
            size_t p = hh & intern_mask;
            while (intern_table[p]) p = (p + 1) & intern_mask;
            intern_table[p] = old[k];
        }
    }
    return v;
}

/* printf with %R (repr), %S (str), %T (type name) of TrValue arguments. */
TrValue tr_str_vfmt(const char *fmt, va_list ap) {
    TrBuf b;
    tr_buf_init(&b);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { tr_buf_addc(&b, *p); continue; }
        const char *start = p++;
        while (*p && strchr("-+ #0123456789.", *p)) p++;
        while (*p == 'l' || *p == 'z' || *p == 'h' || *p == 'j') p++;
        char conv = *p;
        char spec[32];
        size_t sl = (size_t)(p - start + 1) < sizeof spec - 1 ? (size_t)(p - start + 1) : sizeof spec - 1;
        memcpy(spec, start, sl);
        spec[sl] = 0;
        switch (conv) {
        case 'R': if (tr_buf_add_repr(&b, va_arg(ap, TrValue)) < 0) return 0; break;
        case 'S': if (tr_buf_add_str(&b, va_arg(ap, TrValue)) < 0) return 0; break;
        case 'T': tr_buf_adds(&b, TR_TYPE_NAME(va_arg(ap, TrValue))); break;
        case '%': tr_buf_addc(&b, '%'); break;
        case 's': tr_buf_printf(&b, spec, va_arg(ap, const char *)); break;
        case 'c': tr_buf_printf(&b, spec, va_arg(ap, int)); break;
        case 'p': tr_buf_printf(&b, spec, va_arg(ap, void *)); break;
        case 'f': case 'g': case 'e': tr_buf_printf(&b, spec, va_arg(ap, double)); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (strstr(spec, "ll") || strchr(spec, 'j')) tr_buf_printf(&b, spec, va_arg(ap, long long));
            else if (strchr(spec, 'l')) tr_buf_printf(&b, spec, va_arg(ap, long));
            else if (strchr(spec, 'z')) tr_buf_printf(&b, spec, va_arg(ap, size_t));
            else tr_buf_printf(&b, spec, va_arg(ap, int));
            break;
        default: tr_buf_adds(&b, spec); break;
        }
    }
    return tr_buf_finish(&b);
}

TrValue tr_str_fmt(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TrValue r = tr_str_vfmt(fmt, ap);
    va_end(ap);
    return r;
}

TrValue tr_str_concat(TrValue a, TrValue b) {
    TrStr *x = TR_STR(a), *y = TR_STR(b);
    if (!x->len && TR_TYPE(b) == &tr_str_type) return b;
    if (!y->len && TR_TYPE(a) == &tr_str_type) return a;
    TrValue r = str_alloc(&tr_str_type, x->len + y->len);
    memcpy(TR_STR(r)->data, x->data, x->len);
    memcpy(TR_STR(r)->data + x->len, y->data, y->len);
    TR_STR(r)->data[x->len + y->len] = 0;
    TR_STR(r)->nchars = x->nchars + y->nchars;
    TR_STR(r)->ascii = x->ascii && y->ascii;
    return r;
}

TrValue tr_str_join_n(TrValue *parts, size_t n) {
    size_t len = 0;
    for (size_t i = 0; i < n; i++) len += TR_STR(parts[i])->len;
    TrValue r = str_alloc(&tr_str_type, len);
    char *p = TR_STR(r)->data;
    for (size_t i = 0; i < n; i++) {
        memcpy(p, TR_STR(parts[i])->data, TR_STR(parts[i])->len);
        p += TR_STR(parts[i])->len;
    }
    *p = 0;
    str_measure(TR_STR(r));
    return r;
}

/* ---------------------------------------------------------------- code points */

/* Byte offset of code point i (0 <= i <= nchars). */
static size_t offset_of(TrStr *s, size_t i) {
    if (s->ascii) return i;
    size_t off = 0;
    while (i--) {
        unsigned char c = (unsigned char)s->data[off];
        off += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    }
    return off;
}

static TrValue one_char[128];

static TrValue char_at(TrStr *s, size_t i) {
    size_t off = offset_of(s, i);
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80) {
        if (!one_char[c]) one_char[c] = tr_str_new((char *)&c, 1);
        return one_char[c];
    }
    uint32_t cp;
    size_t n = tr_utf8_decode(s->data + off, &cp);
    return tr_str_new(s->data + off, n);
}

TrValue tr_str_getitem_index(TrValue sv, int64_t i) {
    TrStr *s = TR_STR(sv);
    if (i < 0) i += (int64_t)s->nchars;
    if (i < 0 || i >= (int64_t)s->nchars) return tr_err(TR_EXC_TYPE(IndexError), "string index out of range");
    return char_at(s, (size_t)i);
}

/* Decode to code points (for case mapping and slicing with steps). */
static uint32_t *to_codepoints(TrStr *s) {
    uint32_t *cps = tr_alloc_atomic(sizeof(uint32_t) * (s->nchars + 1));
    size_t k = 0;
    for (size_t off = 0; off < s->len; k++) off += tr_utf8_decode(s->data + off, &cps[k]);
    return cps;
}

static TrValue from_codepoints(const uint32_t *cps, size_t n) {
    TrBuf b;
    tr_buf_init(&b);
    char tmp[4];
    for (size_t i = 0; i < n; i++) tr_buf_add(&b, tmp, tr_utf8_encode(cps[i], tmp));
    return tr_buf_finish(&b);
}

/* ---------------------------------------------------------------- slots */

static TrValue str_repr(TrValue self) {
    TrStr *s = TR_STR(self);
    bool has_sq = memchr(s->data, '\'', s->len) != NULL, has_dq = memchr(s->data, '"', s->len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_addc(&b, q);
    for (size_t off = 0; off < s->len;) {
        uint32_t c;
        size_t n = tr_utf8_decode(s->data + off, &c);
        if (c == (uint32_t)q || c == '\\') { tr_buf_addc(&b, '\\'); tr_buf_addc(&b, (char)c); }
        else if (c == '\n') tr_buf_adds(&b, "\\n");
        else if (c == '\r') tr_buf_adds(&b, "\\r");
        else if (c == '\t') tr_buf_adds(&b, "\\t");
        else if (c < 32 || c == 127) tr_buf_printf(&b, "\\x%02x", c);
        else if (c >= 128 && (c < 0xa0 || c == 0xad || !iswprint((wint_t)c))) {
            if (c < 256) tr_buf_printf(&b, "\\x%02x", c);
            else if (c < 65536) tr_buf_printf(&b, "\\u%04x", c);
            else tr_buf_printf(&b, "\\U%08x", c);
        } else tr_buf_add(&b, s->data + off, n);
        off += n;
    }
    tr_buf_addc(&b, q);
    return tr_buf_finish(&b);
}

static TrValue str_str(TrValue self) {
    if (TR_TYPE(self) == &tr_str_type) return self;
    return tr_str_new(TR_STR(self)->data, TR_STR(self)->len);
}

static int64_t str_hash_slot(TrValue self) { return tr_str_hash(self); }

static TrValue str_richcompare(TrValue a, TrValue b, int op) {
    if (!tr_str_check(b)) return tr_NotImplemented;
    TrStr *x = TR_STR(a), *y = TR_STR(b);
    if (op == TR_EQ || op == TR_NE) {
        int eq = tr_str_eq(a, b);
        return tr_bool(op == TR_EQ ? eq : !eq);
    }
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case TR_LT: return tr_bool(c < 0);
    case TR_LE: return tr_bool(c <= 0);
    case TR_GT: return tr_bool(c > 0);
    default: return tr_bool(c >= 0);
    }
}

static intptr_t str_len(TrValue self) { return (intptr_t)TR_STR(self)->nchars; }
static int str_truth(TrValue self) { return TR_STR(self)->len != 0; }

static TrValue str_getitem(TrValue self, TrValue key) {
    TrStr *s = TR_STR(self);
    if (TR_IS_SMALL(key)) return tr_str_getitem_index(self, TR_SMALL_VAL(key));
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n;
        if (tr_slice_indices(key, s->nchars, &start, &stop, &step, &n) < 0) return 0;
        if (n <= 0) return tr_str_new("", 0);
        if (step == 1) {
            size_t a = offset_of(s, (size_t)start), b = a + (s->ascii ? (size_t)n : offset_of(s, (size_t)stop) - a);
            if (!s->ascii) b = offset_of(s, (size_t)stop);
            return tr_str_new(s->data + a, b - a);
        }
        if (s->ascii) {
            TrValue r = str_alloc(&tr_str_type, (size_t)n);
            for (int64_t k = 0; k < n; k++) TR_STR(r)->data[k] = s->data[start + k * step];
            TR_STR(r)->data[n] = 0;
            TR_STR(r)->nchars = (size_t)n;
            TR_STR(r)->ascii = 1;
            return r;
        }
        uint32_t *cps = to_codepoints(s), *out = tr_alloc_atomic(sizeof(uint32_t) * (size_t)n);
        for (int64_t k = 0; k < n; k++) out[k] = cps[start + k * step];
        return from_codepoints(out, (size_t)n);
    }
    if (!tr_int_check(key) && !TR_TYPE(key)->index)
        return tr_err(TR_EXC_TYPE(TypeError), "string indices must be integers, not '%s'", TR_TYPE_NAME(key));
    int64_t i;
    if (tr_index(key, &i) < 0) return 0;
    return tr_str_getitem_index(self, i);
}

static const char *find_bytes(const char *hay, size_t hn, const char *needle, size_t nn) {
    if (nn == 0) return hay;
    if (nn > hn) return NULL;
    return memmem(hay, hn, needle, nn);
}

static int str_contains(TrValue self, TrValue item) {
    if (!tr_str_check(item)) {
        tr_err(TR_EXC_TYPE(TypeError), "'in <string>' requires string as left operand, not %s", TR_TYPE_NAME(item));
        return -1;
    }
    return find_bytes(TR_STR(self)->data, TR_STR(self)->len, TR_STR(item)->data, TR_STR(item)->len) != NULL;
}

typedef struct StrIter { TrObject ob; TrValue s; size_t off; } StrIter;
static TrValue self_iter(TrValue self) { return self; }
static TrValue str_iter_next(TrValue self) {
    StrIter *it = (StrIter *)self;
    TrStr *s = TR_STR(it->s);
    if (it->off >= s->len) return 0;
    unsigned char c = (unsigned char)s->data[it->off];
    if (c < 0x80) {
        it->off++;
        if (!one_char[c]) one_char[c] = tr_str_new((char *)&c, 1);
        return one_char[c];
    }
    uint32_t cp;
    size_t n = tr_utf8_decode(s->data + it->off, &cp);
    TrValue r = tr_str_new(s->data + it->off, n);
    it->off += n;
    return r;
}
static TrType str_iter_type = {.ob = {&tr_type_type}, .name = "str_ascii_iterator", .basicsize = sizeof(StrIter),
                               .iter = self_iter, .next = str_iter_next};
static TrValue str_iter(TrValue self) {
    StrIter *it = (StrIter *)tr_object_alloc(&str_iter_type, sizeof(StrIter));
    it->s = self;
    return (TrValue)it;
}

static TrValue str_add(TrValue a, TrValue b) {
    if (!tr_str_check(a)) return tr_NotImplemented;
    if (!tr_str_check(b))
        return tr_err(TR_EXC_TYPE(TypeError), "can only concatenate str (not \"%s\") to str", TR_TYPE_NAME(b));
    return tr_str_concat(a, b);
}

static TrValue str_mul(TrValue a, TrValue b) {
    TrValue s = tr_str_check(a) ? a : b, n = s == a ? b : a;
    if (!tr_int_check(n) && !TR_TYPE(n)->index) {
        if (TR_TYPE(n)->flags & TR_TF_HEAPTYPE) return tr_NotImplemented; /* its __rmul__ may apply */
        return tr_err(TR_EXC_TYPE(TypeError), "can't multiply sequence by non-int of type '%s'", TR_TYPE_NAME(n));
    }
    int64_t k;
    if (tr_index(n, &k) < 0) return 0;
    if (k <= 0) return tr_str_new("", 0);
    TrStr *x = TR_STR(s);
    if ((uint64_t)k * x->len > ((uint64_t)1 << 40)) return tr_err(TR_EXC_TYPE(MemoryError), "");
    TrValue r = str_alloc(&tr_str_type, x->len * (size_t)k);
    for (int64_t i = 0; i < k; i++) memcpy(TR_STR(r)->data + i * x->len, x->data, x->len);
    TR_STR(r)->data[x->len * k] = 0;
    TR_STR(r)->nchars = x->nchars * (size_t)k;
    TR_STR(r)->ascii = x->ascii;
    return r;
}

static TrValue str_mod(TrValue a, TrValue b) {
    if (!tr_str_check(a)) return tr_NotImplemented;
    return tr_str_percent(a, b);
}

static TrValue str_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"object", "encoding", "errors", NULL};
    TrValue a[3];
    if (tr_parse_args("str", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue r;
    if (!a[0]) r = tr_str_new("", 0);
    else if (a[1] || a[2]) {
        if (!tr_bytes_check(a[0]) && !tr_isinstance_type(a[0], &tr_bytearray_type))
            return tr_err(TR_EXC_TYPE(TypeError), "decoding str is not supported");
        r = tr_call_method_cstr(a[0], "decode", a[2] ? 2 : 1, a[1] ? a[1] : tr_str_from_cstr("utf-8"), a[2]);
    } else r = tr_str(a[0]);
    if (!r || type == &tr_str_type) return r;
    TrValue sub = str_alloc(type, TR_STR(r)->len);
    memcpy(TR_STR(sub)->data, TR_STR(r)->data, TR_STR(r)->len + 1);
    str_measure(TR_STR(sub));
    return sub;
}

/* ---------------------------------------------------------------- methods */

#define S TR_STR(args[0])

static int need_str(const char *what, TrValue v) {
    if (tr_str_check(v)) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "%s arg must be None or str", what);
    return -1;
}

static TrValue map_chars(TrValue self, uint32_t (*f)(uint32_t, bool *state)) {
    TrStr *s = TR_STR(self);
    uint32_t *cps = to_codepoints(s);
    bool state = false;
    for (size_t i = 0; i < s->nchars; i++) cps[i] = f(cps[i], &state);
    return from_codepoints(cps, s->nchars);
}
static uint32_t up(uint32_t c) { return c < 128 ? (uint32_t)((c >= 'a' && c <= 'z') ? c - 32 : c) : (uint32_t)towupper((wint_t)c); }
static uint32_t low(uint32_t c) { return c < 128 ? (uint32_t)((c >= 'A' && c <= 'Z') ? c + 32 : c) : (uint32_t)towlower((wint_t)c); }
static bool is_alpha(uint32_t c) { return c < 128 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : iswalpha((wint_t)c); }
static bool is_digit(uint32_t c) { return c < 128 ? (c >= '0' && c <= '9') : iswdigit((wint_t)c); }
static bool is_space(uint32_t c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ||
           (c >= 128 && iswspace((wint_t)c));
}
static bool is_upper(uint32_t c) { return low(c) != c; }
static bool is_lower(uint32_t c) { return up(c) != c; }

static uint32_t f_upper(uint32_t c, bool *st) { return up(c); }
static uint32_t f_lower(uint32_t c, bool *st) { return low(c); }
static uint32_t f_swap(uint32_t c, bool *st) { return is_upper(c) ? low(c) : is_lower(c) ? up(c) : c; }
static uint32_t f_title(uint32_t c, bool *prev_cased) {
    uint32_t r = *prev_cased ? low(c) : up(c);
    *prev_cased = is_alpha(c);
    return r;
}
static uint32_t f_capitalize(uint32_t c, bool *started) {
    uint32_t r = *started ? low(c) : up(c);
    *started = true;
    return r;
}

static TrValue str_upper(TrValue *args, size_t nargs, TrValue kw) { return map_chars(args[0], f_upper); }
static TrValue str_lower(TrValue *args, size_t nargs, TrValue kw) { return map_chars(args[0], f_lower); }
static TrValue str_swapcase(TrValue *args, size_t nargs, TrValue kw) { return map_chars(args[0], f_swap); }
static TrValue str_title(TrValue *args, size_t nargs, TrValue kw) { return map_chars(args[0], f_title); }
static TrValue str_capitalize(TrValue *args, size_t nargs, TrValue kw) { return map_chars(args[0], f_capitalize); }

static TrValue predicate(TrValue self, bool (*p)(uint32_t), bool empty_result) {
    TrStr *s = TR_STR(self);
    if (!s->len) return tr_bool(empty_result);
    for (size_t off = 0; off < s->len;) {
        uint32_t c;
        off += tr_utf8_decode(s->data + off, &c);
        if (!p(c)) return tr_False;
    }
    return tr_True;
}
static bool p_alnum(uint32_t c) { return is_alpha(c) || is_digit(c); }
static bool p_ascii(uint32_t c) { return c < 128; }
static bool p_printable(uint32_t c) { return c >= 32 && c != 127 && (c < 128 || (c >= 0xa0 && iswprint((wint_t)c))); }
static TrValue str_isalpha(TrValue *a, size_t n, TrValue k) { return predicate(a[0], is_alpha, false); }
static TrValue str_isdigit(TrValue *a, size_t n, TrValue k) { return predicate(a[0], is_digit, false); }
static TrValue str_isalnum(TrValue *a, size_t n, TrValue k) { return predicate(a[0], p_alnum, false); }
static TrValue str_isspace(TrValue *a, size_t n, TrValue k) { return predicate(a[0], is_space, false); }
static TrValue str_isascii(TrValue *a, size_t n, TrValue k) { return predicate(a[0], p_ascii, true); }
static TrValue str_isprintable(TrValue *a, size_t n, TrValue k) { return predicate(a[0], p_printable, true); }

static TrValue cased_check(TrValue self, bool want_upper) {
    TrStr *s = TR_STR(self);
    bool cased = false;
    for (size_t off = 0; off < s->len;) {
        uint32_t c;
        off += tr_utf8_decode(s->data + off, &c);
        if (want_upper ? is_lower(c) : is_upper(c)) return tr_False;
        if (is_lower(c) || is_upper(c)) cased = true;
    }
    return tr_bool(cased);
}
static TrValue str_isupper(TrValue *a, size_t n, TrValue k) { return cased_check(a[0], true); }
static TrValue str_islower(TrValue *a, size_t n, TrValue k) { return cased_check(a[0], false); }

static TrValue str_istitle(TrValue *args, size_t nargs, TrValue kw) {
    TrStr *s = S;
    bool prev_cased = false, any = false;
    for (size_t off = 0; off < s->len;) {
        uint32_t c;
        off += tr_utf8_decode(s->data + off, &c);
        if (is_upper(c)) { if (prev_cased) return tr_False; prev_cased = any = true; }
        else if (is_lower(c)) { if (!prev_cased) return tr_False; prev_cased = any = true; }
        else prev_cased = false;
    }
    return tr_bool(any);
}

static TrValue str_isidentifier(TrValue *args, size_t nargs, TrValue kw) {
    TrStr *s = S;
    if (!s->len) return tr_False;
    size_t i = 0;
    for (size_t off = 0; off < s->len; i++) {
        uint32_t c;
        off += tr_utf8_decode(s->data + off, &c);
        bool ok = c == '_' || is_alpha(c) || (i > 0 && is_digit(c));
        if (!ok) return tr_False;
    }
    return tr_True;
}

/* Resolve optional start/end (code points) to byte offsets. */
static int str_range(TrStr *s, TrValue *args, size_t nargs, size_t first, size_t *b0, size_t *b1) {
    int64_t start = 0, end = (int64_t)s->nchars, n = (int64_t)s->nchars;
    if (nargs > first && args[first] != tr_None && tr_index(args[first], &start) < 0) return -1;
    if (nargs > first + 1 && args[first + 1] != tr_None && tr_index(args[first + 1], &end) < 0) return -1;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (end < 0) { end += n; if (end < 0) end = 0; }
    if (end > n) end = n;
    if (start > n) { *b0 = s->len + 1; *b1 = s->len; return 0; }
    if (end < start) end = start;
    *b0 = offset_of(s, (size_t)start);
    *b1 = offset_of(s, (size_t)end);
    return 0;
}

/* byte offset -> code point index */
static int64_t char_index(TrStr *s, size_t off) {
    if (s->ascii) return (int64_t)off;
    int64_t n = 0;
    for (size_t i = 0; i < off; i++) n += ((unsigned char)s->data[i] & 0xc0) != 0x80;
    return n;
}

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static TrValue search(TrValue *args, size_t nargs, int mode) {
    static const char *const names[] = {"find", "rfind", "index", "rindex", "count"};
    if (tr_check_nargs(names[mode], nargs - 1, 1, 3) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "must be str, not %s", TR_TYPE_NAME(args[1]));
    TrStr *s = S, *sub = TR_STR(args[1]);
    size_t b0, b1;
    if (str_range(s, args, nargs, 2, &b0, &b1) < 0) return 0;
    if (b0 > b1) return mode == COUNT ? TR_FROM_SMALL(0) : mode >= INDEX ? tr_err(TR_EXC_TYPE(ValueError), "substring not found") : TR_FROM_SMALL(-1);
    const char *hay = s->data + b0;
    size_t hn = b1 - b0;
    if (mode == COUNT) {
        if (!sub->len) return tr_int_from_i64(char_index(s, b1) - char_index(s, b0) + 1);
        int64_t c = 0;
        for (const char *p = hay; (p = find_bytes(p, (size_t)(hay + hn - p), sub->data, sub->len)); p += sub->len) c++;
        return tr_int_from_i64(c);
    }
    const char *found = NULL;
    if (mode == FIND || mode == INDEX) found = find_bytes(hay, hn, sub->data, sub->len);
    else {
        for (size_t i = hn + 1; i-- > 0;)
            if (i + sub->len <= hn && memcmp(hay + i, sub->data, sub->len) == 0) { found = hay + i; break; }
    }
    if (!found) return mode >= INDEX ? tr_err(TR_EXC_TYPE(ValueError), "substring not found") : TR_FROM_SMALL(-1);
    return tr_int_from_i64(char_index(s, (size_t)(found - s->data)));
}
static TrValue str_find(TrValue *a, size_t n, TrValue k) { return search(a, n, FIND); }
static TrValue str_rfind(TrValue *a, size_t n, TrValue k) { return search(a, n, RFIND); }
static TrValue str_index(TrValue *a, size_t n, TrValue k) { return search(a, n, INDEX); }
static TrValue str_rindex(TrValue *a, size_t n, TrValue k) { return search(a, n, RINDEX); }
static TrValue str_count(TrValue *a, size_t n, TrValue k) { return search(a, n, COUNT); }

static TrValue affix_match(TrValue *args, size_t nargs, bool end) {
    const char *name = end ? "endswith" : "startswith";
    if (tr_check_nargs(name, nargs - 1, 1, 3) < 0) return 0;
    TrStr *s = S;
    size_t b0, b1;
    if (str_range(s, args, nargs, 2, &b0, &b1) < 0) return 0;
    TrValue pats = args[1];
    size_t np = tr_tuple_check(pats) ? TR_TUPLE(pats)->len : 1;
    for (size_t i = 0; i < np; i++) {
        TrValue p = tr_tuple_check(pats) ? TR_TUPLE(pats)->items[i] : pats;
        if (!tr_str_check(p)) {
            if (tr_tuple_check(pats)) return tr_err(TR_EXC_TYPE(TypeError), "tuple for %s must only contain str, not %s", name, TR_TYPE_NAME(p));
            return tr_err(TR_EXC_TYPE(TypeError), "%s first arg must be str or a tuple of str, not %s", name, TR_TYPE_NAME(p));
        }
        TrStr *ps = TR_STR(p);
        if (b0 > b1 || ps->len > b1 - b0) continue;
        const char *at = end ? s->data + b1 - ps->len : s->data + b0;
        if (memcmp(at, ps->data, ps->len) == 0) return tr_True;
    }
    return tr_False;
}
static TrValue str_startswith(TrValue *a, size_t n, TrValue k) { return affix_match(a, n, false); }
static TrValue str_endswith(TrValue *a, size_t n, TrValue k) { return affix_match(a, n, true); }

static bool in_set(const uint32_t *set, size_t n, uint32_t c) {
    for (size_t k = 0; k < n; k++)
        if (set[k] == c) return true;
    return false;
}

/* strip family: chars None = whitespace */
static TrValue strip(TrValue *args, size_t nargs, bool left, bool right, const char *name) {
    if (tr_check_nargs(name, nargs - 1, 0, 1) < 0) return 0;
    TrStr *s = S;
    TrValue chars = nargs > 1 && args[1] != tr_None ? args[1] : 0;
    if (chars && need_str(name, chars) < 0) return 0;
    uint32_t *cs = chars ? to_codepoints(TR_STR(chars)) : NULL;
    size_t ncs = chars ? TR_STR(chars)->nchars : 0;
    uint32_t *cps = to_codepoints(s);
    size_t a = 0, b = s->nchars;
    while (left && a < b && (chars ? in_set(cs, ncs, cps[a]) : is_space(cps[a]))) a++;
    while (right && b > a && (chars ? in_set(cs, ncs, cps[b - 1]) : is_space(cps[b - 1]))) b--;
    size_t o0 = offset_of(s, a), o1 = offset_of(s, b);
    return tr_str_new(s->data + o0, o1 - o0);
}
static TrValue str_strip(TrValue *a, size_t n, TrValue k) { return strip(a, n, true, true, "strip"); }
static TrValue str_lstrip(TrValue *a, size_t n, TrValue k) { return strip(a, n, true, false, "lstrip"); }
static TrValue str_rstrip(TrValue *a, size_t n, TrValue k) { return strip(a, n, false, true, "rstrip"); }

static TrValue split_impl(TrValue *args, size_t nargs, TrValue kwnames, bool from_right) {
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    TrValue a[2];
    if (tr_parse_args(from_right ? "rsplit" : "split", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    TrStr *s = S;
    int64_t maxsplit = -1;
    if (a[1] && tr_index(a[1], &maxsplit) < 0) return 0;
    TrValue out = tr_list_new(0);
    if (!a[0] || a[0] == tr_None) {
        uint32_t *cps = to_codepoints(s);
        size_t n = s->nchars;
        if (!from_right) {
            size_t i = 0;
            while (i < n) {
                while (i < n && is_space(cps[i])) i++;
                if (i >= n) break;
                size_t j = i;
                if (maxsplit >= 0 && (int64_t)TR_LIST(out)->len >= maxsplit) j = n;
                else while (j < n && !is_space(cps[j])) j++;
                tr_list_append(out, from_codepoints(cps + i, j - i));
                i = j;
            }
        } else {
            size_t i = n;
            while (i > 0) {
                while (i > 0 && is_space(cps[i - 1])) i--;
                if (!i) break;
                size_t j = i;
                if (maxsplit >= 0 && (int64_t)TR_LIST(out)->len >= maxsplit) j = 0;
                else while (j > 0 && !is_space(cps[j - 1])) j--;
                tr_list_append(out, from_codepoints(cps + j, i - j));
                i = j;
            }
            /* collected right to left */
            TrList *l = TR_LIST(out);
            for (size_t k = 0; k < l->len / 2; k++) {
                TrValue t = l->items[k];
                l->items[k] = l->items[l->len - 1 - k];
                l->items[l->len - 1 - k] = t;
            }
        }
        return out;
    }
    if (need_str("split", a[0]) < 0) return 0;
    TrStr *sep = TR_STR(a[0]);
    if (!sep->len) return tr_err(TR_EXC_TYPE(ValueError), "empty separator");
    if (!from_right) {
        const char *p = s->data, *end = s->data + s->len, *q;
        while ((maxsplit < 0 || (int64_t)TR_LIST(out)->len < maxsplit) && (q = find_bytes(p, (size_t)(end - p), sep->data, sep->len))) {
            tr_list_append(out, tr_str_new(p, (size_t)(q - p)));
            p = q + sep->len;
        }
        tr_list_append(out, tr_str_new(p, (size_t)(end - p)));
        return out;
    }
    size_t hi = s->len;
    TrValue rev = tr_list_new(0);
    int64_t splits = 0;
    for (size_t i = s->len; i >= sep->len && (maxsplit < 0 || splits < maxsplit);) {
        if (memcmp(s->data + i - sep->len, sep->data, sep->len) == 0) {
            tr_list_append(rev, tr_str_new(s->data + i, hi - i));
            hi = i - sep->len;
            i = hi;
            splits++;
        } else i--;
    }
    tr_list_append(rev, tr_str_new(s->data, hi));
    for (size_t i = TR_LIST(rev)->len; i-- > 0;) tr_list_append(out, TR_LIST(rev)->items[i]);
    return out;
}
static TrValue str_split(TrValue *a, size_t n, TrValue k) { return split_impl(a, n, k, false); }

static TrValue str_rsplit(TrValue *a, size_t n, TrValue k) { return split_impl(a, n, k, true); }

static TrValue str_join(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("join", nargs - 1, 1, 1) < 0) return 0;
    TrValue items = tr_list_from_iterable(args[1]);
    if (!items) return 0;
    TrList *l = TR_LIST(items);
    TrStr *sep = S;
    size_t total = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (!tr_str_check(l->items[i]))
            return tr_err(TR_EXC_TYPE(TypeError), "sequence item %zu: expected str instance, %s found", i, TR_TYPE_NAME(l->items[i]));
        total += TR_STR(l->items[i])->len + (i ? sep->len : 0);
    }
    TrValue r = str_alloc(&tr_str_type, total);
    char *p = TR_STR(r)->data;
    for (size_t i = 0; i < l->len; i++) {
        if (i) { memcpy(p, sep->data, sep->len); p += sep->len; }
        memcpy(p, TR_STR(l->items[i])->data, TR_STR(l->items[i])->len);
        p += TR_STR(l->items[i])->len;
    }
    *p = 0;
    str_measure(TR_STR(r));
    return r;
}

static TrValue str_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("replace", nargs - 1, 2, 3) < 0) return 0;
    if (!tr_str_check(args[1]) || !tr_str_check(args[2]))
        return tr_err(TR_EXC_TYPE(TypeError), "replace() argument %d must be str, not %s", tr_str_check(args[1]) ? 2 : 1,
                      TR_TYPE_NAME(tr_str_check(args[1]) ? args[2] : args[1]));
    int64_t count = -1;
    if (nargs > 3 && tr_index(args[3], &count) < 0) return 0;
    TrStr *s = S, *old = TR_STR(args[1]), *new_ = TR_STR(args[2]);
    TrBuf b;
    tr_buf_init(&b);
    if (!old->len) {
        int64_t done = 0;
        for (size_t off = 0; off <= s->len; done++) {
            if (count < 0 || done < count) tr_buf_add(&b, new_->data, new_->len);
            if (off == s->len) break;
            uint32_t c;
            size_t n = tr_utf8_decode(s->data + off, &c);
            tr_buf_add(&b, s->data + off, n);
            off += n;
        }
        return tr_buf_finish(&b);
    }
    const char *p = s->data, *end = s->data + s->len, *q;
    int64_t done = 0;
    while ((count < 0 || done < count) && (q = find_bytes(p, (size_t)(end - p), old->data, old->len))) {
        tr_buf_add(&b, p, (size_t)(q - p));
        tr_buf_add(&b, new_->data, new_->len);
        p = q + old->len;
        done++;
    }
    tr_buf_add(&b, p, (size_t)(end - p));
    return tr_buf_finish(&b);
}

/* center/ljust/rjust: pad with fillchar to width code points */
static TrValue pad(TrValue *args, size_t nargs, const char *name, int where) {
    if (tr_check_nargs(name, nargs - 1, 1, 2) < 0) return 0;
    int64_t width;
    if (tr_index(args[1], &width) < 0) return 0;
    const char *fill = " ";
    size_t fl = 1;
    if (nargs > 2) {
        if (!tr_str_check(args[2]) || TR_STR(args[2])->nchars != 1)
            return tr_err(TR_EXC_TYPE(TypeError), "The fill character must be exactly one character long");
        fill = TR_STR(args[2])->data;
        fl = TR_STR(args[2])->len;
    }
    TrStr *s = S;
    if (width <= (int64_t)s->nchars) return str_str(args[0]);
    size_t total = (size_t)width - s->nchars, left;
    if (where < 0) left = 0;
    else if (where > 0) left = total;
    else left = total / 2 + (total & (size_t)width & 1);
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < left; i++) tr_buf_add(&b, fill, fl);
    tr_buf_add(&b, s->data, s->len);
    for (size_t i = left; i < total; i++) tr_buf_add(&b, fill, fl);
    return tr_buf_finish(&b);
}
static TrValue str_ljust(TrValue *a, size_t n, TrValue k) { return pad(a, n, "ljust", -1); }
static TrValue str_rjust(TrValue *a, size_t n, TrValue k) { return pad(a, n, "rjust", 1); }
static TrValue str_center(TrValue *a, size_t n, TrValue k) { return pad(a, n, "center", 0); }

static TrValue str_zfill(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("zfill", nargs - 1, 1, 1) < 0) return 0;
    int64_t width;
    if (tr_index(args[1], &width) < 0) return 0;
    TrStr *s = S;
    if (width <= (int64_t)s->nchars) return str_str(args[0]);
    TrBuf b;
    tr_buf_init(&b);
    size_t start = 0;
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) { tr_buf_addc(&b, s->data[0]); start = 1; }
    for (int64_t i = 0; i < width - (int64_t)s->nchars; i++) tr_buf_addc(&b, '0');
    tr_buf_add(&b, s->data + start, s->len - start);
    return tr_buf_finish(&b);
}

static TrValue partition(TrValue *args, size_t nargs, bool right) {
    if (tr_check_nargs(right ? "rpartition" : "partition", nargs - 1, 1, 1) < 0) return 0;
    if (!tr_str_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "must be str, not %s", TR_TYPE_NAME(args[1]));
    TrStr *s = S, *sep = TR_STR(args[1]);
    if (!sep->len) return tr_err(TR_EXC_TYPE(ValueError), "empty separator");
    const char *found = NULL;
    if (!right) found = find_bytes(s->data, s->len, sep->data, sep->len);
    else
        for (size_t i = s->len + 1; i-- > 0;)
            if (i + sep->len <= s->len && !memcmp(s->data + i, sep->data, sep->len)) { found = s->data + i; break; }
    TrValue empty = tr_str_new("", 0);
    if (!found) return right ? tr_tuple_pack(3, empty, empty, args[0]) : tr_tuple_pack(3, args[0], empty, empty);
    size_t at = (size_t)(found - s->data);
    return tr_tuple_pack(3, tr_str_new(s->data, at), args[1], tr_str_new(found + sep->len, s->len - at - sep->len));
}
static TrValue str_partition(TrValue *a, size_t n, TrValue k) { return partition(a, n, false); }
static TrValue str_rpartition(TrValue *a, size_t n, TrValue k) { return partition(a, n, true); }

static TrValue str_splitlines(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"keepends", NULL};
    TrValue a[1];
    if (tr_parse_args("splitlines", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    bool keep = a[0] && tr_truthy(a[0]) == 1;
    TrStr *s = S;
    uint32_t *cps = to_codepoints(s);
    size_t n = s->nchars, i = 0;
    TrValue out = tr_list_new(0);
    while (i < n) {
        size_t j = i;
        while (j < n && !(cps[j] == '\n' || cps[j] == '\r' || cps[j] == 0x0b || cps[j] == 0x0c || cps[j] == 0x1c ||
                          cps[j] == 0x1d || cps[j] == 0x1e || cps[j] == 0x85 || cps[j] == 0x2028 || cps[j] == 0x2029))
            j++;
        size_t eol = j;
        if (j < n) j += (cps[j] == '\r' && j + 1 < n && cps[j + 1] == '\n') ? 2 : 1;
        tr_list_append(out, from_codepoints(cps + i, (keep ? j : eol) - i));
        i = j;
    }
    return out;
}

static TrValue str_expandtabs(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"tabsize", NULL};
    TrValue a[1];
    if (tr_parse_args("expandtabs", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    int64_t tab = 8;
    if (a[0] && tr_index(a[0], &tab) < 0) return 0;
    TrStr *s = S;
    TrBuf b;
    tr_buf_init(&b);
    size_t col = 0;
    for (size_t off = 0; off < s->len;) {
        uint32_t c;
        size_t n = tr_utf8_decode(s->data + off, &c);
        if (c == '\t') {
            if (tab > 0) { size_t sp = (size_t)tab - col % (size_t)tab; for (size_t k = 0; k < sp; k++) tr_buf_addc(&b, ' '); col += sp; }
        } else {
            tr_buf_add(&b, s->data + off, n);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        off += n;
    }
    return tr_buf_finish(&b);
}

static TrValue str_removeprefix(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("removeprefix", nargs - 1, 1, 1) < 0) return 0;
    TrStr *s = S, *p = TR_STR(args[1]);
    if (p->len <= s->len && !memcmp(s->data, p->data, p->len)) return tr_str_new(s->data + p->len, s->len - p->len);
    return str_str(args[0]);
}

static TrValue str_removesuffix(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("removesuffix", nargs - 1, 1, 1) < 0) return 0;
    TrStr *s = S, *p = TR_STR(args[1]);
    if (p->len && p->len <= s->len && !memcmp(s->data + s->len - p->len, p->data, p->len))
        return tr_str_new(s->data, s->len - p->len);
    return str_str(args[0]);
}

static TrValue str_casefold(TrValue *a, size_t n, TrValue k) { return map_chars(a[0], f_lower); }

static TrValue str_encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"encoding", "errors", NULL};
    TrValue a[2];
    if (tr_parse_args("encode", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    TrStr *s = S;
    const char *enc = a[0] ? tr_str_cstr(a[0]) : "utf-8";
    if (!strcasecmp(enc, "utf-8") || !strcasecmp(enc, "utf8")) return tr_bytes_new(s->data, s->len);
    bool ascii = !strcasecmp(enc, "ascii") || !strcasecmp(enc, "us-ascii");
    bool latin = !strcasecmp(enc, "latin-1") || !strcasecmp(enc, "latin1") || !strcasecmp(enc, "iso-8859-1");
    if (!ascii && !latin) return tr_err(TR_EXC_TYPE(LookupError), "unknown encoding: %s", enc);
    const char *errors = a[1] ? tr_str_cstr(a[1]) : "strict";
    TrBuf b;
    tr_buf_init(&b);
    size_t i = 0;
    for (size_t off = 0; off < s->len; i++) {
        uint32_t c;
        off += tr_utf8_decode(s->data + off, &c);
        if (c < (ascii ? 128u : 256u)) tr_buf_addc(&b, (char)c);
        else if (!strcmp(errors, "ignore")) continue;
        else if (!strcmp(errors, "replace")) tr_buf_addc(&b, '?');
        else {
            TrValue ch = char_at(s, i);
            return tr_err(TR_EXC_TYPE(UnicodeEncodeError), "'%s' codec can't encode character %R in position %zu: ordinal not in range(%d)",
                          ascii ? "ascii" : "latin-1", tr_ascii(ch), i, ascii ? 128 : 256);
        }
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

static TrValue str_translate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("translate", nargs - 1, 1, 1) < 0) return 0;
    TrStr *s = S;
    TrBuf b;
    tr_buf_init(&b);
    for (size_t off = 0; off < s->len;) {
        uint32_t c;
        size_t n = tr_utf8_decode(s->data + off, &c);
        TrValue r = tr_getitem(args[1], TR_FROM_SMALL(c));
        if (!r) {
            if (!tr_err_is(TR_EXC_TYPE(LookupError))) return 0;
            tr_err_clear();
            tr_buf_add(&b, s->data + off, n);
        } else if (r == tr_None) {
        } else if (tr_str_check(r)) tr_buf_add(&b, TR_STR(r)->data, TR_STR(r)->len);
        else {
            int64_t cp;
            if (tr_index(r, &cp) < 0) return 0;
            char tmp[4];
            tr_buf_add(&b, tmp, tr_utf8_encode((uint32_t)cp, tmp));
        }
        off += n;
    }
    return tr_buf_finish(&b);
}

static TrValue str_maketrans(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("maketrans", nargs, 1, 3) < 0) return 0;
    TrValue d = tr_dict_new();
    if (nargs == 1) {
        size_t pos = 0;
        TrValue k, v;
        if (!tr_dict_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "if you give only one argument to maketrans it must be a dict");
        while (tr_dict_next(args[0], &pos, &k, &v)) {
            if (tr_str_check(k)) {
                uint32_t cp;
                tr_utf8_decode(TR_STR(k)->data, &cp);
                k = TR_FROM_SMALL(cp);
            }
            tr_dict_set(d, k, v);
        }
        return d;
    }
    TrStr *x = TR_STR(args[0]), *y = TR_STR(args[1]);
    if (x->nchars != y->nchars) return tr_err(TR_EXC_TYPE(ValueError), "the first two maketrans arguments must have equal length");
    uint32_t *xs = to_codepoints(x), *ys = to_codepoints(y);
    for (size_t i = 0; i < x->nchars; i++) tr_dict_set(d, TR_FROM_SMALL(xs[i]), TR_FROM_SMALL(ys[i]));
    if (nargs == 3) {
        TrStr *z = TR_STR(args[2]);
        uint32_t *zs = to_codepoints(z);
        for (size_t i = 0; i < z->nchars; i++) tr_dict_set(d, TR_FROM_SMALL(zs[i]), tr_None);
    }
    return d;
}

static TrValue str_format_m(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue kw = tr_dict_new();
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) tr_dict_set(kw, TR_TUPLE(kwnames)->items[k], args[nargs + k]);
    return tr_str_format(args[0], tr_tuple_from(args + 1, nargs - 1), kw);
}

static TrValue str_format_map(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("format_map", nargs - 1, 1, 1) < 0) return 0;
    return tr_str_format(args[0], tr_empty_tuple, args[1]);
}

static TrValue str_dunder_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__format__", nargs - 1, 1, 1) < 0) return 0;
    return tr_format_str(args[0], args[1]);
}

static TrValue str_isdecimal(TrValue *a, size_t n, TrValue k) { return predicate(a[0], is_digit, false); }
static TrValue str_isnumeric(TrValue *a, size_t n, TrValue k) { return predicate(a[0], is_digit, false); }
static TrValue str_getnewargs(TrValue *a, size_t n, TrValue k) { return tr_tuple_pack(1, str_str(a[0])); }

static const TrMethodDef str_methods[] = {
    {"upper", str_upper}, {"lower", str_lower}, {"swapcase", str_swapcase}, {"title", str_title},
    {"capitalize", str_capitalize}, {"casefold", str_casefold}, {"isalpha", str_isalpha}, {"isdigit", str_isdigit},
    {"isalnum", str_isalnum}, {"isspace", str_isspace}, {"isascii", str_isascii}, {"isprintable", str_isprintable},
    {"isupper", str_isupper}, {"islower", str_islower}, {"istitle", str_istitle}, {"isidentifier", str_isidentifier},
    {"isdecimal", str_isdecimal}, {"isnumeric", str_isnumeric}, {"find", str_find}, {"rfind", str_rfind},
    {"index", str_index}, {"rindex", str_rindex}, {"count", str_count}, {"startswith", str_startswith},
    {"endswith", str_endswith}, {"strip", str_strip}, {"lstrip", str_lstrip}, {"rstrip", str_rstrip},
    {"split", str_split}, {"rsplit", str_rsplit}, {"join", str_join}, {"replace", str_replace},
    {"ljust", str_ljust}, {"rjust", str_rjust}, {"center", str_center}, {"zfill", str_zfill},
    {"partition", str_partition}, {"rpartition", str_rpartition}, {"splitlines", str_splitlines},
    {"expandtabs", str_expandtabs}, {"removeprefix", str_removeprefix}, {"removesuffix", str_removesuffix},
    {"encode", str_encode}, {"translate", str_translate}, {"maketrans", str_maketrans, TR_METH_STATIC},
    {"format", str_format_m}, {"format_map", str_format_map}, {"__format__", str_dunder_format},
    {"__getnewargs__", str_getnewargs},
    {0},
};

TrType tr_str_type = {
    .ob = {&tr_type_type}, .name = "str", .flags = TR_TF_BASETYPE | TR_TF_STR_SUBCLASS | TR_TF_ATOMIC,
    .basicsize = sizeof(TrStr), .repr = str_repr, .str = str_str, .hash = str_hash_slot,
    .richcompare = str_richcompare, .len = str_len, .truth = str_truth, .getitem = str_getitem,
    .contains = str_contains, .iter = str_iter, .nb = {[TR_ADD] = str_add, [TR_MUL] = str_mul, [TR_MOD] = str_mod},
    .new_ = str_new,
};

void tr_init_str(void) {
    setlocale(LC_CTYPE, "C.UTF-8");
    tr_add_roots(one_char, sizeof one_char);
    tr_type_ready(&tr_str_type);
    tr_type_ready(&str_iter_type);
}

void tr_init_str_methods(void) { tr_type_add_methods(&tr_str_type, str_methods); }
