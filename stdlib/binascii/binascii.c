/* binascii.c — a minimal `binascii` module: hexlify/unhexlify (b2a_hex/a2b_hex),
 * b2a_base64/a2b_base64 (strict_mode), crc32, and binascii.Error (a ValueError) with
 * CPython 3.11's texts; a transcription of the relevant parts of binascii.c.  base64
 * (stdlib/base64) builds on the helpers exported here. */
#include "tr.h"
#include <string.h>

static TrValue error_type, incomplete_type;

TrValue trmod_binascii_init(void);

/* binascii.Error, for base64 */
TrType *tr_binascii_error(void) {
    if (!error_type && !trmod_binascii_init()) return 0;
    return (TrType *)error_type;
}

/* ascii_buffer_converter: a bytes-like object or an ASCII str */
int tr_binascii_ascii_data(TrValue v, const char **data, size_t *len) {
    if (tr_str_check(v)) {
        if (!TR_STR(v)->ascii) {
            tr_err(TR_EXC_TYPE(ValueError), "string argument should contain only ASCII characters");
            return -1;
        }
        *data = tr_str_cstr(v);
        *len = TR_STR(v)->len;
        return 0;
    }
    if ((*data = tr_buffer_view(v, len))) return 0;
    if (tr_err_occurred()) return -1;
    tr_err(TR_EXC_TYPE(TypeError), "argument should be bytes, buffer or ASCII string, not '%s'", TR_TYPE_NAME(v));
    return -1;
}

static int get_bytes(TrValue v, const char **data, size_t *len) {
    TrBuffer b;
    if (tr_get_buffer(v, &b) < 0) return -1;
    *data = b.data;
    *len = b.len;
    return 0;
}

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* b2a_base64 into a new bytes object */
TrValue tr_binascii_b2a_base64(const unsigned char *in, size_t n, bool newline) {
    size_t outn = (n + 2) / 3 * 4 + (newline ? 1 : 0);
    char *out = tr_alloc_atomic(outn + 1), *p = out;
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
        *p++ = b64chars[v >> 18];
        *p++ = b64chars[(v >> 12) & 63];
        *p++ = b64chars[(v >> 6) & 63];
        *p++ = b64chars[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)in[i] << 16;
        *p++ = b64chars[v >> 18];
        *p++ = b64chars[(v >> 12) & 63];
        *p++ = '=';
        *p++ = '=';
    } else if (n - i == 2) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8;
        *p++ = b64chars[v >> 18];
        *p++ = b64chars[(v >> 12) & 63];
        *p++ = b64chars[(v >> 6) & 63];
        *p++ = '=';
    }
    if (newline) *p++ = '\n';
    return tr_bytes_new(out, (size_t)(p - out));
}

static TrValue binascii_error(const char *msg) {
    TrType *t = tr_binascii_error();
    if (!t) return 0;
    return tr_err(t, "%s", msg);
}

static signed char b64val(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return (signed char)(c - 'A');
    if (c >= 'a' && c <= 'z') return (signed char)(c - 'a' + 26);
    if (c >= '0' && c <= '9') return (signed char)(c - '0' + 52);
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* binascii_a2b_base64_impl of CPython 3.11 */
TrValue tr_binascii_a2b_base64(const unsigned char *in, size_t n, bool strict) {
    unsigned char *out = tr_alloc_atomic(n / 4 * 3 + 3), *o = out;
    if (strict && n > 0 && in[0] == '=') return binascii_error("Leading padding not allowed");
    int quad_pos = 0, pads = 0;
    bool padding_started = false;
    unsigned char leftchar = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = in[i];
        if (ch == '=') {
            padding_started = true;
            if (strict && quad_pos == 0) return binascii_error("Excess padding not allowed");
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < n) return binascii_error("Excess data after padding");
                goto done;
            }
            continue;
        }
        signed char v = b64val(ch);
        if (v < 0) {
            if (strict) return binascii_error("Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started) return binascii_error("Discontinuous padding not allowed");
        pads = 0;
        switch (quad_pos) {
        case 0: quad_pos = 1; leftchar = (unsigned char)v; break;
        case 1: quad_pos = 2; *o++ = (unsigned char)(leftchar << 2 | v >> 4); leftchar = v & 0x0f; break;
        case 2: quad_pos = 3; *o++ = (unsigned char)(leftchar << 4 | v >> 2); leftchar = v & 0x03; break;
        case 3: quad_pos = 0; *o++ = (unsigned char)(leftchar << 6 | v); leftchar = 0; break;
        }
    }
    if (quad_pos == 1) {
        TrType *t = tr_binascii_error();
        if (!t) return 0;
        return tr_err(t, "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a multiple of 4",
                      (size_t)(o - out) / 3 * 4 + 1);
    }
    if (quad_pos != 0) return binascii_error("Incorrect padding");
done:
    return tr_bytes_new((char *)out, (size_t)(o - out));
}

TrValue tr_binascii_hexlify(const unsigned char *in, size_t n) {
    static const char hexd[] = "0123456789abcdef";
    char *out = tr_alloc_atomic(2 * n + 1);
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hexd[in[i] >> 4];
        out[2 * i + 1] = hexd[in[i] & 15];
    }
    return tr_bytes_new(out, 2 * n);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

TrValue tr_binascii_unhexlify(const unsigned char *in, size_t n) {
    if (n % 2) return binascii_error("Odd-length string");
    char *out = tr_alloc_atomic(n / 2 + 1);
    for (size_t i = 0; i < n; i += 2) {
        int hi = hexval(in[i]), lo = hexval(in[i + 1]);
        if (hi < 0 || lo < 0) return binascii_error("Non-hexadecimal digit found");
        out[i / 2] = (char)(hi << 4 | lo);
    }
    return tr_bytes_new(out, n / 2);
}

/* ---------------------------------------------------------------- functions */

static TrValue py_hexlify(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"data", "sep", "bytes_per_sep", NULL};
    TrValue a[3];
    if (tr_parse_args("hexlify", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (get_bytes(a[0], &d, &n) < 0) return 0;
    if (a[1] && a[1] != tr_None) return tr_err(TR_EXC_TYPE(NotImplementedError), "hexlify: sep is not supported");
    return tr_binascii_hexlify((const unsigned char *)d, n);
}

static TrValue py_unhexlify(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/hexstr", NULL};
    TrValue a[1];
    if (tr_parse_args("unhexlify", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (tr_binascii_ascii_data(a[0], &d, &n) < 0) return 0;
    return tr_binascii_unhexlify((const unsigned char *)d, n);
}

static TrValue py_b2a_base64(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "$newline", NULL};
    TrValue a[2];
    if (tr_parse_args("b2a_base64", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (get_bytes(a[0], &d, &n) < 0) return 0;
    int nl = 1;
    if (a[1] && (nl = tr_truthy(a[1])) < 0) return 0;
    return tr_binascii_b2a_base64((const unsigned char *)d, n, nl);
}

static TrValue py_a2b_base64(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "$strict_mode", NULL};
    TrValue a[2];
    if (tr_parse_args("a2b_base64", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (tr_binascii_ascii_data(a[0], &d, &n) < 0) return 0;
    int strict = 0;
    if (a[1] && (strict = tr_truthy(a[1])) < 0) return 0;
    return tr_binascii_a2b_base64((const unsigned char *)d, n, strict);
}

static uint32_t crc_table[256];

static TrValue py_crc32(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "/crc", NULL};
    TrValue a[2];
    if (tr_parse_args("crc32", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (get_bytes(a[0], &d, &n) < 0) return 0;
    uint32_t crc = 0;
    if (a[1]) {
        /* CPython takes the value modulo 2**32 (unsigned int converter, bitwise) */
        TrValue m = tr_binop(TR_AND, a[1], tr_int_from_u64(0xffffffffu));
        if (!m) return 0;
        int64_t c;
        if (tr_index(m, &c) < 0) return 0;
        crc = (uint32_t)c;
    }
    if (!crc_table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            crc_table[i] = c;
        }
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = crc_table[(crc ^ (unsigned char)d[i]) & 0xff] ^ (crc >> 8);
    return tr_int_from_u64(~crc);
}

static const TrMethodDef binascii_functions[] = {
    {"hexlify", py_hexlify}, {"b2a_hex", py_hexlify}, {"unhexlify", py_unhexlify}, {"a2b_hex", py_unhexlify},
    {"b2a_base64", py_b2a_base64}, {"a2b_base64", py_a2b_base64}, {"crc32", py_crc32}, {0},
};

static TrValue new_exception(const char *name, TrType *base) {
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("binascii"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr(name));
    return tr_class_new(tr_str_from_cstr(name), tr_tuple_pack(1, (TrValue)base), ns, 0, 0);
}

TrValue trmod_binascii_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&error_type, sizeof error_type);
    tr_add_roots(&incomplete_type, sizeof incomplete_type);
    if (!(error_type = new_exception("Error", TR_EXC_TYPE(ValueError)))) return 0;
    if (!(incomplete_type = new_exception("Incomplete", TR_EXC_TYPE(Exception)))) return 0;
    m = tr_module_new("binascii", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, binascii_functions);
    tr_module_add(m, "Error", error_type);
    tr_module_add(m, "Incomplete", incomplete_type);
    return m;
}
