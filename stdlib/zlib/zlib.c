/* zlib.c — the zlib module on the zlib library: compress(data, level, wbits),
 * decompress(data, wbits, bufsize) (wbits as in zlib: 9..15 zlib format, -9..-15 raw
 * deflate, 25..31 gzip, 40..47 zlib or gzip by its header), crc32, adler32, zlib.error
 * with CPython's "Error N while ...: reason" texts, and the module's constants.
 * The streaming objects compressobj/decompressobj are in zlib_stream.c. */
#include "zlib_shared.h"

TrValue tr_zlib_error;

TrValue tr_zlib_raise(const z_stream *zs, int err, const char *doing) {
    const char *reason = err == Z_VERSION_ERROR ? "library version mismatch" : zs->msg;
    if (!reason) {
        switch (err) {
        case Z_BUF_ERROR: reason = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: reason = "inconsistent stream state"; break;
        case Z_DATA_ERROR: reason = "invalid input data"; break;
        }
    }
    TrValue msg = reason ? tr_str_fmt("Error %d %s: %s", err, doing, reason) : tr_str_fmt("Error %d %s", err, doing);
    TrValue exc = msg ? tr_call(tr_zlib_error, &msg, 1, 0) : 0;
    if (exc) tr_raise(exc);
    return 0;
}

void tr_zlib_out_reserve(TrZlibOut *o, size_t extra) {
    if (o->len + extra <= o->cap) return;
    size_t cap = o->cap ? o->cap : 256;
    while (cap < o->len + extra) cap *= 2;
    unsigned char *d = tr_alloc_atomic(cap);
    if (o->len) memcpy(d, o->data, o->len);
    o->data = d;
    o->cap = cap;
}

static TrValue py_compress(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "level", "wbits", NULL};
    TrValue a[3];
    TrBuffer in;
    int64_t level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    if (tr_parse_args("compress", args, nargs, kwnames, kw, 1, a) < 0 || tr_get_buffer(a[0], &in) < 0 ||
        (a[1] && tr_index(a[1], &level) < 0) || (a[2] && tr_index(a[2], &wbits) < 0))
        return 0;
    z_stream zs = {0};
    int err = deflateInit2(&zs, (int)level, Z_DEFLATED, (int)wbits, 8, Z_DEFAULT_STRATEGY);
    if (err == Z_STREAM_ERROR) {
        TrValue msg = tr_str_from_cstr("Bad compression level");
        TrValue exc = tr_call(tr_zlib_error, &msg, 1, 0);
        if (exc) tr_raise(exc);
        return 0;
    }
    if (err != Z_OK) return tr_zlib_raise(&zs, err, "while compressing data");
    TrZlibOut out = {0};
    tr_zlib_out_reserve(&out, deflateBound(&zs, (uLong)in.len) + 16);
    zs.next_in = (Bytef *)in.data;
    zs.avail_in = (uInt)in.len;
    zs.next_out = out.data;
    zs.avail_out = (uInt)out.cap;
    err = deflate(&zs, Z_FINISH);
    out.len = out.cap - zs.avail_out;
    deflateEnd(&zs);
    if (err != Z_STREAM_END) return tr_zlib_raise(&zs, err, "while compressing data");
    return tr_bytes_new((const char *)out.data, out.len);
}

static TrValue py_decompress(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "wbits", "bufsize", NULL};
    TrValue a[3];
    TrBuffer in;
    int64_t wbits = MAX_WBITS, bufsize = 16384;
    if (tr_parse_args("decompress", args, nargs, kwnames, kw, 1, a) < 0 || tr_get_buffer(a[0], &in) < 0 ||
        (a[1] && tr_index(a[1], &wbits) < 0) || (a[2] && tr_index(a[2], &bufsize) < 0))
        return 0;
    if (bufsize < 0) return tr_err(TR_EXC_TYPE(ValueError), "bufsize must be non-negative");
    z_stream zs = {0};
    zs.next_in = (Bytef *)in.data;
    zs.avail_in = (uInt)in.len;
    int err = inflateInit2(&zs, (int)wbits);
    if (err != Z_OK) return tr_zlib_raise(&zs, err, "while preparing to decompress data");
    TrZlibOut out = {0};
    size_t step = bufsize > 0 ? (size_t)bufsize : 1;
    do {
        tr_zlib_out_reserve(&out, step);
        zs.next_out = out.data + out.len;
        zs.avail_out = (uInt)(out.cap - out.len);
        size_t before = zs.avail_out;
        err = inflate(&zs, Z_NO_FLUSH);
        out.len += before - zs.avail_out;
        if (err == Z_BUF_ERROR && zs.avail_out > 0) break; /* no more input, stream not ended */
        if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) break;
        step = out.cap; /* doubles the buffer on the next round */
    } while (err != Z_STREAM_END);
    if (err != Z_STREAM_END) {
        TrValue none = tr_zlib_raise(&zs, err, "while decompressing data");
        inflateEnd(&zs);
        return none;
    }
    inflateEnd(&zs);
    return tr_bytes_new((const char *)out.data, out.len);
}

/* crc32 and adler32: (data, value=start) -> the unsigned checksum */
static TrValue checksum(const char *name, TrValue *args, size_t nargs, TrValue kwnames, uLong start,
                        uLong (*update)(uLong, const Bytef *, uInt)) {
    static const char *const kw[] = {"/data", "/value", NULL};
    TrValue a[2];
    TrBuffer in;
    if (tr_parse_args(name, args, nargs, kwnames, kw, 1, a) < 0 || tr_get_buffer(a[0], &in) < 0) return 0;
    int64_t value = (int64_t)start;
    TrValue masked = a[1] ? tr_binop(TR_AND, a[1], tr_int_from_u64(0xffffffffu)) : 0;
    if (a[1] && (!masked || tr_index(masked, &value) < 0)) return 0;
    uLong sum = (uLong)value;
    const Bytef *p = (const Bytef *)in.data;
    size_t left = in.len;
    do { /* uInt lengths: feed huge buffers in slices */
        uInt n = left > 0x40000000 ? 0x40000000 : (uInt)left;
        sum = update(sum, p, n);
        p += n;
        left -= n;
    } while (left);
    return tr_int_from_i64((int64_t)(sum & 0xffffffffu));
}

static TrValue py_crc32(TrValue *args, size_t nargs, TrValue kwnames) {
    return checksum("zlib.crc32", args, nargs, kwnames, 0, crc32);
}

static TrValue py_adler32(TrValue *args, size_t nargs, TrValue kwnames) {
    return checksum("zlib.adler32", args, nargs, kwnames, 1, adler32);
}

TrValue trmod_zlib_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("zlib", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&tr_zlib_error, sizeof tr_zlib_error);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("zlib"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("error"));
    tr_zlib_error = tr_class_new(tr_str_from_cstr("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!tr_zlib_error) return 0;
    tr_module_add(m, "error", tr_zlib_error);
    static const TrMethodDef functions[] = {
        {"compress", py_compress}, {"decompress", py_decompress}, {"crc32", py_crc32}, {"adler32", py_adler32},
        {"compressobj", tr_zlib_compressobj}, {"decompressobj", tr_zlib_decompressobj}, {0},
    };
    tr_module_add_functions(m, functions);
    tr_zlib_stream_types_ready(m);
    static const TrIntConstant constants[] = {
        {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
        {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
        {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
        {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH},
        {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK}, {"Z_TREES", Z_TREES},
    };
    tr_module_add_int_constants(m, constants, sizeof constants / sizeof *constants);
    tr_module_add(m, "ZLIB_VERSION", tr_str_from_cstr(ZLIB_VERSION));
    tr_module_add(m, "ZLIB_RUNTIME_VERSION", tr_str_from_cstr(zlibVersion()));
    return m;
}
