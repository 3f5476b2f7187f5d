/* obj_str.c — the str type: immutable UTF-8 strings (construction, interning, hashing,
 * tr_str_fmt), CPython's repr, indexing and slicing, the type's slots, and the str-only
 * methods (the methods shared with bytes are in strbase.c).
 * Invariants: data is valid UTF-8 (lone surrogates encoded as 3 bytes) and NUL-
 * terminated; ascii == (len == nchars).  A non-ASCII string of more than INDEX_STEP
 * code points carries, after its data, the byte offsets of code points INDEX_STEP,
 * 2*INDEX_STEP, ... so indexing walks at most INDEX_STEP code points. */
#include "strbase.h"
#include "seq.h"
#include "unicode_db.h"
#include <stddef.h>

#define INDEX_STEP 64

/* ---------------------------------------------------------------- layout */

static size_t index_entries(size_t len, size_t nchars) {
    return nchars == len || nchars <= INDEX_STEP ? 0 : (nchars - 1) / INDEX_STEP;
}

static size_t data_end(size_t len) { return (offsetof(TrStr, data) + len + 1 + 7) & ~(size_t)7; }

static size_t *index_of(TrStr *s) { return (size_t *)((char *)s + data_end(s->len)); }

/* A string of len bytes, its data to be filled in by the caller, in an allocation with
 * room for cap (> len for ASCII strings only: the code point index of others follows
 * their data).  An exact str skips tr_object_alloc's zeroing of the whole object: its
 * fields are all set here; only the padding needs zeroes. */
static TrValue str_alloc_room(TrType *type, size_t len, size_t nchars, size_t cap) {
    size_t end = data_end(len), size = data_end(cap) + sizeof(size_t) * index_entries(len, nchars);
    TrStr *s;
    if (type == &tr_str_type) {
        s = tr_alloc_atomic_exact(size); /* data[len] is the NUL: a pointer past the bytes is inside */
        s->ob.type = type;
        s->interned = 0;
        s->dict = 0;
        memset((char *)s + end - 8, 0, 8); /* the last word of data: NUL and padding */
    } else {
        s = (TrStr *)tr_object_alloc(type, size);
    }
    s->len = len;
    s->nchars = nchars;
    s->ascii = len == nchars;
    s->hash = -1;
    return (TrValue)s;
}

static TrValue str_alloc(TrType *type, size_t len, size_t nchars) { return str_alloc_room(type, len, nchars, len); }

/* Terminate and build the code point index once data is filled in. */
TrValue tr_str_seal(TrValue v) {
    TrStr *s = TR_STR(v);
    s->data[s->len] = 0;
    size_t n = index_entries(s->len, s->nchars);
    if (!n) return v;
    size_t *idx = index_of(s), chars = 0, k = 0;
    for (size_t off = 0; off < s->len && k < n; off++) {
        if (((unsigned char)s->data[off] & 0xc0) == 0x80) continue;
        if (chars && chars % INDEX_STEP == 0) idx[k++] = off;
        chars++;
    }
    return v;
}

TrValue tr_str_alloc(size_t len, size_t nchars) { return str_alloc(&tr_str_type, len, nchars); }

/* Code points in UTF-8 bytes: the bytes that are not continuation bytes. */
static size_t count_code_points(const char *p, size_t len) {
    size_t cont = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) cont += (size_t)__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ULL);
    }
    for (; i < len; i++) cont += ((unsigned char)p[i] & 0xc0) == 0x80;
    return len - cont;
}

static TrValue empty_str, one_char[128]; /* shared "" and 1-character ASCII strings */

TrValue tr_str_new_ascii(const char *p, size_t len) {
    if (len <= 1) {
        TrValue *slot = len ? &one_char[(unsigned char)p[0]] : &empty_str;
        if (!*slot) {
            *slot = str_alloc(&tr_str_type, len, len);
            memcpy(TR_STR(*slot)->data, p, len);
        }
        return *slot;
    }
    TrValue v = str_alloc(&tr_str_type, len, len);
    memcpy(TR_STR(v)->data, p, len);
    return v;
}

TrValue tr_str_new(const char *utf8, size_t len) {
    size_t n = count_code_points(utf8, len);
    if (n == len) return tr_str_new_ascii(utf8, len);
    TrValue v = str_alloc(&tr_str_type, len, n);
    memcpy(TR_STR(v)->data, utf8, len);
    return tr_str_seal(v);
}

/* The str made in place from memory of `size` bytes (atomic, from tr_alloc_atomic)
 * whose bytes from offsetof(TrStr, data) are len bytes of valid UTF-8; NULL, the memory
 * untouched, when the padding and code point index do not fit in it. */
TrValue tr_str_adopt(void *mem, size_t size, size_t len) {
    TrStr *s = mem;
    size_t nchars = count_code_points(s->data, len);
    if (data_end(len) + sizeof(size_t) * index_entries(len, nchars) > size) return 0;
    s->ob.type = &tr_str_type;
    s->interned = 0;
    s->dict = 0;
    s->len = len;
    s->nchars = nchars;
    s->ascii = len == nchars;
    s->hash = -1;
    memset(s->data + len, 0, data_end(len) - offsetof(TrStr, data) - len); /* NUL, padding */
    return tr_str_seal((TrValue)s);
}

TrValue tr_str_from_cstr(const char *s) { return tr_str_new(s, strlen(s)); }

int tr_str_check(TrValue v) { return !TR_IS_SMALL(v) && (v->type->flags & TR_TF_STR_SUBCLASS); }

/* ---------------------------------------------------------------- code points */

static size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4; }

size_t tr_str_offset(TrValue v, size_t i) {
    TrStr *s = TR_STR(v);
    if (s->ascii) return i;
    if (i >= s->nchars) return s->len;
    size_t k = i / INDEX_STEP, off = 0, rest = i;
    if (k && index_entries(s->len, s->nchars)) {
        off = index_of(s)[k - 1];
        rest = i - k * INDEX_STEP;
    }
    for (; rest; rest--) off += utf8_len((unsigned char)s->data[off]);
    return off;
}

size_t tr_str_index_at(TrValue v, size_t off) {
    TrStr *s = TR_STR(v);
    if (s->ascii) return off;
    size_t n = index_entries(s->len, s->nchars), lo = 0, hi = n, from = 0, chars = 0;
    size_t *idx = index_of(s);
    while (lo < hi) { /* the last sample at or before off */
        size_t mid = (lo + hi) / 2;
        if (idx[mid] <= off) lo = mid + 1;
        else hi = mid;
    }
    if (lo) { from = idx[lo - 1]; chars = lo * INDEX_STEP; }
    return chars + count_code_points(s->data + from, off - from);
}

TrValue tr_str_getitem_index(TrValue v, int64_t i) {
    TrStr *s = TR_STR(v);
    if (i < 0) i += (int64_t)s->nchars;
    if (i < 0 || i >= (int64_t)s->nchars) return tr_err(TR_EXC_TYPE(IndexError), "string index out of range");
    size_t off = tr_str_offset(v, (size_t)i);
    unsigned char c = (unsigned char)s->data[off];
    return c < 0x80 ? tr_str_new_ascii(s->data + off, 1) : tr_str_new(s->data + off, utf8_len(c));
}

/* ---------------------------------------------------------------- basics */

int64_t tr_str_hash(TrValue sv) {
    TrStr *s = TR_STR(sv);
    if (s->hash == -1) s->hash = (int64_t)tr_hash_padded_bytes(s->data, s->len);
    return s->hash;
}

int tr_str_eq(TrValue a, TrValue b) {
    if (a == b) return 1;
    TrStr *x = TR_STR(a), *y = TR_STR(b);
    if (x->len != y->len || (x->hash != -1 && y->hash != -1 && x->hash != y->hash)) return 0;
    return x->len > 64 ? memcmp(x->data, y->data, x->len) == 0 : tr_str_bytes_eq(x, y);
}

int tr_str_eq_cstr(TrValue a, const char *s) {
    size_t n = strlen(s);
    return TR_STR(a)->len == n && memcmp(TR_STR(a)->data, s, n) == 0;
}

/* The intern table: open addressing (linear probing) over interned strings. */
static TrValue *intern_table;
static size_t intern_mask, intern_used;

static void intern_insert(TrValue v) {
    size_t i = (size_t)tr_str_hash(v) & intern_mask;
    while (intern_table[i]) i = (i + 1) & intern_mask;
    intern_table[i] = v;
}

TrValue tr_str_intern(const char *s) {
    size_t n = strlen(s);
    if (!intern_table) {
        intern_mask = 1023;
        intern_table = tr_alloc(sizeof(TrValue) * (intern_mask + 1));
        tr_add_roots(&intern_table, sizeof intern_table);
    }
    int64_t h = (int64_t)tr_hash_bytes(s, n);
    for (size_t i = (size_t)h & intern_mask; intern_table[i]; i = (i + 1) & intern_mask) {
        TrStr *t = TR_STR(intern_table[i]);
        if (t->hash == h && t->len == n && !memcmp(t->data, s, n)) return intern_table[i];
    }
    TrValue v = n <= 1 && !(n && (unsigned char)s[0] >= 0x80) ? tr_str_new_ascii(s, n) : tr_str_new(s, n);
    TR_STR(v)->hash = h;
    TR_STR(v)->interned = 1;
    if (++intern_used * 2 > intern_mask) {
        TrValue *old = intern_table;
        size_t oldsize = intern_mask + 1;
        intern_mask = intern_mask * 2 + 1;
        intern_table = tr_alloc(sizeof(TrValue) * (intern_mask + 1));
        for (size_t k = 0; k < oldsize; k++)
            if (old[k]) intern_insert(old[k]);
    }
    intern_insert(v);
    return v;
}

/* printf with %R (repr), %S (str) and %T (type name) of TrValue arguments; '*'
 * widths and precisions take int arguments as in printf. */
TrValue tr_str_vfmt(const char *fmt, va_list ap) {
    TrBuf b;
    tr_buf_init(&b);
    for (const char *p = fmt; *p; p++) {
        const char *lit = p;
        while (*p && *p != '%') p++;
        tr_buf_add(&b, lit, (size_t)(p - lit));
        if (!*p) break;
        char spec[48];
        size_t sl = 0;
        spec[sl++] = *p++;
        while (*p && strchr("-+ #0123456789.*lzhjt", *p) && sl < sizeof spec - 12) {
            if (*p == '*') sl += (size_t)snprintf(spec + sl, 12, "%d", va_arg(ap, int));
            else spec[sl++] = *p;
            p++;
        }
        char conv = *p;
        if (!conv) break;
        spec[sl++] = conv;
        spec[sl] = 0;
        bool ll = strstr(spec, "ll") || strchr(spec, 'j'), l = strchr(spec, 'l'), z = strchr(spec, 'z') || strchr(spec, 't');
        switch (conv) {
        case 'R': if (tr_buf_add_repr(&b, va_arg(ap, TrValue)) < 0) return 0; break;
        case 'S': if (tr_buf_add_str(&b, va_arg(ap, TrValue)) < 0) return 0; break;
        case 'T': tr_buf_adds(&b, TR_TYPE_NAME(va_arg(ap, TrValue))); break;
        case '%': tr_buf_addc(&b, '%'); break;
        case 's': tr_buf_printf(&b, spec, va_arg(ap, const char *)); break;
        case 'c': tr_buf_printf(&b, spec, va_arg(ap, int)); break;
        case 'p': tr_buf_printf(&b, spec, va_arg(ap, void *)); break;
        case 'f': case 'g': case 'e': case 'F': case 'G': case 'E': tr_buf_printf(&b, spec, va_arg(ap, double)); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (ll) tr_buf_printf(&b, spec, va_arg(ap, long long));
            else if (l) tr_buf_printf(&b, spec, va_arg(ap, long));
            else if (z) tr_buf_printf(&b, spec, va_arg(ap, size_t));
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
    TrValue r = str_alloc(&tr_str_type, x->len + y->len, x->nchars + y->nchars);
    memcpy(TR_STR(r)->data, x->data, x->len);
    memcpy(TR_STR(r)->data + x->len, y->data, y->len);
    return tr_str_seal(r);
}

/* s + t for a string being built (compiler/opt/str_accum.c): when *owned, s is seen by
 * nothing but the variable building it, so t goes into the room after s's data, if
 * s's allocation has enough; else the result is a new string with room to grow
 * (as much again: the pages of the room are touched only when filled), which the
 * caller owns.  Only ASCII strings grow in place: a
 * longer non-ASCII string carries its code point index where the room would be. */
TrValue tr_str_accum(TrValue s, TrValue t, int *owned) {
    TrStr *x = TR_STR(s), *y = TR_STR(t);
    size_t len = x->len + y->len;
    if (!x->ascii || !y->ascii) {
        *owned = 0;
        return tr_str_concat(s, t);
    }
    if (*owned && data_end(len) <= GC_size(x)) {
        memcpy(x->data + x->len, y->data, y->len);
        memset(x->data + len, 0, (size_t)((char *)x + data_end(len) - (x->data + len))); /* NUL, padding */
        x->len = x->nchars = len;
        x->hash = -1;
        return s;
    }
    TrValue r = str_alloc_room(&tr_str_type, len, len, len < 64 ? len : 2 * len);
    memcpy(TR_STR(r)->data, x->data, x->len);
    memcpy(TR_STR(r)->data + x->len, y->data, y->len);
    if (*owned) GC_FREE(x); /* outgrown, and nobody else has it: no garbage to wait for */
    *owned = 1;
    return tr_str_seal(r);
}

TrValue tr_str_join_n(TrValue *parts, size_t n) {
    size_t len = 0, nchars = 0;
    for (size_t i = 0; i < n; i++) {
        len += TR_STR(parts[i])->len;
        nchars += TR_STR(parts[i])->nchars;
    }
    TrValue r = str_alloc(&tr_str_type, len, nchars);
    char *p = TR_STR(r)->data;
    for (size_t i = 0; i < n; i++) {
        memcpy(p, TR_STR(parts[i])->data, TR_STR(parts[i])->len);
        p += TR_STR(parts[i])->len;
    }
    return tr_str_seal(r);
}

/* ---------------------------------------------------------------- slots */

static TrValue str_repr(TrValue self) {
    TrStr *s = TR_STR(self);
    char q = memchr(s->data, '\'', s->len) && !memchr(s->data, '"', s->len) ? '"' : '\'';
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_addc(&b, q);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end) {
        const char *run = p; /* characters copied as they are */
        for (;;) {
            unsigned char c = (unsigned char)*p;
            if (p == end || c == (unsigned char)q || c == '\\' || c < 0x20 || c == 0x7f) break;
            if (c < 0x80) { p++; continue; }
            uint32_t cp;
            size_t n = tr_utf8_decode(p, &cp);
            if (!(tr_uni_flags(cp) & TR_UNI_PRINTABLE)) break;
            p += n;
        }
        tr_buf_add(&b, run, (size_t)(p - run));
        if (p == end) break;
        uint32_t c;
        p += tr_utf8_decode(p, &c);
        if (c == (uint32_t)q || c == '\\') { tr_buf_addc(&b, '\\'); tr_buf_addc(&b, (char)c); }
        else if (c == '\n') tr_buf_adds(&b, "\\n");
        else if (c == '\r') tr_buf_adds(&b, "\\r");
        else if (c == '\t') tr_buf_adds(&b, "\\t");
        else if (c < 0x100) tr_buf_printf(&b, "\\x%02x", c);
        else if (c < 0x10000) tr_buf_printf(&b, "\\u%04x", c);
        else tr_buf_printf(&b, "\\U%08x", c);
    }
    tr_buf_addc(&b, q);
    return tr_buf_finish(&b);
}

static TrValue str_exact(TrValue self) {
    if (TR_TYPE(self) == &tr_str_type) return self;
    TrValue r = str_alloc(&tr_str_type, TR_STR(self)->len, TR_STR(self)->nchars);
    memcpy(TR_STR(r)->data, TR_STR(self)->data, TR_STR(self)->len);
    return tr_str_seal(r);
}

static int64_t str_hash_slot(TrValue self) { return tr_str_hash(self); }

/* UTF-8 byte order is code point order. */
/* UTF-8 byte order is code point order, so memcmp orders strs as CPython does */
bool tr_str_compare(TrValue a, TrValue b, int op) {
    if (op == TR_EQ || op == TR_NE) return tr_str_eq(a, b) == (op == TR_EQ);
    TrStr *x = TR_STR(a), *y = TR_STR(b);
    int c = memcmp(x->data, y->data, x->len < y->len ? x->len : y->len);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case TR_LT: return c < 0;
    case TR_LE: return c <= 0;
    case TR_GT: return c > 0;
    default: return c >= 0;
    }
}

static TrValue str_richcompare(TrValue a, TrValue b, int op) {
    if (!tr_str_check(b)) return tr_NotImplemented;
    return tr_bool(tr_str_compare(a, b, op));
}

static intptr_t str_len(TrValue self) { return (intptr_t)TR_STR(self)->nchars; }
static int str_truth(TrValue self) { return TR_STR(self)->len != 0; }

static TrValue str_slice(TrValue self, TrValue slice) {
    TrStr *s = TR_STR(self);
    int64_t start, stop, step, n;
    if (tr_slice_indices(slice, (int64_t)s->nchars, &start, &stop, &step, &n) < 0) return 0;
    if (n <= 0) return tr_str_new_ascii("", 0);
    if (step == 1) {
        if (n == (int64_t)s->nchars && TR_TYPE(self) == &tr_str_type) return self;
        size_t a = tr_str_offset(self, (size_t)start), e = tr_str_offset(self, (size_t)stop);
        return s->ascii ? tr_str_new_ascii(s->data + a, e - a) : tr_str_new(s->data + a, e - a);
    }
    if (s->ascii) {
        TrValue r = str_alloc(&tr_str_type, (size_t)n, (size_t)n);
        for (int64_t k = 0; k < n; k++) TR_STR(r)->data[k] = s->data[start + k * step];
        return tr_str_seal(r);
    }
    /* byte offsets of every code point, then gather */
    size_t *offs = tr_alloc_atomic(sizeof(size_t) * (s->nchars + 1)), k = 0, len = 0;
    for (size_t off = 0; off < s->len; off += utf8_len((unsigned char)s->data[off])) offs[k++] = off;
    offs[k] = s->len;
    for (int64_t i = 0; i < n; i++) len += offs[start + i * step + 1] - offs[start + i * step];
    TrValue r = str_alloc(&tr_str_type, len, (size_t)n);
    char *o = TR_STR(r)->data;
    for (int64_t i = 0; i < n; i++) {
        size_t a = offs[start + i * step], m = offs[start + i * step + 1] - a;
        memcpy(o, s->data + a, m);
        o += m;
    }
    return tr_str_seal(r);
}

static TrValue str_getitem(TrValue self, TrValue key) {
    if (TR_IS_SMALL(key)) return tr_str_getitem_index(self, TR_SMALL_VAL(key));
    if (TR_TYPE(key) == &tr_slice_type) return str_slice(self, key);
    if (!tr_int_check(key) && !TR_TYPE(key)->index)
        return tr_err(TR_EXC_TYPE(TypeError), "string indices must be integers, not '%s'", TR_TYPE_NAME(key));
    int64_t i;
    if (tr_index(key, &i) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return 0;
        tr_err_clear();
        return tr_err(TR_EXC_TYPE(IndexError), "cannot fit 'int' into an index-sized integer");
    }
    return tr_str_getitem_index(self, i);
}

static int str_contains(TrValue self, TrValue item) {
    if (!tr_str_check(item)) {
        tr_err(TR_EXC_TYPE(TypeError), "'in <string>' requires string as left operand, not %s", TR_TYPE_NAME(item));
        return -1;
    }
    TrStr *s = TR_STR(self), *x = TR_STR(item);
    if (!x->len) return 1;
    return tr_mem_find(s->data, s->len, x->data, x->len) != NULL;
}

typedef struct StrIter { TrObject ob; TrValue s; size_t off; } StrIter;
static TrValue self_iter(TrValue self) { return self; }
static TrValue str_iter_next(TrValue self) {
    StrIter *it = (StrIter *)self;
    TrStr *s = TR_STR(it->s);
    if (it->off >= s->len) return 0;
    const char *p = s->data + it->off;
    unsigned char c = (unsigned char)*p;
    size_t n = utf8_len(c);
    it->off += n;
    return c < 0x80 ? tr_str_new_ascii(p, 1) : tr_str_new(p, n);
}
static TrType str_ascii_iter_type = {.ob = {&tr_type_type}, .name = "str_ascii_iterator", .basicsize = sizeof(StrIter),
                                     .iter = self_iter, .next = str_iter_next};
static TrType str_iter_type = {.ob = {&tr_type_type}, .name = "str_iterator", .basicsize = sizeof(StrIter),
                               .iter = self_iter, .next = str_iter_next};
static TrValue str_iter(TrValue self) {
    StrIter *it = (StrIter *)tr_object_alloc(TR_STR(self)->ascii ? &str_ascii_iter_type : &str_iter_type, sizeof(StrIter));
    it->s = self;
    return (TrValue)it;
}

static TrValue str_add(TrValue a, TrValue b) {
    if (!tr_str_check(a)) return tr_NotImplemented;
    if (!tr_str_check(b)) {
        if (TR_TYPE(b)->flags & TR_TF_HEAPTYPE) return tr_NotImplemented; /* its __radd__ may apply */
        return tr_err(TR_EXC_TYPE(TypeError), "can only concatenate str (not \"%s\") to str", TR_TYPE_NAME(b));
    }
    return tr_str_concat(a, b);
}

static TrValue str_mul(TrValue a, TrValue b) {
    TrValue s = tr_str_check(a) ? a : b, n = s == a ? b : a;
    if (!tr_int_check(n) && !TR_TYPE(n)->index) return tr_NotImplemented; /* tr_binop says "can't multiply sequence" */
    int64_t k;
    if (tr_index(n, &k) < 0) return 0;
    TrStr *x = TR_STR(s);
    if (k <= 0 || !x->len) return tr_str_new_ascii("", 0);
    if (k == 1) return str_exact(s);
    if ((uint64_t)k > ((uint64_t)1 << 40) / x->len) return tr_err(TR_EXC_TYPE(OverflowError), "repeated string is too long");
    size_t total = x->len * (size_t)k;
    TrValue r = str_alloc(&tr_str_type, total, x->nchars * (size_t)k);
    char *d = TR_STR(r)->data;
    memcpy(d, x->data, x->len);
    for (size_t done = x->len; done < total;) { /* doubling copies */
        size_t m = done < total - done ? done : total - done;
        memcpy(d + done, d, m);
        done += m;
    }
    return tr_str_seal(r);
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
    if (!a[0]) r = tr_str_new_ascii("", 0);
    else if (a[1] || a[2]) {
        if (tr_str_check(a[0])) return tr_err(TR_EXC_TYPE(TypeError), "decoding str is not supported");
        size_t n;
        const char *d = tr_buffer_view(a[0], &n);
        if (!d) return tr_err(TR_EXC_TYPE(TypeError), "decoding to str: need a bytes-like object, %s found", TR_TYPE_NAME(a[0]));
        TrValue src = tr_bytes_view(a[0], &n) ? a[0] : tr_bytes_new(d, n); /* memoryview, array: their bytes */
        r = tr_call_method_cstr(src, "decode", 2, a[1] ? a[1] : TR_INTERN("utf-8"), a[2] ? a[2] : TR_INTERN("strict"));
    } else r = tr_str(a[0]);
    if (!r || type == &tr_str_type) return r;
    TrValue sub = str_alloc(type, TR_STR(r)->len, TR_STR(r)->nchars);
    memcpy(TR_STR(sub)->data, TR_STR(r)->data, TR_STR(r)->len);
    return tr_str_seal(sub);
}

/* ---------------------------------------------------------------- str-only methods */

static TrValue str_casefold(TrValue *a, size_t n, TrValue k) {
    return tr_method_args(a, n, k, "casefold", 0, 0) < 0 ? 0 : tr_sb_case(a[0], TR_CASE_FOLD);
}
static TrValue str_isdecimal(TrValue *a, size_t n, TrValue k) {
    return tr_method_args(a, n, k, "isdecimal", 0, 0) < 0 ? 0 : tr_sb_predicate(a[0], TR_UNI_DECIMAL);
}
static TrValue str_isnumeric(TrValue *a, size_t n, TrValue k) {
    return tr_method_args(a, n, k, "isnumeric", 0, 0) < 0 ? 0 : tr_sb_predicate(a[0], TR_UNI_NUMERIC);
}
static TrValue str_isprintable(TrValue *a, size_t n, TrValue k) {
    return tr_method_args(a, n, k, "isprintable", 0, 0) < 0 ? 0 : tr_sb_predicate(a[0], TR_UNI_PRINTABLE);
}
static TrValue str_isidentifier(TrValue *a, size_t n, TrValue k) {
    return tr_method_args(a, n, k, "isidentifier", 0, 0) < 0 ? 0 : tr_sb_predicate(a[0], TR_UNI_XID_START);
}

static TrValue str_encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"encoding", "errors", NULL};
    TrValue a[2];
    if (tr_parse_args("encode", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    TrCodec codec = {TR_CODEC_UTF8, 0};
    if (a[0] && tr_codec_lookup("encode", a[0], &codec) < 0) return 0;
    if (a[1] && !tr_str_check(a[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "encode() argument 'errors' must be str, not %s", tr_arg_type_name(a[1]));
    return tr_codec_encode(codec, args[0], a[1] ? tr_str_cstr(a[1]) : NULL);
}

/* One translation of code point c through table: 1 with *out set (0 = delete),
 * 0 when c is not in the table, -1 on error. */
static int translate_one(TrValue table, uint32_t c, TrValue *out) {
    TrValue r = tr_getitem(table, TR_FROM_SMALL(c));
    if (!r) {
        if (!tr_err_is(TR_EXC_TYPE(LookupError))) return -1;
        tr_err_clear();
        return 0;
    }
    if (r == tr_None) { *out = 0; return 1; }
    if (tr_str_check(r)) { *out = r; return 1; }
    if (!tr_int_check(r)) {
        tr_err(TR_EXC_TYPE(TypeError), "character mapping must return integer, None or str");
        return -1;
    }
    int64_t cp;
    if (tr_index(r, &cp) < 0 || cp < 0 || cp > 0x10ffff) {
        tr_err_clear();
        tr_err(TR_EXC_TYPE(ValueError), "character mapping must be in range(0x110000)");
        return -1;
    }
    char tmp[4];
    *out = tr_str_new(tmp, tr_utf8_encode((uint32_t)cp, tmp));
    return 1;
}

static TrValue str_translate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "translate", 1, 1) < 0) return 0;
    TrStr *s = TR_STR(args[0]);
    TrValue memo[128] = {0}; /* ASCII lookups: tr_NotImplemented = keep, tr_None = delete */
    TrBuf b;
    tr_buf_init(&b);
    for (size_t off = 0, n; off < s->len; off += n) {
        uint32_t c;
        n = tr_utf8_decode(s->data + off, &c);
        TrValue r = c < 128 ? memo[c] : 0;
        if (!r) {
            int found = translate_one(args[1], c, &r);
            if (found < 0) return 0;
            r = !found ? tr_NotImplemented : r ? r : tr_None;
            if (c < 128) memo[c] = r;
        }
        if (r == tr_NotImplemented) tr_buf_add(&b, s->data + off, n);
        else if (r != tr_None) tr_buf_add(&b, TR_STR(r)->data, TR_STR(r)->len);
    }
    return tr_buf_finish(&b);
}

static TrValue str_maketrans(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("str.maketrans", kwnames) < 0 || tr_check_nargs("str.maketrans", nargs, 1, 3) < 0) return 0;
    for (size_t i = 1; i < nargs; i++) /* Clinic converts y and z to str before the body looks at x */
        if (!tr_str_check(args[i]))
            return tr_err(TR_EXC_TYPE(TypeError), "maketrans() argument %zu must be str, not %s", i + 1, tr_arg_type_name(args[i]));
    TrValue d = tr_dict_new();
    if (nargs == 1) {
        if (!tr_dict_check(args[0]))
            return tr_err(TR_EXC_TYPE(TypeError), "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        TrValue k, v;
        while (tr_dict_next(args[0], &pos, &k, &v)) {
            if (tr_str_check(k)) {
                if (TR_STR(k)->nchars != 1)
                    return tr_err(TR_EXC_TYPE(ValueError), "string keys in translate table must be of length 1");
                uint32_t cp;
                tr_utf8_decode(TR_STR(k)->data, &cp);
                k = TR_FROM_SMALL(cp);
            } else if (!tr_int_check(k))
                return tr_err(TR_EXC_TYPE(TypeError), "keys in translate table must be strings or integers");
            if (tr_dict_set(d, k, v) < 0) return 0;
        }
        return d;
    }
    if (!tr_str_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "first maketrans argument must be a string if there is a second argument");
    TrStr *x = TR_STR(args[0]), *y = TR_STR(args[1]);
    if (x->nchars != y->nchars)
        return tr_err(TR_EXC_TYPE(ValueError), "the first two maketrans arguments must have equal length");
    uint32_t cx, cy;
    for (size_t ox = 0, oy = 0; ox < x->len;) {
        ox += tr_utf8_decode(x->data + ox, &cx);
        oy += tr_utf8_decode(y->data + oy, &cy);
        if (tr_dict_set(d, TR_FROM_SMALL(cx), TR_FROM_SMALL(cy)) < 0) return 0;
    }
    if (nargs == 3)
        for (size_t oz = 0; oz < TR_STR(args[2])->len;) {
            oz += tr_utf8_decode(TR_STR(args[2])->data + oz, &cx);
            if (tr_dict_set(d, TR_FROM_SMALL(cx), tr_None) < 0) return 0;
        }
    return d;
}

static TrValue str_format_m(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue kw = 0;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    if (nkw) {
        kw = tr_dict_new();
        for (size_t k = 0; k < nkw; k++)
            if (tr_dict_set(kw, TR_TUPLE(kwnames)->items[k], args[nargs + k]) < 0) return 0;
    }
    return tr_str_format(args[0], tr_tuple_from(args + 1, nargs - 1), kw);
}

static TrValue str_format_map(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "format_map", 1, 1) < 0) return 0;
    return tr_str_format(args[0], tr_empty_tuple, args[1]);
}

static TrValue str_dunder_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__format__", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "__format__() argument must be str, not %s", tr_arg_type_name(args[1]));
    return tr_format_str(args[0], args[1]);
}

static TrValue str_getnewargs(TrValue *a, size_t n, TrValue k) {
    return tr_method_args(a, n, k, "__getnewargs__", 0, 0) < 0 ? 0 : tr_tuple_pack(1, str_exact(a[0]));
}
static TrValue str_sizeof(TrValue *a, size_t n, TrValue k) { return tr_sizeof(a, n, k, TR_STR(a[0])->len + 1); }

static const TrMethodDef str_methods[] = {
    {"casefold", str_casefold}, {"isdecimal", str_isdecimal}, {"isnumeric", str_isnumeric},
    {"isprintable", str_isprintable}, {"isidentifier", str_isidentifier}, {"encode", str_encode},
    {"translate", str_translate}, {"maketrans", str_maketrans, TR_METH_STATIC}, {"format", str_format_m},
    {"format_map", str_format_map}, {"__format__", str_dunder_format}, {"__getnewargs__", str_getnewargs},
    {"__sizeof__", str_sizeof},
    {0},
};

TrType tr_str_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "str", .flags = TR_TF_BASETYPE | TR_TF_STR_SUBCLASS | TR_TF_ATOMIC | TR_TF_SEQ_REPEAT,
    .basicsize = sizeof(TrStr), .repr = str_repr, .str = str_exact, .hash = str_hash_slot,
    .richcompare = str_richcompare, .len = str_len, .truth = str_truth, .getitem = str_getitem,
    .contains = str_contains, .iter = str_iter, .nb = {[TR_ADD] = str_add, [TR_MUL] = str_mul, [TR_MOD] = str_mod},
    .new_ = str_new,
};

void tr_init_str(void) {
    tr_add_roots(one_char, sizeof one_char);
    tr_add_roots(&empty_str, sizeof empty_str);
    tr_type_ready(&tr_str_type);
    tr_type_ready(&str_ascii_iter_type);
    tr_type_ready(&str_iter_type);
}

void tr_init_str_methods(void) {
    tr_type_add_methods(&tr_str_type, tr_sb_methods);
    tr_type_add_methods(&tr_str_type, str_methods);
}
