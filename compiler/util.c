/* util.c — allocation wrappers, printf-to-heap, growable pointer arrays and strings,
 * file tests and content hashing.
 * Assumes a short-lived process: out-of-memory is fatal, and nothing is ever freed
 * by these helpers on behalf of callers. */
#include "trc.h"
#include <unistd.h>
#include <sys/stat.h>

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
    StrBuf b = {0};
    sb_vprintf(&b, fmt, ap);
    return b.data;
}

char *format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = vformat(fmt, ap);
    va_end(ap);
    return s;
}

/* os.path.abspath(path): joined to the working directory when relative, then "." and
 * ".." components and repeated slashes resolved textually (symlinks are not). */
char *absolute_path(const char *path) {
    char cwd[4096];
    char *joined = path[0] == '/' || !getcwd(cwd, sizeof cwd) ? xstrdup(path) : format("%s/%s", cwd, path);
    char *out = xmalloc(strlen(joined) + 2), *o = out;
    for (char *p = joined; *p;) {
        while (*p == '/') p++;
        char *end = p;
        while (*end && *end != '/') end++;
        size_t n = (size_t)(end - p);
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (o > out && *--o != '/') {}
        } else if (n && !(n == 1 && p[0] == '.')) {
            *o++ = '/';
            memcpy(o, p, n);
            o += n;
        }
        p = end;
    }
    if (o == out) *o++ = '/';
    *o = 0;
    free(joined);
    return out;
}

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4;
        v->data = xrealloc(v->data, sizeof(void *) * v->cap);
    }
    v->data[v->len++] = item;
}

char *sb_grow(StrBuf *b, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n + 1) cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
    return b->data + b->len;
}

void sb_puts(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

void hash_bytes(Hash *h, const void *data, size_t n) {
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h->a = (h->a ^ p[i]) * 0x100000001b3ULL;
        h->b = (h->b ^ p[i]) * 0x100000001b3ULL ^ (h->b >> 29);
    }
}

void hash_str(Hash *h, const char *s) { hash_bytes(h, s, strlen(s) + 1); }

char *hash_hex(const Hash *h) { return format("%016llx%016llx", (unsigned long long)h->a, (unsigned long long)h->b); }

void make_dirs(const char *path) {
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++)
        if (*s == '/') { *s = 0; mkdir(p, 0755); *s = '/'; }
    mkdir(p, 0755);
    free(p);
}
