/* handlers.c — codecs.register_error() and lookup_error() (the registry is the
 * runtime's, runtime/codec_handlers.c, which the codecs ask) and the built-in error
 * handlers as functions (codecs.strict_errors, ignore_errors, replace_errors,
 * backslashreplace_errors, xmlcharrefreplace_errors, namereplace_errors, and the
 * surrogateescape and surrogatepass ones lookup_error gives), taking a
 * UnicodeEncodeError/DecodeError/TranslateError and returning (replacement, end) with
 * CPython 3.11's results and TypeErrors.  The codecs never call these for the built-in
 * names: they do the same themselves. */
#include "codecs.h"
#include "strbase.h"

TrValue trmod___codecs_init(void);

enum { ENCODE, DECODE, TRANSLATE, OTHER };

static int kind_of(TrValue exc) {
    if (tr_isinstance_type(exc, TR_EXC_TYPE(UnicodeEncodeError))) return ENCODE;
    if (tr_isinstance_type(exc, TR_EXC_TYPE(UnicodeDecodeError))) return DECODE;
    if (tr_isinstance_type(exc, TR_EXC_TYPE(UnicodeTranslateError))) return TRANSLATE;
    return OTHER;
}

static TrValue cannot_handle(TrValue exc) {
    return tr_err(TR_EXC_TYPE(TypeError), "don't know how to handle %s in error callback", TR_TYPE_NAME(exc));
}

/* exc's object and its start and end, clamped as CPython's PyUnicode*Error_GetStart/End */
typedef struct Range { TrValue obj; const char *bytes; size_t len, start, end; } Range;

static int get_range(TrValue exc, Range *r) {
    TrValue *obj = tr_exc_field(exc, "object"), *vs = tr_exc_field(exc, "start"), *ve = tr_exc_field(exc, "end");
    int64_t start, end;
    if (!obj || !*obj || !vs || !ve || tr_index(*vs, &start) < 0 || tr_index(*ve, &end) < 0) {
        if (!tr_err_occurred()) tr_err(TR_EXC_TYPE(TypeError), "object attribute not set");
        return -1;
    }
    r->obj = *obj;
    r->bytes = tr_str_check(*obj) ? NULL : tr_buffer_view(*obj, &r->len);
    if (!r->bytes) r->len = TR_STR(*obj)->nchars;
    if (start < 0) start = 0;
    if ((size_t)start >= r->len) start = r->len ? (int64_t)r->len - 1 : 0;
    if (end < 1) end = 1;
    if ((size_t)end > r->len) end = (int64_t)r->len;
    r->start = (size_t)start;
    r->end = (size_t)end;
    return 0;
}

static uint32_t char_at(const Range *r, size_t i) {
    uint32_t c;
    tr_utf8_decode(TR_STR(r->obj)->data + tr_str_offset(r->obj, i), &c);
    return c;
}

static TrValue result(TrValue rep, size_t end) { return rep ? tr_tuple_pack(2, rep, tr_int_from_u64(end)) : 0; }

static TrValue reraise(TrValue exc) {
    tr_raise(exc);
    return 0;
}

static TrValue one_exc(const char *fname, size_t nargs) {
    return tr_check_nargs(fname, nargs, 1, 1) < 0 ? 0 : tr_True;
}

static TrValue h_strict(TrValue *args, size_t nargs, TrValue kwnames) {
    if (!one_exc("strict_errors", nargs)) return 0;
    if (!tr_isinstance_type(args[0], TR_EXC_TYPE(BaseException)))
        return tr_err(TR_EXC_TYPE(TypeError), "codec must pass exception instance");
    return reraise(args[0]);
}

static TrValue h_ignore(TrValue *args, size_t nargs, TrValue kwnames) {
    Range r;
    if (!one_exc("ignore_errors", nargs)) return 0;
    if (kind_of(args[0]) == OTHER) return cannot_handle(args[0]);
    return get_range(args[0], &r) < 0 ? 0 : result(tr_str_from_cstr(""), r.end);
}

static TrValue h_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    Range r;
    int kind = kind_of(args[0]);
    if (!one_exc("replace_errors", nargs)) return 0;
    if (kind == OTHER) return cannot_handle(args[0]);
    if (get_range(args[0], &r) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = r.start; i < (kind == DECODE ? r.start + 1 : r.end); i++) tr_buf_adds(&b, kind == ENCODE ? "?" : "\xef\xbf\xbd");
    return result(tr_buf_finish(&b), r.end);
}

/* backslashreplace (encoding, decoding, translating), xmlcharrefreplace and namereplace
 * (encoding) */
static TrValue escaping(TrValue exc, const char *handler) {
    Range r;
    int kind = kind_of(exc);
    bool any = !strcmp(handler, "backslashreplace");
    if (kind == OTHER || (!any && kind != ENCODE)) return cannot_handle(exc);
    if (get_range(exc, &r) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = r.start; i < r.end; i++) {
        char rep[TR_CODEC_ESCAPE_MAX];
        if (kind == DECODE) snprintf(rep, sizeof rep, "\\x%02x", (unsigned char)r.bytes[i]);
        else if (tr_codec_escape_char(handler, char_at(&r, i), rep) < 0) return 0;
        tr_buf_adds(&b, rep);
    }
    return result(tr_buf_finish(&b), r.end);
}

static TrValue h_backslashreplace(TrValue *args, size_t nargs, TrValue kwnames) {
    return one_exc("backslashreplace_errors", nargs) ? escaping(args[0], "backslashreplace") : 0;
}

static TrValue h_xmlcharrefreplace(TrValue *args, size_t nargs, TrValue kwnames) {
    return one_exc("xmlcharrefreplace_errors", nargs) ? escaping(args[0], "xmlcharrefreplace") : 0;
}

static TrValue h_namereplace(TrValue *args, size_t nargs, TrValue kwnames) {
    return one_exc("namereplace_errors", nargs) ? escaping(args[0], "namereplace") : 0;
}

static TrValue h_surrogateescape(TrValue *args, size_t nargs, TrValue kwnames) {
    Range r;
    int kind = kind_of(args[0]);
    if (!one_exc("surrogateescape", nargs)) return 0;
    if (kind != ENCODE && kind != DECODE) return cannot_handle(args[0]);
    if (get_range(args[0], &r) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    size_t i = r.start;
    if (kind == ENCODE) {
        for (; i < r.end; i++) {
            uint32_t c = char_at(&r, i);
            if (c < 0xdc80 || c > 0xdcff) return reraise(args[0]);
            tr_buf_addc(&b, (char)(c - 0xdc00));
        }
        return result(tr_bytes_new(b.data ? b.data : "", b.len), r.end);
    }
    char tmp[4];
    for (; i < r.end && i - r.start < 4 && (unsigned char)r.bytes[i] >= 0x80; i++) /* up to 4, no ASCII */
        tr_buf_add(&b, tmp, tr_utf8_encode(0xdc00u + (unsigned char)r.bytes[i], tmp));
    return i == r.start ? reraise(args[0]) : result(tr_buf_finish(&b), i);
}

/* surrogatepass: the UTF of exc.encoding (8, 16 or 32 bits, byte order), 0 if none */
static int utf_of(TrValue exc, bool *big) {
    TrValue *enc = tr_exc_field(exc, "encoding");
    TrCodec codec;
    *big = false;
    if (!enc || !*enc || !tr_str_check(*enc) || tr_codec_lookup(NULL, *enc, &codec) < 0) {
        tr_err_clear();
        return 0;
    }
    *big = codec.id == TR_CODEC_UTF16BE || codec.id == TR_CODEC_UTF32BE;
    switch (codec.id) {
    case TR_CODEC_UTF8: return 8;
    case TR_CODEC_UTF16: case TR_CODEC_UTF16LE: case TR_CODEC_UTF16BE: return 16;
    case TR_CODEC_UTF32: case TR_CODEC_UTF32LE: case TR_CODEC_UTF32BE: return 32;
    default: return 0;
    }
}

static TrValue h_surrogatepass(TrValue *args, size_t nargs, TrValue kwnames) {
    Range r;
    bool big;
    int kind = kind_of(args[0]);
    if (!one_exc("surrogatepass", nargs)) return 0;
    if (kind != ENCODE && kind != DECODE) return cannot_handle(args[0]);
    if (get_range(args[0], &r) < 0) return 0;
    int utf = utf_of(args[0], &big), width = utf / 8;
    if (!utf) return reraise(args[0]);
    TrBuf b;
    tr_buf_init(&b);
    if (kind == ENCODE) {
        for (size_t i = r.start; i < r.end; i++) {
            uint32_t c = char_at(&r, i);
            if (c < 0xd800 || c > 0xdfff) return reraise(args[0]);
            char out[4];
            if (utf == 8) tr_utf8_encode(c, out);
            else
                for (int k = 0; k < width; k++) out[k] = (char)(c >> (8 * (big ? width - 1 - k : k)));
            tr_buf_add(&b, out, utf == 8 ? 3 : width);
        }
        return result(tr_bytes_new(b.data ? b.data : "", b.len), r.end);
    }
    const unsigned char *d = (const unsigned char *)r.bytes + r.start;
    size_t avail = r.len - r.start, n = utf == 8 ? 3 : width;
    uint32_t c = 0;
    if (avail < n) return reraise(args[0]);
    if (utf == 8) {
        if ((d[0] & 0xf0) != 0xe0 || (d[1] & 0xc0) != 0x80 || (d[2] & 0xc0) != 0x80) return reraise(args[0]);
        c = (uint32_t)(d[0] & 0x0f) << 12 | (uint32_t)(d[1] & 0x3f) << 6 | (d[2] & 0x3f);
    } else
        for (int k = 0; k < width; k++) c |= (uint32_t)d[k] << (8 * (big ? width - 1 - k : k));
    if (c < 0xd800 || c > 0xdfff) return reraise(args[0]);
    char tmp[4];
    tr_buf_add(&b, tmp, tr_utf8_encode(c, tmp));
    return result(tr_buf_finish(&b), r.start + n);
}

/* register_error(name, handler) */
static TrValue c_register_error(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("register_error", nargs, 2, 2) < 0) return 0;
    if (!tr_str_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "register_error() argument 1 must be str, not %s", tr_arg_type_name(args[0]));
    if (!tr_callable(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "handler must be callable");
    return tr_codec_register_error(args[0], args[1]) < 0 ? 0 : tr_None;
}

/* lookup_error(name): a registered handler, else the built-in one of that name */
static TrValue c_lookup_error(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("lookup_error", nargs, 1, 1) < 0) return 0;
    if (!tr_str_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "lookup_error() argument must be str, not %s", tr_arg_type_name(args[0]));
    const char *name = tr_str_cstr(args[0]);
    TrValue h = tr_codec_registered_error(name);
    if (h) return h;
    if (tr_codec_builtin_handler(name)) {
        char attr[64];
        snprintf(attr, sizeof attr, strncmp(name, "surrogate", 9) ? "%s_errors" : "%s", name);
        return tr_getattr_cstr(trmod___codecs_init(), attr);
    }
    return tr_err(TR_EXC_TYPE(LookupError), "unknown error handler name '%s'", name);
}

const TrMethodDef tr_codecs_handler_functions[] = {
    {"register_error", c_register_error}, {"lookup_error", c_lookup_error},
    {"strict_errors", h_strict}, {"ignore_errors", h_ignore}, {"replace_errors", h_replace},
    {"backslashreplace_errors", h_backslashreplace}, {"xmlcharrefreplace_errors", h_xmlcharrefreplace},
    {"namereplace_errors", h_namereplace}, {"surrogateescape", h_surrogateescape},
    {"surrogatepass", h_surrogatepass}, {0},
};
