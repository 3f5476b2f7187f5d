/* codec_escape.c — the 'unicode_escape' and 'raw_unicode_escape' codecs (CPython 3.11's
 * output and UnicodeDecodeError texts and positions).  Encoding never fails; decoding
 * knows the 'strict', 'ignore', 'replace' and 'backslashreplace' handlers and calls
 * registered ones (codec_handlers.c).  \N{name}
 * asks the unicodedata module, as CPython asks its name database; a program that does
 * not import unicodedata has none linked in, and gets CPython's UnicodeError for that.  Assumes a str is
 * UTF-8 with lone surrogates as their 3-byte form (obj_str.c). */
#include "codecs.h"
#include "tr_compiled.h" /* tr_import_compiled_in */

TrValue tr_codec_escape_encode(TrCodec codec, TrValue str) {
    bool raw = codec.id == TR_CODEC_RAW_UNICODE_ESCAPE;
    TrStr *s = TR_STR(str);
    TrBuf b;
    tr_buf_init(&b);
    for (size_t off = 0; off < s->len;) {
        uint32_t c;
        off += tr_utf8_decode(s->data + off, &c);
        if (c >= 0x10000) tr_buf_printf(&b, "\\U%08x", c);
        else if (c >= 0x100) tr_buf_printf(&b, "\\u%04x", c);
        else if (raw) tr_buf_addc(&b, (char)c);
        else if (c == '\\') tr_buf_adds(&b, "\\\\");
        else if (c == '\t') tr_buf_adds(&b, "\\t");
        else if (c == '\n') tr_buf_adds(&b, "\\n");
        else if (c == '\r') tr_buf_adds(&b, "\\r");
        else if (c < 0x20 || c >= 0x7f) tr_buf_printf(&b, "\\x%02x", c);
        else tr_buf_addc(&b, (char)c);
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

static int hexval(unsigned char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* the code point of a character name (in any case), -1 (no error set) if unknown, -2 with
 * UnicodeError without the unicodedata module */
static int64_t named(const char *name, size_t len) {
    TrValue ud = tr_import_compiled_in("unicodedata");
    if (!ud) {
        if (!tr_err_occurred()) tr_err(TR_EXC_TYPE(UnicodeError), "\\N escapes not supported (can't load unicodedata module)");
        return -2;
    }
    TrValue fn = tr_getattr_cstr(ud, "lookup");
    char *upper = tr_alloc_atomic(len + 1);
    for (size_t i = 0; i < len; i++) upper[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 32) : name[i];
    TrValue arg = tr_str_new(upper, len);
    TrValue r = fn ? tr_call(fn, &arg, 1, 0) : 0;
    if (!r || !tr_str_check(r) || TR_STR(r)->nchars != 1) { tr_err_clear(); return -1; }
    uint32_t c;
    tr_utf8_decode(TR_STR(r)->data, &c);
    return c;
}

static void put(TrBuf *b, uint32_t c) {
    char tmp[4];
    tr_buf_add(b, tmp, tr_utf8_encode(c, tmp));
}

/* one escape at d[i] == '\\' (raw: only \u and \U reach here): its character, -1 with *msg,
 * -2 for a line continuation, -3 for an unknown escape (kept), -4 with an error set; *next
 * is where decoding goes on (the error's end) */
static int64_t escape_at(bool raw, const unsigned char *d, size_t i, size_t n, size_t *next, const char **msg) {
    size_t s = i + 1;
    if (s >= n) { *next = n; *msg = "\\ at end of string"; return -1; }
    unsigned char c = d[s++];
    int count = 0;
    *next = s;
    switch (c) {
    case '\n': return -2; /* a line continuation: nothing */
    case '\\': case '\'': case '"': return c;
    case 'a': return 7; case 'b': return 8; case 'f': return 12; case 'n': return 10;
    case 'r': return 13; case 't': return 9; case 'v': return 11;
    case 'x': count = 2; *msg = "truncated \\xXX escape"; break;
    case 'u': count = 4; *msg = "truncated \\uXXXX escape"; break;
    case 'U': count = 8; *msg = "truncated \\UXXXXXXXX escape"; break;
    case 'N': {
        *msg = "malformed \\N character escape";
        if (s >= n || d[s] != '{') return -1;
        size_t start = ++s;
        while (s < n && d[s] != '}') s++;
        *next = s;
        if (s >= n || s == start) return -1;
        *next = s + 1;
        int64_t cp = named((const char *)d + start, s - start);
        if (cp == -2) return -4;
        if (cp < 0) *msg = "unknown Unicode character name";
        return cp;
    }
    default:
        if (c >= '0' && c <= '7') {
            int64_t v = c - '0';
            for (int k = 0; k < 2 && s < n && d[s] >= '0' && d[s] <= '7'; k++) v = v * 8 + (d[s++] - '0');
            *next = s;
            return v;
        }
        return -3; /* unknown: the backslash and the character stay */
    }
    int64_t v = 0;
    for (; count; count--, s++) {
        int h = s < n ? hexval(d[s]) : -1;
        if (h < 0) { *next = s; return -1; }
        v = v * 16 + h;
    }
    *next = s;
    if (v > 0x10ffff) { *msg = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character"; return -1; }
    return v;
}

TrValue tr_codec_escape_decode(TrCodec codec, const char *data, size_t n, TrValue obj, const char *errors) {
    bool raw = codec.id == TR_CODEC_RAW_UNICODE_ESCAPE;
    const unsigned char *d = (const unsigned char *)data;
    if (!errors) errors = "strict";
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < n;) {
        if (d[i] != '\\') { put(&b, d[i++]); continue; }
        if (raw) { /* only an odd run of backslashes before u or U escapes */
            size_t k = i;
            while (k < n && d[k] == '\\') k++;
            if (!((k - i) & 1) || k >= n || (d[k] != 'u' && d[k] != 'U')) {
                tr_buf_add(&b, data + i, k - i);
                i = k;
                continue;
            }
            tr_buf_add(&b, data + i, k - 1 - i);
            i = k - 1;
        }
        size_t next;
        const char *msg = 0;
        int64_t c = escape_at(raw, d, i, n, &next, &msg);
        if (c == -4) return 0;
        if (c >= 0) put(&b, (uint32_t)c);
        else if (c == -3) tr_buf_add(&b, data + i, 2);
        else if (c == -1) {
            if (!strcmp(errors, "replace")) tr_buf_adds(&b, "\xef\xbf\xbd");
            else if (!strcmp(errors, "backslashreplace"))
                for (size_t k = i; k < next; k++) tr_buf_printf(&b, "\\x%02x", d[k]);
            else if (strcmp(errors, "ignore")) {
                if (!obj) obj = tr_bytes_new(data, n);
                if (tr_codec_decode_error(&b, codec, errors, raw ? "rawunicodeescape" : "unicodeescape", obj, i, next, msg,
                                          &next) < 0)
                    return 0;
            }
        }
        i = next;
    }
    return tr_buf_finish(&b);
}
