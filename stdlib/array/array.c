/* array.c — the `array` module: array(typecode[, initializer]), a sequence of C
 * numbers (b B h H i I l L q Q f d) stored as raw bytes in native order, usable as a
 * bytes-like buffer (bytes(a), b + a, struct.unpack(fmt, a)) through its type's
 * buffer slot. */
#include "tr.h"
#include <math.h>

typedef struct Array {
    TrObject ob;
    char code;
    size_t itemsize, len, cap; /* len and cap in items */
    char *data;
} Array;

static TrType array_type, array_iter_type;
#define ARR(v) ((Array *)(v))
#define TYPECODES "bBhHiIlLqQfd"

static size_t code_size(char c) {
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static bool is_array(TrValue v) { return tr_isinstance_type(v, &array_type); }

static void arr_reserve(Array *a, size_t n) {
    if (n <= a->cap) return;
    size_t cap = a->cap * 2 > n ? a->cap * 2 : n < 4 ? 4 : n;
    char *d = tr_alloc_atomic(cap * a->itemsize + 1);
    if (a->len) memcpy(d, a->data, a->len * a->itemsize);
    a->data = d;
    a->cap = cap;
}

static Array *arr_alloc(TrType *type, char code) {
    Array *a = (Array *)tr_object_alloc(type, type->basicsize);
    a->code = code;
    a->itemsize = code_size(code);
    a->data = "";
    return a;
}

/* ---------------------------------------------------------------- items */

static TrValue item_get(const Array *a, size_t i) {
    const char *p = a->data + i * a->itemsize;
    switch (a->code) {
    case 'b': return TR_FROM_SMALL(*(const int8_t *)p);
    case 'B': return TR_FROM_SMALL(*(const uint8_t *)p);
    case 'h': { int16_t v; memcpy(&v, p, 2); return TR_FROM_SMALL(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return TR_FROM_SMALL(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return tr_int_from_i64(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return tr_int_from_u64(v); }
    case 'l': { long v; memcpy(&v, p, sizeof v); return tr_int_from_i64(v); }
    case 'L': { unsigned long v; memcpy(&v, p, sizeof v); return tr_int_from_u64(v); }
    case 'q': { int64_t v; memcpy(&v, p, 8); return tr_int_from_i64(v); }
    case 'Q': { uint64_t v; memcpy(&v, p, 8); return tr_int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return tr_float_new(v); }
    default: { double v; memcpy(&v, p, 8); return tr_float_new(v); }
    }
}

/* the C value of v for typecode c in out (itemsize bytes), with CPython's errors */
static int item_convert(char c, TrValue v, char *out) {
    if (c == 'f' || c == 'd') {
        if (!tr_float_check(v) && !tr_int_check(v) && !TR_TYPE(v)->to_float && !TR_TYPE(v)->index) {
            tr_err(TR_EXC_TYPE(TypeError), "must be real number, not %s", TR_TYPE_NAME(v));
            return -1;
        }
        double d;
        if (tr_as_double(v, &d) < 0) return -1;
        if (c == 'f') { float f = (float)d; memcpy(out, &f, 4); }
        else memcpy(out, &d, 8);
        return 0;
    }
    if (!tr_int_check(v) && !TR_TYPE(v)->index) {
        tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(v));
        return -1;
    }
    TrValue iv = tr_number_index(v);
    if (!iv) return -1;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q';
    int sign = tr_int_sign(iv);
    int64_t s = 0;
    uint64_t u = 0;
    if (c == 'q') {
        if (tr_int_as_i64(iv, &s) < 0) {
            tr_err_clear();
            return tr_err(TR_EXC_TYPE(OverflowError), "int too big to convert"), -1;
        }
        memcpy(out, &s, 8);
        return 0;
    }
    if (c == 'Q' || (c == 'L' && sizeof(long) == 8)) {
        bool q = c == 'Q';
        if (sign < 0)
            return tr_err(TR_EXC_TYPE(OverflowError), q ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int"), -1;
        mpz_t z;
        mpz_init(z);
        tr_int_as_mpz(iv, z);
        uint8_t le[8] = {0};
        size_t count = 0;
        bool fits = mpz_sizeinbase(z, 2) <= 64;
        if (fits && mpz_sgn(z)) mpz_export(le, &count, -1, 1, 0, 0, z);
        mpz_clear(z);
        if (!fits)
            return tr_err(TR_EXC_TYPE(OverflowError), q ? "int too big to convert" : "Python int too large to convert to C unsigned long"), -1;
        for (int k = 0; k < 8; k++) u |= (uint64_t)le[k] << (8 * k);
        memcpy(out, &u, 8);
        return 0;
    }
    if (is_unsigned && sign < 0 && (c == 'I' || c == 'L'))
        return tr_err(TR_EXC_TYPE(OverflowError), "can't convert negative value to unsigned int"), -1;
    if (tr_int_as_i64(iv, &s) < 0) {
        tr_err_clear();
        if (c == 'L' || c == 'I') return tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C unsigned long"), -1;
        return tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C long"), -1;
    }
    int64_t lo = 0, hi = 0;
    const char *what = NULL;
    switch (c) {
    case 'b': lo = INT8_MIN; hi = INT8_MAX; what = "signed char"; break;
    case 'B': lo = 0; hi = UINT8_MAX; what = "unsigned byte integer"; break;
    case 'h': lo = INT16_MIN; hi = INT16_MAX; what = "signed short integer"; break;
    case 'H': lo = 0; hi = UINT16_MAX; what = "unsigned short"; break;
    case 'i': lo = INT32_MIN; hi = INT32_MAX; what = "signed integer"; break;
    case 'I': lo = 0; hi = UINT32_MAX; what = "unsigned int"; break;
    default: lo = INT64_MIN; hi = INT64_MAX; break; /* l, L: the int64 conversion checked */
    }
    if (what && (s < lo || s > hi))
        return tr_err(TR_EXC_TYPE(OverflowError), "%s is %s than %s", what, s < lo ? "less" : "greater", s < lo ? "minimum" : "maximum"), -1;
    switch (c) {
    case 'b': case 'B': *out = (char)s; break;
    case 'h': case 'H': { uint16_t v = (uint16_t)s; memcpy(out, &v, 2); break; }
    case 'i': case 'I': { uint32_t v = (uint32_t)s; memcpy(out, &v, 4); break; }
    default: { uint64_t v = (uint64_t)s; memcpy(out, &v, sizeof(long)); break; }
    }
    return 0;
}

static int arr_append(Array *a, TrValue v) {
    char tmp[8];
    if (item_convert(a->code, v, tmp) < 0) return -1;
    arr_reserve(a, a->len + 1);
    memcpy(a->data + a->len * a->itemsize, tmp, a->itemsize);
    a->len++;
    return 0;
}

static int arr_extend_iter(Array *a, TrValue iterable) {
    TrValue it = tr_iter(iterable), v;
    if (!it) return -1;
    while ((v = tr_next(it)))
        if (arr_append(a, v) < 0) return -1;
    return tr_err_occurred() ? -1 : 0;
}

static int arr_frombytes(Array *a, const char *d, size_t n) {
    if (n % a->itemsize) {
        tr_err(TR_EXC_TYPE(ValueError), "bytes length not a multiple of item size");
        return -1;
    }
    arr_reserve(a, a->len + n / a->itemsize);
    memcpy(a->data + a->len * a->itemsize, d, n);
    a->len += n / a->itemsize;
    return 0;
}

/* the bytes of a bytes-like argument, or NULL */
static const char *bytes_like(TrValue v, size_t *n) { return tr_buffer_view(v, n); }

/* ---------------------------------------------------------------- construction */

static TrValue array_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (type == &array_type && tr_no_kwargs("array.array", kwnames) < 0) return 0;
    if (tr_check_nargs("array", nargs, 1, 2) < 0) return 0;
    if (!tr_str_check(args[0]) || TR_STR(args[0])->nchars != 1)
        return tr_err(TR_EXC_TYPE(TypeError), "array() argument 1 must be a unicode character, not %s", TR_TYPE_NAME(args[0]));
    char c = tr_str_cstr(args[0])[0];
    if (!c || !strchr(TYPECODES, c))
        return tr_err(TR_EXC_TYPE(ValueError), "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Array *a = arr_alloc(type, c);
    if (nargs < 2) return (TrValue)a;
    TrValue init = args[1];
    if (tr_str_check(init))
        return tr_err(TR_EXC_TYPE(TypeError), "cannot use a str to initialize an array with typecode '%c'", c);
    if (is_array(init) && ARR(init)->code == c) {
        arr_frombytes(a, ARR(init)->data, ARR(init)->len * a->itemsize);
        return (TrValue)a;
    }
    size_t n;
    const char *d;
    if (!is_array(init) && (d = bytes_like(init, &n))) return arr_frombytes(a, d, n) < 0 ? 0 : (TrValue)a;
    return arr_extend_iter(a, init) < 0 ? 0 : (TrValue)a;
}

/* ---------------------------------------------------------------- methods */

#define SELF ARR(args[0])

static int margs(const char *fname, size_t nargs, TrValue kwnames, size_t min, size_t max) {
    if (tr_no_kwargs(fname, kwnames) < 0) return -1;
    return tr_check_nargs(fname, nargs - 1, min, max);
}

static TrValue array_append_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("append", nargs, kwnames, 1, 1) < 0) return 0;
    return arr_append(SELF, args[1]) < 0 ? 0 : tr_None;
}

static int arr_extend(Array *a, TrValue v) {
    if (is_array(v)) {
        if (ARR(v)->code != a->code) {
            tr_err(TR_EXC_TYPE(TypeError), "can only extend with array of same kind");
            return -1;
        }
        return arr_frombytes(a, ARR(v)->data, ARR(v)->len * a->itemsize);
    }
    return arr_extend_iter(a, v);
}

static TrValue array_extend_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("extend", nargs, kwnames, 1, 1) < 0) return 0;
    return arr_extend(SELF, args[1]) < 0 ? 0 : tr_None;
}

static TrValue array_frombytes_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("frombytes", nargs, kwnames, 1, 1) < 0) return 0;
    size_t n;
    const char *d = bytes_like(args[1], &n);
    if (!d) return tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(args[1]));
    return arr_frombytes(SELF, d, n) < 0 ? 0 : tr_None;
}

static TrValue array_fromlist_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("fromlist", nargs, kwnames, 1, 1) < 0) return 0;
    if (!tr_list_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "arg must be list");
    Array *a = SELF;
    size_t old = a->len;
    if (arr_extend_iter(a, args[1]) < 0) { a->len = old; return 0; }
    return tr_None;
}

static TrValue array_tobytes_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("tobytes", nargs, kwnames, 0, 0) < 0) return 0;
    return tr_bytes_new(SELF->data, SELF->len * SELF->itemsize);
}

static TrValue array_tolist_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("tolist", nargs, kwnames, 0, 0) < 0) return 0;
    TrValue l = tr_list_new(SELF->len);
    for (size_t i = 0; i < SELF->len; i++) tr_list_append(l, item_get(SELF, i));
    return l;
}

static int64_t arr_find(Array *a, TrValue x, size_t start) {
    for (size_t i = start; i < a->len; i++) {
        int eq = tr_equal(item_get(a, i), x);
        if (eq) return eq < 0 ? -2 : (int64_t)i;
    }
    return -1;
}

static void arr_delete(Array *a, size_t i, size_t n) {
    memmove(a->data + i * a->itemsize, a->data + (i + n) * a->itemsize, (a->len - i - n) * a->itemsize);
    a->len -= n;
}

static TrValue array_pop_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("pop", nargs, kwnames, 0, 1) < 0) return 0;
    Array *a = SELF;
    int64_t i = -1;
    if (nargs > 1 && tr_index(args[1], &i) < 0) return 0;
    if (!a->len) return tr_err(TR_EXC_TYPE(IndexError), "pop from empty array");
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) return tr_err(TR_EXC_TYPE(IndexError), "pop index out of range");
    TrValue v = item_get(a, (size_t)i);
    arr_delete(a, (size_t)i, 1);
    return v;
}

static TrValue array_insert_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("insert", nargs, kwnames, 2, 2) < 0) return 0;
    Array *a = SELF;
    int64_t i;
    char tmp[8];
    if (tr_index(args[1], &i) < 0 || item_convert(a->code, args[2], tmp) < 0) return 0;
    if (i < 0 && (i += (int64_t)a->len) < 0) i = 0;
    if (i > (int64_t)a->len) i = (int64_t)a->len;
    arr_reserve(a, a->len + 1);
    memmove(a->data + (i + 1) * a->itemsize, a->data + i * a->itemsize, (a->len - (size_t)i) * a->itemsize);
    memcpy(a->data + i * a->itemsize, tmp, a->itemsize);
    a->len++;
    return tr_None;
}

static TrValue array_index_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("index", nargs, kwnames, 1, 1) < 0) return 0;
    int64_t i = arr_find(SELF, args[1], 0);
    if (i == -2) return 0;
    if (i < 0) return tr_err(TR_EXC_TYPE(ValueError), "array.index(x): x not in array");
    return tr_int_from_i64(i);
}

static TrValue array_remove_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("remove", nargs, kwnames, 1, 1) < 0) return 0;
    int64_t i = arr_find(SELF, args[1], 0);
    if (i == -2) return 0;
    if (i < 0) return tr_err(TR_EXC_TYPE(ValueError), "array.remove(x): x not in array");
    arr_delete(SELF, (size_t)i, 1);
    return tr_None;
}

static TrValue array_count_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("count", nargs, kwnames, 1, 1) < 0) return 0;
    int64_t n = 0;
    for (size_t i = 0; i < SELF->len; i++) {
        int eq = tr_equal(item_get(SELF, i), args[1]);
        if (eq < 0) return 0;
        n += eq;
    }
    return tr_int_from_i64(n);
}

static TrValue array_reverse_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("reverse", nargs, kwnames, 0, 0) < 0) return 0;
    Array *a = SELF;
    char tmp[8];
    for (size_t i = 0, j = a->len ? a->len - 1 : 0; i < j; i++, j--) {
        memcpy(tmp, a->data + i * a->itemsize, a->itemsize);
        memcpy(a->data + i * a->itemsize, a->data + j * a->itemsize, a->itemsize);
        memcpy(a->data + j * a->itemsize, tmp, a->itemsize);
    }
    return tr_None;
}

static TrValue array_byteswap_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("byteswap", nargs, kwnames, 0, 0) < 0) return 0;
    Array *a = SELF;
    for (size_t i = 0; i < a->len; i++) {
        char *p = a->data + i * a->itemsize;
        for (size_t k = 0; k < a->itemsize / 2; k++) {
            char t = p[k];
            p[k] = p[a->itemsize - 1 - k];
            p[a->itemsize - 1 - k] = t;
        }
    }
    return tr_None;
}

static TrValue array_buffer_info_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (margs("buffer_info", nargs, kwnames, 0, 0) < 0) return 0;
    return tr_tuple_pack(2, tr_int_from_u64((uintptr_t)SELF->data), tr_int_from_u64(SELF->len));
}

static TrValue array_copy_m(TrValue *args, size_t nargs, TrValue kwnames) {
    Array *r = arr_alloc(&array_type, SELF->code);
    arr_frombytes(r, SELF->data, SELF->len * SELF->itemsize);
    return (TrValue)r;
}

#undef SELF

static TrValue array_get_typecode(TrValue self) { return tr_str_new(&ARR(self)->code, 1); }
static TrValue array_get_itemsize(TrValue self) { return tr_int_from_u64(ARR(self)->itemsize); }

/* ---------------------------------------------------------------- slots */

static TrValue array_repr(TrValue self) {
    Array *a = ARR(self);
    const char *name = TR_TYPE_NAME(self);
    if (!a->len) return tr_str_fmt("%s('%c')", name, a->code);
    TrValue items = tr_list_new(a->len);
    for (size_t i = 0; i < a->len; i++) tr_list_append(items, item_get(a, i));
    TrValue r = tr_repr(items);
    return r ? tr_str_fmt("%s('%c', %S)", name, a->code, r) : 0;
}

static intptr_t array_len(TrValue self) { return (intptr_t)ARR(self)->len; }
static int array_truth(TrValue self) { return ARR(self)->len != 0; }

static TrValue array_getitem(TrValue self, TrValue key) {
    Array *a = ARR(self);
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n;
        if (tr_slice_indices(key, (int64_t)a->len, &start, &stop, &step, &n) < 0) return 0;
        Array *r = arr_alloc(TR_TYPE(self) == &array_type ? &array_type : &array_type, a->code);
        arr_reserve(r, (size_t)n);
        for (int64_t k = 0; k < n; k++)
            memcpy(r->data + k * a->itemsize, a->data + (start + k * step) * (int64_t)a->itemsize, a->itemsize);
        r->len = (size_t)n;
        return (TrValue)r;
    }
    int64_t i;
    if (tr_index(key, &i) < 0) {
        if (tr_err_is(TR_EXC_TYPE(TypeError))) {
            tr_err_clear();
            return tr_err(TR_EXC_TYPE(TypeError), "array indices must be integers");
        }
        return 0;
    }
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) return tr_err(TR_EXC_TYPE(IndexError), "array index out of range");
    return item_get(a, (size_t)i);
}

static int array_setitem(TrValue self, TrValue key, TrValue v) {
    Array *a = ARR(self);
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n;
        if (tr_slice_indices(key, (int64_t)a->len, &start, &stop, &step, &n) < 0) return -1;
        if (!v) { /* del a[slice]: keep what the slice does not select */
            if (step < 0) { start += (n - 1) * step; step = -step; }
            size_t w = 0;
            for (size_t i = 0; i < a->len; i++) {
                bool sel = (int64_t)i >= start && ((int64_t)i - start) % step == 0 && ((int64_t)i - start) / step < n;
                if (!sel) memmove(a->data + w++ * a->itemsize, a->data + i * a->itemsize, a->itemsize);
            }
            a->len = w;
            return 0;
        }
        if (!is_array(v)) {
            tr_err(TR_EXC_TYPE(TypeError), "can only assign array (not \"%s\") to array slice", TR_TYPE_NAME(v));
            return -1;
        }
        Array *src = ARR(v);
        if (src->code != a->code) {
            tr_err(TR_EXC_TYPE(TypeError), "bad argument type for built-in operation");
            return -1;
        }
        char *copy = tr_alloc_atomic(src->len * a->itemsize + 1);
        memcpy(copy, src->data, src->len * a->itemsize);
        if (step == 1) {
            if (stop < start) stop = start;
            size_t tail = a->len - (size_t)stop, m = src->len;
            size_t newlen = (size_t)start + m + tail;
            arr_reserve(a, newlen);
            memmove(a->data + (start + (int64_t)m) * (int64_t)a->itemsize, a->data + stop * (int64_t)a->itemsize, tail * a->itemsize);
            memcpy(a->data + start * (int64_t)a->itemsize, copy, m * a->itemsize);
            a->len = newlen;
            return 0;
        }
        if ((int64_t)src->len != n) {
            tr_err(TR_EXC_TYPE(ValueError), "attempt to assign array of size %zu to extended slice of size %lld", src->len, (long long)n);
            return -1;
        }
        for (int64_t k = 0; k < n; k++)
            memcpy(a->data + (start + k * step) * (int64_t)a->itemsize, copy + k * a->itemsize, a->itemsize);
        return 0;
    }
    int64_t i;
    if (tr_index(key, &i) < 0) return -1;
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) {
        tr_err(TR_EXC_TYPE(IndexError), v ? "array assignment index out of range" : "array assignment index out of range");
        return -1;
    }
    if (!v) {
        arr_delete(a, (size_t)i, 1);
        return 0;
    }
    return item_convert(a->code, v, a->data + i * a->itemsize);
}

static int array_contains(TrValue self, TrValue x) {
    int64_t i = arr_find(ARR(self), x, 0);
    return i == -2 ? -1 : i >= 0;
}

/* arrays compare as the sequences of their values, with arrays only */
static TrValue array_richcompare(TrValue a, TrValue b, int op) {
    if (!is_array(b)) return tr_NotImplemented;
    Array *x = ARR(a), *y = ARR(b);
    if ((op == TR_EQ || op == TR_NE) && x->len != y->len) return tr_bool(op == TR_NE);
    size_t n = x->len < y->len ? x->len : y->len;
    for (size_t i = 0; i < n; i++) {
        TrValue u = item_get(x, i), v = item_get(y, i);
        int eq = tr_equal(u, v);
        if (eq < 0) return 0;
        if (!eq) {
            if (op == TR_EQ) return tr_False;
            if (op == TR_NE) return tr_True;
            return tr_compare(u, v, op);
        }
    }
    int c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case TR_LT: return tr_bool(c < 0);
    case TR_LE: return tr_bool(c <= 0);
    case TR_EQ: return tr_bool(c == 0);
    case TR_NE: return tr_bool(c != 0);
    case TR_GT: return tr_bool(c > 0);
    default: return tr_bool(c >= 0);
    }
}

static TrValue array_add(TrValue a, TrValue b) {
    if (!is_array(a)) return tr_NotImplemented;
    if (!is_array(b)) return tr_err(TR_EXC_TYPE(TypeError), "can only append array (not \"%s\") to array", TR_TYPE_NAME(b));
    if (ARR(a)->code != ARR(b)->code) return tr_err(TR_EXC_TYPE(TypeError), "bad argument type for built-in operation");
    Array *r = arr_alloc(&array_type, ARR(a)->code);
    arr_frombytes(r, ARR(a)->data, ARR(a)->len * r->itemsize);
    arr_frombytes(r, ARR(b)->data, ARR(b)->len * r->itemsize);
    return (TrValue)r;
}

static TrValue array_iadd(TrValue a, TrValue b) {
    if (!is_array(b)) return tr_err(TR_EXC_TYPE(TypeError), "can only extend array with array (not \"%s\")", TR_TYPE_NAME(b));
    return arr_extend(ARR(a), b) < 0 ? 0 : a;
}

static TrValue array_mul(TrValue a, TrValue b) {
    if (!is_array(a)) { TrValue t = a; a = b; b = t; }
    if (!tr_int_check(b) && !TR_TYPE(b)->index) return tr_NotImplemented;
    int64_t n;
    if (tr_index(b, &n) < 0) return 0;
    Array *src = ARR(a), *r = arr_alloc(&array_type, src->code);
    for (int64_t k = 0; k < n; k++) arr_frombytes(r, src->data, src->len * src->itemsize);
    return (TrValue)r;
}

static TrValue array_imul(TrValue a, TrValue b) {
    int64_t n;
    if (!tr_int_check(b) && !TR_TYPE(b)->index) return tr_NotImplemented;
    if (tr_index(b, &n) < 0) return 0;
    Array *x = ARR(a);
    size_t bytes = x->len * x->itemsize;
    char *copy = tr_alloc_atomic(bytes + 1);
    memcpy(copy, x->data, bytes);
    x->len = 0;
    for (int64_t k = 0; k < n; k++) arr_frombytes(x, copy, bytes);
    return a;
}

static int array_buffer(TrValue self, TrBuffer *view) {
    Array *a = ARR(self);
    view->data = a->data;
    view->len = a->len * a->itemsize;
    view->itemsize = a->itemsize;
    view->format = a->code;
    view->readonly = false;
    view->obj = self;
    return 0;
}

typedef struct ArrayIter { TrObject ob; Array *a; size_t i; } ArrayIter;

static TrValue array_iter(TrValue self) {
    ArrayIter *it = (ArrayIter *)tr_object_alloc(&array_iter_type, sizeof(ArrayIter));
    it->a = ARR(self);
    return (TrValue)it;
}

static TrValue array_iter_next(TrValue self) {
    ArrayIter *it = (ArrayIter *)self;
    if (it->i >= it->a->len) return 0;
    return item_get(it->a, it->i++);
}

static TrValue array_iter_self(TrValue self) { return self; }

static const TrMethodDef array_methods[] = {
    {"append", array_append_m}, {"extend", array_extend_m}, {"frombytes", array_frombytes_m},
    {"fromlist", array_fromlist_m}, {"tobytes", array_tobytes_m}, {"tolist", array_tolist_m},
    {"pop", array_pop_m}, {"insert", array_insert_m}, {"index", array_index_m}, {"remove", array_remove_m},
    {"count", array_count_m}, {"reverse", array_reverse_m}, {"byteswap", array_byteswap_m},
    {"buffer_info", array_buffer_info_m}, {"__copy__", array_copy_m}, {"__deepcopy__", array_copy_m},
    {0},
};

static TrType array_type = {
    .ob = {&tr_type_type}, .name = "array", .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE | TR_TF_SEQ_REPEAT, .basicsize = sizeof(Array),
    .repr = array_repr, .richcompare = array_richcompare, .len = array_len, .getitem = array_getitem,
    .setitem = array_setitem, .contains = array_contains, .truth = array_truth, .iter = array_iter,
    .nb = {[TR_ADD] = array_add, [TR_MUL] = array_mul},
    .nb_inplace = {[TR_ADD] = array_iadd, [TR_MUL] = array_imul},
    .new_ = array_new, .buffer = array_buffer,
};

static TrType array_iter_type = {
    .ob = {&tr_type_type}, .name = "arrayiterator", .basicsize = sizeof(ArrayIter),
    .iter = array_iter_self, .next = array_iter_next,
};

TrValue trmod_array_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("array", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    array_type.module = TR_INTERN("array");
    tr_type_ready(&array_type);
    tr_type_add_methods(&array_type, array_methods);
    tr_type_add_getter(&array_type, "typecode", array_get_typecode);
    tr_type_add_getter(&array_type, "itemsize", array_get_itemsize);
    tr_type_ready(&array_iter_type);
    tr_module_add(m, "array", (TrValue)&array_type);
    tr_module_add(m, "ArrayType", (TrValue)&array_type);
    tr_module_add(m, "typecodes", tr_str_from_cstr("bBuhHiIlLqQfd"));
    return m;
}
