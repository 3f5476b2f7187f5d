/* util.c — allocation wrappers, printf-to-heap, growable pointer arrays and strings.
 * Assumes a short-lived process: out-of-memory is fatal, and nothing is ever freed
 * by these helpers on behalf of callers. */
#include "trc.h"

static void *check(void *p) {
    if (!p) {
        fprintf(stderr, "trc: out of memory\n");
        exit(2);
    }
    return p;
}

void *xmalloc(size_t n) { return check(calloc(1, n ? n : 1)); }

void *xrealloc(void *p, size_t n) { return check(realloc(p, n ? n : 1)); }

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n) {
    char *r = xmalloc(n + 1);
    memcpy(r, s, n);
    return r;
}

static char *vformat(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *buf = xmalloc((size_t)n + 1);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    return buf;
}

char *format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = vformat(fmt, ap);
    va_end(ap);
    return s;
}

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4;
        v->data = xrealloc(v->data, sizeof(void *) * v->cap);
    }
    v->data[v->len++] = item;
}

/* The buffer is always NUL-terminated once anything was added. */
void sb_add(StrBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n + 1) cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void sb_puts(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = vformat(fmt, ap);
    va_end(ap);
    sb_puts(b, s);
    free(s);
}
