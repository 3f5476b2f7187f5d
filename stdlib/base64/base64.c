/* base64.c — the `base64` module: b64/standard/urlsafe, b32 (and b32hex), b16,
 * encodebytes/decodebytes, encode/decode of file objects, b85 and Ascii85 (a85), with CPython 3.11's results and error texts
 * (Lib/base64.py, over binascii's a2b_base64/b2a_base64, stdlib/binascii). */
#include "tr.h"
#include <string.h>

TrType *tr_binascii_error(void);
int tr_binascii_ascii_data(TrValue v, const char **data, size_t *len);
TrValue tr_binascii_b2a_base64(const unsigned char *in, size_t n, bool newline);
TrValue tr_binascii_a2b_base64(const unsigned char *in, size_t n, bool strict);
TrValue tr_binascii_hexlify(const unsigned char *in, size_t n);
TrValue tr_binascii_unhexlify(const unsigned char *in, size_t n);

typedef struct { const unsigned char *p; size_t n; } Data;

/* _bytes_from_decode_data */
static int decode_data(TrValue v, Data *d) {
    if (tr_str_check(v)) {
        if (!TR_STR(v)->ascii) {
            tr_err(TR_EXC_TYPE(ValueError), "string argument should contain only ASCII characters");
            return -1;
        }
        d->p = (const unsigned char *)tr_str_cstr(v);
        d->n = TR_STR(v)->len;
        return 0;
    }
    size_t n;
    const char *p = tr_buffer_view(v, &n);
    if (p) { d->p = (const unsigned char *)p; d->n = n; return 0; }
    if (tr_err_occurred()) return -1;
    tr_err(TR_EXC_TYPE(TypeError), "argument should be a bytes-like object or ASCII string, not '%s'", TR_TYPE_NAME(v));
    return -1;
}

/* a bytes-like object (memoryview(s).tobytes() in base64.py) */
static int bytes_data(TrValue v, Data *d, const char *prefix) {
    size_t n;
    const char *p = tr_buffer_view(v, &n);
    if (p) { d->p = (const unsigned char *)p; d->n = n; return 0; }
    if (tr_err_occurred()) return -1;
    tr_err(TR_EXC_TYPE(TypeError), "%sa bytes-like object is required, not '%s'", prefix, TR_TYPE_NAME(v));
    return -1;
}

/* copy of d with bytes a[0], a[1] replaced by b[0], b[1] */
static unsigned char *translate2(Data d, const unsigned char *from, const unsigned char *to) {
    unsigned char *s = tr_alloc_atomic(d.n + 1);
    for (size_t i = 0; i < d.n; i++) {
        unsigned char c = d.p[i];
        s[i] = c == from[0] ? to[0] : c == from[1] ? to[1] : c;
    }
    return s;
}

static int altchars_data(TrValue alt, Data *a, bool decode) {
    if (decode ? decode_data(alt, a) < 0 : bytes_data(alt, a, "") < 0) return -1;
    if (a->n != 2) {
        TrValue r = tr_repr(alt);
        if (r) tr_err_value(TR_EXC_TYPE(AssertionError), r);
        return -1;
    }
    return 0;
}

static TrValue b64encode_with(TrValue s, TrValue alt) {
    Data d, a;
    if (bytes_data(s, &d, "") < 0) return 0;
    if (alt && alt != tr_None && altchars_data(alt, &a, false) < 0) return 0;
    TrValue r = tr_binascii_b2a_base64(d.p, d.n, false);
    if (!r || !alt || alt == tr_None) return r;
    TrBytes *b = (TrBytes *)r;
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] == '+') b->data[i] = (char)a.p[0];
        else if (b->data[i] == '/') b->data[i] = (char)a.p[1];
    return r;
}

static TrValue b64decode_with(TrValue s, TrValue alt, bool validate) {
    Data d, a;
    if (decode_data(s, &d) < 0) return 0;
    if (alt && alt != tr_None) {
        if (altchars_data(alt, &a, true) < 0) return 0;
        d.p = translate2(d, a.p, (const unsigned char *)"+/");
    }
    return tr_binascii_a2b_base64(d.p, d.n, validate);
}

static TrValue py_b64encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", "altchars", NULL};
    TrValue a[2];
    if (tr_parse_args_py("b64encode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b64encode_with(a[0], a[1]);
}

static TrValue py_b64decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", "altchars", "validate", NULL};
    TrValue a[3];
    if (tr_parse_args_py("b64decode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    int validate = 0;
    if (a[2] && (validate = tr_truthy(a[2])) < 0) return 0;
    return b64decode_with(a[0], a[1], validate);
}

static TrValue py_standard_b64encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("standard_b64encode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b64encode_with(a[0], 0);
}

static TrValue py_standard_b64decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("standard_b64decode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b64decode_with(a[0], 0, false);
}

static TrValue py_urlsafe_b64encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("urlsafe_b64encode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b64encode_with(a[0], tr_bytes_new("-_", 2));
}

static TrValue py_urlsafe_b64decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("urlsafe_b64decode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (decode_data(a[0], &d) < 0) return 0;
    unsigned char *s = translate2(d, (const unsigned char *)"-_", (const unsigned char *)"+/");
    return tr_binascii_a2b_base64(s, d.n, false);
}

/* ---------------------------------------------------------------- base32 */

static const char b32alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
static const char b32hexalphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

static TrValue b32encode(const char *alphabet, TrValue s) {
    Data d;
    if (bytes_data(s, &d, "memoryview: ") < 0) return 0;
    size_t groups = (d.n + 4) / 5;
    char *out = tr_alloc_atomic(groups * 8 + 1);
    for (size_t g = 0; g < groups; g++) {
        uint64_t c = 0;
        for (size_t k = 0; k < 5; k++) {
            size_t i = g * 5 + k;
            c = c << 8 | (i < d.n ? d.p[i] : 0);
        }
        for (int k = 0; k < 8; k++) out[g * 8 + k] = alphabet[(c >> (35 - 5 * k)) & 31];
    }
    size_t leftover = d.n % 5, total = groups * 8;
    static const int pads[5] = {0, 6, 4, 3, 1};
    if (leftover) memset(out + total - pads[leftover], '=', (size_t)pads[leftover]);
    return tr_bytes_new(out, total);
}

static TrValue binascii_error(const char *msg) {
    TrType *t = tr_binascii_error();
    return t ? tr_err(t, "%s", msg) : 0;
}

static TrValue b32decode(const char *alphabet, TrValue s, TrValue casefold, TrValue map01) {
    Data d;
    if (decode_data(s, &d) < 0) return 0;
    if (d.n % 8) return binascii_error("Incorrect padding");
    unsigned char *buf = tr_alloc_atomic(d.n + 1);
    memcpy(buf, d.p, d.n);
    if (map01 && map01 != tr_None) {
        Data m;
        if (decode_data(map01, &m) < 0) return 0;
        if (m.n != 1) {
            TrValue r = tr_repr(map01);
            if (r) tr_err_value(TR_EXC_TYPE(AssertionError), r);
            return 0;
        }
        for (size_t i = 0; i < d.n; i++)
            if (buf[i] == '0') buf[i] = 'O';
            else if (buf[i] == '1') buf[i] = m.p[0];
    }
    int cf = 0;
    if (casefold && (cf = tr_truthy(casefold)) < 0) return 0;
    if (cf)
        for (size_t i = 0; i < d.n; i++)
            if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] = (unsigned char)(buf[i] - 32);
    size_t l = d.n, n = l;
    while (n && buf[n - 1] == '=') n--;
    size_t padchars = l - n;
    signed char rev[256];
    memset(rev, -1, sizeof rev);
    for (int i = 0; i < 32; i++) rev[(unsigned char)alphabet[i]] = (signed char)i;
    unsigned char *out = tr_alloc_atomic((n + 7) / 8 * 5 + 1);
    size_t o = 0;
    uint64_t acc = 0;
    for (size_t i = 0; i < n; i += 8) {
        acc = 0;
        for (size_t k = i; k < i + 8 && k < n; k++) {
            if (rev[buf[k]] < 0) return binascii_error("Non-base32 digit found");
            acc = (acc << 5) + (uint64_t)rev[buf[k]];
        }
        /* acc.to_bytes(5): a partial quantum is at most 35 bits here only when padded */
        for (int k = 4; k >= 0; k--) out[o++] = (unsigned char)(acc >> (8 * k));
    }
    if (!(padchars == 0 || padchars == 1 || padchars == 3 || padchars == 4 || padchars == 6))
        return binascii_error("Incorrect padding");
    if (padchars && o) {
        acc <<= 5 * padchars;
        size_t leftover = (43 - 5 * padchars) / 8;
        o -= 5;
        for (size_t k = 0; k < leftover; k++) out[o++] = (unsigned char)(acc >> (8 * (4 - k)));
    }
    return tr_bytes_new((char *)out, o);
}

static TrValue py_b32encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("b32encode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b32encode(b32alphabet, a[0]);
}

static TrValue py_b32hexencode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("b32hexencode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b32encode(b32hexalphabet, a[0]);
}

static TrValue py_b32decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", "casefold", "map01", NULL};
    TrValue a[3];
    if (tr_parse_args_py("b32decode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b32decode(b32alphabet, a[0], a[1], a[2]);
}

static TrValue py_b32hexdecode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", "casefold", NULL};
    TrValue a[2];
    if (tr_parse_args_py("b32hexdecode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return b32decode(b32hexalphabet, a[0], a[1], 0);
}

/* ---------------------------------------------------------------- base16 */

static TrValue py_b16encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("b16encode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (bytes_data(a[0], &d, "") < 0) return 0;
    TrValue r = tr_binascii_hexlify(d.p, d.n);
    if (!r) return 0;
    TrBytes *b = (TrBytes *)r;
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] >= 'a') b->data[i] = (char)(b->data[i] - 32);
    return r;
}

static TrValue py_b16decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", "casefold", NULL};
    TrValue a[2];
    if (tr_parse_args_py("b16decode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (decode_data(a[0], &d) < 0) return 0;
    int cf = 0;
    if (a[1] && (cf = tr_truthy(a[1])) < 0) return 0;
    unsigned char *buf = tr_alloc_atomic(d.n + 1);
    for (size_t i = 0; i < d.n; i++) {
        unsigned char c = d.p[i];
        if (cf && c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return binascii_error("Non-base16 digit found");
        buf[i] = c;
    }
    return tr_binascii_unhexlify(buf, d.n);
}

/* ---------------------------------------------------------------- encodebytes */

/* _input_type_check */
static int input_type_check(TrValue s, Data *d) {
    size_t n;
    const char *p = tr_buffer_view(s, &n);
    if (p) { d->p = (const unsigned char *)p; d->n = n; return 0; }
    if (tr_err_occurred()) return -1;
    tr_err(TR_EXC_TYPE(TypeError), "expected bytes-like object, not %s", TR_TYPE_NAME(s));
    return -1;
}

static TrValue py_encodebytes(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("encodebytes", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (input_type_check(a[0], &d) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < d.n; i += 57) {
        size_t k = d.n - i < 57 ? d.n - i : 57;
        TrValue line = tr_binascii_b2a_base64(d.p + i, k, true);
        if (!line) return 0;
        tr_buf_add(&b, ((TrBytes *)line)->data, ((TrBytes *)line)->len);
    }
    return tr_bytes_new(b.data, b.len);
}

static TrValue py_decodebytes(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"s", NULL};
    TrValue a[1];
    if (tr_parse_args_py("decodebytes", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (input_type_check(a[0], &d) < 0) return 0;
    return tr_binascii_a2b_base64(d.p, d.n, false);
}

/* ---------------------------------------------------------------- base85 */

static const char b85alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

static TrValue py_b85encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"b", "pad", NULL};
    TrValue a[2];
    if (tr_parse_args_py("b85encode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (bytes_data(a[0], &d, "memoryview: ") < 0) return 0;
    int pad = 0;
    if (a[1] && (pad = tr_truthy(a[1])) < 0) return 0;
    size_t words = (d.n + 3) / 4, padding = words * 4 - d.n;
    char *out = tr_alloc_atomic(words * 5 + 1);
    for (size_t w = 0; w < words; w++) {
        uint32_t v = 0;
        for (size_t k = 0; k < 4; k++) {
            size_t i = w * 4 + k;
            v = v << 8 | (i < d.n ? d.p[i] : 0);
        }
        for (int k = 4; k >= 0; k--) { out[w * 5 + k] = b85alphabet[v % 85]; v /= 85; }
    }
    size_t len = words * 5;
    if (padding && !pad) len -= padding;
    return tr_bytes_new(out, len);
}

static TrValue py_b85decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"b", NULL};
    TrValue a[1];
    if (tr_parse_args_py("b85decode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (decode_data(a[0], &d) < 0) return 0;
    signed char dec[256];
    memset(dec, -1, sizeof dec);
    for (int i = 0; i < 85; i++) dec[(unsigned char)b85alphabet[i]] = (signed char)i;
    size_t padding = (5 - d.n % 5) % 5, total = d.n + padding;
    unsigned char *out = tr_alloc_atomic(total / 5 * 4 + 1);
    size_t o = 0;
    for (size_t i = 0; i < total; i += 5) {
        uint64_t acc = 0;
        for (size_t j = i; j < i + 5; j++) {
            unsigned char c = j < d.n ? d.p[j] : '~';
            if (dec[c] < 0) return tr_err(TR_EXC_TYPE(ValueError), "bad base85 character at position %zu", j);
            acc = acc * 85 + (uint64_t)dec[c];
        }
        if (acc > 0xffffffffu) return tr_err(TR_EXC_TYPE(ValueError), "base85 overflow in hunk starting at byte %zu", i);
        for (int k = 3; k >= 0; k--) out[o++] = (unsigned char)(acc >> (8 * k));
    }
    return tr_bytes_new((char *)out, o - padding);
}

/* ---------------------------------------------------------------- Ascii85 */

/* the 5 digits of a 4-byte word, most significant first, from '!' (Ascii85) */
static void a85_digits(uint32_t v, char out[5]) {
    for (int k = 4; k >= 0; k--) { out[k] = (char)('!' + v % 85); v /= 85; }
}

static TrValue py_a85encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"b", "$foldspaces", "$wrapcol", "$pad", "$adobe", NULL};
    TrValue a[5];
    if (tr_parse_args_py("a85encode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (bytes_data(a[0], &d, "memoryview: ") < 0) return 0;
    int foldspaces = 0, wrap = 0, pad = 0, adobe = 0;
    if ((a[1] && (foldspaces = tr_truthy(a[1])) < 0) || (a[2] && (wrap = tr_truthy(a[2])) < 0) ||
        (a[3] && (pad = tr_truthy(a[3])) < 0) || (a[4] && (adobe = tr_truthy(a[4])) < 0))
        return 0;
    /* base64.py: wrapcol = max(2 if adobe else 1, wrapcol), then slices and a range by it */
    int64_t wrapcol = 0;
    if (wrap) {
        TrValue least = tr_int_from_i64(adobe ? 2 : 1);
        int greater = tr_compare_bool(a[2], least, TR_GT);
        if (greater < 0 || tr_index(greater ? a[2] : least, &wrapcol) < 0) return 0;
    }
    TrBuf body;
    tr_buf_init(&body);
    if (adobe) tr_buf_adds(&body, "<~");
    size_t words = (d.n + 3) / 4, padding = words * 4 - d.n;
    for (size_t w = 0; w < words; w++) {
        uint32_t v = 0;
        for (size_t k = 0; k < 4; k++) v = v << 8 | (w * 4 + k < d.n ? d.p[w * 4 + k] : 0);
        bool last_cut = w == words - 1 && padding && !pad;
        char digits[5];
        if (!v && !last_cut) tr_buf_addc(&body, 'z'); /* a partial last word of zeros is '!!!!!' cut short */
        else if (foldspaces && v == 0x20202020u) tr_buf_addc(&body, 'y');
        else {
            a85_digits(v, digits);
            tr_buf_add(&body, digits, last_cut ? 5 - padding : 5);
        }
    }
    if (!wrapcol) {
        if (adobe) tr_buf_adds(&body, "~>");
        return tr_bytes_new(body.data, body.len);
    }
    size_t col = (size_t)wrapcol;
    TrBuf out;
    tr_buf_init(&out);
    size_t last = 0; /* length of the last line */
    for (size_t i = 0; i < body.len || i == 0; i += col) {
        if (i) tr_buf_addc(&out, '\n');
        last = body.len - i < col ? body.len - i : col;
        tr_buf_add(&out, body.data + i, last);
        if (body.len == 0) break;
    }
    if (adobe) {
        if (last + 2 > col) tr_buf_addc(&out, '\n');
        tr_buf_adds(&out, "~>");
    }
    return tr_bytes_new(out.data, out.len);
}

/* raises ValueError(msg % x) for a byte x formatted with %c (a code point up to 255) */
static TrValue a85_bad_digit(unsigned char x) {
    char c[3] = {(char)x, 0, 0};
    if (x >= 0x80) { c[0] = (char)(0xc0 | x >> 6); c[1] = (char)(0x80 | (x & 0x3f)); }
    return tr_err(TR_EXC_TYPE(ValueError), "Non-Ascii85 digit found: %s", c);
}

static TrValue py_a85decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"b", "$foldspaces", "$adobe", "$ignorechars", NULL};
    TrValue a[4];
    if (tr_parse_args_py("a85decode", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    Data d;
    if (decode_data(a[0], &d) < 0) return 0;
    int foldspaces = 0, adobe = 0;
    if ((a[1] && (foldspaces = tr_truthy(a[1])) < 0) || (a[2] && (adobe = tr_truthy(a[2])) < 0)) return 0;
    TrValue ignore = a[3] ? a[3] : tr_bytes_new(" \t\n\r\v", 5);
    if (adobe) {
        if (d.n < 2 || memcmp(d.p + d.n - 2, "~>", 2))
            return tr_err(TR_EXC_TYPE(ValueError), "Ascii85 encoded byte sequences must end with b'~>'");
        d.n -= 2;
        if (d.n >= 2 && !memcmp(d.p, "<~", 2)) d.p += 2, d.n -= 2;
    }
    TrBuf out;
    tr_buf_init(&out);
    uint64_t acc = 0;
    int ndigits = 0;
    for (size_t i = 0; i < d.n + 4; i++) {
        unsigned char x = i < d.n ? d.p[i] : 'u'; /* four 'u' pad the last group */
        if (x >= '!' && x <= 'u') {
            acc = acc * 85 + (uint64_t)(x - '!');
            if (++ndigits < 5) continue;
            if (acc > 0xffffffffu) return tr_err(TR_EXC_TYPE(ValueError), "Ascii85 overflow");
            char word[4] = {(char)(acc >> 24), (char)(acc >> 16), (char)(acc >> 8), (char)acc};
            tr_buf_add(&out, word, 4);
            acc = 0;
            ndigits = 0;
        } else if (x == 'z' || (foldspaces && x == 'y')) {
            if (ndigits) return tr_err(TR_EXC_TYPE(ValueError), "%c inside Ascii85 5-tuple", x);
            tr_buf_add(&out, x == 'z' ? "\0\0\0\0" : "    ", 4);
        } else {
            int in = tr_contains(ignore, tr_int_from_i64(x));
            if (in < 0) return 0;
            if (!in) return a85_bad_digit(x);
        }
    }
    /* the padding decoded 4 - ndigits bytes too many (none when the input ended on a group) */
    size_t drop = ndigits ? 4 - (size_t)ndigits : 0;
    return tr_bytes_new(out.data, out.len - (drop < out.len ? drop : out.len));
}

/* ---------------------------------------------------------------- file objects */

#define MAXBINSIZE 57 /* bytes per line of base64.encode: 76 characters */

/* base64.encode(input, output): input's bytes as base64 lines of 76 characters */
static TrValue py_encode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"input", "output", NULL};
    TrValue a[2];
    if (tr_parse_args_py("encode", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    for (;;) {
        TrValue s = tr_call_method_cstr(a[0], "read", 1, tr_int_from_i64(MAXBINSIZE));
        int more;
        if (!s || (more = tr_truthy(s)) < 0) return 0;
        if (!more) return tr_None;
        intptr_t len;
        while ((len = tr_len(s)) >= 0 && len < MAXBINSIZE) {
            TrValue ns = tr_call_method_cstr(a[0], "read", 1, tr_int_from_i64(MAXBINSIZE - len));
            if (!ns || (more = tr_truthy(ns)) < 0) return 0;
            if (!more) break;
            if (!(s = tr_binop(TR_ADD, s, ns))) return 0;
        }
        if (len < 0) return 0;
        Data d;
        if (bytes_data(s, &d, "") < 0) return 0;
        TrValue line = tr_binascii_b2a_base64(d.p, d.n, true);
        if (!line || !tr_call_method_cstr(a[1], "write", 1, line)) return 0;
    }
}

/* base64.decode(input, output): each line of input decoded */
static TrValue py_decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"input", "output", NULL};
    TrValue a[2];
    if (tr_parse_args_py("decode", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    for (;;) {
        TrValue line = tr_call_method_cstr(a[0], "readline", 0);
        int more;
        if (!line || (more = tr_truthy(line)) < 0) return 0;
        if (!more) return tr_None;
        const char *p;
        size_t n;
        if (tr_binascii_ascii_data(line, &p, &n) < 0) return 0;
        TrValue s = tr_binascii_a2b_base64((const unsigned char *)p, n, false);
        if (!s || !tr_call_method_cstr(a[1], "write", 1, s)) return 0;
    }
}

static const TrMethodDef base64_functions[] = {
    {"b64encode", py_b64encode}, {"b64decode", py_b64decode},
    {"standard_b64encode", py_standard_b64encode}, {"standard_b64decode", py_standard_b64decode},
    {"urlsafe_b64encode", py_urlsafe_b64encode}, {"urlsafe_b64decode", py_urlsafe_b64decode},
    {"b32encode", py_b32encode}, {"b32decode", py_b32decode},
    {"b32hexencode", py_b32hexencode}, {"b32hexdecode", py_b32hexdecode},
    {"b16encode", py_b16encode}, {"b16decode", py_b16decode},
    {"encodebytes", py_encodebytes}, {"decodebytes", py_decodebytes},
    {"b85encode", py_b85encode}, {"b85decode", py_b85decode},
    {"a85encode", py_a85encode}, {"a85decode", py_a85decode}, {"encode", py_encode}, {"decode", py_decode}, {0},
};

TrValue trmod_base64_init(void) {
    static TrValue m;
    if (m) return m;
    TrType *err = tr_binascii_error();
    if (!err) return 0;
    m = tr_module_new("base64", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, base64_functions);
    tr_module_add(m, "MAXLINESIZE", tr_int_from_i64(76));
    tr_module_add(m, "MAXBINSIZE", tr_int_from_i64(MAXBINSIZE));
    return m;
}
