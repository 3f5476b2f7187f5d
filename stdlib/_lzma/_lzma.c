/* _lzma.c — the C core of the lzma module on liblzma: LZMACompressor(format, check,
 * preset, filters) (compress, flush), LZMADecompressor(format, memlimit, filters)
 * (decompress(data, max_length), check, eof, unused_data, needs_input), LZMAError,
 * is_check_supported, _encode_filter_properties/_decode_filter_properties (zipfile's
 * LZMA members) and the FORMAT_/CHECK_/FILTER_/MF_/MODE_/PRESET_ constants, following
 * CPython 3.11's _lzmamodule.c: the same encoders for the same arguments (so the same
 * bytes), the same filter-specifier rules and error texts. liblzma allocates with
 * malloc; a collector finaliser ends the stream. The file object and one-shot
 * functions are in stdlib/lzma/lzma.tr. */
#include "../_compression/stream_buffers.h"
#include <gc.h>
#include <lzma.h>
#include <stdlib.h>
#include <string.h>

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };
#define CHECK_UNKNOWN (LZMA_CHECK_ID_MAX + 1)
enum { OUTPUT_STEP = 32 * 1024 };

typedef struct {
    TrObject ob;
    lzma_stream lzs;
    bool flushed;
} Compressor;

typedef struct {
    TrObject ob;
    lzma_stream lzs;
    int check;
    TrDecompressInput in;
} Decompressor;

static TrType compressor_type, decompressor_type;
static TrValue lzma_error_class;

static TrValue raise_lzma_error(const char *text) {
    TrValue msg = tr_str_from_cstr(text);
    TrValue exc = tr_call(lzma_error_class, &msg, 1, 0);
    if (exc) tr_raise(exc);
    return 0;
}

/* raises CPython's exception for a liblzma result; -1, or 0 for a success code */
static int lzma_failed(lzma_ret ret) {
    const char *text;
    switch (ret) {
    case LZMA_OK: case LZMA_GET_CHECK: case LZMA_NO_CHECK: case LZMA_STREAM_END: return 0;
    case LZMA_MEM_ERROR: tr_err_nomem(); return -1;
    case LZMA_UNSUPPORTED_CHECK: text = "Unsupported integrity check"; break;
    case LZMA_MEMLIMIT_ERROR: text = "Memory usage limit exceeded"; break;
    case LZMA_FORMAT_ERROR: text = "Input format not supported by decoder"; break;
    case LZMA_OPTIONS_ERROR: text = "Invalid or unsupported options"; break;
    case LZMA_DATA_ERROR: text = "Corrupt input data"; break;
    case LZMA_BUF_ERROR: text = "Insufficient buffer space"; break;
    case LZMA_PROG_ERROR: text = "Internal error"; break;
    default: {
        char buf[64];
        snprintf(buf, sizeof buf, "Unrecognized error from liblzma: %d", (int)ret);
        raise_lzma_error(buf);
        return -1;
    }
    }
    raise_lzma_error(text);
    return -1;
}

/* ------------------------------------------------------- filter specifiers */

/* v as an unsigned value of at most max; -1 with an error (any: the caller rewords it) */
static int to_unsigned(TrValue v, uint64_t max, uint64_t *out) {
    int64_t i;
    if (tr_index(v, &i) < 0) return -1;
    if (i < 0) {
        tr_err(TR_EXC_TYPE(OverflowError), "can't convert negative int to unsigned");
        return -1;
    }
    if ((uint64_t)i > max) {
        tr_err(TR_EXC_TYPE(OverflowError), "Value too large for uint32_t type");
        return -1;
    }
    *out = (uint64_t)i;
    return 0;
}

/* the options of an LZMA1/LZMA2 filter: preset's, then the spec's own entries */
static void *lzma_options_from(TrValue spec) {
    static const char *const names[] = {"dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth", NULL};
    uint64_t preset = LZMA_PRESET_DEFAULT;
    TrValue given = tr_dict_get_str(spec, "preset");
    if (given && to_unsigned(given, UINT32_MAX, &preset) < 0) return NULL;
    lzma_options_lzma *o = tr_alloc_atomic(sizeof *o);
    memset(o, 0, sizeof *o);
    if (lzma_lzma_preset(o, (uint32_t)preset)) {
        char buf[64];
        snprintf(buf, sizeof buf, "Invalid compression preset: %u", (unsigned)preset);
        raise_lzma_error(buf);
        return NULL;
    }
    size_t pos = 0;
    TrValue key, value;
    while (tr_dict_next(spec, &pos, &key, &value)) {
        const char *k = tr_str_check(key) ? tr_str_cstr(key) : "";
        if (!strcmp(k, "id") || !strcmp(k, "preset")) continue;
        int which = -1;
        for (int i = 0; names[i]; i++)
            if (!strcmp(k, names[i])) which = i;
        uint64_t u;
        if (which < 0 || to_unsigned(value, UINT32_MAX, &u) < 0) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(ValueError), "Invalid filter specifier for LZMA filter");
            return NULL;
        }
        switch (which) {
        case 0: o->dict_size = (uint32_t)u; break;
        case 1: o->lc = (uint32_t)u; break;
        case 2: o->lp = (uint32_t)u; break;
        case 3: o->pb = (uint32_t)u; break;
        case 4: o->mode = (lzma_mode)u; break;
        case 5: o->nice_len = (uint32_t)u; break;
        case 6: o->mf = (lzma_match_finder)u; break;
        case 7: o->depth = (uint32_t)u; break;
        }
    }
    return o;
}

/* the one option (besides id) of a delta or BCJ filter spec, default 0 if absent */
static int single_option(TrValue spec, const char *name, const char *filter_kind, uint32_t *out) {
    size_t pos = 0;
    TrValue key, value;
    while (tr_dict_next(spec, &pos, &key, &value)) {
        const char *k = tr_str_check(key) ? tr_str_cstr(key) : "";
        if (!strcmp(k, "id")) continue;
        uint64_t u;
        if (strcmp(k, name) || to_unsigned(value, UINT32_MAX, &u) < 0) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(ValueError), "Invalid filter specifier for %s filter", filter_kind);
            return -1;
        }
        *out = (uint32_t)u;
    }
    return 0;
}

/* a filter spec (a dict with an "id") as an lzma_filter; -1 with an error */
static int filter_from_spec(TrValue spec, lzma_filter *f) {
    if (!tr_type_lookup(TR_TYPE(spec), TR_INTERN("__getitem__"))) {
        tr_err(TR_EXC_TYPE(TypeError), "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    if (!tr_dict_check(spec)) { /* the error CPython's spec["id"] gives, else: dicts only */
        if (tr_getitem(spec, TR_INTERN("id")))
            tr_err(TR_EXC_TYPE(TypeError), "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    TrValue id = tr_dict_get_str(spec, "id");
    if (!id) {
        tr_err(TR_EXC_TYPE(ValueError), "Filter specifier must have an \"id\" entry");
        return -1;
    }
    uint64_t fid;
    if (to_unsigned(id, UINT64_MAX, &fid) < 0) return -1;
    f->id = fid;
    switch (fid) {
    case LZMA_FILTER_LZMA1:
    case LZMA_FILTER_LZMA2:
        f->options = lzma_options_from(spec);
        return f->options ? 0 : -1;
    case LZMA_FILTER_DELTA: {
        lzma_options_delta *o = tr_alloc_atomic(sizeof *o);
        memset(o, 0, sizeof *o);
        o->type = LZMA_DELTA_TYPE_BYTE;
        o->dist = 1;
        f->options = o;
        return single_option(spec, "dist", "delta", &o->dist);
    }
    case LZMA_FILTER_X86: case LZMA_FILTER_POWERPC: case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM: case LZMA_FILTER_ARMTHUMB: case LZMA_FILTER_SPARC: {
        lzma_options_bcj *o = tr_alloc_atomic(sizeof *o);
        memset(o, 0, sizeof *o);
        f->options = o;
        return single_option(spec, "start_offset", "BCJ", &o->start_offset);
    }
    }
    tr_err(TR_EXC_TYPE(ValueError), "Invalid filter ID: %llu", (unsigned long long)fid);
    return -1;
}

/* a sequence of filter specs as a chain ended by LZMA_VLI_UNKNOWN */
static int filter_chain_from(TrValue specs, lzma_filter filters[LZMA_FILTERS_MAX + 1]) {
    intptr_t n = tr_len(specs);
    if (n < 0) return -1;
    if (n > LZMA_FILTERS_MAX) {
        tr_err(TR_EXC_TYPE(ValueError), "Too many filters - liblzma supports a maximum of %d", LZMA_FILTERS_MAX);
        return -1;
    }
    for (intptr_t i = 0; i < n; i++) {
        TrValue spec = tr_getitem(specs, tr_int_from_i64(i));
        if (!spec || filter_from_spec(spec, &filters[i]) < 0) return -1;
    }
    filters[n].id = LZMA_VLI_UNKNOWN;
    return 0;
}

/* a decoded filter as the dict CPython builds: id and the fields the properties hold */
static TrValue spec_from_filter(const lzma_filter *f) {
    TrValue spec = tr_dict_new();
    tr_dict_set_str(spec, "id", tr_int_from_u64(f->id));
    switch (f->id) {
    case LZMA_FILTER_LZMA1: {
        const lzma_options_lzma *o = f->options;
        tr_dict_set_str(spec, "lc", tr_int_from_u64(o->lc));
        tr_dict_set_str(spec, "lp", tr_int_from_u64(o->lp));
        tr_dict_set_str(spec, "pb", tr_int_from_u64(o->pb));
        tr_dict_set_str(spec, "dict_size", tr_int_from_u64(o->dict_size));
        break;
    }
    case LZMA_FILTER_LZMA2:
        tr_dict_set_str(spec, "dict_size", tr_int_from_u64(((const lzma_options_lzma *)f->options)->dict_size));
        break;
    case LZMA_FILTER_DELTA:
        tr_dict_set_str(spec, "dist", tr_int_from_u64(((const lzma_options_delta *)f->options)->dist));
        break;
    case LZMA_FILTER_X86: case LZMA_FILTER_POWERPC: case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM: case LZMA_FILTER_ARMTHUMB: case LZMA_FILTER_SPARC:
        tr_dict_set_str(spec, "start_offset",
                        tr_int_from_u64(f->options ? ((const lzma_options_bcj *)f->options)->start_offset : 0));
        break;
    default:
        return tr_err(TR_EXC_TYPE(ValueError), "Invalid filter ID: %llu", (unsigned long long)f->id);
    }
    return spec;
}

/* ----------------------------------------------------------- LZMACompressor */

static void compressor_finalize(void *obj, void *cd) { lzma_end(&((Compressor *)obj)->lzs); }

static lzma_ret init_encoder(lzma_stream *lzs, int64_t format, int64_t check, uint32_t preset, TrValue filters) {
    lzma_filter chain[LZMA_FILTERS_MAX + 1];
    if (filters != tr_None && filter_chain_from(filters, chain) < 0) return LZMA_PROG_ERROR;
    switch (format) {
    case FORMAT_XZ:
        return filters == tr_None ? lzma_easy_encoder(lzs, preset, (lzma_check)check)
                                  : lzma_stream_encoder(lzs, chain, (lzma_check)check);
    case FORMAT_ALONE:
        if (filters == tr_None) {
            lzma_options_lzma options;
            if (lzma_lzma_preset(&options, preset)) {
                char buf[64];
                snprintf(buf, sizeof buf, "Invalid compression preset: %u", (unsigned)preset);
                raise_lzma_error(buf);
                return LZMA_PROG_ERROR;
            }
            return lzma_alone_encoder(lzs, &options);
        }
        if (chain[0].id != LZMA_FILTER_LZMA1 || chain[1].id != LZMA_VLI_UNKNOWN) {
            tr_err(TR_EXC_TYPE(ValueError), "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
            return LZMA_PROG_ERROR;
        }
        return lzma_alone_encoder(lzs, chain[0].options);
    default: /* FORMAT_RAW */
        return lzma_raw_encoder(lzs, chain);
    }
}

static TrValue compressor_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", "check", "preset", "filters", NULL};
    TrValue a[4];
    int64_t format = FORMAT_XZ, check = -1;
    uint64_t preset = LZMA_PRESET_DEFAULT;
    if (tr_parse_args_keywords("LZMACompressor", args, nargs, kwnames, kw, 0, a) < 0 ||
        (a[0] && tr_index(a[0], &format) < 0) || (a[1] && tr_index(a[1], &check) < 0))
        return 0;
    TrValue preset_given = a[2] ? a[2] : tr_None, filters = a[3] ? a[3] : tr_None;
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE)
        return tr_err(TR_EXC_TYPE(ValueError), "Integrity checks are only supported by FORMAT_XZ");
    if (preset_given != tr_None && filters != tr_None)
        return tr_err(TR_EXC_TYPE(ValueError), "Cannot specify both preset and filter chain");
    if (preset_given != tr_None && to_unsigned(preset_given, UINT32_MAX, &preset) < 0) return 0;
    if (format != FORMAT_XZ && format != FORMAT_ALONE && format != FORMAT_RAW)
        return tr_err(TR_EXC_TYPE(ValueError), "Invalid container format: %d", (int)format);
    if (format == FORMAT_RAW && filters == tr_None)
        return tr_err(TR_EXC_TYPE(ValueError), "Must specify filters for FORMAT_RAW");
    Compressor *c = (Compressor *)tr_object_alloc(type, sizeof(Compressor));
    c->lzs = (lzma_stream)LZMA_STREAM_INIT;
    GC_register_finalizer(c, compressor_finalize, NULL, NULL, NULL);
    lzma_ret ret = init_encoder(&c->lzs, format, check == -1 ? LZMA_CHECK_CRC64 : check, (uint32_t)preset, filters);
    if (tr_err_occurred() || lzma_failed(ret) < 0) return 0;
    return (TrValue)c;
}

static TrValue compress_run(Compressor *c, const uint8_t *data, size_t len, lzma_action action) {
    TrStreamOut out = {0};
    tr_stream_out_resize(&out, OUTPUT_STEP);
    c->lzs.next_in = data;
    c->lzs.avail_in = len;
    c->lzs.next_out = out.data;
    c->lzs.avail_out = out.cap;
    for (;;) {
        lzma_ret ret = lzma_code(&c->lzs, action);
        out.len = c->lzs.next_out - out.data;
        if (ret == LZMA_BUF_ERROR && len == 0 && c->lzs.avail_out > 0) ret = LZMA_OK;
        if (lzma_failed(ret) < 0) return 0;
        if ((action == LZMA_RUN && c->lzs.avail_in == 0) || (action == LZMA_FINISH && ret == LZMA_STREAM_END)) break;
        if (c->lzs.avail_out == 0) {
            tr_stream_out_resize(&out, out.cap * 2);
            c->lzs.next_out = out.data + out.len;
            c->lzs.avail_out = out.cap - out.len;
        }
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
    return compress_run(c, (const uint8_t *)in.data, in.len, LZMA_RUN);
}

static TrValue compressor_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("flush", kwnames) < 0 || tr_check_nargs("flush", nargs - 1, 0, 0) < 0) return 0;
    Compressor *c = (Compressor *)args[0];
    if (c->flushed) return tr_err(TR_EXC_TYPE(ValueError), "Repeated call to flush()");
    c->flushed = true;
    return compress_run(c, NULL, 0, LZMA_FINISH);
}

/* --------------------------------------------------------- LZMADecompressor */

static void decompressor_finalize(void *obj, void *cd) { lzma_end(&((Decompressor *)obj)->lzs); }

static TrValue decompressor_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", "memlimit", "filters", NULL};
    TrValue a[3];
    int64_t format = FORMAT_AUTO;
    uint64_t memlimit = UINT64_MAX;
    if (tr_parse_args_keywords("LZMADecompressor", args, nargs, kwnames, kw, 0, a) < 0 ||
        (a[0] && tr_index(a[0], &format) < 0))
        return 0;
    TrValue limit = a[1] ? a[1] : tr_None, filters = a[2] ? a[2] : tr_None;
    if (limit != tr_None) {
        if (format == FORMAT_RAW) return tr_err(TR_EXC_TYPE(ValueError), "Cannot specify memory limit with FORMAT_RAW");
        if (to_unsigned(limit, UINT64_MAX, &memlimit) < 0) return 0;
    }
    if (format == FORMAT_RAW && filters == tr_None)
        return tr_err(TR_EXC_TYPE(ValueError), "Must specify filters for FORMAT_RAW");
    if (format != FORMAT_RAW && filters != tr_None)
        return tr_err(TR_EXC_TYPE(ValueError), "Cannot specify filters except with FORMAT_RAW");
    Decompressor *d = (Decompressor *)tr_object_alloc(type, sizeof(Decompressor));
    d->lzs = (lzma_stream)LZMA_STREAM_INIT;
    d->check = CHECK_UNKNOWN;
    tr_decompress_input_init(&d->in);
    GC_register_finalizer(d, decompressor_finalize, NULL, NULL, NULL);
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    lzma_ret ret;
    lzma_filter chain[LZMA_FILTERS_MAX + 1];
    switch (format) {
    case FORMAT_AUTO: ret = lzma_auto_decoder(&d->lzs, memlimit, flags); break;
    case FORMAT_XZ: ret = lzma_stream_decoder(&d->lzs, memlimit, flags); break;
    case FORMAT_ALONE:
        d->check = LZMA_CHECK_NONE;
        ret = lzma_alone_decoder(&d->lzs, memlimit);
        break;
    case FORMAT_RAW:
        d->check = LZMA_CHECK_NONE;
        if (filter_chain_from(filters, chain) < 0) return 0;
        ret = lzma_raw_decoder(&d->lzs, chain);
        break;
    default: return tr_err(TR_EXC_TYPE(ValueError), "Invalid container format: %d", (int)format);
    }
    return lzma_failed(ret) < 0 ? 0 : (TrValue)d;
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
    if (d->in.eof) return tr_err(TR_EXC_TYPE(EOFError), "Already at end of stream");
    size_t len;
    d->lzs.next_in = tr_decompress_input_take(&d->in, &data, &len);
    d->lzs.avail_in = len;
    size_t limit = max_length < 0 ? SIZE_MAX : (size_t)max_length;
    TrStreamOut out = {0};
    tr_stream_out_resize(&out, limit < OUTPUT_STEP ? limit : OUTPUT_STEP);
    d->lzs.next_out = out.data;
    d->lzs.avail_out = out.cap;
    for (;;) {
        lzma_ret ret = lzma_code(&d->lzs, LZMA_RUN);
        out.len = d->lzs.next_out - out.data;
        if (ret == LZMA_BUF_ERROR && d->lzs.avail_in == 0 && d->lzs.avail_out > 0) ret = LZMA_OK;
        if (lzma_failed(ret) < 0) {
            tr_decompress_input_failed(&d->in);
            return 0;
        }
        if (ret == LZMA_GET_CHECK || ret == LZMA_NO_CHECK) d->check = lzma_get_check(&d->lzs);
        if (ret == LZMA_STREAM_END) {
            d->in.eof = true;
            break;
        }
        if (d->lzs.avail_out == 0) { /* before avail_in: liblzma may still hold output */
            if (out.len == limit) break;
            size_t grown = out.cap * 2 < limit ? out.cap * 2 : limit;
            tr_stream_out_resize(&out, grown);
            d->lzs.next_out = out.data + out.len;
            d->lzs.avail_out = out.cap - out.len;
        } else if (d->lzs.avail_in == 0) {
            break;
        }
    }
    tr_decompress_input_done(&d->in, d->lzs.next_in, d->lzs.avail_in, d->lzs.avail_out == 0);
    return tr_stream_out_bytes(&out);
}

static TrValue decompressor_check(TrValue self) { return tr_int_from_i64(((Decompressor *)self)->check); }
static TrValue decompressor_eof(TrValue self) { return tr_bool(((Decompressor *)self)->in.eof); }
static TrValue decompressor_unused_data(TrValue self) { return ((Decompressor *)self)->in.unused_data; }
static TrValue decompressor_needs_input(TrValue self) { return tr_bool(((Decompressor *)self)->in.needs_input); }

static TrValue cannot_pickle(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(TypeError), "cannot pickle '_lzma.%s' object", TR_TYPE(args[0])->name);
}

/* ---------------------------------------------------------------- functions */

static TrValue py_is_check_supported(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t check;
    if (tr_check_nargs("is_check_supported", nargs, 1, 1) < 0 || tr_index(args[0], &check) < 0) return 0;
    return tr_bool(lzma_check_is_supported((lzma_check)check));
}

static TrValue py_encode_filter_properties(TrValue *args, size_t nargs, TrValue kwnames) {
    lzma_filter f;
    uint32_t size;
    if (tr_check_nargs("_encode_filter_properties", nargs, 1, 1) < 0 || filter_from_spec(args[0], &f) < 0 ||
        lzma_failed(lzma_properties_size(&size, &f)) < 0)
        return 0;
    uint8_t *props = tr_alloc_atomic(size ? size : 1);
    if (lzma_failed(lzma_properties_encode(&f, props)) < 0) return 0;
    return tr_bytes_new((const char *)props, size);
}

static TrValue py_decode_filter_properties(TrValue *args, size_t nargs, TrValue kwnames) {
    uint64_t id;
    TrBuffer props;
    if (tr_check_nargs("_decode_filter_properties", nargs, 2, 2) < 0 || to_unsigned(args[0], UINT64_MAX, &id) < 0 ||
        tr_get_buffer(args[1], &props) < 0)
        return 0;
    lzma_filter f = {.id = id, .options = NULL};
    if (lzma_failed(lzma_properties_decode(&f, NULL, (const uint8_t *)props.data, props.len)) < 0) return 0;
    TrValue spec = spec_from_filter(&f);
    free(f.options); /* liblzma's own allocation */
    return spec;
}

static TrType compressor_type = {
    .ob = {&tr_type_type}, .name = "LZMACompressor", .basicsize = sizeof(Compressor), .new_ = compressor_new,
};

static TrType decompressor_type = {
    .ob = {&tr_type_type}, .name = "LZMADecompressor", .basicsize = sizeof(Decompressor), .new_ = decompressor_new,
};

TrValue trmod___lzma_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_lzma", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&lzma_error_class, sizeof lzma_error_class);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("_lzma"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("LZMAError"));
    tr_dict_set_str(ns, "__doc__", tr_str_from_cstr("Call to liblzma failed."));
    lzma_error_class = tr_class_new(tr_str_from_cstr("LZMAError"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!lzma_error_class) return 0;
    tr_module_add(m, "LZMAError", lzma_error_class);
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
    tr_type_add_getter(&decompressor_type, "check", decompressor_check);
    tr_type_add_getter(&decompressor_type, "eof", decompressor_eof);
    tr_type_add_getter(&decompressor_type, "unused_data", decompressor_unused_data);
    tr_type_add_getter(&decompressor_type, "needs_input", decompressor_needs_input);
    compressor_type.module = decompressor_type.module = TR_INTERN("_lzma");
    tr_module_add(m, "LZMACompressor", (TrValue)&compressor_type);
    tr_module_add(m, "LZMADecompressor", (TrValue)&decompressor_type);
    static const TrMethodDef functions[] = {
        {"is_check_supported", py_is_check_supported}, {"_encode_filter_properties", py_encode_filter_properties},
        {"_decode_filter_properties", py_decode_filter_properties}, {0},
    };
    tr_module_add_functions(m, functions);
    static const TrIntConstant constants[] = {
        {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_XZ", FORMAT_XZ}, {"FORMAT_ALONE", FORMAT_ALONE}, {"FORMAT_RAW", FORMAT_RAW},
        {"CHECK_NONE", LZMA_CHECK_NONE}, {"CHECK_CRC32", LZMA_CHECK_CRC32}, {"CHECK_CRC64", LZMA_CHECK_CRC64},
        {"CHECK_SHA256", LZMA_CHECK_SHA256}, {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX}, {"CHECK_UNKNOWN", CHECK_UNKNOWN},
        {"FILTER_LZMA1", LZMA_FILTER_LZMA1}, {"FILTER_LZMA2", LZMA_FILTER_LZMA2}, {"FILTER_DELTA", LZMA_FILTER_DELTA},
        {"FILTER_X86", LZMA_FILTER_X86}, {"FILTER_IA64", LZMA_FILTER_IA64}, {"FILTER_ARM", LZMA_FILTER_ARM},
        {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB}, {"FILTER_SPARC", LZMA_FILTER_SPARC},
        {"FILTER_POWERPC", LZMA_FILTER_POWERPC}, {"MF_HC3", LZMA_MF_HC3}, {"MF_HC4", LZMA_MF_HC4},
        {"MF_BT2", LZMA_MF_BT2}, {"MF_BT3", LZMA_MF_BT3}, {"MF_BT4", LZMA_MF_BT4}, {"MODE_FAST", LZMA_MODE_FAST},
        {"MODE_NORMAL", LZMA_MODE_NORMAL}, {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT},
        {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
    };
    tr_module_add_int_constants(m, constants, sizeof constants / sizeof *constants);
    return m;
}
