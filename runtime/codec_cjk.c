/* codec_cjk.c — the multibyte CJK codecs of CPython's _codecs_cn/_jp/_kr/_tw/_hk (gbk,
 * gb18030, big5, shift_jis, cp932, euc_jp, euc_kr, cp949, johab, ...): a sequence's length
 * comes from its lead byte (codec_cjk_tables.c's rules), its character from glibc's iconv
 * converter for the codec unless the generated fix-up lists say otherwise, which makes the
 * results CPython's byte for byte.  The converters are opened on the first use of a codec,
 * so programs that use none pay nothing.  Errors are CPython's multibytecodec's: one
 * character or one byte at a time, "illegal multibyte sequence", or "incomplete multibyte
 * sequence" for the bytes at the end that begin a sequence.  Assumes a str is UTF-8 with
 * lone surrogates as their 3-byte form (obj_str.c).  iconv is referenced weakly: a
 * static executable does not link it (glibc's converters are shared libraries loaded at
 * run time, which must match the glibc it was linked with), and there these codecs raise
 * LookupError saying so. */
#include "codecs.h"
#include "strbase.h"
#include <iconv.h>
#include <stdlib.h>

#pragma weak iconv_open
#pragma weak iconv

/* The codecs can run here (iconv linked), else 0 with LookupError set. */
static bool iconv_linked(TrCodec codec) {
    if (iconv_open) return true;
    tr_err(TR_EXC_TYPE(LookupError), "the %s codec needs glibc's iconv, which a static executable does not carry",
           tr_cjk_name(codec.id));
    return false;
}

#define ILLEGAL "illegal multibyte sequence"
#define INCOMPLETE "incomplete multibyte sequence"

const char *tr_cjk_name(int id) {
    size_t index = (size_t)(id - TR_CODEC_CJK);
    return index < tr_ncjks ? tr_cjks[index].name : tr_iso2022_name((int)(index - tr_ncjks));
}

int tr_cjk_index(const char *name) {
    for (size_t i = 0; i < tr_ncjks; i++)
        if (!strcmp(tr_cjks[i].name, name)) return (int)i;
    return -1;
}

static const TrCjkFix *find_fix(const TrCjkFix *fix, size_t n, uint32_t key) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fix[mid].key < key) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && fix[lo].key == key ? &fix[lo] : NULL;
}

/* Runs iconv over all of in and flushes it: false if it cannot, or if the output does
 * not fit in cap bytes. */
static bool convert(iconv_t cd, const char *in, size_t n, char *out, size_t cap, size_t *outn) {
    iconv(cd, NULL, NULL, NULL, NULL);
    char *ip = (char *)in, *op = out;
    size_t il = n, ol = cap;
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il || iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1) return false;
    *outn = cap - ol;
    return true;
}

/* The codec's converter of the direction, opened at its first use (NULL: glibc lacks it) */
static iconv_t converter(int index, bool decode) {
    static iconv_t *cds;
    if (!cds) {
        cds = malloc(2 * tr_ncjks * sizeof *cds);
        for (size_t i = 0; i < 2 * tr_ncjks; i++) cds[i] = (iconv_t)-1;
    }
    iconv_t *cd = &cds[2 * index + decode];
    if (*cd == (iconv_t)-1) *cd = decode ? iconv_open("UTF-32LE", tr_cjks[index].iconv) : iconv_open(tr_cjks[index].iconv, "UTF-32LE");
    return *cd == (iconv_t)-1 ? NULL : *cd;
}

/* ---------------------------------------------------------------- euc_kr's make-up sequences */

/* EUC-KR writes a Hangul syllable KS X 1001 lacks as its jamo: a4 d4 (the filler), then
 * a4 and the KS X 1001 byte of the initial, the vowel and the final (the filler for
 * none).  The jamo's bytes are 0xa1 + their offset from U+3131 in Hangul Compatibility
 * Jamo; the vowels 0xbf.. in order. */
#define JAMO_FILLER 0xd4
static const unsigned char initials[19] = {0, 1, 3, 6, 7, 8, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29};
static const unsigned char finals[27] = {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14,
                                         15, 16, 17, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29};

static int jamo_index(const unsigned char *list, int n, unsigned char byte) {
    for (int k = 0; k < n; k++)
        if (0xa1 + list[k] == byte) return k;
    return -1;
}

static bool makeup_decode(const unsigned char *d, uint32_t *out) {
    if (d[2] != 0xa4 || d[4] != 0xa4 || d[6] != 0xa4) return false;
    int cho = jamo_index(initials, 19, d[3]), jung = d[5] >= 0xbf && d[5] <= 0xd3 ? d[5] - 0xbf : -1;
    int jong = d[7] == JAMO_FILLER ? 0 : jamo_index(finals, 27, d[7]) + 1;
    if (cho < 0 || jung < 0 || (jong <= 0 && d[7] != JAMO_FILLER)) return false;
    *out = 0xac00 + (uint32_t)(cho * 588 + jung * 28 + jong);
    return true;
}

static void makeup_encode(TrBuf *b, uint32_t c) {
    c -= 0xac00;
    unsigned char s[8] = {0xa4, JAMO_FILLER, 0xa4, (unsigned char)(0xa1 + initials[c / 588]), 0xa4,
                          (unsigned char)(0xbf + c / 28 % 21), 0xa4, c % 28 ? (unsigned char)(0xa1 + finals[c % 28 - 1]) : JAMO_FILLER};
    tr_buf_add(b, (const char *)s, 8);
}

/* ---------------------------------------------------------------- decode */

/* How many bytes the sequence at d[0] takes (avail of them there); 0: none, an error */
static size_t seq_len(const TrCjk *c, const unsigned char *d, size_t avail) {
    unsigned char b = d[0];
    if (c->single[b >> 3] & 1 << (b & 7)) return 1;
    if (c->invalid && c->invalid[b >> 3] & 1 << (b & 7)) return 0;
    if (c->kind == TR_CJK_EUC3 && b == 0x8f) return 3;
    if (c->kind == TR_CJK_GB18030 && avail >= 2 && d[1] >= 0x30 && d[1] <= 0x39) return 4;
    if (c->kind == TR_CJK_EUCKR && b == 0xa4 && avail >= 2 && d[1] == JAMO_FILLER) return 8;
    return 2;
}

/* The code points of the sequence d[0..len) into out: how many, 0 if it is no character */
int tr_cjk_chars(int index, const unsigned char *d, size_t len, uint32_t out[2], bool fallback) {
    const TrCjk *c = &tr_cjks[index];
    if (len == 8) return makeup_decode(d, out);
    uint32_t key = 0;
    for (size_t k = 0; k < len; k++) key = key << 8 | d[k];
    const TrCjkFix *f = find_fix(c->dec, c->ndec, key);
    if (f) {
        out[0] = f->a;
        out[1] = f->b;
        return f->a != TR_CJK_NONE ? (f->b ? 2 : 1) : -(int)f->b;
    }
    if (len == 1 && d[0] < 0x80) {
        out[0] = d[0];
        return 1;
    }
    unsigned char u[8];
    size_t n;
    iconv_t cd = converter(index, true);
    if (cd && convert(cd, (const char *)d, len, (char *)u, sizeof u, &n) && n == 4) {
        out[0] = (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
        return 1;
    }
    return fallback && c->fallback && tr_cjk_chars(tr_cjk_index(c->fallback), d, len, out, true) == 1;
}

int tr_cjk_decode_error(TrBuf *b, TrCodec codec, const char *errors, const char *data, size_t n, TrValue *obj,
                        size_t start, size_t *end, const char *reason) {
    const unsigned char *d = (const unsigned char *)data;
    char tmp[4];
    if (!strcmp(errors, "ignore")) return 0;
    if (!strcmp(errors, "replace")) tr_buf_adds(b, "\xef\xbf\xbd");
    else if (!strcmp(errors, "backslashreplace"))
        for (size_t k = start; k < *end; k++) tr_buf_printf(b, "\\x%02x", d[k]);
    else { /* surrogateescape: the bytes up to an ASCII one; decoding goes on there */
        size_t k = start;
        for (; !strcmp(errors, "surrogateescape") && k < *end && d[k] >= 0x80; k++)
            tr_buf_add(b, tmp, tr_utf8_encode(0xdc00u + d[k], tmp));
        if (k > start) {
            *end = k;
            return 0;
        }
        if (!*obj) *obj = tr_bytes_new(data, n);
        const char *name = tr_cjk_name(codec.id);
        return tr_codec_decode_error(b, codec, strcmp(errors, "surrogateescape") ? errors : "strict", name, *obj, start, *end,
                                     reason, end);
    }
    return 0;
}

/* Decodes data[0..n); without final, stops before a sequence cut short at the end and
 * sets *used to the bytes decoded. */
static TrValue decode(TrCodec codec, const char *data, size_t n, TrValue obj, const char *errors, bool final, size_t *used) {
    int index = codec.id - TR_CODEC_CJK;
    const TrCjk *c = &tr_cjks[index];
    const unsigned char *d = (const unsigned char *)data;
    bool ascii_fixed = c->ndec && c->dec[0].key < 0x80; /* shift_jis_2004's 0x5c and 0x7e */
    TrBuf b;
    tr_buf_init(&b);
    char tmp[4];
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && d[run] < 0x80 && !ascii_fixed) run++;
        tr_buf_add(&b, data + i, run - i);
        if ((i = run) == n) break;
        size_t len = seq_len(c, d + i, n - i), end = i + 1;
        const char *reason = ILLEGAL;
        uint32_t cps[2];
        int k = 0;
        if (len > n - i) {
            if (!final) break;
            end = n;
            reason = INCOMPLETE;
        } else if (len && (k = tr_cjk_chars(index, d + i, len, cps, true)) > 0) {
            for (int j = 0; j < k; j++) tr_buf_add(&b, tmp, tr_utf8_encode(cps[j], tmp));
            i += len;
            continue;
        } else if (k < 0) end = i + (size_t)-k;
        if (tr_cjk_decode_error(&b, codec, errors, data, n, &obj, i, &end, reason) < 0) return 0;
        i = end;
    }
    *used = i;
    return tr_buf_finish(&b);
}

TrValue tr_cjk_decode(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors) {
    size_t used;
    int64_t state = 0;
    return tr_cjk_decode_partial(codec, d, n, obj, errors, true, &used, &state);
}

TrValue tr_cjk_decode_partial(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors, bool final,
                              size_t *used, int64_t *state) {
    if (!errors) errors = "strict";
    if (!iconv_linked(codec)) return 0;
    if ((size_t)(codec.id - TR_CODEC_CJK) >= tr_ncjks)
        return tr_iso2022_decode(codec, d, n, obj, errors, final, used, state);
    return decode(codec, d, n, obj, errors, final, used);
}

/* ---------------------------------------------------------------- encode */

/* Appends the bytes of a fix-up's value (big-endian, no leading zero bytes) */
static void add_packed(TrBuf *b, uint32_t v) {
    int k = v > 0xffffff ? 4 : v > 0xffff ? 3 : v > 0xff ? 2 : 1;
    while (k--) tr_buf_addc(b, (char)(v >> (8 * k)));
}

/* Appends the bytes of code point c: false if the codec has none */
bool tr_cjk_put_char(TrBuf *b, int index, uint32_t c, bool fallback) {
    const TrCjk *t = &tr_cjks[index];
    const TrCjkFix *f = find_fix(t->enc, t->nenc, c);
    if (f) {
        if (f->a) add_packed(b, f->a);
        return f->a != 0;
    }
    if (c < 0x80) {
        tr_buf_addc(b, (char)c);
        return true;
    }
    if (c >= 0xd800 && c < 0xe000) return false;
    unsigned char u[4] = {(unsigned char)c, (unsigned char)(c >> 8), (unsigned char)(c >> 16), 0};
    char out[8];
    size_t n;
    iconv_t cd = converter(index, false);
    if (cd && convert(cd, (const char *)u, 4, out, sizeof out, &n) && n >= 1 && n <= 4) {
        tr_buf_add(b, out, n);
        return true;
    }
    if (t->fallback) return fallback && tr_cjk_put_char(b, tr_cjk_index(t->fallback), c, true);
    if (t->kind == TR_CJK_EUCKR && c >= 0xac00 && c <= 0xd7a3) {
        makeup_encode(b, c);
        return true;
    }
    return false;
}

/* The replacement errors gives for cps[i] (a str to encode strictly, or bytes), *next
 * set; 0 with the error */
static TrValue replacement(TrCodec codec, const char *errors, TrValue str, const uint32_t *cps, size_t n, size_t i,
                           size_t *next) {
    uint32_t c = cps[i];
    char rep[TR_CODEC_ESCAPE_MAX];
    *next = i + 1;
    int escaped = tr_codec_escape_char(errors, c, rep);
    if (escaped) return escaped > 0 ? tr_str_from_cstr(rep) : 0;
    if (!strcmp(errors, "ignore")) return tr_str_from_cstr("");
    if (!strcmp(errors, "replace")) return tr_str_from_cstr("?");
    if (!strcmp(errors, "surrogateescape") && c >= 0xdc80 && c <= 0xdcff) {
        char byte = (char)(c - 0xdc00);
        return tr_bytes_new(&byte, 1);
    }
    TrValue exc = tr_unicode_error_new(TR_EXC_TYPE(UnicodeEncodeError), tr_cjk_name(codec.id), str, i, i + 1, ILLEGAL);
    if (!exc) return 0;
    if (tr_codec_builtin_handler(errors)) { /* strict, or surrogateescape/surrogatepass that cannot */
        tr_raise(exc);
        return 0;
    }
    return tr_codec_call_handler(codec, errors, exc, n, next);
}

int tr_cjk_encode_error(TrBuf *b, TrCodec codec, const char *errors, TrValue str, const uint32_t *cps, size_t n,
                        size_t *i, TrCjkPut put, void *ctx) {
    TrValue rep = replacement(codec, errors, str, cps, n, *i, i);
    if (!rep) return -1;
    if (tr_bytes_check(rep)) {
        tr_buf_add(b, ((TrBytes *)rep)->data, ((TrBytes *)rep)->len);
        return 0;
    }
    size_t nrep, k = 0;
    uint32_t *text = tr_cjk_code_points(rep, &nrep);
    while (k < nrep)
        if (!put(ctx, b, text, &k, nrep)) {
            tr_err_unicode(TR_EXC_TYPE(UnicodeEncodeError), tr_cjk_name(codec.id), rep, k, k + 1, ILLEGAL);
            return -1;
        }
    return 0;
}

uint32_t *tr_cjk_code_points(TrValue str, size_t *n) {
    TrStr *s = TR_STR(str);
    uint32_t *cps = tr_alloc_atomic(sizeof(uint32_t) * (s->nchars + 1));
    *n = 0;
    for (size_t off = 0; off < s->len; ++*n) off += tr_utf8_decode(s->data + off, &cps[*n]);
    return cps;
}

/* The pair of code points at cps[i] that is one character, if any */
static const TrCjkFix *find_pair(const TrCjk *t, const uint32_t *cps, size_t i, size_t n) {
    for (size_t k = 0; i + 1 < n && k < t->npair; k++)
        if (t->pair[k].key == cps[i] && t->pair[k].a == cps[i + 1]) return &t->pair[k];
    return NULL;
}

/* Appends cps[*i] (or the pair there that is one character) and moves *i past it */
static bool put(TrBuf *b, int index, const uint32_t *cps, size_t *i, size_t n) {
    const TrCjkFix *p = find_pair(&tr_cjks[index], cps, *i, n);
    if (p) {
        add_packed(b, p->b);
        *i += 2;
        return true;
    }
    if (!tr_cjk_put_char(b, index, cps[*i], true)) return false;
    ++*i;
    return true;
}

static bool put_through(void *index, TrBuf *b, const uint32_t *cps, size_t *i, size_t n) {
    return put(b, *(int *)index, cps, i, n);
}

TrValue tr_cjk_encode(TrCodec codec, TrValue str, const char *errors) {
    int64_t state = 0;
    return tr_cjk_encode_partial(codec, str, errors, true, &state);
}

TrValue tr_cjk_encode_partial(TrCodec codec, TrValue str, const char *errors, bool final, int64_t *state) {
    int index = codec.id - TR_CODEC_CJK;
    if (!errors) errors = "strict";
    if (!iconv_linked(codec)) return 0;
    if ((size_t)index >= tr_ncjks) return tr_iso2022_encode(codec, str, errors, final, state);
    const TrCjk *t = &tr_cjks[index];
    TrStr *s = TR_STR(str);
    if (s->ascii && !(t->nenc && t->enc[0].key < 0x80)) /* ASCII is itself but in shift_jis_2004's kind */
        return tr_bytes_new(s->data, s->len);
    size_t n;
    uint32_t *cps = tr_cjk_code_points(str, &n);
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < n;) {
        if (put(&b, index, cps, &i, n)) continue;
        if (tr_cjk_encode_error(&b, codec, errors, str, cps, n, &i, put_through, &index) < 0) return 0;
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}
