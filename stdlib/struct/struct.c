/* struct.c — the `struct` module: the Struct class (a parsed format with pack,
 * pack_into, unpack, unpack_from, iter_unpack), its unpack_iterator, and the module
 * functions, which go through a cache of Struct objects keyed by the format as
 * CPython 3.11's _struct does (and so raise its errors with its texts).
 * Assumes: struct_format.c parses formats and packs; buffers come through
 * tr_get_buffer (bytes, bytearray, array, memoryview). */
#include "struct_format.h"

#define ERR(...) tr_err((TrType *)tr_struct_error, __VA_ARGS__)
#define STRUCT_CACHE_MAX 100 /* CPython's MAXCACHE: the cache is emptied when full */

typedef struct {
    TrObject ob;
    TrStructFormat f;
    TrValue format; /* str; None until __init__ ran */
} Struct;

typedef struct {
    TrObject ob;
    Struct *st;
    TrValue buffer; /* the object unpacked; its bytes are read again at each step */
    size_t index;   /* offset of the next record */
} UnpackIter;

static TrType struct_type, unpack_iter_type;
static TrValue struct_cache;

/* ---------------------------------------------------------------- Struct */

static TrValue struct_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    Struct *s = (Struct *)tr_object_alloc(type, type->basicsize);
    s->format = tr_None;
    return (TrValue)s;
}

static int struct_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", NULL};
    TrValue format;
    if (tr_parse_args("Struct", args, nargs, kwnames, kw, 1, &format) < 0) return -1;
    TrStructFormat f;
    if (tr_struct_parse(format, &f) < 0) return -1;
    Struct *s = (Struct *)self;
    s->f = f;
    s->format = tr_bytes_check(format) ? tr_str_new(((TrBytes *)format)->data, ((TrBytes *)format)->len) : format;
    return 0;
}

static TrValue struct_format_get(TrValue self) { return ((Struct *)self)->format; }
static TrValue struct_size_get(TrValue self) { return tr_int_from_u64(((Struct *)self)->f.size); }

/* the bytes of a bytes-like argument (writable: for pack_into) */
static int buffer_of(TrValue v, TrBuffer *b, bool writable) {
    if (tr_get_buffer(v, b) < 0) return -1;
    if (writable && b->readonly) {
        tr_err(TR_EXC_TYPE(TypeError), "argument must be read-write bytes-like object, not %s", TR_TYPE_NAME(v));
        return -1;
    }
    return 0;
}

static TrValue do_pack(Struct *s, TrValue *vals, size_t nvals) {
    if (nvals != s->f.nitems) return ERR("pack expected %zu items for packing (got %zu)", s->f.nitems, nvals);
    char *out = tr_alloc_atomic(s->f.size + 1);
    if (tr_struct_pack(&s->f, out, vals) < 0) return 0;
    return tr_bytes_new(out, s->f.size);
}

/* args: buffer, offset, values */
static TrValue do_pack_into(Struct *s, TrValue *args, size_t nargs) {
    if (nargs != s->f.nitems + 2) {
        if (nargs == 0) return ERR("pack_into expected buffer argument");
        if (nargs == 1) return ERR("pack_into expected offset argument");
        return ERR("pack_into expected %zu items for packing (got %zu)", s->f.nitems, nargs - 2);
    }
    TrBuffer b;
    int64_t off;
    if (buffer_of(args[0], &b, true) < 0 || tr_index(args[1], &off) < 0) return 0;
    int64_t size = (int64_t)s->f.size, len = (int64_t)b.len;
    if (off < 0) {
        if (off + size > 0) return ERR("no space to pack %lld bytes at offset %lld", (long long)size, (long long)off);
        if (off + len < 0) return ERR("offset %lld out of range for %lld-byte buffer", (long long)off, (long long)len);
        off += len;
    }
    if (len - off < size)
        return ERR("pack_into requires a buffer of at least %llu bytes for packing %lld bytes at offset %lld (actual buffer size is %lld)",
                   (unsigned long long)(size + off), (long long)size, (long long)off, (long long)len);
    return tr_struct_pack(&s->f, b.data + off, args + 2) < 0 ? 0 : tr_None;
}

static TrValue do_unpack(Struct *s, TrValue buffer) {
    TrBuffer b;
    if (buffer_of(buffer, &b, false) < 0) return 0;
    if (b.len != s->f.size) return ERR("unpack requires a buffer of %zu bytes", s->f.size);
    return tr_struct_unpack(&s->f, b.data);
}

/* a[0] the buffer, a[1] the offset or 0 */
static TrValue do_unpack_from(Struct *s, TrValue *a) {
    TrBuffer b;
    int64_t off = 0;
    if (buffer_of(a[0], &b, false) < 0 || (a[1] && tr_index(a[1], &off) < 0)) return 0;
    int64_t size = (int64_t)s->f.size, len = (int64_t)b.len;
    if (off < 0) {
        if (off + len < 0) return ERR("offset %lld out of range for %lld-byte buffer", (long long)off, (long long)len);
        off += len;
    }
    if (len - off < size)
        return ERR("unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
                   (unsigned long long)(size + off), (long long)size, (long long)off, (long long)len);
    return tr_struct_unpack(&s->f, b.data + off);
}

static TrValue do_iter_unpack(Struct *s, TrValue buffer) {
    if (!s->f.size) return ERR("cannot iteratively unpack with a struct of length 0");
    TrBuffer b;
    if (buffer_of(buffer, &b, false) < 0) return 0;
    if (b.len % s->f.size) return ERR("iterative unpacking requires a buffer of a multiple of %zu bytes", s->f.size);
    UnpackIter *it = (UnpackIter *)tr_object_alloc(&unpack_iter_type, sizeof(UnpackIter));
    it->st = s;
    it->buffer = buffer;
    return (TrValue)it;
}

static TrValue struct_pack(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("Struct.pack", kwnames) < 0) return 0;
    return do_pack((Struct *)args[0], args + 1, nargs - 1);
}

static TrValue struct_pack_into(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("Struct.pack_into", kwnames) < 0) return 0;
    return do_pack_into((Struct *)args[0], args + 1, nargs - 1);
}

static TrValue struct_unpack(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("Struct.unpack", kwnames) < 0 || tr_check_nargs("Struct.unpack", nargs - 1, 1, 1) < 0) return 0;
    return do_unpack((Struct *)args[0], args[1]);
}

static TrValue struct_unpack_from(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"buffer", "offset", NULL};
    TrValue a[2];
    if (tr_parse_args("unpack_from", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    return do_unpack_from((Struct *)args[0], a);
}

static TrValue struct_iter_unpack(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("Struct.iter_unpack", kwnames) < 0 || tr_check_nargs("Struct.iter_unpack", nargs - 1, 1, 1) < 0) return 0;
    return do_iter_unpack((Struct *)args[0], args[1]);
}

static TrValue struct_sizeof(TrValue *args, size_t nargs, TrValue kwnames) {
    Struct *s = (Struct *)args[0];
    /* CPython's PyStructObject and its formatcode array with the terminating entry */
    return tr_int_from_u64(TR_TYPE(args[0])->basicsize + 4 * sizeof(size_t) * (s->f.ncodes + 1));
}

static TrType struct_type = {
    .ob = {&tr_type_type}, .name = "_struct.Struct", .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE, .basicsize = sizeof(Struct),
    .new_ = struct_new, .init = struct_init,
};

/* ---------------------------------------------------------------- unpack_iterator */

static TrValue unpack_iter_next(TrValue self) {
    UnpackIter *it = (UnpackIter *)self;
    if (!it->st) return 0;
    TrBuffer b;
    if (buffer_of(it->buffer, &b, false) < 0) return 0;
    if (it->index + it->st->f.size > b.len) { /* exhausted (or the buffer shrank) */
        it->st = NULL;
        it->buffer = 0;
        return 0;
    }
    TrValue t = tr_struct_unpack(&it->st->f, b.data + it->index);
    it->index += it->st->f.size;
    return t;
}

static TrValue unpack_iter_length_hint(TrValue *args, size_t nargs, TrValue kwnames) {
    UnpackIter *it = (UnpackIter *)args[0];
    TrBuffer b;
    if (!it->st) return tr_int_from_i64(0);
    if (buffer_of(it->buffer, &b, false) < 0) return 0;
    return tr_int_from_u64(b.len > it->index ? (b.len - it->index) / it->st->f.size : 0);
}

static TrValue unpack_iter_no_instances(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(TypeError), "Cannot create 'unpack_iterator objects"); /* sic, CPython 3.11 */
}

static TrType unpack_iter_type = {
    .ob = {&tr_type_type}, .name = "_struct.unpack_iterator", .basicsize = sizeof(UnpackIter),
    .iter = tr_self_iter, .next = unpack_iter_next, .new_ = unpack_iter_no_instances,
};

/* ---------------------------------------------------------------- module functions */

/* the Struct of a format, from the cache or made and cached */
static Struct *cached_struct(TrValue format) {
    TrValue s = tr_dict_get(struct_cache, format);
    if (s) return (Struct *)s;
    if (tr_err_occurred()) return NULL;
    s = tr_call((TrValue)&struct_type, &format, 1, 0);
    if (!s) return NULL;
    if (tr_dict_len(struct_cache) >= STRUCT_CACHE_MAX) struct_cache = tr_dict_new();
    return tr_dict_set(struct_cache, format, s) < 0 ? NULL : (Struct *)s;
}

static TrValue st_clearcache(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("_struct._clearcache", kwnames) < 0 || tr_check_nargs("_struct._clearcache", nargs, 0, 0) < 0) return 0;
    struct_cache = tr_dict_new();
    return tr_None;
}

static TrValue st_calcsize(TrValue *args, size_t nargs, TrValue kwnames) {
    Struct *s;
    if (tr_no_kwargs("_struct.calcsize", kwnames) < 0 || tr_check_nargs("_struct.calcsize", nargs, 1, 1) < 0 ||
        !(s = cached_struct(args[0])))
        return 0;
    return tr_int_from_u64(s->f.size);
}

static TrValue st_pack(TrValue *args, size_t nargs, TrValue kwnames) {
    Struct *s;
    if (tr_no_kwargs("_struct.pack", kwnames) < 0) return 0;
    if (!nargs) return tr_err(TR_EXC_TYPE(TypeError), "missing format argument");
    return (s = cached_struct(args[0])) ? do_pack(s, args + 1, nargs - 1) : 0;
}

static TrValue st_pack_into(TrValue *args, size_t nargs, TrValue kwnames) {
    Struct *s;
    if (tr_no_kwargs("_struct.pack_into", kwnames) < 0) return 0;
    if (!nargs) return tr_err(TR_EXC_TYPE(TypeError), "missing format argument");
    return (s = cached_struct(args[0])) ? do_pack_into(s, args + 1, nargs - 1) : 0;
}

static TrValue st_unpack(TrValue *args, size_t nargs, TrValue kwnames) {
    Struct *s;
    if (tr_no_kwargs("_struct.unpack", kwnames) < 0 || tr_check_nargs("unpack", nargs, 2, 2) < 0) return 0;
    return (s = cached_struct(args[0])) ? do_unpack(s, args[1]) : 0;
}

static TrValue st_unpack_from(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", "/buffer", "offset", NULL};
    TrValue a[3];
    Struct *s;
    if (tr_parse_args("unpack_from", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    return (s = cached_struct(a[0])) ? do_unpack_from(s, a + 1) : 0;
}

static TrValue st_iter_unpack(TrValue *args, size_t nargs, TrValue kwnames) {
    Struct *s;
    if (tr_no_kwargs("_struct.iter_unpack", kwnames) < 0 || tr_check_nargs("iter_unpack", nargs, 2, 2) < 0) return 0;
    return (s = cached_struct(args[0])) ? do_iter_unpack(s, args[1]) : 0;
}

TrValue trmod_struct_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("struct", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&tr_struct_error, sizeof tr_struct_error);
    tr_add_roots(&struct_cache, sizeof struct_cache);
    struct_cache = tr_dict_new();
    static const TrMethodDef functions[] = {
        {"_clearcache", st_clearcache}, {"calcsize", st_calcsize}, {"pack", st_pack}, {"pack_into", st_pack_into},
        {"unpack", st_unpack}, {"unpack_from", st_unpack_from}, {"iter_unpack", st_iter_unpack}, {0},
    };
    tr_module_add_functions(m, functions);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", TR_INTERN("struct"));
    tr_struct_error = tr_class_new(TR_INTERN("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!tr_struct_error) return 0;
    tr_module_add(m, "error", tr_struct_error);

    static const TrMethodDef struct_methods[] = {
        {"pack", struct_pack, TR_METH_INSTANCE}, {"pack_into", struct_pack_into, TR_METH_INSTANCE},
        {"unpack", struct_unpack, TR_METH_INSTANCE}, {"unpack_from", struct_unpack_from, TR_METH_INSTANCE},
        {"iter_unpack", struct_iter_unpack, TR_METH_INSTANCE}, {"__sizeof__", struct_sizeof, TR_METH_INSTANCE}, {0},
    };
    static const TrMethodDef iter_methods[] = {{"__length_hint__", unpack_iter_length_hint, TR_METH_INSTANCE}, {0}};
    struct_type.module = unpack_iter_type.module = TR_INTERN("_struct");
    struct_type.qualname = TR_INTERN("Struct");
    unpack_iter_type.qualname = TR_INTERN("unpack_iterator");
    tr_type_ready(&struct_type);
    tr_type_ready(&unpack_iter_type);
    tr_type_add_methods(&struct_type, struct_methods);
    tr_type_add_getter(&struct_type, "format", struct_format_get);
    tr_type_add_getter(&struct_type, "size", struct_size_get);
    tr_type_add_methods(&unpack_iter_type, tr_iter_methods);
    tr_type_add_methods(&unpack_iter_type, iter_methods);
    tr_module_add(m, "Struct", (TrValue)&struct_type);
    return m;
}
