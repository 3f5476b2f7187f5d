/* codecs.c — the text encodings of str.encode, bytes.decode, open() and the codecs
 * module: UTF-8 (and utf-8-sig), ASCII, Latin-1, UTF-16/32 (with a BOM, -le, -be) and
 * the single-byte tables of codec_tables.c (cp1252, iso8859_2, koi8_r, ...) and the CJK
 * codecs of codec_cjk.c (gbk, shift_jis, ...), found by
 * the names CPython's codec registry accepts, with CPython's error handlers ('strict',
 * 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
 * 'surrogateescape', 'surrogatepass', and those codecs.register_error() registers:
 * codec_handlers.c) and its exact UnicodeEncodeError/UnicodeDecodeError texts.  Assumes a str is UTF-8 with lone
 * surrogates as their 3-byte form (obj_str.c).  The escape codecs are codec_escape.c's. */
#include "codecs.h"
#include "strbase.h"
#include <ctype.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- names */

/* encodings.normalize_encoding, lower-cased: letters, digits and '.' kept, any run of
 * other characters between them as one '_'.  False if it does not fit in out. */
static bool normalize(const char *s, size_t n, char *out, size_t cap) {
    size_t k = 0;
    bool punct = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && (isalnum(c) || c == '.')) {
            if (punct && k) out[k++] = '_';
            out[k++] = (char)tolower(c);
            punct = false;
        } else punct = true;
        if (k + 2 > cap) return false;
    }
    out[k] = 0;
    return true;
}

static int key_cmp(const void *key, const void *entry) { return strcmp(key, ((const TrCodecName *)entry)->key); }

static const TrCodecName *find_key(const char *key) {
    return bsearch(key, tr_codec_keys, tr_ncodec_keys, sizeof tr_codec_keys[0], key_cmp);
}

int tr_codec_lookup(const char *fname, TrValue encoding, TrCodec *codec) {
    if (!tr_str_check(encoding)) {
        if (fname) tr_err(TR_EXC_TYPE(TypeError), "%s() argument 'encoding' must be str, not %s", fname, tr_arg_type_name(encoding));
        else tr_err(TR_EXC_TYPE(TypeError), "lookup() argument must be str, not %s", TR_TYPE_NAME(encoding));
        return -1;
    }
    char key[64];
    if (normalize(tr_str_cstr(encoding), TR_STR(encoding)->len, key, sizeof key)) {
        /* as the search function of CPython's encodings package: an alias, the alias
         * with '.' as '_', the name of a codec module */
        const TrCodecName *e = find_key(key);
        if (e && !e->alias && strchr(key, '.')) e = 0;
        if (!e && strchr(key, '.')) {
            for (char *p = key; *p; p++) *p = *p == '.' ? '_' : *p;
            if ((e = find_key(key)) && !e->alias) e = 0;
        }
        if (e) {
            /* CPython's C fast paths of str.encode/bytes.decode; others are Python code,
             * whose errors from the error handler name the codec */
            static const char *const fast[] = {"utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii",
                                               "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1", NULL};
            codec->id = e->codec;
            codec->wrap_name = encoding;
            for (int i = 0; fname && fast[i]; i++)
                if (!strcmp(key, fast[i])) codec->wrap_name = 0;
            return 0;
        }
    }
    tr_err(TR_EXC_TYPE(LookupError), "unknown encoding: %s", tr_str_cstr(encoding));
    return -1;
}

static const char *const native_names[] = {"utf-8", "ascii", "iso8859-1", "utf-16", "utf-16-le", "utf-16-be",
                                           "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "unicode-escape",
                                           "raw-unicode-escape"};

const char *tr_codec_name(int id) {
    if (id >= TR_CODEC_CJK) return tr_cjk_name(id);
    return id >= TR_CODEC_CHARMAP ? tr_charmaps[id - TR_CODEC_CHARMAP].name : native_names[id];
}

/* the codec name UnicodeError messages give */
static const char *error_name(int id) {
    static const char *const names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                                        "utf-32", "utf-32-le", "utf-32-be", "utf-8",
                                        "unicodeescape", "rawunicodeescape"};
    if (id >= TR_CODEC_CJK) return tr_cjk_name(id);
    return id >= TR_CODEC_CHARMAP ? "charmap" : names[id];
}

bool tr_codec_ascii_lines(int id) {
    if (id >= TR_CODEC_CJK) return false;
    if (id >= TR_CODEC_CHARMAP) {
        const uint16_t *d = tr_charmaps[id - TR_CODEC_CHARMAP].decode;
        return d['\n'] == '\n' && d['\r'] == '\r';
    }
    return id <= TR_CODEC_LATIN1;
}

#define WIDTH(c) ((c) >= TR_CODEC_UTF32 && (c) <= TR_CODEC_UTF32BE ? 4 : (c) >= TR_CODEC_UTF16 && (c) <= TR_CODEC_UTF16BE ? 2 : 1)
#define IS_BIG_ENDIAN(c) ((c) == TR_CODEC_UTF16BE || (c) == TR_CODEC_UTF32BE)
#define IS_UTF8(c) ((c) == TR_CODEC_UTF8 || (c) == TR_CODEC_UTF8SIG)
#define IS_SURROGATE(c) ((c) >= 0xd800 && (c) < 0xe000)

/* ---------------------------------------------------------------- encode */

/* A single-byte codec's inverse, built on first use: the byte of each ASCII code point
 * (-1: none), and the others as code point << 8 | byte, sorted (malloc'd: it holds no
 * pointers and lives as long as the program). */
typedef struct Inverse {
    int16_t ascii[128];
    size_t n;
    uint32_t pairs[256];
} Inverse;

static const Inverse *charmap_inverse(int index) {
    static Inverse **inverse;
    if (!inverse) inverse = calloc(tr_ncharmaps, sizeof *inverse);
    if (!inverse[index]) {
        const uint16_t *d = tr_charmaps[index].decode;
        Inverse *t = malloc(sizeof *t);
        uint8_t seen[0x10000 / 8] = {0}; /* a bit per code point */
        t->n = 0;
        for (int c = 0; c < 128; c++) t->ascii[c] = -1;
        for (int b = 255; b >= 0; b--) { /* the last byte of a code point wins, as in CPython */
            uint16_t c = d[b];
            if (c == 0xfffe || seen[c / 8] & (1 << c % 8)) continue;
            seen[c / 8] |= (uint8_t)(1 << c % 8);
            if (c < 128) t->ascii[c] = (int16_t)b;
            else t->pairs[t->n++] = (uint32_t)c << 8 | (uint32_t)b;
        }
        for (size_t i = 1; i < t->n; i++) /* insertion sort by code point */
            for (size_t j = i; j > 0 && t->pairs[j - 1] > t->pairs[j]; j--) {
                uint32_t x = t->pairs[j];
                t->pairs[j] = t->pairs[j - 1];
                t->pairs[j - 1] = x;
            }
        inverse[index] = t;
    }
    return inverse[index];
}

/* The byte of c in a single-byte codec, or -1 */
static int charmap_byte(int id, uint32_t c) {
    const Inverse *t = charmap_inverse(id - TR_CODEC_CHARMAP);
    if (c < 128) return t->ascii[c];
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->pairs[mid] >> 8 < c) lo = mid + 1;
        else hi = mid;
    }
    return lo < t->n && t->pairs[lo] >> 8 == c ? (int)(t->pairs[lo] & 0xff) : -1;
}

static bool encodable(int id, uint32_t c) {
    if (id == TR_CODEC_ASCII) return c < 0x80;
    if (id == TR_CODEC_LATIN1) return c < 0x100;
    if (id >= TR_CODEC_CHARMAP) return charmap_byte(id, c) >= 0;
    return !IS_SURROGATE(c); /* the UTFs take anything but surrogates */
}

/* Appends code point c in the codec's byte form (a UTF's surrogates as themselves:
 * surrogatepass); false if a single-byte codec has no byte for it. */
static bool put(TrBuf *b, int id, uint32_t c) {
    char tmp[4];
    int width = WIDTH(id);
    if (IS_UTF8(id)) { tr_buf_add(b, tmp, tr_utf8_encode(c, tmp)); return true; }
    if (id >= TR_CODEC_CHARMAP) {
        int byte = charmap_byte(id, c);
        if (byte >= 0) tr_buf_addc(b, (char)byte);
        return byte >= 0;
    }
    if (width == 1) {
        if (c >= (id == TR_CODEC_ASCII ? 0x80u : 0x100u)) return false;
        tr_buf_addc(b, (char)c);
        return true;
    }
    if (width == 2 && c >= 0x10000) {
        put(b, id, 0xd800 + ((c - 0x10000) >> 10));
        c = 0xdc00 + (c & 0x3ff);
    }
    for (int k = 0; k < width; k++) tmp[k] = (char)(c >> (8 * (IS_BIG_ENDIAN(id) ? width - 1 - k : k)));
    tr_buf_add(b, tmp, width);
    return true;
}

static bool put_ascii(TrBuf *b, int id, const char *s) {
    for (; *s; s++)
        if (!put(b, id, (unsigned char)*s)) return false;
    return true;
}

/* What a built-in handler puts in place of the unencodable cps[start..end): 1 done, 0
 * the handler cannot (raise the UnicodeEncodeError), -1 an error raised. */
static int encode_replace(TrBuf *b, TrCodec codec, const char *errors, const uint32_t *cps, size_t start, size_t end) {
    int id = codec.id;
    bool single = WIDTH(id) == 1 && !IS_UTF8(id);
    for (size_t i = start; i < end; i++) {
        uint32_t c = cps[i];
        char rep[TR_CODEC_ESCAPE_MAX];
        int escaped = tr_codec_escape_char(errors, c, rep);
        if (escaped < 0) return -1;
        if (escaped) {
            if (!put_ascii(b, id, rep)) return 0;
        } else if (!strcmp(errors, "ignore")) continue;
        else if (!strcmp(errors, "replace")) {
            if (!put(b, id, '?')) return 0;
        } else if (!strcmp(errors, "surrogateescape")) {
            if (c < 0xdc80 || c > 0xdcff || WIDTH(id) != 1) return 0;
            tr_buf_addc(b, (char)(c - 0xdc00));
        } else if (!strcmp(errors, "surrogatepass")) {
            if (single || !IS_SURROGATE(c)) return 0;
            put(b, id, c);
        }
    }
    return 1;
}

/* errors names a registered handler: calls it on exc (of the n characters cps) and puts
 * its replacement, bytes as they are and a str through the codec (only ASCII for the
 * UTFs, as CPython), else raising exc.  Where encoding goes on, or -1 with an error. */
static int64_t encode_custom(TrBuf *b, TrCodec codec, const char *errors, TrValue exc, size_t n) {
    size_t next;
    TrValue rep = tr_codec_call_handler(codec, errors, exc, n, &next);
    if (!rep) return -1;
    if (tr_bytes_check(rep)) {
        tr_buf_add(b, ((TrBytes *)rep)->data, ((TrBytes *)rep)->len);
        return (int64_t)next;
    }
    TrStr *r = TR_STR(rep);
    for (size_t off = 0; off < r->len;) {
        uint32_t c;
        off += tr_utf8_decode(r->data + off, &c);
        if ((WIDTH(codec.id) > 1 || IS_UTF8(codec.id)) && c >= 0x80) c = 0xd800; /* unencodable */
        if (IS_SURROGATE(c) || !put(b, codec.id, c)) {
            tr_raise(exc);
            return -1;
        }
    }
    return (int64_t)next;
}

TrValue tr_codec_encode(TrCodec codec, TrValue str, const char *errors) {
    int id = codec.id;
    if (id == TR_CODEC_UNICODE_ESCAPE || id == TR_CODEC_RAW_UNICODE_ESCAPE)
        return tr_codec_escape_encode(codec, str);
    if (id >= TR_CODEC_CJK) return tr_cjk_encode(codec, str, errors);
    TrStr *s = TR_STR(str);
    if (!errors) errors = "strict";
    /* surrogates (ED A0..BF xx) are the only UTF-8 that cannot be encoded */
    if ((id == TR_CODEC_UTF8 || id == TR_CODEC_ASCII || id == TR_CODEC_LATIN1) &&
        (s->ascii || (id == TR_CODEC_UTF8 && !memchr(s->data, 0xed, s->len))))
        return tr_bytes_new(s->data, s->len);
    const char *reason = id == TR_CODEC_ASCII    ? "ordinal not in range(128)"
                         : id == TR_CODEC_LATIN1 ? "ordinal not in range(256)"
                         : id >= TR_CODEC_CHARMAP ? "character maps to <undefined>"
                                                  : "surrogates not allowed";
    uint32_t *cps = tr_alloc_atomic(sizeof(uint32_t) * (s->nchars + 1));
    size_t n = 0;
    for (size_t off = 0; off < s->len; n++) off += tr_utf8_decode(s->data + off, &cps[n]);
    TrBuf b;
    tr_buf_init(&b);
    const char *name = error_name(id);
    if (id == TR_CODEC_UTF16 || id == TR_CODEC_UTF32 || id == TR_CODEC_UTF8SIG) put(&b, id, 0xfeff);
    if (id == TR_CODEC_UTF16 || id == TR_CODEC_UTF32) id++; /* then little-endian */
    codec.id = id;
    for (size_t i = 0; i < n;) {
        int byte = id >= TR_CODEC_CHARMAP ? charmap_byte(id, cps[i]) : -1;
        if (byte >= 0 || (id < TR_CODEC_CHARMAP && encodable(id, cps[i]))) {
            if (byte >= 0) tr_buf_addc(&b, (char)byte);
            else put(&b, id, cps[i]);
            i++;
            continue;
        }
        /* the run of unencodable characters the handler sees: UTF-16/32 one at a time;
         * UTF-8 escapes what it can itself and hands on the rest of the run */
        size_t j = i + 1;
        while (WIDTH(id) == 1 && j < n && !encodable(id, cps[j])) j++;
        if (IS_UTF8(id) && !strcmp(errors, "surrogateescape")) {
            while (i < j && cps[i] >= 0xdc80 && cps[i] <= 0xdcff) tr_buf_addc(&b, (char)(cps[i++] - 0xdc00));
            if (i == j) continue;
        }
        if (strcmp(errors, "strict") && !tr_codec_builtin_handler(errors)) {
            TrValue exc = tr_unicode_error_new(TR_EXC_TYPE(UnicodeEncodeError), name, str, i, j, reason);
            int64_t next = exc ? encode_custom(&b, codec, errors, exc, n) : -1;
            if (next < 0) return 0;
            i = (size_t)next;
            continue;
        }
        int r = strcmp(errors, "strict") ? encode_replace(&b, codec, errors, cps, i, j) : 0;
        if (r < 0) return 0;
        if (!r) return tr_err_unicode(TR_EXC_TYPE(UnicodeEncodeError), name, str, i, j, reason);
        i = j;
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

/* ---------------------------------------------------------------- decode */

/* Length of the valid UTF-8 sequence at d[i] (as CPython: no overlongs, no
 * surrogates, <= U+10FFFF), or 0 with *bad the number of bytes that form the
 * invalid part and *reason set. */
static size_t utf8_valid(const unsigned char *d, size_t i, size_t n, size_t *bad, const char **reason) {
    unsigned char c = d[i];
    size_t need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    *bad = 1;
    if (!need) { *reason = "invalid start byte"; return 0; }
    unsigned char lo = 0x80, hi = 0xbf; /* allowed range of the second byte */
    if (c == 0xe0) lo = 0xa0;
    else if (c == 0xed) hi = 0x9f;
    else if (c == 0xf0) lo = 0x90;
    else if (c == 0xf4) hi = 0x8f;
    for (size_t k = 1; k < need; k++) {
        if (i + k >= n) { *bad = k; *reason = "unexpected end of data"; return 0; }
        unsigned char x = d[i + k];
        if (k == 1 ? (x < lo || x > hi) : (x & 0xc0) != 0x80) { *bad = k; *reason = "invalid continuation byte"; return 0; }
    }
    return need;
}

/* The code point of UTF-16/32 data at d[i] with *len its bytes, or -1 with *len the
 * bytes of the invalid part and *reason set. */
static int64_t wide_valid(int id, const unsigned char *d, size_t i, size_t n, size_t *len, const char **reason) {
    int width = WIDTH(id);
    bool be = IS_BIG_ENDIAN(id);
    if (n - i < (size_t)width) { *len = n - i; *reason = "truncated data"; return -1; }
    uint32_t u = 0;
    for (int k = 0; k < width; k++) u |= (uint32_t)d[i + k] << (8 * (be ? width - 1 - k : k));
    *len = width;
    if (width == 4) {
        if (u > 0x10ffff) { *reason = "code point not in range(0x110000)"; return -1; }
        if (IS_SURROGATE(u)) { *reason = "code point in surrogate code point range(0xd800, 0xe000)"; return -1; }
        return u;
    }
    if (!IS_SURROGATE(u)) return u;
    if (u >= 0xdc00) { *reason = "illegal encoding"; return -1; }
    if (n - i < 4) { *len = n - i; *reason = "unexpected end of data"; return -1; }
    uint32_t lo = be ? (uint32_t)d[i + 2] << 8 | d[i + 3] : (uint32_t)d[i + 3] << 8 | d[i + 2];
    if (lo < 0xdc00 || lo >= 0xe000) { *reason = "illegal UTF-16 surrogate"; return -1; }
    *len = 4;
    return 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
}

TrValue tr_codec_decode(TrCodec codec, const char *data, size_t n, TrValue obj, const char *errors) {
    int id = codec.id;
    if (id == TR_CODEC_UNICODE_ESCAPE || id == TR_CODEC_RAW_UNICODE_ESCAPE)
        return tr_codec_escape_decode(codec, data, n, obj, errors);
    if (id >= TR_CODEC_CJK) return tr_cjk_decode(codec, data, n, obj, errors);
    const unsigned char *d = (const unsigned char *)data;
    size_t i = 0;
    if (!errors) errors = "strict";
    int width = WIDTH(id);
    if (id == TR_CODEC_UTF16 || id == TR_CODEC_UTF32) { /* a BOM picks the byte order; little-endian without */
        bool be = width == 2 ? n >= 2 && d[0] == 0xfe && d[1] == 0xff : n >= 4 && !memcmp(d, "\0\0\xfe\xff", 4);
        bool le = width == 2 ? n >= 2 && d[0] == 0xff && d[1] == 0xfe : n >= 4 && !memcmp(d, "\xff\xfe\0\0", 4);
        if (be || le) i = width;
        id += be ? 2 : 1;
    } else if (id == TR_CODEC_UTF8SIG && n >= 3 && !memcmp(d, "\xef\xbb\xbf", 3)) {
        d += 3; /* CPython's positions count from after the BOM */
        n -= 3;
        obj = 0;
    }
    const uint16_t *table = id >= TR_CODEC_CHARMAP ? tr_charmaps[id - TR_CODEC_CHARMAP].decode : 0;
    TrBuf b;
    tr_buf_init(&b);
    char tmp[4], chunk[1024];
    while (i < n) {
        size_t len = 0, bad = 1;
        const char *reason = "ordinal not in range(128)";
        if (width > 1) {
            int64_t cp = wide_valid(id, d, i, n, &len, &reason);
            bad = len;
            if (cp >= 0) {
                tr_buf_add(&b, tmp, tr_utf8_encode((uint32_t)cp, tmp));
                i += len;
                continue;
            }
        } else {
            if (table) { /* a run of defined bytes, through a chunk on the stack */
                size_t k = 0;
                while (i < n && table[d[i]] != 0xfffe) {
                    k += tr_utf8_encode(table[d[i++]], chunk + k);
                    if (k > sizeof chunk - 4) { tr_buf_add(&b, chunk, k); k = 0; }
                }
                tr_buf_add(&b, chunk, k);
                if (i == n) break;
            }
            size_t run = i; /* an ASCII run: the same bytes in the codecs but the tables */
            while (!table && run < n && d[run] < 0x80) run++;
            tr_buf_add(&b, (const char *)d + i, run - i);
            if ((i = run) == n) break;
            if (id == TR_CODEC_LATIN1) {
                tr_buf_add(&b, tmp, tr_utf8_encode(d[i], tmp));
                i++;
                continue;
            }
            if (table) reason = "character maps to <undefined>";
            if (IS_UTF8(id) && (len = utf8_valid(d, i, n, &bad, &reason))) {
                tr_buf_add(&b, (const char *)d + i, len);
                i += len;
                continue;
            }
        }
        if (!strcmp(errors, "replace")) tr_buf_adds(&b, "\xef\xbf\xbd");
        else if (!strcmp(errors, "backslashreplace"))
            for (size_t k = 0; k < bad; k++) tr_buf_printf(&b, "\\x%02x", d[i + k]);
        else if (!strcmp(errors, "surrogateescape"))
            for (size_t k = 0; k < bad; k++) tr_buf_add(&b, tmp, tr_utf8_encode(0xdc00u + d[i + k], tmp));
        else if (!strcmp(errors, "surrogatepass") && IS_UTF8(id) && n - i >= 3 && d[i] == 0xed && d[i + 1] >= 0xa0 &&
                 (d[i + 2] & 0xc0) == 0x80)
            tr_buf_add(&b, (const char *)d + i, bad = 3); /* a str keeps a lone surrogate as these bytes */
        else if (strcmp(errors, "ignore")) {
            if (!obj) obj = tr_bytes_new((const char *)d, n);
            if (tr_codec_decode_error(&b, codec, errors, error_name(id), obj, i, i + bad, reason, &i) < 0) return 0;
            continue;
        }
        i += bad;
    }
    return tr_buf_finish(&b);
}

/* ---------------------------------------------------------------- file names */

/* A str as a file name: UTF-8 with the lone surrogates U+DC80..U+DCFF as the bytes they
 * escape (os.fsencode).  Most names have no surrogate and are their own bytes; a
 * surrogate is ED A0..BF in a str, a byte pair no other character starts with. */
const char *tr_fs_encode(TrValue str, size_t *n) {
    const char *s = tr_str_cstr(str);
    size_t len = TR_STR(str)->len;
    *n = len;
    for (size_t i = 0; i + 1 < len; i++)
        if ((unsigned char)s[i] == 0xed && (unsigned char)s[i + 1] >= 0xa0) {
            TrValue b = tr_codec_encode((TrCodec){TR_CODEC_UTF8, 0}, str, "surrogateescape");
            return b ? tr_buffer_view(b, n) : NULL;
        }
    return s;
}

/* A file name's bytes as str (os.fsdecode): UTF-8, other bytes as U+DC80..U+DCFF */
TrValue tr_fs_decode(const char *s, size_t n) {
    return tr_codec_decode((TrCodec){TR_CODEC_UTF8, 0}, s, n, 0, "surrogateescape");
}
