/* zlib_stream.c — zlib.compressobj() and zlib.decompressobj(): the incremental
 * zlib.Compress (compress, flush(mode), copy) and zlib.Decompress (decompress(data,
 * max_length), flush(length), copy, unused_data, unconsumed_tail, eof) objects,
 * following CPython 3.11's zlibmodule.c call for call, so the bytes each call returns
 * and the errors it raises are CPython's.
 * Assumes: zlib allocates its state from GC memory (stream_alloc), so a dropped object
 * needs no finaliser to free it; deflateEnd/inflateEnd are called where CPython calls
 * them (a finishing flush), which is where the stream becomes unusable. */
#include "zlib_shared.h"
#include <limits.h>

typedef struct {
    TrObject ob;
    z_stream zs;
    bool initialised;      /* not yet ended by a finishing flush */
    bool eof;              /* Decompress: the end of the stream was reached */
    TrValue unused_data;   /* Decompress: bytes after the end of the stream */
    TrValue unconsumed_tail; /* Decompress: input not consumed for max_length */
    TrValue zdict;         /* Decompress: the dictionary (0: none) */
} Stream;

static TrType compress_type, decompress_type;

static voidpf stream_alloc(voidpf opaque, uInt items, uInt size) { return tr_alloc((size_t)items * size); }
static void stream_free(voidpf opaque, voidpf address) {}

static Stream *stream_new(TrType *type) {
    Stream *s = (Stream *)tr_object_alloc(type, sizeof(Stream));
    s->zs.zalloc = stream_alloc;
    s->zs.zfree = stream_free;
    s->unused_data = s->unconsumed_tail = tr_bytes_new("", 0);
    return s;
}

static TrValue no_instances(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(TypeError), "cannot create 'zlib.%s' instances", type->name);
}

/* The one required positional-only argument is missing: CPython's text for these
 * methods (taking keywords, through Argument Clinic's defining_class) */
static TrValue missing_positional(const char *fname, bool more_params) {
    return tr_err(TR_EXC_TYPE(TypeError), "%s() takes %s 1 positional argument (0 given)", fname,
                  more_params ? "at least" : "exactly");
}

/* Points the stream's input at the next slice of *left bytes (zlib counts in uInt). */
static void feed_input(z_stream *zs, size_t *left) {
    uInt n = *left > UINT_MAX ? UINT_MAX : (uInt)*left;
    zs->avail_in = n;
    *left -= n;
}

/* Makes room for more output: out grows to at least `want` more bytes but never past
 * limit in all; -1 when the limit is reached (out is full). */
static int make_room(z_stream *zs, TrZlibOut *out, size_t want, size_t limit) {
    if (out->len >= limit) return -1;
    size_t room = out->cap - out->len;
    if (room == 0) {
        size_t grow = out->cap ? out->cap : want;
        if (grow > limit - out->len) grow = limit - out->len;
        tr_zlib_out_reserve(out, grow);
        room = out->cap - out->len;
    }
    if (room > limit - out->len) room = limit - out->len;
    if (room > UINT_MAX) room = UINT_MAX;
    zs->next_out = out->data + out->len;
    zs->avail_out = (uInt)room;
    return 0;
}

/* After zlib wrote into the room make_room gave: counts what it wrote. */
static void took_output(z_stream *zs, TrZlibOut *out) { out->len = zs->next_out - out->data; }

static TrValue out_bytes(const TrZlibOut *out) { return tr_bytes_new((const char *)out->data, out->len); }

/* ----------------------------------------------------------------- Compress */

TrValue tr_zlib_compressobj(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict", NULL};
    TrValue a[6];
    int64_t opt[5] = {Z_DEFAULT_COMPRESSION, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY};
    if (tr_parse_args("compressobj", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    for (int k = 0; k < 5; k++)
        if (a[k] && tr_index(a[k], &opt[k]) < 0) return 0;
    TrBuffer zdict = {0};
    if (a[5] && tr_get_buffer(a[5], &zdict) < 0) return 0;
    Stream *s = stream_new(&compress_type);
    int err = deflateInit2(&s->zs, (int)opt[0], (int)opt[1], (int)opt[2], (int)opt[3], (int)opt[4]);
    if (err == Z_MEM_ERROR) return tr_err(TR_EXC_TYPE(MemoryError), "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR) return tr_err(TR_EXC_TYPE(ValueError), "Invalid initialization option");
    if (err != Z_OK) return tr_zlib_raise(&s->zs, err, "while creating compression object");
    s->initialised = true;
    if (a[5]) {
        if (zdict.len > UINT_MAX) return tr_err(TR_EXC_TYPE(OverflowError), "zdict length does not fit in an unsigned int");
        if (deflateSetDictionary(&s->zs, (const Bytef *)zdict.data, (uInt)zdict.len) != Z_OK)
            return tr_err(TR_EXC_TYPE(ValueError), "Invalid dictionary");
    }
    return (TrValue)s;
}

static TrValue compress_compress(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", NULL};
    TrValue data;
    TrBuffer in;
    if (nargs < 2) return missing_positional("compress", false);
    if (tr_parse_args_keywords("compress", args + 1, nargs - 1, kwnames, kw, 1, &data) < 0 || tr_get_buffer(data, &in) < 0)
        return 0;
    Stream *s = (Stream *)args[0];
    TrZlibOut out = {0};
    size_t left = in.len;
    s->zs.next_in = (Bytef *)in.data;
    do {
        feed_input(&s->zs, &left);
        do {
            make_room(&s->zs, &out, 16384, SIZE_MAX);
            int err = deflate(&s->zs, Z_NO_FLUSH);
            took_output(&s->zs, &out);
            if (err == Z_STREAM_ERROR) return tr_zlib_raise(&s->zs, err, "while compressing data");
        } while (s->zs.avail_out == 0);
    } while (left);
    return out_bytes(&out);
}

static TrValue compress_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/mode", NULL};
    TrValue given;
    int64_t mode = Z_FINISH;
    if (tr_parse_args_keywords("flush", args + 1, nargs - 1, kwnames, kw, 0, &given) < 0 || (given && tr_index(given, &mode) < 0))
        return 0;
    if (mode == Z_NO_FLUSH) return tr_bytes_new("", 0);
    Stream *s = (Stream *)args[0];
    TrZlibOut out = {0};
    int err;
    s->zs.avail_in = 0;
    do {
        make_room(&s->zs, &out, 16384, SIZE_MAX);
        err = deflate(&s->zs, (int)mode);
        took_output(&s->zs, &out);
        if (err == Z_STREAM_ERROR) return tr_zlib_raise(&s->zs, err, "while flushing");
    } while (s->zs.avail_out == 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&s->zs);
        if (err != Z_OK) return tr_zlib_raise(&s->zs, err, "while finishing compression");
        s->initialised = false;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        return tr_zlib_raise(&s->zs, err, "while flushing");
    }
    return out_bytes(&out);
}

/* copy(), __copy__() and __deepcopy__(memo): a stream in the same state */
static TrValue stream_copy_of(Stream *s, const char *what) {
    if (!s->initialised) return tr_err(TR_EXC_TYPE(ValueError), "Inconsistent stream state");
    Stream *c = stream_new(TR_TYPE((TrValue)s));
    int err = TR_TYPE((TrValue)s) == &compress_type ? deflateCopy(&c->zs, &s->zs) : inflateCopy(&c->zs, &s->zs);
    if (err == Z_STREAM_ERROR) return tr_err(TR_EXC_TYPE(ValueError), "Inconsistent stream state");
    if (err == Z_MEM_ERROR) return tr_err(TR_EXC_TYPE(MemoryError), "Can't allocate memory for %s object", what);
    if (err != Z_OK) {
        char doing[64];
        snprintf(doing, sizeof doing, "while copying %s object", what);
        return tr_zlib_raise(&s->zs, err, doing);
    }
    c->initialised = true;
    c->eof = s->eof;
    c->unused_data = s->unused_data;
    c->unconsumed_tail = s->unconsumed_tail;
    c->zdict = s->zdict;
    return (TrValue)c;
}

static TrValue stream_copy(TrValue self) {
    return stream_copy_of((Stream *)self, TR_TYPE(self) == &compress_type ? "compression" : "decompression");
}

/* copy() and __copy__() take no arguments (keywords are ignored, as by CPython's) */
static TrValue stream_m_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs > 1) return tr_err(TR_EXC_TYPE(TypeError), "copy() takes no arguments");
    return stream_copy(args[0]);
}
static TrValue stream_m_copy_dunder(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs > 1) return tr_err(TR_EXC_TYPE(TypeError), "__copy__() takes no arguments");
    return stream_copy(args[0]);
}
static TrValue stream_m_deepcopy(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/memo", NULL};
    TrValue memo;
    if (nargs < 2) return missing_positional("__deepcopy__", false);
    return tr_parse_args_keywords("__deepcopy__", args + 1, nargs - 1, kwnames, kw, 1, &memo) < 0 ? 0 : stream_copy(args[0]);
}

/* --------------------------------------------------------------- Decompress */

static int set_inflate_zdict(Stream *s) {
    TrBuffer zdict;
    if (tr_get_buffer(s->zdict, &zdict) < 0) return -1;
    if (zdict.len > UINT_MAX) {
        tr_err(TR_EXC_TYPE(OverflowError), "zdict length does not fit in an unsigned int");
        return -1;
    }
    int err = inflateSetDictionary(&s->zs, (const Bytef *)zdict.data, (uInt)zdict.len);
    if (err != Z_OK) {
        tr_zlib_raise(&s->zs, err, "while setting zdict");
        return -1;
    }
    return 0;
}

TrValue tr_zlib_decompressobj(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"wbits", "zdict", NULL};
    TrValue a[2];
    int64_t wbits = MAX_WBITS;
    if (tr_parse_args("decompressobj", args, nargs, kwnames, kw, 0, a) < 0 || (a[0] && tr_index(a[0], &wbits) < 0))
        return 0;
    TrBuffer check;
    if (a[1] && tr_get_buffer(a[1], &check) < 0) {
        tr_err_clear();
        return tr_err(TR_EXC_TYPE(TypeError), "zdict argument must support the buffer protocol");
    }
    Stream *s = stream_new(&decompress_type);
    s->zdict = a[1];
    int err = inflateInit2(&s->zs, (int)wbits);
    if (err == Z_STREAM_ERROR) return tr_err(TR_EXC_TYPE(ValueError), "Invalid initialization option");
    if (err == Z_MEM_ERROR) return tr_err(TR_EXC_TYPE(MemoryError), "Can't allocate memory for decompression object");
    if (err != Z_OK) return tr_zlib_raise(&s->zs, err, "while creating decompression object");
    s->initialised = true;
    if (s->zdict && wbits < 0 && set_inflate_zdict(s) < 0) return 0;
    return (TrValue)s;
}

/* After inflating from data (in_len bytes): input past the end of the stream goes to
 * unused_data, input left for want of output room to unconsumed_tail (CPython's
 * save_unconsumed_input). */
static void save_unconsumed_input(Stream *s, int err) {
    if (err == Z_STREAM_END && s->zs.avail_in > 0) {
        TrValue rest = tr_bytes_new((const char *)s->zs.next_in, s->zs.avail_in);
        s->unused_data = tr_binop(TR_ADD, s->unused_data, rest);
        s->zs.avail_in = 0;
    }
    if (s->zs.avail_in > 0 || ((TrBytes *)s->unconsumed_tail)->len)
        s->unconsumed_tail = tr_bytes_new((const char *)s->zs.next_in, s->zs.avail_in);
}

/* Inflates in.data with flush mode `flush` (Z_FINISH: the last input) until the input
 * ends, the stream ends, or out reaches limit bytes; the last inflate result, or the
 * first error other than a buffer shortage (then *failed). */
static int inflate_into(Stream *s, const TrBuffer *in, TrZlibOut *out, size_t room, size_t limit, bool finish,
                        bool *failed) {
    int err = Z_OK;
    size_t left = in->len;
    s->zs.next_in = (Bytef *)in->data;
    do {
        feed_input(&s->zs, &left);
        do {
            if (make_room(&s->zs, out, room, limit) < 0) return err;
            err = inflate(&s->zs, finish && left == 0 ? Z_FINISH : finish ? Z_NO_FLUSH : Z_SYNC_FLUSH);
            took_output(&s->zs, out);
            if (err == Z_NEED_DICT && s->zdict) {
                if (set_inflate_zdict(s) < 0) {
                    *failed = true;
                    return err;
                }
                continue;
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) return err;
        } while (s->zs.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && left != 0);
    return err;
}

static TrValue decompress_decompress(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "max_length", NULL};
    TrValue a[2];
    TrBuffer in;
    int64_t max_length = 0;
    if (nargs < 2) return missing_positional("decompress", true);
    if (tr_parse_args("decompress", args + 1, nargs - 1, kwnames, kw, 1, a) < 0 || tr_get_buffer(a[0], &in) < 0 ||
        (a[1] && tr_index(a[1], &max_length) < 0))
        return 0;
    if (max_length < 0) return tr_err(TR_EXC_TYPE(ValueError), "max_length must be non-negative");
    Stream *s = (Stream *)args[0];
    size_t limit = max_length > 0 && (uint64_t)max_length < SIZE_MAX ? (size_t)max_length : SIZE_MAX;
    TrZlibOut out = {0};
    bool failed = false;
    int err = inflate_into(s, &in, &out, limit < 16384 ? limit : 16384, limit, false, &failed);
    if (failed) return 0;
    save_unconsumed_input(s, err);
    if (err == Z_STREAM_END) s->eof = true;
    else if (err != Z_OK && err != Z_BUF_ERROR) return tr_zlib_raise(&s->zs, err, "while decompressing data");
    return out_bytes(&out);
}

static TrValue decompress_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/length", NULL};
    TrValue given;
    int64_t length = 16384;
    if (tr_parse_args_keywords("flush", args + 1, nargs - 1, kwnames, kw, 0, &given) < 0 || (given && tr_index(given, &length) < 0))
        return 0;
    if (length <= 0) return tr_err(TR_EXC_TYPE(ValueError), "length must be greater than zero");
    Stream *s = (Stream *)args[0];
    TrBuffer tail;
    if (tr_get_buffer(s->unconsumed_tail, &tail) < 0) return 0;
    TrZlibOut out = {0};
    bool failed = false;
    size_t room = (uint64_t)length < SIZE_MAX ? (size_t)length : SIZE_MAX;
    int err = inflate_into(s, &tail, &out, room, SIZE_MAX, true, &failed);
    if (failed) return 0;
    save_unconsumed_input(s, err);
    if (err == Z_STREAM_END) {
        s->eof = true;
        s->initialised = false;
        err = inflateEnd(&s->zs);
        if (err != Z_OK) return tr_zlib_raise(&s->zs, err, "while finishing decompression");
    }
    return out_bytes(&out);
}

static TrValue decompress_unused_data(TrValue self) { return ((Stream *)self)->unused_data; }
static TrValue decompress_unconsumed_tail(TrValue self) { return ((Stream *)self)->unconsumed_tail; }
static TrValue decompress_eof(TrValue self) { return tr_bool(((Stream *)self)->eof); }

static TrType compress_type = {
    .ob = {&tr_type_type}, .name = "Compress", .basicsize = sizeof(Stream), .new_ = no_instances,
};

static TrType decompress_type = {
    .ob = {&tr_type_type}, .name = "Decompress", .basicsize = sizeof(Stream), .new_ = no_instances,
};

void tr_zlib_stream_types_ready(TrValue module) {
    static const TrMethodDef compress_methods[] = {
        {"compress", compress_compress, TR_METH_INSTANCE}, {"flush", compress_flush, TR_METH_INSTANCE},
        {"copy", stream_m_copy, TR_METH_INSTANCE}, {"__copy__", stream_m_copy_dunder, TR_METH_INSTANCE},
        {"__deepcopy__", stream_m_deepcopy, TR_METH_INSTANCE}, {0},
    };
    static const TrMethodDef decompress_methods[] = {
        {"decompress", decompress_decompress, TR_METH_INSTANCE}, {"flush", decompress_flush, TR_METH_INSTANCE},
        {"copy", stream_m_copy, TR_METH_INSTANCE}, {"__copy__", stream_m_copy_dunder, TR_METH_INSTANCE},
        {"__deepcopy__", stream_m_deepcopy, TR_METH_INSTANCE}, {0},
    };
    tr_type_ready(&compress_type);
    tr_type_ready(&decompress_type);
    tr_type_add_methods(&compress_type, compress_methods);
    tr_type_add_methods(&decompress_type, decompress_methods);
    tr_type_add_getter(&decompress_type, "unused_data", decompress_unused_data);
    tr_type_add_getter(&decompress_type, "unconsumed_tail", decompress_unconsumed_tail);
    tr_type_add_getter(&decompress_type, "eof", decompress_eof);
    compress_type.module = decompress_type.module = TR_INTERN("zlib");
}
