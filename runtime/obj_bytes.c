/* obj_bytes.c — bytes (immutable) and bytearray (mutable): construction, CPython's
 * repr, indexing (ints) and slicing, concatenation, comparison, hashing, decoding
 * (utf-8, ascii, latin-1) and the common methods shared by both types. */
#include "tr.h"

int tr_bytes_check(TrValue v) { return !TR_IS_SMALL(v) && tr_isinstance_type(v, &tr_bytes_type); }
static int is_bytearray(TrValue v) { return !TR_IS_SMALL(v) && tr_isinstance_type(v, &tr_bytearray_type); }

TrValue tr_bytes_new(const char *data, size_t len) {
    TrBytes *b = (TrBytes *)tr_object_alloc(&tr_bytes_type, sizeof(TrBytes) + len + 1);
    b->len = len;
    b->hash = -1;
    memcpy(b->data, data, len);
    b->data[len] = 0;
    return (TrValue)b;
}

TrValue tr_bytearray_new(const char *data, size_t len) {
    TrByteArray *b = (TrByteArray *)tr_object_alloc(&tr_bytearray_type, sizeof(TrByteArray));
    b->cap = len + 1;
    b->data = tr_alloc_atomic(b->cap);
    memcpy(b->data, data, len);
    b->len = len;
    return (TrValue)b;
}

/* The bytes of any bytes-like value, or NULL if v is not one. */
static const char *view(TrValue v, size_t *len) {
    if (tr_bytes_check(v)) { *len = ((TrBytes *)v)->len; return ((TrBytes *)v)->data; }
    if (is_bytearray(v)) { *len = ((TrByteArray *)v)->len; return ((TrByteArray *)v)->data; }
    return NULL;
}

static TrValue same_kind(TrValue like, const char *data, size_t len) {
    return is_bytearray(like) ? tr_bytearray_new(data, len) : tr_bytes_new(data, len);
}

static TrValue bytes_repr_impl(const char *d, size_t n, const char *open, const char *close) {
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, open);
    tr_buf_addc(&b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == (unsigned char)q || c == '\\') { tr_buf_addc(&b, '\\'); tr_buf_addc(&b, (char)c); }
        else if (c == '\n') tr_buf_adds(&b, "\\n");
        else if (c == '\r') tr_buf_adds(&b, "\\r");
        else if (c == '\t') tr_buf_adds(&b, "\\t");
        else if (c < 32 || c >= 127) tr_buf_printf(&b, "\\x%02x", c);
        else tr_buf_addc(&b, (char)c);
    }
    tr_buf_addc(&b, q);
    tr_buf_adds(&b, close);
    return tr_buf_finish(&b);
}

static TrValue bytes_repr(TrValue self) {
    size_t n;
    const char *d = view(self, &n);
    return is_bytearray(self) ? bytes_repr_impl(d, n, "bytearray(b", ")") : bytes_repr_impl(d, n, "b", "");
}

static int64_t bytes_hash(TrValue self) {
    TrBytes *b = (TrBytes *)self;
    if (b->hash != -1) return b->hash;
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < b->len; i++) h = (h ^ (unsigned char)b->data[i]) * 1099511628211ULL;
    b->hash = (int64_t)(h >> 1);
    return b->hash;
}

static TrValue bytes_richcompare(TrValue a, TrValue b, int op) {
    size_t na, nb;
    const char *x = view(a, &na), *y = view(b, &nb);
    if (!y) return tr_NotImplemented;
    int c = memcmp(x, y, na < nb ? na : nb);
    if (!c) c = (na > nb) - (na < nb);
    switch (op) {
    case TR_LT: return tr_bool(c < 0);
    case TR_LE: return tr_bool(c <= 0);
    case TR_EQ: return tr_bool(c == 0);
    case TR_NE: return tr_bool(c != 0);
    case TR_GT: return tr_bool(c > 0);
    default: return tr_bool(c >= 0);
    }
}

static intptr_t bytes_len(TrValue self) { size_t n; view(self, &n); return (intptr_t)n; }

static TrValue bytes_getitem(TrValue self, TrValue key) {
    size_t n;
    const char *d = view(self, &n);
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, len;
        if (tr_slice_indices(key, n, &start, &stop, &step, &len) < 0) return 0;
        char *buf = tr_alloc_atomic((size_t)len + 1);
        for (int64_t k = 0; k < len; k++) buf[k] = d[start + k * step];
        return same_kind(self, buf, (size_t)len);
    }
    int64_t i;
    if (tr_index(key, &i) < 0) return 0;
    if (i < 0) i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n) return tr_err(TR_EXC_TYPE(IndexError), "index out of range");
    return TR_FROM_SMALL((unsigned char)d[i]);
}

static int byte_value(TrValue v, unsigned char *out) {
    int64_t x;
    if (tr_index(v, &x) < 0) return -1;
    if (x < 0 || x > 255) { tr_err(TR_EXC_TYPE(ValueError), "byte must be in range(0, 256)"); return -1; }
    *out = (unsigned char)x;
    return 0;
}

static void ba_reserve(TrByteArray *b, size_t need) {
    if (need + 1 <= b->cap) return;
    size_t cap = b->cap * 2 > need + 1 ? b->cap * 2 : need + 1;
    b->data = tr_realloc(b->data, cap);
    b->cap = cap;
}

static int bytearray_setitem(TrValue self, TrValue key, TrValue v) {
    TrByteArray *b = (TrByteArray *)self;
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, len;
        if (tr_slice_indices(key, b->len, &start, &stop, &step, &len) < 0) return -1;
        if (step != 1) { tr_err(TR_EXC_TYPE(NotImplementedError), "extended slice assignment on bytearray"); return -1; }
        size_t nn = 0;
        const char *src = "";
        if (v) {
            TrValue bytes = tr_call1((TrValue)&tr_bytes_type, v);
            if (!bytes) return -1;
            src = view(bytes, &nn);
        }
        if (stop < start) stop = start;
        size_t newlen = b->len - (size_t)(stop - start) + nn;
        ba_reserve(b, newlen);
        memmove(b->data + start + nn, b->data + stop, b->len - (size_t)stop);
        memcpy(b->data + start, src, nn);
        b->len = newlen;
        return 0;
    }
    int64_t i;
    if (tr_index(key, &i) < 0) return -1;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) { tr_err(TR_EXC_TYPE(IndexError), "bytearray index out of range"); return -1; }
    if (!v) {
        memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
        b->len--;
        return 0;
    }
    unsigned char c;
    if (byte_value(v, &c) < 0) return -1;
    b->data[i] = (char)c;
    return 0;
}

static int bytes_contains(TrValue self, TrValue item) {
    size_t n, m;
    const char *d = view(self, &n);
    if (tr_int_check(item)) {
        unsigned char c;
        if (byte_value(item, &c) < 0) return -1;
        return memchr(d, c, n) != NULL;
    }
    const char *s = view(item, &m);
    if (!s) { tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(item)); return -1; }
    return m == 0 || memmem(d, n, s, m) != NULL;
}

static TrValue bytes_iter(TrValue self) { return tr_seq_iter_new(self); }

static TrValue bytes_add(TrValue a, TrValue b) {
    size_t na, nb;
    const char *x = view(a, &na), *y = view(b, &nb);
    if (!x || !y) {
        if (x) return tr_err(TR_EXC_TYPE(TypeError), "can't concat %s to %s", TR_TYPE_NAME(b), TR_TYPE_NAME(a));
        return tr_NotImplemented;
    }
    char *buf = tr_alloc_atomic(na + nb + 1);
    memcpy(buf, x, na);
    memcpy(buf + na, y, nb);
    return same_kind(a, buf, na + nb);
}

static TrValue bytes_mul(TrValue a, TrValue b) {
    TrValue seq = view(a, &(size_t){0}) ? a : b, n = seq == a ? b : a;
    if (!tr_int_check(n)) return tr_NotImplemented;
    int64_t k;
    if (tr_index(n, &k) < 0) return 0;
    if (k < 0) k = 0;
    size_t len;
    const char *d = view(seq, &len);
    char *buf = tr_alloc_atomic(len * (size_t)k + 1);
    for (int64_t i = 0; i < k; i++) memcpy(buf + i * len, d, len);
    return same_kind(seq, buf, len * (size_t)k);
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding) */
static TrValue make_bytes(TrValue *args, size_t nargs, TrValue kwnames, bool array) {
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    TrValue a[3];
    const char *name = array ? "bytearray" : "bytes";
    if (tr_parse_args(name, args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    if (!a[0]) {
        if (a[1]) return tr_err(TR_EXC_TYPE(TypeError), "encoding without a string argument");
    } else if (tr_str_check(a[0])) {
        if (!a[1]) return tr_err(TR_EXC_TYPE(TypeError), "string argument without an encoding");
        TrValue enc = tr_call_method_cstr(a[0], "encode", a[2] ? 2 : 1, a[1], a[2]);
        if (!enc) return 0;
        size_t n;
        const char *d = view(enc, &n);
        tr_buf_add(&b, d, n);
    } else if (a[1]) {
        return tr_err(TR_EXC_TYPE(TypeError), "encoding without a string argument");
    } else if (tr_int_check(a[0])) {
        int64_t n;
        if (tr_index(a[0], &n) < 0) return 0;
        if (n < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative count");
        for (int64_t i = 0; i < n; i++) tr_buf_addc(&b, 0);
    } else {
        size_t n;
        const char *d = view(a[0], &n);
        if (d) tr_buf_add(&b, d, n);
        else {
            TrValue it = tr_iter(a[0]), v;
            if (!it) {
                tr_err_clear();
                return tr_err(TR_EXC_TYPE(TypeError), "cannot convert '%s' object to %s", TR_TYPE_NAME(a[0]), name);
            }
            while ((v = tr_next(it))) {
                unsigned char c;
                if (!tr_int_check(v)) return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(v));
                if (byte_value(v, &c) < 0) {
                    tr_err_clear();
                    return tr_err(TR_EXC_TYPE(ValueError), "bytes must be in range(0, 256)");
                }
                tr_buf_addc(&b, (char)c);
            }
            if (tr_err_occurred()) return 0;
        }
    }
    return array ? tr_bytearray_new(b.data ? b.data : "", b.len) : tr_bytes_new(b.data ? b.data : "", b.len);
}

static TrValue bytes_new_slot(TrType *t, TrValue *a, size_t n, TrValue k) { return make_bytes(a, n, k, false); }
static TrValue bytearray_new_slot(TrType *t, TrValue *a, size_t n, TrValue k) { return make_bytes(a, n, k, true); }

/* ---------------------------------------------------------------- methods */

static TrValue b_decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"encoding", "errors", NULL};
    TrValue a[2];
    if (tr_parse_args("decode", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    size_t n;
    const char *d = view(args[0], &n);
    const char *enc = a[0] ? tr_str_cstr(a[0]) : "utf-8";
    const char *errors = a[1] ? tr_str_cstr(a[1]) : "strict";
    bool utf8 = !strcasecmp(enc, "utf-8") || !strcasecmp(enc, "utf8");
    bool ascii = !strcasecmp(enc, "ascii");
    bool latin = !strcasecmp(enc, "latin-1") || !strcasecmp(enc, "latin1") || !strcasecmp(enc, "iso-8859-1");
    if (!utf8 && !ascii && !latin) return tr_err(TR_EXC_TYPE(LookupError), "unknown encoding: %s", enc);
    TrBuf b;
    tr_buf_init(&b);
    char tmp[4];
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)d[i];
        if (latin || c < 0x80) {
            if (ascii && c >= 0x80) goto bad;
            tr_buf_add(&b, tmp, tr_utf8_encode(c, tmp));
            i++;
            continue;
        }
        if (utf8) {
            size_t need = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
            bool ok = need && i + need <= n;
            for (size_t k = 1; ok && k < need; k++) ok = ((unsigned char)d[i + k] & 0xc0) == 0x80;
            if (ok) { tr_buf_add(&b, d + i, need); i += need; continue; }
        }
    bad:
        if (!strcmp(errors, "ignore")) { i++; continue; }
        if (!strcmp(errors, "replace")) { tr_buf_adds(&b, "\xef\xbf\xbd"); i++; continue; }
        return tr_err(TR_EXC_TYPE(UnicodeDecodeError), "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                      utf8 ? "utf-8" : "ascii", c, i, utf8 ? (c >= 0x80 && c < 0xc0 ? "invalid start byte" : "invalid continuation byte") : "ordinal not in range(128)");
    }
    return tr_buf_finish(&b);
}

static TrValue b_hex(TrValue *args, size_t nargs, TrValue kwnames) {
    size_t n;
    const char *d = view(args[0], &n);
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < n; i++) tr_buf_printf(&b, "%02x", (unsigned char)d[i]);
    return tr_buf_finish(&b);
}

/* Most methods behave like str's: apply the str method to a latin-1 view. */
static TrValue via_str(TrValue *args, size_t nargs, TrValue kwnames, const char *method) {
    TrValue *a = tr_alloc(sizeof(TrValue) * (nargs + 1 + (kwnames ? TR_TUPLE(kwnames)->len : 0)));
    TrValue latin = tr_str_from_cstr("latin-1");
    for (size_t i = 0; i < nargs; i++) {
        size_t n;
        const char *d = view(args[i], &n);
        a[i] = d ? tr_call_method_cstr(args[i], "decode", 1, latin) : args[i];
        if (!a[i]) return 0;
    }
    TrValue r = tr_call_method(tr_str_intern(method), a, nargs, kwnames);
    if (!r) return 0;
    if (tr_str_check(r)) return tr_call_method_cstr(r, "encode", 1, latin);
    if (tr_list_check(r) || tr_tuple_check(r)) {
        size_t n = tr_list_check(r) ? TR_LIST(r)->len : TR_TUPLE(r)->len;
        TrValue *items = tr_list_check(r) ? TR_LIST(r)->items : TR_TUPLE(r)->items;
        for (size_t i = 0; i < n; i++) {
            TrValue e = tr_call_method_cstr(items[i], "encode", 1, latin);
            if (!e) return 0;
            if (is_bytearray(args[0])) { size_t m; const char *d = view(e, &m); e = tr_bytearray_new(d, m); }
            items[i] = e;
        }
    }
    return r;
}

#define VIA_STR(name)                                                                            \
    static TrValue b_##name(TrValue *args, size_t nargs, TrValue kwnames) {                     \
        TrValue r = via_str(args, nargs, kwnames, #name);                                        \
        if (r && is_bytearray(args[0]) && tr_bytes_check(r)) r = tr_bytearray_new(((TrBytes *)r)->data, ((TrBytes *)r)->len); \
        return r;                                                                                \
    }
VIA_STR(upper) VIA_STR(lower) VIA_STR(strip) VIA_STR(lstrip) VIA_STR(rstrip) VIA_STR(split) VIA_STR(rsplit)
VIA_STR(replace) VIA_STR(find) VIA_STR(rfind) VIA_STR(index) VIA_STR(count) VIA_STR(startswith) VIA_STR(endswith)
VIA_STR(join) VIA_STR(partition) VIA_STR(isdigit) VIA_STR(isalpha) VIA_STR(isspace) VIA_STR(isalnum)
VIA_STR(capitalize) VIA_STR(title) VIA_STR(splitlines)

static TrValue b_fromhex(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromhex", nargs - 1, 1, 1) < 0) return 0;
    const char *s = tr_str_cstr(args[1]);
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; s[i];) {
        if (s[i] == ' ') { i++; continue; }
        unsigned v;
        if (!s[i + 1] || sscanf(s + i, "%2x", &v) != 1)
            return tr_err(TR_EXC_TYPE(ValueError), "non-hexadecimal number found in fromhex() arg at position %zu", i);
        tr_buf_addc(&b, (char)v);
        i += 2;
    }
    return args[0] == (TrValue)&tr_bytearray_type ? tr_bytearray_new(b.data ? b.data : "", b.len) : tr_bytes_new(b.data ? b.data : "", b.len);
}

/* bytearray mutators */
#define BA TR_BA(args[0])
#define TR_BA(v) ((TrByteArray *)(v))

static TrValue ba_append(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("append", nargs - 1, 1, 1) < 0) return 0;
    unsigned char c;
    if (byte_value(args[1], &c) < 0) return 0;
    ba_reserve(BA, BA->len + 1);
    BA->data[BA->len++] = (char)c;
    return tr_None;
}

static TrValue ba_extend(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("extend", nargs - 1, 1, 1) < 0) return 0;
    TrValue more = tr_call1((TrValue)&tr_bytes_type, args[1]);
    if (!more) return 0;
    size_t n;
    const char *d = view(more, &n);
    ba_reserve(BA, BA->len + n);
    memcpy(BA->data + BA->len, d, n);
    BA->len += n;
    return tr_None;
}

static TrValue ba_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (!BA->len) return tr_err(TR_EXC_TYPE(IndexError), "pop from empty bytearray");
    int64_t i = (int64_t)BA->len - 1;
    if (nargs > 1 && tr_index(args[1], &i) < 0) return 0;
    if (i < 0) i += (int64_t)BA->len;
    if (i < 0 || i >= (int64_t)BA->len) return tr_err(TR_EXC_TYPE(IndexError), "pop index out of range");
    unsigned char c = (unsigned char)BA->data[i];
    memmove(BA->data + i, BA->data + i + 1, BA->len - (size_t)i - 1);
    BA->len--;
    return TR_FROM_SMALL(c);
}

static TrValue ba_clear(TrValue *args, size_t nargs, TrValue kwnames) { BA->len = 0; return tr_None; }
static TrValue ba_copy(TrValue *args, size_t nargs, TrValue kwnames) { return tr_bytearray_new(BA->data, BA->len); }
static TrValue ba_reverse(TrValue *args, size_t nargs, TrValue kwnames) {
    for (size_t i = 0; i < BA->len / 2; i++) { char t = BA->data[i]; BA->data[i] = BA->data[BA->len - 1 - i]; BA->data[BA->len - 1 - i] = t; }
    return tr_None;
}

static const TrMethodDef bytes_methods[] = {
    {"decode", b_decode}, {"hex", b_hex}, {"fromhex", b_fromhex, TR_METH_CLASS}, {"upper", b_upper}, {"lower", b_lower},
    {"strip", b_strip}, {"lstrip", b_lstrip}, {"rstrip", b_rstrip}, {"split", b_split}, {"rsplit", b_rsplit},
    {"replace", b_replace}, {"find", b_find}, {"rfind", b_rfind}, {"index", b_index}, {"count", b_count},
    {"startswith", b_startswith}, {"endswith", b_endswith}, {"join", b_join}, {"partition", b_partition},
    {"isdigit", b_isdigit}, {"isalpha", b_isalpha}, {"isspace", b_isspace}, {"isalnum", b_isalnum},
    {"capitalize", b_capitalize}, {"title", b_title}, {"splitlines", b_splitlines},
    {0},
};

static const TrMethodDef bytearray_methods[] = {
    {"append", ba_append}, {"extend", ba_extend}, {"pop", ba_pop}, {"clear", ba_clear}, {"copy", ba_copy},
    {"reverse", ba_reverse},
    {0},
};

TrType tr_bytes_type = {
    .ob = {&tr_type_type}, .name = "bytes", .flags = TR_TF_BASETYPE | TR_TF_ATOMIC, .basicsize = sizeof(TrBytes),
    .repr = bytes_repr, .hash = bytes_hash, .richcompare = bytes_richcompare, .len = bytes_len,
    .getitem = bytes_getitem, .contains = bytes_contains, .iter = bytes_iter,
    .nb = {[TR_ADD] = bytes_add, [TR_MUL] = bytes_mul}, .new_ = bytes_new_slot,
};

TrType tr_bytearray_type = {
    .ob = {&tr_type_type}, .name = "bytearray", .flags = TR_TF_BASETYPE, .basicsize = sizeof(TrByteArray),
    .repr = bytes_repr, .richcompare = bytes_richcompare, .len = bytes_len, .getitem = bytes_getitem,
    .setitem = bytearray_setitem, .contains = bytes_contains, .iter = bytes_iter,
    .nb = {[TR_ADD] = bytes_add, [TR_MUL] = bytes_mul}, .new_ = bytearray_new_slot,
};

void tr_init_bytes(void) {
    tr_type_ready(&tr_bytes_type);
    tr_type_ready(&tr_bytearray_type);
    tr_type_add_methods(&tr_bytes_type, bytes_methods);
    tr_type_add_methods(&tr_bytearray_type, bytes_methods);
    tr_type_add_methods(&tr_bytearray_type, bytearray_methods);
}
