/* binascii.c — the `binascii` module of CPython 3.11: hexlify/unhexlify (b2a_hex/a2b_hex,
 * with separators), b2a_base64/a2b_base64 (strict_mode), b2a_uu/a2b_uu, b2a_qp/a2b_qp,
 * crc32, crc_hqx, and binascii.Error (a ValueError) and Incomplete, with CPython's results
 * and error texts (the algorithms follow CPython's Modules/binascii.c).  base64
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

/* Argument Clinic's bool(accept={int}): an integer through __index__, as a C int */
static int int_flag(TrValue v, int dflt, int *out) {
    if (!v) {
        *out = dflt;
        return 0;
    }
    return tr_as_c_int(v, out);
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
    TrBuf b;
    tr_buf_init(&b);
    tr_hex_digits(&b, in, n, 0, 0, true);
    return tr_bytes_new(b.data ? b.data : "", b.len);
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

/* hexlify and b2a_hex (one function under two names, each checking its arguments by its own) */
static TrValue hexlify_named(const char *fname, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"data", "sep", "bytes_per_sep", NULL};
    TrValue a[3];
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (get_bytes(a[0], &d, &n) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    if (tr_hex_digits(&b, (const unsigned char *)d, n, a[1], a[2], true) < 0) return 0;
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

static TrValue py_hexlify(TrValue *args, size_t nargs, TrValue kwnames) {
    return hexlify_named("binascii.hexlify", args, nargs, kwnames);
}

static TrValue py_b2a_hex(TrValue *args, size_t nargs, TrValue kwnames) {
    return hexlify_named("binascii.b2a_hex", args, nargs, kwnames);
}

/* unhexlify and a2b_hex */
static TrValue unhexlify_named(const char *fname, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/hexstr", NULL};
    TrValue a[1];
    if (tr_parse_args(fname, args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (tr_binascii_ascii_data(a[0], &d, &n) < 0) return 0;
    return tr_binascii_unhexlify((const unsigned char *)d, n);
}

static TrValue py_unhexlify(TrValue *args, size_t nargs, TrValue kwnames) {
    return unhexlify_named("binascii.unhexlify", args, nargs, kwnames);
}

static TrValue py_a2b_hex(TrValue *args, size_t nargs, TrValue kwnames) {
    return unhexlify_named("binascii.a2b_hex", args, nargs, kwnames);
}

static TrValue py_b2a_base64(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "$newline", NULL};
    TrValue a[2];
    if (tr_parse_args("binascii.b2a_base64", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (get_bytes(a[0], &d, &n) < 0) return 0;
    int nl;
    if (int_flag(a[1], 1, &nl) < 0) return 0;
    return tr_binascii_b2a_base64((const unsigned char *)d, n, nl != 0);
}

static TrValue py_a2b_base64(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "$strict_mode", NULL};
    TrValue a[2];
    if (tr_parse_args("binascii.a2b_base64", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (tr_binascii_ascii_data(a[0], &d, &n) < 0) return 0;
    int strict;
    if (int_flag(a[1], 0, &strict) < 0) return 0;
    return tr_binascii_a2b_base64((const unsigned char *)d, n, strict != 0);
}

/* Argument Clinic's unsigned_int(bitwise=True): any integer, taken modulo 2**32 */
static int crc_arg(TrValue v, uint32_t *out) {
    TrValue i = tr_number_index(v);
    TrValue m = i ? tr_binop(TR_AND, i, tr_int_from_u64(0xffffffffu)) : 0;
    int64_t c;
    if (!m || tr_index(m, &c) < 0) return -1;
    *out = (uint32_t)c;
    return 0;
}

static uint32_t crc32_table[256];

static TrValue py_crc32(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "/crc", NULL};
    TrValue a[2];
    if (tr_parse_args("binascii.crc32", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (get_bytes(a[0], &d, &n) < 0) return 0;
    uint32_t crc = 0;
    if (a[1] && crc_arg(a[1], &crc) < 0) return 0;
    if (!crc32_table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            crc32_table[i] = c;
        }
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = crc32_table[(crc ^ (unsigned char)d[i]) & 0xff] ^ (crc >> 8);
    return tr_int_from_u64(~crc);
}

/* CRC-CCITT (polynomial 0x1021, most significant bit first), as binhex used it */
static uint16_t crc_hqx_table[256];

static TrValue py_crc_hqx(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "/crc", NULL};
    TrValue a[2];
    if (tr_parse_args("binascii.crc_hqx", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    const char *d;
    size_t n;
    uint32_t crc;
    if (get_bytes(a[0], &d, &n) < 0 || crc_arg(a[1], &crc) < 0) return 0;
    if (!crc_hqx_table[1])
        for (unsigned i = 0; i < 256; i++) {
            unsigned c = i << 8;
            for (int k = 0; k < 8; k++) c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1;
            crc_hqx_table[i] = (uint16_t)c;
        }
    crc &= 0xffff;
    for (size_t i = 0; i < n; i++) crc = ((crc << 8) & 0xff00) ^ crc_hqx_table[(crc >> 8) ^ (unsigned char)d[i]];
    return tr_int_from_u64(crc);
}

/* ---------------------------------------------------------------- uuencode */

static TrValue py_b2a_uu(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "$backtick", NULL};
    TrValue a[2];
    if (tr_parse_args("binascii.b2a_uu", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    int backtick;
    if (get_bytes(a[0], &d, &n) < 0 || int_flag(a[1], 0, &backtick) < 0) return 0;
    if (n > 45) return binascii_error("At most 45 bytes at once"); /* the limit of every uuencode */
    char *out = tr_alloc_atomic(2 + (n + 2) / 3 * 4), *o = out;
    *o++ = backtick && !n ? '`' : (char)(' ' + n);
    unsigned leftchar = 0;
    int leftbits = 0;
    for (size_t i = 0; i < n || leftbits; i++) {
        leftchar = leftchar << 8 | (i < n ? (unsigned char)d[i] : 0); /* zeros pad the last group */
        leftbits += 8;
        for (; leftbits >= 6; leftbits -= 6) {
            unsigned six = (leftchar >> (leftbits - 6)) & 0x3f;
            *o++ = backtick && !six ? '`' : (char)(six + ' ');
        }
        leftchar &= (1u << leftbits) - 1;
    }
    *o++ = '\n';
    return tr_bytes_new(out, (size_t)(o - out));
}

static TrValue py_a2b_uu(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", NULL};
    TrValue a[1];
    if (tr_parse_args("binascii.a2b_uu", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *d;
    size_t n;
    if (tr_binascii_ascii_data(a[0], &d, &n) < 0) return 0;
    /* the first character is the length; an empty line reads as NUL there, as CPython's does */
    size_t len = ((n ? (unsigned char)d[0] : 0u) - ' ') & 077, pos = 1;
    char *out = tr_alloc_atomic(len + 1), *o = out;
    unsigned leftchar = 0;
    int leftbits = 0;
    for (size_t left = len; left > 0; pos++) {
        unsigned char ch = pos < n ? (unsigned char)d[pos] : 0;
        if (ch == '\n' || ch == '\r' || pos >= n) ch = 0; /* spaces eaten at the end of the line */
        else if (ch < ' ' || ch > ' ' + 64) return binascii_error("Illegal char");
        else ch = (ch - ' ') & 077; /* '`' is zero as well as ' ' */
        leftchar = leftchar << 6 | ch;
        leftbits += 6;
        if (leftbits >= 8) {
            leftbits -= 8;
            *o++ = (char)(leftchar >> leftbits);
            leftchar &= (1u << leftbits) - 1;
            left--;
        }
    }
    for (; pos < n; pos++) {
        unsigned char ch = (unsigned char)d[pos];
        if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') return binascii_error("Trailing garbage");
    }
    return tr_bytes_new(out, len);
}

/* ---------------------------------------------------------------- quoted-printable */

#define QP_MAXLINE 76

static void qp_hex(TrBuf *b, unsigned char ch) {
    static const char hexu[] = "0123456789ABCDEF";
    tr_buf_addc(b, '=');
    tr_buf_addc(b, hexu[ch >> 4]);
    tr_buf_addc(b, hexu[ch & 15]);
}

static void qp_soft_break(TrBuf *b, bool crlf) {
    tr_buf_adds(b, crlf ? "=\r\n" : "=\n");
}

static TrValue py_b2a_qp(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"data", "quotetabs", "istext", "header", NULL};
    TrValue a[4];
    if (tr_parse_args("binascii.b2a_qp", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *data;
    size_t n;
    int quotetabs, istext, header;
    if (get_bytes(a[0], &data, &n) < 0 || int_flag(a[1], 0, &quotetabs) < 0 || int_flag(a[2], 1, &istext) < 0 ||
        int_flag(a[3], 0, &header) < 0)
        return 0;
    const unsigned char *d = (const unsigned char *)data;
    /* the line ends of the output are those of the first line of the input */
    const unsigned char *nl = n ? memchr(d, '\n', n) : NULL;
    bool crlf = nl && nl > d && nl[-1] == '\r';
    TrBuf b;
    tr_buf_init(&b);
    size_t linelen = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = d[i];
        bool last = i + 1 == n;
        bool quote = c > 126 || c == '=' || (header && c == '_') ||
                     (c == '.' && linelen == 0 && (last || d[i + 1] == '\n' || d[i + 1] == '\r' || d[i + 1] == 0)) ||
                     (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
                     (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
        if (quote) {
            if (linelen + 3 >= QP_MAXLINE) {
                qp_soft_break(&b, crlf);
                linelen = 0;
            }
            qp_hex(&b, c);
            i++;
            linelen += 3;
        } else if (istext && (c == '\n' || (!last && c == '\r' && d[i + 1] == '\n'))) {
            linelen = 0;
            if (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\t')) { /* no white space ends a line */
                unsigned char ws = (unsigned char)b.data[--b.len];
                qp_hex(&b, ws);
            }
            tr_buf_adds(&b, crlf ? "\r\n" : "\n");
            i += c == '\r' ? 2 : 1;
        } else {
            if (!last && d[i + 1] != '\n' && linelen + 1 >= QP_MAXLINE) {
                qp_soft_break(&b, crlf);
                linelen = 0;
            }
            linelen++;
            tr_buf_addc(&b, header && c == ' ' ? '_' : (char)c);
            i++;
        }
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

static TrValue py_a2b_qp(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"data", "header", NULL};
    TrValue a[2];
    if (tr_parse_args("binascii.a2b_qp", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *data;
    size_t n;
    int header;
    if (tr_binascii_ascii_data(a[0], &data, &n) < 0 || int_flag(a[1], 0, &header) < 0) return 0;
    const unsigned char *d = (const unsigned char *)data;
    char *out = tr_alloc_atomic(n + 1), *o = out;
    for (size_t i = 0; i < n;) {
        if (d[i] == '=') {
            if (++i >= n) break;
            if (d[i] == '\n' || d[i] == '\r') { /* a soft line break: skip to after the \n */
                while (i < n && d[i] != '\n') i++;
                if (i < n) i++;
            } else if (d[i] == '=') { /* "==" from old broken encoders */
                *o++ = '=';
                i++;
            } else if (i + 1 < n && hexval(d[i]) >= 0 && hexval(d[i + 1]) >= 0) {
                *o++ = (char)(hexval(d[i]) << 4 | hexval(d[i + 1]));
                i += 2;
            } else
                *o++ = '=';
        } else {
            *o++ = header && d[i] == '_' ? ' ' : (char)d[i];
            i++;
        }
    }
    return tr_bytes_new(out, (size_t)(o - out));
}

static const TrMethodDef binascii_functions[] = {
    {"hexlify", py_hexlify}, {"b2a_hex", py_b2a_hex}, {"unhexlify", py_unhexlify}, {"a2b_hex", py_a2b_hex},
    {"b2a_base64", py_b2a_base64}, {"a2b_base64", py_a2b_base64}, {"b2a_uu", py_b2a_uu}, {"a2b_uu", py_a2b_uu},
    {"b2a_qp", py_b2a_qp}, {"a2b_qp", py_a2b_qp}, {"crc32", py_crc32}, {"crc_hqx", py_crc_hqx}, {0},
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
