/* source.c — reading source files and reporting located diagnostics.
 * read_source normalizes line endings to '\n', drops a UTF-8 BOM and guarantees a
 * final newline; diagnostics print "file:line:col: kind: msg", the line and a caret. */
#include "trc.h"

/* A source file from raw bytes: universal newlines, no BOM, a final newline. */
SrcFile *source_from_text(const char *name, const char *text, size_t len) {
    const char *p = text, *end = text + len;
    if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3;
    StrBuf out = {0};
    sb_add(&out, "", 0);
    while (p < end) { /* universal newlines: \r\n and \r become \n */
        const char *cr = memchr(p, '\r', end - p);
        if (!cr) { sb_add(&out, p, end - p); break; }
        sb_add(&out, p, cr - p);
        sb_add(&out, "\n", 1);
        p = cr + 1 + (cr + 1 < end && cr[1] == '\n');
    }
    if (out.len == 0 || out.data[out.len - 1] != '\n') sb_add(&out, "\n", 1);
    SrcFile *f = xmalloc(sizeof(SrcFile));
    f->name = xstrdup(name);
    f->path = f->name;
    f->contents = out.data;
    f->size = out.len;
    return f;
}

SrcFile *read_source_stream(FILE *fp, const char *name) {
    StrBuf raw = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) sb_add(&raw, buf, n);
    if (ferror(fp)) { free(raw.data); return NULL; }
    SrcFile *f = source_from_text(name, raw.data ? raw.data : "", raw.len);
    free(raw.data);
    return f;
}

SrcFile *read_source(const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    SrcFile *f = read_source_stream(fp, path);
    fclose(fp);
    if (f) f->path = absolute_path(path);
    return f;
}

/* Prints the diagnostic header, the source line and a caret under column col. */
static void report(SrcFile *f, int line, int col, const char *kind, const char *fmt, va_list ap) {
    fprintf(stderr, "%s:%d:%d: %s: ", f->name, line, col, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    const char *p = f->contents, *end = f->contents + f->size;
    for (int l = 1; l < line && p < end; p++)
        if (*p == '\n') l++;
    const char *eol = p;
    while (eol < end && *eol != '\n') eol++;
    fprintf(stderr, "%.*s\n", (int)(eol - p), p);
    /* the caret line copies tabs so that it lines up under the column */
    int c = 1;
    for (const char *q = p; c < col; c++) {
        fputc(q < eol && *q == '\t' ? '\t' : ' ', stderr);
        if (q < eol) q++;
        while (q < eol && (*q & 0xC0) == 0x80) q++;
    }
    fputs("^\n", stderr);
}

_Noreturn void error_at(SrcFile *f, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(f, line, col, "error", fmt, ap);
    va_end(ap);
    exit(2);
}

void warn_at(SrcFile *f, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(f, line, col, "warning", fmt, ap);
    va_end(ap);
}

static bool is_ident_char(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool source_names(const SrcFile *f, const char *word) {
    size_t len = strlen(word);
    for (const char *s = f->contents; (s = strstr(s, word)); s += len) {
        bool starts = s == f->contents || !is_ident_char(s[-1]);
        if (starts && !is_ident_char(s[len])) return true;
    }
    return false;
}
