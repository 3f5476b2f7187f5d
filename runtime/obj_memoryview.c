/* obj_memoryview.c — the buffer protocol (tr_get_buffer: bytes, bytearray and types
 * with a buffer slot, such as array.array) and memoryview: a one-dimensional view of
 * another object's memory, with items of a struct format (B for bytes), slicing that
 * shares the memory, item and slice assignment when writable, tolist/tobytes/hex/cast,
 * equality by item values and release (also through `with`). */
#include "tr.h"
#include "seq.h"

typedef struct TrMemoryView {
    TrObject ob;
    TrValue obj;          /* the exporting object */
    size_t start;         /* byte offset of item 0 in obj's memory */
    int64_t step;         /* in items */
    size_t len;           /* items */
    size_t itemsize;
    char format;
    bool readonly, released;
} TrMemoryView;
#define MV(v) ((TrMemoryView *)(v))

static size_t format_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return sizeof(size_t);
    case 'P': return sizeof(void *);
    default: return 0;
    }
}

static int memoryview_buffer(TrValue self, TrBuffer *view);

int tr_get_buffer(TrValue v, TrBuffer *view) {
    memset(view, 0, sizeof *view);
    view->obj = v;
    view->itemsize = 1;
    view->format = 'B';
    if (!TR_IS_SMALL(v)) {
        if (tr_isinstance_type(v, &tr_bytes_type)) {
            view->data = ((TrBytes *)v)->data;
            view->len = ((TrBytes *)v)->len;
            view->readonly = true;
            return 0;
        }
        if (tr_isinstance_type(v, &tr_bytearray_type)) {
            view->data = ((TrByteArray *)v)->data;
            view->len = ((TrByteArray *)v)->len;
            return 0;
        }
        if (v->type->buffer) return v->type->buffer(v, view);
    }
    tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(v));
    return -1;
}

const char *tr_buffer_view(TrValue v, size_t *len) {
    if (TR_IS_SMALL(v) || !(tr_isinstance_type(v, &tr_bytes_type) || tr_isinstance_type(v, &tr_bytearray_type) || v->type->buffer))
        return NULL;
    TrBuffer b;
    if (tr_get_buffer(v, &b) < 0) {
        tr_err_clear();
        return NULL;
    }
    *len = b.len;
    return b.data;
}

/* ---------------------------------------------------------------- items */

static TrValue unpack_item(const char *p, char f) {
    switch (f) {
    case 'B': return TR_FROM_SMALL(*(const uint8_t *)p);
    case 'b': return TR_FROM_SMALL(*(const int8_t *)p);
    case 'c': return tr_bytes_new(p, 1);
    case '?': return tr_bool(*p != 0);
    case 'h': { int16_t v; memcpy(&v, p, 2); return TR_FROM_SMALL(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return TR_FROM_SMALL(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return tr_int_from_i64(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return tr_int_from_u64(v); }
    case 'l': { long v; memcpy(&v, p, sizeof v); return tr_int_from_i64(v); }
    case 'L': { unsigned long v; memcpy(&v, p, sizeof v); return tr_int_from_u64(v); }
    case 'q': case 'n': { int64_t v; memcpy(&v, p, 8); return tr_int_from_i64(v); }
    case 'Q': case 'N': case 'P': { uint64_t v; memcpy(&v, p, 8); return tr_int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return tr_float_new(v); }
    default: { double v; memcpy(&v, p, 8); return tr_float_new(v); }
    }
}

static int pack_item(char *p, char f, TrValue v) {
    if (f == 'f' || f == 'd') {
        double d;
        if (!tr_float_check(v) && !tr_int_check(v)) goto wrong_type;
        if (tr_as_double(v, &d) < 0) return -1;
        if (f == 'f') { float x = (float)d; memcpy(p, &x, 4); }
        else memcpy(p, &d, 8);
        return 0;
    }
    if (f == 'c') {
        if (!tr_bytes_check(v)) goto wrong_type;
        if (((TrBytes *)v)->len != 1) goto invalid;
        *p = ((TrBytes *)v)->data[0];
        return 0;
    }
    if (f == '?') {
        int t = tr_truthy(v);
        if (t < 0) return -1;
        *p = (char)t;
        return 0;
    }
    if (!tr_int_check(v)) goto wrong_type;
    int64_t s;
    size_t size = format_size(f);
    bool is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    if (tr_int_as_i64(v, &s) < 0) {
        tr_err_clear();
        uint64_t u;
        mpz_t z;
        mpz_init(z);
        tr_int_as_mpz(v, z);
        bool fits = is_unsigned && size == 8 && mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= 64;
        if (fits) {
            uint8_t le[8] = {0};
            size_t count;
            mpz_export(le, &count, -1, 1, 0, 0, z);
            u = 0;
            for (int k = 0; k < 8; k++) u |= (uint64_t)le[k] << (8 * k);
            memcpy(p, &u, 8);
        }
        mpz_clear(z);
        if (fits) return 0;
        goto invalid;
    }
    if (size < 8) {
        int64_t lo = is_unsigned ? 0 : -(INT64_C(1) << (8 * size - 1));
        int64_t hi = is_unsigned ? (INT64_C(1) << (8 * size)) - 1 : (INT64_C(1) << (8 * size - 1)) - 1;
        if (s < lo || s > hi) goto invalid;
    } else if (is_unsigned && s < 0) goto invalid;
    uint64_t u = (uint64_t)s;
    switch (size) {
    case 1: *p = (char)u; break;
    case 2: { uint16_t x = (uint16_t)u; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)u; memcpy(p, &x, 4); break; }
    default: memcpy(p, &u, 8); break;
    }
    return 0;
invalid:
    tr_err(TR_EXC_TYPE(ValueError), "memoryview: invalid value for format '%c'", f);
    return -1;
wrong_type:
    tr_err(TR_EXC_TYPE(TypeError), "memoryview: invalid type for format '%c'", f);
    return -1;
}

/* ---------------------------------------------------------------- views */

static int check_released(TrMemoryView *m) {
    if (!m->released) return 0;
    tr_err(TR_EXC_TYPE(ValueError), "operation forbidden on released memoryview object");
    return -1;
}

/* the memory of the exporter now (it may have moved: bytearrays reallocate) */
static char *mv_base(TrMemoryView *m) {
    TrBuffer b;
    if (check_released(m) < 0 || tr_get_buffer(m->obj, &b) < 0) return NULL;
    if (m->len) {
        int64_t first = (int64_t)m->start, last = first + (int64_t)(m->len - 1) * m->step * (int64_t)m->itemsize;
        int64_t lo = first < last ? first : last, hi = (first > last ? first : last) + (int64_t)m->itemsize;
        if (lo < 0 || (size_t)hi > b.len) {
            tr_err(TR_EXC_TYPE(IndexError), "memoryview: underlying buffer was resized");
            return NULL;
        }
    }
    return b.data ? b.data : "";
}

static char *mv_item_ptr(TrMemoryView *m, char *base, size_t i) {
    return base + (int64_t)m->start + (int64_t)i * m->step * (int64_t)m->itemsize;
}

static TrValue mv_new_from(TrValue obj) {
    TrBuffer b;
    if (tr_get_buffer(obj, &b) < 0) {
        tr_err_clear();
        return tr_err(TR_EXC_TYPE(TypeError), "memoryview: a bytes-like object is required, not '%s'", TR_TYPE_NAME(obj));
    }
    TrMemoryView *m = (TrMemoryView *)tr_object_alloc(&tr_memoryview_type, sizeof(TrMemoryView));
    if (TR_TYPE(obj) == &tr_memoryview_type) { /* a view of a view: the same memory */
        *m = *MV(obj);
        m->released = false;
        return (TrValue)m;
    }
    m->obj = obj;
    m->step = 1;
    m->itemsize = b.itemsize;
    m->format = b.format;
    m->len = b.itemsize ? b.len / b.itemsize : 0;
    m->readonly = b.readonly;
    return (TrValue)m;
}

static TrValue memoryview_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"object", NULL};
    TrValue a[1];
    if (tr_parse_args("memoryview", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return mv_new_from(a[0]);
}

/* A contiguous copy of the items' bytes. */
static TrValue mv_tobytes(TrMemoryView *m) {
    char *base = mv_base(m);
    if (!base) return 0;
    if (m->step == 1) return tr_bytes_new(base + m->start, m->len * m->itemsize);
    char *buf = tr_alloc_atomic(m->len * m->itemsize + 1);
    for (size_t i = 0; i < m->len; i++) memcpy(buf + i * m->itemsize, mv_item_ptr(m, base, i), m->itemsize);
    return tr_bytes_new(buf, m->len * m->itemsize);
}

static int memoryview_buffer(TrValue self, TrBuffer *view) {
    TrMemoryView *m = MV(self);
    char *base = mv_base(m);
    if (!base) return -1;
    view->obj = self;
    view->itemsize = m->itemsize;
    view->format = m->format;
    view->len = m->len * m->itemsize;
    view->readonly = m->readonly;
    if (m->step == 1) view->data = base + m->start;
    else { /* not contiguous: a read-only copy */
        view->data = ((TrBytes *)mv_tobytes(m))->data;
        view->readonly = true;
    }
    return 0;
}

static TrValue mv_tolist(TrMemoryView *m) {
    char *base = mv_base(m);
    if (!base) return 0;
    TrValue l = tr_list_new(m->len);
    for (size_t i = 0; i < m->len; i++) tr_list_append(l, unpack_item(mv_item_ptr(m, base, i), m->format));
    return l;
}

static intptr_t memoryview_len(TrValue self) {
    if (check_released(MV(self)) < 0) return -1;
    return (intptr_t)MV(self)->len;
}

static TrValue memoryview_getitem(TrValue self, TrValue key) {
    TrMemoryView *m = MV(self);
    if (check_released(m) < 0) return 0;
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n;
        if (tr_slice_indices(key, (int64_t)m->len, &start, &stop, &step, &n) < 0) return 0;
        TrMemoryView *r = (TrMemoryView *)tr_object_alloc(&tr_memoryview_type, sizeof(TrMemoryView));
        *r = *m;
        r->start = (size_t)((int64_t)m->start + start * m->step * (int64_t)m->itemsize);
        r->step = m->step * step;
        r->len = (size_t)n;
        return (TrValue)r;
    }
    int64_t i;
    if (tr_seq_index(key, m->len, &i, "memoryview", "index out of bounds on dimension 1") < 0) return 0;
    char *base = mv_base(m);
    return base ? unpack_item(mv_item_ptr(m, base, (size_t)i), m->format) : 0;
}

static int memoryview_setitem(TrValue self, TrValue key, TrValue v) {
    TrMemoryView *m = MV(self);
    if (check_released(m) < 0) return -1;
    if (m->readonly) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot delete memory");
        return -1;
    }
    char *base = mv_base(m);
    if (!base) return -1;
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n;
        if (tr_slice_indices(key, (int64_t)m->len, &start, &stop, &step, &n) < 0) return -1;
        TrBuffer src;
        if (tr_get_buffer(v, &src) < 0) return -1;
        if (src.format != m->format || src.itemsize != m->itemsize || (int64_t)(src.len / m->itemsize) != n) {
            tr_err(TR_EXC_TYPE(ValueError), "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        char *copy = tr_alloc_atomic(src.len + 1);
        memcpy(copy, src.data, src.len);
        for (int64_t k = 0; k < n; k++)
            memcpy(mv_item_ptr(m, base, (size_t)(start + k * step)), copy + k * m->itemsize, m->itemsize);
        return 0;
    }
    int64_t i;
    if (tr_seq_index(key, m->len, &i, "memoryview", "index out of bounds on dimension 1") < 0) return -1;
    return pack_item(mv_item_ptr(m, base, (size_t)i), m->format, v);
}

/* == compares the item values of any two bytes-like objects (CPython's memory_richcompare) */
static TrValue memoryview_richcompare(TrValue a, TrValue b, int op) {
    if (op != TR_EQ && op != TR_NE) return tr_NotImplemented;
    if (a == b) return tr_bool(op == TR_EQ && !MV(a)->released);
    if (MV(a)->released || (TR_TYPE(b) == &tr_memoryview_type && MV(b)->released)) return tr_bool(op == TR_NE);
    TrValue other;
    if (TR_TYPE(b) == &tr_memoryview_type) other = b;
    else if (!tr_buffer_view(b, &(size_t){0})) return tr_NotImplemented;
    else if (!(other = mv_new_from(b))) return 0;
    TrValue x = mv_tolist(MV(a)), y = x ? mv_tolist(MV(other)) : 0;
    if (!y) return 0;
    int eq = tr_equal(x, y);
    if (eq < 0) return 0;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static int64_t memoryview_hash(TrValue self) {
    TrMemoryView *m = MV(self);
    if (check_released(m) < 0) return -1;
    if (!m->readonly) {
        tr_err(TR_EXC_TYPE(ValueError), "cannot hash writable memoryview object");
        return -1;
    }
    TrValue b = mv_tobytes(m);
    return b ? tr_hash(b) : -1;
}

static TrValue memoryview_repr(TrValue self) {
    return tr_str_fmt(MV(self)->released ? "<released memory at %p>" : "<memory at %p>", (void *)self);
}

static TrValue memoryview_iter(TrValue self) {
    TrValue l = mv_tolist(MV(self));
    return l ? tr_iter(l) : 0;
}

/* ---------------------------------------------------------------- methods */

#define SELF MV(args[0])

static TrValue mv_m_tobytes(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, 0, "tobytes", 0, 1) < 0) return 0;
    return mv_tobytes(SELF);
}

static TrValue mv_m_tolist(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "tolist", 0, 0) < 0) return 0;
    return mv_tolist(SELF);
}

static TrValue mv_m_hex(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue b = mv_tobytes(SELF);
    if (!b) return 0;
    args[0] = b;
    return tr_call_method(TR_INTERN("hex"), args, nargs, kwnames);
}

static TrValue mv_m_release(TrValue *args, size_t nargs, TrValue kwnames) {
    SELF->released = true;
    return tr_None;
}

static TrValue mv_m_enter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_released(SELF) < 0) return 0;
    return args[0];
}

static TrValue mv_m_cast(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", "shape", NULL};
    TrValue a[2];
    if (tr_parse_args("cast", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    TrMemoryView *m = SELF;
    if (check_released(m) < 0) return 0;
    if (!tr_str_check(a[0])) return tr_err(TR_EXC_TYPE(TypeError), "memoryview: format argument must be a string");
    const char *f = tr_str_cstr(a[0]);
    if (f[0] == '@') f++;
    size_t size = f[0] && !f[1] ? format_size(f[0]) : 0;
    if (!size)
        return tr_err(TR_EXC_TYPE(ValueError), "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (m->step != 1) return tr_err(TR_EXC_TYPE(TypeError), "memoryview: casts are restricted to C-contiguous views");
    bool bytes_src = m->format == 'B' || m->format == 'b' || m->format == 'c';
    bool bytes_dst = f[0] == 'B' || f[0] == 'b' || f[0] == 'c';
    if (!bytes_src && !bytes_dst)
        return tr_err(TR_EXC_TYPE(TypeError), "memoryview: cannot cast between two non-byte formats");
    size_t nbytes = m->len * m->itemsize;
    if (nbytes % size) return tr_err(TR_EXC_TYPE(TypeError), "memoryview: length is not a multiple of itemsize");
    TrMemoryView *r = (TrMemoryView *)tr_object_alloc(&tr_memoryview_type, sizeof(TrMemoryView));
    *r = *m;
    r->format = f[0];
    r->itemsize = size;
    r->len = nbytes / size;
    return (TrValue)r;
}

#undef SELF

static TrValue mv_get_obj(TrValue self) { return check_released(MV(self)) < 0 ? 0 : MV(self)->obj; }
static TrValue mv_get_nbytes(TrValue self) { return tr_int_from_u64(MV(self)->len * MV(self)->itemsize); }
static TrValue mv_get_readonly(TrValue self) { return check_released(MV(self)) < 0 ? 0 : tr_bool(MV(self)->readonly); }
static TrValue mv_get_itemsize(TrValue self) { return tr_int_from_u64(MV(self)->itemsize); }
static TrValue mv_get_format(TrValue self) { return tr_str_new(&MV(self)->format, 1); }
static TrValue mv_get_ndim(TrValue self) { return TR_FROM_SMALL(1); }
static TrValue mv_get_shape(TrValue self) { return tr_tuple_pack(1, tr_int_from_u64(MV(self)->len)); }
static TrValue mv_get_strides(TrValue self) { return tr_tuple_pack(1, tr_int_from_i64(MV(self)->step * (int64_t)MV(self)->itemsize)); }
static TrValue mv_get_contiguous(TrValue self) { return tr_bool(MV(self)->step == 1 || MV(self)->len <= 1); }

static const TrMethodDef memoryview_methods[] = {
    {"tobytes", mv_m_tobytes}, {"tolist", mv_m_tolist}, {"hex", mv_m_hex}, {"release", mv_m_release},
    {"__enter__", mv_m_enter}, {"__exit__", mv_m_release}, {"cast", mv_m_cast},
    {0},
};

TrType tr_memoryview_type = {
    .ob = {&tr_type_type}, .name = "memoryview", .basicsize = sizeof(TrMemoryView),
    .repr = memoryview_repr, .richcompare = memoryview_richcompare, .hash = memoryview_hash,
    .len = memoryview_len, .getitem = memoryview_getitem, .setitem = memoryview_setitem,
    .iter = memoryview_iter, .new_ = memoryview_new, .buffer = memoryview_buffer,
};

void tr_init_memoryview(void) {
    tr_type_ready(&tr_memoryview_type);
    tr_type_add_methods(&tr_memoryview_type, memoryview_methods);
    tr_type_add_getter(&tr_memoryview_type, "obj", mv_get_obj);
    tr_type_add_getter(&tr_memoryview_type, "nbytes", mv_get_nbytes);
    tr_type_add_getter(&tr_memoryview_type, "readonly", mv_get_readonly);
    tr_type_add_getter(&tr_memoryview_type, "itemsize", mv_get_itemsize);
    tr_type_add_getter(&tr_memoryview_type, "format", mv_get_format);
    tr_type_add_getter(&tr_memoryview_type, "ndim", mv_get_ndim);
    tr_type_add_getter(&tr_memoryview_type, "shape", mv_get_shape);
    tr_type_add_getter(&tr_memoryview_type, "strides", mv_get_strides);
    tr_type_add_getter(&tr_memoryview_type, "contiguous", mv_get_contiguous);
    tr_type_add_getter(&tr_memoryview_type, "c_contiguous", mv_get_contiguous);
}
