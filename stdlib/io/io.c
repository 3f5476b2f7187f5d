/* io.c — the `io` module's in-memory streams: StringIO (text, positions in code
 * points) and BytesIO (bytes), both subclasses of IOBase, which user classes can also
 * extend (print(file=obj) calls obj.write), as they extend RawIOBase, BufferedIOBase and
 * TextIOBase.  The rest of the module is the runtime's: those bases (runtime/iobase.c),
 * open() and its classes FileIO, BufferedReader/Writer/Random and TextIOWrapper
 * (runtime/file.c, buffered.c, textio.c), which io exports, and BufferedRWPair (rwpair.c). */
#include "io.h"

static TrType stringio_type, bytesio_type;

/* ---------------------------------------------------------------- shared */

static int read_size(TrValue *args, size_t nargs, const char *fname, int64_t *n) {
    *n = -1;
    if (tr_check_nargs(fname, nargs - 1, 0, 1) < 0) return -1;
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], n) < 0) return -1;
    return 0;
}

/* seek(pos[, whence]): for StringIO only whence 0 with any position, or 1/2 with 0 */
static TrValue stream_seek(TrValue *args, size_t nargs, bool text) {
    Stream *s = ST(args[0]);
    if (tr_check_nargs("seek", nargs - 1, 1, 2) < 0 || tr_stream_check_open(s) < 0) return 0;
    int64_t pos, whence = 0;
    if (tr_index(args[1], &pos) < 0) return 0;
    if (nargs > 2 && tr_index(args[2], &whence) < 0) return 0;
    if (whence < 0 || whence > 2)
        return tr_err(TR_EXC_TYPE(ValueError), text ? "Invalid whence (%lld, should be 0, 1 or 2)" : "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (text && whence && pos) return tr_err(TR_EXC_TYPE(OSError), "Can't do nonzero cur-relative seeks");
    if (whence == 1) pos += (int64_t)s->pos;
    else if (whence == 2) pos += (int64_t)s->len;
    if (pos < 0) {
        if (text) return tr_err(TR_EXC_TYPE(ValueError), "Negative seek position %lld", (long long)pos);
        if (whence == 0) return tr_err(TR_EXC_TYPE(ValueError), "negative seek value %lld", (long long)pos);
        pos = 0;
    }
    s->pos = (size_t)pos;
    return tr_int_from_i64(pos);
}

static TrValue stream_tell(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_stream_check_open(ST(args[0])) < 0) return 0;
    return tr_int_from_u64(ST(args[0])->pos);
}

static TrValue stream_true(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_stream_check_open(ST(args[0])) < 0) return 0;
    return tr_True;
}

static TrValue stream_truncate(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    if (tr_check_nargs("truncate", nargs - 1, 0, 1) < 0 || tr_stream_check_open(s) < 0) return 0;
    int64_t size = (int64_t)s->pos;
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], &size) < 0) return 0;
    if (size < 0) return tr_err(TR_EXC_TYPE(ValueError), "Negative size value %lld", (long long)size);
    if ((size_t)size < s->len) s->len = (size_t)size;
    return tr_int_from_i64(size);
}

/* ---------------------------------------------------------------- StringIO */

/* StringIO(newline=...): '\n' (the default) keeps text as written and ends lines at
 * '\n'; None turns '\r\n' and '\r' into '\n' as each write happens; '' keeps text and
 * ends lines at '\n', '\r' or '\r\n'; '\r' and '\r\n' replace each written '\n' and
 * end lines there. */
enum { NEWLINE_LF, NEWLINE_UNIVERSAL, NEWLINE_UNTRANSLATED, NEWLINE_CR, NEWLINE_CRLF };

/* A StringIO's text is one byte per code point while it is all ASCII (as most is: a
 * quarter of the memory, and getvalue() is one copy), and uint32_t code points from the
 * first write of anything else on. */
#define CP(s) ((uint32_t *)(s)->data)

static uint32_t cp_at(Stream *s, size_t i) { return s->wide ? CP(s)[i] : (unsigned char)s->data[i]; }

/* the n code points from start as a str */
static TrValue text_at(Stream *s, size_t start, size_t n) {
    if (!s->wide) return tr_str_new(s->data + start, n);
    TrBuf b;
    tr_buf_init(&b);
    char u[4];
    for (size_t i = 0; i < n; i++) tr_buf_add(&b, u, tr_utf8_encode(CP(s)[start + i], u));
    return tr_buf_finish(&b);
}

/* from one byte per code point to uint32_t code points */
static void widen(Stream *s) {
    size_t cap = s->cap > s->len ? s->cap : s->len;
    uint32_t *d = tr_alloc_atomic(sizeof(uint32_t) * cap + 1);
    for (size_t i = 0; i < s->len; i++) d[i] = (unsigned char)s->data[i];
    if (s->data) GC_FREE(s->data); /* nothing else holds it (see stream_reserve) */
    s->data = (char *)d;
    s->cap = cap;
    s->wide = true;
}

static void stringio_write_str(Stream *s, TrValue str) {
    const char *p = tr_str_cstr(str), *end = p + TR_STR(str)->len;
    bool ascii = TR_STR(str)->len == TR_STR(str)->nchars;
    if (ascii && !s->wide && (s->newline == NEWLINE_LF || s->newline == NEWLINE_UNTRANSLATED)) {
        tr_stream_write(s, p, TR_STR(str)->len, 1); /* the text as it is */
        return;
    }
    uint32_t *cps = tr_alloc_atomic(sizeof(uint32_t) * (2 * TR_STR(str)->nchars + 1));
    size_t n = 0;
    while (p < end) {
        uint32_t cp;
        p += tr_utf8_decode(p, &cp);
        if (s->newline == NEWLINE_UNIVERSAL && cp == '\r') {
            if (p < end && *p == '\n') p++;
            cp = '\n';
        } else if (s->newline == NEWLINE_CR && cp == '\n') {
            cp = '\r';
        } else if (s->newline == NEWLINE_CRLF && cp == '\n') {
            cps[n++] = '\r';
        }
        cps[n++] = cp;
    }
    if (!ascii && !s->wide) widen(s);
    if (s->wide) {
        tr_stream_write(s, cps, n, sizeof(uint32_t));
        return;
    }
    char *narrow = (char *)cps; /* in place: byte i is written after code point i is read */
    for (size_t i = 0; i < n; i++) narrow[i] = (char)cps[i];
    tr_stream_write(s, narrow, n, 1);
}

static int stringio_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"initial_value", "newline", NULL};
    TrValue a[2];
    if (tr_parse_args("StringIO", args, nargs, kwnames, kw, 0, a) < 0) return -1;
    Stream *s = ST(self);
    s->len = s->pos = 0;
    s->closed = false;
    s->wide = false;
    s->newline = NEWLINE_LF;
    if (a[1] == tr_None) {
        s->newline = NEWLINE_UNIVERSAL;
    } else if (a[1]) {
        if (!tr_str_check(a[1])) {
            tr_err(TR_EXC_TYPE(TypeError), "newline must be str or None, not %s", TR_TYPE_NAME(a[1]));
            return -1;
        }
        const char *nl = tr_str_cstr(a[1]);
        if (!strcmp(nl, "")) s->newline = NEWLINE_UNTRANSLATED;
        else if (!strcmp(nl, "\r")) s->newline = NEWLINE_CR;
        else if (!strcmp(nl, "\r\n")) s->newline = NEWLINE_CRLF;
        else if (strcmp(nl, "\n")) {
            TrValue shown = tr_repr(a[1]);
            if (shown) tr_err(TR_EXC_TYPE(ValueError), "illegal newline value: %s", tr_str_cstr(shown));
            return -1;
        }
    }
    if (a[0] && a[0] != tr_None) {
        if (!tr_str_check(a[0])) {
            tr_err(TR_EXC_TYPE(TypeError), "initial_value must be str or None, not %s", TR_TYPE_NAME(a[0]));
            return -1;
        }
        stringio_write_str(s, a[0]);
        s->pos = 0;
    }
    return 0;
}

static TrValue stringio_write(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    if (tr_check_nargs("StringIO.write", nargs - 1, 1, 1) < 0 || tr_stream_check_open(s) < 0) return 0;
    if (!tr_str_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "string argument expected, got '%s'", TR_TYPE_NAME(args[1]));
    stringio_write_str(s, args[1]);
    return tr_int_from_u64(TR_STR(args[1])->nchars);
}

static TrValue stringio_getvalue(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    if (tr_stream_check_open(s) < 0) return 0;
    return text_at(s, 0, s->len);
}

static TrValue stringio_read(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    int64_t n;
    if (read_size(args, nargs, "read", &n) < 0 || tr_stream_check_open(s) < 0) return 0;
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t take = n < 0 || (uint64_t)n > avail ? avail : (size_t)n;
    TrValue r = text_at(s, s->pos, take);
    s->pos += take;
    return r;
}

static TrValue stringio_readline(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    int64_t limit;
    if (read_size(args, nargs, "readline", &limit) < 0 || tr_stream_check_open(s) < 0) return 0;
    size_t start = s->pos, i = start;
    while (i < s->len && (limit < 0 || (int64_t)(i - start) < limit)) {
        uint32_t c = cp_at(s, i++);
        if (s->newline == NEWLINE_CR ? c == '\r'
            : s->newline == NEWLINE_CRLF ? c == '\n' && i - start >= 2 && cp_at(s, i - 2) == '\r'
                                         : c == '\n')
            break;
        if (c == '\r' && s->newline == NEWLINE_UNTRANSLATED) {
            if (i < s->len && cp_at(s, i) == '\n' && (limit < 0 || (int64_t)(i - start) < limit)) i++;
            break;
        }
    }
    if (start > s->len) i = start;
    s->pos = i;
    return text_at(s, start, i - start);
}

static TrValue stringio_seek(TrValue *args, size_t nargs, TrValue kwnames) { return stream_seek(args, nargs, true); }

static const TrMethodDef stringio_methods[] = {
    {"write", stringio_write}, {"getvalue", stringio_getvalue}, {"read", stringio_read},
    {"readline", stringio_readline}, {"seek", stringio_seek}, {"tell", stream_tell},
    {"truncate", stream_truncate}, {"readable", stream_true}, {"writable", stream_true}, {"seekable", stream_true},
    {0},
};

/* ---------------------------------------------------------------- BytesIO */

static int bytesio_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"initial_bytes", NULL};
    TrValue a[1];
    if (tr_parse_args("BytesIO", args, nargs, kwnames, kw, 0, a) < 0) return -1;
    Stream *s = ST(self);
    s->len = s->pos = 0;
    s->closed = false;
    if (a[0] && a[0] != tr_None) {
        TrBuffer b;
        if (tr_get_buffer(a[0], &b) < 0) return -1;
        tr_stream_write(s, b.data, b.len, 1);
        s->pos = 0;
    }
    return 0;
}

static TrValue bytesio_write(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    if (tr_check_nargs("BytesIO.write", nargs - 1, 1, 1) < 0 || tr_stream_check_open(s) < 0) return 0;
    TrBuffer b;
    if (tr_get_buffer(args[1], &b) < 0) return 0;
    char *copy = tr_alloc_atomic(b.len + 1); /* b may be this stream's own memory */
    memcpy(copy, b.data, b.len);
    tr_stream_write(s, copy, b.len, 1);
    return tr_int_from_u64(b.len);
}

static TrValue bytesio_getvalue(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    if (tr_stream_check_open(s) < 0) return 0;
    return tr_bytes_new(s->data, s->len);
}

static TrValue bytesio_read(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    int64_t n;
    if (read_size(args, nargs, "read", &n) < 0 || tr_stream_check_open(s) < 0) return 0;
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t take = n < 0 || (uint64_t)n > avail ? avail : (size_t)n;
    TrValue r = tr_bytes_new(s->data + (take ? s->pos : 0), take);
    s->pos += take;
    return r;
}

static TrValue bytesio_readline(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    int64_t limit;
    if (read_size(args, nargs, "readline", &limit) < 0 || tr_stream_check_open(s) < 0) return 0;
    size_t start = s->pos, i = start;
    while (i < s->len && (limit < 0 || (int64_t)(i - start) < limit)) {
        if (s->data[i++] == '\n') break;
    }
    if (start > s->len) i = start;
    s->pos = i;
    return tr_bytes_new(s->data + (i > start ? start : 0), i - start);
}

static TrValue bytesio_readinto(TrValue *args, size_t nargs, TrValue kwnames) {
    Stream *s = ST(args[0]);
    if (tr_check_nargs("readinto", nargs - 1, 1, 1) < 0 || tr_stream_check_open(s) < 0) return 0;
    TrBuffer b;
    if (tr_get_buffer(args[1], &b) < 0) return 0;
    if (b.readonly) return tr_err(TR_EXC_TYPE(TypeError), "readinto() argument must be read-write bytes-like object, not %s", TR_TYPE_NAME(args[1]));
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t take = b.len < avail ? b.len : avail;
    if (take) memcpy(b.data, s->data + s->pos, take);
    s->pos += take;
    return tr_int_from_u64(take);
}

static TrValue bytesio_seek(TrValue *args, size_t nargs, TrValue kwnames) { return stream_seek(args, nargs, false); }

static const TrMethodDef bytesio_methods[] = {
    {"write", bytesio_write}, {"getvalue", bytesio_getvalue}, {"read", bytesio_read}, {"read1", bytesio_read},
    {"readline", bytesio_readline}, {"readinto", bytesio_readinto}, {"seek", bytesio_seek}, {"tell", stream_tell},
    {"truncate", stream_truncate}, {"readable", stream_true}, {"writable", stream_true}, {"seekable", stream_true},
    {0},
};

/* ---------------------------------------------------------------- types, module */

static TrType stringio_type = {
    .ob = {&tr_type_type}, .name = "StringIO", .flags = TR_TF_BASETYPE, .base = &tr_textiobase_type,
    .basicsize = sizeof(Stream), .dictoffset = offsetof(Stream, dict), .init = stringio_init,
};
static TrType bytesio_type = {
    .ob = {&tr_type_type}, .name = "BytesIO", .flags = TR_TF_BASETYPE, .base = &tr_bufferediobase_type,
    .basicsize = sizeof(Stream), .dictoffset = offsetof(Stream, dict), .init = bytesio_init,
};

TrValue trmod_io_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("io", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    TrValue mod = TR_INTERN("io");
    stringio_type.module = bytesio_type.module = mod;
    tr_type_ready(&stringio_type);
    tr_type_add_methods(&stringio_type, stringio_methods);
    tr_type_ready(&bytesio_type);
    tr_type_add_methods(&bytesio_type, bytesio_methods);
    TrType *files[] = {&tr_iobase_type, &tr_bufferediobase_type, &tr_rawiobase_type, &tr_textiobase_type,
                       &tr_file_type, &tr_fileio_type, &tr_bufreader_type, &tr_bufwriter_type, &tr_bufrandom_type};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        const char *dot = strrchr(files[i]->name, '.'); /* "_io.FileIO" */
        tr_module_add(m, dot ? dot + 1 : files[i]->name, (TrValue)files[i]);
    }
    tr_module_add(m, "StringIO", (TrValue)&stringio_type);
    tr_module_add(m, "BytesIO", (TrValue)&bytesio_type);
    tr_module_add(m, "UnsupportedOperation", (TrValue)tr_io_unsupported_operation);
    tr_module_add(m, "DEFAULT_BUFFER_SIZE", TR_FROM_SMALL(TR_DEFAULT_BUFFER_SIZE));
    io_add_rwpair(m);
    tr_module_add(m, "SEEK_SET", TR_FROM_SMALL(0));
    tr_module_add(m, "SEEK_CUR", TR_FROM_SMALL(1));
    tr_module_add(m, "SEEK_END", TR_FROM_SMALL(2));
    TrValue open = tr_builtin_lookup("open");
    if (open) tr_module_add(m, "open", open);
    else tr_err_clear();
    return m;
}
