/* obj_bytes.c — bytes (immutable, data inline) and bytearray (mutable, separate
 * buffer): construction, CPython's repr, hashing, comparison, indexing and slicing,
 * concatenation/repetition, decoding (utf-8, ascii, latin-1 with the common error
 * handlers), hex/fromhex and the bytearray mutators.  The text methods both share
 * with str are in strbase.c; `%` formatting is in format.c. */
#include "strbase.h"

#define BA(v) ((TrByteArray *)(v))
#define BYTES(v) ((TrBytes *)(v))

int tr_bytes_check(TrValue v) { return !TR_IS_SMALL(v) && tr_isinstance_type(v, &tr_bytes_type); }
static int is_bytearray(TrValue v) { return !TR_IS_SMALL(v) && tr_isinstance_type(v, &tr_bytearray_type); }

const char *tr_bytes_view(TrValue v, size_t *len) {
    /* an exact bytearray first: it would walk bytearray's MRO looking for bytes */
    if (!TR_IS_SMALL(v) && v->type == &tr_bytearray_type) { *len = BA(v)->len; return BA(v)->data; }
    if (tr_bytes_check(v)) { *len = BYTES(v)->len; return BYTES(v)->data; }
    if (is_bytearray(v)) { *len = BA(v)->len; return BA(v)->data; }
    return NULL;
}

static TrValue bytes_alloc(TrType *type, size_t len) {
    TrBytes *b = (TrBytes *)tr_object_alloc(type, sizeof(TrBytes) + len + 1);
    b->len = len;
    b->hash = -1;
    return (TrValue)b;
}

/* The empty bytes and the 256 one-byte ones are made once, as CPython's are: programs
 * that split data into single bytes (tokenisers) then compare and hash shared objects,
 * and `bytes([b]) is bytes([b])` holds there too.  Nothing writes into a bytes object
 * tr_bytes_new returned (bytes_alloc's callers fill their own). */
static TrValue short_bytes[257];

TrValue tr_bytes_new(const char *data, size_t len) {
    if (len <= 1) {
        size_t slot = len ? (unsigned char)data[0] : 256;
        if (!short_bytes[slot]) {
            TrValue b = bytes_alloc(&tr_bytes_type, len);
            if (len) BYTES(b)->data[0] = data[0];
            short_bytes[slot] = b;
        }
        return short_bytes[slot];
    }
    TrValue b = bytes_alloc(&tr_bytes_type, len);
    memcpy(BYTES(b)->data, data, len);
    return b;
}

/* bytearray data stays NUL-terminated (cap > len, once allocated) so it can be searched
 * as text; its allocation follows CPython's PyByteArray_Resize, so that __alloc__ agrees:
 * growing by at most an eighth overallocates as list does, more grows to the exact size,
 * shrinking below half the allocation shrinks it to the exact size */
static void ba_realloc(TrByteArray *b, size_t cap, size_t keep) {
    char *d = tr_alloc_atomic(cap);
    memcpy(d, b->data, keep);
    b->data = d;
    b->cap = cap;
}

static size_t ba_grown_cap(size_t cap, size_t need) {
    return need <= cap + cap / 8 ? need + (need >> 3) + (need < 9 ? 3 : 6) : need + 1;
}

/* room for need bytes (and the terminator) before a move into it, as the resize to need would make */
static void ba_reserve(TrByteArray *b, size_t need) {
    if (need > b->len && need + 1 > b->cap) ba_realloc(b, ba_grown_cap(b->cap, need), b->len + 1);
}

/* (an empty bytearray allocates nothing: its data is "" until it grows) */
static void ba_set_len(TrByteArray *b, size_t len) {
    if (len == b->len) return;
    if (len + 1 > b->cap) ba_realloc(b, ba_grown_cap(b->cap, len), b->len + 1);
    else if (len < b->cap / 2) ba_realloc(b, len + 1, len);
    b->len = len;
    b->data[len] = 0;
}

TrValue tr_bytearray_new(const char *data, size_t len) {
    TrByteArray *b = (TrByteArray *)tr_object_alloc(&tr_bytearray_type, sizeof(TrByteArray));
    b->data = "";
    ba_set_len(b, len);
    memcpy(b->data, data, len);
    return (TrValue)b;
}

static TrValue same_kind(TrValue like, const char *data, size_t len) {
    return is_bytearray(like) ? tr_bytearray_new(data, len) : tr_bytes_new(data, len);
}

/* ---------------------------------------------------------------- slots */

static TrValue bytes_repr(TrValue self) {
    size_t n;
    const char *d = tr_bytes_view(self, &n);
    char q = memchr(d, '\'', n) && !memchr(d, '"', n) ? '"' : '\'';
    TrBuf b;
    tr_buf_init(&b);
    bool array = is_bytearray(self);
    if (array) { tr_buf_adds(&b, TR_TYPE_NAME(self)); tr_buf_addc(&b, '('); }
    tr_buf_addc(&b, 'b');
    tr_buf_addc(&b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == (unsigned char)q || c == '\\') { tr_buf_addc(&b, '\\'); tr_buf_addc(&b, (char)c); }
        else if (c == '\n') tr_buf_adds(&b, "\\n");
        else if (c == '\r') tr_buf_adds(&b, "\\r");
        else if (c == '\t') tr_buf_adds(&b, "\\t");
        else if (c < 0x20 || c >= 0x7f) tr_buf_printf(&b, "\\x%02x", c);
        else tr_buf_addc(&b, (char)c);
    }
    tr_buf_addc(&b, q);
    if (array) tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

static int64_t bytes_hash(TrValue self) {
    TrBytes *b = BYTES(self);
    if (b->hash == -1) b->hash = (int64_t)tr_hash_bytes(b->data, b->len);
    return b->hash;
}

static TrValue bytes_richcompare(TrValue a, TrValue b, int op) {
    size_t na, nb;
    const char *x = tr_bytes_view(a, &na), *y = tr_bytes_view(b, &nb);
    if (!y) return tr_NotImplemented;
    if ((op == TR_EQ || op == TR_NE) && na != nb) return tr_bool(op == TR_NE);
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

static intptr_t bytes_len(TrValue self) {
    size_t n;
    tr_bytes_view(self, &n);
    return (intptr_t)n;
}

static int bytes_truth(TrValue self) { return bytes_len(self) != 0; }

/* An index key: 0 ok, -1 error with CPython's "byte indices must be..." text. */
static int index_key(TrValue self, TrValue key, int64_t *i) {
    if (!tr_int_check(key) && !TR_TYPE(key)->index) {
        tr_err(TR_EXC_TYPE(TypeError), "%s indices must be integers or slices, not %s",
               is_bytearray(self) ? "bytearray" : "byte", TR_TYPE_NAME(key));
        return -1;
    }
    return tr_index(key, i);
}

static TrValue bytes_getitem(TrValue self, TrValue key) {
    size_t n;
    const char *d = tr_bytes_view(self, &n);
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, len;
        if (tr_slice_indices(key, (int64_t)n, &start, &stop, &step, &len) < 0) return 0;
        if (step == 1) return same_kind(self, d + start, (size_t)len);
        char *buf = tr_alloc_atomic((size_t)len + 1);
        for (int64_t k = 0; k < len; k++) buf[k] = d[start + k * step];
        return same_kind(self, buf, (size_t)len);
    }
    int64_t i;
    if (index_key(self, key, &i) < 0) return 0;
    if (i < 0) i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        return tr_err(TR_EXC_TYPE(IndexError), is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return TR_FROM_SMALL((unsigned char)d[i]);
}

static int byte_value(TrValue v, unsigned char *out) {
    int64_t x;
    if (tr_index(v, &x) < 0) return -1;
    if (x < 0 || x > 255) {
        tr_err(TR_EXC_TYPE(ValueError), "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

/* The bytes of an iterable of ints in range(0, 256) into b: 0, -1 on error, -2
 * (no error set) when src is not iterable. */
static int bytes_from_iterable(TrValue src, TrBuf *b) {
    TrValue it = tr_iter(src), v;
    if (!it) {
        if (!tr_err_is(TR_EXC_TYPE(TypeError))) return -1;
        tr_err_clear();
        return -2;
    }
    while ((v = tr_next(it))) {
        unsigned char c;
        if (byte_value(v, &c) < 0) {
            if (tr_err_is(TR_EXC_TYPE(ValueError))) {
                tr_err_clear();
                tr_err(TR_EXC_TYPE(ValueError), "bytes must be in range(0, 256)");
            }
            return -1;
        }
        tr_buf_addc(b, (char)c);
    }
    return tr_err_occurred() ? -1 : 0;
}

/* Replace (v != 0) or delete the bytes of a slice of a bytearray. */
static int ba_set_slice(TrByteArray *b, TrValue slice, TrValue v) {
    int64_t start, stop, step, len;
    if (tr_slice_indices(slice, (int64_t)b->len, &start, &stop, &step, &len) < 0) return -1;
    size_t nn = 0;
    const char *src = "";
    TrBuf tmp;
    tr_buf_init(&tmp);
    if (v) {
        if (!(src = tr_bytes_view(v, &nn))) {
            int r = tr_int_check(v) || tr_str_check(v) ? -2 : bytes_from_iterable(v, &tmp);
            if (r == -2)
                tr_err(TR_EXC_TYPE(TypeError), "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            if (r < 0) return -1;
            src = tmp.data ? tmp.data : "";
            nn = tmp.len;
        } else if ((TrByteArray *)v == b) {
            src = tr_bytes_view(tr_bytes_new(src, nn), &nn); /* b[x:y] = b */
        }
    }
    if (step == 1) {
        if (stop < start) stop = start;
        size_t newlen = b->len - (size_t)(stop - start) + nn, oldlen = b->len;
        ba_reserve(b, newlen);
        memmove(b->data + start + nn, b->data + stop, oldlen - (size_t)stop);
        memcpy(b->data + start, src, nn);
        ba_set_len(b, newlen);
        return 0;
    }
    if (v) {
        if ((int64_t)nn != len) {
            tr_err(TR_EXC_TYPE(ValueError), "attempt to assign bytes of size %zu to extended slice of size %lld", nn, (long long)len);
            return -1;
        }
        for (int64_t k = 0; k < len; k++) b->data[start + k * step] = src[k];
        return 0;
    }
    /* delete an extended slice (walked with a positive step): keep the other bytes */
    if (step < 0) {
        start += (len - 1) * step;
        step = -step;
    }
    size_t kept = (size_t)start;
    for (int64_t i = start, k = 0; i < (int64_t)b->len; i++) {
        if (k < len && i == start + k * step) k++;
        else b->data[kept++] = b->data[i];
    }
    ba_set_len(b, kept);
    return 0;
}

static int bytearray_setitem(TrValue self, TrValue key, TrValue v) {
    TrByteArray *b = BA(self);
    if (TR_TYPE(key) == &tr_slice_type) return ba_set_slice(b, key, v);
    int64_t i;
    if (index_key(self, key, &i) < 0) return -1;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) {
        tr_err(TR_EXC_TYPE(IndexError), "bytearray index out of range");
        return -1;
    }
    if (!v) {
        memmove(b->data + i, b->data + i + 1, b->len - (size_t)i);
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
    const char *d = tr_bytes_view(self, &n);
    if (tr_int_check(item)) {
        unsigned char c;
        if (byte_value(item, &c) < 0) return -1;
        return memchr(d, c, n) != NULL;
    }
    const char *s = tr_buffer_view(item, &m);
    if (!s) {
        tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(item));
        return -1;
    }
    return m == 0 || memmem(d, n, s, m) != NULL;
}

static TrValue bytes_iter(TrValue self) { return tr_seq_iter_new(self); }

static TrValue bytes_add(TrValue a, TrValue b) {
    size_t na, nb;
    const char *x = tr_bytes_view(a, &na), *y = tr_buffer_view(b, &nb);
    if (!x) return tr_NotImplemented;
    if (!y) {
        if (TR_TYPE(b)->flags & TR_TF_HEAPTYPE) return tr_NotImplemented;
        return tr_err(TR_EXC_TYPE(TypeError), "can't concat %s to %s", TR_TYPE_NAME(b), TR_TYPE_NAME(a));
    }
    char *buf = tr_alloc_atomic(na + nb + 1);
    memcpy(buf, x, na);
    memcpy(buf + na, y, nb);
    return same_kind(a, buf, na + nb);
}

/* repetition count of seq * n: -1 when n is no int (NotImplemented) */
static int repeat_count(TrValue n, int64_t *k) {
    if (!tr_int_check(n) && !TR_TYPE(n)->index) return 1;
    if (tr_index(n, k) < 0) return -1;
    if (*k < 0) *k = 0;
    return 0;
}

static TrValue bytes_mul(TrValue a, TrValue b) {
    size_t len;
    TrValue seq = tr_bytes_view(a, &len) ? a : b, n = seq == a ? b : a;
    const char *d = tr_bytes_view(seq, &len);
    int64_t k;
    int r = repeat_count(n, &k);
    if (r) return r < 0 ? 0 : tr_NotImplemented;
    if (len && (uint64_t)k > ((uint64_t)1 << 40) / len) return tr_err_nomem();
    char *buf = tr_alloc_atomic(len * (size_t)k + 1);
    for (int64_t i = 0; i < k; i++) memcpy(buf + (size_t)i * len, d, len);
    return same_kind(seq, buf, len * (size_t)k);
}

/* b % args: each type's own % (a bytearray's __rmod__ leaves bytes to bytes') */
static TrValue bytes_mod(TrValue a, TrValue b) {
    return tr_bytes_check(a) ? tr_bytes_percent(a, b) : tr_NotImplemented;
}

static TrValue bytearray_mod(TrValue a, TrValue b) {
    if (!is_bytearray(a)) return tr_NotImplemented;
    TrValue r = tr_bytes_percent(a, b);
    return r ? tr_bytearray_new(BYTES(r)->data, BYTES(r)->len) : 0;
}

static TrValue bytearray_iadd(TrValue a, TrValue b) {
    size_t nb;
    const char *y = tr_buffer_view(b, &nb);
    if (!y) return tr_err(TR_EXC_TYPE(TypeError), "can't concat %s to %s", TR_TYPE_NAME(b), TR_TYPE_NAME(a));
    TrByteArray *x = BA(a);
    size_t old = x->len;
    /* CPython exports b's buffer for the concatenation, and then a resize of b fails */
    if ((TrValue)x == b) return tr_err(TR_EXC_TYPE(BufferError), "Existing exports of data: object cannot be re-sized");
    ba_set_len(x, old + nb);
    memcpy(x->data + old, y, nb);
    return a;
}

static TrValue bytearray_imul(TrValue a, TrValue b) {
    int64_t k;
    int r = repeat_count(b, &k);
    if (r) return r < 0 ? 0 : tr_NotImplemented;
    TrByteArray *x = BA(a);
    size_t len = x->len;
    if (len && (uint64_t)k > ((uint64_t)1 << 40) / len) return tr_err_nomem();
    ba_set_len(x, len * (size_t)k);
    for (int64_t i = 1; i < k; i++) memcpy(x->data + (size_t)i * len, x->data, len);
    return a;
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]), bytes(buffer) */
static TrValue make_bytes(TrType *type, TrValue *args, size_t nargs, TrValue kwnames, bool array) {
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    TrValue a[3];
    const char *name = array ? "bytearray" : "bytes";
    if (tr_parse_args(name, args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    size_t n;
    const char *d;
    if (!a[0]) {
        if (a[1] || a[2]) return tr_err(TR_EXC_TYPE(TypeError), a[1] ? "encoding without a string argument" : "errors without a string argument");
    } else if (tr_str_check(a[0])) {
        if (!a[1]) return tr_err(TR_EXC_TYPE(TypeError), "string argument without an encoding");
        TrValue enc = tr_call_method_cstr(a[0], "encode", 2, a[1], a[2] ? a[2] : TR_INTERN("strict"));
        if (!enc) return 0;
        d = tr_bytes_view(enc, &n);
        tr_buf_add(&b, d, n);
    } else if (a[1] || a[2]) {
        return tr_err(TR_EXC_TYPE(TypeError), a[1] ? "encoding without a string argument" : "errors without a string argument");
    } else if ((d = tr_buffer_view(a[0], &n))) {
        if (!array && TR_TYPE(a[0]) == &tr_bytes_type && type == &tr_bytes_type) return a[0];
        tr_buf_add(&b, d, n);
    } else if (tr_int_check(a[0]) || TR_TYPE(a[0])->index) {
        int64_t k;
        if (tr_index(a[0], &k) < 0) return 0;
        if (k < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative count");
        char *z = tr_alloc((size_t)k + 1);
        tr_buf_add(&b, z, (size_t)k);
    } else {
        TrValue conv = !array && (TR_TYPE(a[0])->flags & TR_TF_HEAPTYPE)
                           ? tr_type_lookup(TR_TYPE(a[0]), TR_INTERN("__bytes__")) : 0;
        int r;
        if (conv) {
            TrValue r = tr_call1(conv, a[0]);
            if (!r) return 0;
            if (!tr_bytes_check(r)) return tr_err(TR_EXC_TYPE(TypeError), "__bytes__ returned non-bytes (type %s)", TR_TYPE_NAME(r));
            d = tr_bytes_view(r, &n);
            tr_buf_add(&b, d, n);
        } else if ((r = bytes_from_iterable(a[0], &b)) < 0) {
            return r == -2 ? tr_err(TR_EXC_TYPE(TypeError), "cannot convert '%s' object to %s", TR_TYPE_NAME(a[0]), name) : 0;
        }
    }
    const char *data = b.data ? b.data : "";
    if (array) {
        TrValue r = tr_object_alloc(type, type->basicsize);
        BA(r)->data = "";
        ba_set_len(BA(r), b.len);
        memcpy(BA(r)->data, data, b.len);
        return r;
    }
    if (type == &tr_bytes_type) return tr_bytes_new(data, b.len);
    TrValue r = bytes_alloc(type, b.len);
    memcpy(BYTES(r)->data, data, b.len);
    return r;
}

static TrValue bytes_new_slot(TrType *t, TrValue *a, size_t n, TrValue k) { return make_bytes(t, a, n, k, false); }
static TrValue bytearray_new_slot(TrType *t, TrValue *a, size_t n, TrValue k) { return make_bytes(t, a, n, k, true); }

/* ---------------------------------------------------------------- decode */

static TrValue b_decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"encoding", "errors", NULL};
    TrValue a[2];
    if (tr_parse_args("decode", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    TrCodec codec = {TR_CODEC_UTF8, 0};
    if (a[0] && tr_codec_lookup("decode", a[0], &codec) < 0) return 0;
    if (a[1] && !tr_str_check(a[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "decode() argument 'errors' must be str, not %s", tr_arg_type_name(a[1]));
    size_t n;
    const char *d = tr_bytes_view(args[0], &n);
    return tr_codec_decode(codec, d, n, args[0], a[1] ? tr_str_cstr(a[1]) : NULL);
}

/* ---------------------------------------------------------------- hex */

/* _Py_strhex_impl: the hex digits of d[0..n) into b, with the one-character `sep` (0: none)
 * between groups of `bytes_per_sep` bytes, counted from the right when positive, from the
 * left when negative.  A bytes result (binascii.hexlify) takes any Latin-1 separator, a str
 * result (bytes.hex) only ASCII.  -1 with CPython's error for a bad sep or bytes_per_sep. */
int tr_hex_digits(TrBuf *b, const unsigned char *d, size_t n, TrValue sep, TrValue bytes_per_sep, bool bytes_result) {
    int per = 1;
    if (bytes_per_sep && tr_as_c_int(bytes_per_sep, &per) < 0) return -1;
    unsigned sep_char = 0;
    if (sep) {
        intptr_t seplen = tr_len(sep);
        if (seplen < 0) return -1;
        if (seplen != 1) {
            tr_err(TR_EXC_TYPE(ValueError), "sep must be length 1.");
            return -1;
        }
        if (tr_str_check(sep)) {
            uint32_t cp;
            tr_utf8_decode(tr_str_cstr(sep), &cp);
            if (cp > 0xff) {
                tr_err(TR_EXC_TYPE(ValueError), "sep must be ASCII.");
                return -1;
            }
            sep_char = cp;
        } else if (tr_bytes_check(sep)) {
            size_t one;
            sep_char = (unsigned char)tr_bytes_view(sep, &one)[0];
        } else {
            tr_err(TR_EXC_TYPE(TypeError), "sep must be str or bytes.");
            return -1;
        }
        if (sep_char > 127 && !bytes_result) {
            tr_err(TR_EXC_TYPE(ValueError), "sep must be ASCII.");
            return -1;
        }
    }
    static const char digits[] = "0123456789abcdef";
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; i < n; i++) {
        if (sep && i && group && (per > 0 ? (n - i) % group == 0 : i % group == 0)) tr_buf_addc(b, (char)sep_char);
        tr_buf_addc(b, digits[d[i] >> 4]);
        tr_buf_addc(b, digits[d[i] & 15]);
    }
    return 0;
}

static TrValue b_hex(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    TrValue a[2];
    if (tr_parse_args("hex", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    size_t n;
    const char *d = tr_bytes_view(args[0], &n);
    TrBuf b;
    tr_buf_init(&b);
    if (tr_hex_digits(&b, (const unsigned char *)d, n, a[0], a[1], false) < 0) return 0;
    return tr_buf_finish(&b);
}

static int hex_digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static TrValue b_fromhex(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "fromhex", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "fromhex() argument must be str, not %s", tr_arg_type_name(args[1]));
    const char *s = tr_str_cstr(args[1]);
    size_t len = TR_STR(args[1])->len;
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < len;) {
        if (strchr(" \t\n\r\v\f", s[i])) { i++; continue; }
        int hi = hex_digit(s[i]), lo = i + 1 < len ? hex_digit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return tr_err(TR_EXC_TYPE(ValueError), "non-hexadecimal number found in fromhex() arg at position %zu", hi < 0 ? i : i + 1);
        tr_buf_addc(&b, (char)(hi << 4 | lo));
        i += 2;
    }
    TrValue r = tr_bytes_new(b.data ? b.data : "", b.len);
    return args[0] == (TrValue)&tr_bytes_type ? r : tr_call1(args[0], r);
}

/* ---------------------------------------------------------------- translate */

/* bytes.maketrans and bytearray.maketrans (static methods: fname names the type) */
static TrValue maketrans(const char *fname, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, 2, 2) < 0) return 0;
    size_t nf, nt;
    const char *f = tr_bytes_view(args[0], &nf), *t = tr_bytes_view(args[1], &nt);
    if (!f || !t)
        return tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(f ? args[1] : args[0]));
    if (nf != nt) return tr_err(TR_EXC_TYPE(ValueError), "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++) table[i] = (char)i;
    for (size_t i = 0; i < nf; i++) table[(unsigned char)f[i]] = t[i];
    return tr_bytes_new(table, 256);
}
static TrValue bytes_maketrans(TrValue *args, size_t nargs, TrValue kwnames) {
    return maketrans("bytes.maketrans", args, nargs, kwnames);
}
static TrValue bytearray_maketrans(TrValue *args, size_t nargs, TrValue kwnames) {
    return maketrans("bytearray.maketrans", args, nargs, kwnames);
}

static TrValue b_translate(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/table", "delete", NULL};
    TrValue a[2];
    if (tr_parse_args("translate", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    size_t n, nt = 256, nd = 0;
    const char *d = tr_bytes_view(args[0], &n), *table = NULL, *del = "";
    if (a[0] != tr_None && !(table = tr_bytes_view(a[0], &nt)))
        return tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(a[0]));
    if (nt != 256) return tr_err(TR_EXC_TYPE(ValueError), "translation table must be 256 characters long");
    if (a[1] && !(del = tr_bytes_view(a[1], &nd)))
        return tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(a[1]));
    bool drop[256] = {false};
    for (size_t i = 0; i < nd; i++) drop[(unsigned char)del[i]] = true;
    char *out = tr_alloc_atomic(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (!drop[c]) out[k++] = table ? table[c] : (char)c;
    }
    return same_kind(args[0], out, k);
}

/* ---------------------------------------------------------------- bytearray */

static TrValue ba_append(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "append", 1, 1) < 0) return 0;
    unsigned char c;
    if (byte_value(args[1], &c) < 0) return 0;
    TrByteArray *b = BA(args[0]);
    ba_set_len(b, b->len + 1);
    b->data[b->len - 1] = (char)c;
    return tr_None;
}

static TrValue ba_extend(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "extend", 1, 1) < 0) return 0;
    TrByteArray *b = BA(args[0]);
    size_t n, old = b->len;
    const char *src = tr_bytes_view(args[1], &n);
    TrBuf tmp;
    tr_buf_init(&tmp);
    if (!src) {
        int r = bytes_from_iterable(args[1], &tmp);
        if (r < 0) return r == -2 ? tr_err(TR_EXC_TYPE(TypeError), "can't extend bytearray with %s", TR_TYPE_NAME(args[1])) : 0;
        src = tmp.data ? tmp.data : "";
        n = tmp.len;
    }
    ba_set_len(b, old + n);
    memmove(b->data + old, src, n); /* src may be b's own (old) buffer */
    return tr_None;
}

static TrValue ba_insert(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "insert", 2, 2) < 0) return 0;
    TrByteArray *b = BA(args[0]);
    int64_t i;
    unsigned char c;
    if (tr_index(args[1], &i) < 0 || byte_value(args[2], &c) < 0) return 0;
    if (i < 0 && (i += (int64_t)b->len) < 0) i = 0;
    if (i > (int64_t)b->len) i = (int64_t)b->len;
    size_t old = b->len;
    ba_set_len(b, old + 1);
    memmove(b->data + i + 1, b->data + i, old - (size_t)i);
    b->data[i] = (char)c;
    return tr_None;
}

static TrValue ba_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "pop", 0, 1) < 0) return 0;
    TrByteArray *b = BA(args[0]);
    int64_t i = -1;
    if (nargs > 1 && tr_index(args[1], &i) < 0) return 0;
    if (!b->len) return tr_err(TR_EXC_TYPE(IndexError), "pop from empty bytearray");
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) return tr_err(TR_EXC_TYPE(IndexError), "pop index out of range");
    unsigned char c = (unsigned char)b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i);
    b->len--;
    return TR_FROM_SMALL(c);
}

static TrValue ba_remove(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "remove", 1, 1) < 0) return 0;
    TrByteArray *b = BA(args[0]);
    unsigned char c;
    if (byte_value(args[1], &c) < 0) return 0;
    char *at = memchr(b->data, c, b->len);
    if (!at) return tr_err(TR_EXC_TYPE(ValueError), "value not found in bytearray");
    memmove(at, at + 1, (size_t)(b->data + b->len - at));
    b->len--;
    return tr_None;
}

static TrValue ba_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "clear", 0, 0) < 0) return 0;
    ba_set_len(BA(args[0]), 0);
    return tr_None;
}

static TrValue ba_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "copy", 0, 0) < 0) return 0;
    return tr_bytearray_new(BA(args[0])->data, BA(args[0])->len);
}

static TrValue ba_reverse(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "reverse", 0, 0) < 0) return 0;
    TrByteArray *b = BA(args[0]);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return tr_None;
}

/* bytes.__bytes__ and __getnewargs__ (a plain bytes copy of a subclass instance) */
static TrValue b_exact(TrValue self) {
    return TR_TYPE(self) == &tr_bytes_type ? self : tr_bytes_new(((TrBytes *)self)->data, ((TrBytes *)self)->len);
}
static TrValue b_bytes(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__bytes__", 0, 0) < 0) return 0;
    return b_exact(args[0]);
}
static TrValue b_getnewargs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__getnewargs__", 0, 0) < 0) return 0;
    return tr_tuple_pack(1, b_exact(args[0]));
}
static TrValue ba_sizeof(TrValue *args, size_t nargs, TrValue kwnames) { return tr_sizeof(args, nargs, kwnames, BA(args[0])->cap); }
/* bytearray.__alloc__(): the bytes allocated, counting the C terminator CPython keeps */
static TrValue ba_alloc(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__alloc__", 0, 0) < 0) return 0;
    return tr_int_from_u64(BA(args[0])->cap);
}

static const TrMethodDef bytes_only_methods[] = {
    {"__bytes__", b_bytes}, {"__getnewargs__", b_getnewargs},
    {"maketrans", bytes_maketrans, TR_METH_STATIC}, {0},
};

static const TrMethodDef bytes_methods[] = {
    {"decode", b_decode}, {"hex", b_hex}, {"fromhex", b_fromhex, TR_METH_CLASS},
    {"translate", b_translate},
    {0},
};

static const TrMethodDef bytearray_methods[] = {
    {"append", ba_append}, {"extend", ba_extend}, {"insert", ba_insert}, {"pop", ba_pop}, {"remove", ba_remove},
    {"clear", ba_clear}, {"copy", ba_copy}, {"reverse", ba_reverse}, {"__sizeof__", ba_sizeof}, {"__alloc__", ba_alloc},
    {"maketrans", bytearray_maketrans, TR_METH_STATIC}, {0},
};

TrType tr_bytes_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "bytes", .flags = TR_TF_BASETYPE | TR_TF_ATOMIC | TR_TF_SEQ_REPEAT, .basicsize = sizeof(TrBytes),
    .repr = bytes_repr, .str = bytes_repr, .hash = bytes_hash, .richcompare = bytes_richcompare, .len = bytes_len,
    .truth = bytes_truth, .getitem = bytes_getitem, .contains = bytes_contains, .iter = bytes_iter,
    .nb = {[TR_ADD] = bytes_add, [TR_MUL] = bytes_mul, [TR_MOD] = bytes_mod}, .new_ = bytes_new_slot,
};

TrType tr_bytearray_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "bytearray", .flags = TR_TF_BASETYPE | TR_TF_SEQ_REPEAT, .basicsize = sizeof(TrByteArray),
    .repr = bytes_repr, .str = bytes_repr, .richcompare = bytes_richcompare, .len = bytes_len, .truth = bytes_truth,
    .getitem = bytes_getitem, .setitem = bytearray_setitem, .contains = bytes_contains, .iter = bytes_iter,
    .nb = {[TR_ADD] = bytes_add, [TR_MUL] = bytes_mul, [TR_MOD] = bytearray_mod},
    .nb_inplace = {[TR_ADD] = bytearray_iadd, [TR_MUL] = bytearray_imul}, .new_ = bytearray_new_slot,
};

void tr_init_bytes(void) {
    tr_type_ready(&tr_bytes_type);
    tr_type_ready(&tr_bytearray_type);
    tr_type_add_methods(&tr_bytes_type, tr_sb_methods);
    tr_type_add_methods(&tr_bytes_type, bytes_methods);
    tr_type_add_methods(&tr_bytes_type, bytes_only_methods);
    tr_type_add_methods(&tr_bytearray_type, tr_sb_methods);
    tr_type_add_methods(&tr_bytearray_type, bytes_methods);
    tr_type_add_methods(&tr_bytearray_type, bytearray_methods);
}
