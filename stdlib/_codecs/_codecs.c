/* _codecs.c — the C half of the `codecs` module (stdlib/codecs): lookup_name, encode and
 * decode over the runtime's codecs (runtime/codecs.c), always through the codec registry
 * as CPython's codecs.encode/decode go, so errors of the error handler and of the
 * argument's type read "encoding with 'NAME' codec failed (...)"; and the steps of the
 * incremental codecs of the CJK codecs (runtime/codec_cjk.c); the error handlers are
 * handlers.c's. */
#include "codecs.h"

extern const TrMethodDef tr_codecs_handler_functions[]; /* handlers.c */

/* CPython's name of the C function a codec module calls ("utf_8_encode() argument 1 ...") */
static const char *function_prefix(int id) {
    static const char *const names[] = {"utf_8", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be",
                                        "utf_32", "utf_32_le", "utf_32_be", "utf_8"};
    return id >= TR_CODEC_CHARMAP ? "charmap" : names[id];
}

static int parse(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, TrValue *a, TrCodec *codec) {
    static const char *const kw[] = {"obj", "encoding", "errors", NULL};
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 1, a) < 0) return -1;
    if (!a[1]) a[1] = TR_INTERN("utf-8");
    if (a[2] && !tr_str_check(a[2])) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() argument 'errors' must be str, not %s", fname, TR_TYPE_NAME(a[2]));
        return -1;
    }
    if (!tr_str_check(a[1])) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() argument 'encoding' must be str, not %s", fname, TR_TYPE_NAME(a[1]));
        return -1;
    }
    return tr_codec_lookup(NULL, a[1], codec);
}

/* codecs.encode(obj, encoding='utf-8', errors='strict') */
static TrValue c_encode(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[3];
    TrCodec codec;
    if (parse("encode", args, nargs, kwnames, a, &codec) < 0) return 0;
    if (!tr_str_check(a[0]) && codec.id >= TR_CODEC_CJK) /* CPython's multibyte codecs take str(obj) */
        return (a[0] = tr_str(a[0])) ? tr_codec_encode(codec, a[0], a[2] ? tr_str_cstr(a[2]) : NULL) : 0;
    if (!tr_str_check(a[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "encoding with '%S' codec failed (TypeError: %s_encode() argument 1 must be str, not %s)",
                      a[1], function_prefix(codec.id), TR_TYPE_NAME(a[0]));
    return tr_codec_encode(codec, a[0], a[2] ? tr_str_cstr(a[2]) : NULL);
}

/* codecs.decode(obj, encoding='utf-8', errors='strict') */
static TrValue c_decode(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[3];
    TrCodec codec;
    if (parse("decode", args, nargs, kwnames, a, &codec) < 0) return 0;
    size_t n;
    const char *d = tr_buffer_view(a[0], &n);
    if (!d) {
        if (tr_err_occurred()) tr_err_clear();
        return tr_err(TR_EXC_TYPE(TypeError), "decoding with '%S' codec failed (TypeError: a bytes-like object is required, not '%s')",
                      a[1], TR_TYPE_NAME(a[0]));
    }
    return tr_codec_decode(codec, d, n, tr_bytes_check(a[0]) ? a[0] : tr_bytes_new(d, n), a[2] ? tr_str_cstr(a[2]) : NULL);
}

/* the name of codecs.lookup(encoding)'s CodecInfo */
static TrValue c_lookup_name(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("lookup", nargs, 1, 1) < 0) return 0;
    TrCodec codec;
    if (tr_codec_lookup(NULL, args[0], &codec) < 0) return 0;
    return tr_str_from_cstr(tr_codec_name(codec.id));
}

/* whether codecs.lookup(encoding) is a multibyte CJK codec (which has incremental
 * and stream codecs) */
static TrValue c_multibyte(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("multibyte", nargs, 1, 1) < 0) return 0;
    TrCodec codec;
    if (tr_codec_lookup(NULL, args[0], &codec) < 0) return 0;
    return codec.id >= TR_CODEC_CJK ? tr_True : tr_False;
}

/* multibyte_decode(data, encoding, errors, final, state) -> (str, bytes used, state): an
 * incremental decoder's step, which leaves a sequence the end cuts short for the next */
static TrValue c_multibyte_decode(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("multibyte_decode", nargs, 5, 5) < 0) return 0;
    TrCodec codec;
    if (tr_codec_lookup(NULL, args[1], &codec) < 0) return 0;
    size_t n, used = 0;
    const char *d = tr_buffer_view(args[0], &n);
    int final = tr_truthy(args[3]);
    int64_t state;
    if (!d || final < 0 || tr_int_as_i64(args[4], &state) < 0) return 0;
    TrValue s = tr_cjk_decode_partial(codec, d, n, 0, tr_str_cstr(args[2]), final, &used, &state);
    return s ? tr_tuple_pack(3, s, tr_int_from_u64(used), tr_int_from_i64(state)) : 0;
}

/* multibyte_encode(str, encoding, errors, final, state) -> (bytes, state): an incremental
 * encoder's step; final ends in the initial state (iso2022's ESC ( B) */
static TrValue c_multibyte_encode(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("multibyte_encode", nargs, 5, 5) < 0) return 0;
    TrCodec codec;
    if (tr_codec_lookup(NULL, args[1], &codec) < 0) return 0;
    TrValue str = tr_str_check(args[0]) ? args[0] : tr_str(args[0]);
    int final = tr_truthy(args[3]);
    int64_t state;
    if (!str || final < 0 || tr_int_as_i64(args[4], &state) < 0) return 0;
    TrValue b = tr_cjk_encode_partial(codec, str, tr_str_cstr(args[2]), final, &state);
    return b ? tr_tuple_pack(2, b, tr_int_from_i64(state)) : 0;
}

static const TrMethodDef codecs_functions[] = {
    {"encode", c_encode}, {"decode", c_decode}, {"lookup_name", c_lookup_name},
    {"multibyte", c_multibyte}, {"multibyte_decode", c_multibyte_decode},
    {"multibyte_encode", c_multibyte_encode}, {0},
};

TrValue trmod___codecs_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_codecs", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, codecs_functions);
    tr_module_add_functions(m, tr_codecs_handler_functions);
    return m;
}
