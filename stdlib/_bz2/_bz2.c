/* _bz2.c — the C core of the bz2 module on libbz2: BZ2Compressor(compresslevel)
 * (compress, flush) and BZ2Decompressor() (decompress(data, max_length), eof,
 * unused_data, needs_input), following CPython 3.11's _bz2module.c: the same output
 * buffer sizes (so max_length cuts at the same places), the same errors ("Invalid data
 * stream" as OSError, ...). libbz2 allocates with malloc; a collector finaliser ends the
 * stream. The file object and one-shot functions are in stdlib/bz2/bz2.tr. */
#include "../_compression/stream_buffers.h"
#include <bzlib.h>
#include <gc.h>
#include <limits.h>

enum { INITIAL_BUFFER_SIZE = 8192 }; /* CPython's: BUFSIZ on glibc */

typedef struct {
    TrObject ob;
    bz_stream bzs;
    bool initialised, flushed;
} Compressor;

typedef struct {
    TrObject ob;
    bz_stream bzs;
    bool initialised;
    TrDecompressInput in;
} Decompressor;

static TrType compressor_type, decompressor_type;

/* raises CPython's exception for a libbz2 error code; -1, or 0 for a success code */
static int bz2_error(int ret) {
    switch (ret) {
    case BZ_OK: case BZ_RUN_OK: case BZ_FLUSH_OK: case BZ_FINISH_OK: case BZ_STREAM_END: return 0;
    case BZ_CONFIG_ERROR: tr_err(TR_EXC_TYPE(SystemError), "libbzip2 was not compiled correctly"); break;
    case BZ_PARAM_ERROR: tr_err(TR_EXC_TYPE(ValueError), "Internal error - invalid parameters passed to libbzip2"); break;
    case BZ_MEM_ERROR: tr_err_nomem(); break;
    case BZ_DATA_ERROR: case BZ_DATA_ERROR_MAGIC: tr_err(TR_EXC_TYPE(OSError), "Invalid data stream"); break;
    case BZ_IO_ERROR: tr_err(TR_EXC_TYPE(OSError), "Unknown I/O error"); break;
    case BZ_UNEXPECTED_EOF:
        tr_err(TR_EXC_TYPE(EOFError), "Compressed file ended before the logical end-of-stream was detected");
        break;
    case BZ_SEQUENCE_ERROR:
        tr_err(TR_EXC_TYPE(RuntimeError), "Internal error - Invalid sequence of commands sent to libbzip2");
        break;
    default: tr_err(TR_EXC_TYPE(OSError), "Unrecognized error from libbzip2: %d", ret);
    }
    return -1;
}

/* CPython's growth: an eighth more each time, never past max_length (when > 0) */
static int grow(TrStreamOut *out, int64_t max_length) {
    size_t size = out->cap, grown = size + (size >> 3) + 6;
    if (max_length > 0 && grown > (size_t)max_length) grown = (size_t)max_length;
    if (grown <= size) {
        tr_err(TR_EXC_TYPE(OverflowError), "Unable to allocate buffer - output too large");
        return -1;
    }
    tr_stream_out_resize(out, grown);
    return 0;
}

/* ------------------------------------------------------------ BZ2Compressor */

static void compressor_finalize(void *obj, void *cd) {
    Compressor *c = obj;
    if (c->initialised) BZ2_bzCompressEnd(&c->bzs);
    c->initialised = false;
}

static TrValue compressor_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t level = 9;
    if (tr_no_kwargs("BZ2Compressor", kwnames) < 0 || tr_check_nargs("BZ2Compressor", nargs, 0, 1) < 0 ||
        (nargs && tr_index(args[0], &level) < 0))
        return 0;
    if (level < 1 || level > 9) return tr_err(TR_EXC_TYPE(ValueError), "compresslevel must be between 1 and 9");
    Compressor *c = (Compressor *)tr_object_alloc(type, sizeof(Compressor));
    if (bz2_error(BZ2_bzCompressInit(&c->bzs, (int)level, 0, 0)) < 0) return 0;
    c->initialised = true;
    GC_register_finalizer(c, compressor_finalize, NULL, NULL, NULL);
    return (TrValue)c;
}

/* runs libbz2 over data with action (BZ_RUN: until the input is used, BZ_FINISH: until
 * the stream ends) and returns what it wrote */
static TrValue compress_run(Compressor *c, const char *data, size_t len, int action) {
    TrStreamOut out = {0};
    tr_stream_out_resize(&out, INITIAL_BUFFER_SIZE);
    c->bzs.next_in = (char *)data;
    c->bzs.avail_in = 0;
    c->bzs.next_out = (char *)out.data;
    c->bzs.avail_out = INITIAL_BUFFER_SIZE;
    for (;;) {
        if (c->bzs.avail_in == 0 && len > 0) { /* avail_in is 32 bits wide */
            c->bzs.avail_in = len > UINT_MAX ? UINT_MAX : (unsigned)len;
            len -= c->bzs.avail_in;
        }
        if (action == BZ_RUN && c->bzs.avail_in == 0) break;
        if (c->bzs.avail_out == 0) {
            if (out.cap == out.len && grow(&out, -1) < 0) return 0;
            size_t left = out.cap - out.len;
            c->bzs.next_out = (char *)out.data + out.len;
            c->bzs.avail_out = left > UINT_MAX ? UINT_MAX : (unsigned)left;
        }
        char *before = c->bzs.next_out;
        int ret = BZ2_bzCompress(&c->bzs, action);
        out.len += c->bzs.next_out - before;
        if (bz2_error(ret) < 0) return 0;
        if (action == BZ_FINISH && ret == BZ_STREAM_END) break;
    }
    return tr_stream_out_bytes(&out);
}

static TrValue compressor_compress(TrValue *args, size_t nargs, TrValue kwnames) {
    TrBuffer in;
    if (tr_no_kwargs("compress", kwnames) < 0 || tr_check_nargs("compress", nargs - 1, 1, 1) < 0 ||
        tr_get_buffer(args[1], &in) < 0)
        return 0;
    Compressor *c = (Compressor *)args[0];
    if (c->flushed) return tr_err(TR_EXC_TYPE(ValueError), "Compressor has been flushed");
    return compress_run(c, in.data, in.len, BZ_RUN);
}

static TrValue compressor_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("flush", kwnames) < 0 || tr_check_nargs("flush", nargs - 1, 0, 0) < 0) return 0;
    Compressor *c = (Compressor *)args[0];
    if (c->flushed) return tr_err(TR_EXC_TYPE(ValueError), "Repeated call to flush()");
    c->flushed = true;
    return compress_run(c, NULL, 0, BZ_FINISH);
}

/* ---------------------------------------------------------- BZ2Decompressor */

static void decompressor_finalize(void *obj, void *cd) {
    Decompressor *d = obj;
    if (d->initialised) BZ2_bzDecompressEnd(&d->bzs);
    d->initialised = false;
}

static TrValue decompressor_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs) return tr_err(TR_EXC_TYPE(TypeError), "BZ2Decompressor() takes no positional arguments");
    if (tr_no_kwargs("BZ2Decompressor", kwnames) < 0) return 0;
    Decompressor *d = (Decompressor *)tr_object_alloc(type, sizeof(Decompressor));
    tr_decompress_input_init(&d->in);
    if (bz2_error(BZ2_bzDecompressInit(&d->bzs, 0, 0)) < 0) return 0;
    d->initialised = true;
    GC_register_finalizer(d, decompressor_finalize, NULL, NULL, NULL);
    return (TrValue)d;
}

static TrValue decompressor_decompress(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "max_length", NULL};
    TrValue a[2];
    TrBuffer data;
    int64_t max_length = -1;
    if (tr_parse_args("decompress", args + 1, nargs - 1, kwnames, kw, 1, a) < 0 || tr_get_buffer(a[0], &data) < 0 ||
        (a[1] && tr_index(a[1], &max_length) < 0))
        return 0;
    Decompressor *d = (Decompressor *)args[0];
    if (d->in.eof) return tr_err(TR_EXC_TYPE(EOFError), "End of stream already reached");
    size_t left;
    const unsigned char *next = tr_decompress_input_take(&d->in, &data, &left);
    TrStreamOut out = {0};
    tr_stream_out_resize(&out, max_length < 0 || max_length >= INITIAL_BUFFER_SIZE ? INITIAL_BUFFER_SIZE : (size_t)max_length);
    d->bzs.next_in = (char *)next;
    d->bzs.next_out = (char *)out.data;
    for (;;) {
        size_t room = out.cap - out.len;
        d->bzs.avail_out = room > UINT_MAX ? UINT_MAX : (unsigned)room;
        d->bzs.avail_in = left > UINT_MAX ? UINT_MAX : (unsigned)left;
        left -= d->bzs.avail_in;
        int ret = BZ2_bzDecompress(&d->bzs);
        out.len = (unsigned char *)d->bzs.next_out - out.data;
        left += d->bzs.avail_in;
        if (bz2_error(ret) < 0) {
            tr_decompress_input_failed(&d->in);
            return 0;
        }
        if (ret == BZ_STREAM_END) {
            d->in.eof = true;
            break;
        }
        if (left == 0) break;
        if (d->bzs.avail_out == 0) {
            if ((int64_t)out.len == max_length) break;
            if (out.len == out.cap && grow(&out, max_length) < 0) return 0;
            d->bzs.next_out = (char *)out.data + out.len;
        }
    }
    tr_decompress_input_done(&d->in, (const unsigned char *)d->bzs.next_in, left, false);
    return tr_stream_out_bytes(&out);
}

static TrValue decompressor_eof(TrValue self) { return tr_bool(((Decompressor *)self)->in.eof); }
static TrValue decompressor_unused_data(TrValue self) { return ((Decompressor *)self)->in.unused_data; }
static TrValue decompressor_needs_input(TrValue self) { return tr_bool(((Decompressor *)self)->in.needs_input); }

static TrValue cannot_pickle(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(TypeError), "cannot pickle '_bz2.%s' object", TR_TYPE(args[0])->name);
}

static TrType compressor_type = {
    .ob = {&tr_type_type}, .name = "BZ2Compressor", .basicsize = sizeof(Compressor), .new_ = compressor_new,
};

static TrType decompressor_type = {
    .ob = {&tr_type_type}, .name = "BZ2Decompressor", .basicsize = sizeof(Decompressor), .new_ = decompressor_new,
};

TrValue trmod___bz2_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_bz2", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    static const TrMethodDef compressor_methods[] = {
        {"compress", compressor_compress, TR_METH_INSTANCE}, {"flush", compressor_flush, TR_METH_INSTANCE},
        {"__reduce__", cannot_pickle, TR_METH_INSTANCE}, {0},
    };
    static const TrMethodDef decompressor_methods[] = {
        {"decompress", decompressor_decompress, TR_METH_INSTANCE}, {"__reduce__", cannot_pickle, TR_METH_INSTANCE}, {0},
    };
    tr_type_ready(&compressor_type);
    tr_type_ready(&decompressor_type);
    tr_type_add_methods(&compressor_type, compressor_methods);
    tr_type_add_methods(&decompressor_type, decompressor_methods);
    tr_type_add_getter(&decompressor_type, "eof", decompressor_eof);
    tr_type_add_getter(&decompressor_type, "unused_data", decompressor_unused_data);
    tr_type_add_getter(&decompressor_type, "needs_input", decompressor_needs_input);
    compressor_type.module = decompressor_type.module = TR_INTERN("_bz2");
    tr_module_add(m, "BZ2Compressor", (TrValue)&compressor_type);
    tr_module_add(m, "BZ2Decompressor", (TrValue)&decompressor_type);
    return m;
}
