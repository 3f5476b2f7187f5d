/* codec_handlers.c — the error handlers of the codecs beyond their own loops: the
 * registry of codecs.register_error(), the call of a registered handler on the
 * UnicodeEncodeError/UnicodeDecodeError a codec makes with CPython's checks of what it
 * returns, the wrapping of an error as CPython's codecs written in Python wrap it
 * ("encoding with 'cp1252' codec failed (TypeError: ...)"), and the text the escaping
 * handlers put for a character (backslashreplace, xmlcharrefreplace, namereplace).
 * namereplace's character names are stdlib/unicodedata's table, referenced weakly: a
 * program links it when it imports unicodedata or names 'namereplace'
 * (compiler/stdlib_registry.c), others do not grow by it.  Assumes the registry is
 * filled only through stdlib/_codecs: the built-in names never reach it (the codecs
 * handle those themselves, as CPython's fast paths do). */
#include "codecs.h"
#include "../stdlib/unicodedata/uniname.h"

#pragma weak tr_uniname_name

static TrValue registry; /* dict: name -> handler; 0 until the first register_error */

static const char *const builtin_names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                            "namereplace", "surrogateescape", "surrogatepass", NULL};

bool tr_codec_builtin_handler(const char *errors) {
    for (int i = 0; builtin_names[i]; i++)
        if (!strcmp(errors, builtin_names[i])) return true;
    return false;
}

int tr_codec_register_error(TrValue name, TrValue handler) {
    if (!registry) {
        registry = tr_dict_new();
        tr_add_roots(&registry, sizeof registry);
    }
    return tr_dict_set(registry, name, handler);
}

TrValue tr_codec_registered_error(const char *name) {
    return registry ? tr_dict_get_str(registry, name) : 0;
}

/* Whether CPython's _PyErr_TrySetFromCause would wrap exc: a type that keeps no more
 * state than its args (BaseException's __init__ and __new__), args empty or one str. */
static bool wrappable(TrValue exc) {
    static TrType *const own_init[] = {TR_EXC_TYPE(OSError), TR_EXC_TYPE(SyntaxError), TR_EXC_TYPE(ImportError),
                                       TR_EXC_TYPE(UnicodeEncodeError), TR_EXC_TYPE(UnicodeDecodeError),
                                       TR_EXC_TYPE(UnicodeTranslateError), TR_EXC_TYPE(StopIteration),
                                       TR_EXC_TYPE(SystemExit), TR_EXC_TYPE(AttributeError), TR_EXC_TYPE(NameError)};
    TrType *t = TR_TYPE(exc);
    for (size_t i = 0; i < sizeof own_init / sizeof own_init[0]; i++)
        if (tr_isinstance_type(exc, own_init[i])) return false;
    TrValue mro = t->mro;
    for (size_t i = 0; mro && i < TR_TUPLE(mro)->len; i++) {
        TrType *k = (TrType *)TR_TUPLE(mro)->items[i];
        if (tr_builtin_base(k) == k) break;
        if (tr_dict_get_str(k->dict, "__init__") || tr_dict_get_str(k->dict, "__new__")) return false;
    }
    TrValue args = TR_EXC(exc)->args;
    size_t n = args ? TR_TUPLE(args)->len : 0;
    return n == 0 || (n == 1 && tr_isinstance_exact(TR_TUPLE(args)->items[0], &tr_str_type));
}

TrValue tr_codec_wrap_error(TrCodec codec, bool decode) {
    TrValue exc = tr_err_current();
    if (!codec.wrap_name || !exc || !wrappable(exc)) return 0;
    exc = tr_err_fetch();
    TrValue msg = tr_str(exc);
    TrValue wrapped = msg ? tr_str_fmt("%s with '%S' codec failed (%s: %S)", decode ? "decoding" : "encoding",
                                       codec.wrap_name, TR_TYPE(exc)->name, msg) : 0;
    TrValue e = wrapped ? tr_call((TrValue)TR_TYPE(exc), &wrapped, 1, 0) : 0;
    if (!e) {
        tr_err_clear();
        tr_err_restore(exc);
        return 0;
    }
    tr_raise_from(e, exc);
    return 0;
}

TrValue tr_codec_unknown_handler(TrCodec codec, bool decode, const char *errors) {
    if (decode && tr_codec_builtin_handler(errors))
        tr_err(TR_EXC_TYPE(TypeError), "don't know how to handle UnicodeDecodeError in error callback");
    else tr_err(TR_EXC_TYPE(LookupError), "unknown error handler name '%s'", errors);
    return tr_codec_wrap_error(codec, decode);
}

TrValue tr_codec_call_handler(TrCodec codec, const char *errors, TrValue exc, size_t len, size_t *newpos) {
    bool decode = tr_isinstance_type(exc, TR_EXC_TYPE(UnicodeDecodeError));
    TrValue handler = tr_codec_registered_error(errors);
    if (!handler) return tr_codec_unknown_handler(codec, decode, errors);
    const char *shape = decode ? "decoding error handler must return (str, int) tuple"
                               : "encoding error handler must return (str/bytes, int) tuple";
    TrValue r = tr_call(handler, &exc, 1, 0);
    if (!r) return tr_codec_wrap_error(codec, decode);
    if (!tr_isinstance_type(r, &tr_tuple_type) || TR_TUPLE(r)->len != 2 ||
        (decode && !tr_str_check(TR_TUPLE(r)->items[0]))) {
        tr_err(TR_EXC_TYPE(TypeError), "%s", shape);
        return tr_codec_wrap_error(codec, decode);
    }
    TrValue rep = TR_TUPLE(r)->items[0];
    int64_t pos;
    if (tr_index(TR_TUPLE(r)->items[1], &pos) < 0) return tr_codec_wrap_error(codec, decode);
    if (!tr_str_check(rep) && !tr_bytes_check(rep)) {
        tr_err(TR_EXC_TYPE(TypeError), "%s", shape);
        return tr_codec_wrap_error(codec, decode);
    }
    if (pos < 0) pos += (int64_t)len;
    if (pos < 0 || pos > (int64_t)len) {
        tr_err(TR_EXC_TYPE(IndexError), "position %lld from error handler out of bounds", (long long)pos);
        return tr_codec_wrap_error(codec, decode);
    }
    *newpos = (size_t)pos;
    return rep;
}

int tr_codec_escape_char(const char *handler, uint32_t c, char out[TR_CODEC_ESCAPE_MAX]) {
    if (!strcmp(handler, "xmlcharrefreplace")) {
        snprintf(out, TR_CODEC_ESCAPE_MAX, "&#%u;", c);
        return 1;
    }
    bool names = !strcmp(handler, "namereplace");
    if (!names && strcmp(handler, "backslashreplace")) return 0;
    if (names) {
        if (!tr_uniname_name) {
            tr_err(TR_EXC_TYPE(UnicodeError), "the namereplace error handler needs the Unicode character names, "
                                              "which a program carries when it imports unicodedata or names 'namereplace'");
            return -1;
        }
        memcpy(out, "\\N{", 3);
        if (tr_uniname_name(c, out + 3, TR_CODEC_ESCAPE_MAX - 4)) {
            strcat(out, "}");
            return 1;
        }
    }
    snprintf(out, TR_CODEC_ESCAPE_MAX, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
    return 1;
}

int tr_codec_decode_error(TrBuf *b, TrCodec codec, const char *errors, const char *encoding, TrValue obj,
                          size_t start, size_t end, const char *reason, size_t *next) {
    if (!strcmp(errors, "strict") || !strcmp(errors, "surrogatepass")) {
        tr_err_unicode(TR_EXC_TYPE(UnicodeDecodeError), encoding, obj, start, end, reason);
        return -1;
    }
    TrValue exc = tr_unicode_error_new(TR_EXC_TYPE(UnicodeDecodeError), encoding, obj, start, end, reason);
    size_t n;
    tr_buffer_view(obj, &n);
    TrValue rep = exc ? tr_codec_call_handler(codec, errors, exc, n, next) : 0;
    if (!rep) return -1;
    tr_buf_add(b, TR_STR(rep)->data, TR_STR(rep)->len);
    return 0;
}
