/* strbase.c — the methods str, bytes and bytearray share, written once over byte
 * ranges: find/count/index, startswith, split/rsplit/splitlines, strip, partition,
 * replace, join, padding, expandtabs, case mapping and the is*() predicates, plus the
 * byte hash and codec name lookup.  A str is valid UTF-8, so a match never splits a
 * code point and byte algorithms apply; code point positions convert through obj_str.c.
 * bytes are treated as ASCII text (other bytes are neither letters nor space). */
#include "strbase.h"
#include "unicode_db.h"

/* ---------------------------------------------------------------- views */

/* self or an argument as bytes: wide = a non-ASCII str (UTF-8 must be decoded) */
typedef struct View { TrValue obj; const char *p; size_t n; bool str, wide, array; } View;

static inline View view_of(TrValue v) {
    View w = {v, 0, 0, false, false, false};
    if (TR_TYPE(v) == &tr_str_type || tr_str_check(v)) {
        w.p = TR_STR(v)->data;
        w.n = TR_STR(v)->len;
        w.str = true;
        w.wide = !TR_STR(v)->ascii;
    } else {
        w.p = tr_bytes_view(v, &w.n);
        w.array = tr_isinstance_type(v, &tr_bytearray_type);
    }
    return w;
}

/* a is of self's family (str for str, bytes-like for bytes) */
static bool arg_view(const View *self, TrValue a, View *out) {
    if (self->str ? TR_TYPE(a) != &tr_str_type && !tr_str_check(a) : !tr_bytes_view(a, &(size_t){0})) return false;
    *out = view_of(a);
    return true;
}

/* TypeError for an argument of the wrong family: str_fmt (with %s for the type name,
 * "None" for None as CPython's argument clinic says) for str, CPython's generic buffer
 * message for bytes. */
static TrValue arg_error(const View *self, TrValue a, const char *str_fmt) {
    if (self->str) return tr_err(TR_EXC_TYPE(TypeError), str_fmt, tr_arg_type_name(a));
    return tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(a));
}

/* A part of self as a new value of self's kind (bytearray for bytearray). */
static TrValue make(const View *self, const char *p, size_t n) {
    if (self->str) return self->wide ? tr_str_new(p, n) : tr_str_new_ascii(p, n);
    return self->array ? tr_bytearray_new(p, n) : tr_bytes_new(p, n);
}

/* A value of self's kind built from any bytes (a str result may gain non-ASCII). */
static TrValue make_any(const View *self, TrBuf *b) {
    if (self->str) return tr_buf_finish(b);
    return make(self, b->data ? b->data : "", b->len);
}

/* self unchanged: itself when it is an exact immutable str/bytes, else a copy */
static TrValue same(const View *self) {
    TrType *t = TR_TYPE(self->obj);
    if (t == &tr_str_type || t == &tr_bytes_type) return self->obj;
    return make(self, self->p, self->n);
}

/* ---------------------------------------------------------------- characters */

static inline size_t char_len(const View *s, const char *p) {
    unsigned char c = (unsigned char)*p;
    if (!s->wide || c < 0x80) return 1;
    return c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

static inline uint32_t char_at(const View *s, const char *p, size_t *len) {
    if (!s->wide || (unsigned char)*p < 0x80) {
        *len = 1;
        return (unsigned char)*p;
    }
    uint32_t c;
    *len = tr_utf8_decode(p, &c);
    return c;
}

/* the character that ends just before p (p > start) */
static inline uint32_t char_before(const View *s, const char *start, const char *p, size_t *len) {
    const char *q = p - 1;
    if (s->wide)
        while (q > start && ((unsigned char)*q & 0xc0) == 0x80) q--;
    return char_at(s, q, len);
}

/* Unicode flags of a character; bytes only know ASCII, and str's extra ASCII
 * whitespace (\x1c-\x1f) is not whitespace in bytes. */
static inline uint32_t char_flags(const View *s, uint32_t c) {
    if (!s->str && (c >= 0x80 || (c >= 0x1c && c <= 0x1f))) return 0;
    return tr_uni_flags(c);
}

static inline bool is_space(const View *s, uint32_t c) {
    if (c == ' ') return true;
    return c > ' ' && c < 0x80 ? false : (char_flags(s, c) & TR_UNI_SPACE) != 0;
}

/* Whitespace at p (space_at) or just before it (space_before), cl its length.  In a
 * narrow view (an ASCII str, or bytes: a byte is a character) one byte is tested
 * against a mask of the whitespace below 33, str's \x1c-\x1f included; with narrow a
 * constant the decoding drops out of the caller's loop. */
#define ASCII_SPACE_BYTES (0x3e00ULL | 1ULL << ' ')
#define ASCII_SPACE_STR (ASCII_SPACE_BYTES | 0xf0000000ULL)
static inline bool space_at(const View *s, const char *p, size_t *cl, bool narrow) {
    if (!narrow) return is_space(s, char_at(s, p, cl));
    unsigned char c = (unsigned char)*p;
    *cl = 1;
    return c <= ' ' && ((s->str ? ASCII_SPACE_STR : ASCII_SPACE_BYTES) >> c & 1);
}
static inline bool space_before(const View *s, const char *start, const char *p, size_t *cl, bool narrow) {
    if (!narrow) return is_space(s, char_before(s, start, p, cl));
    return space_at(s, p - 1, cl, true);
}

static size_t count_chars(const View *s, const char *p, size_t n) {
    if (!s->wide) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)p[i] & 0xc0) != 0x80;
    return k;
}

/* ---------------------------------------------------------------- searching */

/* The first n in h: memchr for its first byte, then memcmp, which beats memmem's setup
 * on the short needles and lines of text processing; after many false starts (a
 * repetitive text) memmem takes the rest, so the worst case stays linear. */
#define FALSE_STARTS_BEFORE_MEMMEM 16
const char *tr_mem_find(const char *h, size_t hn, const char *n, size_t nn) {
    if (!nn) return h;
    if (nn > hn) return NULL;
    if (nn == 1) return memchr(h, n[0], hn);
    const char *p = h, *last = h + hn - nn; /* the last possible start */
    for (int misses = 0; misses < FALSE_STARTS_BEFORE_MEMMEM; misses++) {
        if (!(p = memchr(p, n[0], (size_t)(last - p) + 1))) return NULL;
        if (!memcmp(p + 1, n + 1, nn - 1)) return p;
        if (++p > last) return NULL;
    }
    return memmem(p, (size_t)(h + hn - p), n, nn);
}

static const char *mem_rfind(const char *h, size_t hn, const char *n, size_t nn) {
    if (!nn) return h + hn;
    if (nn > hn) return NULL;
    size_t span = hn - nn + 1; /* candidate start positions h[0 .. span) */
    while (span) {
        const char *q = memrchr(h, n[0], span);
        if (!q) return NULL;
        if (!memcmp(q, n, nn)) return q;
        span = (size_t)(q - h);
    }
    return NULL;
}

/* CPython's argument count errors of find/count/startswith and friends */
static int nargs_between(TrValue *args, size_t nargs, TrValue kwnames, const char *name, size_t lo, size_t hi) {
    if (tr_method_args(args, nargs, kwnames, name, 0, SIZE_MAX) < 0) return -1;
    size_t n = nargs - 1;
    if (n < lo) tr_err(TR_EXC_TYPE(TypeError), "%s() takes at least %zu argument%s (%zu given)", name, lo, lo == 1 ? "" : "s", n);
    else if (n > hi) tr_err(TR_EXC_TYPE(TypeError), "%s() takes at most %zu argument%s (%zu given)", name, hi, hi == 1 ? "" : "s", n);
    else return 0;
    return -1;
}

static int slice_index(TrValue v, int64_t *out) {
    if (v == tr_None) return 0;
    if (!tr_int_check(v) && !TR_TYPE(v)->index) {
        tr_err(TR_EXC_TYPE(TypeError), "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (tr_index(v, out) == 0) return 0;
    if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
    tr_err_clear(); /* huge indexes clamp, as CPython's _PyEval_SliceIndex */
    *out = tr_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return 0;
}

/* Optional start/end arguments args[first], args[first+1] resolved like CPython's
 * ADJUST_INDICES into the byte range [*b0, *b1) of s.  Returns 0 when start > end
 * (nothing can match, not even an empty string), 1 otherwise, -1 on error. */
static int get_range(const View *s, TrValue *args, size_t nargs, size_t first, size_t *b0, size_t *b1) {
    int64_t len = s->wide ? (int64_t)TR_STR(s->obj)->nchars : (int64_t)s->n, start = 0, end = len;
    if (nargs > first && slice_index(args[first], &start) < 0) return -1;
    if (nargs > first + 1 && slice_index(args[first + 1], &end) < 0) return -1;
    if (end > len) end = len;
    else if (end < 0 && (end += len) < 0) end = 0;
    if (start < 0 && (start += len) < 0) start = 0;
    if (start > end) return 0;
    *b0 = s->wide ? tr_str_offset(s->obj, (size_t)start) : (size_t)start;
    *b1 = s->wide ? tr_str_offset(s->obj, (size_t)end) : (size_t)end;
    return 1;
}

enum { S_FIND, S_RFIND, S_INDEX, S_RINDEX, S_COUNT };

static TrValue search(TrValue *args, size_t nargs, TrValue kwnames, int mode) {
    static const char *const names[] = {"find", "rfind", "index", "rindex", "count"};
    if (nargs_between(args, nargs, kwnames, names[mode], 1, 3) < 0) return 0;
    View s = view_of(args[0]), sub;
    char byte;
    if (!arg_view(&s, args[1], &sub)) {
        if (s.str) return tr_err(TR_EXC_TYPE(TypeError), "must be str, not %s", TR_TYPE_NAME(args[1]));
        if (!tr_int_check(args[1]))
            return tr_err(TR_EXC_TYPE(TypeError), "argument should be integer or bytes-like object, not '%s'", TR_TYPE_NAME(args[1]));
        int64_t b;
        if (tr_index(args[1], &b) < 0) return 0;
        if (b < 0 || b > 255) return tr_err(TR_EXC_TYPE(ValueError), "byte must be in range(0, 256)");
        byte = (char)b;
        sub.p = &byte;
        sub.n = 1;
    }
    size_t b0 = 0, b1 = 0;
    int r = get_range(&s, args, nargs, 2, &b0, &b1);
    if (r < 0) return 0;
    const char *hay = s.p + b0;
    size_t hn = b1 - b0;
    if (mode == S_COUNT) {
        if (!r) return TR_FROM_SMALL(0);
        if (!sub.n) return tr_int_from_i64((int64_t)count_chars(&s, hay, hn) + 1);
        int64_t c = 0;
        for (const char *p = hay, *end = hay + hn; (p = tr_mem_find(p, (size_t)(end - p), sub.p, sub.n)); p += sub.n) c++;
        return tr_int_from_i64(c);
    }
    const char *at = !r ? NULL : (mode == S_FIND || mode == S_INDEX) ? tr_mem_find(hay, hn, sub.p, sub.n)
                                                                   : mem_rfind(hay, hn, sub.p, sub.n);
    if (!at) {
        if (mode == S_INDEX || mode == S_RINDEX)
            return tr_err(TR_EXC_TYPE(ValueError), s.str ? "substring not found" : "subsection not found");
        return TR_FROM_SMALL(-1);
    }
    size_t off = (size_t)(at - s.p);
    return tr_int_from_i64((int64_t)(s.wide ? tr_str_index_at(s.obj, off) : off));
}
static TrValue sb_find(TrValue *a, size_t n, TrValue k) { return search(a, n, k, S_FIND); }
static TrValue sb_rfind(TrValue *a, size_t n, TrValue k) { return search(a, n, k, S_RFIND); }
static TrValue sb_index(TrValue *a, size_t n, TrValue k) { return search(a, n, k, S_INDEX); }
static TrValue sb_rindex(TrValue *a, size_t n, TrValue k) { return search(a, n, k, S_RINDEX); }
static TrValue sb_count(TrValue *a, size_t n, TrValue k) { return search(a, n, k, S_COUNT); }

static TrValue affix(TrValue *args, size_t nargs, TrValue kwnames, bool end) {
    const char *name = end ? "endswith" : "startswith";
    if (nargs_between(args, nargs, kwnames, name, 1, 3) < 0) return 0;
    View s = view_of(args[0]);
    size_t b0 = 0, b1 = 0;
    int r = get_range(&s, args, nargs, 2, &b0, &b1);
    if (r < 0) return 0;
    TrValue pats = args[1];
    bool tuple = tr_tuple_check(pats);
    size_t np = tuple ? TR_TUPLE(pats)->len : 1;
    for (size_t i = 0; i < np; i++) {
        TrValue p = tuple ? TR_TUPLE(pats)->items[i] : pats;
        View pv;
        if (!arg_view(&s, p, &pv)) {
            const char *kind = s.str ? "str" : "bytes";
            if (!tuple)
                return tr_err(TR_EXC_TYPE(TypeError), "%s first arg must be %s or a tuple of %s, not %s", name, kind, kind, TR_TYPE_NAME(p));
            return arg_error(&s, p, end ? "tuple for endswith must only contain str, not %s"
                                         : "tuple for startswith must only contain str, not %s");
        }
        if (r && pv.n <= b1 - b0 && !memcmp(end ? s.p + b1 - pv.n : s.p + b0, pv.p, pv.n)) return tr_True;
    }
    return tr_False;
}
static TrValue sb_startswith(TrValue *a, size_t n, TrValue k) { return affix(a, n, k, false); }
static TrValue sb_endswith(TrValue *a, size_t n, TrValue k) { return affix(a, n, k, true); }

/* ---------------------------------------------------------------- splitting */

/* The parts of a split, gathered on the C stack (a root the collector scans) and made
 * into a list of exactly their number at the end: one allocation for a usual split,
 * not a list grown by appends.  Parts beyond PARTS_STACK go to a growing list. */
#define PARTS_STACK 32
typedef struct Parts { TrValue list; size_t n; TrValue stack[PARTS_STACK]; } Parts;

static inline void parts_init(Parts *parts) { parts->list = 0, parts->n = 0; } /* stack: no zeroing */

static void parts_add(Parts *parts, TrValue v) {
    if (parts->n < PARTS_STACK) {
        parts->stack[parts->n++] = v;
        return;
    }
    if (!parts->list) parts->list = tr_list_from(parts->stack, PARTS_STACK);
    tr_list_append(parts->list, v);
}

static TrValue parts_list(Parts *parts) { return parts->list ? parts->list : tr_list_from(parts->stack, parts->n); }

static void list_reverse(TrValue list) {
    TrList *l = TR_LIST(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        TrValue t = tr_list_items(l)[i];
        tr_list_items(l)[i] = tr_list_items(l)[j - 1];
        tr_list_items(l)[j - 1] = t;
    }
}

/* split()/rsplit() without a separator: runs of whitespace, CPython's algorithm
 * (after maxsplit splits the rest is kept, minus the whitespace next to the split). */
__attribute__((always_inline)) static inline TrValue split_ws_of(const View *s, int64_t max, bool right, bool narrow) {
    Parts out;
    parts_init(&out);
    const char *start = s->p, *end = s->p + s->n;
    size_t cl;
    if (!right) {
        const char *p = start;
        while (max-- > 0) {
            while (p < end && space_at(s, p, &cl, narrow)) p += cl;
            if (p == end) break;
            const char *w = p;
            while (p < end && !space_at(s, p, &cl, narrow)) p += cl;
            parts_add(&out, make(s, w, (size_t)(p - w)));
        }
        while (p < end && space_at(s, p, &cl, narrow)) p += cl;
        if (p < end) parts_add(&out, make(s, p, (size_t)(end - p)));
        return parts_list(&out);
    }
    const char *p = end;
    while (max-- > 0) {
        while (p > start && space_before(s, start, p, &cl, narrow)) p -= cl;
        if (p == start) break;
        const char *w = p;
        while (p > start && !space_before(s, start, p, &cl, narrow)) p -= cl;
        parts_add(&out, make(s, p, (size_t)(w - p)));
    }
    while (p > start && space_before(s, start, p, &cl, narrow)) p -= cl;
    if (p > start) parts_add(&out, make(s, start, (size_t)(p - start)));
    TrValue list = parts_list(&out);
    list_reverse(list);
    return list;
}

static TrValue split_ws(const View *s, int64_t max, bool right) {
    return s->wide ? split_ws_of(s, max, right, false) : split_ws_of(s, max, right, true);
}

static TrValue split(TrValue *args, size_t nargs, TrValue kwnames, bool right) {
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    TrValue a[2];
    if (tr_parse_args(right ? "rsplit" : "split", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    View s = view_of(args[0]), sep;
    int64_t max = -1;
    if (a[1] && tr_index(a[1], &max) < 0) return 0;
    if (max < 0) max = INT64_MAX;
    if (!a[0] || a[0] == tr_None) return split_ws(&s, max, right);
    if (!arg_view(&s, a[0], &sep)) return arg_error(&s, a[0], "must be str or None, not %s");
    if (!sep.n) return tr_err(TR_EXC_TYPE(ValueError), "empty separator");
    const char *start = s.p, *end = s.p + s.n, *q;
    Parts out;
    parts_init(&out);
    if (!right) {
        const char *p = start;
        for (; max > 0 && (q = tr_mem_find(p, (size_t)(end - p), sep.p, sep.n)); max--) {
            parts_add(&out, make(&s, p, (size_t)(q - p)));
            p = q + sep.n;
        }
        parts_add(&out, make(&s, p, (size_t)(end - p)));
        return parts_list(&out);
    }
    const char *p = end;
    for (; max > 0 && (q = mem_rfind(start, (size_t)(p - start), sep.p, sep.n)); max--) {
        parts_add(&out, make(&s, q + sep.n, (size_t)(p - q - sep.n)));
        p = q;
    }
    parts_add(&out, make(&s, start, (size_t)(p - start)));
    TrValue list = parts_list(&out);
    list_reverse(list);
    return list;
}
static TrValue sb_split(TrValue *a, size_t n, TrValue k) { return split(a, n, k, false); }
static TrValue sb_rsplit(TrValue *a, size_t n, TrValue k) { return split(a, n, k, true); }

/* Length of the line break at p, 0 if none: str knows every Unicode line boundary,
 * bytes only \n, \r and \r\n.  Relies on the NUL after a str's data. */
static size_t line_break(const View *s, const char *p, const char *end) {
    unsigned char c = (unsigned char)p[0];
    if (c == '\n') return 1;
    if (c == '\r') return p + 1 < end && p[1] == '\n' ? 2 : 1;
    if (!s->str) return 0;
    if (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) return 1;
    unsigned char c1 = (unsigned char)p[1];
    if (c == 0xc2 && c1 == 0x85) return 2;
    if (c == 0xe2 && c1 == 0x80 && ((unsigned char)p[2] == 0xa8 || (unsigned char)p[2] == 0xa9)) return 3;
    return 0;
}

static TrValue sb_splitlines(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"keepends", NULL};
    TrValue a[1];
    if (tr_parse_args("splitlines", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    int keep = 0; /* Clinic's bool(accept={int}): a C int through __index__ */
    if (a[0] && tr_as_c_int(a[0], &keep) < 0) return 0;
    View s = view_of(args[0]);
    Parts out;
    parts_init(&out);
    /* A byte that may start a line break (a lead byte for the non-ASCII ones): any
     * other byte, continuation bytes included, is skipped one at a time. */
    uint64_t lead_mask = 1ULL << '\n' | 1ULL << '\r';
    if (s.str) lead_mask |= 1ULL << 0x0b | 1ULL << 0x0c | 1ULL << 0x1c | 1ULL << 0x1d | 1ULL << 0x1e;
    const char *p = s.p, *end = s.p + s.n;
    while (p < end) {
        const char *q = p;
        size_t eol = 0;
        for (; q < end; q++) {
            unsigned char c = (unsigned char)*q;
            if (c < 0x20 ? !(lead_mask >> c & 1) : !s.wide || (c != 0xc2 && c != 0xe2)) continue;
            if ((eol = line_break(&s, q, end))) break;
        }
        parts_add(&out, make(&s, p, (size_t)(q - p) + (keep ? eol : 0)));
        p = q + eol;
    }
    return parts_list(&out);
}

static TrValue partition(TrValue *args, size_t nargs, TrValue kwnames, bool right) {
    const char *name = right ? "rpartition" : "partition";
    if (tr_method_args(args, nargs, kwnames, name, 1, 1) < 0) return 0;
    View s = view_of(args[0]), sep;
    if (!arg_view(&s, args[1], &sep)) return arg_error(&s, args[1], "must be str, not %s");
    if (!sep.n) return tr_err(TR_EXC_TYPE(ValueError), "empty separator");
    const char *at = right ? mem_rfind(s.p, s.n, sep.p, sep.n) : tr_mem_find(s.p, s.n, sep.p, sep.n);
    if (!at) {
        if (right) return tr_tuple_pack(3, make(&s, "", 0), make(&s, "", 0), same(&s));
        return tr_tuple_pack(3, same(&s), make(&s, "", 0), make(&s, "", 0));
    }
    TrValue mid = TR_TYPE(args[1]) == TR_TYPE(args[0]) && !s.array ? args[1] : make(&s, sep.p, sep.n);
    const char *after = at + sep.n;
    return tr_tuple_pack(3, make(&s, s.p, (size_t)(at - s.p)), mid, make(&s, after, (size_t)(s.p + s.n - after)));
}
static TrValue sb_partition(TrValue *a, size_t n, TrValue k) { return partition(a, n, k, false); }
static TrValue sb_rpartition(TrValue *a, size_t n, TrValue k) { return partition(a, n, k, true); }

/* ---------------------------------------------------------------- strip */

/* The characters of strip's argument: a bitmap below 256, a list above. */
typedef struct CharSet { uint64_t bits[4]; uint32_t *wide; size_t nwide; } CharSet;

static bool in_set(const View *s, const CharSet *cs, uint32_t c) {
    if (!cs) return is_space(s, c);
    if (c < 256) return (cs->bits[c >> 6] >> (c & 63)) & 1;
    for (size_t i = 0; i < cs->nwide; i++)
        if (cs->wide[i] == c) return true;
    return false;
}

/* in_set for a narrow self (a byte is a character): whitespace from the ASCII mask
 * (an ASCII str or bytes has no other), else the bitmap, which for an ASCII str holds
 * the UTF-8 bytes of the argument: a byte >= 0x80 never occurs in self. */
static inline bool byte_in_set(const View *s, const CharSet *cs, unsigned char c) {
    if (!cs) return c <= ' ' && ((s->str ? ASCII_SPACE_STR : ASCII_SPACE_BYTES) >> c & 1);
    return (cs->bits[c >> 6] >> (c & 63)) & 1;
}

/* The bitmap of the bytes of chars, for a narrow self: its bytes below 0x80 (or any
 * byte of a bytes argument) are all that can match.  The last short argument's bytes
 * and bitmap are remembered, so strip(string.punctuation) in a loop builds it once. */
#define BYTE_SET_MEMO 64
static void byte_set(const View *chars, uint64_t bits[4]) {
    static char memo_bytes[BYTE_SET_MEMO];
    static size_t memo_len = SIZE_MAX;
    static uint64_t memo_bits[4];
    if (chars->n == memo_len && !memcmp(chars->p, memo_bytes, chars->n)) {
        memcpy(bits, memo_bits, sizeof memo_bits);
        return;
    }
    for (size_t i = 0; i < chars->n; i++) {
        unsigned char c = (unsigned char)chars->p[i];
        bits[c >> 6] |= (uint64_t)1 << (c & 63);
    }
    if (chars->n <= BYTE_SET_MEMO) {
        memcpy(memo_bytes, chars->p, chars->n);
        memcpy(memo_bits, bits, sizeof memo_bits);
        memo_len = chars->n;
    }
}

static TrValue strip(TrValue *args, size_t nargs, TrValue kwnames, int where, const char *name) {
    if (tr_method_args(args, nargs, kwnames, name, 0, 1) < 0) return 0;
    View s = view_of(args[0]), chars;
    CharSet set, *cs = NULL;
    if (nargs > 1 && args[1] != tr_None) {
        if (!arg_view(&s, args[1], &chars)) {
            if (s.str) return tr_err(TR_EXC_TYPE(TypeError), "%s arg must be None or str", name);
            return arg_error(&s, args[1], "");
        }
        memset(&set, 0, sizeof set);
        if (!s.wide) {
            byte_set(&chars, set.bits);
        } else {
            set.wide = chars.wide ? tr_alloc_atomic(sizeof(uint32_t) * chars.n) : NULL;
            size_t cl;
            for (const char *p = chars.p; p < chars.p + chars.n; p += cl) {
                uint32_t c = char_at(&chars, p, &cl);
                if (c < 256) set.bits[c >> 6] |= (uint64_t)1 << (c & 63);
                else set.wide[set.nwide++] = c;
            }
        }
        cs = &set;
    }
    const char *a = s.p, *b = s.p + s.n;
    size_t cl;
    if (!s.wide) { /* a byte is a character: one bit test each */
        if (where & 1)
            while (a < b && byte_in_set(&s, cs, (unsigned char)*a)) a++;
        if (where & 2)
            while (b > a && byte_in_set(&s, cs, (unsigned char)b[-1])) b--;
    } else {
        if (where & 1)
            while (a < b && in_set(&s, cs, char_at(&s, a, &cl))) a += cl;
        if (where & 2)
            while (b > a && in_set(&s, cs, char_before(&s, a, b, &cl))) b -= cl;
    }
    if (a == s.p && b == s.p + s.n) return same(&s);
    return make(&s, a, (size_t)(b - a));
}
static TrValue sb_strip(TrValue *a, size_t n, TrValue k) { return strip(a, n, k, 3, "strip"); }
static TrValue sb_lstrip(TrValue *a, size_t n, TrValue k) { return strip(a, n, k, 1, "lstrip"); }
static TrValue sb_rstrip(TrValue *a, size_t n, TrValue k) { return strip(a, n, k, 2, "rstrip"); }

static TrValue remove_affix(TrValue *args, size_t nargs, TrValue kwnames, bool suffix) {
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (tr_method_args(args, nargs, kwnames, name, 1, 1) < 0) return 0;
    View s = view_of(args[0]), x;
    if (!arg_view(&s, args[1], &x))
        return arg_error(&s, args[1], suffix ? "removesuffix() argument must be str, not %s" : "removeprefix() argument must be str, not %s");
    if (x.n && x.n <= s.n && !memcmp(suffix ? s.p + s.n - x.n : s.p, x.p, x.n))
        return make(&s, suffix ? s.p : s.p + x.n, s.n - x.n);
    return same(&s);
}
static TrValue sb_removeprefix(TrValue *a, size_t n, TrValue k) { return remove_affix(a, n, k, false); }
static TrValue sb_removesuffix(TrValue *a, size_t n, TrValue k) { return remove_affix(a, n, k, true); }

/* ---------------------------------------------------------------- building */

/* Code points of a view (a str's count is stored; bytes have none) */
static size_t view_chars(const View *v) { return v->wide ? TR_STR(v->obj)->nchars : v->n; }

/* replace() of a non-empty old: the matches are found first, so the result is
 * allocated once at its size and, for a str, with its code point count known. */
#define MATCHES_ON_STACK 32
static TrValue replace_matches(const View *s, const View *old, const View *new_, int64_t count) {
    const char *stack_matches[MATCHES_ON_STACK], **at = stack_matches, *q;
    size_t n = 0, cap = MATCHES_ON_STACK;
    for (const char *p = s->p, *end = s->p + s->n; (int64_t)n < count && (q = tr_mem_find(p, (size_t)(end - p), old->p, old->n));
         p = q + old->n) {
        if (n == cap) {
            const char **grown = tr_alloc(sizeof(char *) * (cap *= 2));
            memcpy(grown, at, sizeof(char *) * n);
            at = grown;
        }
        at[n++] = q;
    }
    if (!n) return same(s);
    size_t len = s->n - n * old->n + n * new_->n;
    TrValue result = 0;
    char *out;
    if (s->str) {
        result = tr_str_alloc(len, view_chars(s) - n * view_chars(old) + n * view_chars(new_));
        out = TR_STR(result)->data;
    } else {
        out = tr_alloc_atomic(len + 1);
    }
    char *w = out;
    const char *p = s->p;
    for (size_t k = 0; k < n; k++) {
        memcpy(w, p, (size_t)(at[k] - p));
        w += at[k] - p;
        memcpy(w, new_->p, new_->n);
        w += new_->n;
        p = at[k] + old->n;
    }
    memcpy(w, p, (size_t)(s->p + s->n - p));
    return result ? tr_str_seal(result) : make(s, out, len);
}

static TrValue sb_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "replace", 2, 3) < 0) return 0;
    View s = view_of(args[0]), old, new_;
    if (!arg_view(&s, args[1], &old)) return arg_error(&s, args[1], "replace() argument 1 must be str, not %s");
    if (!arg_view(&s, args[2], &new_)) return arg_error(&s, args[2], "replace() argument 2 must be str, not %s");
    int64_t count = -1;
    if (nargs > 3 && tr_index(args[3], &count) < 0) return 0;
    if (count < 0) count = INT64_MAX;
    if (old.n) return replace_matches(&s, &old, &new_, count);
    TrBuf b; /* an empty old: new before every character and at the end */
    tr_buf_init(&b);
    int64_t done = 0;
    const char *p = s.p, *end = s.p + s.n;
    for (; done < count; done++) {
        tr_buf_add(&b, new_.p, new_.n);
        if (p == end) { done++; break; }
        size_t cl = char_len(&s, p);
        tr_buf_add(&b, p, cl);
        p += cl;
    }
    if (!done) return same(&s);
    tr_buf_add(&b, p, (size_t)(end - p));
    return make_any(&s, &b);
}

static TrValue sb_join(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "join", 1, 1) < 0) return 0;
    View s = view_of(args[0]);
    TrValue seq = args[1];
    if (TR_TYPE(seq) != &tr_list_type && TR_TYPE(seq) != &tr_tuple_type) {
        TrValue it = tr_iter(seq);
        if (!it) {
            if (!tr_err_is(TR_EXC_TYPE(TypeError))) return 0;
            tr_err_clear();
            return tr_err(TR_EXC_TYPE(TypeError), "can only join an iterable");
        }
        if (!(seq = tr_list_from_iterable(it))) return 0;
    }
    bool is_list = TR_TYPE(seq) == &tr_list_type;
    size_t n = is_list ? TR_LIST(seq)->len : TR_TUPLE(seq)->len;
    TrValue *items = is_list ? tr_list_items(TR_LIST(seq)) : TR_TUPLE(seq)->items;
    size_t total = n ? s.n * (n - 1) : 0, nchars = n && s.str ? TR_STR(s.obj)->nchars * (n - 1) : 0;
    for (size_t i = 0; i < n; i++) {
        View iv;
        if (!arg_view(&s, items[i], &iv)) {
            if (s.str)
                return tr_err(TR_EXC_TYPE(TypeError), "sequence item %zu: expected str instance, %s found", i, TR_TYPE_NAME(items[i]));
            return tr_err(TR_EXC_TYPE(TypeError), "sequence item %zu: expected a bytes-like object, %s found", i, TR_TYPE_NAME(items[i]));
        }
        total += iv.n;
        if (s.str) nchars += TR_STR(items[i])->nchars;
    }
    if (n == 1 && TR_TYPE(items[0]) == (s.str ? &tr_str_type : &tr_bytes_type) && !s.array) return items[0];
    TrValue r = s.str ? tr_str_alloc(total, nchars) : 0;
    char *out = s.str ? TR_STR(r)->data : tr_alloc_atomic(total + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        if (i) { memcpy(o, s.p, s.n); o += s.n; }
        size_t len;
        const char *d = s.str ? (len = TR_STR(items[i])->len, TR_STR(items[i])->data) : tr_bytes_view(items[i], &len);
        memcpy(o, d, len);
        o += len;
    }
    return s.str ? tr_str_seal(r) : make(&s, out, total);
}

/* width padding: left/right counts of fill (one character of fl bytes) around self */
static TrValue pad_build(const View *s, size_t left, size_t right, const char *fill, size_t fl) {
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < left; i++) tr_buf_add(&b, fill, fl);
    tr_buf_add(&b, s->p, s->n);
    for (size_t i = 0; i < right; i++) tr_buf_add(&b, fill, fl);
    return make_any(s, &b);
}

enum { PAD_LEFT_JUST, PAD_RIGHT_JUST, PAD_CENTER };

static TrValue pad(TrValue *args, size_t nargs, TrValue kwnames, int how, const char *name) {
    if (tr_method_args(args, nargs, kwnames, name, 1, 2) < 0) return 0;
    int64_t width;
    if (tr_index(args[1], &width) < 0) return 0;
    View s = view_of(args[0]), f = {0, " ", 1, false, false, false};
    if (nargs > 2) {
        TrValue fv = args[2];
        if (s.str) {
            if (!tr_str_check(fv))
                return tr_err(TR_EXC_TYPE(TypeError), "The fill character must be a unicode character, not %s", TR_TYPE_NAME(fv));
            if (TR_STR(fv)->nchars != 1)
                return tr_err(TR_EXC_TYPE(TypeError), "The fill character must be exactly one character long");
            f = view_of(fv);
        } else if (!arg_view(&s, fv, &f) || f.n != 1)
            return tr_err(TR_EXC_TYPE(TypeError), "%s() argument 2 must be a byte string of length 1, not %s", name, TR_TYPE_NAME(fv));
    }
    int64_t len = (int64_t)(s.wide ? TR_STR(s.obj)->nchars : s.n);
    if (width <= len) return same(&s);
    size_t total = (size_t)(width - len);
    size_t left = how == PAD_LEFT_JUST ? 0 : how == PAD_RIGHT_JUST ? total : total / 2 + (total & (size_t)width & 1);
    return pad_build(&s, left, total - left, f.p, f.n);
}
static TrValue sb_ljust(TrValue *a, size_t n, TrValue k) { return pad(a, n, k, PAD_LEFT_JUST, "ljust"); }
static TrValue sb_rjust(TrValue *a, size_t n, TrValue k) { return pad(a, n, k, PAD_RIGHT_JUST, "rjust"); }
static TrValue sb_center(TrValue *a, size_t n, TrValue k) { return pad(a, n, k, PAD_CENTER, "center"); }

static TrValue sb_zfill(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "zfill", 1, 1) < 0) return 0;
    int64_t width;
    if (tr_index(args[1], &width) < 0) return 0;
    View s = view_of(args[0]);
    int64_t len = (int64_t)(s.wide ? TR_STR(s.obj)->nchars : s.n);
    if (width <= len) return same(&s);
    TrValue r = pad_build(&s, (size_t)(width - len), 0, "0", 1);
    if (!r) return 0;
    char *d = s.str ? TR_STR(r)->data : (char *)tr_bytes_view(r, &(size_t){0});
    size_t fill = (size_t)(width - len);
    if (s.n && (d[fill] == '+' || d[fill] == '-')) { d[0] = d[fill]; d[fill] = '0'; }
    return r;
}

static TrValue sb_expandtabs(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"tabsize", NULL};
    TrValue a[1];
    if (tr_parse_args("expandtabs", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    int64_t tab = 8;
    if (a[0] && tr_index(a[0], &tab) < 0) return 0;
    View s = view_of(args[0]);
    if (!memchr(s.p, '\t', s.n)) return same(&s);
    TrBuf b;
    tr_buf_init(&b);
    int64_t col = 0;
    size_t cl;
    for (const char *p = s.p, *end = s.p + s.n; p < end; p += cl) {
        uint32_t c = char_at(&s, p, &cl);
        if (c == '\t') {
            if (tab <= 0) continue;
            for (int64_t k = tab - col % tab; k > 0; k--, col++) tr_buf_addc(&b, ' ');
        } else {
            tr_buf_add(&b, p, cl);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return make_any(&s, &b);
}

/* ---------------------------------------------------------------- case mapping */

/* Σ lowercases to final ς after a cased letter and not before one (case-ignorable
 * characters skipped both ways), as CPython's handle_capital_sigma. */
static uint32_t lower_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && (tr_uni_flags(cps[j - 1]) & TR_UNI_CASE_IGNORABLE)) j--;
    if (j == 0 || !(tr_uni_flags(cps[j - 1]) & TR_UNI_CASED)) return 0x3c3;
    j = i + 1;
    while (j < n && (tr_uni_flags(cps[j]) & TR_UNI_CASE_IGNORABLE)) j++;
    return j == n || !(tr_uni_flags(cps[j]) & TR_UNI_CASED) ? 0x3c2 : 0x3c3;
}

static TrValue case_unicode(const View *s, int mode) {
    size_t n = TR_STR(s->obj)->nchars, k = 0, cl;
    uint32_t *cps = tr_alloc_atomic(sizeof(uint32_t) * (n + 1));
    for (const char *p = s->p; p < s->p + s->n; p += cl) cps[k++] = char_at(s, p, &cl);
    TrBuf b;
    tr_buf_init(&b);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i], fl = tr_uni_flags(c), out[3];
        int which = -1, len;
        switch (mode) {
        case TR_CASE_UPPER: which = TR_UNI_UPPER_MAP; break;
        case TR_CASE_LOWER: which = TR_UNI_LOWER_MAP; break;
        case TR_CASE_FOLD: which = TR_UNI_FOLD_MAP; break;
        case TR_CASE_SWAP: which = fl & TR_UNI_UPPER ? TR_UNI_LOWER_MAP : fl & TR_UNI_LOWER ? TR_UNI_UPPER_MAP : -1; break;
        case TR_CASE_TITLE: which = prev_cased ? TR_UNI_LOWER_MAP : TR_UNI_TITLE_MAP; prev_cased = fl & TR_UNI_CASED; break;
        default: which = i ? TR_UNI_LOWER_MAP : TR_UNI_TITLE_MAP; break;
        }
        if (which < 0) { out[0] = c; len = 1; }
        else if (which == TR_UNI_LOWER_MAP && c == 0x3a3 && mode != TR_CASE_FOLD) { out[0] = lower_sigma(cps, n, i); len = 1; }
        else len = tr_uni_case_map(c, which, out);
        char tmp[4];
        for (int j = 0; j < len; j++) tr_buf_add(&b, tmp, tr_utf8_encode(out[j], tmp));
    }
    return tr_buf_finish(&b);
}

TrValue tr_sb_case(TrValue self, int mode) {
    View s = view_of(self);
    if (s.wide) return case_unicode(&s, mode);
    /* an ASCII str is written in place into a new result, as CPython's ("" is shared) */
    TrValue result = s.str && s.n ? tr_str_alloc(s.n, s.n) : 0;
    char *out = result ? TR_STR(result)->data : tr_alloc_atomic(s.n + 1);
    if (mode == TR_CASE_LOWER || mode == TR_CASE_FOLD || mode == TR_CASE_UPPER) {
        unsigned char from = mode == TR_CASE_UPPER ? 'a' : 'A';
        for (size_t i = 0; i < s.n; i++) {
            unsigned char c = (unsigned char)s.p[i];
            out[i] = (char)((unsigned char)(c - from) < 26 ? c ^ 0x20 : c);
        }
        return result ? result : make(&s, out, s.n);
    }
    bool prev_cased = false;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_up;
        switch (mode) {
        case TR_CASE_UPPER: to_up = true; break;
        case TR_CASE_SWAP: to_up = low; break;
        case TR_CASE_TITLE: to_up = !prev_cased; prev_cased = up || low; break;
        case TR_CASE_CAPITALIZE: to_up = i == 0; break;
        default: to_up = false; break;
        }
        out[i] = (char)(to_up && low ? c - 32 : !to_up && up ? c + 32 : c);
    }
    return result ? result : make(&s, out, s.n);
}

static TrValue sb_upper(TrValue *a, size_t n, TrValue k) { return tr_method_args(a, n, k, "upper", 0, 0) < 0 ? 0 : tr_sb_case(a[0], TR_CASE_UPPER); }
static TrValue sb_lower(TrValue *a, size_t n, TrValue k) { return tr_method_args(a, n, k, "lower", 0, 0) < 0 ? 0 : tr_sb_case(a[0], TR_CASE_LOWER); }
static TrValue sb_title(TrValue *a, size_t n, TrValue k) { return tr_method_args(a, n, k, "title", 0, 0) < 0 ? 0 : tr_sb_case(a[0], TR_CASE_TITLE); }
static TrValue sb_swapcase(TrValue *a, size_t n, TrValue k) { return tr_method_args(a, n, k, "swapcase", 0, 0) < 0 ? 0 : tr_sb_case(a[0], TR_CASE_SWAP); }
static TrValue sb_capitalize(TrValue *a, size_t n, TrValue k) { return tr_method_args(a, n, k, "capitalize", 0, 0) < 0 ? 0 : tr_sb_case(a[0], TR_CASE_CAPITALIZE); }

/* ---------------------------------------------------------------- predicates */

/* flags: every character has one of them (False when empty).  Special values:
 * TR_UNI_PRINTABLE and 0 (isascii) are True when empty; TR_UNI_LOWER, TR_UNI_UPPER
 * and TR_UNI_TITLE follow CPython's cased-character rules; TR_UNI_XID_START is
 * isidentifier. */
TrValue tr_sb_predicate(TrValue self, uint32_t flags) {
    View s = view_of(self);
    size_t cl;
    const char *p = s.p, *end = s.p + s.n;
    if (flags == 0) {
        if (s.str) return tr_bool(!s.wide);
        for (; p < end; p++)
            if ((unsigned char)*p >= 0x80) return tr_False;
        return tr_True;
    }
    if (flags == TR_UNI_LOWER || flags == TR_UNI_UPPER || flags == TR_UNI_TITLE) {
        uint32_t other = flags == TR_UNI_LOWER ? TR_UNI_UPPER : TR_UNI_LOWER;
        bool cased = false, prev_cased = false;
        for (; p < end; p += cl) {
            uint32_t f = char_flags(&s, char_at(&s, p, &cl));
            if (flags == TR_UNI_TITLE) {
                if (f & (TR_UNI_UPPER | TR_UNI_TITLE)) {
                    if (prev_cased) return tr_False;
                    prev_cased = cased = true;
                } else if (f & TR_UNI_LOWER) {
                    if (!prev_cased) return tr_False;
                    prev_cased = cased = true;
                } else prev_cased = false;
            } else if (f & (other | TR_UNI_TITLE)) return tr_False;
            else if (f & flags) cased = true;
        }
        return tr_bool(cased);
    }
    if (p == end) return tr_bool(flags == TR_UNI_PRINTABLE);
    if (flags == TR_UNI_XID_START) {
        if (!(char_flags(&s, char_at(&s, p, &cl)) & TR_UNI_XID_START)) return tr_False;
        p += cl;
        flags = TR_UNI_XID_CONTINUE;
    }
    for (; p < end; p += cl)
        if (!(char_flags(&s, char_at(&s, p, &cl)) & flags)) return tr_False;
    return tr_True;
}

#define PREDICATE(name, flags) \
    static TrValue sb_##name(TrValue *a, size_t n, TrValue k) { \
        return tr_method_args(a, n, k, #name, 0, 0) < 0 ? 0 : tr_sb_predicate(a[0], flags); \
    }
PREDICATE(isalpha, TR_UNI_ALPHA)
PREDICATE(isalnum, TR_UNI_ALPHA | TR_UNI_DECIMAL | TR_UNI_DIGIT | TR_UNI_NUMERIC)
PREDICATE(isdigit, TR_UNI_DIGIT)
PREDICATE(isspace, TR_UNI_SPACE)
PREDICATE(islower, TR_UNI_LOWER)
PREDICATE(isupper, TR_UNI_UPPER)
PREDICATE(istitle, TR_UNI_TITLE)
PREDICATE(isascii, 0)

/* ---------------------------------------------------------------- hashing */

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* A murmur3-style 64-bit hash of bytes, 8 at a time (loaded in the machine's byte
 * order: values differ between little- and big-endian machines, as CPython's), folded
 * to 32 bits where Py_hash_t is. */
static inline intptr_t hash_bytes(const char *p, size_t n, bool padded) {
    const uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, k;
    for (; n >= 8; p += 8, n -= 8) {
        memcpy(&k, p, 8);
        h ^= rotl64(k * c1, 31) * c2;
        h = rotl64(h, 27) * 5 + 0x52dce729;
    }
    k = 0;
    if (padded) memcpy(&k, p, 8); /* the n bytes left, then zeroes: one load */
    else memcpy(&k, p, n);
    h ^= rotl64(k * c1, 31) * c2;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    if (UINTPTR_MAX <= 0xffffffffu) h ^= h >> 32;
    intptr_t r = (intptr_t)(uintptr_t)h;
    return r == -1 ? -2 : r;
}
intptr_t tr_hash_bytes(const char *p, size_t n) { return hash_bytes(p, n, false); }
intptr_t tr_hash_padded_bytes(const char *p, size_t n) { return hash_bytes(p, n, true); }

/* ---------------------------------------------------------------- numbers */

TrValue tr_str_ascii_digits(TrValue s) {
    if (TR_STR(s)->ascii) return s;
    TrBuf b;
    tr_buf_init(&b);
    const char *p = TR_STR(s)->data, *end = p + TR_STR(s)->len;
    while (p < end) {
        uint32_t c;
        p += tr_utf8_decode(p, &c);
        uint32_t f = tr_uni_flags(c);
        if (c < 0x80) tr_buf_addc(&b, (char)c);
        else if (f & TR_UNI_SPACE) tr_buf_addc(&b, ' ');
        else if (f & TR_UNI_DECIMAL) tr_buf_addc(&b, (char)('0' + ((f >> TR_UNI_DECIMAL_SHIFT) & 0xf)));
        else tr_buf_addc(&b, '?');
    }
    return tr_buf_finish(&b);
}

/* ---------------------------------------------------------------- table */

const TrMethodDef tr_sb_methods[] = {
    {"find", sb_find}, {"rfind", sb_rfind}, {"index", sb_index}, {"rindex", sb_rindex}, {"count", sb_count},
    {"startswith", sb_startswith}, {"endswith", sb_endswith}, {"split", sb_split}, {"rsplit", sb_rsplit},
    {"splitlines", sb_splitlines}, {"partition", sb_partition}, {"rpartition", sb_rpartition},
    {"strip", sb_strip}, {"lstrip", sb_lstrip}, {"rstrip", sb_rstrip}, {"removeprefix", sb_removeprefix},
    {"removesuffix", sb_removesuffix}, {"replace", sb_replace}, {"join", sb_join}, {"ljust", sb_ljust},
    {"rjust", sb_rjust}, {"center", sb_center}, {"zfill", sb_zfill}, {"expandtabs", sb_expandtabs},
    {"upper", sb_upper}, {"lower", sb_lower}, {"title", sb_title}, {"swapcase", sb_swapcase},
    {"capitalize", sb_capitalize}, {"isalpha", sb_isalpha}, {"isalnum", sb_isalnum}, {"isdigit", sb_isdigit},
    {"isspace", sb_isspace}, {"islower", sb_islower}, {"isupper", sb_isupper}, {"istitle", sb_istitle},
    {"isascii", sb_isascii},
    {0},
};
