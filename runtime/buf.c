/* buf.c — TrBuf, the growable byte buffer every repr and format builds with, and
 * UTF-8 encoding/decoding of single code points. */
#include "tr.h"
#include <stddef.h>

/* A buffer's allocation starts with room for a str header (data points past it), so
 * that tr_buf_finish can make a large buffer the str itself instead of copying it out:
 * a 4 MB repr built here is then 4 MB, not 4 MB plus its copy plus the doubled slack. */
#define HEAD offsetof(TrStr, data)
#define HAND_OVER_MIN 4096          /* shorter results are copied into an exact str */
#define DOUBLING_MAX (64 * 1024)    /* past this, grow by a quarter (CPython's writer) */

void tr_buf_init(TrBuf *b) { b->data = NULL; b->len = b->cap = 0; }

static size_t grown_cap(size_t cap, size_t need) {
    if (need > DOUBLING_MAX) return need + need / 4;
    cap = cap ? cap : 64;
    while (cap < need) cap *= 2;
    return cap;
}

static void reserve(TrBuf *b, size_t extra) {
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return;
    size_t cap = grown_cap(b->cap, need);
    char *base = b->data ? tr_realloc(b->data - HEAD, HEAD + cap) : tr_alloc_atomic(HEAD + cap);
    b->data = base + HEAD;
    b->cap = cap;
}

void tr_buf_add(TrBuf *b, const char *s, size_t n) {
    reserve(b, n);
    if (n) memcpy(b->data + b->len, s, n); /* s may be NULL when n is 0 */
    b->len += n;
    b->data[b->len] = 0;
}

void tr_buf_adds(TrBuf *b, const char *s) { tr_buf_add(b, s, strlen(s)); }

void tr_buf_addc(TrBuf *b, char c) { tr_buf_add(b, &c, 1); }

void tr_buf_printf(TrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

int tr_buf_add_str(TrBuf *b, TrValue v) {
    TrValue s = tr_str(v);
    if (!s) return -1;
    tr_buf_add(b, tr_str_cstr(s), TR_STR(s)->len);
    return 0;
}

int tr_buf_add_repr(TrBuf *b, TrValue v) {
    TrValue s = tr_repr(v);
    if (!s) return -1;
    tr_buf_add(b, tr_str_cstr(s), TR_STR(s)->len);
    return 0;
}

/* The buffer's memory becomes the str when it is large and has room for the str's
 * padding and index; the buffer is then empty again. */
TrValue tr_buf_finish(TrBuf *b) {
    if (b->len >= HAND_OVER_MIN) {
        char *base = b->data - HEAD;
        TrValue s = tr_str_adopt(base, GC_size(base), b->len);
        if (s) {
            tr_buf_init(b);
            return s;
        }
    }
    return tr_str_new(b->data ? b->data : "", b->len);
}

size_t tr_utf8_decode(const char *p, uint32_t *cp) {
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xe0) == 0xc0) { *cp = ((s[0] & 0x1f) << 6) | (s[1] & 0x3f); return 2; }
    if ((s[0] & 0xf0) == 0xe0) { *cp = ((s[0] & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f); return 3; }
    *cp = ((s[0] & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f);
    return 4;
}

size_t tr_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xc0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3f)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3f)); out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f)); out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}
